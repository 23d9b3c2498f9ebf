"""A Chinese deed at a time still to come ("明年投产", "年底前交付"), with no 了 or 已, is planned."""

from __future__ import annotations

from techties.extraction.signals import read_signals
from techties.extraction.stage import decide_stage
from techties.extraction.stage_cues import stage_cues
from techties.extraction.tense import future_times


def _stage(text: str, event_type: str) -> str:
    cues = stage_cues(read_signals(text, "zh")[0], event_type, "zh")
    return decide_stage(event_type, cues, cues)


def test_times_still_to_come_are_found() -> None:
    assert future_times("新工厂明年投产，首批车辆年底前下线") == 2
    assert future_times("该工厂去年投产") == 0


def test_a_deed_next_year_is_planned_but_one_done_already_is_not() -> None:
    assert _stage("奇瑞汽车在俄罗斯加里宁格勒投资建设的发动机工厂明年投产。", "investment") == "announced"
    assert _stage("奇瑞汽车在俄罗斯加里宁格勒投资建设的发动机工厂已于去年投产。", "investment") == "implemented"


def test_a_centre_opened_for_use_is_done() -> None:
    assert _stage("中兴通讯在新西伯利亚设立的研发中心正式启用。", "rnd_center") == "implemented"
