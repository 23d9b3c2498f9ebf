"""Pinyin readings a Chinese page writes in brackets after its characters.

Some sites show a character their font lacks by its reading beside it ("中俄聯(lián)合研制",
"發(fā)展"): the gloss splits the word, and no cue or name is read across it. A bracket right
after a Chinese character that holds one pinyin syllable with a tone mark is such a gloss and
is removed; a bracket of Latin words ("(EU)", "(Huawei)") is not pinyin and stays.
"""

from __future__ import annotations

import re

TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
GLOSS = re.compile(rf"(?<=[\u3400-\u9fff])\((?=[a-zü{TONED}]*[{TONED}])[a-zü{TONED}]{{1,6}}\)")


def without_pinyin_glosses(text: str) -> str:
    """中俄聯(lián)合研制 → 中俄聯合研制."""
    return GLOSS.sub("", text) if "(" in text else text
