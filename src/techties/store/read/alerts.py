"""Stored alerts, where they were delivered, and the watchlists the rules match against."""

from __future__ import annotations

from collections.abc import Sequence

from techties.store import analysis_queries as aq
from techties.store.analysis_queries import AlertRow, WatchlistEntryRow
from techties.store.store import Store

__all__ = ["AlertRow", "WatchlistEntryRow", "count", "delivered", "failed_deliveries",
           "listing", "watchlist", "watchlist_counts"]


def listing(store: Store, *, since: str | None = None, until: str | None = None,
            rule_id: str | None = None, status: str | None = None,
            ids: Sequence[str] | None = None, domain: str | None = None,
            limit: int | None = None) -> list[AlertRow]:
    """Stored alerts, the latest period first; `since`/`until` are YYYY-MM bounds."""
    with store.engine.connect() as conn:
        return aq.list_alerts(conn, since=since, until=until, rule_id=rule_id, status=status,
                              ids=ids, domain=domain, limit=limit)


def count(store: Store) -> int:
    with store.engine.connect() as conn:
        return aq.count_alerts(conn)


def delivered(store: Store, channel: str, target: str) -> set[str]:
    """Ids of the alerts already sent over `channel` to `target`."""
    with store.engine.connect() as conn:
        return aq.delivered(conn, channel, target)


def failed_deliveries(store: Store, channel: str, target: str) -> list[str]:
    """Ids of the alerts whose last try over `channel` to `target` failed."""
    with store.engine.connect() as conn:
        return aq.failed_deliveries(conn, channel, target)


def watchlist(store: Store, list_name: str | None = None) -> list[WatchlistEntryRow]:
    """The entries of one watchlist, or of all."""
    with store.engine.connect() as conn:
        return aq.list_watchlist(conn, list_name)


def watchlist_counts(store: Store) -> dict[str, int]:
    """Entries per watchlist."""
    with store.engine.connect() as conn:
        return aq.watchlist_counts(conn)
