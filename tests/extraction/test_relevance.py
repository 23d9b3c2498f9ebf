"""Which documents report China–Russia technology cooperation at all (SCHEMA.md: relevance)."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _doc(text: str, lang: str, title: str = "") -> Document:
    return Document(id="t1", title=title, text=text, lang=lang, published="2021-06-10")


def test_a_russian_conviction_for_passing_secret_data_to_china_is_friction() -> None:
    text = "Российский инженер признан виновным в передаче секретных данных о спутниках Китаю."
    result = extract_document(_doc(text, "ru"))
    assert result.relevant
    assert [e.type for e in result.events] == ["friction"]
