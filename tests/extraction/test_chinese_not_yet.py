"""Chinese "not yet" (尚未, 还没有, 有待) before a verb of signing or of a thing done: still to come."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.extraction.stage_cues import stage_cues
from techties.extraction.tense import done_later, not_yet
from techties.records import Document


def test_not_yet_before_a_verb() -> None:
    text = "盾构机尚未交付，协议还没有正式签署，实验室未能建成"
    assert not_yet(text, text.index("交付"))
    assert not_yet(text, text.index("签署"))
    assert not not_yet(text, text.index("建成"))  # 未能: failed to, a setback


def test_a_delivery_not_yet_made_is_not_done() -> None:
    s = read_signals("莫斯科地铁公司向中国铁建重工订购的盾构机尚未交付。", "zh")[0]
    cues = stage_cues(s, "supply", "zh")
    assert not cues["implemented"] and cues["announced"]


def test_an_agreement_not_yet_signed_is_announced() -> None:
    text = "中国航发集团与俄罗斯联合发动机制造集团的航空发动机合作协议尚未签署。"
    doc = Document(id="doc_test", text=text, title="", lang="zh", published="2024-06-10")
    assert [(e.type, e.stage) for e in extract_document(doc).events] == [("agreement", "announced")]


def test_a_thing_done_in_a_time_clause_of_the_future_is_still_to_come() -> None:
    text = "中俄北极联合研究中心投入使用后，将开展冰川观测研究。"
    at = text.index("投入使用")
    assert done_later(text, at, at + 4)
    past = "中俄北极联合研究中心已投入使用，开展冰川观测研究。"
    assert not done_later(past, past.index("投入使用"), past.index("投入使用") + 4)
    s = read_signals("中国科学院与俄罗斯科学院共建的北极联合研究中心投入使用后，将开展冰川观测研究。", "zh")[0]
    cues = stage_cues(s, "joint_research", "zh")
    assert not cues["implemented"] and cues["announced"]
