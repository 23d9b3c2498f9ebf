"""Counts kept up to date at every write, so that the dashboard reads a few hundred rows
instead of aggregating a million events per request.

Each event contributes a fixed set of counts (`_contributions`): one to its origin and
review status, its type, its stage and its date's precision; one per domain and month; one
per knowledge-base actor (in all, by year, by type); one per pair of a Chinese and a Russian
actor per year (pair_counts); one per domain (and once under '*') with its type, stage,
origin and year (facet_counts: the exact number of matches of the events page's common
filters); one per pair of knowledge-base actors per year under each of its domains and under
its type (pair_facet_counts, and pair_facet_totals over all years: the network filtered by a
domain or a type). A write that touches events wraps itself in `track(conn, ids)`: the
contributions of those events are read before the write and after it, and only the
difference is added, in the same transaction. So whatever the write does (ingest, a curated
load, an analyst's edit or verdict, a delete), the counters stay equal to a recount
(`rebuild`), never a stale cache. Cluster ids (recluster) are counted nowhere, so merging
changes no counter. Documents are counted as they are first saved (`count_documents`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, delete, func, select

from techties.model.names import fold
from techties.store.bulk import upsert_rows
from techties.store.db import table_of
from techties.store.models import (
    DocumentModel,
    EventActorModel,
    EventCountModel,
    EventDomainModel,
    EventModel,
    FacetCountModel,
    PairCountModel,
    PairFacetCountModel,
    PairFacetTotalModel,
    PairTotalModel,
)

CHUNK = 500
Counts = Counter[tuple[str, str, str]]
Pairs = Counter[tuple[str, str, str]]
Facets = Counter[tuple[str, str, str, str, str]]
PairFacets = Counter[tuple[str, str, str, str, str]]  # facet, value, cn, ru, year
ALL_DOMAINS = "*"  # the facet_counts domain under which every event is counted once
FACET_KEYS = ["domain", "type", "stage", "origin", "year"]
PAIR_FACET_KEYS = ["facet", "value", "cn", "ru", "year"]


def _chunks(ids: Sequence[str], size: int = CHUNK) -> Iterator[list[str]]:
    for start in range(0, len(ids), size):
        yield list(ids[start:start + size])


@dataclass
class Tally:
    """What some events add to each counter, and a name to show for each unresolved actor's
    key."""

    counts: Counts = field(default_factory=Counter)
    pairs: Pairs = field(default_factory=Counter)
    facets: Facets = field(default_factory=Counter)
    pair_facets: PairFacets = field(default_factory=Counter)
    labels: dict[str, str] = field(default_factory=dict)

    def add(self, other: Tally) -> None:
        self.counts.update(other.counts)
        self.pairs.update(other.pairs)
        self.facets.update(other.facets)
        self.pair_facets.update(other.pair_facets)
        for key, name in other.labels.items():
            self.labels.setdefault(key, name)

    def take(self, other: Tally) -> None:
        """Subtract `other`'s counts (labels stay)."""
        self.counts.subtract(other.counts)
        self.pairs.subtract(other.pairs)
        self.facets.subtract(other.facets)
        self.pair_facets.subtract(other.pair_facets)

    def event(self, e: Any, domains: set[str], sides: dict[str, set[str]]) -> None:
        _add_event(self.counts, self.pairs, e, domains, sides)
        _add_facets(self.facets, e, domains)
        _add_pair_facets(self.pair_facets, e, domains, sides)


def _contributions(conn: Connection, ids: Sequence[str]) -> Tally:
    """What the events with these ids, as stored now, add to the counters."""
    tally = Tally()
    labels = tally.labels
    for chunk in _chunks(list(dict.fromkeys(ids))):
        events = {r.id: r for r in conn.execute(
            select(EventModel.id, EventModel.origin, EventModel.review_status, EventModel.type,
                   EventModel.stage, EventModel.date).where(EventModel.id.in_(chunk)))}
        if not events:
            continue
        domains: dict[str, set[str]] = {}
        for event_id, domain in conn.execute(
                select(EventDomainModel.event_id, EventDomainModel.domain)
                .where(EventDomainModel.event_id.in_(chunk))):
            domains.setdefault(event_id, set()).add(domain)
        sides: dict[str, dict[str, set[str]]] = {}
        for event_id, side, actor_id, name, name_key in conn.execute(
                select(EventActorModel.event_id, EventActorModel.side, EventActorModel.actor_id,
                       EventActorModel.name, EventActorModel.name_key)
                .where(EventActorModel.event_id.in_(chunk))):
            key = actor_id or "~" + name_key
            if not actor_id:
                labels.setdefault(key, name)
            sides.setdefault(event_id, {}).setdefault(side, set()).add(key)
        for event_id, e in events.items():
            tally.event(e, domains.get(event_id, set()), sides.get(event_id, {}))
    return tally


def contributions_of(events: Sequence[Any], origin: str) -> Tally:
    """What these events (records.Event) add once stored as new events of `origin`, read
    from memory: the rows `_contributions` would read back after the insert. Events in id
    order and actors in position order, as the index gives back their rows, so that an
    unresolved actor's name is the one the read-back would find first."""
    tally = Tally()
    labels = tally.labels
    for e in sorted(events, key=lambda e: e.id):
        sides: dict[str, set[str]] = {}
        for side, group in (("CN", e.china_actors), ("RU", e.russia_actors)):
            for ref in group:
                key = ref.actor_id or "~" + fold(ref.name)
                if not ref.actor_id:
                    labels.setdefault(key, ref.name)
                sides.setdefault(side, set()).add(key)
        tally.event(_Stored(origin, "pending", e.type, e.stage, e.date or None),
                    set(e.domains), sides)
    return tally


@dataclass(frozen=True)
class _Stored:
    """The columns of a new event row that the counters read."""

    origin: str
    review_status: str
    type: str
    stage: str
    date: str | None


def _add_event(counts: Counts, pairs: Pairs, e: Any, domains: set[str],
               sides: dict[str, set[str]]) -> None:
    date = e.date or ""
    year = date[:4]
    counts["events", f"{e.origin}|{e.review_status}", ""] += 1
    counts["type", e.type, ""] += 1
    counts["stage", e.stage, ""] += 1
    counts["dated", str(len(date)), ""] += 1
    if len(date) >= 7:
        for domain in domains:
            counts["domain_month", domain, date[:7]] += 1
    resolved = {k for keys in sides.values() for k in keys if not k.startswith("~")}
    for actor_id in resolved:
        counts["actor", actor_id, ""] += 1
        counts["actor_type", actor_id, e.type] += 1
        if year:
            counts["actor_year", actor_id, year] += 1
    for cn in sides.get("CN", ()):
        for ru in sides.get("RU", ()):
            pairs[cn, ru, year] += 1


def _add_facets(facets: Facets, e: Any, domains: set[str]) -> None:
    year = (e.date or "")[:4]
    for domain in (*domains, ALL_DOMAINS):
        facets[domain, e.type, e.stage, e.origin, year] += 1


def _add_pair_facets(pair_facets: PairFacets, e: Any, domains: set[str],
                     sides: dict[str, set[str]]) -> None:
    """Each pair of knowledge-base actors once under each domain of the event and once under
    its type, by year."""
    year = (e.date or "")[:4]
    keys = [("domain", d) for d in domains] + [("type", e.type)]
    for cn in sides.get("CN", ()):
        if cn.startswith("~"):
            continue
        for ru in sides.get("RU", ()):
            if ru.startswith("~"):
                continue
            for facet, value in keys:
                pair_facets[facet, value, cn, ru, year] += 1


def _add(conn: Connection, model: type, keys: list[str], rows: list[dict[str, Any]]) -> None:
    """Add each row's `n` to the stored count under its keys (a new key starts at the row),
    rows in key order so that concurrent writers lock them in the same order."""
    if not rows:
        return
    upsert_rows(conn, table_of(model), sorted(rows, key=itemgetter(*keys)), keys=keys,
                update={"n": "{table}.n + excluded.n"})


def _write(conn: Connection, tally: Tally, with_facets: bool = True) -> None:
    counts, pairs, labels, facets = tally.counts, tally.pairs, tally.labels, tally.facets
    _add(conn, EventCountModel, ["name", "key", "period"],
         [{"name": name, "key": key, "period": period, "n": n} for (name, key, period), n in counts.items() if n])
    # per year only between knowledge-base actors, the network's; in all, every pair
    _add(conn, PairCountModel, ["cn", "ru", "year"],
         [{"cn": cn, "ru": ru, "year": year, "n": n} for (cn, ru, year), n in pairs.items()
          if n and not cn.startswith("~") and not ru.startswith("~")])
    totals: Counter[tuple[str, str]] = Counter()
    for (cn, ru, _year), n in pairs.items():
        totals[cn, ru] += n
    _add(conn, PairTotalModel, ["cn", "ru"],
         [{"cn": cn, "ru": ru, "n": n, "cn_name": labels.get(cn, ""), "ru_name": labels.get(ru, "")}
          for (cn, ru), n in totals.items() if n])
    if not with_facets:  # migration 0010: the tables below come with later revisions
        return
    _add(conn, FacetCountModel, FACET_KEYS,
         [dict(zip(FACET_KEYS, key, strict=True), n=n) for key, n in facets.items() if n])
    _add(conn, PairFacetCountModel, PAIR_FACET_KEYS,
         [dict(zip(PAIR_FACET_KEYS, key, strict=True), n=n)
          for key, n in tally.pair_facets.items() if n])
    facet_totals: Counter[tuple[str, str, str, str]] = Counter()
    for (facet, value, cn, ru, _year), n in tally.pair_facets.items():
        facet_totals[facet, value, cn, ru] += n
    _add(conn, PairFacetTotalModel, PAIR_FACET_KEYS[:-1],
         [dict(zip(PAIR_FACET_KEYS[:-1], key, strict=True), n=n)
          for key, n in facet_totals.items() if n])


@contextmanager
def track(conn: Connection, ids: Iterable[str], new: Sequence[Any] = (), origin: str = "extracted"
          ) -> Iterator[None]:
    """Keep the counters of the events `ids` right across the write this wraps. `new` are
    events (records.Event) among them known not to be stored before the write, and written
    by it as new rows of `origin`: they count nothing before, and what they count after is
    read from memory rather than back from the store (ingest's batches)."""
    ids = list(dict.fromkeys(ids))
    fresh_ids = [e.id for e in new]
    if len(set(fresh_ids)) != len(fresh_ids):  # one id twice: the store says which row won
        new, fresh_ids = (), []
    fresh = set(fresh_ids)
    stored = [i for i in ids if i not in fresh]
    before = _contributions(conn, stored)
    yield
    after = _contributions(conn, stored)
    if new:
        after.add(contributions_of(new, origin))
    after.take(before)
    _write(conn, after)


def count_documents(conn: Connection, documents: Sequence[dict[str, Any]]) -> set[str]:
    """Count the documents about to be inserted that are not stored yet (call it before the
    insert, in its transaction); returns the ids of those already stored."""
    ids = [d["id"] for d in documents]
    stored: set[str] = set()
    for chunk in _chunks(ids):
        stored.update(conn.scalars(select(DocumentModel.id).where(DocumentModel.id.in_(chunk))))
    tally = Tally()
    for d in {d["id"]: d for d in documents if d["id"] not in stored}.values():
        _add_document(tally.counts, bool(d.get("duplicate_of")), d.get("lang"))
    _write(conn, tally)
    return stored


def _add_document(counts: Counts, duplicate: bool, lang: str | None, n: int = 1) -> None:
    """Count `n` documents: in all, as duplicates, and by language."""
    counts["documents", "all", ""] += n
    if duplicate:
        counts["documents", "duplicate", ""] += n
    if lang:
        counts["document_lang", lang, ""] += n


def rebuild(conn: Connection, with_facets: bool = True) -> None:
    """Recount everything from the stored rows (a check that nothing drifted); migration 0010
    runs it without the facet counts, whose tables come with revisions 0011 and 0012."""
    conn.execute(delete(EventCountModel))
    conn.execute(delete(PairCountModel))
    conn.execute(delete(PairTotalModel))
    if with_facets:
        for model in (FacetCountModel, PairFacetCountModel, PairFacetTotalModel):
            conn.execute(delete(model))
    tally = Tally()
    last = ""
    while True:
        ids = list(conn.scalars(select(EventModel.id).where(EventModel.id > last)
                                .order_by(EventModel.id).limit(5000)))
        if not ids:
            break
        tally.add(_contributions(conn, ids))
        last = ids[-1]
    for duplicate, lang, n in conn.execute(
            select(DocumentModel.duplicate_of.is_not(None), DocumentModel.lang, func.count())
            .group_by(DocumentModel.duplicate_of.is_not(None), DocumentModel.lang)):
        _add_document(tally.counts, bool(duplicate), lang, n)
    _write(conn, tally, with_facets)


# -- reading ------------------------------------------------------------------------------


def values(conn: Connection, name: str) -> dict[tuple[str, str], int]:
    """{(key, period): n} of one count, zeros left out."""
    return {(k, p): int(n) for k, p, n in conn.execute(
        select(EventCountModel.key, EventCountModel.period, EventCountModel.n)
        .where(EventCountModel.name == name, EventCountModel.n != 0))}


def by_key(conn: Connection, name: str, key: str | None = None) -> dict[str, int]:
    """{key: n} of a count without periods, or {period: n} of one key."""
    stmt = select(EventCountModel.key, EventCountModel.period, EventCountModel.n).where(
        EventCountModel.name == name, EventCountModel.n != 0)
    if key is not None:
        stmt = stmt.where(EventCountModel.key == key)
        return {p: int(n) for _k, p, n in conn.execute(stmt)}
    return {k: int(n) for k, _p, n in conn.execute(stmt)}


def how_many(conn: Connection, name: str) -> int:
    """How many keys of a count are above zero (e.g. the actors with events)."""
    return int(conn.execute(select(func.count()).select_from(EventCountModel).where(
        EventCountModel.name == name, EventCountModel.n > 0)).scalar_one())


def events_total(conn: Connection) -> int:
    return sum(by_key(conn, "events").values())


def actor_events(conn: Connection, actor_id: str) -> int:
    """The events an actor takes part in."""
    return int(conn.execute(select(func.coalesce(func.sum(EventCountModel.n), 0)).where(
        EventCountModel.name == "actor", EventCountModel.key == actor_id)).scalar_one())


def facet_total(conn: Connection, domain: str | None, type: str | None, stage: str | None,
                origin: str | None, years: tuple[str | None, str | None] | None) -> int:
    """How many events are in `domain` (any: None) with this type, stage and origin (None:
    any), dated within the years from `years[0]` to `years[1]` (None: dated or not)."""
    conditions = [FacetCountModel.domain == (domain or ALL_DOMAINS)]
    for column, value in ((FacetCountModel.type, type), (FacetCountModel.stage, stage),
                          (FacetCountModel.origin, origin)):
        if value is not None:
            conditions.append(column == value)
    if years is not None:
        first, last = years
        conditions.append(FacetCountModel.year != "")
        if first:
            conditions.append(FacetCountModel.year >= first)
        if last:
            conditions.append(FacetCountModel.year <= last)
    return int(conn.execute(select(func.coalesce(func.sum(FacetCountModel.n), 0))
                            .where(*conditions)).scalar_one())
