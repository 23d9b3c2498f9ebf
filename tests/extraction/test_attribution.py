"""A headline that names a third party as its source after a dash gives shipments as that
party's claim; a source of either side does not."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _supply_stages(title: str, text: str) -> set[str]:
    doc = Document(id="doc_source", text=text, title=title, lang="ru", published="2024-05-14")
    return {e.stage for e in extract_document(doc).events if e.type == "supply"}


BODY = ("Китайские компании поставляют в Россию станки с числовым управлением для оборонных "
        "заводов. Объем поставок станков за год вырос вдвое.")


def test_shipments_a_third_party_reports_are_alleged() -> None:
    assert _supply_stages("Китай поставляет России станки для оборонных заводов — Пентагон", BODY) == {"alleged"}


def test_shipments_without_a_source_are_reported_done() -> None:
    assert _supply_stages("Китай поставляет России станки для оборонных заводов", BODY) == {"implemented"}


def test_a_source_of_either_side_is_no_third_party() -> None:
    assert _supply_stages("Китай поставляет России станки для оборонных заводов — Ростех", BODY) == {"implemented"}
