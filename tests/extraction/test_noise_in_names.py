"""A word of commodity trade or drills inside a party's name (天然气工业银行, Gazprombank) says
what the party is called, not what its sentence is about (signals.read_signals)."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.records import Document


def test_gas_in_a_banks_name_is_no_gas_trade() -> None:
    s = read_signals("中国银联国际与俄罗斯天然气工业银行签署协议，双方将在俄罗斯发行银联卡。", "zh")[0]
    assert not s.context["noise"]


def test_the_same_word_outside_a_name_still_counts() -> None:
    s = read_signals("俄罗斯对华天然气出口创下新高。", "zh")[0]
    assert s.context["noise"]


def test_a_card_deal_with_a_gas_named_bank_is_relevant() -> None:
    doc = Document(id="doc_gas_bank", lang="zh", published="2024-12-02",
                   title="银联国际与俄罗斯天然气工业银行签署合作协议",
                   text=("中国银联国际与俄罗斯天然气工业银行日前签署合作协议，双方将在俄罗斯发行银联卡，"
                         "并推动当地商户POS终端受理银联卡。\n天然气工业银行表示，首批联名卡将于明年初发行。"))
    assert extract_document(doc).relevant
