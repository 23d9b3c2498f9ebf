"""An academy written straight before one of its institutes in Chinese names no party itself.

Chinese names an institute with its academy in front ("俄罗斯科学院海洋研究所"). Where the
knowledge base knows the institute, its own name covers the academy's; where it does not, the
academy alone would be read as the party, though it only says whose institute acts (SCHEMA.md:
the unit is the party). The academy is then a side word: the sentence keeps its side, and no
party is reported in the institute's place under its academy's name.
"""

from __future__ import annotations

import re

from techties.entities.gazetteer import Mention
from techties.entities.side_words import ACADEMY_KINDS, as_side_words
from techties.model.lexicon import simplify

UNIT_HEADS = ("研究所", "研究院", "研究中心", "实验室", "试验站", "观测站", "植物园", "天文台")
# the unit's own words right after the academy, then its head
UNIT = re.compile(r"^[\u4e00-\u9fff]{2,20}?(?:" + "|".join(UNIT_HEADS) + ")")
CLAUSE = re.compile(r"[的了与和及或在对将是为、]")  # a clause or a list, not one name
LOOK = 30  # characters after the academy in which the unit's head stands


def units_of_academies(sentence: str, mentions: list[Mention], offset: int = 0) -> list[Mention]:
    """`mentions` with each academy that opens the name of an institute made a side word."""
    def opens_a_unit(m: Mention) -> bool:
        if m.actor is None or m.actor.kind not in ACADEMY_KINDS:
            return False
        unit = UNIT.match(simplify(sentence[m.end - offset:m.end - offset + LOOK]))
        return unit is not None and not CLAUSE.search(unit.group())

    return as_side_words(mentions, opens_a_unit)
