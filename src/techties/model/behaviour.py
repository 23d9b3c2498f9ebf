"""What the vocabulary's values mean to the code: read from the vocabulary files, never
written again as Python constants.

An event type's priority, default stage, role and flags (event_types.yaml `behaviour:`),
a stage's group, progress and colour (stages.yaml `traits:`), and the domains that make a
sentence technological (domains.yaml `traits:`) are looked up here by extraction,
curation, analysis, the web pages and the briefs. Adding a type is a change to the
vocabulary file only.
"""

from __future__ import annotations

from functools import cache

from techties.exceptions import ModelError
from techties.model.loader import TypeBehaviour, load_vocabulary

FALLBACK_STAGE = "implemented"  # of a type the vocabulary does not know (an old stored event)


@cache
def _behaviours() -> dict[str, TypeBehaviour]:
    found = {t.value: t.behaviour for t in load_vocabulary("event_type").terms if t.behaviour}
    _check(found)
    return found


def _check(behaviours: dict[str, TypeBehaviour]) -> None:
    """The stages and types a behaviour names exist: a typo fails at load, not as a silent
    default."""
    stages = set(load_vocabulary("stage").values)
    for value, b in behaviours.items():
        where = f"vocab/event_types.yaml: {value}.behaviour"
        if b.default_stage not in stages:
            raise ModelError(f"{where}.default_stage {b.default_stage!r} is not a stage")
        unknown = [t for t in (*b.compatible_with, *filter(None, [b.joint_form])) if t not in behaviours]
        if unknown:
            raise ModelError(f"{where} names unknown event type(s) {unknown}")


def type_behaviour(event_type: str) -> TypeBehaviour | None:
    return _behaviours().get(event_type)


@cache
def types_by_priority() -> tuple[str, ...]:
    """Event types, the most specific first: ties between type cues go to the first."""
    return tuple(sorted(_behaviours(), key=lambda t: _behaviours()[t].priority))


@cache
def priority_rank() -> dict[str, int]:
    return {t: i for i, t in enumerate(types_by_priority())}


@cache
def types_where(flag: str) -> frozenset[str]:
    """The types whose behaviour sets `flag` (one_sided, lists_parties, setting …)."""
    return frozenset(t for t, b in _behaviours().items() if getattr(b, flag))


@cache
def types_of_kind(kind: str) -> frozenset[str]:
    """The types that are a document, a meeting, a measure or a dispute (loader.KINDS)."""
    return frozenset(t for t, b in _behaviours().items() if b.kind == kind)


def kind_of(event_type: str) -> str | None:
    found = type_behaviour(event_type)
    return found.kind if found else None


@cache
def joint_forms() -> dict[str, str]:
    """Type → the type it is when its name carries both countries (a bilateral research
    centre is joint research, not one firm's R&D centre)."""
    return {t: b.joint_form for t, b in _behaviours().items() if b.joint_form}


@cache
def type_for_role(role: str) -> str:
    """The type of a sentence with no type cue: "deal" (two parties and a technology) or
    "cooperation" (cooperation in general)."""
    found = [t for t, b in _behaviours().items() if b.role == role]
    if len(found) != 1:
        raise LookupError(f"the event types need exactly one with role {role!r}, not {found}")
    return found[0]


def default_stage(event_type: str) -> str:
    found = type_behaviour(event_type)
    return found.default_stage if found else FALLBACK_STAGE


@cache
def _compatible_pairs() -> frozenset[frozenset[str]]:
    return frozenset(frozenset({t, other}) for t, b in _behaviours().items() for other in b.compatible_with)


def compatible(a: str, b: str) -> bool:
    """Whether a reporter and a curator may reasonably file one happening under these types."""
    return a == b or frozenset({a, b}) in _compatible_pairs()


@cache
def stages_in_group(group: str) -> tuple[str, ...]:
    """The stages of a group (rhetoric, delivery, trouble), in the vocabulary's order."""
    return tuple(t.value for t in load_vocabulary("stage").terms if t.traits.group == group)


@cache
def stage_progress() -> dict[str, int]:
    """The stages on the way from announced to implemented, with their place on it."""
    terms = load_vocabulary("stage").terms
    return {t.value: t.traits.progress for t in terms if t.traits.progress is not None}


@cache
def stage_colours() -> dict[str, str]:
    return {t.value: t.traits.colour for t in load_vocabulary("stage").terms if t.traits.colour}


@cache
def stage_inks() -> dict[str, str]:
    """A stage's colour as text on white (its badge)."""
    return {t.value: t.traits.ink for t in load_vocabulary("stage").terms if t.traits.ink}


@cache
def domains_where(flag: str) -> frozenset[str]:
    """The domains whose traits set `flag` (hard_tech, party_deals, vague, military,
    armed_in_war, patrol_kit)."""
    return frozenset(t.value for t in load_vocabulary("domain").terms if getattr(t.traits, flag))


@cache
def deal_fields() -> frozenset[str]:
    """The fields in which two named parties side by side report a deal: hard technology,
    and those marked `party_deals` (payments between named banks and card systems)."""
    return domains_where("hard_tech") | domains_where("party_deals")


def forget() -> None:
    """Drop what was read, so that the next look-up reads the vocabulary files again (for a
    process that swaps them, such as a test of a new type)."""
    load_vocabulary.cache_clear()
    for cached in (_behaviours, types_by_priority, priority_rank, types_where, types_of_kind,
                   joint_forms, type_for_role, _compatible_pairs, stages_in_group, stage_progress,
                   stage_colours, stage_inks, domains_where, deal_fields):
        cached.cache_clear()
