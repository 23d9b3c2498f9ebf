"""Short forms a document defines for itself: "Harbin Turbine Co. (HTC)", "ОАК (United Aircraft)".

News introduces a party once by its full name with an acronym in brackets and then uses
the acronym alone. The acronym is learnt for that document only, so "HTC" in a later
sentence resolves to the same party, and events about it merge.
"""

from __future__ import annotations

import re
from dataclasses import replace

from techties.entities.gazetteer import Mention, overlaps, taken_spans

DEFINITION = re.compile(r"\s*[(（]([A-ZА-ЯЁ][A-Za-zА-ЯЁа-яё0-9&-]{1,7})[)）]")
MAX_GAP = 2  # characters between the name and the bracket


def learn_acronyms(text: str, mentions: list[Mention]) -> dict[str, Mention]:
    """Acronym → the party named just before its bracket."""
    learnt: dict[str, Mention] = {}
    for mention in mentions:
        if not mention.is_party:
            continue
        m = DEFINITION.match(text, mention.end, mention.end + MAX_GAP + 12)
        if m and m.start(1) - mention.end <= MAX_GAP + 1 and m.group(1) != mention.text:
            learnt.setdefault(m.group(1), mention)
    return learnt


def find_acronyms(sentence: str, learnt: dict[str, Mention], known: list[Mention], offset: int = 0) -> list[Mention]:
    """Uses of learnt acronyms in `sentence` that no other mention covers."""
    if not learnt:
        return []
    taken = taken_spans(known, offset)
    out: list[Mention] = []
    for acronym, party in learnt.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", sentence):
            if overlaps(m.start(), m.end(), taken):
                continue
            out.append(replace(party, start=m.start() + offset, end=m.end() + offset, text=party.text))
    return out
