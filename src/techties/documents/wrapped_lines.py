"""Chinese text hard-wrapped at a fixed width, its lines joined back into paragraphs.

Some pages break a Chinese paragraph every few dozen characters, inside words ("…深\\n化合作"):
no cue or name is read across the break, and each piece is read as a sentence of its own. A
text in which several lines end inside a clause (the line holds a comma and ends in a
character, the next begins with one) is such a text, and those breaks are removed. A single
such line is more often a caption or a headline above its paragraph, and stays.
"""

from __future__ import annotations

import re

CJK = "\u3400-\u9fff"
WRAPPED = re.compile(rf"(?m)^(?=[^\n]*[，,])([^\n]*[{CJK}])\n(?=[{CJK}])")
MIN_WRAPPED = 3  # lines broken inside a clause that make a text hard-wrapped


def unwrapped(text: str) -> str:
    """行文在句中断行\\n的段落 → 行文在句中断行的段落, where the text is hard-wrapped."""
    if "\n" not in text or len(WRAPPED.findall(text)) < MIN_WRAPPED:
        return text
    return WRAPPED.sub(r"\1", text)
