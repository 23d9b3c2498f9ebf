"""Training in languages or trade is education, not technology cooperation."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def test_a_partnership_to_teach_languages_and_trade_is_no_event() -> None:
    doc = Document(id="d", lang="en", published="2024-05-01",
                   text=("Kazan Federal University announced a partnership with Harbin Normal University "
                         "to train students in international trade and in the Chinese and Russian languages."))
    assert extract_document(doc).events == []


def test_a_partnership_to_train_engineers_stays() -> None:
    doc = Document(id="d", lang="en", published="2024-05-01",
                   text=("Kazan Federal University announced a partnership with Harbin Institute of Technology "
                         "to train engineers in robotics and artificial intelligence."))
    assert extract_document(doc).events
