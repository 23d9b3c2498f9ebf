"""A Russian sanctions cue that only describes a party ("российским фирмам, которые находятся под
санкциями", "компании DJI, находящейся под санкциями США", "фирмам, на которые распространяются
санкции") tells that party's standing, not a measure the story reports: the sentence's deed is
the supply or the charge, and a countermeasure needs its own telling ("США ввели санкции против…").

Read by `candidates.find_candidates` for Russian sentences only.
"""

from __future__ import annotations

import re

# the participle or the relative clause of standing right before the cue: "находящейся под",
# "которые находятся под", "на которые распространяются"
_STANDING_BEFORE = re.compile(
    r"(?:\bнаходящ[а-яё]*|\bкотор[а-яё]+\s+(?:уже\s+)?наход(?:и|я)тся|\bкотор[а-яё]+\s+(?:уже\s+)?находил[аио]?сь"
    r"|\bкотор[а-яё]+\s+(?:уже\s+)?находился|\bна\s+котор[а-яё]+\s+распространя[а-яё]+)\s+(?:под\s+)?$",
    re.IGNORECASE)


def standing_types(text: str, start: int, cue_spans: list[tuple[int, int, str]]) -> set[str]:
    """{"countermeasure"} when every countermeasure cue of the sentence describes a party's standing."""
    seen = False
    for a, _b, label in cue_spans:
        if label != "types:countermeasure":
            continue
        at = a - start
        if not _STANDING_BEFORE.search(text[max(0, at - 60):at]):
            return set()
        seen = True
    return {"countermeasure"} if seen else set()
