"""Counts: events over time by domain, type, stage or origin; counts by one value; the
overview's figures with what is new since a moment."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from techties.store import web_queries as wq
from techties.store.changes import changes_since
from techties.store.event_filter import EventFilter
from techties.store.store import Store


def series(store: Store, by: str = "domain", interval: str = "quarter",
           f: EventFilter | None = None) -> dict[str, Any]:
    """Event counts per quarter or year and per value of `by`, with the events filters."""
    with store.engine.connect() as conn:
        return wq.series(conn, by, interval, f)


def counts_by(store: Store, column: str, f: EventFilter | None = None) -> dict[str, int]:
    """Events per value of `column` (domain, type, stage, origin, lang …)."""
    with store.engine.connect() as conn:
        return wq.counts_by(conn, column, f)


def overview(store: Store, since: datetime) -> dict[str, Any]:
    """The overview's figures, latest events and series, and `changes`: what is new since
    `since` (events, actors, ties)."""
    with store.engine.connect() as conn:
        data = wq.overview(conn)
        data["changes"] = changes_since(conn, since)
    return data
