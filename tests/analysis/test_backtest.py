"""The backtest: its definitions on a small history, and the bar on the curated knowledge
base (surge and first appearance beat the naive baseline)."""

from __future__ import annotations

from techties.analysis.backtest import (
    BASELINE,
    _developments,
    baseline_alerts,
    format_table,
    lead_time,
    run_backtest,
)
from techties.analysis.detectors import Context
from techties.analysis.periods import parse_month
from techties.analysis.rules import load_rules

from .factories import event


def test_the_naive_baseline_alerts_when_a_month_exceeds_the_mean_of_the_months_before() -> None:
    events = [event("2020-01-05"), event("2020-03-05"), event("2020-03-20"),
              event("2020-04-05")]
    drafts = baseline_alerts(events, parse_month("2020-01"), parse_month("2020-05"))
    # Jan: 1 > 0; Feb: 0 not > 1; Mar: 2 > 0.5; Apr: 1 not > 1 (the mean of 1, 0, 2); May: 0
    assert [d.period for d in drafts] == ["2020-01", "2020-03"]
    assert all(d.rule_id == BASELINE and d.domains == ["space"] for d in drafts)


def test_lead_time_is_the_months_to_the_first_later_development_in_the_domain() -> None:
    alert_cause = event("2020-01-10", id="cause")
    talk = event("2020-02-10", stage="announced", id="talk")  # not a development
    signed = event("2020-04-10", stage="signed", id="signed")
    elsewhere = event("2020-02-10", stage="implemented", domains=("nuclear",), id="nuclear")
    developments = _developments([alert_cause, talk, signed, elsewhere])
    alert = baseline_alerts([alert_cause], parse_month("2020-01"), parse_month("2020-01"))[0]
    assert lead_time(alert, developments, horizon=6) == 3
    assert lead_time(alert, developments, horizon=2) is None


def test_alerts_of_the_last_horizon_months_are_raised_but_not_evaluated() -> None:
    events = [event(f"{y}-{m:02d}-01", stage="signed") for y in (2018, 2019) for m in (1, 4, 7, 10)]
    result = run_backtest(events, load_rules(), horizon=6, context=Context())
    base = result.score(BASELINE)
    assert result.last == "2019-10" and result.last_evaluated == "2019-04"
    assert base.raised > base.evaluated
    assert base.hits == base.evaluated and base.mean_lead == 3.0


def test_first_appearance_and_silence_beat_the_naive_baseline_on_the_knowledge_base() -> None:
    """Measured, not wished: on the 605-event record first appearances (precision 0.86) and
    silences (0.93) beat the naive baseline (0.79) clearly at its lead time; a domain surge
    (0.79) is level with the baseline, no better, and the test says so rather than tuning the
    rule to the record."""
    result = run_backtest()
    table = format_table(result)
    assert "naive-baseline" in table and "surge-domain" in table
    assert result.events >= 600
    base = result.score(BASELINE).precision
    assert base is not None
    for rule in ("surge-domain", "first-appearance", "silence"):
        assert result.score(rule).evaluated >= 10, rule
    for rule in ("first-appearance", "silence"):
        assert result.beats_baseline(rule), f"{rule} does not beat the baseline:\n{table}"
        assert (result.score(rule).precision or 0) >= base + 0.05, table
    surge = result.score("surge-domain").precision or 0
    assert surge < base + 0.05, f"surge-domain now clearly beats the baseline: say so\n{table}"


def test_a_hundredth_of_a_month_of_lead_does_not_decide_but_a_month_does() -> None:
    from techties.analysis.backtest import BacktestResult, RuleScore

    def result(leads: list[int]) -> BacktestResult:
        scores = [RuleScore("r", "surge", 10, 10, 9, leads), RuleScore(BASELINE, "baseline", 10, 10, 7, [2, 3])]
        return BacktestResult("2015-01", "2020-01", "2019-07", 6, 100, scores, 0.5)

    assert result([2, 3, 2, 3, 2, 3, 2, 3, 2]).beats_baseline("r")  # mean 2.44 against 2.5
    assert not result([1, 2]).beats_baseline("r")  # a month shorter
