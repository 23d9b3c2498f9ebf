"""The store: documents, their provenance, events and actors in SQLite or PostgreSQL.

One code path for both databases (nomenklatura style): Core statements, upserts chosen
by dialect in `db.upsert`, the schema kept by Alembic and brought to head on open.
Writes are idempotent because every id is a content id: saving the same document and
events again adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Update, and_, bindparam, delete, insert, select
from sqlalchemy.engine import make_url

from techties import settings
from techties.exceptions import RunAbort
from techties.model.curated import CuratedEvent, Project
from techties.model.loader import Actor
from techties.model.names import fold
from techties.model.partial_dates import precision_of
from techties.records import ActorRef, Document, Event
from techties.store import counters, event_filter, queries, search
from techties.store.bulk import any_of, insert_rows, upsert_rows
from techties.store.db import database_errors, make_engine, migrate, table_of, upsert
from techties.store.event_filter import EventFilter
from techties.store.locks import ingest_lock
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
    utcnow,
)
from techties.store.queries import (
    ActorRow,
    DocumentRow,
    EventDetail,
    EventRow,
    FailureRow,
    ProjectRow,
)

ORIGINS = ("extracted", "curated")
# What a re-saved event may change; its origin and creation time stay as first saved.
EVENT_UPDATES = ("document_id", "type", "stage", "date", "date_precision", "date_basis", "confidence",
                 "summary")
# An analyst's verdict outlives re-extraction: events in these review states keep the
# analyst's type, stage, date, domains and actors when the same event is saved again.
REVIEWED = ("accepted", "edited", "rejected")
_NOT_REVIEWED = " AND ".join(f"{{table}}.review_status != '{status}'" for status in REVIEWED)


@dataclass
class DocumentToSave:
    """One document of a batch, as `Store.save_documents` takes it."""

    doc: Document
    key: str
    events: list[Event] = field(default_factory=list)
    relevant: bool = False
    signature: bytes | None = None
    curated_links: dict[str, str] = field(default_factory=dict)


def _set_by_id(column: str) -> Update:
    """One UPDATE of an event column, run for many (event_id, value) rows at once."""
    return (table_of(EventModel).update().where(EventModel.id == bindparam("event_id"))
            .values({column: bindparam("value")}))


def _ensure_sqlite_folder(url: str) -> None:
    """A SQLite file in a folder that does not exist is a mistyped path, not a new empty store."""
    parsed = make_url(url)
    database = parsed.database
    if parsed.get_backend_name() == "sqlite" and database and database != ":memory:" \
            and not database.startswith("file:"):
        folder = Path(database).expanduser().parent
        if not folder.is_dir():
            raise RunAbort(f"no folder {folder} for the database {database}; create it first")


def database_label(url: str) -> str:
    """A database as a user reads it: a SQLite URL as its file's path, any other URL
    without its password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        return parsed.database
    return parsed.render_as_string(hide_password=True)


class Store:
    """A database of documents and events, migrated to the newest schema when opened."""

    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        self._last_stamp: datetime | None = None
        try:
            migrate(self.engine)
        except Exception:
            self.engine.dispose()
            raise

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        """The store at `url` (a URL or a SQLite file's path), else TECHTIES_DB, else the default
        SQLite file (settings.database_url)."""
        resolved = settings.database_url(url)
        _ensure_sqlite_folder(resolved)
        return cls(resolved)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Store {make_url(self.url).render_as_string(hide_password=True)}>"

    # -- writes -----------------------------------------------------------------------

    def _stamp(self) -> datetime:
        """Now, but always after the last stamp given: documents saved in one batch keep
        their input order in time, as when each was saved in a transaction of its own."""
        now = utcnow()
        if self._last_stamp is not None and now <= self._last_stamp:
            now = self._last_stamp + timedelta(microseconds=1)
        self._last_stamp = now
        return now

    def sync_actors(self, actors: Iterable[Actor]) -> int:
        """Insert or update the knowledge-base actors; returns how many were given."""
        rows = [{
            "id": a.id, "name": a.name, "country": a.country, "kind": a.kind,
            "wikidata": a.wikidata, "parent": a.parent, "flags": list(a.flags),
            "aliases": {lang: list(names) for lang, names in a.aliases.items()},
            "acronyms": list(a.acronyms), "defence_linked": a.defence_linked,
        } for a in actors]
        if not rows:
            return 0
        stmt = upsert(self.engine, table_of(ActorModel))
        stmt = stmt.on_conflict_do_update(
            index_elements=["id"],
            set_={c: stmt.excluded[c] for c in rows[0] if c != "id"})
        with self.engine.begin() as conn:
            conn.execute(stmt, rows)
        return len(rows)

    def save_curated(self, events: Iterable[CuratedEvent], projects: Iterable[Project],
                     actors: Iterable[Actor]) -> int:
        """Insert or update the curated knowledge base; returns how many events were given.

        Curated events keep their record id, carry no document and are marked verified;
        their actors are knowledge-base actors, their sources the pages they cite.
        """
        names = {a.id: a.name for a in actors}
        events = list(events)
        with self.engine.begin() as conn:
            project_rows = [{"id": p.id, "name": p.name, "summary": p.summary,
                             "domains": list(p.domains)} for p in projects]
            if project_rows:
                stmt = upsert(self.engine, table_of(ProjectModel))
                conn.execute(stmt.on_conflict_do_update(
                    index_elements=["id"],
                    set_={c: stmt.excluded[c] for c in ("name", "summary", "domains")}),
                    project_rows)
            if not events:
                return 0
            records = [Event(
                document_id="", type=e.type, stage=e.stage, domains=list(e.domains),
                china_actors=[ActorRef(names.get(i, i), "CN", actor_id=i) for i in e.china_actors],
                russia_actors=[ActorRef(names.get(i, i), "RU", actor_id=i)
                               for i in e.russia_actors],
                date=e.date, date_basis="stated", evidence=[], confidence=1.0, summary=e.summary,
                id=e.id)
                for e in events]
            ids = [e.id for e in events]
            with counters.track(conn, ids):
                self._save_events(conn, records, "curated", count=False)
                conn.execute(table_of(EventModel).update().where(EventModel.id.in_(ids))
                             .values(review_status="verified"))
            conn.execute(_set_by_id("project_id"),
                         [{"event_id": e.id, "value": e.project} for e in events])
            conn.execute(_set_by_id("accounts_differ"),
                         [{"event_id": e.id, "value": e.accounts_differ} for e in events])
            conn.execute(delete(EventSourceModel).where(EventSourceModel.event_id.in_(ids)))
            conn.execute(insert(EventSourceModel), [
                {"event_id": e.id, "position": i, "url": src.url, "kind": src.kind,
                 "publisher": src.publisher, "published": src.published}
                for e in events for i, src in enumerate(e.sources)])
        return len(events)

    @database_errors()
    def save_document(self, doc: Document, events: list[Event], *, relevant: bool,
                      signature: bytes | None, key: str, origin: str = "extracted",
                      curated_links: dict[str, str] | None = None,
                      then: Callable[[Connection], object] | None = None) -> None:
        """Save a document, where it was read (`key`) and its events, in one transaction;
        `then` runs last in that transaction (ingest merges the events there, so that a
        killed run never leaves a saved document unmerged).

        A document id already stored keeps its row and only gains the provenance row; a
        key already stored is left as it is. Events are upserted by id and their domains,
        actors and evidence replaced, so a second save of the same input adds nothing.
        """
        if origin not in ORIGINS:
            raise ValueError(f"origin {origin!r} is not one of {ORIGINS}")
        now = self._stamp()
        with self.engine.begin() as conn:
            counters.count_documents(conn, [{"id": doc.id, "duplicate_of": doc.duplicate_of,
                                             "lang": doc.lang or None}])
            conn.execute(upsert(self.engine, table_of(DocumentModel)).values(
                id=doc.id, url=doc.url, title=doc.title or "", published=doc.published or None,
                lang=doc.lang or None, text=doc.text, content_hash=doc.content_hash,
                source_kind=doc.source_kind, external_id=doc.external_id,
                duplicate_of=doc.duplicate_of, duplicate_kind=doc.duplicate_kind,
                relevant=relevant, signature=signature, ingested_at=now,
            ).on_conflict_do_nothing(index_elements=["id"]))
            conn.execute(upsert(self.engine, table_of(DocumentSourceModel)).values(
                document_id=doc.id, source=doc.source or key, locator=doc.locator or "", key=key,
                source_kind=doc.source_kind, ingested_at=now,
            ).on_conflict_do_nothing(index_elements=["key"]))
            if events:
                self._save_events(conn, events, origin, {e.id: now for e in events})
            # an item that failed before and is read now is no longer a failure
            conn.execute(delete(IngestFailureModel).where(IngestFailureModel.key == key))
            if curated_links:
                conn.execute(_set_by_id("curated_id"), [
                    {"event_id": event_id, "value": curated_id}
                    for event_id, curated_id in curated_links.items()])
            if then is not None:
                then(conn)

    @database_errors()
    def save_documents(self, batch: Sequence[DocumentToSave],
                       failures: Sequence[tuple[str, str, str]] = (),
                       then: Callable[[Connection, Collection[str]], object] | None = None) -> None:
        """Save a batch of documents in one transaction, as `save_document` saves each, and
        record the batch's failures (key, source, message). Each document is stamped after
        the one before it. `then` runs last in the transaction, with the ids of the events
        that did not exist before (ingest merges the batch there)."""
        stamps = [self._stamp() for _ in batch]
        events = [e for item in batch for e in item.events]
        event_stamps = {e.id: stamp for item, stamp in zip(batch, stamps, strict=True) for e in item.events}
        with self.engine.begin() as conn:
            existing: set[str] = set()
            if event_stamps:
                existing.update(conn.scalars(select(EventModel.id).where(any_of(EventModel.id, event_stamps))).all())
            titles: dict[str, str] = {}  # of the documents this batch inserts: the first of an id
            if batch:
                stored_documents = counters.count_documents(conn, [
                    {"id": i.doc.id, "duplicate_of": i.doc.duplicate_of, "lang": i.doc.lang or None}
                    for i in batch])
                for i in batch:
                    if i.doc.id not in stored_documents:
                        titles.setdefault(i.doc.id, i.doc.title or "")
                insert_rows(conn, table_of(DocumentModel), skip_conflicts_on=["id"], rows=[{
                                 "id": i.doc.id, "url": i.doc.url, "title": i.doc.title or "",
                                 "published": i.doc.published or None, "lang": i.doc.lang or None,
                                 "text": i.doc.text, "content_hash": i.doc.content_hash,
                                 "source_kind": i.doc.source_kind, "external_id": i.doc.external_id,
                                 "duplicate_of": i.doc.duplicate_of, "duplicate_kind": i.doc.duplicate_kind,
                                 "relevant": i.relevant, "signature": i.signature, "ingested_at": stamp,
                             } for i, stamp in zip(batch, stamps, strict=True)])
                insert_rows(conn, table_of(DocumentSourceModel), skip_conflicts_on=["key"], rows=[{
                                 "document_id": i.doc.id, "source": i.doc.source or i.key,
                                 "locator": i.doc.locator or "", "key": i.key,
                                 "source_kind": i.doc.source_kind, "ingested_at": stamp,
                             } for i, stamp in zip(batch, stamps, strict=True)])
            if events:
                self._save_events(conn, events, "extracted", event_stamps,
                                  new=[e for e in events if e.id not in existing], titles=titles)
            latest = {key: (source, message) for key, source, message in failures}
            saved = {i.key for i in batch}
            keys = set(latest) | saved
            if keys:
                conn.execute(delete(IngestFailureModel).where(any_of(IngestFailureModel.key, keys)))
            now = utcnow()
            rows = [{"key": key, "source": source, "message": message, "at": now}
                    for key, (source, message) in latest.items() if key not in saved]
            insert_rows(conn, table_of(IngestFailureModel), rows)
            links = [{"event_id": event_id, "value": curated_id}
                     for i in batch for event_id, curated_id in i.curated_links.items()]
            if links:
                conn.execute(_set_by_id("curated_id"), links)
            if then is not None:
                then(conn, set(event_stamps) - existing)

    def _save_events(self, conn: Connection, events: list[Event], origin: str,
                     stamps: dict[str, datetime] | None = None, count: bool = True,
                     new: Sequence[Event] = (), titles: dict[str, str] | None = None) -> None:
        """Upsert events with their domains, actors and evidence, the counters and the search
        index kept in step. `new` are those of `events` known not to be stored yet, and
        `titles` the titles of the documents the same transaction inserts: what these write is
        known without reading it back."""
        if count:
            with counters.track(conn, [e.id for e in events], new, origin):
                self._save_events(conn, events, origin, stamps, count=False, new=new, titles=titles)
            return
        now = utcnow()
        stamps = stamps or {}
        self._ensure_actors(conn, events)
        reviewed = set(conn.scalars(select(EventModel.id).where(
            any_of(EventModel.id, [e.id for e in events]), EventModel.review_status.in_(REVIEWED))))
        rows: list[dict[str, Any]] = [{
            "id": e.id, "document_id": e.document_id or None, "type": e.type, "stage": e.stage,
            "date": e.date or None, "date_precision": precision_of(e.date),
            "date_basis": e.date_basis if e.date else "unknown",
            "confidence": float(e.confidence), "summary": e.summary or "",
            "origin": origin, "created_at": stamps.get(e.id, now), "review_status": "pending",
        } for e in events]
        if len({e.id for e in events}) == len(events):
            upsert_rows(conn, table_of(EventModel), rows, keys=["id"],
                        update={c: f"excluded.{c}" for c in EVENT_UPDATES}, where=_NOT_REVIEWED)
        else:  # one id twice: each row in turn, the last one written wins
            stmt = upsert(self.engine, table_of(EventModel))
            conn.execute(stmt.on_conflict_do_update(
                index_elements=["id"], set_={c: stmt.excluded[c] for c in EVENT_UPDATES},
                # literal comparisons: an IN list cannot be expanded in an executemany upsert
                where=and_(*(EventModel.review_status != status for status in REVIEWED))), rows)
        saved = [e.id for e in events]
        events = [e for e in events if e.id not in reviewed]
        ids = [e.id for e in events]
        for child in (EventDomainModel, EventActorModel, EvidenceModel):
            conn.execute(delete(child).where(any_of(child.event_id, ids)))
        domains = [{"event_id": e.id, "domain": d, "position": i}
                   for e in events for i, d in enumerate(dict.fromkeys(e.domains))]
        actors = [{"event_id": e.id, "side": side, "position": i, "actor_id": ref.actor_id,
                   "name": ref.name, "name_key": fold(ref.name),
                   "mention": ref.mention or "", "resolved": ref.resolved}
                  for e in events
                  for side, group in (("CN", e.china_actors), ("RU", e.russia_actors))
                  for i, ref in enumerate(group)]
        evidence = [{"event_id": e.id, "document_id": e.document_id, "position": i,
                     "start": ev.start, "end": ev.end, "text": ev.text}
                    for e in events for i, ev in enumerate(e.evidence)]
        for model, rows in ((EventDomainModel, domains), (EventActorModel, actors),
                            (EvidenceModel, evidence)):
            insert_rows(conn, table_of(model), rows)
        titles = titles or {}
        known = [e for e in new if e.document_id in titles]
        bodies = {e.id: (search.body(e.summary or "", titles[e.document_id], [ev.text for ev in e.evidence]),
                         e.date or None)
                  for e in known}
        if len(bodies) != len(known) or len(saved) != len(set(saved)):
            bodies = {}  # an id twice in the batch: read back what the store kept
        search.index_events(conn, saved, bodies)

    def _ensure_actors(self, conn: Connection, events: list[Event]) -> None:
        # An actor id the knowledge base was not synced with gets a stub row so that the
        # foreign key holds; sync_actors later fills it in. Within a document the last
        # mention names the stub; across documents the first document does, as when each
        # document is saved in turn.
        by_document: dict[str, dict[str, tuple[str, str]]] = {}
        for e in events:
            stubs = by_document.setdefault(e.document_id, {})
            for side, group in (("CN", e.china_actors), ("RU", e.russia_actors)):
                for ref in group:
                    if ref.actor_id:
                        stubs[ref.actor_id] = (ref.name, side)
        named: dict[str, tuple[str, str]] = {}
        for stubs in by_document.values():
            for actor_id, stub in stubs.items():
                named.setdefault(actor_id, stub)
        if named:  # most are in the knowledge base: only the others are written
            for actor_id in conn.scalars(select(ActorModel.id).where(any_of(ActorModel.id, named))).all():
                del named[actor_id]
        if named:
            conn.execute(upsert(self.engine, table_of(ActorModel))  # JSON columns: left to SQLAlchemy
                         .on_conflict_do_nothing(index_elements=["id"]), [{
                             "id": actor_id, "name": name, "country": side, "kind": "unknown",
                             "wikidata": None, "parent": None, "flags": [], "aliases": {},
                             "acronyms": [], "defence_linked": False}
                             for actor_id, (name, side) in named.items()])

    def ingest_lock(self, wait: float, on_wait: Callable[[], None] | None = None
                    ) -> AbstractContextManager[None]:
        """The store's ingest lock: one ingest at a time (see store/locks.py)."""
        return ingest_lock(self.engine, wait, on_wait)

    @database_errors()
    def record_failure(self, key: str, source: str, message: str) -> None:
        """Remember an item that could not be ingested; it is tried again on the next run.
        An item keeps one row, its latest failure, however often it is tried."""
        with self.engine.begin() as conn:
            conn.execute(delete(IngestFailureModel).where(IngestFailureModel.key == key))
            conn.execute(insert(IngestFailureModel).values(
                key=key, source=source, message=message, at=utcnow()))

    # -- ingest look-ups --------------------------------------------------------------

    def ingested_keys(self, keys: Iterable[str]) -> set[str]:
        """Those of `keys` already saved (failures do not count)."""
        wanted = set(keys)
        if not wanted:
            return set()
        with self.engine.connect() as conn:
            return set(conn.scalars(select(DocumentSourceModel.key)
                                    .where(any_of(DocumentSourceModel.key, wanted))))

    def originals_by_content_hash(self, hashes: Iterable[str]) -> dict[str, str]:
        """`document_by_content_hash` for many hashes at once: hash → first original document."""
        wanted = set(hashes)
        found: dict[str, str] = {}
        if not wanted:
            return found
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(DocumentModel.content_hash, DocumentModel.id)
                .where(any_of(DocumentModel.content_hash, wanted), DocumentModel.duplicate_of.is_(None))
                .order_by(DocumentModel.ingested_at, DocumentModel.id))
            for content_hash, doc_id in rows:
                found.setdefault(content_hash, doc_id)
        return found

    def is_ingested(self, key: str) -> bool:
        """Whether a source item was already saved (failures do not count)."""
        with self.engine.connect() as conn:
            found = conn.execute(select(DocumentSourceModel.id)
                                 .where(DocumentSourceModel.key == key).limit(1)).first()
        return found is not None

    def document_by_content_hash(self, content_hash: str) -> str | None:
        """The first original (non-duplicate) document with this content hash."""
        with self.engine.connect() as conn:
            return conn.execute(
                select(DocumentModel.id)
                .where(DocumentModel.content_hash == content_hash,
                       DocumentModel.duplicate_of.is_(None))
                .order_by(DocumentModel.ingested_at, DocumentModel.id).limit(1)).scalar()

    def near_duplicate_signatures(self) -> Iterator[tuple[str, bytes]]:
        """(document id, MinHash signature) of every original document, in insertion order."""
        stmt = (select(DocumentModel.id, DocumentModel.signature)
                .where(DocumentModel.duplicate_of.is_(None), DocumentModel.signature.is_not(None))
                .order_by(DocumentModel.ingested_at, DocumentModel.id))
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=1000).execute(stmt)
            for doc_id, signature in result:
                if signature is not None:  # excluded by the query; this tells the type checker
                    yield doc_id, bytes(signature)

    # -- queries ----------------------------------------------------------------------

    def events(self, f: EventFilter | None = None) -> list[EventRow]:
        with self.engine.connect() as conn:
            return event_filter.find_events(conn, f or EventFilter())

    def count_events(self, f: EventFilter | None = None) -> int:
        with self.engine.connect() as conn:
            return event_filter.count_events(conn, f or EventFilter())

    def event(self, event_id: str) -> EventDetail | None:
        with self.engine.connect() as conn:
            return queries.get_event(conn, event_id)

    def curated_event_ids(self) -> set[str]:
        with self.engine.connect() as conn:
            return set(conn.scalars(select(EventModel.id).where(EventModel.origin == "curated")))

    def projects(self) -> list[ProjectRow]:
        with self.engine.connect() as conn:
            return [ProjectRow(id=p.id, name=p.name, summary=p.summary, domains=list(p.domains))
                    for p in conn.execute(select(ProjectModel).order_by(ProjectModel.name))]

    def actors(self, country: str | None = None, search: str | None = None) -> list[ActorRow]:
        with self.engine.connect() as conn:
            return queries.list_actors(conn, country=country, search=search)

    def documents(self, limit: int = 100, offset: int = 0) -> list[DocumentRow]:
        with self.engine.connect() as conn:
            return queries.list_documents(conn, limit=limit, offset=offset)

    def failures(self, limit: int = 100, offset: int = 0) -> list[FailureRow]:
        with self.engine.connect() as conn:
            return queries.list_failures(conn, limit=limit, offset=offset)

    def stats(self) -> dict[str, Any]:
        with self.engine.connect() as conn:
            return queries.compute_stats(conn)
