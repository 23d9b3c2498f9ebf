"""Indicators per domain and period, project paths, promises with no follow-up, the side
that leads, and the kinds of sources."""

from __future__ import annotations

import pytest

from techties.analysis.indicators import (
    indicators,
    project_paths,
    series,
    unfulfilled_promises,
)
from techties.analysis.lead import lead_side
from techties.analysis.periods import parse_month
from techties.analysis.sources import kind_of, publisher_of
from techties.store.event_record import EventSource

from .factories import event


def test_indicators_per_domain_and_quarter() -> None:
    events = [
        event("2024-01-10", stage="announced", cn=("cn-a",), ru=("ru-a",), lead="CN"),
        event("2024-02-10", stage="implemented", cn=("cn-a",), ru=("ru-a",), defence=True),
        event("2024-03-10", stage="signed", type="friction", cn=("cn-b",), ru=("ru-a",)),
        event("2024-05-10", stage="implemented", cn=("cn-a",), ru=("ru-b",), lead="RU"),
        event("2024", stage="implemented"),  # year only: no quarter
    ]
    rows, undated = indicators(events, per="quarter", group="domain")
    assert undated == 1
    q1, q2 = rows
    assert (q1.key, q1.period, q1.events, q1.new_pairs) == ("space", "2024Q1", 3, 2)
    assert q1.delivery_ratio == 0.5  # one implemented for two announced or signed
    assert q1.defence_share == pytest.approx(1 / 3, abs=1e-3)
    assert q1.friction_share == pytest.approx(1 / 3, abs=1e-3)
    assert (q1.led_by_cn, q1.led_by_ru) == (1, 0)
    assert (q2.period, q2.new_pairs, q2.delivery_ratio, q2.led_by_ru) == ("2024Q2", 1, None, 1)
    monthly, _ = indicators(events, per="month", group="type")
    assert [(r.key, r.period) for r in monthly][:2] == [("agreement", "2024-01"),
                                                         ("agreement", "2024-02")]
    counts = series(events, per="quarter", group="all", first=parse_month("2023-10"),
                    last=parse_month("2024-06"))
    assert counts == {"all": [0, 3, 1]}


def test_project_paths_and_promises_with_no_follow_up() -> None:
    events = [
        event("2017-05", stage="announced", project="ahl"),
        event("2018-11", stage="signed", project="ahl"),
        event("2021-02", stage="implemented", project="ahl"),
        event("2020-01", stage="signed", project="cr929", cn=("cn-comac",), ru=("ru-uac",)),
    ]
    ahl = {p.project_id: p for p in project_paths(events)}["ahl"]
    assert (ahl.announced_to_signed, ahl.signed_to_implemented, ahl.announced_to_implemented) \
        == (18, 27, 45)
    promises = unfulfilled_promises(events, parse_month("2022-01"), silence_months=18)
    assert [(p.event.project_id, p.months_silent) for p in promises] == [("cr929", 24)]
    # a month before the helicopter delivered, its signature had been silent for 26 months
    earlier = unfulfilled_promises(events, parse_month("2021-01"), silence_months=18)
    assert [(p.event.project_id, p.months_silent) for p in earlier] == [("ahl", 26)]


@pytest.mark.parametrize("text, side", [
    ("The agreement was signed in Moscow on Wednesday.", "RU"),
    ("Соглашение подписано в Пекине в ходе визита.", "CN"),
    ("签约仪式在莫斯科举行。", "RU"),
    ("The forum was held at the initiative of the Chinese side.", "CN"),
    ("Форум прошёл по инициативе российской стороны.", "RU"),
    ("Huawei and MTS agreed to cooperate on 5G.", None),
])
def test_the_side_that_hosts_or_initiates_leads(text: str, side: str | None) -> None:
    assert lead_side([text]) == side


def test_sources_are_told_apart_by_kind_and_publisher() -> None:
    assert kind_of("https://tass.com/science/1263979") == "state_media"
    assert kind_of("http://www.cnsa.gov.cn/n6758823/index.html") == "official"
    assert kind_of("https://www.reuters.com/technology/x") == "independent_media"
    assert kind_of("https://ofac.treasury.gov/recent-actions/2024") == "sanctions_notice"
    assert kind_of("https://example.org/a") is None
    assert publisher_of("https://news.sina.com.cn/c/x.html") == "sina.com.cn"
    assert publisher_of("https://en.kremlin.ru/events") == "kremlin.ru"
    same = event("2021-03-09", sources=(EventSource("https://tass.com/a", "state_media", "tass.com"),
                                        EventSource("https://tass.ru/b", "state_media", "tass.ru"),
                                        EventSource("https://tass.com/c", "state_media", "tass.com")))
    assert same.independent_sources == 2
    assert same.sources_by_kind() == {"state_media": 2}
