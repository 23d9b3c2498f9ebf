"""The forms a Russian report gives the person a body is named after.

A Russian institute, plant or university named after a person ("Институт катализа им.
Г. К. Борескова") is written with "им." or "имени", with the person's initials or without
them, as the writer pleases; the knowledge base holds one or two of those forms. Each
Cyrillic name is matched in all of them, so "Институт катализа имени Г. К. Борескова" and
"Институт катализа им. Борескова" find the same institute.
"""

from __future__ import annotations

import re

# "им." or "имени", then up to three initials ("Г. К.", "Г.К.", "В.А."), then the surname
EPONYM = re.compile(r"(?<![А-ЯЁа-яё])(им\.|имени)\s+((?:[А-ЯЁ]\.\s?){1,3})?(?=[А-ЯЁ][а-яё])")
WORDS = ("им.", "имени")


def eponym_variants(name: str) -> set[str]:
    """`name`, and where it holds "им."/"имени" before a surname, the same name with the other
    word and with the initials dropped (or kept, where the name has them)."""
    m = EPONYM.search(name)
    if m is None:
        return {name}
    initials = (m.group(2) or "").strip()
    before, after = name[: m.start()], name[m.end():]
    out = {name}
    for word in WORDS:
        out.add(f"{before}{word} {after}")
        if initials:
            out.add(f"{before}{word} {initials} {after}")
    return out
