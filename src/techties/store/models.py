"""The database tables: SQLAlchemy 2 declarative models, one definition for SQLite and PostgreSQL.

Ids are the deterministic content ids of `techties.records`, so a second run over the
same input finds its rows already there. The Alembic revisions in `migrations/` create
exactly these tables; a contract test checks that the two never drift apart.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints, so that SQLite batch migrations can find and alter them later.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that is always timezone-aware UTC in Python, whatever the backend keeps.

    SQLite has no time zones and hands back naive datetimes; PostgreSQL keeps them.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ActorModel(Base):
    """A canonical actor of the knowledge base (model/actors/*.yaml), synced on open."""

    __tablename__ = "actors"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    country: Mapped[str] = mapped_column(String(2), index=True)
    kind: Mapped[str] = mapped_column(String)
    wikidata: Mapped[str | None] = mapped_column(String)
    parent: Mapped[str | None] = mapped_column(String)
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    aliases: Mapped[dict[str, list[str]]] = mapped_column(JSON, default=dict)
    acronyms: Mapped[list[str]] = mapped_column(JSON, default=list)
    defence_linked: Mapped[bool] = mapped_column(Boolean, default=False)


class DocumentModel(Base):
    """A cleaned document; a duplicate points at its original and carries no events."""

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[str | None] = mapped_column(String(10))  # YYYY, YYYY-MM or YYYY-MM-DD
    lang: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String, index=True)
    source_kind: Mapped[str] = mapped_column(String, default="file")
    external_id: Mapped[str | None] = mapped_column(String)
    duplicate_of: Mapped[str | None] = mapped_column(ForeignKey("documents.id"), index=True)
    duplicate_kind: Mapped[str | None] = mapped_column(String(8))  # "exact" or "near"
    relevant: Mapped[bool] = mapped_column(Boolean, default=False)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)  # MinHash of an original
    ingested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class DocumentSourceModel(Base):
    """Provenance: one row per source item (`key`) a document was read from."""

    __tablename__ = "document_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(Text)
    locator: Mapped[str] = mapped_column(Text, default="")
    key: Mapped[str] = mapped_column(Text, unique=True)
    source_kind: Mapped[str] = mapped_column(String, default="file")
    ingested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ProjectModel(Base):
    """A long-running undertaking (CR929, ILRS …) whose events read as one path."""

    __tablename__ = "projects"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    domains: Mapped[list[str]] = mapped_column(JSON, default=list)


class EventModel(Base):
    """An event found in one document (origin 'extracted') or from the curated knowledge
    base ('curated', analyst-verified, with no document of its own).

    `curated_id` links an extracted event to the curated event it reports, `cluster_id`
    groups the extracted events that report one happening, and `review_status` is the
    analyst's verdict: pending, accepted, edited or rejected (curated events: verified).
    """

    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    document_id: Mapped[str | None] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String, index=True)
    stage: Mapped[str] = mapped_column(String, index=True)
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    summary: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(String(16), default="extracted", index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    project_id: Mapped[str | None] = mapped_column(ForeignKey("projects.id"), index=True)
    curated_id: Mapped[str | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"), index=True)
    cluster_id: Mapped[str | None] = mapped_column(String, index=True)
    review_status: Mapped[str] = mapped_column(String(16), default="pending", index=True)


class EventSourceModel(Base):
    """A public page that states an event: its URL and what kind of source it is."""

    __tablename__ = "event_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    url: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(24))  # official, state_media … (SOURCE_KINDS)
    publisher: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[str | None] = mapped_column(String(10))


class EventDomainModel(Base):
    __tablename__ = "event_domains"

    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    domain: Mapped[str] = mapped_column(String, primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class EventActorModel(Base):
    """An actor named in an event, resolved to `actors` or kept as the name found."""

    __tablename__ = "event_actors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), index=True)
    side: Mapped[str] = mapped_column(String(2))  # CN or RU
    position: Mapped[int] = mapped_column(Integer, default=0)
    actor_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"), index=True)
    name: Mapped[str] = mapped_column(Text, index=True)
    # casefold(name), computed in Python: SQLite's lower() only folds ASCII, and PostgreSQL's
    # depends on the server locale; Cyrillic names must match the same way on both.
    name_key: Mapped[str] = mapped_column(Text)
    mention: Mapped[str] = mapped_column(Text, default="")
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class EvidenceModel(Base):
    """A sentence supporting an event, with character offsets into the document text."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class IngestFailureModel(Base):
    """An item that could not be ingested; it is retried on the next run."""

    __tablename__ = "ingest_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(Text, index=True)
    source: Mapped[str] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
