"""A Chinese sentence that hands a thing to a party (向 X 提供 Y) and has no type word is a supply."""

from __future__ import annotations

from techties.extraction.chinese_documents import provision_type
from techties.extraction.pipeline import extract_document
from techties.records import Document


def test_xiang_party_tigong_is_a_supply() -> None:
    assert provision_type("俄罗斯国家原子能公司将向中核集团提供快中子反应堆燃料技术") == "supply"
    assert provision_type("該公司向俄方轉讓了雷達技術") == "supply"
    assert provision_type("提供了卫星图像，并向俄方表示感谢") is None  # 向 after the verb


def test_a_technology_to_be_handed_over_is_an_announced_supply() -> None:
    text = "俄罗斯国家原子能公司表示，将向中国核工业集团提供快中子反应堆燃料技术。"
    doc = Document(id="doc_test", text=text, title="", lang="zh", published="2024-06-10")
    assert [(e.type, e.stage) for e in extract_document(doc).events] == [("supply", "announced")]
