"""Merging a batch of documents at once, with the result of merging them one by one.

Ingest saves a batch of documents in one transaction. Merging each document's events with
`merge_new` in turn costs five queries a document; merging them all in one `merge_new`
would cluster a larger neighbourhood at once, which can group reports differently than a
one-at-a-time ingest. So the neighbourhood of the whole batch is read once, and the
documents are merged in memory in input order, each seeing the stored events and the
events of the documents before it, exactly as `merge_new` sees them; the cluster ids that
changed are written once at the end.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import replace

from sqlalchemy import Connection

from techties.analysis.merging import cluster_reports, date_ranges
from techties.store import analysis_queries as aq
from techties.store.event_record import EventRecord


def _compact(ranges: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Overlapping text ranges joined: one covering filter for the whole batch (a query with
    one clause per document would outgrow SQLite's expression depth)."""
    out: list[tuple[str, str]] = []
    for low, high in sorted(set(ranges)):
        if out and low <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], high))
        else:
            out.append((low, high))
    return out


def _date_ok(date: str | None, ranges: Sequence[tuple[str, str]], years: set[str]) -> bool:
    """aq.neighbour_ids's date filter, in Python: no date, a year named, or inside a range."""
    return date is None or date in years or any(low <= date <= high for low, high in ranges)


def _load(conn: Connection, groups: Sequence[Sequence[str]]) -> dict[str, EventRecord]:
    """Every event a merge of the batch may read: the batch's events, those naming one of a
    document's actors in one of its date windows or reporting its curated events, and the
    whole clusters of those (clusters named by an id of one of them included)."""
    fresh = {r.id: r for r in aq.load_reports(conn, [i for group in groups for i in group],
                                              include_rejected=True, details=False)}
    windows: dict[str, list[tuple[str, str]]] = defaultdict(list)
    curated: set[str] = set()
    for group in groups:
        reports = [fresh[i] for i in group if i in fresh]
        ranges = date_ranges(r.date for r in reports)
        for actor_id in {a for r in reports for a in r.actor_ids()}:
            windows[actor_id].extend(ranges)
        curated.update(r.curated_id for r in reports if r.curated_id)
    loaded = aq.neighbours_in_windows(conn, [(actor_id, low, high) for actor_id, ranges in windows.items()
                                             for low, high in _compact(ranges)])
    loaded.update(aq.neighbour_ids(conn, (), curated, ()))
    loaded.update(fresh)
    frontier = set(loaded)
    while frontier:
        clusters = aq.cluster_ids_of(conn, sorted(frontier)) | frontier
        frontier = set(aq.neighbour_ids(conn, (), (), clusters)) - loaded
        loaded |= frontier
    reports = [r for r in aq.load_reports(conn, sorted(loaded - set(fresh)), include_rejected=True,
                                          details=False)]
    return {r.id: r for r in [*reports, *fresh.values()]}


def merge_in_order(conn: Connection, groups: Sequence[Sequence[str]], unsaved: Collection[str]) -> int:
    """The result of `merge_new(conn, group)` for each group of event ids in turn, when every
    group is already saved. `unsaved` names the events that did not exist before the batch:
    the merge of a group does not see those of later groups. Returns how many events
    changed cluster."""
    groups = [g for g in groups if g]
    if not groups:
        return 0
    batch = _Batch(_load(conn, groups), unsaved)
    for group in groups:
        batch.merge(group)
    changed = {i: r.cluster_id for i, r in batch.reports.items()
               if r.cluster_id is not None and r.cluster_id != batch.before[i]}
    return aq.set_clusters(conn, changed) if changed else 0


class _Batch:
    """The loaded reports, indexed by actor, curated event and cluster, and which of them
    the stored events of the moment are."""

    def __init__(self, reports: dict[str, EventRecord], unsaved: Collection[str]):
        self.reports = reports
        self.before = {i: r.cluster_id for i, r in reports.items()}
        self.hidden = set(unsaved) & set(reports)
        self.actor_ids = {i: r.actor_ids() for i, r in reports.items()}
        self.by_actor: dict[str, set[str]] = defaultdict(set)
        self.by_curated: dict[str, set[str]] = defaultdict(set)
        self.by_cluster: dict[str, set[str]] = defaultdict(set)
        for i, r in reports.items():
            for actor_id in self.actor_ids[i]:
                self.by_actor[actor_id].add(i)
            if r.curated_id:
                self.by_curated[r.curated_id].add(i)
            if r.cluster_id:
                self.by_cluster[r.cluster_id].add(i)

    def merge(self, group: Sequence[str]) -> None:
        """merging._merge_new for one document's events, on the reports in memory."""
        self.hidden.difference_update(group)
        reports = self.reports
        fresh = [i for i in sorted(set(group)) if i in reports]
        actor_ids = {a for i in fresh for a in self.actor_ids[i]}
        curated = {c for i in fresh if (c := reports[i].curated_id)}
        if not actor_ids and not curated:
            return
        ranges = date_ranges(reports[i].date for i in fresh)
        years = {low[:4] for low, _ in ranges} | {high[:4] for _, high in ranges}
        near: set[str] = set()
        if ranges:
            for actor_id in actor_ids:
                near.update(i for i in self.by_actor.get(actor_id, ())
                            if _date_ok(reports[i].date, ranges, years))
        for curated_id in curated:
            near.update(self.by_curated.get(curated_id, ()))
            if curated_id in reports:
                near.add(curated_id)
        near -= self.hidden
        clusters = {c for i in near if (c := reports[i].cluster_id)}
        ids = near | set(fresh)
        for cluster in clusters:
            ids.update(self.by_cluster.get(cluster, ()))
        ids -= self.hidden
        for i, cluster in cluster_reports([reports[i] for i in sorted(ids)]).items():
            current = reports[i].cluster_id
            if current != cluster and not (current is None and cluster == i):
                if current:
                    self.by_cluster[current].discard(i)
                self.by_cluster[cluster].add(i)
                reports[i] = replace(reports[i], cluster_id=cluster)
