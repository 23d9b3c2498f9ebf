"""What a brief is made of, prepared from a store: the period checked, the merged events of
the scope, the period and the period before, the alerts (new ones raised and stored first),
the developments ranked, the co-publications of the period, and the figures, trajectory and
open promises computed from them.

`interfaces/reports/brief.py` lays this out; it decides nothing about what counts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from techties.analysis.alerts import Alert, list_alerts, raise_alerts, store_events
from techties.analysis.events import MergedEvent
from techties.analysis.indicators import (
    IndicatorRow,
    Promise,
    indicators,
    period_labels,
    series,
    unfulfilled_promises,
)
from techties.analysis.periods import current_month, month_label, parse_month, period_of
from techties.analysis.science import ScienceInPeriod, in_period
from techties.exceptions import RunAbort
from techties.model.behaviour import stage_progress, stages_in_group
from techties.model.loader import load_vocabulary
from techties.store.read.science import copublications
from techties.store.store import Store

TOP_DEVELOPMENTS = 10
# Off the way from announced to implemented (stalled, alleged): between a promise and a signature.
OFF_PATH_WEIGHT = 1.5
HISTORY_YEARS = 4  # the trajectory starts this many years before the period
TRAJECTORY_DOMAINS = 6  # the domains drawn one by one; the rest as one
PROMISES_SHOWN = 8
PROMISE_MONTHS = 36  # a promise older than this before the period is not listed
# what the domain rows of the period add up from the quarters
_SUMMED = ("events", "new_pairs", "announced", "signed", "implemented", "defence", "conflict",
           "led_by_cn", "led_by_ru")


@dataclass
class RankedEvent:
    """A development of the period with its rank score."""

    event: MergedEvent
    score: float


@dataclass
class PeriodFigures:
    """The period's numbers: each domain's indicators, events delivered against promised
    (the stage groups delivery and rhetoric), new actor pairs, the share naming a
    defence-linked actor, and the change on the as many months before."""

    domain_rows: list[IndicatorRow]
    delivered: int
    promised: int
    new_pairs: int
    defence_share: float | None
    change: int


@dataclass
class Trajectory:
    """Quarters from HISTORY_YEARS before the period to its end: events per domain (the
    top domains, then the rest as one when there is any), and promised against delivered."""

    labels: list[str]
    highlight: tuple[int, int]  # the quarters of the period (indexes into labels)
    per_domain: dict[str, list[float]]  # in the order drawn
    other: list[float] | None
    promised: list[float]
    delivered: list[float]


@dataclass
class BriefData:
    """Everything a brief shows, before any layout: months are counted as in
    `analysis/periods.py` (year * 12 + month - 1)."""

    first: int
    last: int
    domain: str | None
    events: list[MergedEvent]  # every event of the scope (the domain, or all)
    period: list[MergedEvent]  # those of the period
    before: list[MergedEvent]  # those of the as many months before it
    developments: list[RankedEvent]  # the top of the period, best first
    alerts: list[Alert]  # raised in the period
    science: ScienceInPeriod | None = None  # co-publications, when the store has any
    counts: dict[str, int] = field(default_factory=dict)

    @cached_property
    def figures(self) -> PeriodFigures:
        first, last, domain, scoped, period = self.first, self.last, self.domain, self.events, self.period
        rows, _undated = indicators(scoped, per="quarter", group="domain", since=first, until=last)
        totals: dict[str, IndicatorRow] = {}
        for row in rows:
            total = totals.setdefault(row.key, IndicatorRow("domain", row.key, "period"))
            for name in _SUMMED:
                setattr(total, name, getattr(total, name) + getattr(row, name))
        domain_rows = sorted(totals.values(), key=lambda r: (-r.events, r.key))
        if domain:
            domain_rows = [r for r in domain_rows if r.key == domain]
        new_pairs = sum(r.new_pairs for r in domain_rows) if domain else sum(
            r.new_pairs for r in indicators(scoped, per="year", group="all", since=first, until=last)[0])
        return PeriodFigures(
            domain_rows=domain_rows,
            delivered=sum(1 for e in period if e.stage in stages_in_group("delivery")),
            promised=sum(1 for e in period if e.stage in stages_in_group("rhetoric")),
            new_pairs=new_pairs,
            defence_share=sum(e.defence_linked for e in period) / len(period) if period else None,
            change=len(period) - len(self.before))

    @cached_property
    def trajectory(self) -> Trajectory:
        first, last, domain, scoped = self.first, self.last, self.domain, self.events
        chart_first = min(first, (first // 12 - HISTORY_YEARS) * 12)
        labels = period_labels(chart_first, last, "quarter")
        quarters = sorted({period_of(m, "quarter") for m in range(chart_first, last + 1)})
        highlight = (quarters.index(period_of(first, "quarter")), len(quarters) - 1)
        domain_counts = Counter(d for e in scoped for d in e.domains
                                if e.month is not None and chart_first <= e.month <= last)
        keys = [domain] if domain else [d for d, _ in domain_counts.most_common(TRAJECTORY_DOMAINS)]
        counts = series(scoped, per="quarter", group="domain", first=chart_first, last=last, keys=keys)
        per_domain = {k: [float(v) for v in counts[k]] for k in keys}
        other = None
        if not domain:
            everything = series(scoped, per="quarter", group="all", first=chart_first, last=last,
                                keys=["all"])["all"]
            listed = [sum(values[i] for values in per_domain.values()) for i in range(len(labels))]
            rest = [max(float(everything[i]) - listed[i], 0.0) for i in range(len(labels))]
            other = rest if any(rest) else None
        promised, delivered = [0.0] * len(labels), [0.0] * len(labels)
        for e in scoped:
            if e.month is None or not chart_first <= e.month <= last or e.stage not in stage_progress():
                continue
            index = quarters.index(period_of(e.month, "quarter"))
            (delivered if e.stage in stages_in_group("delivery") else promised)[index] += 1
        return Trajectory(labels, highlight, per_domain, other, promised, delivered)

    @cached_property
    def promises(self) -> list[Promise]:
        """Promises of the scope still open at the period's end, the recent ones."""
        return [p for p in unfulfilled_promises(self.events, self.last)
                if (p.event.known or 0) >= self.first - PROMISE_MONTHS][:PROMISES_SHOWN]

    @property
    def months(self) -> int:
        return self.last - self.first + 1


def stage_weight(stage: str) -> float:
    """A stage's weight in the ranking: its place on the way from announced to implemented
    (the vocabulary's `progress` trait) plus one; a stage off that way weighs in between."""
    progress = stage_progress().get(stage)
    return OFF_PATH_WEIGHT if progress is None else 1.0 + progress


def rank_score(event: MergedEvent) -> float:
    """Developments first: delivery, then several independent sources, defence links,
    analyst verification."""
    return (stage_weight(event.stage) + min(event.independent_sources, 4) * 0.75
            + (1.5 if event.defence_linked else 0) + (1.0 if event.origin == "curated" else 0))


def ranked(events: list[MergedEvent], top: int) -> list[RankedEvent]:
    """The `top` events by rank score, the earlier and then the smaller id first on a tie."""
    scored = [RankedEvent(e, rank_score(e)) for e in events]
    return sorted(scored, key=lambda r: (-r.score, r.event.date or "", r.event.id))[:top]


def in_months(event: MergedEvent, first: int, last: int) -> bool:
    """Whether an event falls in the months first..last; one dated to a year only counts when
    it cannot fall outside them."""
    month = event.month
    if month is None:
        known = event.known
        return known is not None and first <= known <= last and bool(event.date)
    return first <= month <= last


def period_bounds(since: str, until: str | None, domain: str | None = None) -> tuple[int, int]:
    """The months of a brief; without `until` the period runs to this month (not to the last
    event's). A bound that is no month, a domain the vocabulary lacks or an end before the
    start stops the run."""
    try:
        first = parse_month(since)
        last = parse_month(until) if until else max(current_month(), first)
    except ValueError as exc:
        raise RunAbort(str(exc)) from exc
    domains = load_vocabulary("domain").values
    if domain and domain not in domains:
        raise RunAbort(f"{domain!r} is not a domain; use one of {', '.join(domains)}")
    if last < first:
        raise RunAbort(f"--until {month_label(last)} is before --since {month_label(first)}")
    return first, last


def prepare_brief(store: Store, since: str, until: str | None = None, domain: str | None = None,
                  top: int = TOP_DEVELOPMENTS) -> BriefData:
    """The data of a brief of `since`..`until` (YYYY-MM or YYYY), of one domain or all.

    Alerts are raised over the whole store first: an alert is raised once, so this stores
    only the new ones, and the brief lists those of its period.
    """
    first, last = period_bounds(since, until, domain)
    everything = store_events(store)
    raise_alerts(store, events=everything)
    events = [e for e in everything if not domain or domain in e.domains]
    period = [e for e in events if in_months(e, first, last)]
    length = last - first + 1
    before = [e for e in events if in_months(e, first - length, first - 1)]
    alerts = list_alerts(store, since=month_label(first), until=month_label(last), domain=domain)
    works = copublications(store, domain=domain)
    origins = [e.origin for e in period]
    return BriefData(
        first=first, last=last, domain=domain, events=events, period=period, before=before,
        developments=ranked(period, top), alerts=alerts,
        science=in_period(works, first, last) if works else None,
        counts={"events": len(period), "curated": origins.count("curated"),
                "extracted": origins.count("extracted")})
