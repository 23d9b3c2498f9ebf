"""A Chinese park or zone named as the place where something happens (在…产业园举行, 在…工业园中)
is where, not what, the sentence reports; a park set up or opened stays an incubator."""

from __future__ import annotations

import pytest

from techties.extraction.candidates import find_candidates
from techties.extraction.chinese_locatives import place_types
from techties.extraction.signals import read_signals


def _types(text: str) -> list[str]:
    signals = read_signals(text, "zh")
    return sorted(c.type for c in find_candidates(signals, set(), lang="zh"))


@pytest.mark.parametrize(("text", "expected"), [
    ("中俄人工智能交流会在苏州工业园区的软件产业园举行,华为与俄罗斯科学院出席。", ["forum"]),
    ("华为与俄罗斯电信公司在深圳的科技园中联合测试5G基站。", ["pilot"]),
])
def test_a_park_as_the_place_of_the_event(text: str, expected: list[str]) -> None:
    signals = read_signals(text, "zh")[0]
    assert signals.types["incubator"] > 0
    assert place_types(text, 0, signals.cue_spans) == {"incubator"}
    assert _types(text) == expected


@pytest.mark.parametrize("text", [
    "华为与俄罗斯斯科尔科沃基金会在喀山共建人工智能科技园。",
    "中俄双方在哈尔滨设立了中俄科技园中心,吸引机器人企业入驻。",
])
def test_a_park_set_up_stays_an_incubator(text: str) -> None:
    signals = read_signals(text, "zh")[0]
    assert place_types(text, 0, signals.cue_spans) == set()
