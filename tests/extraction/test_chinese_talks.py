"""Chinese verbs of talks (商讨, 磋商, like 商谈 and 洽谈) tell a thing under negotiation: a plan."""

from __future__ import annotations

from techties.extraction.signals import read_signals
from techties.extraction.stage_cues import stage_cues


def test_a_project_under_discussion_or_consultation_is_announced() -> None:
    for text in ("中核集团与俄罗斯国家原子能公司正在商讨共建快堆示范项目。",
                 "中核集团与俄罗斯国家原子能公司就共建快堆示范项目进行磋商。"):
        s = read_signals(text, "zh")[0]
        assert stage_cues(s, "pilot", "zh")["announced"] >= 1, text
