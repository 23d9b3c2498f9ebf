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
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedColumn, mapped_column

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


def part_of(parent: str, **options: Any) -> MappedColumn[Any]:
    """A column naming the row (`parent`: table.column) this one belongs to and is deleted with."""
    return mapped_column(ForeignKey(parent, ondelete="CASCADE"), **options)


def list_position() -> MappedColumn[int]:
    """The place of a row among its parent's rows, in the order they were given."""
    return mapped_column(Integer, default=0)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that is always timezone-aware UTC in Python, whatever the backend keeps.

    SQLite has no time zones and hands back naive datetimes; PostgreSQL keeps them.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        stamp: datetime = value
        if stamp.tzinfo is None:
            return stamp.replace(tzinfo=UTC)
        return stamp.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        stamp: datetime = value
        if stamp.tzinfo is None:
            return stamp.replace(tzinfo=UTC)
        return stamp.astimezone(UTC)


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
    document_id: Mapped[str] = part_of("documents.id", index=True)
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
    document_id: Mapped[str | None] = part_of("documents.id", index=True)
    # type, stage, date and review status are indexed by the composites below (migration 0014)
    type: Mapped[str] = mapped_column(String)
    stage: Mapped[str] = mapped_column(String)
    date: Mapped[str | None] = mapped_column(String(10))
    # the date's precision (year, month, day) and basis (stated, document, dateline, unknown)
    date_precision: Mapped[str | None] = mapped_column(String(8))
    date_basis: Mapped[str] = mapped_column(String(16), default="unknown",
                                            server_default="unknown")
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    summary: Mapped[str] = mapped_column(Text, default="")
    # curated events: where official accounts, or official and independent reporting, differ
    accounts_differ: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(16), default="extracted", index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    project_id: Mapped[str | None] = mapped_column(ForeignKey("projects.id"), index=True)
    curated_id: Mapped[str | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"), index=True)
    cluster_id: Mapped[str | None] = mapped_column(String, index=True)
    review_status: Mapped[str] = mapped_column(String(16), default="pending")


class EventSourceModel(Base):
    """A public page that states an event: its URL and what kind of source it is."""

    __tablename__ = "event_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = part_of("events.id", index=True)
    position: Mapped[int] = list_position()
    url: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(24))  # official, state_media … (SOURCE_KINDS)
    publisher: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[str | None] = mapped_column(String(10))


class EventDomainModel(Base):
    __tablename__ = "event_domains"

    event_id: Mapped[str] = part_of("events.id", primary_key=True)
    domain: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = list_position()


class EventActorModel(Base):
    """An actor named in an event, resolved to `actors` or kept as the name found."""

    __tablename__ = "event_actors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = part_of("events.id")  # indexed by ix_event_actors_event_side_actor
    side: Mapped[str] = mapped_column(String(2))  # CN or RU
    position: Mapped[int] = list_position()
    actor_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"))  # ix_event_actors_actor_side_event
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
    event_id: Mapped[str] = part_of("events.id", index=True)
    document_id: Mapped[str] = part_of("documents.id")
    position: Mapped[int] = list_position()
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class EventSearchModel(Base):
    """The words of an event that word search reads: its summary, its document's title and
    its evidence, with Chinese runs written as overlapping character bigrams (store/search.py).

    The full-text index lies beside this table: an FTS5 table kept in step by triggers on
    SQLite; on PostgreSQL a GIN index over a stored column `words`, to_tsvector('russian',
    body), that only PostgreSQL has (migration 0009).
    """

    __tablename__ = "event_search"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = part_of("events.id", unique=True)
    body: Mapped[str] = mapped_column(Text)


class IngestFailureModel(Base):
    """An item that could not be ingested; it is retried on the next run."""

    __tablename__ = "ingest_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(Text, index=True)
    source: Mapped[str] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


# -- accounts and review (revision 0003) ------------------------------------------------


class UserModel(Base):
    """A local account of the web app and API; `role` is viewer, analyst or admin."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(Text)  # argon2id, never the password
    role: Mapped[str] = mapped_column(String(16), default="viewer")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ApiTokenModel(Base):
    """A token for scripts, shown once when made; only its SHA-256 is kept."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = part_of("users.id", index=True)
    name: Mapped[str] = mapped_column(Text, default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))  # the first characters, to tell tokens apart
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class WebSessionModel(Base):
    """A signed-in browser: the SHA-256 of its session cookie, so a stolen table opens nothing."""

    __tablename__ = "web_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = part_of("users.id", index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class EventReviewModel(Base):
    """One analyst verdict on an event: accept, reject or edit, who and when, and for an edit
    each changed field as [before, after]. The event row holds the result; this the history."""

    __tablename__ = "event_reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = part_of("events.id", index=True)
    action: Mapped[str] = mapped_column(String(16))  # accept, reject, edit, reopen
    status: Mapped[str] = mapped_column(String(16))  # the review_status it left
    reviewer: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    note: Mapped[str] = mapped_column(Text, default="")



class EventCountModel(Base):
    """A count the dashboard reads instead of aggregating a million rows per request (store/
    counters.py): `name` says what is counted (events by origin and review status, by type,
    by stage, by date precision, by domain and month, by actor, by actor and year or type;
    documents), `key` and `period` which value. Kept up to date in the same transaction as
    every write of the events it counts (revision 0010)."""

    __tablename__ = "event_counts"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[str] = mapped_column(Text, primary_key=True)
    period: Mapped[str] = mapped_column(Text, primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class PairCountModel(Base):
    """How many events a Chinese and a Russian knowledge-base actor share in a year ('' when
    undated): the network's edge weights within a window of years (revision 0010)."""

    __tablename__ = "pair_counts"

    cn: Mapped[str] = mapped_column(Text, primary_key=True)
    ru: Mapped[str] = mapped_column(Text, primary_key=True)
    year: Mapped[str] = mapped_column(String(4), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class PairTotalModel(Base):
    """How many events a Chinese and a Russian actor share in all: an actor's partners, and
    the order in which the network looks for its heaviest edges. An unresolved actor is keyed
    '~' + its folded name, with a name to show in `cn_name`/`ru_name` (revision 0010)."""

    __tablename__ = "pair_totals"

    cn: Mapped[str] = mapped_column(Text, primary_key=True)
    ru: Mapped[str] = mapped_column(Text, primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)
    cn_name: Mapped[str] = mapped_column(Text, default="")
    ru_name: Mapped[str] = mapped_column(Text, default="")


class PairFacetCountModel(Base):
    """How many events of one domain or one type (`facet` 'domain' or 'type', `value` its
    name) two knowledge-base actors, a Chinese and a Russian, share in a year ('' when
    undated): the network's edge weights when it is filtered by a domain or a type
    (store/counters.py; revision 0012)."""

    __tablename__ = "pair_facet_counts"

    facet: Mapped[str] = mapped_column(String(8), primary_key=True)
    value: Mapped[str] = mapped_column(String(32), primary_key=True)
    cn: Mapped[str] = mapped_column(Text, primary_key=True)
    ru: Mapped[str] = mapped_column(Text, primary_key=True)
    year: Mapped[str] = mapped_column(String(4), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class PairFacetTotalModel(Base):
    """`PairFacetCountModel` over all years: the order in which the network filtered by a
    domain or a type looks for its heaviest edges (revision 0012)."""

    __tablename__ = "pair_facet_totals"

    facet: Mapped[str] = mapped_column(String(8), primary_key=True)
    value: Mapped[str] = mapped_column(String(32), primary_key=True)
    cn: Mapped[str] = mapped_column(Text, primary_key=True)
    ru: Mapped[str] = mapped_column(Text, primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class FacetCountModel(Base):
    """How many events have a domain ('*': every event, once), a type, a stage, an origin and a
    year ('' when undated): the exact number of matches of the events page's common filters,
    read instead of counting the events (store/counters.py; revision 0011)."""

    __tablename__ = "facet_counts"

    domain: Mapped[str] = mapped_column(String(32), primary_key=True)
    type: Mapped[str] = mapped_column(String(32), primary_key=True)
    stage: Mapped[str] = mapped_column(String(32), primary_key=True)
    origin: Mapped[str] = mapped_column(String(16), primary_key=True)
    year: Mapped[str] = mapped_column(String(4), primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


# Indexes the dashboard's aggregates and filtered, sorted tables need on a large store.
# Each is covering for its query, so that SQLite reads no table row: the events table sorted
# by date, an event's date by id (the per-quarter join), the review queue's size, a domain's
# events, the actors of one side of an event (the network's pairs) and an actor's events.
Index("ix_events_date_id", EventModel.date, EventModel.id)
Index("ix_events_id_date", EventModel.id, EventModel.date)
Index("ix_events_review_origin", EventModel.review_status, EventModel.origin)
Index("ix_event_domains_domain_event", EventDomainModel.domain, EventDomainModel.event_id)
Index("ix_event_actors_event_side_actor", EventActorModel.event_id, EventActorModel.side,
      EventActorModel.actor_id)
Index("ix_event_actors_actor_side_event", EventActorModel.actor_id, EventActorModel.side,
      EventActorModel.event_id)
Index("ix_events_created_at", EventModel.created_at)  # what is new since a visit
# PostgreSQL also has ix_events_date_desc_id (date DESC NULLS LAST, id DESC), created by
# migration 0010 only there: it reads an ascending index backwards as DESC NULLS FIRST, and
# the pages sort DESC NULLS LAST, which SQLite's ix_events_date_id already gives.
Index("ix_pair_totals_n", PairTotalModel.n)
Index("ix_pair_totals_ru_cn", PairTotalModel.ru, PairTotalModel.cn)
# revision 0011: the heaviest pairs in the network's order, the kinds of cited pages (read
# by a loose index scan). It also creates ix_events_stage_date_id and ix_events_type_date_id,
# the events of one stage or type in date order, outside the models like ix_events_date_desc_id
# since they differ by database: (stage, date, id) on SQLite, (stage, date DESC NULLS LAST,
# id DESC) on PostgreSQL, the pages' order.
Index("ix_pair_totals_order", PairTotalModel.n.desc(), PairTotalModel.cn, PairTotalModel.ru)
Index("ix_event_sources_kind", EventSourceModel.kind)
# revision 0012: the heaviest pairs of one domain or one type, in the network's order
Index("ix_pair_facet_totals_order", PairFacetTotalModel.facet, PairFacetTotalModel.value,
      PairFacetTotalModel.n.desc(), PairFacetTotalModel.cn, PairFacetTotalModel.ru)
# revision 0013: a pair's years with their counts, read from the index alone
Index("ix_pair_counts_cover", PairCountModel.cn, PairCountModel.ru, PairCountModel.year,
      PairCountModel.n)
Index("ix_pair_facet_counts_cover", PairFacetCountModel.facet, PairFacetCountModel.value,
      PairFacetCountModel.cn, PairFacetCountModel.ru, PairFacetCountModel.year,
      PairFacetCountModel.n)


# -- analysis: alerts raised, their causing events and deliveries, watchlists (revision 0004) --


class AlertModel(Base):
    """An alert raised by a rule of analysis/rules.yaml, once: its id is a content id of the
    rule, the subject and the episode, so a later run finds it already there."""

    __tablename__ = "alerts"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    rule_id: Mapped[str] = mapped_column(String, index=True)
    kind: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(Text)  # what it is about: domain:space, project:ilrs …
    period: Mapped[str] = mapped_column(String(7), index=True)  # YYYY-MM it was raised for
    title: Mapped[str] = mapped_column(Text)
    explanation: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[float | None] = mapped_column(Float)
    domains: Mapped[list[str]] = mapped_column(JSON, default=list)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class AlertEventModel(Base):
    """An event that caused an alert. No foreign key: the event may later be merged into
    another one or re-extracted, and the alert must still say what it saw."""

    __tablename__ = "alert_events"

    alert_id: Mapped[str] = part_of("alerts.id", primary_key=True)
    event_id: Mapped[str] = mapped_column(String, primary_key=True, index=True)
    position: Mapped[int] = list_position()


class AlertDeliveryModel(Base):
    """One alert sent (or tried) over one channel to one target: sent once, retried on failure."""

    __tablename__ = "alert_deliveries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    alert_id: Mapped[str] = part_of("alerts.id", index=True)
    channel: Mapped[str] = mapped_column(String(16))  # email, webhook
    target: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))  # sent, failed
    error: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class WatchlistEntryModel(Base):
    """An entity on a watchlist: a user list or an imported sanctions or export-control list."""

    __tablename__ = "watchlist_entries"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    list_name: Mapped[str] = mapped_column(String, index=True)
    source_format: Mapped[str] = mapped_column(String(32))  # user, ftm, sdn_xml, sdn_csv, entity_list
    entity_id: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    countries: Mapped[list[str]] = mapped_column(JSON, default=list)
    programs: Mapped[list[str]] = mapped_column(JSON, default=list)
    entity_schema: Mapped[str] = mapped_column(String(32), default="")  # Company, Person, Vessel …
    url: Mapped[str | None] = mapped_column(Text)
    listed: Mapped[str | None] = mapped_column(String(10))  # when it was listed, if the list says
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


Index("ix_alert_deliveries_target", AlertDeliveryModel.alert_id, AlertDeliveryModel.channel,
      AlertDeliveryModel.target, unique=True)


# -- watched sources: the polling state of `techties watch` (revision 0006) -----------------


class WatchedSourceModel(Base):
    """One feed or page `techties watch` polls: when it was last asked, when it last answered,
    its last error, the validators for a conditional request and how many documents it gave.

    Keyed by URL, so that a renamed source keeps its history and its ETag."""

    __tablename__ = "watched_sources"

    url: Mapped[str] = mapped_column(Text, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(String(32))
    lang: Mapped[str | None] = mapped_column(String(8))
    interval: Mapped[float] = mapped_column(Float)  # seconds between polls
    last_poll: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_success: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_status: Mapped[str | None] = mapped_column(String(16))  # new, unchanged, failed
    last_error: Mapped[str | None] = mapped_column(Text)
    failures: Mapped[int] = mapped_column(Integer, default=0)  # consecutive, 0 when healthy
    next_poll: Mapped[datetime | None] = mapped_column(UTCDateTime)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    items_taken: Mapped[int] = mapped_column(Integer, default=0)  # documents added, all polls
    last_items: Mapped[int] = mapped_column(Integer, default=0)  # documents added, last poll
# -- science: co-publications from OpenAlex (revision 0007) ---------------------------------


class ScienceWorkModel(Base):
    """A China–Russia co-publication: an OpenAlex work with institutions on both sides.
    Its id is the OpenAlex work id, so importing the same work again changes one row."""

    __tablename__ = "science_works"

    id: Mapped[str] = mapped_column(String, primary_key=True)  # W123
    title: Mapped[str] = mapped_column(Text, default="")
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    published: Mapped[str | None] = mapped_column(String(10))
    doi: Mapped[str | None] = mapped_column(Text)
    type: Mapped[str | None] = mapped_column(String(32))
    venue: Mapped[str | None] = mapped_column(Text)
    cited_by: Mapped[int] = mapped_column(Integer, default=0)
    topics: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    source: Mapped[str] = mapped_column(Text, default="")  # the file or query it was read from
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ScienceWorkDomainModel(Base):
    __tablename__ = "science_work_domains"

    work_id: Mapped[str] = part_of("science_works.id", primary_key=True)
    domain: Mapped[str] = mapped_column(String, primary_key=True)
    position: Mapped[int] = list_position()


class ScienceInstitutionModel(Base):
    """An institution of co-publications, resolved to a knowledge-base actor or kept as
    OpenAlex names it; `resolved_by` says how (openalex, ror, name, lineage)."""

    __tablename__ = "science_institutions"

    id: Mapped[str] = mapped_column(String, primary_key=True)  # I123, or name:… without one
    name: Mapped[str] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(2))
    ror: Mapped[str | None] = mapped_column(String)
    actor_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"), index=True)
    resolved_by: Mapped[str | None] = mapped_column(String(16))


class ScienceAuthorshipModel(Base):
    """An institution that signs a work, with its side (CN, RU, or '' for a third country)."""

    __tablename__ = "science_authorships"

    work_id: Mapped[str] = part_of("science_works.id", primary_key=True)
    institution_id: Mapped[str] = mapped_column(
        ForeignKey("science_institutions.id"), primary_key=True, index=True)
    side: Mapped[str] = mapped_column(String(2), default="")
    position: Mapped[int] = list_position()


class ScienceImportModel(Base):
    """Where a paged OpenAlex API import got to, so an interrupted one resumes there."""

    __tablename__ = "science_imports"

    key: Mapped[str] = mapped_column(Text, primary_key=True)  # the query URL, without cursor
    cursor: Mapped[str | None] = mapped_column(Text)  # the next page's; None when done
    pages: Mapped[int] = mapped_column(Integer, default=0)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


Index("ix_science_work_domains_domain_work", ScienceWorkDomainModel.domain,
      ScienceWorkDomainModel.work_id)
