"""The one filter of the events, shared by the CLI, the REST API, the dashboard, the
briefs and the exports (`EventFilter`), and the queries that list, count and stream the
events it matches.

Every function takes a connection and returns the store's plain rows (`queries.EventRow`),
the same on SQLite and PostgreSQL. The conditions are written to use the store's indexes: a
knowledge-base actor or a domain through their covering indexes, words through the
full-text index (store/search.py), and exact counts from the counters where the filter
allows (store/counters.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    String,
    and_,
    exists,
    func,
    literal,
    or_,
    select,
)

from techties.model.loader import ACTOR_ID
from techties.model.names import fold
from techties.store import counters, event_record, queries, search
from techties.store.models import (
    ActorModel,
    DocumentModel,
    EventActorModel,
    EventDomainModel,
    EventModel,
    EventSearchModel,
    EventSourceModel,
)
from techties.store.queries import EventRow

SORTS = {
    "date": EventModel.date,
    "type": EventModel.type,
    "stage": EventModel.stage,
    "confidence": EventModel.confidence,
    "origin": EventModel.origin,
    "review": EventModel.review_status,
    "id": EventModel.id,
}
# What an event's "source" filter matches: how its document arrived, or the kind of page a
# curated event cites.
DOCUMENT_SOURCE_KINDS = ("file", "feed", "url")


@dataclass
class EventFilter:
    """Every filter of the events, for the CLI, the API, the dashboard, the briefs and the
    exports; each filter left at None matches everything.

    `actor` matches a knowledge-base id exactly, or any part of an actor's name as stored
    or of a knowledge-base actor's name, acronym or alias in any language, ignoring case;
    `side` keeps an actor on that side (or `actor` on that side). `date_from`/`date_to`
    take partial dates (YYYY, YYYY-MM, YYYY-MM-DD) and keep an event whose date overlaps the
    range: a 2019 event is inside 2019-01..2019-12; an event without a date is left out once
    either bound is set. `source` is how the document arrived (file, feed, url) or a cited
    page's kind for curated events (official, state_media …); `q` words in the summary, the
    document title or the evidence (store/search.py). `curated` keeps the extracted events
    that report that curated event; `standalone` leaves them out (they are shown with it).
    """

    domain: str | None = None
    type: str | None = None
    stage: str | None = None
    actor: str | None = None
    side: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    lang: str | None = None
    source: str | None = None
    origin: str | None = None
    review_status: str | None = None
    project: str | None = None
    document_id: str | None = None
    curated: str | None = None
    standalone: bool = False
    q: str | None = None
    sort: str = "date"
    order: str = "desc"
    limit: int | None = 50
    offset: int = 0
    # knowledge-base actors whose names in any language contain `actor` (see `resolved`)
    actor_ids: list[str] | None = None
    # how `q` is matched (see `resolved`): the event ids it matches when they are few, or
    # None to test each event in turn; and whether it is an event's id pasted whole
    q_ids: list[str] | None = None
    q_dense: bool = False
    q_is_id: bool = False
    # SQLite, a common word: its newest index rows, read while telling it common
    q_newest: list[int] | None = None
    # SQLite: the FTS5 MATCH expression of `q` (search.expanded_query)
    q_fts: str | None = None
    # `actor` is a knowledge-base actor in more than DENSE_ACTOR events (see `resolved`)
    actor_dense: bool = False
    # `domain` holds more than DENSE_ACTOR events (see `resolved`)
    domain_dense: bool = False

    def active(self) -> dict[str, str]:
        """The filters set, as query-string parameters (for links and downloads)."""
        skip = {"limit", "offset", "sort", "order", "actor_ids", "q_ids", "q_dense", "q_is_id",
                "actor_dense", "domain_dense", "q_newest", "q_fts"}
        return {f.name: str(getattr(self, f.name)) for f in fields(self)
                if f.name not in skip and getattr(self, f.name) not in (None, "", False)}


def event_conditions(f: EventFilter) -> list[ColumnElement[bool]]:
    """The SQL conditions of `f` (resolved by `resolved` where it names words or an actor)."""
    conditions: list[ColumnElement[bool]] = [
        column == getattr(f, name) for name, column in EQUALITY_FILTERS.items()
        if getattr(f, name)]
    if f.standalone:
        conditions.append(EventModel.curated_id.is_(None))
    conditions.extend(date_conditions(f.date_from, f.date_to))
    if f.domain and f.domain_dense:
        # a common domain: each event met in the page's order is tested (primary key read)
        conditions.append(exists().where(EventDomainModel.event_id == EventModel.id,
                                         EventDomainModel.domain == f.domain))
    elif f.domain:
        conditions.append(EventModel.id.in_(select(EventDomainModel.event_id)
                                            .where(EventDomainModel.domain == f.domain)))
    if f.actor and ACTOR_ID.match(f.actor) and f.actor_dense:
        # an actor in many events: each event met in the page's order is tested (OFFSET 0
        # keeps PostgreSQL from joining every one of the actor's events first)
        test = select(EventActorModel.event_id).where(
            EventActorModel.event_id == EventModel.id, EventActorModel.actor_id == f.actor)
        if f.side:
            test = test.where(EventActorModel.side == f.side)
        conditions.append(test.offset(0).exists())
    elif f.actor and ACTOR_ID.match(f.actor):
        # a knowledge-base id: an exact match, read from the (actor_id, side, event_id) index
        by_id = select(EventActorModel.event_id).where(EventActorModel.actor_id == f.actor)
        if f.side:
            by_id = by_id.where(EventActorModel.side == f.side)
        conditions.append(EventModel.id.in_(by_id))
    elif f.actor:
        term = fold(f.actor)
        match = EventActorModel.name_key.contains(term, autoescape=True)
        if f.actor_ids:
            match = or_(match, EventActorModel.actor_id.in_(f.actor_ids))
        if f.side:
            match = and_(match, EventActorModel.side == f.side)
        conditions.append(exists().where(EventActorModel.event_id == EventModel.id, match))
    elif f.side:
        conditions.append(exists().where(EventActorModel.event_id == EventModel.id,
                                         EventActorModel.side == f.side))
    # Index ranges implied by the partial-date overlap tests of `date_conditions`, which compare
    # at the event date's own precision and so cannot use the date index by themselves.
    if f.date_from:
        conditions.append(EventModel.date >= f.date_from[:4])
    if f.date_to:
        conditions.append(EventModel.date <= f.date_to + "-99-99")
    if f.source:
        if f.source in DOCUMENT_SOURCE_KINDS:
            conditions.append(DocumentModel.source_kind == f.source)
        else:
            conditions.append(exists().where(EventSourceModel.event_id == EventModel.id,
                                             EventSourceModel.kind == f.source))
    if f.q and f.q.strip():
        # every word in the summary, the document title or the evidence (full-text index),
        # or the event's id pasted whole: each looked up on its own in `resolved`, since an
        # OR of the two would keep PostgreSQL from its GIN index
        if f.q_dense:
            words: ColumnElement[bool] = search.words_probe(f.q, f.q_fts)
        elif f.q_ids is not None:
            words = EventModel.id.in_(f.q_ids)
        else:
            words = search.words_match(f.q, f.q_fts)
        conditions.append(or_(words, EventModel.id == f.q.strip()) if f.q_is_id else words)
    return conditions


# Up to this many events matching the words of `q`, they are read from the full-text index
# as a list; beyond, each event met in the page's order is tested (the first page of a
# common word then costs a few hundred tests, not a list of half the store).
DENSE_WORDS = 5000
# Likewise for an actor's events, whose number the counters know.
DENSE_ACTOR = 5000


def resolved(conn: Connection, f: EventFilter) -> EventFilter:
    """`f` with its words and actor name looked up once, for several queries in a row: how
    its words are matched (see DENSE_WORDS), and the ids of the knowledge-base actors an
    actor name matches in any language (Роскосмос, 华为, CASC), since events store the
    canonical English name."""
    if f.q and f.q.strip() and f.q_ids is None and not f.q_dense:
        q = f.q.strip()
        newest: list[int] | None = None
        fts: str | None = None
        if conn.dialect.name == "sqlite":
            # newest first, so that a common word's first page starts from these rows
            fts = search.expanded_query(conn, q)
            newest = search.rowids_newest_first(conn, q, None, DENSE_WORDS + 1, fts)
            ids = None if len(newest) > DENSE_WORDS else search.event_ids(conn, newest)
        else:
            ids = search.match_ids(conn, q, DENSE_WORDS, counters.events_total(conn))
        is_id = conn.execute(select(EventModel.id).where(EventModel.id == q)).first() is not None
        f = replace(f, q_ids=ids, q_dense=ids is None, q_is_id=is_id,
                    q_newest=newest if ids is None else None, q_fts=fts)
    if f.actor and ACTOR_ID.match(f.actor) and not f.actor_dense:
        f = replace(f, actor_dense=counters.actor_events(conn, f.actor) > DENSE_ACTOR)
    if f.domain and not f.domain_dense:
        f = replace(f, domain_dense=counters.facet_total(
            conn, f.domain, None, None, None, None) > DENSE_ACTOR)
    if not f.actor or ACTOR_ID.match(f.actor) or f.actor_ids is not None:
        return f
    term = fold(f.actor)
    ids = [a.id for a in conn.execute(select(ActorModel.id, ActorModel.name, ActorModel.acronyms,
                                             ActorModel.aliases))
           if queries.actor_matches(a, term)]
    return replace(f, actor_ids=ids)


def select_events(f: EventFilter, *columns: Any, document: bool = True) -> Select[Any]:
    """Events matching `f`; joined to their document when a column or a filter needs it."""
    stmt = select(*columns).select_from(EventModel)
    if document or needs_document(f):
        stmt = stmt.outerjoin(DocumentModel, DocumentModel.id == EventModel.document_id)
    return stmt.where(*event_conditions(f))


def _order(f: EventFilter) -> list[Any]:
    column = SORTS.get(f.sort, EventModel.date)
    first = column.asc().nulls_last() if f.order == "asc" else column.desc().nulls_last()
    tie = EventModel.id.asc() if f.order == "asc" else EventModel.id.desc()
    return [first, tie] if column is not EventModel.id else [first]


def find_events(conn: Connection, f: EventFilter) -> list[EventRow]:
    """The events matching `f`, in its sort order, one page of them."""
    f = resolved(conn, f)
    if (conn.dialect.name == "sqlite" and f.q_dense and not f.q_is_id and f.sort == "date"
            and f.order == "desc" and f.limit is not None):
        return _newest_with_words(conn, f)
    stmt = select_events(f, *event_record.COLUMNS).order_by(*_order(f)).offset(max(f.offset, 0))
    if f.limit is not None:
        stmt = stmt.limit(max(f.limit, 0))
    return queries.event_rows(conn, conn.execute(stmt).all())


# The largest set of candidates `_newest_with_words` sorts; past it, the general query runs.
MOST_CANDIDATES = 20000


def _word_batches(conn: Connection, f: EventFilter, size: int
                  ) -> Iterator[tuple[list[int], bool]]:
    """SQLite, a common word: the index rows matching the words of `f`, latest date key
    first, in batches from `size` rows doubling up to 10,000, each with whether more may
    follow; the rows `_resolved` read (q_newest) are taken first, without reading them again."""
    first = list(f.q_newest or [])
    below: int | None = None
    while True:
        if first:
            batch, first = first[:size], first[size:]
            full = True
        else:
            batch = search.rowids_newest_first(conn, f.q or "", below, size, f.q_fts)
            full = len(batch) == size
        yield batch, full and bool(batch)
        if batch:
            below = batch[-1]
        size = min(2 * size, 10000)


def _newest_with_words(conn: Connection, f: EventFilter) -> list[EventRow]:
    """SQLite, a common word, newest first: the index rows matching the words are read from
    the latest date key down (search.rowids_newest_first), those passing the other filters
    kept, until the page is covered and the key of its last event is read whole; only those
    candidates are sorted. Every match outside them has a lower key, so a date below all of
    the page's: the page is the one the general query gives."""
    need = f.offset + (f.limit or 0)
    if need <= 0:
        return []
    rest = replace(f, q=None, q_ids=None, q_dense=False, q_is_id=False, q_newest=None,
                   q_fts=None)
    conditions = event_conditions(rest)
    found: dict[int, str] = {}
    batches = _word_batches(conn, f, max(2 * need, 500))
    while len(found) <= MOST_CANDIDATES:
        batch, full = next(batches)
        if not batch:
            break
        below = batch[-1]
        wanted = batch
        if not conditions and len(found) + len(batch) > need:
            # every row passes: those below the key of the page's last row are not needed
            cut = batch[need - len(found) - 1] >> search.SEQ_BITS
            wanted = [r for r in batch if r >> search.SEQ_BITS >= cut]
        stmt = select(EventSearchModel.id, EventSearchModel.event_id).where(
            EventSearchModel.id.in_(wanted))
        if conditions:
            stmt = stmt.join(EventModel, EventModel.id == EventSearchModel.event_id)
            if needs_document(rest):
                stmt = stmt.outerjoin(DocumentModel, DocumentModel.id == EventModel.document_id)
            stmt = stmt.where(*conditions)
        found.update((int(r[0]), str(r[1])) for r in conn.execute(stmt))
        if not full:
            break
        if len(found) >= need:
            last_key = sorted(found, reverse=True)[need - 1] >> search.SEQ_BITS
            if below >> search.SEQ_BITS < last_key:
                break
    else:
        f = replace(f, q_dense=False, q_ids=None, q_newest=None)
        stmt = select_events(f, *event_record.COLUMNS).order_by(*_order(f)).offset(f.offset)
        return queries.event_rows(conn, conn.execute(stmt.limit(f.limit)).all())
    stmt = (select(*event_record.COLUMNS).select_from(EventModel)
            .outerjoin(DocumentModel, DocumentModel.id == EventModel.document_id)
            .where(EventModel.id.in_(list(found.values())))
            .order_by(*_order(f)).offset(f.offset).limit(f.limit))
    return queries.event_rows(conn, conn.execute(stmt).all())


def _facet_count(conn: Connection, f: EventFilter) -> int | None:
    """The exact number of events matching `f` from the facet counters, when `f` filters
    only by domain, type, stage, origin and whole years; else None."""
    active = f.active()
    if not active or not set(active) <= {"domain", "type", "stage", "origin", "date_from",
                                         "date_to"}:
        return None
    bounds = (f.date_from, f.date_to)
    if any(b and not (len(b) == 4 and b.isdigit()) for b in bounds):
        return None
    return counters.facet_total(conn, f.domain, f.type, f.stage, f.origin,
                                bounds if any(bounds) else None)


def count_events(conn: Connection, f: EventFilter) -> int:
    counted = _facet_count(conn, f)
    if counted is not None:
        return counted
    f = resolved(conn, f)
    return int(conn.execute(select_events(f, func.count(EventModel.id), document=False)).scalar_one())


# The events page counts matches up to this many and then says "1,000+": an exact count of a
# common word or a broad filter would read every matching event, and the page shows 50.
COUNT_CAP = 1000


def count_events_capped(conn: Connection, f: EventFilter, cap: int = COUNT_CAP
                        ) -> tuple[int, bool]:
    """How many events match `f`, exactly when at most `cap` (or nothing is filtered: the
    counters know the total); else (cap, False), meaning "more than cap"."""
    if not f.active():
        return counters.events_total(conn), True
    counted = _facet_count(conn, f)
    if counted is not None:
        return counted, True
    f = resolved(conn, f)
    if f.q_dense and len(f.active()) == 1:
        return cap, False  # the index matched more than DENSE_WORDS >= cap events
    if conn.dialect.name == "sqlite" and f.q_dense and not f.q_is_id:
        walked = _count_with_words(conn, f, cap)
        if walked is not None:
            return walked
    some = select_events(f, EventModel.id, document=False).limit(cap + 1).subquery()
    n = int(conn.execute(select(func.count()).select_from(some)).scalar_one())
    return (n, True) if n <= cap else (cap, False)


# How many index rows `_count_with_words` reads before it leaves the count to the general query.
MOST_COUNTED = 50000


def _count_with_words(conn: Connection, f: EventFilter, cap: int) -> tuple[int, bool] | None:
    """SQLite, a common word and other filters: the index rows matching the words read
    newest first a batch at a time, those whose events pass the other filters counted, until
    more than `cap` (as count_events_capped answers); None past MOST_COUNTED rows read."""
    rest = replace(f, q=None, q_ids=None, q_dense=False, q_is_id=False, q_newest=None,
                   q_fts=None)
    conditions = event_conditions(rest)
    n, read = 0, 0
    batches = _word_batches(conn, f, cap + cap // 4 + 1)
    while read < MOST_COUNTED:
        batch, full = next(batches)
        if not batch:
            return n, True
        read += len(batch)
        stmt = (select(func.count()).select_from(EventSearchModel)
                .join(EventModel, EventModel.id == EventSearchModel.event_id))
        if needs_document(rest):
            stmt = stmt.outerjoin(DocumentModel, DocumentModel.id == EventModel.document_id)
        n += int(conn.execute(stmt.where(EventSearchModel.id.in_(batch), *conditions)
                              ).scalar_one())
        if n > cap:
            return cap, False
        if not full:
            return n, True
    return None


def iter_events(conn: Connection, f: EventFilter, chunk: int = 2000) -> Iterator[EventRow]:
    """Every event matching `f` in its order, read a chunk at a time (for downloads)."""
    offset = f.offset
    remaining = f.limit
    while remaining is None or remaining > 0:
        size = chunk if remaining is None else min(chunk, remaining)
        rows = find_events(conn, replace(f, limit=size, offset=offset))
        yield from rows
        if len(rows) < size:
            return
        offset += size
        if remaining is not None:
            remaining -= size




# EventFilter fields that keep the events whose column equals the value given.
EQUALITY_FILTERS: dict[str, Any] = {
    "type": EventModel.type, "stage": EventModel.stage, "origin": EventModel.origin,
    "lang": DocumentModel.lang, "document_id": EventModel.document_id,
    "project": EventModel.project_id, "review_status": EventModel.review_status,
    "curated": EventModel.curated_id,
}



def date_conditions(date_from: str | None, date_to: str | None) -> list[Any]:
    """The events whose stored date overlaps the range from `date_from` to `date_to` (partial
    dates): the one date filter of the command line, the web and the API."""
    date = EventModel.date
    conditions: list[Any] = []
    if date_from:
        # The bound cut to the event date's own precision: 2019 >= "2019-01"[:4].
        bound = func.substr(literal(date_from, String), 1, func.length(date))
        conditions.append(and_(date.is_not(None), date >= bound))
    if date_to:
        # The event date cut to the bound's precision: "2019-12-05"[:7] <= 2019-12.
        conditions.append(and_(date.is_not(None), func.substr(date, 1, len(date_to)) <= date_to))
    return conditions



def needs_document(f: EventFilter) -> bool:
    return bool(f.lang or (f.source in DOCUMENT_SOURCE_KINDS))


