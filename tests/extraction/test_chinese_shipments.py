"""出货 (shipping goods out, 出货量 the volume shipped) is a supply cue: a story of Chinese firms
cutting or stopping their shipments to Russia reports supply (vocab/event_types.yaml)."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.records import Document


def test_shipments_are_supply() -> None:
    [s] = read_signals("多家中国手机厂商已停止向俄罗斯出货。", "zh")
    assert "supply" in s.types


def test_stopped_shipments_are_a_stalled_supply() -> None:
    text = "受制裁影响，多家中国笔记本电脑厂商已暂停对俄罗斯的出货。"
    doc = Document(id="d", text=text, title="", lang="zh", published="2022-05-01")
    assert [(e.type, e.stage) for e in extract_document(doc).events] == [("supply", "stalled")]
