"""How a brief cites: a sentence that is only a quotation ("We will build it together," he
said) does not say who promised what, so it is not shown alone; a headline shortened for
the page ends on a whole word."""

from __future__ import annotations

import re
from collections.abc import Iterable

# a quoted stretch in English, Russian, Chinese or plain typewriter quotes
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»|„[^“”]*[“”]|「[^」]*」|『[^』]*』|‘[^’]*’")
OPENING = "“\"«„「『‘'"
SENTENCE_END = ".!?。！？…»”\"」』)"
# punctuation where Chinese or Japanese text may be cut (there are no spaces)
CJK_BREAKS = "，。、；：！？）」』"


def is_bare_quotation(sentence: str, names: Iterable[str]) -> bool:
    """True when the sentence is mostly a quotation and what lies outside the quotes names
    none of the parties: its subject is somewhere else in the article."""
    text = sentence.strip()
    if not text:
        return False
    outside = QUOTED.sub(" ", text)
    quoted = len(text) - len(outside.strip())
    if text[0] not in OPENING and quoted < len(text) / 2:
        return False
    folded = outside.casefold()
    return not any(name and name.casefold() in folded for name in names)


def headline(text: str, limit: int = 220) -> str:
    """`text` ending on a whole word with "…" when it is too long or was cut mid-word
    before it reached us (a summary kept to a fixed number of characters)."""
    text = " ".join(text.split())
    cut_before = len(text) > 0 and text[-1] not in SENTENCE_END and len(text) >= 200
    if len(text) <= limit and not cut_before:
        return text
    room = text[: min(limit, len(text) - 1 if cut_before else limit)]
    at = room.rfind(" ")
    if at < len(room) // 2:  # no space (Chinese) or one word: break at punctuation
        at = max(room.rfind(c) for c in CJK_BREAKS)
        at = at + 1 if at > len(room) // 2 else len(room)
    return room[:at].rstrip(" ,;:–—-") + "…"
