"""The detectors behind the alert rules, one per `kind`, in a registry.

Each detector scans merged events in the order they become known (`MergedEvent.known`)
and returns alert drafts for the months `first`..`last`. A detector is causal: what it
raises for month t depends only on events known by the end of month t, so one scan over
the whole history gives exactly what a month-by-month replay would (a test checks it).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
from scipy.stats import nbinom

from techties.analysis.events import MergedEvent
from techties.analysis.indicators import thread_key
from techties.analysis.periods import month_label
from techties.analysis.rules import Rule
from techties.model.behaviour import stages_in_group
from techties.model.loader import load_vocabulary
from techties.records import content_id


@dataclass
class Draft:
    """An alert before it is stored: `month` is the month it is raised for."""

    rule_id: str
    kind: str
    subject: str
    month: int
    episode: str  # with rule and subject, what makes the alert one alert
    title: str
    explanation: str
    event_ids: list[str]
    domains: list[str]
    score: float | None = None
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return content_id(self.rule_id, self.subject, self.episode, prefix="al_")

    @property
    def period(self) -> str:
        return month_label(self.month)

    def as_row(self) -> dict[str, Any]:
        return {"id": self.id, "rule_id": self.rule_id, "kind": self.kind,
                "subject": self.subject, "period": self.period, "title": self.title,
                "explanation": self.explanation, "score": self.score,
                "domains": self.domains, "details": self.details, "event_ids": self.event_ids}


class WatchMatcher(Protocol):
    def match(self, event: MergedEvent) -> list[tuple[str, str, float]]:
        """(entry id, entry name, similarity) of every watchlist entry the event names."""
        ...


@dataclass
class Context:
    """What detectors need besides the events."""

    defence: set[str] = field(default_factory=set)  # defence-linked actor ids
    names: dict[str, str] = field(default_factory=dict)  # actor id → display name
    projects: dict[str, str] = field(default_factory=dict)  # project id → name
    watch: WatchMatcher | None = None
    # co-publications as events (analysis.science.work_events), for the science_* rules
    works: list[MergedEvent] = field(default_factory=list)


def _title(rule: Rule, subject: str, month: int, count: int) -> str:
    try:
        return rule.title.format(subject=subject, month=month_label(month), count=count,
                                 window=rule.window)
    except (KeyError, IndexError, ValueError):
        return rule.title


def _draft(rule: Rule, subject: str, label: str, month: int, episode: str,
           events: Sequence[MergedEvent], domains: Sequence[str], score: float | None = None,
           **details: Any) -> Draft:
    return Draft(rule_id=rule.id, kind=rule.kind, subject=subject, month=month, episode=episode,
                 title=_title(rule, label, month, len(events)), explanation=rule.explanation,
                 event_ids=[e.id for e in events], domains=list(dict.fromkeys(domains)),
                 score=score, details=details)


def _vocab_label(vocabulary: str, value: str) -> str:
    try:
        return load_vocabulary(vocabulary).term(value).label
    except KeyError:
        return value.replace("_", " ")


def _by_known(events: Sequence[MergedEvent]) -> list[MergedEvent]:
    return sorted((e for e in events if e.known is not None),
                  key=lambda e: (e.known or 0, e.date or "", e.id))


def _main_domains(events: Sequence[MergedEvent]) -> list[str]:
    """The domains at least half of the events share (at least the most common one)."""
    counts: dict[str, int] = defaultdict(int)
    for e in events:
        for d in e.domains:
            counts[d] += 1
    if not counts:
        return []
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [d for d, n in ranked if n * 2 >= len(events)] or [ranked[0][0]]


# -- surge ----------------------------------------------------------------------------


def seasonal_factors(counts: np.ndarray, upto: int, prior: float = 10.0) -> np.ndarray:
    """Each calendar month's share of all activity before column `upto` (month offset),
    as a factor around 1, shrunk towards 1 by `prior` events per month."""
    totals = np.zeros(12)
    for offset in range(min(upto, counts.shape[1])):
        totals[offset % 12] += counts[:, offset].sum()
    mean = totals.mean() if totals.sum() else 0.0
    return np.asarray((totals + prior) / (mean + prior))


class Surge:
    """A key's (domain's or type's) count over the last `window` months against a seasonal
    baseline from its own `history`: raised when P(X >= observed) < threshold under a
    negative binomial whose dispersion is estimated from the key's own history."""

    @staticmethod
    def check(rule: Rule) -> str | None:
        if rule.param("by") not in ("domain", "type"):
            return "params.by must be domain or type"
        if rule.window < 1:
            return "a surge needs a window of at least one month"
        if not isinstance(rule.param("history", 36), int) or rule.param("history", 36) < rule.window:
            return "params.history must be a whole number of months, at least the window"
        if not 0 < rule.threshold < 1:
            return "the threshold of a surge is a probability between 0 and 1"
        return None

    @staticmethod
    def scan(rule: Rule, events: Sequence[MergedEvent], first: int, last: int,
             context: Context) -> list[Draft]:
        by = rule.param("by")
        window, history = rule.window, int(rule.param("history", 36))
        min_events = int(rule.param("min_events", 3))
        min_growth = float(rule.param("min_growth", 1.0))
        dated = [e for e in events if e.month is not None]
        if not dated:
            return []
        start = min(e.month for e in dated if e.month is not None)
        end = max(last, start)
        keys = sorted({k for e in dated for k in (e.domains if by == "domain" else (e.type,))})
        index = {k: i for i, k in enumerate(keys)}
        counts = np.zeros((len(keys), end - start + 1))
        members: dict[tuple[int, int], list[MergedEvent]] = defaultdict(list)
        for e in dated:
            month = e.month
            if month is None or month > end:
                continue
            for name in dict.fromkeys(e.domains if by == "domain" else (e.type,)):
                counts[index[name], month - start] += 1
                members[(index[name], month - start)].append(e)
        drafts: list[Draft] = []
        quiet_until = np.full(len(keys), -1)
        for t in range(max(first, start + window), last + 1):
            col = t - start
            season = seasonal_factors(counts, col - window + 1)
            past_lo = max(0, col - window - history + 1)
            past_hi = col - window + 1  # exclusive
            span = past_hi - past_lo
            if span < 1:
                continue
            window_season = sum(season[(start + c) % 12] for c in range(col - window + 1, col + 1))
            past_season = sum(season[(start + c) % 12] for c in range(past_lo, past_hi))
            for k, key in enumerate(keys):
                observed = counts[k, col - window + 1:col + 1].sum()
                if observed < min_events or t <= quiet_until[k]:
                    continue
                past = counts[k, past_lo:past_hi]
                # rate per unit of seasonal weight, with half an event of prior over the history
                rate = (past.sum() + 0.5) / (past_season + 1.0)
                expected = rate * window_season
                if observed < min_growth * expected:
                    continue
                sums = np.convolve(past, np.ones(window), mode="valid") if span >= window else past
                mean, var = float(sums.mean()), float(sums.var())
                # dispersion: Poisson when the history shows none, else moments, kept in [1, 100]
                size = 100.0 if var <= mean else min(max(mean * mean / (var - mean), 1.0), 100.0)
                p = float(nbinom.sf(observed - 1, size, size / (size + expected)))
                if p >= rule.threshold:
                    continue
                causes = [e for c in range(col - window + 1, col + 1) for e in members[(k, c)]]
                causes = list({e.id: e for e in causes}.values())
                label = _vocab_label("domain" if by == "domain" else "event_type", key)
                drafts.append(_draft(
                    rule, f"{by}:{key}", label, t, month_label(t), causes,
                    [key] if by == "domain" else _main_domains(causes),
                    score=round(-math.log10(max(p, 1e-12)), 2),
                    observed=int(observed), expected=round(expected, 2), p_value=p,
                    window=window, history=history))
                quiet_until[k] = t + window - 1  # one alert per episode
        return drafts


# -- first appearance ----------------------------------------------------------------


class FirstAppearance:
    """First appearances: the first event in a sensitive domain (or the first after `window`
    months with none), and the first event between two actors one of whom is
    defence-linked. One rule, two triggers; each alert says which."""

    @staticmethod
    def check(rule: Rule) -> str | None:
        domains = rule.param("domains", [])
        if not isinstance(domains, list):
            return "params.domains must list the sensitive domains"
        unknown = set(domains) - set(load_vocabulary("domain").values)
        if unknown:
            return f"unknown domain(s) {sorted(unknown)}"
        if not domains and not rule.param("defence_pairs", False):
            return "give params.domains, params.defence_pairs: true, or both"
        return None

    @staticmethod
    def scan(rule: Rule, events: Sequence[MergedEvent], first: int, last: int,
             context: Context) -> list[Draft]:
        drafts = []
        if rule.param("domains"):
            drafts += FirstAppearance._domains(rule, events, first, last)
        if rule.param("defence_pairs", False):
            drafts += FirstAppearance._pairs(rule, events, first, last, context)
        return drafts

    @staticmethod
    def _domains(rule: Rule, events: Sequence[MergedEvent], first: int,
                 last: int) -> list[Draft]:
        sensitive = set(rule.param("domains"))
        last_seen: dict[str, int] = {}
        pending: dict[tuple[str, int], list[MergedEvent]] = defaultdict(list)
        for e in _by_known(events):
            month = e.known or 0
            if month > last:
                break
            for d in e.domains:
                if d not in sensitive:
                    continue
                seen = last_seen.get(d)
                fresh = seen is None or (rule.window and month - seen >= rule.window)
                if fresh or (d, month) in pending:
                    pending[(d, month)].append(e)
                last_seen[d] = month
        drafts = []
        for (domain, month), causes in sorted(pending.items(), key=lambda kv: (kv[0][1], kv[0][0])):
            if first <= month <= last and len(causes) >= rule.threshold:
                quiet = f"in {rule.window} months" if rule.window else "ever"
                drafts.append(_draft(rule, f"domain:{domain}",
                                     f"first {_vocab_label('domain', domain)} event {quiet}",
                                     month, month_label(month), causes, [domain],
                                     trigger="sensitive_domain"))
        return drafts

    @staticmethod
    def _pairs(rule: Rule, events: Sequence[MergedEvent], first: int, last: int,
               context: Context) -> list[Draft]:
        seen: set[tuple[str, str]] = set()
        drafts = []
        for e in _by_known(events):
            month = e.known or 0
            if month > last:
                break
            fresh = [pair for pair in sorted(e.pairs() - seen)
                     if pair[0] in context.defence or pair[1] in context.defence]
            seen |= e.pairs()
            if fresh and month >= first:
                label = "new tie with a defence-linked actor, " + "; ".join(
                    f"{context.names.get(c, c)} – {context.names.get(r, r)}" for c, r in fresh)
                subject = "pair:" + ",".join(f"{c}|{r}" for c, r in fresh)
                drafts.append(_draft(rule, subject, label, month, e.id, [e], e.domains,
                                     trigger="defence_pair", pairs=[list(p) for p in fresh]))
        return drafts


# -- stage escalation and silence -----------------------------------------------------


def _thread_label(key: str, context: Context) -> str:
    kind, _, rest = key.partition(":")
    if kind == "project":
        return context.projects.get(rest, rest)
    china, russia, domain = rest.split("|")
    return f"{context.names.get(china, china)} – {context.names.get(russia, russia)} ({domain})"


class StageEscalation:
    """A thread (a project, else an actor pair in a domain) whose first implemented event
    follows an announced or signed one of the last `window` months."""

    @staticmethod
    def check(rule: Rule) -> str | None:
        stages = set(load_vocabulary("stage").values)
        if not set(rule.param("from", list(stages_in_group("rhetoric")))) <= stages \
                or rule.param("to", "implemented") not in stages:
            return "params.from and params.to must be stages"
        return None

    @staticmethod
    def scan(rule: Rule, events: Sequence[MergedEvent], first: int, last: int,
             context: Context) -> list[Draft]:
        sources = set(rule.param("from", list(stages_in_group("rhetoric"))))
        target = rule.param("to", "implemented")
        promises: dict[str, list[MergedEvent]] = defaultdict(list)
        delivered: set[str] = set()
        drafts = []
        for e in _by_known(events):
            month = e.known or 0
            if month > last:
                break
            for key in thread_key(e):
                if e.stage == target and key not in delivered:
                    recent = [p for p in promises[key]
                              if not rule.window or month - (p.known or 0) <= rule.window]
                    delivered.add(key)
                    if recent and month >= first:
                        drafts.append(_draft(rule, f"thread:{key}", _thread_label(key, context),
                                             month, key, [e, *recent], e.domains,
                                             promised=recent[0].date, delivered=e.date))
                elif e.stage in sources:
                    promises[key].append(e)
        # one alert per event even when it escalates several pair threads
        unique: dict[tuple[str, int], Draft] = {}
        for d in drafts:
            unique.setdefault((d.event_ids[0], d.month), d)
        return list(unique.values())


class Silence:
    """A thread whose latest event is signed (by default) and that has had no further event
    for `window` months: raised in the month the window runs out."""

    @staticmethod
    def check(rule: Rule) -> str | None:
        if rule.window < 1:
            return "silence needs a window of at least one month"
        if not set(rule.param("stages", ["signed"])) <= set(load_vocabulary("stage").values):
            return "params.stages must be stages"
        return None

    @staticmethod
    def scan(rule: Rule, events: Sequence[MergedEvent], first: int, last: int,
             context: Context) -> list[Draft]:
        stages = set(rule.param("stages", ["signed"]))
        threads: dict[str, dict[int, list[MergedEvent]]] = defaultdict(lambda: defaultdict(list))
        for e in _by_known(events):
            for key in thread_key(e):
                threads[key][e.known or 0].append(e)
        drafts = []
        for key, by_month in threads.items():
            ordered = sorted(by_month)
            for i, month in enumerate(ordered):
                nxt = ordered[i + 1] if i + 1 < len(ordered) else None
                due = month + rule.window
                heads = [e for e in by_month[month] if e.stage in stages]
                if any(e.stage == "implemented" for e in by_month[month]):
                    heads = []
                if not heads or (nxt is not None and nxt <= due) or not first <= due <= last:
                    continue
                drafts.append(_draft(rule, f"thread:{key}", _thread_label(key, context), due,
                                     f"{key}@{month_label(month)}", heads, heads[0].domains,
                                     last_event=heads[0].date))
        unique: dict[tuple[str, int], Draft] = {}
        for d in sorted(drafts, key=lambda d: (d.month, d.subject)):
            unique.setdefault((d.event_ids[0], d.month), d)
        return list(unique.values())


# -- watchlist -------------------------------------------------------------------------


class Watchlist:
    """An event naming an entity of a watchlist."""

    @staticmethod
    def check(rule: Rule) -> str | None:
        if not 0 < rule.threshold <= 1:
            return "the threshold of a watchlist rule is a name similarity between 0 and 1"
        if not isinstance(rule.param("lists", []), list):
            return "params.lists must be a list of watchlist names"
        return None

    @staticmethod
    def scan(rule: Rule, events: Sequence[MergedEvent], first: int, last: int,
             context: Context) -> list[Draft]:
        if context.watch is None:
            return []
        drafts = []
        for e in _by_known(events):
            month = e.known or 0
            if not first <= month <= last:
                continue
            hits = [h for h in context.watch.match(e) if h[2] >= rule.threshold]
            if not hits:
                continue
            names = "; ".join(dict.fromkeys(name for _, name, _ in hits))
            drafts.append(_draft(rule, "watch:" + ",".join(sorted({h[0] for h in hits})), names,
                                 month, e.id, [e], e.domains,
                                 score=round(max(h[2] for h in hits), 3),
                                 entries=[{"id": i, "name": n, "similarity": round(s, 3)}
                                          for i, n, s in hits]))
        return drafts


# -- science: co-publications -------------------------------------------------------------


def _science(drafts: list[Draft], **details: str) -> list[Draft]:
    """Drafts of a news detector run over the co-publications, marked as science: the
    subject prefixed with ``science:`` and the given details added."""
    for d in drafts:
        d.subject = "science:" + d.subject
        d.details.update(details)
    return drafts


class ScienceSurge:
    """A surge of co-publications in a domain: the surge detector run over the works
    (context.works) instead of the news events."""

    @staticmethod
    def check(rule: Rule) -> str | None:
        if rule.param("by") != "domain":
            return "a science surge is counted by domain: set params.by: domain"
        return Surge.check(rule)

    @staticmethod
    def scan(rule: Rule, events: Sequence[MergedEvent], first: int, last: int,
             context: Context) -> list[Draft]:
        return _science(Surge.scan(rule, context.works, first, last, context), source="co-publications")


class ScienceFirstPair:
    """The first co-publication of a China–Russia pair of whom one side is defence-linked
    in the knowledge base."""

    @staticmethod
    def check(rule: Rule) -> str | None:
        return None if rule.threshold >= 1 else "the threshold counts works: 1 or more"

    @staticmethod
    def scan(rule: Rule, events: Sequence[MergedEvent], first: int, last: int,
             context: Context) -> list[Draft]:
        return _science(FirstAppearance._pairs(rule, context.works, first, last, context),
                        trigger="first_copublication")


class Detector(Protocol):
    check: Callable[[Rule], str | None]
    scan: Callable[[Rule, Sequence[MergedEvent], int, int, Context], list[Draft]]


DETECTORS: dict[str, Any] = {
    "surge": Surge,
    "first_appearance": FirstAppearance,
    "stage_escalation": StageEscalation,
    "silence": Silence,
    "watchlist": Watchlist,
    "science_surge": ScienceSurge,
    "science_first_pair": ScienceFirstPair,
}


def scan_rules(rules: Sequence[Rule], events: Sequence[MergedEvent], first: int, last: int,
               context: Context) -> list[Draft]:
    """Every alert the rules raise for months `first`..`last`, by month then rule."""
    drafts: list[Draft] = []
    for rule in rules:
        drafts.extend(DETECTORS[rule.kind].scan(rule, events, first, last, context))
    return sorted(drafts, key=lambda d: (d.month, d.rule_id, d.subject))


def data_months(events: Sequence[MergedEvent]) -> tuple[int, int] | None:
    """The first and last month any event is known in."""
    months = [e.known for e in events if e.known is not None]
    return (min(months), max(months)) if months else None

