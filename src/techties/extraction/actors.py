"""The actors of an event: the parties its sentences name on each side, resolved when known."""

from __future__ import annotations

from techties.entities.gazetteer import Mention
from techties.extraction.signals import SentenceSignals
from techties.records import ActorRef

# Kinds that act for the state itself and are never listed (see SCHEMA.md: countries are not actors).
MAX_PER_SIDE = 4


def actor_refs(mentions: list[Mention], side: str) -> list[ActorRef]:
    refs: dict[str, ActorRef] = {}
    for m in mentions:
        if side not in m.sides or m.kind not in ("actor", "unresolved"):
            continue
        if m.actor is not None:
            ref = ActorRef(m.actor.name, side, m.actor.id, m.text)
        else:
            ref = ActorRef(m.text, side, None, m.text)
        refs.setdefault(ref.actor_id or ref.name.casefold(), ref)
    return list(refs.values())[:MAX_PER_SIDE]


def event_actors(signals: list[SentenceSignals], index: int, side: str) -> list[ActorRef]:
    """Actors of `side` in the sentence; failing that, in the sentence before it (same paragraph)."""
    found = actor_refs(signals[index].mentions, side)
    if found or index == 0:
        return found
    previous = signals[index - 1]
    if previous.sentence.paragraph != signals[index].sentence.paragraph:
        return []
    return actor_refs(previous.mentions, side)
