"""A measure told as the cause of the pair's trouble ("受制裁影响") charges no shipment."""

from __future__ import annotations

from techties.extraction.measure_cause import measure_as_cause
from techties.extraction.pipeline import extract_document
from techties.records import Document


def test_a_measure_as_cause_is_found_but_not_a_measure_for_a_shipment() -> None:
    assert measure_as_cause("受欧盟制裁影响，海康威视对俄交付的摄像头延误。", "zh")
    assert measure_as_cause("由于美国出口管制，设备交付推迟。", "zh")
    assert not measure_as_cause("英国因这些企业向俄罗斯供应芯片对其实施制裁。", "zh")
    assert not measure_as_cause("Due to sanctions, deliveries were delayed.", "en")


def test_a_delivery_held_up_by_sanctions_is_stalled_not_alleged() -> None:
    title = "中兴对俄交付受阻"
    body = "受美国制裁影响，中兴通讯与俄罗斯电信公司的交换机设备合同未能如期履行。"
    doc = Document(id="doc_test", text=f"{title}\n{body}", title=title, lang="zh", published="2024-03-02")
    stages = {e.type: e.stage for e in extract_document(doc).events}
    assert stages.get("supply") == "stalled"
