"""The technology domains of an event: cues in its sentence, else nearby, else the document's."""

from __future__ import annotations

import re
from collections import Counter

from techties.model.behaviour import domains_where, types_where

MAX_DOMAINS = 2
FALLBACK = "general_science"
DOCUMENT_FIELD_MIN = 3  # cues of one field across the document that make it the story's field
# Events about one thing (a technology passed on, a product supplied, a pilot run, a stake
# bought, a sanction on a trade: the types whose behaviour is `focused`) lie in that thing's
# field; "science in general" beside it is noise. Broad cooperation between institutions can
# span both.


# Fields that border on each other, whose words overlap ("aerospace", 航空航天; a power unit
# of a nuclear plant): a sentence naming both is about the one its document is about.
NEIGHBOURS = (("space", "aerospace"), ("nuclear", "energy_tech"))


def decide_domains(sentence: Counter[str], nearby: Counter[str], document: Counter[str],
                   headline: Counter[str] | None = None,
                   twins: dict[str, set[str]] | None = None,
                   passing: frozenset[str] = frozenset()) -> list[str]:
    sentence = one_neighbour(sentence, document)
    chosen = _decide(sentence, one_neighbour(nearby, document), document, passing)
    # "hypersonic aircraft" in a sentence that names aircraft thrice: a military thing the
    # vocabulary files under its field and under defense is both
    first = next((d for d in chosen if d != FALLBACK), None)
    for twin in sorted((twins or {}).get(first or "", set())):
        if twin not in chosen and twin in sentence:
            chosen.append(twin)
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


def one_neighbour(counts: Counter[str], document: Counter[str]) -> Counter[str]:
    """`counts` less the one of two bordering fields its document names less ("China HEAD
    Aerospace" in a story about satellites is space, not aviation)."""
    out = counts
    for a, b in NEIGHBOURS:
        if counts[a] and counts[b] and document[a] != document[b]:
            weaker = a if document[a] < document[b] else b
            out = Counter({d: n for d, n in out.items() if d != weaker})
    return out


# What may stand between two items of a list of fields: separators, a conjunction and at most
# a few words ("new energy, IT (including AI, robotics and big data) and telecom").
_PUNCT = r"[\s,;、，；/()（）:：-]"
LIST_GAP = re.compile(rf"{_PUNCT}*(?:\S+{_PUNCT}+){{0,2}}?"
                      rf"(?:and|or|as well as|including|и|или|а также|в том числе|和|及|与|以及|或)?{_PUNCT}*",
                      re.IGNORECASE)
LIST_SEPARATOR = re.compile(r"[,;、，；]|\b(?:and|or|и|или)\b|[和及与或]", re.IGNORECASE)
# A list of fields is introduced as one ("in such fields as", "в сферах", "等领域"); a list of
# parts or of the uses of a metal is not.
FIELD_WORDS = re.compile(r"\b(?:fields?|areas?|sectors?|spheres?|industr(?:y|ies)|domains?|directions?|"
                         r"сфер\w*|област\w*|отрасл\w*|направлени\w*|сектор\w*|индустри\w*)\b|"
                         r"领域|領域|方面|产业|產業|行业|行業|方向|板块|板塊",
                         re.IGNORECASE)
# "the metals used in sectors including defence, telecoms and renewables": a list of the uses
# of a thing says what the thing is for, not what the event is about
USE_WORDS = re.compile(r"\b(?:used|uses?|using|applied|applications?|применя\w*|использу\w*|применени\w*)\b|"
                       r"用于|用於|应用于|應用於|广泛应用|廣泛應用", re.IGNORECASE)
BEFORE = 40  # characters before a list in which it is introduced
AFTER = 8
MAX_GAP = 24  # characters between two items of one list
LIST_MIN = 3  # distinct fields that make a list of fields
MAX_LISTED = 5


def listed_domains(text: str, start: int, cue_spans: list[tuple[int, int, str]]) -> list[str]:
    """The fields a sentence lists one after another ("to invest in new energy, robotics, big
    data and telecom", "在人工智能、5G、新能源等领域"): a list of three fields or more names
    each of them as a field of the event, however briefly each is named."""
    hits = sorted((a - start, b - start, label.split(":", 1)[1]) for a, b, label in cue_spans
                  if label.startswith("domains:") and not label.endswith(FALLBACK))
    best: list[str] = []
    run: list[str] = []
    first = end = 0
    for a, b, domain in hits:
        if run and a < end:  # a phrase filed in two fields: one item
            run.append(domain)
            end = max(end, b)
            continue
        gap = text[end:a]
        if not run or len(gap) > MAX_GAP or not LIST_SEPARATOR.search(gap) or not LIST_GAP.fullmatch(gap):
            run, first = [], a
        run.append(domain)
        end = b
        distinct = list(dict.fromkeys(run))
        before = text[max(0, first - BEFORE):first]
        introduced = FIELD_WORDS.search(before + " " + text[end:end + AFTER]) and not USE_WORDS.search(before)
        if len(distinct) > len(best) and introduced:
            best = distinct
    return best[:MAX_LISTED] if len(best) >= LIST_MIN else []


PASSING_SCIENCE_MIN = 12  # cues of science in general that make a story one about science at large


def without_passing(domains: list[str], document: Counter[str]) -> list[str]:
    """`domains` less the fields a story about science at large names once in passing (a
    computing school in a speaker's title, robots at a science fair): a field the whole
    document names only once does not outweigh its many words of science in general."""
    if document[FALLBACK] < PASSING_SCIENCE_MIN or any(n > 1 for d, n in document.items() if d != FALLBACK):
        return domains
    kept = [d for d in domains if d == FALLBACK or document[d] > 1]
    return kept or [FALLBACK]


PASSING_MAX = 1  # mentions of a field across a document that make it one named in passing


def passing_fields(document: Counter[str], cue_spans: list[tuple[int, int, str]]) -> frozenset[str]:
    """The fields a document names only once, which do not take a sentence's second place
    beside its main field: a story about a gas turbine plant that says once that the blades are
    alloys is no story about materials. Two exceptions: a phrase the vocabulary files under two
    fields ("information and communication technologies") names both as one, and defense, which
    a story names by the end use of its thing ("for military use"), often once."""
    shared = {d for fields in _fields_by_span(cue_spans).values() if len(fields) > 1 for d in fields}
    return frozenset(d for d, n in document.items()
                     if n <= PASSING_MAX and d not in shared and d != FALLBACK and d not in domains_where("military"))


def _fields_by_span(cue_spans: list[tuple[int, int, str]]) -> dict[tuple[int, int], set[str]]:
    by_span: dict[tuple[int, int], set[str]] = {}
    for a, b, label in cue_spans:
        if label.startswith("domains:") and not label.endswith(FALLBACK):
            by_span.setdefault((a, b), set()).add(label.split(":", 1)[1])
    return by_span


def military_twins(cue_spans: list[tuple[int, int, str]]) -> dict[str, set[str]]:
    """Defense for each field a sentence names by a military thing ("гиперзвуковой", "military
    drone", "战斗机"), and that field for defense."""
    by_span = _fields_by_span(cue_spans)
    twins: dict[str, set[str]] = {}
    for fields in by_span.values():
        if fields & domains_where("military") and len(fields) > 1:
            for f in fields:
                twins.setdefault(f, set()).update(fields - {f})
    return twins


WAR_STORY_MIN = 2  # cues of arms and war across a document that make its drones military ones


def armed_drones(domains: list[str], document: Counter[str]) -> list[str]:
    """`domains` with defense beside unmanned systems in a story that speaks of arms or war
    at least twice: drones and their parts in such a story are weapons ("components for the
    drones striking the front"), though their own sentence names no weapon."""
    military = sorted(domains_where("military"))
    war = sum(document[d] for d in military)
    if set(domains) & domains_where("armed_in_war") and not set(domains) & set(military) and war >= WAR_STORY_MIN:
        return domains + military
    return domains


def merge_domains(votes: list[list[str]]) -> list[str]:
    """The fields of an event told in several sentences: the two most named fields, and the
    general fallback where it is among the two most named; it does not take a field's place."""
    counts: Counter[str] = Counter(d for domains in votes for d in domains)
    order = list(dict.fromkeys(d for domains in votes for d in domains))
    ranked = sorted(counts, key=lambda d: (-counts[d], order.index(d)))
    specific = [d for d in ranked if d != FALLBACK][:MAX_DOMAINS]
    if FALLBACK in ranked[:MAX_DOMAINS] or not specific:
        return [d for d in ranked if d in specific or d == FALLBACK]
    return specific


def focus_domains(event_type: str, domains: list[str]) -> list[str]:
    """`domains` without the general fallback when a focused event also names its field."""
    if event_type in types_where("focused") and len(domains) > 1:
        return [d for d in domains if d != FALLBACK]
    return domains


def _decide(sentence: Counter[str], nearby: Counter[str], document: Counter[str],
            passing: frozenset[str] = frozenset()) -> list[str]:
    if set(sentence) == {FALLBACK} and set(nearby) - {FALLBACK}:
        # "technology cooperation" in a sentence whose neighbours name the field
        return _top(nearby, document, passing)
    for counts in (sentence, nearby):
        if counts:
            return _top(counts, document, passing)
    if document:
        return _top(document, document)[:1]
    return [FALLBACK]


def _top(counts: Counter[str], document: Counter[str], passing: frozenset[str] = frozenset()) -> list[str]:
    """The most cued domains; ties go to the field the whole document returns to. A field
    in `passing` is never the second one."""
    ranked = sorted(counts, key=lambda d: (-counts[d], -document[d], d == FALLBACK, d))
    specific = [d for d in ranked if d != FALLBACK]
    if not specific:
        return ranked[:1]
    # a second domain only when the text weighs it as much as the first
    top = counts[specific[0]]
    first, rest = specific[0], specific[1:MAX_DOMAINS]
    return [first] + [d for d in rest if counts[d] >= top and d not in passing]
