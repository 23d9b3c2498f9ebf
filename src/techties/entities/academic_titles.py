"""Academies named only in a scientist's title: not parties.

"中国工程院院士、中国商飞首席科学家吴光辉", "академик РАН Иван Петров", "an academician of the
Chinese Academy of Sciences": the academy says what rank the person holds, not who takes
part in the event; the party is the body the person works for, or the person. Such a mention
stays a side word (side_words.AFFILIATION), so the sentence still brings in its side.
"""

from __future__ import annotations

import re

from techties.entities.gazetteer import Mention
from techties.entities.side_words import ACADEMY_KINDS, as_side_words

# right after the academy's name: 院士, 外籍院士, 通讯院士, 荣誉院士 (academician, foreign member…)
ZH_AFTER = re.compile(r"^\s*(?:外籍|通讯|荣誉|通訊|榮譽)?院士")
# right before it: "академик", "член-корреспондент", "иностранный член", "действительный член"
RU_BEFORE = re.compile(r"(?:\bакадемик\w*|\bчлен\w*-корр(?:еспондент\w*|\.)|\b(?:иностранн|действительн)\w+\s+член\w*)"
                       r"\s+$", re.IGNORECASE)
# "academician of the", "a member of the", "fellow of the"; or after the name: "… academician"
EN_BEFORE = re.compile(r"\b(?:academician|(?:corresponding|foreign|full)\s+member|member|fellow)s?\s+of\s+(?:the\s+)?$",
                       re.IGNORECASE)
EN_AFTER = re.compile(r"^\s+academicians?\b", re.IGNORECASE)
WINDOW = 40  # characters before a name in which its title word stands


def academies_in_titles(sentence: str, mentions: list[Mention], offset: int = 0) -> list[Mention]:
    """`mentions` with each academy that only gives a person's rank made a side word."""
    def rank_only(m: Mention) -> bool:
        before = sentence[max(0, m.start - offset - WINDOW):m.start - offset]
        after = sentence[m.end - offset:m.end - offset + WINDOW]
        return m.actor is not None and m.actor.kind in ACADEMY_KINDS and bool(
            ZH_AFTER.match(after) or RU_BEFORE.search(before) or EN_BEFORE.search(before) or EN_AFTER.match(after))

    return as_side_words(mentions, rank_only)
