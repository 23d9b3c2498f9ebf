"""What entered the store since a moment: the overview's answer to "what changed since I
last looked". New means stored since then (created_at, raised_at), whatever the event's
own date: an old happening read today is news to the analyst."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select, tuple_
from sqlalchemy.orm import aliased

from techties.store import queries
from techties.store.event_record import select_records
from techties.store.models import (
    ActorModel,
    AlertModel,
    EventActorModel,
    EventModel,
    PairTotalModel,
)
from techties.store.queries import EventRow

SHOWN = 10  # rows of each kind listed; the counts cover all


def changes_since(conn: Connection, since: datetime) -> dict[str, Any]:
    """Counts and the latest few of the events, actors, CN–RU ties and alerts new since `since`."""
    new_events = int(conn.execute(select(func.count(EventModel.id))
                                  .where(EventModel.created_at >= since)).scalar_one())
    latest: list[EventRow] = []
    if new_events:
        stmt = (select_records(EventModel.created_at >= since)
                .order_by(EventModel.created_at.desc(), EventModel.date.desc().nulls_last(), EventModel.id)
                .limit(SHOWN))
        latest = queries.event_rows(conn, conn.execute(stmt).all())
    actors, ties = _new_actors(conn, since), _new_ties(conn, since)
    alerts = [{"id": a.id, "title": a.title, "period": a.period, "rule_id": a.rule_id,
               "domains": list(a.domains or [])}
              for a in conn.execute(select(AlertModel).where(AlertModel.raised_at >= since)
                                    .order_by(AlertModel.raised_at.desc(), AlertModel.period.desc()))]
    return {"since": since.isoformat(timespec="minutes"),
            "counts": {"events": new_events, "actors": len(actors), "ties": len(ties),
                       "alerts": len(alerts)},
            "events": latest, "actors": actors[:SHOWN], "ties": ties[:SHOWN], "alerts": alerts[:SHOWN]}


def _new_rows(since: datetime) -> Any:
    """The actor rows of the events stored since `since` (read through the created_at index),
    with when each event was stored."""
    return (select(EventActorModel.event_id, EventActorModel.side, EventActorModel.actor_id,
                   EventModel.created_at)
            .join(EventModel, EventModel.id == EventActorModel.event_id)
            .where(EventModel.created_at >= since, EventActorModel.actor_id.is_not(None)))


def _stored_before(since: datetime, *conditions: Any) -> Any:
    return (select(EventActorModel.event_id)
            .join(EventModel, EventModel.id == EventActorModel.event_id)
            .where(EventModel.created_at < since, *conditions).exists())


def _new_actors(conn: Connection, since: datetime) -> list[dict[str, Any]]:
    """Actors first seen since `since`: in a new event and in no event stored before (each
    looked for among the few actors of the new events, not by a pass over every event)."""
    first: dict[str, datetime] = {}
    for row in conn.execute(_new_rows(since)):
        if row.actor_id not in first or row.created_at < first[row.actor_id]:
            first[row.actor_id] = row.created_at
    new = [a for a in first
           if not conn.execute(select(_stored_before(since, EventActorModel.actor_id == a))).scalar()]
    rows = {r.id: r for r in conn.execute(select(ActorModel.id, ActorModel.name, ActorModel.country)
                                          .where(ActorModel.id.in_(new)))} if new else {}
    return [{"id": r.id, "name": r.name, "country": r.country}
            for r in sorted(rows.values(), key=lambda r: (-first[r.id].timestamp(), r.name))]


def _new_ties(conn: Connection, since: datetime) -> list[dict[str, Any]]:
    """Chinese–Russian pairs of actors first linked since `since`, with the events they
    share in all (pair_totals)."""
    sides: dict[str, dict[str, set[str]]] = {}
    stamps: dict[str, datetime] = {}
    for row in conn.execute(_new_rows(since)):
        sides.setdefault(row.event_id, {}).setdefault(row.side, set()).add(row.actor_id)
        stamps[row.event_id] = row.created_at
    first: dict[tuple[str, str], datetime] = {}
    for event_id, by_side in sides.items():
        for cn in by_side.get("CN", ()):
            for ru in by_side.get("RU", ()):
                if (cn, ru) not in first or stamps[event_id] < first[cn, ru]:
                    first[cn, ru] = stamps[event_id]
    other = aliased(EventActorModel)
    new = []
    for cn, ru in first:
        older = (select(EventActorModel.event_id)
                 .join(other, other.event_id == EventActorModel.event_id)
                 .join(EventModel, EventModel.id == EventActorModel.event_id)
                 .where(EventActorModel.actor_id == cn, EventActorModel.side == "CN",
                        other.actor_id == ru, other.side == "RU", EventModel.created_at < since)
                 .exists())
        if not conn.execute(select(older)).scalar():
            new.append((cn, ru))
    if not new:
        return []
    names = dict(conn.execute(select(ActorModel.id, ActorModel.name)
                              .where(ActorModel.id.in_({a for pair in new for a in pair}))).all())
    shared = {(r.cn, r.ru): int(r.n) for r in conn.execute(
        select(PairTotalModel.cn, PairTotalModel.ru, PairTotalModel.n)
        .where(tuple_(PairTotalModel.cn, PairTotalModel.ru).in_(new)))}
    new.sort(key=lambda p: (-first[p].timestamp(), p[0], p[1]))
    return [{"cn": cn, "ru": ru, "cn_name": names.get(cn, cn), "ru_name": names.get(ru, ru),
             "events": shared.get((cn, ru), 0)} for cn, ru in new]
