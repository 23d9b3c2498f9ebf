"""The store's writes besides ingest's and seeding's (`Store`): an analyst's verdicts,
accounts, watched sources' state, watchlists, alerts and their deliveries, co-publications
and the merging of reports. Each takes a `Store`, so that nothing above the store opens a
transaction or names the engine; each runs in a transaction of its own."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from techties.store import analysis_queries as aq
from techties.store import review, science, source_state
from techties.store.accounts import Accounts
from techties.store.review import EventEdit, ReviewRow
from techties.store.science import InstitutionRecord as InstitutionRecord  # re-exported: the records an import writes
from techties.store.science import WorkRecord as WorkRecord
from techties.store.source_state import SourceState
from techties.store.store import Store


def review_event(store: Store, event_id: str, action: str, reviewer: str,
                 edit: EventEdit | None = None, note: str = "") -> ReviewRow:
    """Apply one verdict (accept, reject, edit, reopen) to an extracted event; raises
    `ReviewError` with the HTTP status that fits."""
    return review.review_event(store.engine, event_id, action, reviewer, edit, note)


def accounts(store: Store) -> Accounts:
    """The users, sessions and API tokens of the dashboard, kept in this store."""
    return Accounts(store.engine)


def save_source_state(store: Store, state: SourceState) -> None:
    source_state.save_state(store.engine, state)


def forget_source(store: Store, url: str) -> bool:
    """Drop a watched source's state (its documents stay); False when there is none."""
    return source_state.forget_state(store.engine, url)


def replace_watchlist(store: Store, list_name: str, entries: Sequence[dict[str, Any]]) -> int:
    """Replace a list's entries (an import is the list as published now)."""
    return aq.replace_watchlist(store.engine, list_name, entries)


def add_watchlist_entries(store: Store, list_name: str, entries: Sequence[dict[str, Any]]) -> int:
    """Add (or update by id) entries of a user list."""
    return aq.add_watchlist_entries(store.engine, list_name, entries)


def insert_alerts(store: Store, alerts: Sequence[dict[str, Any]]) -> list[str]:
    """Store the alerts not raised before; returns the ids of the new ones."""
    return aq.insert_alerts(store.engine, alerts)


def set_alert_status(store: Store, alert_id: str, status: str) -> bool:
    return aq.set_alert_status(store.engine, alert_id, status)


def record_deliveries(store: Store, alert_ids: Sequence[str], channel: str, target: str,
                      status: str, error: str = "") -> None:
    """Remember a delivery (or a failed try) of each alert; a later try overwrites it."""
    aq.record_deliveries(store.engine, alert_ids, channel, target, status, error)


def set_clusters(store: Store, clusters: dict[str, str]) -> int:
    """Give events (id → cluster id) the happening they were merged into."""
    with store.engine.begin() as conn:
        return aq.set_clusters(conn, clusters)


def save_works(store: Store, works: Sequence[WorkRecord], source: str) -> int:
    """Insert or update co-publications; returns how many were new."""
    return science.save_works(store.engine, works, source)


def save_import_cursor(store: Store, key: str, cursor: str | None, *, done: bool) -> None:
    """Where a paged import stands, saved after each page."""
    science.save_cursor(store.engine, key, cursor, done=done)


def forget_import_cursor(store: Store, key: str) -> None:
    science.forget_cursor(store.engine, key)
