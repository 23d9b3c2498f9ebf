"""Texts the parties exchange at a ceremony ("交换合作协议") are signed, as "exchanged documents"
and "обменялись документами" are in English and Russian."""

from __future__ import annotations

from techties.extraction.signals import read_signals
from techties.extraction.stage import decide_stage
from techties.extraction.stage_cues import stage_cues
from techties.extraction.tense import exchanged_documents


def test_an_exchange_of_texts_but_not_an_exchange_agreement() -> None:
    assert exchanged_documents("浙江大学与喀山联邦大学交换了合作文件") == 1
    assert exchanged_documents("两校校长交换《关于共建联合研究院的协议》") == 1
    assert exchanged_documents("两校计划签署学生交换协议") == 0  # an agreement on exchanging students


def test_an_accord_exchanged_before_the_leaders_is_signed_but_its_institute_is_planned() -> None:
    s = read_signals("两国元首见证浙江大学和喀山联邦大学交换共建联合研究院的合作协议，"
                     "该研究院将成为两校合作的新平台。", "zh")[0]
    agreement = stage_cues(s, "agreement", "zh")
    assert decide_stage("agreement", agreement, agreement) == "signed"
    institute = stage_cues(s, "joint_research", "zh")
    assert not institute["signed"]
