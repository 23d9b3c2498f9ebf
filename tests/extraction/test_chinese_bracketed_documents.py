"""A Chinese document word inside brackets is an aside (the programme that funds a project, a
short form): it reports no agreement. One signed outside the brackets stays an agreement."""

from __future__ import annotations

from techties.extraction.candidates import find_candidates
from techties.extraction.chinese_documents import not_agreements
from techties.extraction.signals import read_signals


def _types(text: str) -> list[str]:
    signals = read_signals(text, "zh")
    return sorted(c.type for c in find_candidates(signals, set(), lang="zh"))


def test_a_programme_named_in_brackets_is_no_agreement() -> None:
    text = "中国科学院与俄罗斯科学院启动了北极冻土联合研究项目(国家国际科技合作计划资助)。"
    signals = read_signals(text, "zh")[0]
    assert signals.types["agreement"] > 0
    assert not_agreements(text, 0, signals.cue_spans) == {"agreement"}
    assert _types(text) == ["joint_research"]


def test_a_document_signed_outside_the_brackets_stays_an_agreement() -> None:
    text = "中国科学院与俄罗斯科学院签署了《科技合作协议》(以下简称《协议》),涉及人工智能研究。"
    signals = read_signals(text, "zh")[0]
    assert not_agreements(text, 0, signals.cue_spans) == set()
    assert "agreement" in _types(text)
