"""Reads and writes of co-publications: works with their domains and institutions, and the
progress of paged API imports. One code path for SQLite and PostgreSQL (upserts through
`db.upsert`); plain dataclasses out, like `queries`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select

from techties.store.db import table_of, upsert
from techties.store.models import (
    ActorModel,
    ScienceAuthorshipModel,
    ScienceImportModel,
    ScienceInstitutionModel,
    ScienceWorkDomainModel,
    ScienceWorkModel,
    utcnow,
)

CHUNK = 5000


@dataclass(frozen=True)
class InstitutionRecord:
    """An institution as stored: resolved (`actor_id`) or as OpenAlex names it."""

    id: str
    name: str
    country: str | None
    ror: str | None
    actor_id: str | None
    resolved_by: str | None


@dataclass(frozen=True)
class WorkRecord:
    """A co-publication to store: the work, its domains and its institutions with sides."""

    id: str
    title: str
    year: int | None
    published: str | None
    doi: str | None
    type: str | None
    venue: str | None
    cited_by: int
    topics: list[dict[str, Any]]
    domains: list[str]
    institutions: list[tuple[InstitutionRecord, str]]  # (institution, side: CN, RU or "")


def stored_work_ids(conn: Connection, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), CHUNK):
        found.update(conn.scalars(select(ScienceWorkModel.id)
                                  .where(ScienceWorkModel.id.in_(ids[start:start + CHUNK]))))
    return found


def save_works(engine: Engine, works: Sequence[WorkRecord], source: str) -> int:
    """Insert or update works in one transaction; returns how many were new.

    A work already stored is updated in place and its domains and institutions replaced,
    so importing the same file again adds nothing."""
    if not works:
        return 0
    now = utcnow()
    ids = [w.id for w in works]
    institutions = {inst.id: inst for w in works for inst, _side in w.institutions}
    with engine.begin() as conn:
        new = len(set(ids) - stored_work_ids(conn, ids))
        # an actor id the knowledge base was not synced with gets a stub row so that the
        # foreign key holds (as for events); sync_actors later fills it in
        stubs: dict[str, dict[str, Any]] = {
            i.actor_id: {"id": i.actor_id, "name": i.name, "country": i.actor_id[:2].upper(),
                         "kind": "unknown", "wikidata": None, "parent": None, "flags": [],
                         "aliases": {}, "acronyms": [], "defence_linked": False}
            for i in institutions.values() if i.actor_id}
        if stubs:
            conn.execute(upsert(engine, table_of(ActorModel)).on_conflict_do_nothing(
                index_elements=["id"]), list(stubs.values()))
        if institutions:
            stmt = upsert(engine, table_of(ScienceInstitutionModel))
            conn.execute(stmt.on_conflict_do_update(
                index_elements=["id"],
                set_={c: stmt.excluded[c] for c in ("name", "country", "ror", "actor_id",
                                                     "resolved_by")}),
                [{"id": i.id, "name": i.name, "country": i.country, "ror": i.ror,
                  "actor_id": i.actor_id, "resolved_by": i.resolved_by}
                 for i in institutions.values()])
        stmt = upsert(engine, table_of(ScienceWorkModel))
        columns = ("title", "year", "published", "doi", "type", "venue", "cited_by", "topics")
        conn.execute(stmt.on_conflict_do_update(
            index_elements=["id"], set_={c: stmt.excluded[c] for c in columns}),
            [{"id": w.id, "title": w.title, "year": w.year, "published": w.published,
              "doi": w.doi, "type": w.type, "venue": w.venue, "cited_by": w.cited_by,
              "topics": w.topics, "source": source, "imported_at": now} for w in works])
        for child in (ScienceWorkDomainModel, ScienceAuthorshipModel):
            conn.execute(delete(child).where(child.work_id.in_(ids)))
        conn.execute(insert(ScienceWorkDomainModel), [
            {"work_id": w.id, "domain": d, "position": i}
            for w in works for i, d in enumerate(dict.fromkeys(w.domains))])
        authorships = [{"work_id": w.id, "institution_id": inst.id, "side": side, "position": i}
                       for w in works for i, (inst, side) in enumerate(w.institutions)]
        if authorships:
            conn.execute(insert(ScienceAuthorshipModel), authorships)
    return new


# -- paged imports ---------------------------------------------------------------------


def import_cursor(conn: Connection, key: str) -> tuple[str | None, bool]:
    """(the cursor to resume from, whether that import finished); (None, False) if new."""
    row = conn.execute(select(ScienceImportModel.cursor, ScienceImportModel.done)
                       .where(ScienceImportModel.key == key)).first()
    return (row.cursor, bool(row.done)) if row else (None, False)


def save_cursor(engine: Engine, key: str, cursor: str | None, *, done: bool) -> None:
    stmt = upsert(engine, table_of(ScienceImportModel))
    with engine.begin() as conn:
        conn.execute(stmt.on_conflict_do_update(
            index_elements=["key"],
            set_={"cursor": stmt.excluded.cursor, "done": stmt.excluded.done,
                  "pages": ScienceImportModel.pages + 1, "updated_at": stmt.excluded.updated_at}),
            [{"key": key, "cursor": cursor, "done": done, "pages": 1, "updated_at": utcnow()}])


def forget_cursor(engine: Engine, key: str) -> None:
    with engine.begin() as conn:
        conn.execute(delete(ScienceImportModel).where(ScienceImportModel.key == key))


# -- reads -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Signer:
    """A side of a co-publication: a knowledge-base actor, or an unresolved institution."""

    key: str  # the actor id, else the institution id
    name: str
    side: str
    actor_id: str | None
    defence_linked: bool = False


@dataclass
class CoPublication:
    """A stored co-publication with its domains and its Chinese and Russian signers."""

    id: str
    title: str
    year: int | None
    published: str | None
    doi: str | None
    venue: str | None
    cited_by: int
    domains: list[str] = field(default_factory=list)
    china: list[Signer] = field(default_factory=list)
    russia: list[Signer] = field(default_factory=list)
    others: list[str] = field(default_factory=list)  # institutions of third countries

    def pairs(self) -> set[tuple[str, str]]:
        return {(c.key, r.key) for c in self.china for r in self.russia}


def load_copublications(conn: Connection, *, domain: str | None = None,
                        actor_id: str | None = None, work_ids: Iterable[str] | None = None
                        ) -> list[CoPublication]:
    """Co-publications, oldest first, with their signers; only those of `domain`, of an
    actor, or with the given ids when asked."""
    stmt = select(ScienceWorkModel.id, ScienceWorkModel.title, ScienceWorkModel.year,
                  ScienceWorkModel.published, ScienceWorkModel.doi, ScienceWorkModel.venue,
                  ScienceWorkModel.cited_by)
    if domain:
        stmt = stmt.where(ScienceWorkModel.id.in_(
            select(ScienceWorkDomainModel.work_id).where(ScienceWorkDomainModel.domain == domain)))
    if actor_id:
        stmt = stmt.where(ScienceWorkModel.id.in_(
            select(ScienceAuthorshipModel.work_id).join(
                ScienceInstitutionModel,
                ScienceInstitutionModel.id == ScienceAuthorshipModel.institution_id)
            .where(ScienceInstitutionModel.actor_id == actor_id)))
    if work_ids is not None:
        stmt = stmt.where(ScienceWorkModel.id.in_(list(work_ids)))
    works = {r.id: CoPublication(r.id, r.title, r.year, r.published, r.doi, r.venue, r.cited_by)
             for r in conn.execute(stmt.order_by(ScienceWorkModel.year, ScienceWorkModel.published,
                                                 ScienceWorkModel.id))}
    if not works:
        return []
    ids = list(works)
    domains: dict[str, list[str]] = defaultdict(list)
    signers: list[Any] = []
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        for row in conn.execute(select(ScienceWorkDomainModel.work_id, ScienceWorkDomainModel.domain)
                                .where(ScienceWorkDomainModel.work_id.in_(chunk))
                                .order_by(ScienceWorkDomainModel.work_id,
                                          ScienceWorkDomainModel.position)):
            domains[row.work_id].append(row.domain)
        signers.extend(conn.execute(
            select(ScienceAuthorshipModel.work_id, ScienceAuthorshipModel.side,
                   ScienceInstitutionModel.id, ScienceInstitutionModel.name,
                   ScienceInstitutionModel.actor_id, ActorModel.name.label("actor_name"),
                   ActorModel.defence_linked)
            .join(ScienceInstitutionModel,
                  ScienceInstitutionModel.id == ScienceAuthorshipModel.institution_id)
            .outerjoin(ActorModel, ActorModel.id == ScienceInstitutionModel.actor_id)
            .where(ScienceAuthorshipModel.work_id.in_(chunk))
            .order_by(ScienceAuthorshipModel.work_id, ScienceAuthorshipModel.position)))
    for row in signers:
        work = works[row.work_id]
        if row.side not in ("CN", "RU"):
            work.others.append(row.name)
            continue
        signer = Signer(key=row.actor_id or row.id, name=row.actor_name or row.name,
                        side=row.side, actor_id=row.actor_id,
                        defence_linked=bool(row.defence_linked))
        group = work.china if row.side == "CN" else work.russia
        if all(s.key != signer.key for s in group):
            group.append(signer)
    for work_id, work in works.items():
        work.domains = domains.get(work_id, [])
    return list(works.values())


def count_works(conn: Connection) -> int:
    from sqlalchemy import func

    return int(conn.scalar(select(func.count()).select_from(ScienceWorkModel)) or 0)


def pair_event_ids(conn: Connection, china_actor: str, russia_actor: str) -> set[str]:
    """Ids of the news and curated events that name both actors."""
    from techties.store.models import EventActorModel

    def of(actor_id: str) -> Any:
        return select(EventActorModel.event_id).where(EventActorModel.actor_id == actor_id)

    return set(conn.scalars(of(china_actor).intersect(of(russia_actor))))


def signer_names(conn: Connection, keys: Iterable[str]) -> dict[str, tuple[str, str | None]]:
    """key → (name, country) for actor ids and institution ids alike."""
    keys = list(keys)
    found = {r.id: (r.name, r.country) for r in conn.execute(
        select(ActorModel.id, ActorModel.name, ActorModel.country).where(ActorModel.id.in_(keys)))}
    for r in conn.execute(select(ScienceInstitutionModel.id, ScienceInstitutionModel.name,
                                 ScienceInstitutionModel.country)
                          .where(ScienceInstitutionModel.id.in_([k for k in keys if k not in found]))):
        found[r.id] = (r.name, r.country)
    return found
