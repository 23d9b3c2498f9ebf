"""A Chinese deed denied past its time ("不再运行", "至今仍未交付") stopped or never happened: stalled,
where "尚未" (not yet) leaves it still to come."""

from __future__ import annotations

from techties.extraction.signals import read_signals
from techties.extraction.stage import decide_stage
from techties.extraction.stage_cues import stage_cues
from techties.extraction.tense import denied


def _stage(text: str, event_type: str) -> str:
    cues = stage_cues(read_signals(text, "zh")[0], event_type, "zh")
    return decide_stage(event_type, cues, cues)


def test_denials_of_a_deed_are_found_but_not_yet_is_not_one() -> None:
    text = "中俄联合催化实验室自前年起不再运行"
    assert denied(text, text.index("运行"))
    text = "联合实验室尚未运行"
    assert not denied(text, text.index("运行"))


def test_a_lab_no_longer_running_is_stalled() -> None:
    assert _stage("大连理工大学与托木斯克理工大学的联合催化实验室自前年起不再运行。", "joint_research") == "stalled"
