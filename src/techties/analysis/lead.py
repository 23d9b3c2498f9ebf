"""Which side leads an event, where the text says: the side that hosts it (signed *in
Moscow*, 在北京) or that initiated or invited it (*at the initiative of* the Russian side,
应中方邀请). Only what a sentence states counts; no side is guessed from the actors.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from techties.model.loader import load_side_words

# Words before a place that make it where the event happens.
LOCATIVES = {"en": r"(?:\bin|\bat|\bhosted\s+in)\s+(?:the\s+)?",
             "ru": r"(?:^|[\s(«\"])(?:в|во)\s+",
             "zh": r"(?:在|于)"}
# Words before a side that make it the initiator, inviter or host.
INITIATIVES = {
    "en": r"(?:at\s+the\s+(?:initiative|invitation|request)\s+of|initiated\s+by|proposed\s+by|"
          r"hosted\s+by|invited\s+by|organi[sz]ed\s+by)\s+(?:the\s+)?",
    "ru": r"(?:по\s+инициативе|по\s+приглашению|по\s+предложению|организован\w*|"
          r"при\s+поддержке)\s+",
    "zh": r"(?:应|由|在)",
}
INITIATIVE_TAIL = {"en": "", "ru": "", "zh": r"[^，。；]{0,6}(?:邀请|倡议|提议|主办|发起)"}


def _cue(phrase: str, lang: str) -> str:
    if lang == "zh":
        return re.escape(phrase)
    if phrase.endswith("*"):
        return re.escape(phrase[:-1]) + r"\w*"
    return re.escape(phrase) + r"\b"


@cache
def _patterns() -> dict[str, list[tuple[re.Pattern[str], str]]]:
    """Per language: (pattern, side) pairs, one for places and one for initiators per side."""
    cues: dict[tuple[str, str], list[str]] = {}
    for word in load_side_words():
        if len(word.sides) == 1 and word.lang in LOCATIVES:
            cues.setdefault((word.lang, word.sides[0]), []).append(_cue(word.phrase, word.lang))
    out: dict[str, list[tuple[re.Pattern[str], str]]] = {"en": [], "ru": [], "zh": []}
    for (lang, side), alternatives in sorted(cues.items()):
        flags = re.IGNORECASE if lang != "zh" else 0
        # longest first, so that 俄罗斯 is tried before 俄
        any_cue = "(?:" + "|".join(sorted(alternatives, key=len, reverse=True)) + ")"
        out[lang].append((re.compile(LOCATIVES[lang] + any_cue, flags), side))
        out[lang].append((re.compile(INITIATIVES[lang] + r"(?:\w+\s+){0,2}" + any_cue
                                     + INITIATIVE_TAIL[lang], flags), side))
    return out


def _language(text: str) -> str:
    if re.search(r"[\u4e00-\u9fff]", text):
        return "zh"
    if re.search(r"[а-яА-ЯёЁ]", text):
        return "ru"
    return "en"


def side_votes(text: str) -> Counter[str]:
    """How often each side is named as host or initiator in `text`."""
    votes: Counter[str] = Counter()
    if not text:
        return votes
    for pattern, side in _patterns()[_language(text)]:
        if pattern.search(text):
            votes[side] += 1
    return votes


def lead_side(texts: Iterable[str]) -> str | None:
    """CN or RU when the texts name one side more often as host or initiator; else None."""
    votes: Counter[str] = Counter()
    for text in texts:
        found = side_votes(text)
        # one vote per text and side: a long text does not outvote a short one
        votes.update({side: 1 for side in found})
    if not votes or votes["CN"] == votes["RU"]:
        return None
    return "CN" if votes["CN"] > votes["RU"] else "RU"
