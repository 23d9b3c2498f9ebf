"""Backtest: replay the curated knowledge base month by month and score every alert rule
against what happened next, beside a naive baseline.

Definitions (`techties backtest --help` repeats the core of them):
  replay       months from the first curated event + the warm-up (rules.yaml) to the last
               month an event is dated to (to the month or the day). At month t a rule
               sees only events known by the end of t (an event dated to the year only is
               known in December). The detectors are causal, so one scan equals a
               month-by-month replay (a test checks it).
  development  a curated event at stage signed or implemented: analyst-verified, and a
               concrete step rather than talk or an allegation.
  hit          an alert raised for month t is a hit when a development that is not one of
               its own causing events, in one of the alert's domains, is known in months
               t+1 .. t+horizon (6 by default: the next two quarters, the window an
               analyst can act in; with 12 months, 61% of all domain-months of the
               knowledge base are followed by a development, so nearly any alert "hits"
               and precision no longer tells rules apart. `--horizon` changes it.)
  precision    hits ÷ alerts evaluated; alerts of the last `horizon` months cannot be judged
               yet and are counted as raised but not evaluated.
  lead time    for a hit, the months from the alert to the first such development; the
               table gives the mean and the median over hits. "Beats the baseline" means
               a higher precision and a mean lead time at least as long.
  baseline     per domain, an alert for month t whenever t's count of events exceeds the
               mean monthly count of all months before t ("last month's count exceeds the
               mean", evaluated when month t has just ended).
  chance       the share of all (domain, month) cells of the replay followed by a
               development in the domain within the horizon: what alerting at random would
               score.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from techties.analysis.detectors import Context, Draft, data_months, scan_rules
from techties.analysis.events import MergedEvent, curated_events
from techties.analysis.periods import month_label
from techties.analysis.rules import RuleSet, load_rules
from techties.model.behaviour import stage_progress
from techties.model.curated import load_curated_events, load_projects
from techties.model.loader import load_actors

LEAD_TOLERANCE = 0.25  # months: about a week
HORIZON = 6
BASELINE = "naive-baseline"


def _development_stages() -> set[str]:
    """The stages of a development: past the first step on the way from announced to
    implemented (the vocabulary's `progress` trait: signed, implemented)."""
    return {stage for stage, progress in stage_progress().items() if progress >= 1}


@dataclass
class RuleScore:
    rule_id: str
    kind: str
    raised: int = 0
    evaluated: int = 0
    hits: int = 0
    leads: list[int] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return round(self.hits / self.evaluated, 3) if self.evaluated else None

    @property
    def mean_lead(self) -> float | None:
        return round(statistics.fmean(self.leads), 2) if self.leads else None

    @property
    def median_lead(self) -> float | None:
        return float(statistics.median(self.leads)) if self.leads else None

    def as_dict(self) -> dict[str, object]:
        return {"rule": self.rule_id, "kind": self.kind, "raised": self.raised,
                "evaluated": self.evaluated, "hits": self.hits, "precision": self.precision,
                "mean_lead_months": self.mean_lead, "median_lead_months": self.median_lead}


@dataclass
class BacktestResult:
    first: str
    last: str
    last_evaluated: str
    horizon: int
    events: int
    scores: list[RuleScore]
    chance: float | None
    alerts: list[Draft] = field(default_factory=list)
    outcomes: dict[str, int | None] = field(default_factory=dict)  # alert id → lead or None

    def score(self, rule_id: str) -> RuleScore:
        for s in self.scores:
            if s.rule_id == rule_id:
                return s
        raise KeyError(rule_id)

    def beats_baseline(self, rule_id: str) -> bool:
        """Higher precision than the baseline at a mean lead time no shorter than the
        baseline's by more than LEAD_TOLERANCE: leads are counted in whole months, so a
        hundredth of a month between two means is no difference."""
        rule, base = self.score(rule_id), self.score(BASELINE)
        if rule.precision is None or base.precision is None:
            return False
        return rule.precision > base.precision and \
            (rule.mean_lead or 0) >= (base.mean_lead or 0) - LEAD_TOLERANCE

    def as_dict(self) -> dict[str, object]:
        return {"first": self.first, "last": self.last, "last_evaluated": self.last_evaluated,
                "horizon_months": self.horizon, "events": self.events, "chance": self.chance,
                "rules": [s.as_dict() for s in self.scores]}


def baseline_alerts(events: Sequence[MergedEvent], first: int, last: int) -> list[Draft]:
    """The naive baseline: a domain's alert whenever its month's count exceeds its mean."""
    counts: dict[str, dict[int, list[MergedEvent]]] = defaultdict(lambda: defaultdict(list))
    start = None
    for e in events:
        if e.month is None:
            continue
        start = e.month if start is None else min(start, e.month)
        for d in e.domains:
            counts[d][e.month].append(e)
    if start is None:
        return []
    drafts = []
    for domain, by_month in sorted(counts.items()):
        total = 0
        for t in range(start, last + 1):
            n = len(by_month.get(t, ()))
            months_before = t - start
            mean = total / months_before if months_before else 0.0
            if t >= first and n > mean:
                drafts.append(Draft(
                    rule_id=BASELINE, kind="baseline", subject=f"domain:{domain}", month=t,
                    episode=month_label(t), title=f"{domain}: {n} events, mean {mean:.2f}",
                    explanation="last month's count exceeds the mean",
                    event_ids=[e.id for e in by_month[t]], domains=[domain]))
            total += n
    return drafts


def _developments(events: Sequence[MergedEvent]) -> dict[str, list[tuple[int, str]]]:
    out: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for e in events:
        if e.stage in _development_stages() and e.known is not None:
            for d in e.domains:
                out[d].append((e.known, e.id))
    for items in out.values():
        items.sort()
    return out


def lead_time(alert: Draft, developments: dict[str, list[tuple[int, str]]],
              horizon: int) -> int | None:
    """Months to the first later development in the alert's domains, or None (a miss)."""
    own = set(alert.event_ids)
    best = None
    for domain in alert.domains:
        for month, event_id in developments.get(domain, ()):
            if month <= alert.month or event_id in own:
                continue
            if month > alert.month + horizon:
                break
            lead = month - alert.month
            best = lead if best is None else min(best, lead)
            break
    return best


def chance_rate(events: Sequence[MergedEvent], first: int, last_evaluated: int,
                horizon: int) -> float | None:
    developments = _developments(events)
    domains = sorted({d for e in events for d in e.domains})
    cells = hits = 0
    for domain in domains:
        for t in range(first, last_evaluated + 1):
            cells += 1
            hits += any(t < m <= t + horizon for m, _ in developments.get(domain, ()))
    return round(hits / cells, 3) if cells else None


def run_backtest(events: Sequence[MergedEvent] | None = None, ruleset: RuleSet | None = None,
                 *, horizon: int = HORIZON, context: Context | None = None) -> BacktestResult:
    """Replay `events` (default: the curated knowledge base) and score every rule."""
    if events is None:
        actors = load_actors()
        events = curated_events(load_curated_events(), actors)
        if context is None:
            context = Context(defence={a.id for a in actors if a.defence_linked},
                              names={a.id: a.name for a in actors},
                              projects={p.id: p.name for p in load_projects()})
    ruleset = ruleset or load_rules()
    context = context or Context()
    span = data_months(events)
    if span is None:
        raise ValueError("no dated event to replay")
    # the replay ends with the last month an event is dated to (an event dated to the year
    # only would stretch it to a December that may not have come yet)
    first = span[0] + ruleset.warmup_months
    last = max((e.month for e in events if e.month is not None), default=span[1])
    last_evaluated = last - horizon
    rules = [r for r in ruleset.rules if r.kind != "watchlist" or context.watch is not None]
    drafts = scan_rules(rules, events, first, last, context)
    drafts += baseline_alerts(events, first, last)
    developments = _developments(events)
    scores = {r.id: RuleScore(r.id, r.kind) for r in rules}
    scores[BASELINE] = RuleScore(BASELINE, "baseline")
    outcomes: dict[str, int | None] = {}
    for d in drafts:
        score = scores[d.rule_id]
        score.raised += 1
        if d.month > last_evaluated:
            continue
        score.evaluated += 1
        lead = lead_time(d, developments, horizon)
        outcomes[d.id] = lead
        if lead is not None:
            score.hits += 1
            score.leads.append(lead)
    return BacktestResult(
        first=month_label(first), last=month_label(last),
        last_evaluated=month_label(last_evaluated), horizon=horizon, events=len(events),
        scores=list(scores.values()), chance=chance_rate(events, first, last_evaluated, horizon),
        alerts=drafts, outcomes=outcomes)


def format_table(result: BacktestResult) -> str:
    """The result as a Markdown table with a line of context under it."""
    lines = ["| rule | kind | alerts raised | evaluated | hits | precision | mean lead (months) "
             "| median lead | beats baseline |",
             "|---|---|---:|---:|---:|---:|---:|---:|---|"]
    for s in result.scores:
        beats = "—" if s.rule_id == BASELINE else ("yes" if result.beats_baseline(s.rule_id)
                                                    else "no")
        lines.append(f"| {s.rule_id} | {s.kind} | {s.raised} | {s.evaluated} | {s.hits} | "
                     f"{_fmt(s.precision)} | {_fmt(s.mean_lead)} | {_fmt(s.median_lead)} | "
                     f"{beats} |")
    lines.append("")
    lines.append(f"Replay {result.first} to {result.last} over {result.events} curated events; "
                 f"alerts up to {result.last_evaluated} evaluated against a {result.horizon}-month "
                 f"horizon. Chance (a random domain-month followed by a development): "
                 f"{_fmt(result.chance)}.")
    return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}" if isinstance(value, float) and value < 1 \
        else f"{value:g}"
