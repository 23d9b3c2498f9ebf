"""A Chinese verb of agreeing or signing after a bare negation ("不同意", "没有签署") agrees nothing."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.extraction.tense import refused
from techties.records import Document


def test_a_negated_agreement_is_no_signing() -> None:
    assert refused("俄方对此不同意", 5)
    assert refused("双方没有签署", 4)
    assert not refused("双方尚未签署", 4)  # not yet: still to come, read elsewhere
    assert not read_signals("俄方对此不同意。", "zh")[0].stages["signed"]
    assert read_signals("俄方对此表示同意。", "zh")[0].stages["signed"]


def test_a_purchase_the_seller_refuses_is_no_term_of_a_deal() -> None:
    text = ("中国航天科技集团有意购买俄罗斯能源火箭航天集团的火箭发动机。"
            "中方希望自由使用发动机，但俄方对此不同意。")
    doc = Document(id="doc_test", text=text, title="", lang="zh", published="2024-06-10")
    assert [(e.type, e.stage) for e in extract_document(doc).events] == [("supply", "announced")]
