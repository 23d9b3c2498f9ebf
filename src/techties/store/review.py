"""The analyst's review of extracted events: accept, reject, edit or reopen, with history.

The verdict lives on the event (`review_status`, and for an edit the corrected type,
stage, date, domains and actors); `event_reviews` keeps who did what and when, and for an
edit every changed field as [before, after]. `Store._save_events` leaves accepted, edited
and rejected events as the analyst left them, so a verdict survives re-extraction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select, update

from techties.exceptions import TechtiesError
from techties.model.loader import load_vocabulary
from techties.model.names import fold
from techties.model.partial_dates import WELL_FORMED, precision_of
from techties.store import counters, search
from techties.store.models import (
    ActorModel,
    EventActorModel,
    EventDomainModel,
    EventModel,
    EventReviewModel,
    utcnow,
)

ACTIONS = {"accept": "accepted", "reject": "rejected", "edit": "edited", "reopen": "pending"}


class ReviewError(TechtiesError):
    """A review that cannot be applied: no such event, a curated event, a bad value."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


@dataclass
class EventEdit:
    """The fields an analyst may correct; None leaves a field as it is.

    Actors are knowledge-base ids or, for an organisation not in it, the name as written.
    """

    type: str | None = None
    stage: str | None = None
    date: str | None = None  # "" clears the date
    summary: str | None = None
    domains: list[str] | None = None
    china_actors: list[str] | None = None
    russia_actors: list[str] | None = None


@dataclass
class ReviewRow:
    action: str
    status: str
    reviewer: str
    at: datetime
    changes: dict[str, Any] = field(default_factory=dict)
    note: str = ""


def _check(edit: EventEdit) -> None:
    for name, value in (("event_type", edit.type), ("stage", edit.stage)):
        if value is not None and value not in load_vocabulary(name).values:
            raise ReviewError(f"{value!r} is not a {name.replace('_', ' ')}", 422)
    domains = load_vocabulary("domain").values
    for d in edit.domains or []:
        if d not in domains:
            raise ReviewError(f"{d!r} is not a domain", 422)
    if edit.domains is not None and not edit.domains:
        raise ReviewError("an event needs at least one domain", 422)
    if edit.date and not WELL_FORMED.match(edit.date):
        raise ReviewError(f"bad date {edit.date!r}: want YYYY, YYYY-MM or YYYY-MM-DD", 422)
    for side in (edit.china_actors, edit.russia_actors):
        for name in side or []:
            if not name.strip() or len(name) > 300:
                raise ReviewError("an actor needs a name of at most 300 characters", 422)


def _actors(conn: Connection, event_id: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"CN": [], "RU": []}
    for a in conn.execute(select(EventActorModel.side, EventActorModel.actor_id,
                                 EventActorModel.name)
                          .where(EventActorModel.event_id == event_id)
                          .order_by(EventActorModel.side, EventActorModel.position)):
        out.setdefault(a.side, []).append(a.actor_id or a.name)
    return out


def _set_actors(conn: Connection, event_id: str, side: str, names: list[str]) -> None:
    known = dict(conn.execute(select(ActorModel.id, ActorModel.name)
                              .where(ActorModel.id.in_(names))).all()) if names else {}
    conn.execute(delete(EventActorModel).where(EventActorModel.event_id == event_id,
                                               EventActorModel.side == side))
    rows = []
    for i, raw in enumerate(dict.fromkeys(n.strip() for n in names)):
        name = known.get(raw, raw)
        rows.append({"event_id": event_id, "side": side, "position": i,
                     "actor_id": raw if raw in known else None, "name": name,
                     "name_key": fold(name), "mention": "", "resolved": raw in known})
    if rows:
        conn.execute(insert(EventActorModel), rows)


def review_event(engine: Engine, event_id: str, action: str, reviewer: str,
                 edit: EventEdit | None = None, note: str = "") -> ReviewRow:
    """Apply one verdict to an extracted event and record it; returns the history row."""
    if action not in ACTIONS:
        raise ReviewError(f"unknown action {action!r}: use {', '.join(ACTIONS)}", 422)
    if action == "edit":
        if edit is None:
            raise ReviewError("an edit needs the fields to change", 422)
        _check(edit)
    with engine.begin() as conn:
        event = conn.execute(select(EventModel).where(EventModel.id == event_id)).first()
        if event is None:
            raise ReviewError(f"no event {event_id}", 404)
        if event.origin != "extracted":
            raise ReviewError("curated events are verified in the knowledge base, not here", 409)
        with counters.track(conn, [event_id]):
            row = _apply(conn, event, event_id, action, reviewer, edit, note)
    return row


def _apply(conn: Connection, event: Any, event_id: str, action: str, reviewer: str,
           edit: EventEdit | None, note: str) -> ReviewRow:
    changes: dict[str, Any] = {}
    if action == "edit" and edit is not None:
        values: dict[str, Any] = {}
        for name in ("type", "stage", "summary"):
            new = getattr(edit, name)
            if new is not None and new != getattr(event, name):
                values[name] = new
                changes[name] = [getattr(event, name), new]
        if edit.date is not None and (edit.date or None) != event.date:
            values["date"] = edit.date or None
            # the analyst's date is read as stated: it comes from the evidence they read
            values["date_precision"] = precision_of(edit.date or None)
            values["date_basis"] = "stated" if edit.date else "unknown"
            changes["date"] = [event.date, edit.date or None]
        if values:
            conn.execute(update(EventModel).where(EventModel.id == event_id).values(**values))
            if "summary" in values or "date" in values:  # the words; the date key (SQLite)
                search.index_events(conn, [event_id])
        if edit.domains is not None:
            before = list(conn.scalars(select(EventDomainModel.domain)
                                       .where(EventDomainModel.event_id == event_id)
                                       .order_by(EventDomainModel.position)))
            after = list(dict.fromkeys(edit.domains))
            if before != after:
                conn.execute(delete(EventDomainModel)
                             .where(EventDomainModel.event_id == event_id))
                conn.execute(insert(EventDomainModel), [
                    {"event_id": event_id, "domain": d, "position": i}
                    for i, d in enumerate(after)])
                changes["domains"] = [before, after]
        current = _actors(conn, event_id)
        for side, names, key in (("CN", edit.china_actors, "china_actors"),
                                 ("RU", edit.russia_actors, "russia_actors")):
            if names is None:
                continue
            after = list(dict.fromkeys(n.strip() for n in names if n.strip()))
            if after != current.get(side, []):
                _set_actors(conn, event_id, side, after)
                changes[key] = [current.get(side, []), after]
    status = ACTIONS[action]
    conn.execute(update(EventModel).where(EventModel.id == event_id)
                 .values(review_status=status))
    row = ReviewRow(action=action, status=status, reviewer=reviewer, at=utcnow(),
                    changes=changes, note=note[:2000])
    conn.execute(insert(EventReviewModel).values(
        event_id=event_id, action=row.action, status=row.status, reviewer=row.reviewer,
        at=row.at, changes=row.changes, note=row.note))
    return row


def history(conn: Connection, event_id: str) -> list[ReviewRow]:
    """Every verdict on an event, the oldest first."""
    return [ReviewRow(action=r.action, status=r.status, reviewer=r.reviewer, at=r.at,
                      changes=dict(r.changes or {}), note=r.note)
            for r in conn.execute(select(EventReviewModel)
                                  .where(EventReviewModel.event_id == event_id)
                                  .order_by(EventReviewModel.at, EventReviewModel.id))]


def recent(conn: Connection, limit: int = 20) -> list[tuple[str, ReviewRow]]:
    """The latest verdicts across events: (event id, verdict), newest first."""
    return [(r.event_id, ReviewRow(action=r.action, status=r.status, reviewer=r.reviewer,
                                   at=r.at, changes=dict(r.changes or {}), note=r.note))
            for r in conn.execute(select(EventReviewModel)
                                  .order_by(EventReviewModel.at.desc(), EventReviewModel.id.desc())
                                  .limit(limit))]


def pending_count(conn: Connection) -> int:
    """Extracted events awaiting review (every page's menu shows it), from the counters."""
    return counters.by_key(conn, "events").get("extracted|pending", 0)
