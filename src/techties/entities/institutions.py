"""Resolves the institutions of co-publications to knowledge-base actors: by id first (the
OpenAlex id, then the ROR id, from model/actor_ids.yaml), then by name in any of the three
languages through the gazetteer, then by the id of an institution it belongs to (OpenAlex
lineage: an institute of the Chinese Academy of Sciences counts for the academy when the
knowledge base has no entry of its own). Unresolved institutions keep their own id and name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from techties.entities.gazetteer import find_mentions
from techties.model.actor_ids import load_actor_ids
from techties.model.loader import Actor, load_actors
from techties.model.names import kb_name_key
from techties.science.works import Institution

# The gazetteer must cover the whole name but for this: "The", punctuation, a trailing city.
EDGE = re.compile(r"^[\s\W]*(the\s+)?|[\s\W]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Resolution:
    actor: Actor | None
    by: str | None  # openalex, ror, name, lineage; None when unresolved


@cache
def _ids() -> tuple[dict[str, Actor], dict[str, Actor]]:
    actors = {a.id: a for a in load_actors()}
    by_openalex = {e.openalex: actors[e.actor] for e in load_actor_ids() if e.openalex}
    by_ror = {e.ror: actors[e.actor] for e in load_actor_ids() if e.ror}
    return by_openalex, by_ror


@cache
def _names() -> dict[tuple[str, str], Actor]:
    """(folded name, country) → actor, for every name and alias; ambiguous names left out."""
    table: dict[tuple[str, str], Actor | None] = {}
    for actor in load_actors():
        if actor.kind == "person":
            continue
        for name in {actor.name, *(a for names in actor.aliases.values() for a in names)}:
            key = (kb_name_key(name), actor.country)
            table[key] = actor if table.get(key, actor) == actor else None
    return {k: v for k, v in table.items() if v is not None}


def resolve_by_name(name: str, side: str) -> Actor | None:
    """The actor of `side` that `name` names whole, in English, Russian or Chinese."""
    actor = _names().get((kb_name_key(name), side))
    if actor is not None:
        return actor
    core = EDGE.sub("", name)
    if not core:
        return None
    for mention in find_mentions(core):
        if mention.actor is not None and mention.actor.country == side \
                and mention.actor.kind != "person" and mention.start == 0 and mention.end == len(core):
            return mention.actor
    return None


def resolve_institution(inst: Institution) -> Resolution:
    """The knowledge-base actor of a Chinese or Russian institution, and how it was found."""
    side = inst.side
    if side is None:
        return Resolution(None, None)
    by_openalex, by_ror = _ids()
    for key, table, how in ((inst.id, by_openalex, "openalex"), (inst.ror, by_ror, "ror")):
        actor = table.get(key) if key else None
        if actor is not None and actor.country == side:
            return Resolution(actor, how)
    actor = resolve_by_name(inst.name, side)
    if actor is not None:
        return Resolution(actor, "name")
    for parent in inst.lineage:
        actor = by_openalex.get(parent)
        if actor is not None and actor.country == side:
            return Resolution(actor, "lineage")
    return Resolution(None, None)
