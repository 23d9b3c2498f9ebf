"""The technology domains of an event: cues in its sentence, else nearby, else the document's."""

from __future__ import annotations

from collections import Counter

MAX_DOMAINS = 2
FALLBACK = "general_science"
DOCUMENT_FIELD_MIN = 3  # cues of one field across the document that make it the story's field
# Events about one thing (a technology passed on, a product supplied, a pilot run, a stake
# bought, a sanction on a trade) lie in that thing's field; "science in general" beside it
# is noise. Broad cooperation between institutions can span both.
FOCUSED_TYPES = {"friction", "countermeasure", "supply", "investment", "pilot"}


def decide_domains(sentence: Counter[str], nearby: Counter[str], document: Counter[str],
                   headline: Counter[str] | None = None) -> list[str]:
    chosen = _decide(sentence, nearby, document)
    if chosen == [FALLBACK]:
        # "the contacts of the accused" under a headline about hypersonics researchers: the
        # headline names the field the story is about
        fields = Counter({d: n for d, n in (headline or Counter()).items() if d != FALLBACK})
        if fields:
            return chosen + _top(fields, document)
        # "scientific cooperation" in a story that keeps returning to one field
        field = max((d for d in document if d != FALLBACK), key=lambda d: document[d], default=None)
        if field is not None and document[field] >= DOCUMENT_FIELD_MIN:
            chosen.append(field)
    return chosen


def focus_domains(event_type: str, domains: list[str]) -> list[str]:
    """`domains` without the general fallback when a focused event also names its field."""
    if event_type in FOCUSED_TYPES and len(domains) > 1:
        return [d for d in domains if d != FALLBACK]
    return domains


def _decide(sentence: Counter[str], nearby: Counter[str], document: Counter[str]) -> list[str]:
    if set(sentence) == {FALLBACK} and set(nearby) - {FALLBACK}:
        # "technology cooperation" in a sentence whose neighbours name the field
        return _top(nearby, document)
    for counts in (sentence, nearby):
        if counts:
            return _top(counts, document)
    if document:
        return _top(document, document)[:1]
    return [FALLBACK]


def _top(counts: Counter[str], document: Counter[str]) -> list[str]:
    """The most cued domains; ties go to the field the whole document returns to."""
    ranked = sorted(counts, key=lambda d: (-counts[d], -document[d], d == FALLBACK, d))
    specific = [d for d in ranked if d != FALLBACK]
    if not specific:
        return ranked[:1]
    # a second domain only when the text weighs it as much as the first
    top = counts[specific[0]]
    first, rest = specific[0], specific[1:MAX_DOMAINS]
    return [first] + [d for d in rest if counts[d] >= top]
