"""A Chinese clause that only names the thing has its predicate in the next clause that tells a stage."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.extraction.stage_cues import stage_cues
from techties.records import Document


def test_a_deed_done_in_the_comment_outweighs_a_later_plan() -> None:
    s = read_signals("由浙江大学与新西伯利亚国立大学共建的联合研究中心，去年完成了首批样机测试，"
                     "正在筹备建设第二条生产线。", "zh")[0]
    cues = stage_cues(s, "joint_research", "zh")
    assert cues["implemented"] and not cues["announced"]


def test_a_comment_with_no_perfective_leaves_the_sentence_to_tell_the_stage() -> None:
    s = read_signals("由浙江大学与新西伯利亚国立大学共建的联合研究中心，明年完成样机测试，"
                     "正在筹备建设生产线。", "zh")[0]
    assert stage_cues(s, "joint_research", "zh")["announced"]


def test_the_jointly_built_centre_that_completed_tests_is_implemented() -> None:
    text = ("由浙江大学与新西伯利亚国立大学共建的联合研究中心，去年完成了首批样机测试，"
            "正在筹备建设第二条生产线。")
    doc = Document(id="doc_test", text=text, title="", lang="zh", published="2024-06-10")
    assert [(e.type, e.stage) for e in extract_document(doc).events] == [("joint_research", "implemented")]


def test_a_done_first_clause_outweighs_a_later_plan_where_no_type_word_stands() -> None:
    s = read_signals("目前小米已同俄方伙伴建立了两个数据中心，并计划在未来三年扩建。", "zh")[0]
    cues = stage_cues(s, "joint_research", "zh")
    assert cues["implemented"] and not cues["announced"]
    planned = read_signals("小米计划同俄方伙伴建立两个数据中心，目前已完成选址。", "zh")[0]
    assert stage_cues(planned, "joint_research", "zh")["announced"]
