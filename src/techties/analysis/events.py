"""The event as the analysis counts it: one real-world happening with all the reports and
sources that tell of it.

Extracted events that report the same happening share a `cluster_id` (see `merging`);
a curated event and the extracted events linked to it form one too. `merged_events`
turns each cluster into one `MergedEvent`, so that counts and charts count happenings,
not articles. `curated_events` does the same straight from the knowledge base files,
for the backtest, which needs no store.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from techties.analysis.lead import lead_side
from techties.analysis.periods import known_month, month_of
from techties.analysis.sources import kind_of, publisher_of
from techties.model.behaviour import stage_progress
from techties.model.curated import CuratedEvent
from techties.model.loader import Actor
from techties.store.event_record import EventActor, EventRecord, EventSource


@dataclass
class MergedEvent:
    """One happening: the representative report's facts, every source, and the ids of the
    stored events (reports) merged into it."""

    id: str
    date: str | None
    type: str
    stage: str
    domains: tuple[str, ...]
    actors: tuple[EventActor, ...]
    summary: str
    origin: str  # curated when the knowledge base holds it, else extracted
    project_id: str | None = None
    reports: tuple[str, ...] = ()
    sources: tuple[EventSource, ...] = ()
    defence_linked: bool = False
    lead_side: str | None = None
    texts: tuple[str, ...] = field(default=(), repr=False)

    @property
    def month(self) -> int | None:
        return month_of(self.date)

    @property
    def known(self) -> int | None:
        """The month from which the event is known (year-only dates: December)."""
        return known_month(self.date)

    def side(self, side: str) -> tuple[EventActor, ...]:
        return tuple(a for a in self.actors if a.side == side)

    def actor_ids(self, side: str | None = None) -> set[str]:
        return {a.actor_id for a in self.actors
                if a.actor_id and (side is None or a.side == side)}

    def pairs(self) -> set[tuple[str, str]]:
        """(Chinese actor id, Russian actor id) for every resolved pair of the event."""
        return {(c, r) for c in self.actor_ids("CN") for r in self.actor_ids("RU")}

    @property
    def independent_sources(self) -> int:
        """Distinct publishers reporting the event: copies and pages of one publisher count once."""
        return len({s.publisher or s.document_id or s.url for s in self.sources
                    if s.publisher or s.document_id or s.url})

    def sources_by_kind(self) -> dict[str, int]:
        found: dict[str, set[str]] = defaultdict(set)
        for s in self.sources:
            found[s.kind or "unknown"].add(s.publisher or s.url or "")
        return {kind: len(publishers) for kind, publishers in sorted(found.items())}


def _source(report_source: object) -> EventSource:
    url = getattr(report_source, "url", None)
    publisher = publisher_of(url) or str(getattr(report_source, "publisher", "") or "").strip()
    return EventSource(url=url, kind=getattr(report_source, "kind", None) or kind_of(url),
                     publisher=publisher, published=getattr(report_source, "published", None),
                     lang=getattr(report_source, "lang", None),
                     title=getattr(report_source, "title", "") or "",
                     document_id=getattr(report_source, "document_id", None))


def report_rank(m: EventRecord) -> tuple[bool, float, int, datetime, str]:
    """Which report of a cluster represents it (the smallest): a dated one, so that the merged
    event shows the date its own report shows, then the most confident, the best named."""
    return (m.date is None, -m.confidence, -len(m.actor_ids()), m.created_at, m.id)


def _representative(members: Sequence[EventRecord]) -> EventRecord:
    curated = [m for m in members if m.origin == "curated"]
    if curated:
        return min(curated, key=lambda m: m.id)
    return min(members, key=report_rank)


def _stage(rep: EventRecord, members: Sequence[EventRecord]) -> str:
    """The furthest stage the reports give on the way from announced to implemented (each
    stage's `progress` in vocab/stages.yaml): implemented counts only when a source says so;
    stalled and alleged are off that way. A curated event's stage is the analyst's."""
    if rep.origin == "curated":
        return rep.stage
    progress = stage_progress()
    stated = [m.stage for m in members if m.stage in progress]
    if rep.stage in progress and stated:
        return max(stated, key=progress.__getitem__)
    return rep.stage


def merge_cluster(members: Sequence[EventRecord], defence: set[str]) -> MergedEvent:
    """One `MergedEvent` from the stored events of one cluster; its date is the stored date
    of the report it is named after, as `techties show` prints it."""
    rep = _representative(members)
    domain_votes = Counter(d for m in members for d in dict.fromkeys(m.domains))
    domains = list(dict.fromkeys(rep.domains))
    domains += [d for d, n in domain_votes.items() if n >= 2 and d not in domains]
    actors: dict[tuple[str, str], EventActor] = {}
    for m in sorted(members, key=lambda m: m is not rep):
        for a in m.actors:
            if a.actor_id or m is rep:
                key = EventActor(a.side, a.actor_id, a.name)
                actors.setdefault((a.side, key.key), key)
    sources: dict[str, EventSource] = {}
    for m in sorted(members, key=lambda m: m is not rep):
        for s in m.sources:
            ref = _source(s)
            # a document is a source of its own even when another copy has the same URL
            sources.setdefault(ref.document_id or ref.url or f"{m.id}:{len(sources)}", ref)
    project = rep.project_id or next((m.project_id for m in members if m.project_id), None)
    texts = tuple(t for m in members for t in (m.summary, *m.evidence) if t)
    return MergedEvent(
        id=rep.id, date=rep.date, type=rep.type, stage=_stage(rep, members),
        domains=tuple(domains), actors=tuple(actors.values()), summary=rep.summary,
        origin=rep.origin, project_id=project, reports=tuple(sorted(m.id for m in members)),
        sources=tuple(sources.values()),
        defence_linked=any(a.actor_id in defence for a in actors.values() if a.actor_id),
        lead_side=_lead(texts, actors.values()), texts=texts)


def _lead(texts: Sequence[str], actors: Iterable[EventActor]) -> str | None:
    """The side the texts name as host or initiator, when the event has a party on that
    side: a side with no party at all does not lead it."""
    side = lead_side(texts)
    return side if side and any(a.side == side for a in actors) else None


def merged_events(reports: Iterable[EventRecord], defence: set[str]) -> list[MergedEvent]:
    """The reports grouped by cluster (an event without one stands alone), each group merged;
    in date order, undated last."""
    groups: dict[str, list[EventRecord]] = defaultdict(list)
    for r in reports:
        groups[r.cluster_id or r.curated_id or r.id].append(r)
    merged = [merge_cluster(members, defence) for members in groups.values()]
    merged.sort(key=lambda e: (e.date is None, e.date or "", e.id))
    return merged


def curated_events(events: Iterable[CuratedEvent], actors: Iterable[Actor]) -> list[MergedEvent]:
    """The curated knowledge base as merged events, without a store (for the backtest)."""
    known = {a.id: a for a in actors}
    out = []
    for e in events:
        keys = [EventActor("CN", i, known[i].name if i in known else i) for i in e.china_actors]
        keys += [EventActor("RU", i, known[i].name if i in known else i) for i in e.russia_actors]
        out.append(MergedEvent(
            id=e.id, date=e.date, type=e.type, stage=e.stage, domains=tuple(e.domains),
            actors=tuple(keys), summary=e.summary, origin="curated", project_id=e.project,
            reports=(e.id,), sources=tuple(_source(s) for s in e.sources),
            defence_linked=any(i in known and known[i].defence_linked
                               for i in (*e.china_actors, *e.russia_actors)),
            lead_side=lead_side([e.summary]), texts=(e.summary,)))
    out.sort(key=lambda e: (e.date or "", e.id))
    return out
