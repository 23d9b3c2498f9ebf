"""The employer a commentator is named with, in Chinese and English: not a party.

"俄罗斯科学院远东研究所分析师某某认为", "an analyst at the Carnegie Center said": a speaker or
commentator is no actor (SCHEMA.md), and the body he works for is named only to say who he is.
Such a mention stays a side word (side_words.AFFILIATION; the Russian wording is read in
russian_parents), so the sentence still brings in its side. Researchers and professors are left alone:
they take part in what they work on.
"""

from __future__ import annotations

import re

from techties.entities.gazetteer import Mention
from techties.entities.side_words import as_side_words
from techties.model.lexicon import simplify

# right after the body, in Chinese: its commentator (首席经济学家, 问题专家, 分析师)
ZH_AFTER = re.compile(r"^(?:的)?(?:首席|高级|资深|知名|著名)?(?:分析师|经济学家|评论员|政治学家|政治分析人士|"
                      r"汉学家|观察家|观察人士|问题专家|国际问题专家)")
# right before the body, in English: "an analyst at", "economist with the", "expert from"
EN_BEFORE = re.compile(r"\b(?:analyst|economist|commentator|political scientist|sinologist|observer)s?\s+"
                       r"(?:at|with|from|of)\s+(?:the\s+)?$", re.IGNORECASE)
LOOK = 40  # characters on either side in which the role word stands


def employers_of_commentators(sentence: str, lang: str | None, mentions: list[Mention],
                              offset: int = 0) -> list[Mention]:
    """`mentions` with each body named as a commentator's employer made a side word."""
    if lang not in ("zh", "en"):
        return mentions

    def employer(m: Mention) -> bool:
        start, end = m.start - offset, m.end - offset
        if lang == "zh":
            return bool(ZH_AFTER.match(simplify(sentence[end:end + LOOK])))
        return bool(EN_BEFORE.search(sentence[max(0, start - LOOK):start]))

    return as_side_words(mentions, employer)
