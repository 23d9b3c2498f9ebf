"""Actors: the table of actors named in events, an actor's profile, the pickers' choices."""

from __future__ import annotations

from sqlalchemy import select

from techties.store import web_queries as wq
from techties.store.models import ActorModel
from techties.store.queries import ActorRow
from techties.store.store import Store
from techties.store.web_queries import ActorProfile

__all__ = ["ActorProfile", "ActorRow", "choices", "listing", "profile"]


def listing(store: Store, country: str | None = None, search: str | None = None) -> list[ActorRow]:
    """Actors with their event counts, of one side and matching `search` when asked."""
    return store.actors(country=country, search=search)


def profile(store: Store, actor_id: str, timeline: int = 200) -> ActorProfile | None:
    """An actor's events over time, partners and domains, and its latest `timeline` events;
    None for an unknown actor."""
    with store.engine.connect() as conn:
        return wq.actor_profile(conn, actor_id, timeline)


def choices(store: Store) -> list[tuple[str, str, str]]:
    """(id, name, country) of every knowledge-base actor, by name: the actor pickers."""
    with store.engine.connect() as conn:
        return [(r.id, r.name, r.country) for r in conn.execute(
            select(ActorModel.id, ActorModel.name, ActorModel.country).order_by(ActorModel.name))]
