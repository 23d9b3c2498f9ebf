"""A third country that stands in one list with a side's country is beside the event, not its subject.

A sentence that names a third country is most often about that country ("the US barred …",
"cooperation with India"), so a candidate without a named party is dropped there. But where the
third country is a member of a list that holds China or Russia ("experts from Russia and
Ukraine", "中国和印度"), the side takes part in what the sentence reports: the third country
does not make it another story.
"""

from __future__ import annotations

import re

from techties.extraction.signals import SentenceSignals

# What may stand between two members of a list: a comma, or a conjunction (en, ru, zh).
_JOIN = re.compile(r"^\s*(?:,|、|and|or|,\s*and|и|или|,\s*и|和|与|及|或)\s*$")


def listed_with_side(s: SentenceSignals) -> bool:
    """Whether every third country the sentence names is listed next to a side's country."""
    text, base = s.sentence.text, s.sentence.start
    countries = [(m.start - base, m.end - base) for m in s.mentions if m.kind == "country"]
    thirds = [(a - base, b - base) for a, b, label in s.cue_spans if label == "context:third"]
    if not thirds or not countries:
        return False
    return all(any(_joined(text, third, country) for country in countries) for third in thirds)


def _joined(text: str, x: tuple[int, int], y: tuple[int, int]) -> bool:
    first, second = (x, y) if x[0] < y[0] else (y, x)
    return first[1] <= second[0] and bool(_JOIN.match(text[first[1]:second[0]]))
