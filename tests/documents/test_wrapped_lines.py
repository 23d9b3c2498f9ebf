"""A hard-wrapped Chinese text has its lines joined back; a caption or a headline line stays."""

from __future__ import annotations

from techties.documents.clean import clean_document
from techties.documents.wrapped_lines import unwrapped
from techties.records import RawDocument

WRAPPED = ("华为宣布,与俄罗斯电信公司合作建设5G试验网,这是今年当地\n"
           "第三个试验网。为满足用户需求,华为与俄方深\n"
           "化合作,扩大网络规模,加快推\n"
           "动项目落地。")


def test_a_hard_wrapped_text_is_joined() -> None:
    assert unwrapped(WRAPPED) == WRAPPED.replace("\n", "")


def test_a_single_caption_line_stays() -> None:
    text = "图为中俄两国专家在实验室合作,李明 摄\n中俄联合实验室昨日在哈尔滨揭牌。"
    assert unwrapped(text) == text


def test_lines_that_end_a_sentence_stay() -> None:
    text = "华为与俄方签署协议,建设试验网。\n双方还将合作,培训工程师。\n项目明年,投入使用。\n"
    assert unwrapped(text) == text


def test_a_cleaned_document_reads_the_word_the_wrap_broke() -> None:
    doc = clean_document(RawDocument(source="zh.txt", lang="zh", text=WRAPPED))
    assert "深化合作" in doc.text
