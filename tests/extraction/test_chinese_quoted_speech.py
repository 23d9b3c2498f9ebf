"""A short Chinese quotation with a comma or a full stop in it is speech, whose verbs give the stage;
a name in quotation marks is not."""

from __future__ import annotations

from techties.extraction.signals import read_signals
from techties.extraction.stage import named_spans
from techties.extraction.stage_cues import stage_cues


def test_speech_in_quotation_marks_is_no_name_but_a_quoted_name_is() -> None:
    assert named_spans("部长表示：“我们将与中方共建卫星实验室。”") == []
    assert named_spans("项目名为“北极数字走廊”") != []
    assert named_spans('The "Digital Silk Road, Phase Two" plan') != []  # English quotes keep their reading


def test_a_plan_spoken_in_quotation_marks_is_announced() -> None:
    s = read_signals("俄罗斯航天集团负责人表示：“我们将与中方共建月球探测联合实验室。”", "zh")[0]
    assert stage_cues(s, "joint_research", "zh")["announced"] >= 1
