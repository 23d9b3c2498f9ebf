"""The head of a Chinese noun compound is its last noun: in "中俄工科大学联盟校长论坛" (the
rectors' forum of the technical universities' alliance) the alliance only says whose forum it
is. A type cue that a meeting's cue follows within the same compound names the meeting's host,
not an event of its own."""

from __future__ import annotations

import re

from techties.model.behaviour import types_of_kind
from techties.model.lexicon import Hit

# characters between a modifier's cue and the meeting word: a few of the compound ("校长", "第三届")
_COMPOUND = re.compile(r"[\u3400-\u9fff\d]{0,4}")


def meeting_hosts(text: str, hits: list[Hit[str]]) -> list[Hit[str]]:
    """The type hits less those of Chinese words that modify a meeting word after them."""
    meetings = types_of_kind("meeting")
    heads = [h for h in hits if h.payload in meetings and "\u4e00" <= h.text[:1] <= "\u9fff"]
    if not heads:
        return hits
    out = []
    for hit in hits:
        hosted = hit.payload not in meetings and "\u4e00" <= hit.text[-1:] <= "\u9fff" and any(
            head.start >= hit.end and _COMPOUND.fullmatch(text[hit.end:head.start]) for head in heads)
        if not hosted:
            out.append(hit)
    return out
