"""Alerts over a store: the rules of `rules.yaml` scanned over its merged events, each alert
raised once and kept with the events that caused it.

`raise_alerts(store)` runs the rules over the whole history (after the warm-up months) and
stores the alerts not stored before; `active_alerts(store)` gives the open alerts of the
recent months as plain dataclasses, for the CLI, the dashboard and the Atom feed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from techties.analysis.detectors import Context, Draft, data_months, scan_rules
from techties.analysis.events import MergedEvent, merged_events
from techties.analysis.periods import current_month, month_label
from techties.analysis.rules import Rule, RuleSet, load_rules
from techties.analysis.watchlists import WatchIndex
from techties.sources.lists import WatchEntry
from techties.store import write
from techties.store.read import alerts as alert_reads
from techties.store.read import projects as project_reads
from techties.store.read import reports as report_reads
from techties.store.read import science as science_reads
from techties.store.read.alerts import AlertRow

if TYPE_CHECKING:
    from techties.store.store import Store

ACTIVE_MONTHS = 12


@dataclass
class AlertEvent:
    """An event that caused an alert, as much as a reader needs to recognise it: a view of
    the `MergedEvent` (itself built from the stored `EventRecord`s) it names."""

    id: str
    date: str | None
    type: str
    stage: str
    summary: str
    domains: list[str]
    sources: int = 0  # independent sources

    @classmethod
    def of(cls, e: MergedEvent) -> AlertEvent:
        return cls(id=e.id, date=e.date, type=e.type, stage=e.stage, summary=e.summary,
                   domains=list(e.domains), sources=e.independent_sources)


@dataclass
class Alert:
    """An alert raised by a rule, with its explanation and the events that caused it."""

    id: str
    rule_id: str
    kind: str
    subject: str
    period: str  # YYYY-MM
    title: str
    explanation: str
    score: float | None
    domains: list[str]
    status: str
    raised_at: datetime
    event_ids: list[str]
    details: dict[str, Any] = field(default_factory=dict)
    events: list[AlertEvent] = field(default_factory=list)


def store_events(store: Store, *, origin: str | None = None) -> list[MergedEvent]:
    """The merged events of a store (rejected reports left out), optionally of one origin."""
    events = merged_events(report_reads.reports(store), report_reads.defence_linked_actors(store))
    if origin:
        events = [e for e in events if e.origin == origin]
    return events


def watch_index(store: Store, lists: Sequence[str] = ()) -> WatchIndex | None:
    """The watchlists of a store as a matcher; None when the store has no entry."""
    rows = alert_reads.watchlist(store)
    names = report_reads.actor_names(store)
    if lists:
        rows = [r for r in rows if r.list_name in lists]
    if not rows:
        return None
    entries = [WatchEntry(list_name=r.list_name, source_format=r.source_format,
                          entity_id=r.entity_id, name=r.name, aliases=tuple(r.aliases))
               for r in rows]
    return WatchIndex(entries, names)


def context_for(store: Store, rules: Sequence[Rule]) -> Context:
    defence = report_reads.defence_linked_actors(store)
    names = {actor_id: forms[0] for actor_id, forms in report_reads.actor_names(store).items()
             if forms}
    lists: list[str] = []
    for rule in rules:
        if rule.kind == "watchlist":
            lists.extend(rule.param("lists") or [])
    watch = watch_index(store, lists) if any(r.kind == "watchlist" for r in rules) else None
    return Context(defence=defence, names=names, watch=watch,
                   projects={p.id: p.name for p in project_reads.listing(store)},
                   works=store_works(store) if any(r.kind.startswith("science_") for r in rules)
                   else [])


def store_works(store: Store) -> list[MergedEvent]:
    """The co-publications of a store as events for the science rules."""
    from techties.analysis.science import work_events

    return work_events(science_reads.copublications(store))


@dataclass
class RaiseReport:
    scanned_from: str | None
    scanned_to: str | None
    found: int
    new: list[str]


def raise_alerts(store: Store, ruleset: RuleSet | None = None, *, until: int | None = None,
                 events: Sequence[MergedEvent] | None = None) -> RaiseReport:
    """Scan every rule over the store's history and store the alerts not raised before."""
    ruleset = ruleset or load_rules()
    events = list(events) if events is not None else store_events(store)
    span = data_months(events)
    if span is None:
        return RaiseReport(None, None, 0, [])
    first = span[0] + ruleset.warmup_months
    last = until if until is not None else max(span[1], min(current_month(), span[1] + 120))
    context = context_for(store, ruleset.rules)
    drafts: list[Draft] = scan_rules(ruleset.rules, events, first, last, context)
    new = write.insert_alerts(store, [d.as_row() for d in drafts])
    return RaiseReport(month_label(first), month_label(last), len(drafts), new)


def _alert(row: AlertRow, events: dict[str, MergedEvent]) -> Alert:
    causes = []
    for event_id in row.event_ids:
        e = events.get(event_id)
        if e is not None:
            causes.append(AlertEvent.of(e))
        else:
            causes.append(AlertEvent(id=event_id, date=None, type="", stage="", summary="",
                                     domains=[]))
    return Alert(id=row.id, rule_id=row.rule_id, kind=row.kind, subject=row.subject,
                 period=row.period, title=row.title, explanation=row.explanation,
                 score=row.score, domains=row.domains, status=row.status,
                 raised_at=row.raised_at, event_ids=list(row.event_ids), details=row.details,
                 events=causes)


def _event_map(store: Store, rows: Sequence[AlertRow]) -> dict[str, MergedEvent]:
    wanted = {i for r in rows for i in r.event_ids}
    if not wanted:
        return {}
    reports = report_reads.with_clusters(store, sorted(wanted))
    merged = merged_events(reports, report_reads.defence_linked_actors(store))
    out = {e.id: e for e in merged}
    for e in merged:  # an alert may name a report that is now merged into another event
        for report in e.reports:
            out.setdefault(report, e)
    missing = wanted - set(out)
    if missing:  # the co-publications behind a science rule's alert
        from techties.analysis.science import work_events

        out.update({e.id: e for e in work_events(science_reads.copublications(store,
                                                                               work_ids=missing))})
    return out


def list_alerts(store: Store, *, since: str | None = None, until: str | None = None,
                rule_id: str | None = None, status: str | None = None,
                domain: str | None = None, limit: int | None = None,
                ids: Sequence[str] | None = None) -> list[Alert]:
    """Stored alerts with their causing events, the latest period first."""
    rows = alert_reads.listing(store, since=since, until=until, rule_id=rule_id, status=status,
                               domain=domain, limit=limit, ids=ids)
    events = _event_map(store, rows)
    return [_alert(r, events) for r in rows]


def active_alerts(store: Store, months: int = ACTIVE_MONTHS, *,
                  as_of: int | None = None) -> list[Alert]:
    """Open alerts of the last `months` months (to `as_of`, default this month), newest first."""
    as_of = as_of if as_of is not None else current_month()
    return list_alerts(store, since=month_label(as_of - months + 1), until=month_label(as_of),
                       status="open")


def dismiss_alert(store: Store, alert_id: str) -> bool:
    return write.set_alert_status(store, alert_id, "dismissed")
