"""A document a Chinese sentence only refers to (根据…联合声明, 在…协议框架下, 落实…, 列入…议定书)
is background to what the sentence reports, not an agreement signed in it."""

from __future__ import annotations

import pytest

from techties.extraction.candidates import find_candidates
from techties.extraction.chinese_documents import not_agreements
from techties.extraction.signals import read_signals


def _types(text: str) -> list[str]:
    signals = read_signals(text, "zh")
    return sorted(c.type for c in find_candidates(signals, set(), lang="zh"))


@pytest.mark.parametrize("text", [
    "根据2021年签署的中俄科技合作协定,中国科学院与俄罗斯科学院将联合研究人工智能。",
    "在中俄航天合作协议框架下,两国科学家共同研制月球探测器。",
    "为落实两国签署的联合声明,华为与俄罗斯科学院开展5G联合研究。",
])
def test_a_document_referred_to_is_no_agreement(text: str) -> None:
    signals = read_signals(text, "zh")[0]
    assert signals.types["agreement"] > 0
    assert not_agreements(text, 0, signals.cue_spans) == {"agreement"}
    assert _types(text) == ["joint_research"]


def test_a_sentence_that_only_refers_to_a_document_reports_nothing() -> None:
    text = "中俄双方指出,根据两国元首签署的联合声明,将继续推进航天领域合作项目列入议定书。"
    assert _types(text) == []


@pytest.mark.parametrize("text", [
    "中国科学院与俄罗斯科学院签署了人工智能联合研究协议。",
    "根据规划,中国科学院与俄罗斯科学院签署了人工智能联合研究协议。",
    "中俄双方落实了前期成果,并签署了航天合作协议。",
])
def test_a_document_signed_in_the_sentence_stays_an_agreement(text: str) -> None:
    signals = read_signals(text, "zh")[0]
    assert not_agreements(text, 0, signals.cue_spans) == set()
    assert "agreement" in _types(text)
