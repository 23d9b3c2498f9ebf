"""A proposal (建议) is a plan: the joint plant a region proposes is announced."""

from __future__ import annotations

from techties.extraction.signals import read_signals
from techties.extraction.stage import decide_stage
from techties.extraction.stage_cues import stage_cues


def test_a_proposed_joint_plant_is_announced() -> None:
    s = read_signals("卡卢加州政府向中国车企提出建议，合资建厂生产电动客车。", "zh")[0]
    cues = stage_cues(s, "investment", "zh")
    assert decide_stage("investment", cues, cues) == "announced"
