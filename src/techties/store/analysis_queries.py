"""Reads and writes of the analysis: the events as reports to merge, cluster ids, alerts
raised with their causing events and deliveries, and watchlist entries.

Plain dataclasses out, like `queries`; one code path for SQLite and PostgreSQL, upserts
through `db.upsert`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, or_, select, text, update

from techties.store.bulk import any_of
from techties.store.db import table_of, upsert
from techties.store.event_record import EventRecord, load_records, select_records
from techties.store.models import (
    ActorModel,
    AlertDeliveryModel,
    AlertEventModel,
    AlertModel,
    EventActorModel,
    EventModel,
    WatchlistEntryModel,
    utcnow,
)

# Batches of ids in an IN (...) list: SQLite allows 32,766 bound parameters, PostgreSQL 65,535.
CHUNK = 5000


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def load_reports(conn: Connection, ids: Sequence[str] | None = None, *,
                 include_rejected: bool = False, details: bool = True) -> list[EventRecord]:
    """The events with `ids` (every event when None), with domains, actors and (with
    `details`) evidence and sources, ordered by id. Events an analyst rejected are left out
    unless asked for."""
    stmt = select_records(*([] if include_rejected else [EventModel.review_status != "rejected"]))
    if ids is None:
        rows = list(conn.execute(stmt.order_by(EventModel.id)).all())
    else:  # .all(): one fetchall, where iterating fetches row by row
        rows = sorted(conn.execute(stmt.where(any_of(EventModel.id, ids))).all(),
                      key=lambda r: r.id)
    return load_records(conn, rows, details=details, every=ids is None)


def neighbour_ids(conn: Connection, actor_ids: Iterable[str], curated_ids: Iterable[str],
                  cluster_ids: Iterable[str],
                  ranges: Sequence[tuple[str, str]] | None = None) -> list[str]:
    """Ids of the events that name one of `actor_ids`, report one of `curated_ids` (or are
    one), or belong to one of `cluster_ids`: the events a new report may merge with.

    `ranges` (inclusive (low, high) pairs of partial dates compared as text) keeps, of the
    events found by actor, those whose stored date falls in one, those
    dated to one of the ranges' years only, and those with no date at all."""
    found: set[str] = set()
    date_ok: Any = None
    if ranges:
        when = EventModel.date
        years = sorted({low[:4] for low, _ in ranges} | {high[:4] for _, high in ranges})
        date_ok = or_(when.is_(None), when.in_(years),
                      *[when.between(low, high) for low, high in ranges])
    actor_list = set(actor_ids)
    if actor_list:
        stmt = (select(EventActorModel.event_id)
                .join(EventModel, EventModel.id == EventActorModel.event_id)
                .where(any_of(EventActorModel.actor_id, actor_list)))
        if date_ok is not None:
            stmt = stmt.where(date_ok)
        found.update(conn.scalars(stmt).all())
    curated = set(curated_ids)
    if curated:
        found.update(conn.scalars(select(EventModel.id).where(
            or_(any_of(EventModel.curated_id, curated), any_of(EventModel.id, curated)))).all())
    clusters = set(cluster_ids)
    if clusters:
        found.update(conn.scalars(select(EventModel.id).where(any_of(EventModel.cluster_id, clusters))).all())
    return sorted(found)


def neighbours_in_windows(conn: Connection, windows: Sequence[tuple[str, str, str]]) -> set[str]:
    """Ids of the events that name an actor in one of its (actor id, low, high) windows:
    dated inside it (partial dates compared as text), dated to its first year only, or not
    dated. One query for many actors and windows at once (ingest's batch merge); the windows
    travel as one JSON or array value each, so the statement's text never changes."""
    rows = sorted(set(windows))
    if not rows:
        return set()
    if conn.dialect.name == "postgresql":
        table = ("unnest(CAST(:a AS text[]), CAST(:l AS text[]), CAST(:h AS text[]), CAST(:y AS text[])) "
                 "AS windows (actor_id, low, high, year)")
        params: dict[str, Any] = {"a": [r[0] for r in rows], "l": [r[1] for r in rows],
                                  "h": [r[2] for r in rows], "y": [r[1][:4] for r in rows]}
    else:
        table = ("(SELECT json_extract(value, '$[0]') AS actor_id, json_extract(value, '$[1]') AS low, "
                 "json_extract(value, '$[2]') AS high, substr(json_extract(value, '$[1]'), 1, 4) AS year "
                 "FROM json_each(:w)) AS windows")
        params = {"w": json.dumps(rows, ensure_ascii=False)}
    return set(conn.scalars(text(
        "SELECT DISTINCT event_actors.event_id FROM " + table + " "
        "JOIN event_actors ON windows.actor_id = event_actors.actor_id "
        "JOIN events ON events.id = event_actors.event_id "
        "WHERE events.date IS NULL OR events.date = windows.year "
        "OR events.date BETWEEN windows.low AND windows.high"), params).all())


def cluster_ids_of(conn: Connection, ids: Sequence[str]) -> set[str]:
    """The cluster ids the events with `ids` belong to."""
    if not ids:
        return set()
    return {c for c in conn.scalars(select(EventModel.cluster_id).where(any_of(EventModel.id, ids))).all() if c}


def set_clusters(conn: Connection, clusters: dict[str, str]) -> int:
    """Write `cluster_id` for each event id given; returns how many rows changed."""
    changed = 0
    by_cluster: dict[str, list[str]] = defaultdict(list)
    for event_id, cluster_id in clusters.items():
        by_cluster[cluster_id].append(event_id)
    for cluster_id, members in by_cluster.items():
        for chunk in _chunks(members):
            result = conn.execute(update(EventModel)
                                  .where(any_of(EventModel.id, chunk),
                                         or_(EventModel.cluster_id.is_(None),
                                             EventModel.cluster_id != cluster_id))
                                  .values(cluster_id=cluster_id))
            changed += result.rowcount or 0
    return changed


def defence_linked_actors(conn: Connection) -> set[str]:
    return set(conn.scalars(select(ActorModel.id).where(ActorModel.defence_linked.is_(True))))


def actor_names(conn: Connection) -> dict[str, list[str]]:
    """Every written form of each knowledge-base actor: name, acronyms, aliases."""
    out: dict[str, list[str]] = {}
    for a in conn.execute(select(ActorModel.id, ActorModel.name, ActorModel.acronyms,
                                 ActorModel.aliases)):
        names = [a.name, *(a.acronyms or [])]
        for values in (a.aliases or {}).values():
            names.extend(values)
        out[a.id] = names
    return out


# -- alerts ---------------------------------------------------------------------------


@dataclass
class AlertRow:
    """An alert as stored, with the ids of the events that caused it."""

    id: str
    rule_id: str
    kind: str
    subject: str
    period: str
    title: str
    explanation: str
    score: float | None
    domains: list[str]
    details: dict[str, Any]
    status: str
    raised_at: datetime
    event_ids: list[str] = field(default_factory=list)


def insert_alerts(engine: Engine, alerts: Sequence[dict[str, Any]]) -> list[str]:
    """Store alerts not stored yet (by id) with their causing events; returns the new ids.

    Each dict holds the columns of `alerts` plus `event_ids`. An alert already stored is
    left untouched: an alert is raised once."""
    if not alerts:
        return []
    with engine.begin() as conn:
        known: set[str] = set()
        ids = [a["id"] for a in alerts]
        for chunk in _chunks(ids):
            known.update(conn.scalars(select(AlertModel.id).where(AlertModel.id.in_(chunk))))
        fresh = [a for a in alerts if a["id"] not in known]
        fresh = list({a["id"]: a for a in fresh}.values())
        if not fresh:
            return []
        now = utcnow()
        conn.execute(insert(AlertModel), [{
            "id": a["id"], "rule_id": a["rule_id"], "kind": a["kind"], "subject": a["subject"],
            "period": a["period"], "title": a["title"], "explanation": a["explanation"],
            "score": a.get("score"), "domains": list(a.get("domains") or []),
            "details": dict(a.get("details") or {}), "status": "open", "raised_at": now,
        } for a in fresh])
        links = [{"alert_id": a["id"], "event_id": event_id, "position": i}
                 for a in fresh for i, event_id in enumerate(dict.fromkeys(a["event_ids"]))]
        if links:
            conn.execute(insert(AlertEventModel), links)
    return [a["id"] for a in fresh]


def list_alerts(conn: Connection, *, since: str | None = None, until: str | None = None,
                rule_id: str | None = None, status: str | None = None,
                ids: Sequence[str] | None = None, domain: str | None = None,
                limit: int | None = None) -> list[AlertRow]:
    """Stored alerts, the latest period first; `since`/`until` are YYYY-MM bounds."""
    stmt = select(AlertModel)
    if since:
        stmt = stmt.where(AlertModel.period >= since[:7])
    if until:  # a year bound runs to its December
        stmt = stmt.where(AlertModel.period <= (until[:7] if len(until) > 4 else f"{until}-12"))
    if rule_id:
        stmt = stmt.where(AlertModel.rule_id == rule_id)
    if status:
        stmt = stmt.where(AlertModel.status == status)
    if ids is not None:
        stmt = stmt.where(AlertModel.id.in_(list(ids)))
    stmt = stmt.order_by(AlertModel.period.desc(), AlertModel.raised_at.desc(), AlertModel.id)
    rows = [AlertRow(id=a.id, rule_id=a.rule_id, kind=a.kind, subject=a.subject, period=a.period,
                     title=a.title, explanation=a.explanation, score=a.score,
                     domains=list(a.domains or []), details=dict(a.details or {}),
                     status=a.status, raised_at=a.raised_at)
            for a in conn.execute(stmt)]
    if domain:
        rows = [r for r in rows if domain in r.domains]
    if limit is not None:
        rows = rows[:limit]
    by_id = {r.id: r for r in rows}
    for chunk in _chunks(list(by_id)):
        for link in conn.execute(select(AlertEventModel.alert_id, AlertEventModel.event_id)
                                 .where(AlertEventModel.alert_id.in_(chunk))
                                 .order_by(AlertEventModel.alert_id, AlertEventModel.position)):
            by_id[link.alert_id].event_ids.append(link.event_id)
    return rows


def set_alert_status(engine: Engine, alert_id: str, status: str) -> bool:
    with engine.begin() as conn:
        result = conn.execute(update(AlertModel).where(AlertModel.id == alert_id)
                              .values(status=status))
    return bool(result.rowcount)


def delivered(conn: Connection, channel: str, target: str) -> set[str]:
    """Ids of the alerts already sent over `channel` to `target`."""
    return set(conn.scalars(select(AlertDeliveryModel.alert_id).where(
        AlertDeliveryModel.channel == channel, AlertDeliveryModel.target == target,
        AlertDeliveryModel.status == "sent")))


def failed_deliveries(conn: Connection, channel: str, target: str) -> list[str]:
    """Ids of the alerts whose last try over `channel` to `target` failed."""
    return list(conn.scalars(select(AlertDeliveryModel.alert_id).where(
        AlertDeliveryModel.channel == channel, AlertDeliveryModel.target == target,
        AlertDeliveryModel.status == "failed").order_by(AlertDeliveryModel.id)))


def record_deliveries(engine: Engine, alert_ids: Sequence[str], channel: str, target: str,
                      status: str, error: str = "") -> None:
    """Remember a delivery (or a failed try) of each alert; a later try overwrites it."""
    if not alert_ids:
        return
    now = utcnow()
    stmt = upsert(engine, table_of(AlertDeliveryModel))
    stmt = stmt.on_conflict_do_update(
        index_elements=["alert_id", "channel", "target"],
        set_={"status": stmt.excluded.status, "error": stmt.excluded.error, "at": stmt.excluded.at})
    with engine.begin() as conn:
        conn.execute(stmt, [{"alert_id": a, "channel": channel, "target": target,
                             "status": status, "error": error[:2000], "at": now}
                            for a in alert_ids])


def count_alerts(conn: Connection) -> int:
    return int(conn.execute(select(func.count(AlertModel.id))).scalar_one())


# -- watchlists -----------------------------------------------------------------------


@dataclass
class WatchlistEntryRow:
    id: str
    list_name: str
    source_format: str
    entity_id: str
    name: str
    aliases: list[str]
    countries: list[str]
    programs: list[str]
    entity_schema: str
    url: str | None
    listed: str | None


def replace_watchlist(engine: Engine, list_name: str, entries: Sequence[dict[str, Any]]) -> int:
    """Replace the entries of one list by `entries` (an import is the list as published now)."""
    now = utcnow()
    rows = list({e["id"]: {**e, "list_name": list_name, "imported_at": now} for e in entries}
                .values())
    with engine.begin() as conn:
        conn.execute(delete(WatchlistEntryModel).where(WatchlistEntryModel.list_name == list_name))
        for start in range(0, len(rows), 1000):
            conn.execute(insert(WatchlistEntryModel), rows[start:start + 1000])
    return len(rows)


def add_watchlist_entries(engine: Engine, list_name: str, entries: Sequence[dict[str, Any]]) -> int:
    """Add (or update by id) entries of a user list; returns how many were given."""
    if not entries:
        return 0
    now = utcnow()
    rows = [{**e, "list_name": list_name, "imported_at": now} for e in entries]
    stmt = upsert(engine, table_of(WatchlistEntryModel))
    stmt = stmt.on_conflict_do_update(index_elements=["id"], set_={
        c: stmt.excluded[c] for c in rows[0] if c != "id"})
    with engine.begin() as conn:
        conn.execute(stmt, rows)
    return len(rows)


def list_watchlist(conn: Connection, list_name: str | None = None) -> list[WatchlistEntryRow]:
    stmt = select(WatchlistEntryModel).order_by(WatchlistEntryModel.list_name,
                                                WatchlistEntryModel.name)
    if list_name:
        stmt = stmt.where(WatchlistEntryModel.list_name == list_name)
    return [WatchlistEntryRow(
        id=w.id, list_name=w.list_name, source_format=w.source_format, entity_id=w.entity_id,
        name=w.name, aliases=list(w.aliases or []), countries=list(w.countries or []),
        programs=list(w.programs or []), entity_schema=w.entity_schema, url=w.url,
        listed=w.listed) for w in conn.execute(stmt)]


def watchlist_counts(conn: Connection) -> dict[str, int]:
    return dict(conn.execute(select(WatchlistEntryModel.list_name,
                                    func.count(WatchlistEntryModel.id))
                             .group_by(WatchlistEntryModel.list_name)
                             .order_by(WatchlistEntryModel.list_name)).all())
