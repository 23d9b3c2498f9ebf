"""A third country named only as the battlefield of a war ("drones used in the war in Ukraine").

A sentence that names a third country is read as one about dealings with it and is left out
(candidates.py). Where every such country is the place or the target of a war, the sentence still
tells what passed between the pair: "the drone, designed in China with Russian defence firms, has
been used in the war in Ukraine". The phrases are listed in model/battlefield.yaml (English).
"""

from __future__ import annotations

import re
from functools import cache

from techties.extraction.signals import SentenceSignals
from techties.model.loader import load_model_mapping
from techties.model.phrase_patterns import phrase_alternation

REACH = 40  # characters before the country's name in which its phrase may end


@cache
def _before() -> re.Pattern[str]:
    spoken = phrase_alternation(load_model_mapping("battlefield.yaml")["en"])
    return re.compile(rf"\b(?:{spoken})\s+(?:the\s+)?$", re.IGNORECASE)


def battlefield_only(s: SentenceSignals, lang: str | None, context: str = "third") -> bool:
    """Whether each third country of an English sentence is named as a war's battlefield;
    `context="imposer"`: each state that could impose a measure ("the invasion of Ukraine"
    names no state that sanctions)."""
    if lang != "en":
        return False
    base, text = s.sentence.start, s.sentence.text
    named = [(a - base) for a, _b, label in s.cue_spans if label == f"context:{context}"]
    return bool(named) and all(_before().search(text[max(0, at - REACH):at]) for at in named)


def imposes(s: SentenceSignals | None, lang: str | None) -> bool:
    """Whether a sentence names a state or agency that could impose a measure, other than a
    war's battlefield."""
    return s is not None and bool(s.context["imposer"]) and not battlefield_only(s, lang, "imposer")
