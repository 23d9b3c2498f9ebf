"""A shipment that an intelligence service or a report gives as its finding is its claim (alleged)."""

from __future__ import annotations

import pytest

from techties.extraction.pipeline import extract_document
from techties.records import Document


@pytest.mark.parametrize("text", [
    "立陶宛情报部门称，一家深圳公司向俄罗斯军工企业供应了无人机电机和飞控芯片。",
    "芬兰安全局在年度报告中称，一家深圳公司向俄罗斯军工企业供应了无人机电机和飞控芯片。",
])
def test_a_supply_an_intelligence_report_tells_is_alleged(text: str) -> None:
    doc = Document(id="doc_test", text=text, title="", lang="zh", published="2024-06-10")
    assert [(e.type, e.stage) for e in extract_document(doc).events] == [("supply", "alleged")]
