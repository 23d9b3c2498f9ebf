"""An intention reached or a readiness declared is a plan, not an accord or a deed
(extraction/tense.py `intentions`)."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.tense import intentions
from techties.records import Document


def test_intentions_and_readiness_but_not_documents_of_intent() -> None:
    assert intentions("两家公司就共建数据中心达成合作意向") == 1
    assert intentions("双方达成了投资意向") == 1
    assert intentions("俄方已準備好與中方就衛星導航進行合作") == 1  # traditional characters
    assert intentions("双方签署了合作意向书") == 0  # a signed letter of intent
    assert intentions("双方达成意向协议") == 0
    assert intentions("工厂已经准备好了") == 0  # ready, with no act of the pair after it


def test_an_intention_reached_is_announced() -> None:
    text = "中国铁建与俄罗斯铁路公司就高速铁路信号系统项目达成合作意向。"
    doc = Document(id="doc_test", text=text, title="", lang="zh", published="2024-06-10")
    assert [e.stage for e in extract_document(doc).events] == ["announced"]


def test_readiness_to_cooperate_is_announced() -> None:
    text = "俄罗斯电信公司表示，公司已准备好与华为就5G网络建设进行合作。"
    doc = Document(id="doc_test", text=text, title="", lang="zh", published="2024-06-10")
    assert [e.stage for e in extract_document(doc).events] == ["announced"]
