"""What the Science page, the pair view and the actor pages show of co-publications,
computed once for the page and for its JSON twin under /api/v1/science."""

from __future__ import annotations

from collections import Counter
from typing import Any

from techties.analysis import science
from techties.model.loader import ACTOR_ID
from techties.store.read import events as event_reads
from techties.store.read import science as science_reads
from techties.store.read.events import EventFilter
from techties.store.read.science import CoPublication
from techties.store.store import Store

TOP_PAIRS = 15
LATEST = 20


def work_dict(w: CoPublication) -> dict[str, Any]:
    return {"id": w.id, "title": w.title, "year": w.year, "published": w.published, "doi": w.doi,
            "venue": w.venue, "cited_by": w.cited_by, "domains": w.domains,
            "url": f"https://openalex.org/{w.id}",
            "china": [{"key": s.key, "name": s.name, "actor_id": s.actor_id} for s in w.china],
            "russia": [{"key": s.key, "name": s.name, "actor_id": s.actor_id} for s in w.russia],
            "others": w.others}


def _trajectory(works: list[CoPublication]) -> dict[str, Any]:
    """Works per year by domain, as the stacked chart reads it: years and a series a domain."""
    years = sorted({w.year for w in works if w.year is not None})
    if years:
        years = list(range(years[0], years[-1] + 1))
    counts = Counter((w.year, d) for w in works if w.year is not None for d in w.domains)
    totals = Counter(d for (_y, d), n in counts.items() for _ in range(n))
    domains = [d for d, _n in totals.most_common()]
    return {"periods": [str(y) for y in years],
            "series": {d: [counts.get((y, d), 0) for y in years] for d in domains}}


def overview(store: Store, domain: str | None = None) -> dict[str, Any]:
    """The Science page: totals, the trajectory by domain, years with the sensitive share and
    new pairs, the top pairs and the newest defence-linked pairs."""
    works = science_reads.copublications(store, domain=domain)
    return {"domain": domain, "summary": science.summary(works),
            "trajectory": _trajectory(works), "by_year": science.trend_by_year(works),
            "top_pairs": [p.as_dict() for p in science.pairs(works)[:TOP_PAIRS]],
            "defence_pairs": [p.as_dict() for p in science.new_defence_pairs(works, TOP_PAIRS)],
            "latest": [work_dict(w) for w in reversed(works[-LATEST:])]}


def pairs(store: Store, domain: str | None = None, defence_linked: bool = False,
          limit: int = 100, offset: int = 0) -> dict[str, Any]:
    works = science_reads.copublications(store, domain=domain)
    found = [p for p in science.pairs(works, domain) if p.defence_linked or not defence_linked]
    return {"total": len(found), "limit": limit, "offset": offset,
            "pairs": [p.as_dict() for p in found[offset:offset + limit]]}


def trend(store: Store, by: str = "domain", domain: str | None = None) -> list[dict[str, Any]]:
    works = science_reads.copublications(store, domain=domain)
    if by == "pair":
        return science.trend_by_pair(works, TOP_PAIRS)
    if by == "year":
        return science.trend_by_year(works)
    return science.trend_by_domain(works)


def pair(store: Store, china: str, russia: str) -> dict[str, Any] | None:
    """A pair's view: its co-publications and, when both sides are knowledge-base actors,
    the news and curated events that name both, side by side in time."""
    names = science_reads.signer_names(store, [china, russia])
    if china not in names or russia not in names:
        return None
    # an actor's works are found by index; an unresolved institution's among all works
    works = [w for w in science_reads.copublications(
                 store, actor_id=china if ACTOR_ID.match(china) else None)
             if (china, russia) in w.pairs()]
    ids = science_reads.pair_event_ids(store, china, russia)
    events = [e for e in event_reads.find(store, EventFilter(actor=china, limit=None, order="asc"))
              if e.id in ids] if ids else []
    years = sorted({w.year for w in works if w.year} | {int(e.date[:4]) for e in events if e.date})
    timeline = [{"year": y,
                 "events": [e for e in events if e.date and int(e.date[:4]) == y],
                 "works": [work_dict(w) for w in works if w.year == y]} for y in years]
    undated = [e for e in events if not e.date]
    return {"china": {"key": china, "name": names[china][0], "actor": bool(ACTOR_ID.match(china))},
            "russia": {"key": russia, "name": names[russia][0], "actor": bool(ACTOR_ID.match(russia))},
            "works": len(works), "events": len(events), "timeline": timeline, "undated_events": undated,
            "domains": dict(Counter(d for w in works for d in w.domains).most_common())}


def for_actor(store: Store, actor_id: str) -> dict[str, Any] | None:
    """An actor's co-publications: per year, its partners, the latest; None without any."""
    works = science_reads.copublications(store, actor_id=actor_id)
    if not works:
        return None
    counts = Counter(w.year for w in works if w.year is not None)
    years = range(min(counts), max(counts) + 1) if counts else range(0)
    by_year = {str(y): counts.get(y, 0) for y in years}
    partners: Counter[tuple[str, str, str | None]] = Counter()
    for w in works:
        own_side_is_china = any(s.key == actor_id for s in w.china)
        for s in (w.russia if own_side_is_china else w.china):
            partners[(s.key, s.name, s.actor_id)] += 1
    return {"works": len(works), "by_year": by_year,
            "domains": dict(Counter(d for w in works for d in w.domains).most_common()),
            "partners": [{"key": k, "name": n, "actor_id": a, "works": c}
                         for (k, n, a), c in partners.most_common(15)],
            "latest": [work_dict(w) for w in reversed(works[-LATEST:])]}
