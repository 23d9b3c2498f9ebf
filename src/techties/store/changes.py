"""What entered the store since a moment: the overview's answer to "what changed since I
last looked". New means stored since then (created_at, raised_at), whatever the event's
own date: an old happening read today is news to the analyst."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import aliased

from techties.store import queries
from techties.store.models import ActorModel, AlertModel, EventActorModel, EventModel
from techties.store.queries import EventRow

SHOWN = 10  # rows of each kind listed; the counts cover all


def changes_since(conn: Connection, since: datetime) -> dict[str, Any]:
    """Counts and the latest few of the events, actors, CN–RU ties and alerts new since `since`."""
    new_events = int(conn.execute(select(func.count(EventModel.id))
                                  .where(EventModel.created_at >= since)).scalar_one())
    latest: list[EventRow] = []
    if new_events:
        stmt = (queries._events_select(queries.EventQuery(limit=None), *queries._event_columns())
                .where(EventModel.created_at >= since)
                .order_by(EventModel.created_at.desc(), EventModel.date.desc().nulls_last(), EventModel.id)
                .limit(SHOWN))
        latest = queries._event_rows(conn, conn.execute(stmt).all())
    first_seen = (select(EventActorModel.actor_id, func.min(EventModel.created_at).label("first"))
                  .join(EventModel, EventModel.id == EventActorModel.event_id)
                  .where(EventActorModel.actor_id.is_not(None))
                  .group_by(EventActorModel.actor_id).subquery())
    actors = [{"id": r.id, "name": r.name, "country": r.country} for r in conn.execute(
        select(ActorModel.id, ActorModel.name, ActorModel.country)
        .join(first_seen, first_seen.c.actor_id == ActorModel.id)
        .where(first_seen.c.first >= since).order_by(first_seen.c.first.desc(), ActorModel.name))]
    cn, ru = aliased(EventActorModel), aliased(EventActorModel)
    pairs = (select(cn.actor_id.label("cn"), ru.actor_id.label("ru"),
                    func.min(EventModel.created_at).label("first"), func.count().label("events"))
             .select_from(cn).join(ru, ru.event_id == cn.event_id)
             .join(EventModel, EventModel.id == cn.event_id)
             .where(cn.side == "CN", ru.side == "RU", cn.actor_id.is_not(None), ru.actor_id.is_not(None))
             .group_by(cn.actor_id, ru.actor_id).subquery())
    names = dict(conn.execute(select(ActorModel.id, ActorModel.name)).all())
    ties = [{"cn": r.cn, "ru": r.ru, "cn_name": names.get(r.cn, r.cn), "ru_name": names.get(r.ru, r.ru),
             "events": int(r.events)}
            for r in conn.execute(select(pairs).where(pairs.c.first >= since)
                                  .order_by(pairs.c.first.desc(), pairs.c.cn, pairs.c.ru))]
    alerts = [{"id": a.id, "title": a.title, "period": a.period, "rule_id": a.rule_id,
               "domains": list(a.domains or [])}
              for a in conn.execute(select(AlertModel).where(AlertModel.raised_at >= since)
                                    .order_by(AlertModel.raised_at.desc(), AlertModel.period.desc()))]
    return {"since": since.isoformat(timespec="minutes"),
            "counts": {"events": new_events, "actors": len(actors), "ties": len(ties),
                       "alerts": len(alerts)},
            "events": latest, "actors": actors[:SHOWN], "ties": ties[:SHOWN], "alerts": alerts[:SHOWN]}
