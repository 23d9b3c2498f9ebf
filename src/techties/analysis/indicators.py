"""Indicators of the trajectory, per period (quarter by default, or month or year) and per
domain or event type, computed over merged events (one happening counts once).

For each group and period:
  events            happenings dated in the period
  new_pairs         (Chinese actor, Russian actor) pairs, resolved to the knowledge base,
                    seen for the first time in the whole history
  delivery_ratio    implemented ÷ (announced + signed); None when nothing was promised
  defence_share     share of events naming a defence-linked actor
  friction_share    share of events of a `conflict` type (friction, countermeasure)
  led_by_cn / led_by_ru   events the text says the Chinese / Russian side hosted or
                    initiated (see `lead`); the rest say nothing
Events dated to the year only are left out of monthly and quarterly series (they are
counted in `undated`), never spread over months they may not belong to.

Projects: the months from the first announcement to the first signature to the first
delivery, and promises with no follow-up: an announced or signed event (a project's, or
else an actor pair's in a domain) with nothing later for `silence_months`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from techties.analysis.events import MergedEvent
from techties.analysis.periods import known_month, month_of, period_label, period_of
from techties.model.behaviour import stage_progress, stages_in_group, types_where

GROUPS = ("domain", "type", "all")


@dataclass
class IndicatorRow:
    group: str  # domain, type or all
    key: str  # the domain or type ("all" for every event)
    period: str  # 2024Q1, 2024-01 or 2024
    events: int = 0
    new_pairs: int = 0
    announced: int = 0
    signed: int = 0
    implemented: int = 0
    defence: int = 0
    conflict: int = 0
    led_by_cn: int = 0
    led_by_ru: int = 0
    event_ids: list[str] = field(default_factory=list)

    @property
    def delivery_ratio(self) -> float | None:
        promised = self.announced + self.signed
        return round(self.implemented / promised, 3) if promised else None

    @property
    def defence_share(self) -> float | None:
        return round(self.defence / self.events, 3) if self.events else None

    @property
    def friction_share(self) -> float | None:
        return round(self.conflict / self.events, 3) if self.events else None

    def as_dict(self) -> dict[str, object]:
        return {"group": self.group, "key": self.key, "period": self.period,
                "events": self.events, "new_pairs": self.new_pairs,
                "announced": self.announced, "signed": self.signed,
                "implemented": self.implemented, "delivery_ratio": self.delivery_ratio,
                "defence_share": self.defence_share, "friction_share": self.friction_share,
                "led_by_cn": self.led_by_cn, "led_by_ru": self.led_by_ru}


def _keys(event: MergedEvent, group: str) -> Iterable[str]:
    if group == "domain":
        return event.domains
    if group == "type":
        return (event.type,)
    return ("all",)


def first_pair_events(events: Sequence[MergedEvent]) -> dict[str, set[tuple[str, str]]]:
    """For each event, the actor pairs that appear in it for the first time in history."""
    seen: set[tuple[str, str]] = set()
    out: dict[str, set[tuple[str, str]]] = {}
    for e in sorted(events, key=lambda e: (known_month(e.date) or 10**9, e.date or "", e.id)):
        fresh = e.pairs() - seen
        seen |= fresh
        out[e.id] = fresh
    return out


def indicators(events: Sequence[MergedEvent], *, per: str = "quarter", group: str = "domain",
               since: int | None = None, until: int | None = None,
               only: str | None = None) -> tuple[list[IndicatorRow], int]:
    """Indicator rows per key and period (periods with no event are left out), and the number
    of events left out for having no month. `since`/`until` are month indices; `only` keeps
    one domain or type."""
    if group not in GROUPS:
        raise ValueError(f"group {group!r} is not one of {GROUPS}")
    new_pairs = first_pair_events(events)
    rows: dict[tuple[str, int], IndicatorRow] = {}
    undated = 0
    for e in events:
        month = month_of(e.date)
        if month is None:
            undated += 1
            continue
        if (since is not None and month < since) or (until is not None and month > until):
            continue
        period = period_of(month, per)
        for key in _keys(e, group):
            if only and key != only:
                continue
            row = rows.get((key, period))
            if row is None:
                row = rows[(key, period)] = IndicatorRow(group, key, period_label(period, per))
            row.events += 1
            row.event_ids.append(e.id)
            row.new_pairs += len(new_pairs.get(e.id, ()))
            if e.stage == "announced":
                row.announced += 1
            elif e.stage == "signed":
                row.signed += 1
            elif e.stage == "implemented":
                row.implemented += 1
            row.defence += int(e.defence_linked)
            row.conflict += int(e.type in types_where("conflict"))
            row.led_by_cn += int(e.lead_side == "CN")
            row.led_by_ru += int(e.lead_side == "RU")
    ordered = sorted(rows.items(), key=lambda kv: (kv[0][0], kv[0][1]))
    return [row for _, row in ordered], undated


def series(events: Sequence[MergedEvent], *, per: str, group: str, first: int, last: int,
           keys: Sequence[str] | None = None) -> dict[str, list[int]]:
    """Event counts per key for every period from month `first` to month `last` (zeros kept),
    for charts."""
    periods = sorted({period_of(m, per) for m in range(first, last + 1)})
    index = {p: i for i, p in enumerate(periods)}
    out: dict[str, list[int]] = defaultdict(lambda: [0] * len(periods))
    for e in events:
        month = month_of(e.date)
        if month is None or not first <= month <= last:
            continue
        for key in _keys(e, group):
            if keys is None or key in keys:
                out[key][index[period_of(month, per)]] += 1
    return {k: out[k] for k in (keys if keys is not None else sorted(out))}


def period_labels(first: int, last: int, per: str) -> list[str]:
    return [period_label(p, per) for p in sorted({period_of(m, per) for m in range(first, last + 1)})]


@dataclass
class ProjectPath:
    """A project's path through the stages, in months between the first of each."""

    project_id: str
    first: dict[str, str]  # stage → first date
    announced_to_signed: int | None
    signed_to_implemented: int | None
    announced_to_implemented: int | None
    last_date: str | None
    last_stage: str | None
    events: int


def _months_between(a: str | None, b: str | None) -> int | None:
    ma, mb = known_month(a), known_month(b)
    if ma is None or mb is None or mb < ma:
        return None
    return mb - ma


def project_paths(events: Sequence[MergedEvent]) -> list[ProjectPath]:
    by_project: dict[str, list[MergedEvent]] = defaultdict(list)
    for e in events:
        if e.project_id and e.date:
            by_project[e.project_id].append(e)
    out = []
    for project, group in sorted(by_project.items()):
        group.sort(key=lambda e: (known_month(e.date) or 0, e.date or ""))
        first: dict[str, str] = {}
        for e in group:
            if e.stage in stage_progress() and e.date:
                first.setdefault(e.stage, e.date)
        out.append(ProjectPath(
            project_id=project, first=first,
            announced_to_signed=_months_between(first.get("announced"), first.get("signed")),
            signed_to_implemented=_months_between(first.get("signed"), first.get("implemented")),
            announced_to_implemented=_months_between(first.get("announced"),
                                                     first.get("implemented")),
            last_date=group[-1].date, last_stage=group[-1].stage, events=len(group)))
    return out


def thread_key(event: MergedEvent) -> list[str]:
    """What follow-ups of an event share: its project, else each (actor pair, domain)."""
    if event.project_id:
        return [f"project:{event.project_id}"]
    return [f"pair:{c}|{r}|{d}" for c, r in sorted(event.pairs()) for d in event.domains]


@dataclass
class Promise:
    event: MergedEvent
    months_silent: int


def unfulfilled_promises(events: Sequence[MergedEvent], as_of: int,
                         silence_months: int = 18) -> list[Promise]:
    """Announced or signed events with no later event of their thread for `silence_months`
    up to month `as_of` (the newest event of a thread is the one that counts)."""
    latest: dict[str, MergedEvent] = {}
    for e in sorted(events, key=lambda e: (known_month(e.date) or -1, e.date or "", e.id)):
        month = known_month(e.date)
        if month is None or month > as_of:
            continue
        for key in thread_key(e):
            latest[key] = e
    found: dict[str, Promise] = {}
    for e in latest.values():
        month = known_month(e.date)
        if e.stage in stages_in_group("rhetoric") and month is not None \
                and as_of - month >= silence_months and e.id not in found:
            found[e.id] = Promise(e, as_of - month)
    return sorted(found.values(), key=lambda p: (-p.months_silent, p.event.id))
