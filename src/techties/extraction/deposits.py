"""English "development" of a deposit, a field or a mine is its exploitation: an investment.

"RT-Global Resources is in talks on the joint development of rare earth deposits" reports a
joint venture to mine, not joint research, though "joint development" is a research cue
elsewhere ("the joint development of a wide-body airliner"). A research cue of development
followed within a few words by a word of model/deposits.yaml is read as investment.
"""

from __future__ import annotations

import re
from functools import cache

from techties.exceptions import ModelError
from techties.model.loader import load_model_mapping

REACH_WORDS = 8  # "joint development of some of Russia's rare earth metal deposits"
RESEARCH = "joint_research"
INVESTMENT = "investment"


@cache
def _resources() -> re.Pattern[str]:
    data = load_model_mapping("deposits.yaml")
    words = (data.get("resources") or {}).get("en") if isinstance(data.get("resources"), dict) else None
    if not words:
        raise ModelError("deposits.yaml: needs a mapping `resources` with an `en` list")
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _develops_resource(text: str, a: int, b: int) -> bool:
    cue = text[a:b].lower()
    if "develop" not in cue:
        return False
    after = " ".join(re.split(r"[,;:.]", text[b:], maxsplit=1)[0].split()[:REACH_WORDS])
    return bool(_resources().search(after))


def resource_investment(text: str, start: int, cue_spans: list[tuple[int, int, str]]) -> bool:
    """Whether every research cue of the sentence (at offset `start`) develops a deposit."""
    research = [(a - start, b - start) for a, b, label in cue_spans if label == f"types:{RESEARCH}"]
    return bool(research) and all(_develops_resource(text, a, b) for a, b in research)
