"""Chinese marks a thing done with the particle 了 after its verb or the adverb 已 before it, whatever the verb."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.extraction.stage_cues import stage_cues
from techties.extraction.tense import perfective_marks
from techties.records import Document


def test_le_after_a_verb_is_done_but_not_inside_other_words() -> None:
    assert perfective_marks("两校建立了联合实验室") == 1
    assert perfective_marks("为了加强合作，双方希望了解对方的需求") == 0
    assert perfective_marks("除了俄罗斯，这个问题谁也解决不了") == 0


def test_a_verb_with_le_is_a_thing_done_in_the_event_clause() -> None:
    s = read_signals("哈尔滨工业大学与莫斯科国立鲍曼技术大学建立了中俄联合实验室。", "zh")[0]
    assert stage_cues(s, "joint_research", "zh")["implemented"] == 1


def test_le_after_signing_or_with_a_plan_word_adds_nothing_done() -> None:
    signed = read_signals("哈尔滨工业大学与莫斯科国立鲍曼技术大学签署了合作协议。", "zh")[0]
    assert not stage_cues(signed, "agreement", "zh")["implemented"]
    planned = read_signals("两校计划明年建立联合实验室，筹备工作开始了。", "zh")[0]
    assert not stage_cues(planned, "joint_research", "zh")["implemented"]


def test_the_adverb_yi_before_a_verb_is_done_but_not_inside_other_words() -> None:
    assert perfective_marks("该实验室已着手研制新型材料。") == 1
    assert perfective_marks("双方已经完成测试。") == 1
    assert perfective_marks("这只是一个设想而已。") == 0  # 而已: "only"
    assert perfective_marks("项目不得已推迟。") == 0  # 不得已: "reluctantly"
    text = ("俄罗斯国家原子能公司和中核集团计划在北京共建核能联合实验室。"
            "俄罗斯国家原子能公司和中核集团的核能联合实验室已着手研究快中子反应堆。")
    doc = Document(id="doc_test", text=text, title="", lang="zh", published="2021-06-10")
    assert [(e.type, e.stage) for e in extract_document(doc).events] == [("joint_research", "implemented")]


def test_a_clause_whose_only_tense_is_the_future_is_a_plan() -> None:
    for text in ("明年哈尔滨工业大学与莫斯科国立鲍曼技术大学在哈尔滨共建联合实验室。",
                 "届时，中俄双方的科研人员在联合实验室研制新型材料。",
                 "校长说：“两校的联合实验室将成为中俄科技合作的新平台。”"):
        s = read_signals(text, "zh")[0]
        assert stage_cues(s, "joint_research", "zh")["announced"] == 1, text
    done = read_signals("去年两校在哈尔滨共建了联合实验室。", "zh")[0]
    assert not stage_cues(done, "joint_research", "zh")["announced"]
