"""Merging reports of one happening: extracted events from different documents (in any of
the three languages) that tell of the same real-world event get one `cluster_id`.

Two reports are of the same happening when
  * they come from different documents (one document's events are different events),
  * their types are the same or compatible (each type's `compatible_with`, event_types.yaml),
  * they share a domain,
  * they share a knowledge-base actor, and on every side where both name resolved
    actors they share one there too: ids make the match work across languages,
  * their dates are close: within MAX_DAYS when both are known to the day, else within
    MAX_MONTHS, else (known to the year only) the same year with actors shared on both
    sides. A report is placed by its stored date alone (extraction already fell back to
    the document's date or its dateline), so merging agrees with every other screen.
An extracted event linked to a curated event (`curated_id`) is in that curated event's
cluster; two curated events are never merged (the knowledge base has no duplicates).

Clusters are grown greedily, best pairs first, and two clusters are never joined when
that would put two events of one document, or two curated events, together; a chain of
weak matches cannot glue different happenings. The cluster id is the id of its
representative: the curated event, else the most confident report.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import Connection, Engine

from techties.analysis.events import report_rank
from techties.analysis.periods import day_of, month_of
from techties.model.behaviour import compatible
from techties.store import analysis_queries as aq
from techties.store import write
from techties.store.event_record import EventRecord
from techties.store.read import reports as report_reads
from techties.store.store import Store

MAX_DAYS = 31
MAX_MONTHS = 1


@dataclass(frozen=True)
class _When:
    date: str | None
    day: int | None
    month: int | None
    year: int | None


@lru_cache(maxsize=65536)  # a batch merge asks about the same few hundred dates thousands of times
def _when(date: str | None) -> _When:
    if not date or not date[:4].isdigit():
        return _When(None, None, None, None)
    return _When(date, day_of(date), month_of(date), int(date[:4]))


def _close(a: _When, b: _When, both_sides: bool) -> bool:
    if a.day is not None and b.day is not None:
        return abs(a.day - b.day) <= MAX_DAYS
    if a.month is not None and b.month is not None:
        return abs(a.month - b.month) <= MAX_MONTHS
    if a.year is not None and b.year is not None:
        return a.year == b.year and both_sides
    return False


def match_score(a: EventRecord, b: EventRecord, wa: _When, wb: _When) -> float | None:
    """How well two reports match as one happening; None when they cannot be one."""
    if a.origin == "curated" and b.origin == "curated":
        return None
    if a.document_id and a.document_id == b.document_id:
        return None
    if a.curated_id and b.curated_id and a.curated_id != b.curated_id:
        return None
    if not compatible(a.type, b.type):
        return None
    shared_domains = set(a.domains) & set(b.domains)
    if not shared_domains:
        return None
    shared = 0
    both_sides = True
    for side in ("CN", "RU"):
        ids_a, ids_b = a.actor_ids(side), b.actor_ids(side)
        if ids_a and ids_b:
            common = ids_a & ids_b
            if not common:
                return None
            shared += len(common)
        else:
            both_sides = False
    if not shared:
        return None
    if not _close(wa, wb, both_sides):
        return None
    distance = 0.0
    if wa.day is not None and wb.day is not None:
        distance = abs(wa.day - wb.day) / 31
    elif wa.month is not None and wb.month is not None:
        distance = float(abs(wa.month - wb.month))
    return (2.0 * shared + len(shared_domains) + (1.0 if a.type == b.type else 0.0)
            + (1.0 if both_sides else 0.0) - distance)


class _Clusters:
    """Union-find that refuses joins putting two events of one document, or two curated
    events, into one cluster, or stretching a cluster's dates beyond the closeness allowed
    for a pair (so that a report dated to the year only cannot bridge March and June)."""

    def __init__(self, reports: Sequence[EventRecord], whens: dict[str, _When]):
        self.parent = {r.id: r.id for r in reports}
        self.documents = {r.id: {r.document_id} if r.document_id else set() for r in reports}
        self.curated = {r.id: {r.id} if r.origin == "curated" else set() for r in reports}
        self.days = {r.id: _span(whens[r.id].day) for r in reports}
        self.months = {r.id: _span(whens[r.id].month) for r in reports}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.documents[ra] & self.documents[rb] or (self.curated[ra] and self.curated[rb]):
            return False
        days = _union(self.days[ra], self.days[rb])
        months = _union(self.months[ra], self.months[rb])
        if (days and days[1] - days[0] > MAX_DAYS) or (months and months[1] - months[0] > MAX_MONTHS):
            return False
        self.parent[rb] = ra
        self.documents[ra] |= self.documents.pop(rb)
        self.curated[ra] |= self.curated.pop(rb)
        self.days[ra], self.months[ra] = days, months
        return True


def _span(value: int | None) -> tuple[int, int] | None:
    return None if value is None else (value, value)


def _union(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])


def _candidate_pairs(reports: Sequence[EventRecord],
                     whens: dict[str, _When]) -> Iterable[tuple[float, str, str]]:
    """Scored pairs sharing a knowledge-base actor, compared only within a date window."""
    by_actor: dict[str, list[EventRecord]] = defaultdict(list)
    for r in reports:
        for actor_id in r.actor_ids():
            by_actor[actor_id].append(r)
    seen: set[tuple[str, str]] = set()
    for block in by_actor.values():
        dated = sorted((r for r in block if whens[r.id].year is not None),
                       key=lambda r: (whens[r.id].year or 0, whens[r.id].date or ""))
        for i, a in enumerate(dated):
            wa = whens[a.id]
            for b in dated[i + 1:]:
                wb = whens[b.id]
                if (wb.year or 0) > (wa.year or 0) + 1:
                    break
                key = (a.id, b.id) if a.id < b.id else (b.id, a.id)
                if key in seen:
                    continue
                seen.add(key)
                score = match_score(a, b, wa, wb)
                if score is not None:
                    yield score, key[0], key[1]


def cluster_reports(reports: Sequence[EventRecord]) -> dict[str, str]:
    """The cluster id of every report given (a lone report: its own id)."""
    whens = {r.id: _when(r.date) for r in reports}
    clusters = _Clusters(reports, whens)
    ids = set(clusters.parent)
    for r in reports:  # the links to curated events come first: they are analyst-verified
        if r.curated_id and r.curated_id in ids:
            clusters.join(r.curated_id, r.id)
    for _score, a, b in sorted(_candidate_pairs(reports, whens), key=lambda p: (-p[0], p[1], p[2])):
        clusters.join(a, b)
    members: dict[str, list[EventRecord]] = defaultdict(list)
    for r in reports:
        members[clusters.find(r.id)].append(r)
    out: dict[str, str] = {}
    for group in members.values():
        curated = sorted(m.id for m in group if m.origin == "curated")
        rep = curated[0] if curated else min(group, key=report_rank).id
        for m in group:
            out[m.id] = rep
    return out



def date_ranges(dates: Iterable[str | None]) -> list[tuple[str, str]]:
    """Text ranges of partial dates that may hold a report close to one of `dates`."""
    return [found for date in dates if (found := _date_range(date)) is not None]


@lru_cache(maxsize=65536)
def _date_range(date: str | None) -> tuple[str, str] | None:
    when = _when(date)
    if when.month is not None:
        low, high = when.month - MAX_MONTHS - 1, when.month + MAX_MONTHS + 1
        return f"{low // 12:04d}-{low % 12 + 1:02d}", f"{high // 12:04d}-{high % 12 + 1:02d}-99"
    if when.year is not None:
        return f"{when.year:04d}", f"{when.year:04d}-99"
    return None


def recluster(store: Store) -> tuple[int, int]:
    """Merge the reports of the whole store; returns (events, clusters of two or more)."""
    reports = report_reads.reports(store, include_rejected=True, details=False)
    clusters = cluster_reports(reports)
    changed = {r.id: clusters[r.id] for r in reports
               if r.cluster_id != clusters[r.id] and not (r.cluster_id is None and clusters[r.id] == r.id)}
    write.set_clusters(store, changed)
    sizes: dict[str, int] = defaultdict(int)
    for cluster in clusters.values():
        sizes[cluster] += 1
    return len(clusters), sum(1 for n in sizes.values() if n > 1)


@contextmanager
def _connection(bind: Engine | Connection) -> Iterator[Connection]:
    """The caller's connection, inside its transaction; else a transaction of our own."""
    if isinstance(bind, Connection):
        yield bind
    else:
        with bind.begin() as conn:
            yield conn


def merge_new(bind: Engine | Connection, event_ids: Sequence[str]) -> int:
    """Merge newly saved events with the stored events they may report (those naming one of
    their actors or their curated event, and those events' clusters). Returns how many
    stored events changed cluster. Ingest calls it with the connection that saves the
    document, so that a document is never saved without its merge."""
    if not event_ids:
        return 0
    with _connection(bind) as conn:
        return _merge_new(conn, event_ids)


def _merge_new(conn: Connection, event_ids: Sequence[str]) -> int:
    """merge_new on one connection: reads and writes see the document being saved."""
    fresh = aq.load_reports(conn, event_ids, include_rejected=True, details=False)
    actor_ids = {a for r in fresh for a in r.actor_ids()}
    curated = {r.curated_id for r in fresh if r.curated_id}
    if not actor_ids and not curated:
        return 0  # nothing to merge on: a report without a resolved actor stands alone
    ranges = date_ranges(r.date for r in fresh)
    near = aq.neighbour_ids(conn, actor_ids if ranges else (), curated, (), ranges)
    clusters = aq.cluster_ids_of(conn, near)
    ids = set(aq.neighbour_ids(conn, (), (), clusters)) | set(near) | set(event_ids)
    reports = aq.load_reports(conn, sorted(ids), include_rejected=True, details=False)
    assigned = cluster_reports(reports)
    current = {r.id: r.cluster_id for r in reports}
    # a lone report keeps no cluster id: it is its own event
    changed = {i: c for i, c in assigned.items()
               if current.get(i) != c and not (current.get(i) is None and c == i)}
    if not changed:
        return 0
    return aq.set_clusters(conn, changed)
