"""Pinyin readings written in brackets after Chinese characters ("聯(lián)合") are removed, so
that the words read whole; brackets of Latin words stay."""

from __future__ import annotations

from techties.documents.clean import clean_document
from techties.documents.pinyin_glosses import without_pinyin_glosses
from techties.extraction.signals import read_signals
from techties.records import RawDocument


def test_a_gloss_after_a_character_is_removed() -> None:
    glossed = "哈爾濱工業(yè)大學與俄方聯(lián)合研制衛(wèi)星"
    assert without_pinyin_glosses(glossed) == "哈爾濱工業大學與俄方聯合研制衛星"


def test_latin_words_in_brackets_stay() -> None:
    text = "歐盟(EU)與華為(Huawei)的協議(2019)及其(de)附件"
    assert without_pinyin_glosses(text) == text


def test_a_cleaned_document_reads_the_cue_the_gloss_split() -> None:
    raw = RawDocument(source="zh.txt", lang="zh", title="中俄聯(lián)合研制",
                      text="中國與俄羅斯聯(lián)合研制寬體客機。")
    doc = clean_document(raw)
    assert doc.title == "中俄聯合研制"
    assert read_signals(doc.text, "zh")[0].types["joint_research"] > 0
