"""Cue words inside a Chinese list of areas name fields, not happenings."""

from __future__ import annotations

from techties.extraction.enumerations import area_list_spans
from techties.extraction.signals import read_signals


def test_a_list_of_areas_carries_no_type_cue() -> None:
    text = "双方表示,将在人才、技术、资本等方面加强对接,推动中俄科技合作。"
    assert area_list_spans(text)
    assert read_signals(text, "zh")[0].types["talent"] == 0


def test_traditional_characters_close_a_list_too() -> None:
    assert area_list_spans("鼓勵加強在政策協調、人才培訓、項目開發等領域的合作。")


def test_a_list_of_documents_signed_keeps_its_cues() -> None:
    text = "中俄双方企业签署了合作协议、备忘录等文件。"
    assert not area_list_spans(text)
    assert read_signals(text, "zh")[0].types["agreement"] > 0


def test_a_lone_field_word_is_still_a_cue() -> None:
    assert read_signals("俄罗斯高校将为华为培养人才。", "zh")[0].types["talent"] > 0
