"""The technology domains of an event: cues in its sentence, else nearby, else the document's."""

from __future__ import annotations

from collections import Counter

MAX_DOMAINS = 3
FALLBACK = "general_science"


def decide_domains(sentence: Counter[str], nearby: Counter[str], document: Counter[str]) -> list[str]:
    for counts in (sentence, nearby):
        if counts:
            return _top(counts)
    if document:
        return _top(document)[:1]
    return [FALLBACK]


def _top(counts: Counter[str]) -> list[str]:
    ranked = sorted(counts, key=lambda d: (-counts[d], d == FALLBACK, d))
    specific = [d for d in ranked if d != FALLBACK]
    chosen = specific[:MAX_DOMAINS] if specific else ranked[:1]
    return chosen
