"""The polling state of watched sources, kept in the store (table watched_sources).

One row per source URL, written once per poll in its own transaction, after the poll's
documents are saved: a monitor stopped mid-poll polls that source again, and the
documents it had saved are skipped by their keys.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, Table, delete, select

from techties.store.db import upsert
from techties.store.models import WatchedSourceModel, utcnow

HEALTH = ("ok", "stale", "failing")
STALE_INTERVALS = 3  # no success for this many intervals (and at least a day) is stale
STALE_AT_LEAST = timedelta(days=1)


@dataclass
class SourceState:
    """What the store remembers of one watched source."""

    url: str
    name: str
    kind: str | None = None
    lang: str | None = None
    interval: float = 3600.0
    last_poll: datetime | None = None
    last_success: datetime | None = None
    last_status: str | None = None  # new, unchanged, failed
    last_error: str | None = None
    failures: int = 0
    next_poll: datetime | None = None
    etag: str | None = None
    last_modified: str | None = None
    items_taken: int = 0
    last_items: int = 0
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def health(self, now: datetime | None = None) -> str:
        """failing: its last poll failed; stale: no success for STALE_INTERVALS intervals
        (at least a day), or never; ok otherwise."""
        if self.failures:
            return "failing"
        now = now or utcnow()
        limit = max(STALE_AT_LEAST, timedelta(seconds=self.interval * STALE_INTERVALS))
        if self.last_success is None or now - self.last_success > limit:
            return "stale"
        return "ok"

    def is_due(self, now: datetime) -> bool:
        return self.next_poll is None or self.next_poll <= now

    def as_dict(self, now: datetime | None = None) -> dict[str, Any]:
        data = asdict(self)
        data.pop("extra", None)
        for key, value in data.items():
            if isinstance(value, datetime):
                data[key] = value.isoformat(timespec="seconds")
        data["health"] = self.health(now)
        return data


COLUMNS = tuple(c.name for c in WatchedSourceModel.__table__.columns)


def _table() -> Table:
    table: Table = WatchedSourceModel.__table__  # type: ignore[assignment]
    return table


def load_states(engine: Engine) -> dict[str, SourceState]:
    """Every watched source the store knows, by URL."""
    with engine.connect() as conn:
        rows = conn.execute(select(_table()).order_by(WatchedSourceModel.name)).mappings().all()
    return {row["url"]: SourceState(**{c: row[c] for c in COLUMNS}) for row in rows}


def list_states(engine: Engine) -> list[SourceState]:
    """Watched sources, failing first, then stale, then by name."""
    order = {h: i for i, h in enumerate(("failing", "stale", "ok"))}
    now = utcnow()
    return sorted(load_states(engine).values(),
                  key=lambda s: (order[s.health(now)], s.name.lower(), s.url))


def save_state(engine: Engine, state: SourceState) -> None:
    """Insert or replace one source's row, in its own transaction."""
    values = {c: getattr(state, c) for c in COLUMNS}
    statement = upsert(engine, _table()).values(values)
    statement = statement.on_conflict_do_update(
        index_elements=["url"], set_={c: statement.excluded[c] for c in COLUMNS if c != "url"})
    with engine.begin() as conn:
        conn.execute(statement)


def forget_state(engine: Engine, url: str) -> bool:
    """Drop a source's state (its documents stay); False when the store has none for it."""
    with engine.begin() as conn:
        removed = conn.execute(delete(_table()).where(WatchedSourceModel.url == url)).rowcount
    return bool(removed)
