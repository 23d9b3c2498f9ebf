"""What a brief is made of, prepared from a store: the period checked, the merged events of
the scope, the period and the period before, the alerts (new ones raised and stored first),
the developments ranked, and the co-publications of the period.

`interfaces/reports/brief.py` lays this out; it decides nothing about what counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from techties.analysis.alerts import Alert, list_alerts, raise_alerts, store_events
from techties.analysis.events import MergedEvent
from techties.analysis.periods import current_month, month_label, parse_month
from techties.analysis.science import ScienceInPeriod, in_period
from techties.exceptions import RunAbort
from techties.model.behaviour import stage_progress
from techties.model.loader import load_vocabulary
from techties.store.read.science import copublications
from techties.store.store import Store

TOP_DEVELOPMENTS = 10
# Off the way from announced to implemented (stalled, alleged): between a promise and a signature.
OFF_PATH_WEIGHT = 1.5


@dataclass
class RankedEvent:
    """A development of the period with its rank score."""

    event: MergedEvent
    score: float


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
