"""An English measure told with its reason ("imposed sanctions on five firms for supplying drone
parts", "added them to the entity list because they shipped chips"): the measure is the news and
the shipment its charge, however many cue words the shipment has."""

from __future__ import annotations

import re

from techties.model.behaviour import types_of_kind, types_where

# the words that open a measure's reason between the measure and the deed it charges
_REASON = re.compile(r"\b(?:for|because|over|as)\b", re.IGNORECASE)
REACH = 120  # characters from the measure's cue to the charged deed's


def measure_with_reason(text: str, start: int, cue_spans: list[tuple[int, int, str]]) -> str | None:
    """The measure type of a sentence whose measure cue comes first and whose charged deed
    follows it as its reason, else None."""
    measures = types_of_kind("measure")
    charged = types_where("charged")
    first_measure = min(((a, label[6:]) for a, _b, label in cue_spans
                         if label.startswith("types:") and label[6:] in measures), default=None)
    if first_measure is None:
        return None
    at, measure = first_measure
    deeds = [a for a, _b, label in cue_spans if label.startswith("types:") and label[6:] in charged and a > at]
    if not deeds or min(deeds) - at > REACH:
        return None
    between = text[at - start:min(deeds) - start]
    return measure if _REASON.search(between) else None

