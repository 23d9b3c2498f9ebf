"""The one record of a stored event, with its provenance, that every read-side shape is
derived from: the events table's `EventRow` (and `EventDetail`), the reports analysis merges
(`MergedEvent` is built from records), an alert's causing events.

`COLUMNS` is the one list of columns an event is read with, and `load_records` the one place
that attaches domains, actors, evidence and sources to the rows read, so that a new fact of
an event is added here once and reaches every shape.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, select

from techties.model.names import actor_key
from techties.store.bulk import any_of
from techties.store.models import (
    DocumentModel,
    EventActorModel,
    EventDomainModel,
    EventModel,
    EventSourceModel,
    EvidenceModel,
)

# Evidence sentences a record carries: enough to read what was said, and what the merge
# and the lead side compare; an event's every sentence, with offsets, is in `EventDetail`.
EVIDENCE_KEPT = 3


@dataclass(frozen=True)
class EventActor:
    """An actor of an event: its knowledge-base id when resolved, else only its name."""

    side: str  # CN or RU
    actor_id: str | None
    name: str

    @property
    def key(self) -> str:
        return actor_key(self.actor_id, self.name)


@dataclass(frozen=True)
class EventSource:
    """A page an event was read from or cites: the document of an extracted event (with its
    title, language and id), or a page a curated event cites (with the curator's kind)."""

    url: str | None
    kind: str | None  # official, state_media … ; None when not known
    publisher: str
    published: str | None = None
    lang: str | None = None
    title: str = ""
    document_id: str | None = None


@dataclass(frozen=True)
class EventRecord:
    """One stored event: what it says (type, stage, date with its precision and basis,
    domains, actors, summary) and where it comes from (its document, the pages it cites,
    its evidence, the curated event it reports, its cluster and review)."""

    id: str
    origin: str  # extracted or curated
    type: str
    stage: str
    date: str | None  # partial: YYYY, YYYY-MM or YYYY-MM-DD
    confidence: float
    summary: str
    document_id: str | None  # None for a curated event
    published: str | None  # the document's own date (extracted events)
    lang: str | None
    project_id: str | None
    curated_id: str | None  # the curated event an extracted one reports
    cluster_id: str | None  # the happening it was merged into (analysis/merging.py)
    review_status: str
    created_at: datetime
    date_precision: str | None = None  # year, month or day
    date_basis: str = "unknown"  # stated, document, dateline or unknown
    document_title: str = ""
    document_url: str | None = None
    domains: tuple[str, ...] = ()
    actors: tuple[EventActor, ...] = ()
    evidence: tuple[str, ...] = ()  # the first EVIDENCE_KEPT sentences (with `details`)
    # the event's document first, then the pages it cites (with `details`)
    sources: tuple[EventSource, ...] = ()

    def actor_ids(self, side: str | None = None) -> set[str]:
        return {a.actor_id for a in self.actors
                if a.actor_id and (side is None or a.side == side)}

    def names(self, side: str) -> list[str]:
        """The names of the event's actors on one side, in their stored order."""
        return [a.name for a in self.actors if a.side == side]


COLUMNS: tuple[Any, ...] = (
    EventModel.id, EventModel.origin, EventModel.type, EventModel.stage, EventModel.date,
    EventModel.confidence, EventModel.summary, EventModel.document_id, DocumentModel.published,
    DocumentModel.lang, EventModel.project_id, EventModel.curated_id, EventModel.cluster_id,
    EventModel.review_status, EventModel.created_at, EventModel.date_precision,
    EventModel.date_basis, DocumentModel.title, DocumentModel.url)


def select_records(*conditions: ColumnElement[bool]) -> Select[Any]:
    """The columns of `COLUMNS` for the events meeting `conditions`, joined to their document."""
    return (select(*COLUMNS).select_from(EventModel)
            .outerjoin(DocumentModel, DocumentModel.id == EventModel.document_id)
            .where(*conditions))


def load_records(conn: Connection, rows: Sequence[Any], *, details: bool = False,
                 every: bool = False) -> list[EventRecord]:
    """Records of the `rows` read with `COLUMNS`, in their order, with their domains and
    actors, and with `details` their evidence and sources. `every`: the rows are the whole
    events table, so the children are read whole rather than looked up by id."""
    ids = [r.id for r in rows]
    wanted = set(ids)

    def children(stmt: Any, column: Any) -> Iterable[Any]:
        if every:
            return conn.execute(stmt)
        return conn.execute(stmt.where(any_of(column, ids))).all() if ids else ()

    domains: dict[str, list[str]] = defaultdict(list)
    for d in children(select(EventDomainModel.event_id, EventDomainModel.domain)
                      .order_by(EventDomainModel.event_id, EventDomainModel.position),
                      EventDomainModel.event_id):
        domains[d.event_id].append(d.domain)
    actors: dict[str, list[EventActor]] = defaultdict(list)
    for a in children(select(EventActorModel.event_id, EventActorModel.side,
                             EventActorModel.actor_id, EventActorModel.name)
                      .order_by(EventActorModel.event_id, EventActorModel.position),
                      EventActorModel.event_id):
        actors[a.event_id].append(EventActor(a.side, a.actor_id, a.name))
    evidence: dict[str, list[str]] = defaultdict(list)
    sources: dict[str, list[EventSource]] = defaultdict(list)
    if details:
        for e in children(select(EvidenceModel.event_id, EvidenceModel.text)
                          .order_by(EvidenceModel.event_id, EvidenceModel.position),
                          EvidenceModel.event_id):
            if len(evidence[e.event_id]) < EVIDENCE_KEPT:
                evidence[e.event_id].append(e.text)
        for s in children(select(EventSourceModel.event_id, EventSourceModel.url,
                                 EventSourceModel.kind, EventSourceModel.publisher,
                                 EventSourceModel.published)
                          .order_by(EventSourceModel.event_id, EventSourceModel.position),
                          EventSourceModel.event_id):
            if s.event_id in wanted:
                sources[s.event_id].append(EventSource(
                    url=s.url, kind=s.kind, publisher=s.publisher, published=s.published))
    return [_record(r, domains[r.id], actors[r.id], evidence[r.id],
                    _document(r, details) + sources[r.id]) for r in rows]


def _document(r: Any, details: bool) -> list[EventSource]:
    """The event's document as its first source (with `details`)."""
    if not details or not r.document_id:
        return []
    return [EventSource(url=r.url, kind=None, publisher="", published=r.published, lang=r.lang,
                        title=r.title or "", document_id=r.document_id)]


def _record(r: Any, domains: list[str], actors: list[EventActor], evidence: list[str],
            sources: list[EventSource]) -> EventRecord:
    return EventRecord(
        id=r.id, origin=r.origin, type=r.type, stage=r.stage, date=r.date,
        confidence=float(r.confidence), summary=r.summary or "", document_id=r.document_id,
        published=r.published, lang=r.lang, project_id=r.project_id, curated_id=r.curated_id,
        cluster_id=r.cluster_id, review_status=r.review_status, created_at=r.created_at,
        date_precision=r.date_precision, date_basis=r.date_basis,
        document_title=r.title or "", document_url=r.url, domains=tuple(domains),
        actors=tuple(actors), evidence=tuple(evidence), sources=tuple(sources))
