"""The detectors behind the rules, on small hand-made histories, and their causality: what a
rule raises for a month never depends on later events."""

from __future__ import annotations

from techties.analysis.detectors import Context, scan_rules
from techties.analysis.events import MergedEvent
from techties.analysis.periods import parse_month
from techties.analysis.rules import load_rules

from .factories import event

RULES = load_rules()


def _steady(domain: str = "nuclear", years: range = range(2015, 2021)) -> list[MergedEvent]:
    """One event every other month: a domain's ordinary pace."""
    return [event(f"{y}-{m:02d}-10", domains=(domain,), cn=("cn-cnnc",), ru=("ru-rosatom",))
            for y in years for m in range(1, 13, 2)]


def test_surge_fires_on_a_burst_and_not_on_the_ordinary_pace() -> None:
    rule = RULES.get("surge-domain")
    first, last = parse_month("2016-01"), parse_month("2021-12")
    assert scan_rules([rule], _steady(), first, last, Context()) == []
    burst = [event(f"2021-06-{d:02d}", domains=("nuclear",), cn=("cn-cnnc",),
                   ru=("ru-rosatom",)) for d in range(1, 8)]
    drafts = scan_rules([rule], _steady() + burst, first, last, Context())
    assert len(drafts) == 1, "one alert per episode, not one per month of it"
    surge = drafts[0]
    assert surge.period == "2021-06" and surge.subject == "domain:nuclear"
    assert {e.id for e in burst} <= set(surge.event_ids)
    assert surge.details["observed"] >= 7 and surge.details["p_value"] < rule.threshold
    assert surge.domains == ["nuclear"]


def test_first_appearance_of_a_sensitive_domain_and_of_a_defence_linked_pair() -> None:
    rule = RULES.get("first-appearance")
    history = _steady("general_science", range(2015, 2019))
    quantum = event("2018-05-03", domains=("quantum",), cn=("cn-ustc",), ru=("ru-rqc",))
    again = event("2018-09-03", domains=("quantum",), cn=("cn-ustc",), ru=("ru-rqc",))
    pair = event("2018-07-01", domains=("general_science",), cn=("cn-hit",), ru=("ru-msu",))
    context = Context(defence={"cn-hit"}, names={"cn-hit": "HIT", "ru-msu": "MSU"})
    drafts = scan_rules([rule], [*history, quantum, again, pair], parse_month("2016-01"),
                        parse_month("2019-12"), context)
    by_subject = {d.subject: d for d in drafts}
    assert by_subject["domain:quantum"].event_ids == [quantum.id]
    assert by_subject["pair:cn-hit|ru-msu"].event_ids == [pair.id]
    assert "HIT – MSU" in by_subject["pair:cn-hit|ru-msu"].title
    assert len(drafts) == 2, "the second quantum event is no first appearance"


def test_stage_escalation_and_silence_follow_a_project() -> None:
    signed = event("2019-03-01", stage="signed", project="ilrs")
    delivered = event("2020-01-01", stage="implemented", type="pilot", project="ilrs")
    lonely = event("2019-02-01", stage="signed", project="cr929", domains=("aerospace",),
                   cn=("cn-comac",), ru=("ru-uac",))
    rules = [RULES.get("stage-escalation"), RULES.get("silence")]
    context = Context(projects={"ilrs": "Lunar station", "cr929": "CR929"})
    drafts = scan_rules(rules, [signed, delivered, lonely], parse_month("2019-01"),
                        parse_month("2021-12"), context)
    escalation = [d for d in drafts if d.rule_id == "stage-escalation"]
    silence = [d for d in drafts if d.rule_id == "silence"]
    assert [d.event_ids for d in escalation] == [[delivered.id, signed.id]]
    assert escalation[0].period == "2020-01" and "Lunar station" in escalation[0].title
    assert [(d.period, d.event_ids) for d in silence] == [("2020-08", [lonely.id])]


def test_detectors_are_causal_a_replay_month_by_month_equals_one_scan() -> None:
    events = _steady() + [event(f"2019-0{m}-05", domains=("nuclear", "space"), stage=s)
                          for m, s in ((4, "signed"), (5, "implemented"), (6, "signed"))]
    rules = [r for r in RULES.rules if r.kind != "watchlist"]
    first, last = parse_month("2016-01"), parse_month("2020-12")
    full = {d.id: d.period for d in scan_rules(rules, events, first, last, Context())}
    replay = {}
    for month in range(first, last + 1):
        known = [e for e in events if e.known is not None and e.known <= month]
        for d in scan_rules(rules, known, first, month, Context()):
            replay.setdefault(d.id, d.period)
    assert replay == full
