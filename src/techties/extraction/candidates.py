"""Which sentences report China–Russia technology cooperation, and of which type.

A sentence is a candidate when it carries an event-type cue, brings in both sides
(itself, or with the sentence before it, or with the headline), and touches
technology (a domain cue in it or beside it). Countermeasures need only the Chinese
or Russian target in the sentence when the document names the other side.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from techties.extraction.signals import SentenceSignals

# Ties between type cues go to the more specific type.
TYPE_PRIORITY = (
    "countermeasure", "friction", "rnd_center", "incubator", "joint_research", "talent",
    "investment", "supply", "pilot", "agreement", "forum",
)
# Types that stand alone in a sentence even with a weaker bilateral context.
ONE_SIDE_TYPES = {"countermeasure", "supply", "friction"}


@dataclass
class Candidate:
    index: int  # sentence index
    type: str
    sides_in_sentence: set[str]
    score: float


def _ranked_types(types: Counter[str]) -> list[str]:
    return sorted(types, key=lambda t: (-types[t], TYPE_PRIORITY.index(t) if t in TYPE_PRIORITY else 99))


def document_sides(signals: list[SentenceSignals]) -> Counter[str]:
    sides: Counter[str] = Counter()
    for s in signals:
        for side in s.sides:
            sides[side] += 1
    return sides


def find_candidates(signals: list[SentenceSignals], title_sides: set[str]) -> list[Candidate]:
    doc_sides = document_sides(signals)
    bilateral_doc = doc_sides["CN"] > 0 and doc_sides["RU"] > 0
    if not bilateral_doc:
        return []
    out: list[Candidate] = []
    for i, s in enumerate(signals):
        if not s.types:
            continue
        sides = s.sides
        if not sides:
            continue
        near = set(sides)
        for j in (i - 1, i + 1):
            if 0 <= j < len(signals) and signals[j].sentence.paragraph == s.sentence.paragraph:
                near |= signals[j].sides
        technology = bool(s.domains) or any(
            0 <= j < len(signals) and signals[j].domains for j in (i - 1, i + 1))
        if not technology:
            continue
        ranked = _ranked_types(s.types)
        best = ranked[0]
        both_here = {"CN", "RU"} <= sides
        both_near = {"CN", "RU"} <= near | title_sides
        if both_here:
            score = 1.0
        elif both_near:
            score = 0.7
        elif best in ONE_SIDE_TYPES and bilateral_doc:
            score = 0.5
        else:
            continue
        out.append(Candidate(i, best, sides, score))
        if "agreement" in s.types and best != "agreement" and both_here:
            out.append(Candidate(i, "agreement", sides, score * 0.8))
    return out
