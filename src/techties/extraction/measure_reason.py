"""A measure told with its reason: the measure is the news, and the deed it charges is the
measuring state's claim.

English puts the reason after the measure with a word of reason ("imposed sanctions on five firms
for supplying drone parts"): the measure ranks first however many cue words the shipment has
(`measure_with_reason`, read by candidates.py). Russian puts it in a relative clause ("внёс в
список компании, которые поставляли") and Chinese after a word of reason ("实施制裁，理由是这些企业
供应了"): the deed told there is alleged (`charged_as_reason`, read by pipeline.py)."""

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


def charged_as_reason(text: str, start: int, cue_spans: list[tuple[int, int, str]], event_type: str,
                      lang: str | None) -> bool:
    """Whether a Russian or Chinese sentence tells the event as the reason of a measure's. A
    measure that is only the cause of a delay ("задерживаются из-за санкций", "受制裁影响") is
    no such claim."""
    measures = types_of_kind("measure")
    measure_at = [a - start for a, _b, label in cue_spans if label[6:] in measures and label.startswith("types:")]
    event_at = [a - start for a, _b, label in cue_spans if label == f"types:{event_type}"]
    return any(m < rel.start() < e for m in measure_at for e in event_at
               for rel in (_REASON_ZH if lang == "zh" else _RELATIVE_RU).finditer(text))


_RELATIVE_RU = re.compile(r"\bкотор(?:ые|ая|ый|ое|ых|ую|ой|ому|ым)\b", re.IGNORECASE)
# The words that open the reason a Chinese report gives for a measure: "理由是", "原因是", "因其",
# "称其", "指其" (saying that they), "以…为由" opens it before the measure and is left out.
_REASON_ZH = re.compile(r"理由是|原因是|因其|因为其|称其|称这些|称该|指其")
