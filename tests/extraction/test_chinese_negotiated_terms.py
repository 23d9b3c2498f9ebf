"""A purchase its own sentence says is still negotiated is no term of a deal concluded elsewhere."""

from __future__ import annotations

from collections import Counter

from techties.extraction.pipeline import extract_document
from techties.extraction.stage import decide_stage
from techties.records import Document


def test_talks_keep_a_purchase_announced_beside_a_signed_accord() -> None:
    assert decide_stage("supply", Counter(announced=1, open=1), Counter(signed=1)) == "announced"
    assert decide_stage("supply", Counter(announced=1), Counter(signed=1)) == "signed"


def test_a_purchase_under_negotiation_is_announced() -> None:
    text = ("中国航天科技集团与俄罗斯航天国家集团已就卫星导航数据合作达成协议。"
            "同时，双方正在就中方购买俄罗斯火箭发动机进行谈判。")
    doc = Document(id="doc_test", text=text, title="", lang="zh", published="2024-06-10")
    stages = {e.type: e.stage for e in extract_document(doc).events}
    assert stages.get("supply") == "announced"
