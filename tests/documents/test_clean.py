"""clean_document wires text, title, language, date, hash and id together."""

from __future__ import annotations

import pytest

from techties.documents.clean import clean_document
from techties.documents.duplicates import content_hash
from techties.exceptions import ItemError
from techties.records import RawDocument, content_id

from . import texts
from .test_html import BODY, PAGE


def test_html_document_takes_title_and_date_from_the_page() -> None:
    raw = RawDocument(source="/data/page.html", html=PAGE, url="https://orbit.example.org/a")
    doc = clean_document(raw)
    assert doc.text.split("\n")[1:] == BODY
    assert doc.title == "Star tracker passes joint tests"
    assert doc.published == "2022-11-03"
    assert doc.lang == "en"
    assert doc.url == "https://orbit.example.org/a" and doc.source == "/data/page.html"
    assert doc.content_hash == content_hash(doc.text)
    assert doc.id == content_id("/data/page.html", doc.content_hash, prefix="doc_")


def test_what_the_source_says_wins_over_the_page() -> None:
    raw = RawDocument(source="feed.rss", locator="entry-1", html=PAGE, title="Feed title",
                      published="Tue, 01 Nov 2022 10:00:00 +0300", lang="en-GB", source_kind="feed")
    doc = clean_document(raw)
    assert (doc.title, doc.published, doc.lang, doc.locator, doc.source_kind) == (
        "Feed title", "2022-11-01", "en", "entry-1", "feed")


def test_junk_source_date_gives_way_to_the_page_date() -> None:
    doc = clean_document(RawDocument(source="x.html", html=PAGE, published="unknown"))
    assert doc.published == "2022-11-03"


def test_text_document_is_normalised_and_its_language_detected() -> None:
    raw = RawDocument(source="/data/ru.txt", title="  Контракт\n подписан ",
                      text="Первый   абзац.\r\n\r\n\r\n\tВторой\u00a0абзац. " + texts.RU_STORY,
                      published="14 августа 2019 г.")
    doc = clean_document(raw)
    assert doc.text.startswith("Первый абзац.\n\nВторой абзац. ")
    assert doc.title == "Контракт подписан"
    assert doc.lang == "ru"
    assert doc.published == "2019-08-14"


def test_declared_language_is_normalised() -> None:
    doc = clean_document(RawDocument(source="a.jsonl", locator="3", text=texts.ZH_STORY,
                                     lang="zh-CN", external_id="w-3"))
    assert doc.lang == "zh" and doc.external_id == "w-3"


def test_ids_are_deterministic_and_depend_on_the_key() -> None:
    first = clean_document(RawDocument(source="a.jsonl", locator="1", text=texts.EN_STORY))
    again = clean_document(RawDocument(source="a.jsonl", locator="1", text=texts.EN_STORY))
    elsewhere = clean_document(RawDocument(source="a.jsonl", locator="2", text=texts.EN_STORY))
    assert first.id == again.id != elsewhere.id
    assert first.content_hash == elsewhere.content_hash


@pytest.mark.parametrize("raw", [
    RawDocument(source="empty.txt", text="  \n "),
    RawDocument(source="dots.txt", text="… — …"),
    RawDocument(source="script.html", html="<html><script>x()</script></html>"),
    RawDocument(source="nothing.jsonl", locator="4"),
])
def test_no_text_left_is_an_item_error(raw: RawDocument) -> None:
    with pytest.raises(ItemError, match="no text left") as caught:
        clean_document(raw)
    assert caught.value.source == raw.key


def test_a_page_nested_too_deeply_says_so() -> None:
    html = ("<html><body>" + "<div>" * 5000 + "<p>Rosatom and CNNC signed a fuel contract in Beijing.</p>"
            + "</div>" * 5000 + "</body></html>")
    with pytest.raises(ItemError, match="nested too deeply"):
        clean_document(RawDocument(source="deep.html", html=html))
    with pytest.raises(ItemError, match="no text left after cleaning"):
        clean_document(RawDocument(source="empty.html", html="<html><body><div> </div></body></html>"))
