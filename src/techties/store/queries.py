"""Read queries of the store, returning plain dataclasses that outlive the connection.

Callers (CLI, API, web, exports) see only these dataclasses, never ORM objects, so
they need no session and behave the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    func,
    or_,
    select,
)

from techties.model.names import fold
from techties.store.event_record import EventRecord, EventSource, load_records, select_records
from techties.store.models import (
    ActorModel,
    DocumentModel,
    DocumentSourceModel,
    EventActorModel,
    EventDomainModel,
    EventModel,
    EventSourceModel,
    EvidenceModel,
    IngestFailureModel,
    ProjectModel,
)

SIDES = {"CN": "china_actors", "RU": "russia_actors"}


@dataclass
class EventRow:
    """One event with its domains, the names of its actors per side, and its document: the
    events table's flat view of an `EventRecord` (`EventRow.of`), as the CLI, the API, the
    dashboard and the exports show it."""

    id: str
    type: str
    stage: str
    date: str | None
    confidence: float
    summary: str
    origin: str
    domains: list[str]
    china_actors: list[str]
    russia_actors: list[str]
    document_id: str | None  # None for a curated event
    document_title: str
    document_url: str | None
    lang: str | None
    published: str | None
    created_at: datetime
    project_id: str | None = None
    curated_id: str | None = None
    review_status: str = "pending"
    date_precision: str | None = None  # year, month or day
    date_basis: str = "unknown"  # stated, document, dateline or unknown

    @classmethod
    def of(cls, r: EventRecord) -> EventRow:
        return cls(
            # two decimals: 0.80, not 0.7999999999999999, wherever a row is shown or exported
            id=r.id, type=r.type, stage=r.stage, date=r.date, confidence=round(r.confidence, 2),
            summary=r.summary, origin=r.origin, domains=list(r.domains),
            china_actors=r.names("CN"), russia_actors=r.names("RU"), document_id=r.document_id,
            document_title=r.document_title, document_url=r.document_url, lang=r.lang,
            published=r.published, created_at=r.created_at, project_id=r.project_id,
            curated_id=r.curated_id, review_status=r.review_status,
            date_precision=r.date_precision, date_basis=r.date_basis)


@dataclass
class EventActorRow:
    """An actor of an event as stored: resolved to the knowledge base (`actor_id`) or not."""

    side: str
    name: str
    actor_id: str | None
    mention: str
    resolved: bool


@dataclass
class EvidenceRow:
    text: str
    start: int
    end: int
    document_id: str


@dataclass
class SourceRow:
    """Where an event's document was read: one row per source item of the document itself
    (`duplicate_kind` None) and of each document linked to it as an exact or near duplicate."""

    document_id: str
    url: str | None
    title: str
    published: str | None
    lang: str | None
    duplicate_kind: str | None
    source: str | None
    locator: str | None
    key: str | None
    ingested_at: datetime | None


@dataclass
class ProjectRow:
    id: str
    name: str
    summary: str
    domains: list[str]


@dataclass
class EventDetail(EventRow):
    """An event with its actors, evidence sentences and every source it was seen in.

    `sources` are the documents it was read from; `cited` the public pages a curated event
    cites (the record's `EventSource`, with the curator's kind of source); `reports` the
    extracted events linked to a curated one.
    """

    actors: list[EventActorRow] = field(default_factory=list)
    evidence: list[EvidenceRow] = field(default_factory=list)
    sources: list[SourceRow] = field(default_factory=list)
    cited: list[EventSource] = field(default_factory=list)
    project: ProjectRow | None = None
    reports: list[EventRow] = field(default_factory=list)
    # a curated event's note on official accounts that differ (None: none recorded)
    accounts_differ: str | None = None


@dataclass
class ActorRow:
    """An actor with its number of events; unresolved names have no id and no kind."""

    id: str | None
    name: str
    country: str
    kind: str | None
    flags: list[str]
    wikidata: str | None
    events: int
    resolved: bool


@dataclass
class DocumentRow:
    id: str
    url: str | None
    title: str
    published: str | None
    lang: str | None
    source_kind: str
    content_hash: str
    duplicate_of: str | None
    duplicate_kind: str | None
    relevant: bool
    events: int
    sources: int
    ingested_at: datetime


@dataclass
class FailureRow:
    key: str
    source: str
    message: str
    at: datetime


def event_rows(conn: Connection, rows: Sequence[Any]) -> list[EventRow]:
    """The table rows of `rows` read with `event_record.COLUMNS`."""
    return [EventRow.of(r) for r in load_records(conn, rows)]


def _sources(conn: Connection, document_id: str) -> list[SourceRow]:
    documents = list(conn.execute(
        select(DocumentModel.id, DocumentModel.url, DocumentModel.title, DocumentModel.published,
               DocumentModel.lang, DocumentModel.duplicate_kind, DocumentModel.duplicate_of)
        .where(or_(DocumentModel.id == document_id, DocumentModel.duplicate_of == document_id))
        .order_by(DocumentModel.ingested_at, DocumentModel.id)))
    # The event's own document first, then its duplicates in the order they arrived.
    documents.sort(key=lambda d: d.id != document_id)
    provenance: dict[str, list[Any]] = defaultdict(list)
    for p in conn.execute(select(DocumentSourceModel)
                          .where(DocumentSourceModel.document_id.in_([d.id for d in documents]))
                          .order_by(DocumentSourceModel.ingested_at, DocumentSourceModel.id)):
        provenance[p.document_id].append(p)
    out = []
    for d in documents:
        kind = None if d.id == document_id else d.duplicate_kind
        for p in provenance[d.id] or [None]:
            out.append(SourceRow(
                document_id=d.id, url=d.url, title=d.title, published=d.published, lang=d.lang,
                duplicate_kind=kind, source=p.source if p else None,
                locator=p.locator if p else None, key=p.key if p else None,
                ingested_at=p.ingested_at if p else None))
    return out


def get_event(conn: Connection, event_id: str) -> EventDetail | None:
    """One event with its actors, evidence and sources, or None when there is no such id."""
    row = conn.execute(select_records(EventModel.id == event_id)).one_or_none()
    if row is None:
        return None
    base = event_rows(conn, [row])[0]
    actors = [EventActorRow(side=a.side, name=a.name, actor_id=a.actor_id, mention=a.mention,
                            resolved=a.resolved)
              for a in conn.execute(select(EventActorModel)
                                    .where(EventActorModel.event_id == event_id)
                                    .order_by(EventActorModel.position))]
    evidence = [EvidenceRow(text=e.text, start=e.start, end=e.end, document_id=e.document_id)
                for e in conn.execute(select(EvidenceModel)
                                      .where(EvidenceModel.event_id == event_id)
                                      .order_by(EvidenceModel.position))]
    cited = [EventSource(url=c.url, kind=c.kind, publisher=c.publisher, published=c.published)
             for c in conn.execute(select(EventSourceModel)
                                   .where(EventSourceModel.event_id == event_id)
                                   .order_by(EventSourceModel.position))]
    project = None
    if base.project_id:
        p = conn.execute(select(ProjectModel).where(ProjectModel.id == base.project_id)).first()
        if p is not None:
            project = ProjectRow(id=p.id, name=p.name, summary=p.summary, domains=list(p.domains))
    reports = []
    if base.origin == "curated":
        reports = event_rows(conn, conn.execute(
            select_records(EventModel.curated_id == event_id)
            .order_by(EventModel.date.desc().nulls_last(), EventModel.id)).all())
    differ = conn.execute(select(EventModel.accounts_differ)
                          .where(EventModel.id == event_id)).scalar_one_or_none()
    return EventDetail(**vars(base), actors=actors, evidence=evidence,
                       sources=_sources(conn, base.document_id) if base.document_id else [],
                       cited=cited, project=project, reports=reports, accounts_differ=differ)


def actor_matches(actor: Any, term: str) -> bool:
    """Whether part of a knowledge-base actor's id, name, acronyms or aliases is `term` (folded)."""
    names: Iterable[str] = [actor.id, actor.name, *actor.acronyms,
                            *(n for names in actor.aliases.values() for n in names)]
    return any(term in fold(n) for n in names)


def list_actors(conn: Connection, country: str | None = None,
                search: str | None = None) -> list[ActorRow]:
    """Knowledge-base actors and unresolved names with their event counts, most events first.

    `search` matches part of an actor's id, name, acronyms or aliases in any language, or
    part of an unresolved name, ignoring case.
    """
    counts = dict(conn.execute(
        select(EventActorModel.actor_id, func.count(func.distinct(EventActorModel.event_id)))
        .where(EventActorModel.actor_id.is_not(None))
        .group_by(EventActorModel.actor_id)).all())
    stmt = select(ActorModel)
    if country:
        stmt = stmt.where(ActorModel.country == country)
    term = fold(search) if search else None
    rows = [ActorRow(id=a.id, name=a.name, country=a.country, kind=a.kind, flags=list(a.flags),
                     wikidata=a.wikidata, events=counts.get(a.id, 0), resolved=True)
            for a in conn.execute(stmt) if term is None or actor_matches(a, term)]
    unresolved = (select(EventActorModel.name, EventActorModel.side,
                         func.count(func.distinct(EventActorModel.event_id)).label("events"))
                  .where(EventActorModel.actor_id.is_(None))
                  .group_by(EventActorModel.name, EventActorModel.side))
    if country:
        unresolved = unresolved.where(EventActorModel.side == country)
    if term:
        unresolved = unresolved.where(EventActorModel.name_key.contains(term, autoescape=True))
    rows.extend(ActorRow(id=None, name=u.name, country=u.side, kind=None, flags=[],
                         wikidata=None, events=u.events, resolved=False)
                for u in conn.execute(unresolved))
    rows.sort(key=lambda r: (-r.events, fold(r.name), r.id or ""))
    return rows


def list_documents(conn: Connection, limit: int = 100, offset: int = 0) -> list[DocumentRow]:
    """Documents, the most recently ingested first, with their event and source counts."""
    n_events = (select(func.count(EventModel.id))
                .where(EventModel.document_id == DocumentModel.id).scalar_subquery())
    n_sources = (select(func.count(DocumentSourceModel.id))
                 .where(DocumentSourceModel.document_id == DocumentModel.id).scalar_subquery())
    stmt = (select(DocumentModel.id, DocumentModel.url, DocumentModel.title,
                   DocumentModel.published, DocumentModel.lang, DocumentModel.source_kind,
                   DocumentModel.content_hash, DocumentModel.duplicate_of,
                   DocumentModel.duplicate_kind, DocumentModel.relevant,
                   DocumentModel.ingested_at, n_events.label("events"),
                   n_sources.label("sources"))
            .order_by(DocumentModel.ingested_at.desc(), DocumentModel.id)
            .limit(max(limit, 0)).offset(max(offset, 0)))
    return [DocumentRow(**r._asdict()) for r in conn.execute(stmt)]


def list_failures(conn: Connection, limit: int = 100, offset: int = 0) -> list[FailureRow]:
    """Recorded ingest failures, the newest first."""
    stmt = (select(IngestFailureModel.key, IngestFailureModel.source, IngestFailureModel.message,
                   IngestFailureModel.at)
            .order_by(IngestFailureModel.at.desc(), IngestFailureModel.id.desc())
            .limit(max(limit, 0)).offset(max(offset, 0)))
    return [FailureRow(**r._asdict()) for r in conn.execute(stmt)]


def _counts(conn: Connection, column: Any) -> dict[str, int]:
    rows = conn.execute(select(column, func.count()).group_by(column)).all()
    named = [("unknown" if k is None else str(k), n) for k, n in rows]
    return dict(sorted(named, key=lambda kv: (-kv[1], kv[0])))


def compute_stats(conn: Connection) -> dict[str, Any]:
    """Totals of documents, duplicates, relevant documents and events, and event counts by
    type, stage and domain (largest first)."""

    def count(stmt: Select[Any]) -> int:
        return int(conn.execute(stmt).scalar_one())

    docs = select(func.count(DocumentModel.id))
    return {
        "documents": count(docs),
        "duplicates": count(docs.where(DocumentModel.duplicate_of.is_not(None))),
        "exact_duplicates": count(docs.where(DocumentModel.duplicate_kind == "exact")),
        "near_duplicates": count(docs.where(DocumentModel.duplicate_kind == "near")),
        "relevant": count(docs.where(DocumentModel.relevant.is_(True))),
        "sources": count(select(func.count(DocumentSourceModel.id))),
        "events": count(select(func.count(EventModel.id))),
        "actors": count(select(func.count(ActorModel.id))),
        "failures": count(select(func.count(IngestFailureModel.id))),
        "by_type": _counts(conn, EventModel.type),
        "by_stage": _counts(conn, EventModel.stage),
        "by_domain": _counts(conn, EventDomainModel.domain),
        "by_origin": _counts(conn, EventModel.origin),
        "by_lang": _counts(conn, DocumentModel.lang),
    }
