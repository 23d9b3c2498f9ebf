"""English type cues that name a step a party only weighs.

"The parties are considering the possibility of supplying equipment" reports no supply, and
"Russia had been considering using the processors" no purchase: the step is weighed, not
planned or done. Such steps follow the memorandum that lists them, or are background to the
story's own event. A type whose every cue in a sentence follows a weighing word
(model/considered.yaml) in its clause is not the sentence's type.
"""

from __future__ import annotations

import re
from functools import cache

from techties.exceptions import ModelError
from techties.model.loader import load_model_mapping
from techties.model.phrase_patterns import phrase_alternation

REACH_WORDS = 10  # words between the weighing word and the cue
_BREAK = re.compile(r"[;:]|,\s*(?:and|but|while|which|whereas)\b|\b(?:after|before|because|since)\b", re.IGNORECASE)
_BEING = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)  # "is considered": regarded


@cache
def _weighing() -> re.Pattern[str]:
    data = load_model_mapping("considered.yaml")
    words = (data.get("weigh") or {}).get("en") if isinstance(data.get("weigh"), dict) else None
    if not words:
        raise ModelError("considered.yaml: needs a mapping `weigh` with an `en` list")
    return re.compile(r"\b(?:" + phrase_alternation(words) + r")\b", re.IGNORECASE)


def _weighed(text: str, at: int) -> bool:
    """Whether the cue at `at` follows a weighing word in its clause, within reach."""
    for word in _weighing().finditer(text[:at]):
        between = text[word.end():at]
        regarded = word.group().lower().endswith("ed") and _BEING.search(text[:word.start()])
        if len(between.split()) <= REACH_WORDS and not _BREAK.search(between) and not regarded:
            return True
    return False


def weighed_types(text: str, start: int, cue_spans: list[tuple[int, int, str]]) -> set[str]:
    """The types all of whose cues in the sentence (at offset `start`) name a weighed step."""
    cues: dict[str, list[bool]] = {}
    for a, _b, label in cue_spans:
        kind = label.removeprefix("types:")
        if kind != label:
            cues.setdefault(kind, []).append(_weighed(text, a - start))
    return {kind for kind, weighed in cues.items() if all(weighed)}
