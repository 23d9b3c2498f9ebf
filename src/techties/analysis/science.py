"""The trajectory of science ties: co-publications per year by domain and by institution
pair, the share in sensitive domains, pairs publishing together for the first time, and the
pairs where one side is defence-linked in the knowledge base."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from techties.analysis.events import MergedEvent
from techties.model.science_domains import load_science_domains
from techties.store.event_record import EventActor
from techties.store.read.science import CoPublication, Signer


@dataclass
class Pair:
    """A Chinese and a Russian signer and the co-publications they share."""

    china: Signer
    russia: Signer
    works: int = 0
    first_year: int | None = None
    last_year: int | None = None
    domains: Counter[str] = field(default_factory=Counter)
    by_year: Counter[int] = field(default_factory=Counter)
    work_ids: list[str] = field(default_factory=list)

    @property
    def defence_linked(self) -> bool:
        return self.china.defence_linked or self.russia.defence_linked

    def as_dict(self) -> dict[str, Any]:
        return {
            "china": self.china.name, "china_id": self.china.actor_id or self.china.key,
            "china_resolved": self.china.actor_id is not None,
            "russia": self.russia.name, "russia_id": self.russia.actor_id or self.russia.key,
            "russia_resolved": self.russia.actor_id is not None,
            "works": self.works, "first_year": self.first_year, "last_year": self.last_year,
            "defence_linked": self.defence_linked,
            "domains": dict(self.domains.most_common()),
            "by_year": {str(y): n for y, n in sorted(self.by_year.items())},
        }


def sensitive_domains() -> tuple[str, ...]:
    return load_science_domains().sensitive


def is_sensitive(work: CoPublication, sensitive: Sequence[str] | None = None) -> bool:
    wanted = set(sensitive if sensitive is not None else sensitive_domains())
    return any(d in wanted for d in work.domains)


def pairs(works: Sequence[CoPublication], domain: str | None = None) -> list[Pair]:
    """Every China–Russia pair of signers with its works, most works first."""
    found: dict[tuple[str, str], Pair] = {}
    for work in works:
        if domain and domain not in work.domains:
            continue
        for china in work.china:
            for russia in work.russia:
                pair = found.setdefault((china.key, russia.key), Pair(china, russia))
                pair.works += 1
                pair.work_ids.append(work.id)
                pair.domains.update(work.domains)
                if work.year is not None:
                    pair.by_year[work.year] += 1
                    pair.first_year = min(pair.first_year or work.year, work.year)
                    pair.last_year = max(pair.last_year or work.year, work.year)
    return sorted(found.values(), key=lambda p: (-p.works, p.china.name, p.russia.name))


def trend_by_domain(works: Sequence[CoPublication]) -> list[dict[str, Any]]:
    """Works per year and domain (a work counts in each of its domains)."""
    counts: Counter[tuple[int, str]] = Counter(
        (w.year, d) for w in works if w.year is not None for d in w.domains)
    return [{"year": y, "domain": d, "works": n} for (y, d), n in sorted(counts.items())]


def trend_by_pair(works: Sequence[CoPublication], top: int | None = None) -> list[dict[str, Any]]:
    """Works per year and pair, for the `top` pairs with most works (all when None)."""
    ranked = pairs(works)[:top] if top else pairs(works)
    return [{"year": year, "china": p.china.name, "russia": p.russia.name,
             "china_id": p.china.actor_id or p.china.key, "russia_id": p.russia.actor_id or p.russia.key,
             "works": n, "defence_linked": p.defence_linked}
            for p in ranked for year, n in sorted(p.by_year.items())]


def trend_by_year(works: Sequence[CoPublication]) -> list[dict[str, Any]]:
    """Per year: works, the share in sensitive domains, new pairs and new defence-linked pairs."""
    sensitive = sensitive_domains()
    totals: Counter[int] = Counter()
    sensitive_counts: Counter[int] = Counter()
    first_seen: dict[tuple[str, str], int] = {}
    defence: dict[tuple[str, str], bool] = {}
    for w in works:
        if w.year is None:
            continue
        totals[w.year] += 1
        sensitive_counts[w.year] += is_sensitive(w, sensitive)
        for c in w.china:
            for r in w.russia:
                key = (c.key, r.key)
                first_seen[key] = min(first_seen.get(key, w.year), w.year)
                defence[key] = c.defence_linked or r.defence_linked
    new: defaultdict[int, int] = defaultdict(int)
    new_defence: defaultdict[int, int] = defaultdict(int)
    for key, year in first_seen.items():
        new[year] += 1
        new_defence[year] += defence[key]
    return [{"year": y, "works": totals[y], "sensitive": sensitive_counts[y],
             "sensitive_share": round(sensitive_counts[y] / totals[y], 3),
             "new_pairs": new[y], "new_defence_pairs": new_defence[y]}
            for y in sorted(totals)]


def new_defence_pairs(works: Sequence[CoPublication], limit: int | None = None) -> list[Pair]:
    """Defence-linked pairs, the most recent first publication first."""
    found = [p for p in pairs(works) if p.defence_linked]
    found.sort(key=lambda p: (-(p.first_year or 0), -p.works, p.china.name))
    return found[:limit] if limit else found


def summary(works: Sequence[CoPublication]) -> dict[str, Any]:
    """Totals for a page or a brief: works, years, sensitive share, pairs, defence pairs."""
    sensitive = sensitive_domains()
    all_pairs = pairs(works)
    years = [w.year for w in works if w.year is not None]
    n_sensitive = sum(is_sensitive(w, sensitive) for w in works)
    return {"works": len(works), "first_year": min(years) if years else None,
            "last_year": max(years) if years else None,
            "sensitive": n_sensitive,
            "sensitive_share": round(n_sensitive / len(works), 3) if works else None,
            "sensitive_domains": list(sensitive), "pairs": len(all_pairs),
            "defence_pairs": sum(1 for p in all_pairs if p.defence_linked),
            "domains": dict(Counter(d for w in works for d in w.domains).most_common())}


def work_events(works: Sequence[CoPublication]) -> list[MergedEvent]:
    """Co-publications as events the alert detectors read: dated by publication, typed
    co_publication, with their signers as actors (unresolved ones by name)."""
    out = []
    for w in works:
        date = w.published or (str(w.year) if w.year else None)
        if date is None:
            continue
        actors = tuple(EventActor(s.side, s.actor_id, s.name) for s in (*w.china, *w.russia))
        out.append(MergedEvent(id=w.id, date=date, type="co_publication", stage="implemented",
                               domains=tuple(w.domains), actors=actors, summary=w.title,
                               origin="openalex",
                               defence_linked=any(s.defence_linked for s in (*w.china, *w.russia))))
    return out


@dataclass
class ScienceInPeriod:
    """Co-publications of a period beside the period before it, for a brief."""

    works: int
    before: int
    sensitive_share: float | None
    new_pairs: int
    new_defence_pairs: list[Pair]
    top_pairs: list[Pair]
    domains: dict[str, int]


def in_period(works: Sequence[CoPublication], first: int, last: int, top: int = 5) -> ScienceInPeriod:
    """What months `first`..`last` (month indexes) hold: works, the same length before, the
    sensitive share, pairs first seen then, and the pairs with most works then."""
    from techties.analysis.periods import known_month

    def month(w: CoPublication) -> int | None:
        return known_month(w.published or (str(w.year) if w.year else None))

    length = last - first + 1
    period = [w for w in works if (m := month(w)) is not None and first <= m <= last]
    before = [w for w in works if (m := month(w)) is not None and first - length <= m < first]
    earlier = {pair for w in works if (m := month(w)) is not None and m < first for pair in w.pairs()}
    ranked = pairs(period)
    fresh = [p for p in ranked if (p.china.key, p.russia.key) not in earlier]
    sensitive = sensitive_domains()
    return ScienceInPeriod(
        works=len(period), before=len(before),
        sensitive_share=round(sum(is_sensitive(w, sensitive) for w in period) / len(period), 3)
        if period else None,
        new_pairs=len(fresh), new_defence_pairs=[p for p in fresh if p.defence_linked][:top * 2],
        top_pairs=ranked[:top], domains=dict(Counter(d for w in period for d in w.domains).most_common()))
