"""The two science rules of rules.yaml: a surge of co-publications in a domain, and the first
co-publication of a pair with a defence-linked side; raised from works, causal, and in the
backtest when the store has co-publications."""

from __future__ import annotations

from techties.analysis.backtest import run_backtest
from techties.analysis.detectors import Context, scan_rules
from techties.analysis.events import MergedEvent, curated_events
from techties.analysis.periods import month_of
from techties.analysis.rules import load_rules
from techties.analysis.science import work_events
from techties.model.curated import load_curated_events
from techties.model.loader import load_actors
from techties.store.event_record import EventActor
from techties.store.science import CoPublication, Signer

TSINGHUA = Signer("cn-tsinghua", "Tsinghua University", "CN", "cn-tsinghua")
HIT = Signer("cn-hit", "Harbin Institute of Technology", "CN", "cn-hit", defence_linked=True)
MSU = Signer("ru-msu", "Lomonosov Moscow State University", "RU", "ru-msu")
BMSTU = Signer("ru-bmstu", "Bauman Moscow State Technical University", "RU", "ru-bmstu", defence_linked=True)


def _works() -> list[CoPublication]:
    works = []
    n = 0
    for year in range(2015, 2023):  # a steady trickle: one AI paper a year
        n += 1
        works.append(CoPublication(f"W{n}", "t", year, f"{year}-05-10", None, None, 0, ["ai"],
                                   [TSINGHUA], [MSU]))
    for month in range(1, 11):  # then ten in 2023
        n += 1
        works.append(CoPublication(f"W{n}", "t", 2023, f"2023-{month:02d}-15", None, None, 0, ["ai"],
                                   [TSINGHUA], [MSU]))
    works.append(CoPublication("W99", "t", 2021, "2021-03-01", None, None, 0, ["materials"],
                               [HIT], [MSU]))
    works.append(CoPublication("W98", "t", 2022, "2022-03-01", None, None, 0, ["materials"],
                               [HIT], [MSU]))  # the same pair again: no second alert
    return works


def _context() -> Context:
    return Context(defence={"cn-hit", "ru-bmstu"},
                   names={"cn-hit": "HIT", "ru-msu": "MSU", "cn-tsinghua": "Tsinghua"},
                   works=work_events(_works()))


def _science_rules() -> list:
    return [r for r in load_rules().rules if r.kind.startswith("science_")]


def test_works_become_events_with_their_signers() -> None:
    events = work_events(_works())
    assert events[0].type == "co_publication" and events[0].pairs() == {("cn-tsinghua", "ru-msu")}
    assert next(e for e in events if e.id == "W99").defence_linked


def test_first_copublication_of_a_defence_linked_pair_is_raised_once() -> None:
    first, last = month_of("2016-01"), month_of("2023-12")
    assert first is not None and last is not None
    drafts = [d for d in scan_rules(_science_rules(), [], first, last, _context())
              if d.rule_id == "science-first-defence-pair"]
    assert len(drafts) == 1 and drafts[0].event_ids == ["W99"] and drafts[0].period == "2021-03"
    assert "HIT – MSU" in drafts[0].title


def test_a_surge_of_copublications_in_a_domain() -> None:
    first, last = month_of("2016-01"), month_of("2023-12")
    assert first is not None and last is not None
    drafts = [d for d in scan_rules(_science_rules(), [], first, last, _context())
              if d.rule_id == "science-surge-domain"]
    assert drafts and all(d.subject == "science:domain:ai" for d in drafts)
    assert drafts[0].period.startswith("2023")


def test_news_events_do_not_feed_the_science_rules() -> None:
    news = [MergedEvent(id=f"e{i}", date=f"2023-{i:02d}", type="agreement", stage="signed",
                        domains=("ai",), actors=(EventActor("CN", "cn-hit", "HIT"),
                                                 EventActor("RU", "ru-bmstu", "BMSTU")),
                        summary="", origin="curated") for i in range(1, 12)]
    context = Context(defence={"cn-hit"})
    first, last = month_of("2016-01"), month_of("2023-12")
    assert first is not None and last is not None
    assert scan_rules(_science_rules(), news, first, last, context) == []


def test_the_backtest_scores_the_science_rules_when_works_are_given() -> None:
    result = run_backtest(ruleset=load_rules(), context=None)
    assert result.score("science-surge-domain").raised == 0  # the files alone hold no works
    actors = load_actors()
    context = Context(defence={a.id for a in actors if a.defence_linked},
                      names={a.id: a.name for a in actors}, works=work_events(_works()))
    scored = run_backtest(curated_events(load_curated_events(), actors), load_rules(), context=context)
    assert scored.score("science-first-defence-pair").raised == 1
    assert scored.score("science-surge-domain").raised >= 1
