"""The curated record's projects and what happened in each."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from techties.store.models import EventModel
from techties.store.queries import ProjectRow
from techties.store.store import Store

__all__ = ["ProjectRow", "happenings", "listing"]


def listing(store: Store) -> list[ProjectRow]:
    """Every project, by name."""
    return store.projects()


def happenings(store: Store) -> dict[str, list[tuple[str | None, str]]]:
    """(date, stage) of each event of each project, by project id."""
    out: dict[str, list[tuple[str | None, str]]] = defaultdict(list)
    with store.engine.connect() as conn:
        for r in conn.execute(select(EventModel.project_id, EventModel.date, EventModel.stage)
                              .where(EventModel.project_id.is_not(None))):
            out[r.project_id].append((r.date, r.stage))
    return dict(out)
