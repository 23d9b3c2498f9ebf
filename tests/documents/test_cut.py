"""A document longer than TECHTIES_MAX_TEXT_CHARS is cut at a paragraph or sentence end."""

from __future__ import annotations

import pytest

from techties.documents.clean import clean_document
from techties.documents.cut import HTML_FACTOR, bound_html, cut_text
from techties.records import RawDocument

PARAGRAPH = ("Rosatom and CNNC signed a contract to supply fuel assemblies. The reactor is to start "
             "in two years. Engineers from both sides will train together.")


def test_short_text_is_kept_whole() -> None:
    assert cut_text(PARAGRAPH, 1000) == (PARAGRAPH, False)
    assert cut_text(PARAGRAPH, 0) == (PARAGRAPH, False), "0 means no limit"


def test_cut_at_a_paragraph_then_a_sentence_then_a_word() -> None:
    text = "\n\n".join([PARAGRAPH] * 3)
    head, cut = cut_text(text, len(PARAGRAPH) * 2 + 10)
    assert cut and head == "\n\n".join([PARAGRAPH] * 2)
    head, cut = cut_text("One sentence here. " * 20, 100)
    assert cut and head == ("One sentence here. " * 5).strip()
    head, cut = cut_text("word " * 100, 52)
    assert cut and head == ("word " * 10).strip()


def test_chinese_is_cut_after_a_full_stop() -> None:
    text = "俄罗斯国家原子能公司与中国核工业集团签署了合同。双方表示将继续深化合作。新闻发布会于周一举行。"
    head, cut = cut_text(text, 40)
    assert cut and head == "俄罗斯国家原子能公司与中国核工业集团签署了合同。双方表示将继续深化合作。"


def test_html_loses_scripts_before_text() -> None:
    script = "<script>var x = '" + "a" * 5000 + "';</script>"
    page = f"<html><head>{script}</head><body><p>{PARAGRAPH}</p></body></html>"
    html, cut = bound_html(page, 100)
    assert not cut and PARAGRAPH in html and "var x" not in html
    html, cut = bound_html(page * 20, 100)
    assert cut and len(html) <= 100 * HTML_FACTOR and html.endswith(">"), "cut between tags"


def test_clean_document_marks_a_cut_document(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TECHTIES_MAX_TEXT_CHARS", "1000")
    long_text = "\n\n".join([PARAGRAPH] * 200)
    doc = clean_document(RawDocument(source="long.txt", text=long_text))
    assert doc.cut and len(doc.text) <= 1000 and doc.text.endswith("train together.")
    page = "<html><body>" + "".join(f"<p>{PARAGRAPH}</p>" for _ in range(500)) + "</body></html>"
    doc = clean_document(RawDocument(source="long.html", html=page))
    assert doc.cut and len(doc.text) <= 1000
    assert not clean_document(RawDocument(source="short.txt", text=PARAGRAPH)).cut
