"""The event reports analysis merges into happenings, and what it weighs them by:
defence-linked actors and the names of knowledge-base actors."""

from __future__ import annotations

from collections.abc import Sequence

from techties.store import analysis_queries as aq
from techties.store.event_record import EventRecord
from techties.store.store import Store

__all__ = ["EventRecord", "actor_names", "defence_linked_actors", "reports", "with_clusters"]


def reports(store: Store, ids: Sequence[str] | None = None, *, include_rejected: bool = False,
            details: bool = True) -> list[EventRecord]:
    """The events with `ids` (every event when None) as reports, ordered by id."""
    with store.engine.connect() as conn:
        return aq.load_reports(conn, ids, include_rejected=include_rejected, details=details)


def with_clusters(store: Store, ids: Sequence[str]) -> list[EventRecord]:
    """The reports with `ids` and every report merged with one of them (rejected ones
    included): what it takes to rebuild the happenings they belong to."""
    with store.engine.connect() as conn:
        found = aq.load_reports(conn, sorted(ids), include_rejected=True)
        clusters = {r.cluster_id for r in found if r.cluster_id}
        wanted = set(aq.neighbour_ids(conn, (), (), clusters)) | set(ids)
        return aq.load_reports(conn, sorted(wanted), include_rejected=True)


def defence_linked_actors(store: Store) -> set[str]:
    with store.engine.connect() as conn:
        return aq.defence_linked_actors(conn)


def actor_names(store: Store) -> dict[str, list[str]]:
    """Every written form of each knowledge-base actor: name, acronyms, aliases."""
    with store.engine.connect() as conn:
        return aq.actor_names(conn)
