"""Events: the filtered table the events page, the API and the CLI list, one event with its
provenance and review history, counts, and the extras an export adds to each row."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from techties.store import event_filter as ef
from techties.store import export_queries, review
from techties.store import web_queries as wq
from techties.store.event_filter import COUNT_CAP, DOCUMENT_SOURCE_KINDS, SORTS, EventFilter
from techties.store.event_record import EventRecord
from techties.store.models import EventModel
from techties.store.queries import EventDetail, EventRow
from techties.store.review import ReviewRow
from techties.store.store import Store

# the sort keys of the events table (their columns stay in the store)
SORT_KEYS = tuple(SORTS)

__all__ = ["COUNT_CAP", "DOCUMENT_SOURCE_KINDS", "SORT_KEYS", "EventDetail", "EventFilter",
           "EventPage", "EventRecord", "EventRow",
           "ReviewRow", "count", "counts", "detail", "filter_values", "find", "history",
           "latest_date", "page", "pending_count", "recent_reviews", "stats",
           "stream", "with_extras"]


@dataclass
class EventPage:
    """One page of the events table: its rows, the matches counted up to a cap (past the
    page shown: "1,000+" rather than a count that would read every match of a common
    word), and the filter as resolved (actor names and words to ids)."""

    rows: list[EventRow]
    total: int
    exact: bool
    filter: EventFilter


def page(store: Store, f: EventFilter) -> EventPage:
    with store.engine.connect() as conn:
        f = ef.resolved(conn, f)
        rows = ef.find_events(conn, f)
        cap = max(COUNT_CAP, f.offset + (f.limit or 0) + 1)
        total, exact = ef.count_events_capped(conn, f, cap)
    return EventPage(rows, total, exact, f)


def find(store: Store, f: EventFilter) -> list[EventRow]:
    """The events matching `f`, in its sort order (one page of them, or all with
    `limit=None`)."""
    with store.engine.connect() as conn:
        return ef.find_events(conn, f)


def stream(store: Store, f: EventFilter) -> Iterator[EventRow]:
    """Every event matching `f`, read a chunk at a time (exports of the whole table)."""
    with store.engine.connect() as conn:
        yield from ef.iter_events(conn, f)


def count(store: Store, f: EventFilter) -> int:
    """How many events match `f`, ignoring its limit and offset."""
    with store.engine.connect() as conn:
        return ef.count_events(conn, f)


def detail(store: Store, event_id: str) -> EventDetail | None:
    """One event with its actors, evidence and the documents and pages it comes from."""
    return store.event(event_id)


def history(store: Store, event_id: str) -> list[ReviewRow]:
    """The analyst verdicts on an event, oldest first."""
    with store.engine.connect() as conn:
        return review.history(conn, event_id)


def recent_reviews(store: Store, limit: int = 20) -> list[tuple[str, ReviewRow]]:
    with store.engine.connect() as conn:
        return review.recent(conn, limit)


def pending_count(store: Store) -> int:
    """Extracted events still waiting for an analyst."""
    with store.engine.connect() as conn:
        return review.pending_count(conn)


def latest_date(store: Store) -> str | None:
    """The latest (partial) date of any event."""
    with store.engine.connect() as conn:
        latest: str | None = conn.execute(select(func.max(EventModel.date))).scalar()
    return latest


def filter_values(store: Store) -> dict[str, list[str]]:
    """The values each filter of the events page can take in this store."""
    with store.engine.connect() as conn:
        return wq.filter_values(conn)


def counts(store: Store) -> tuple[dict[str, int], dict[str, int]]:
    """Events by origin and by review status, from the counters kept at ingest."""
    with store.engine.connect() as conn:
        return wq.event_counts(conn)


def stats(store: Store) -> dict[str, Any]:
    """Documents, duplicates, events and actors, and events by type, stage, domain, origin
    and language."""
    return store.stats()


def with_extras(store: Store, rows: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """Each event row as a dict with the export's extras (evidence, sources, ids)."""
    return export_queries.with_extras(store.engine, rows)

