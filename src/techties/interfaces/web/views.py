"""What each page shows, computed once for the page and for its JSON twin under the API.

A page renders the value a function here returns; the API returns the same value as JSON,
so the two never disagree.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, is_dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from techties.curation.projects import project_state
from techties.interfaces.web.params import vocab
from techties.interfaces.web.science_views import for_actor
from techties.model.loader import load_vocabulary
from techties.model.partial_dates import PartialDate
from techties.store.read import actors as actor_reads
from techties.store.read import documents as document_reads
from techties.store.read import domains as domain_reads
from techties.store.read import events as event_reads
from techties.store.read import network as network_reads
from techties.store.read import projects as project_reads
from techties.store.read import series as series_reads
from techties.store.read import sources as source_reads
from techties.store.read.actors import ActorProfile
from techties.store.read.documents import DocumentDetail, DocumentFilter
from techties.store.read.events import EventFilter
from techties.store.read.network import NetworkFilter
from techties.store.store import Store

log = logging.getLogger(__name__)
CHANGES_DAYS = 30  # "what is new" on a first visit, before there is a last visit to count from
NETWORK_YEARS = 5  # the network opens on the last five years of events: today's ties


def active_alerts(store: Store) -> list[dict[str, Any]] | None:
    """The analysis capability's active alerts, or None while that capability is absent."""
    try:
        from techties.analysis.alerts import active_alerts as find
    except (ImportError, AttributeError):
        return None
    try:
        found = find(store)
    except Exception:  # an alert rule failing must not take the overview down with it
        log.exception("listing active alerts failed")
        return None
    out: list[dict[str, Any]] = []
    for alert in found or []:
        if is_dataclass(alert) and not isinstance(alert, type):
            out.append(asdict(alert))
        elif isinstance(alert, dict):
            out.append(dict(alert))
        else:
            out.append({"title": str(alert)})
    return out


def overview(store: Store, since: datetime | None = None) -> dict[str, Any]:
    """The overview; `since` (default: CHANGES_DAYS ago) opens it with what is new since then."""
    since = since or datetime.now(UTC) - timedelta(days=CHANGES_DAYS)
    data = series_reads.overview(store, since)
    data["alerts"] = active_alerts(store)
    return data


def events(store: Store, f: EventFilter) -> dict[str, Any]:
    found = event_reads.page(store, f)
    f, rows = found.filter, found.rows
    return {"total": found.total, "total_exact": found.exact, "limit": f.limit, "offset": f.offset,
            "filters": f.active(),
            "sort": f.sort, "order": f.order, "events": rows}


def event(store: Store, event_id: str) -> dict[str, Any] | None:
    detail = event_reads.detail(store, event_id)
    if detail is None:
        return None
    history = event_reads.history(store, event_id)
    return {"event": detail, "history": history}


def document_text(store: Store, document_id: str) -> str | None:
    return document_reads.text(store, document_id)


ACTOR_TIMELINE = 50  # latest events on an actor's page; the rest are a link away


def actor(store: Store, actor_id: str) -> ActorProfile | None:
    """An actor's profile, with its co-publications beside its events."""
    profile = actor_reads.profile(store, actor_id, ACTOR_TIMELINE)
    if profile is not None:
        profile.science = for_actor(store, actor_id)
    return profile


def actors(store: Store, country: str | None, search: str | None, resolved: bool | None,
           limit: int, offset: int) -> dict[str, Any]:
    rows = actor_reads.listing(store, country=country, search=search)
    if resolved is not None:
        rows = [r for r in rows if r.resolved is resolved]
    return {"total": len(rows), "limit": limit, "offset": offset,
            "actors": rows[offset:offset + limit]}


def default_network_start(store: Store) -> str | None:
    """The first year of the network's default window: the latest event's year minus four."""
    latest = event_reads.latest_date(store)
    return str(int(latest[:4]) - NETWORK_YEARS + 1) if latest else None


def network(store: Store, nf: NetworkFilter) -> dict[str, Any]:
    graph = network_reads.network(store, nf)
    filters = {k: v for k, v in asdict(nf).items() if v is not None}
    return {"filters": filters, **graph}


def domains(store: Store) -> list[dict[str, Any]]:
    counts = series_reads.counts_by(store, "domain")
    return [{"value": t.value, "label": t.label, "description": t.description,
             "events": counts.get(t.value, 0)} for t in load_vocabulary("domain").terms]


def domain(store: Store, value: str) -> dict[str, Any] | None:
    if value not in vocab("domain"):
        return None
    term = load_vocabulary("domain").term(value)
    data = domain_reads.profile(store, value)
    return {"label": term.label, "description": term.description, **data}


def documents(store: Store, df: DocumentFilter) -> dict[str, Any]:
    rows, total = document_reads.listing(store, df)
    return {"total": total, "limit": df.limit, "offset": df.offset, "documents": rows}


def document(store: Store, document_id: str) -> DocumentDetail | None:
    return document_reads.detail(store, document_id)


def review_filter(f: EventFilter) -> EventFilter:
    """The review queue: extracted events still pending, with the reader's other filters."""
    f.origin = "extracted"
    f.review_status = "pending"
    return f


def projects(store: Store, today: date | None = None) -> list[dict[str, Any]]:
    """Each project with its event count and its state: latest stage and date, gone quiet."""
    today = today or date.today()
    happenings = project_reads.happenings(store)
    out = []
    for p in project_reads.listing(store):
        state = project_state(happenings.get(p.id, []), today)
        out.append({"id": p.id, "name": p.name, "summary": p.summary, "domains": list(p.domains),
                    "events": len(happenings.get(p.id, [])), "latest_stage": state.stage,
                    "latest_date": state.date, "quiet": state.quiet,
                    "months_quiet": state.months_quiet})
    return out


def project(store: Store, project_id: str) -> dict[str, Any] | None:
    found = [p for p in projects(store) if p["id"] == project_id]
    if not found:
        return None
    rows = event_reads.find(store, EventFilter(project=project_id, sort="date", order="asc",
                                               limit=None))
    return {"project": found[0], "events": rows}


def vocabulary() -> dict[str, list[dict[str, str]]]:
    return {name: [{"value": t.value, "label": t.label, "description": t.description}
                   for t in load_vocabulary(name).terms]
            for name in ("event_type", "stage", "domain")}



def start_of(partial: str) -> datetime:
    """The first moment (UTC) of a cleaned partial date: 2024 → 2024-01-01T00:00Z."""
    found = PartialDate.parse(partial)
    if found is None:
        raise ValueError(f"not a partial date: {partial!r}")
    return datetime(found.year, found.month or 1, found.day or 1, tzinfo=UTC)


def sources(store: Store) -> dict[str, Any]:
    """The sources `techties watch` polls, with their health: failing first, then stale."""
    now = source_reads.utcnow()
    rows = [s.as_dict(now) for s in source_reads.states(store)]
    counts = {h: sum(1 for r in rows if r["health"] == h) for h in source_reads.HEALTH}
    return {"sources": rows, "counts": counts, "checked_at": now.isoformat(timespec="seconds")}
