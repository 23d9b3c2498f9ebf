"""A third country listed with a side's country does not make a sentence another story
(extraction/country_lists.py)."""

from __future__ import annotations

from techties.extraction.country_lists import listed_with_side
from techties.extraction.pipeline import extract_document
from techties.extraction.signals import read_signals
from techties.records import Document


def _listed(text: str) -> bool:
    return listed_with_side(read_signals(text, "en")[0])


def test_a_list_of_countries_holding_a_side() -> None:
    assert _listed("The province will hire engineers from Russia and Ukraine for its chip plants.")
    assert _listed("Firms from Kazakhstan, Russia and Belarus took part.")


def test_a_third_country_on_its_own() -> None:
    assert not _listed("The province will hire engineers from Ukraine, as Russia did last year.")


def test_the_sentence_stays_a_candidate() -> None:
    text = ("Heilongjiang keeps close ties with Russian universities.\n"
            "The Chinese province will recruit more semiconductor engineers from Russia and Ukraine this year.")
    doc = Document(id="doc_lists", text=text, title="", lang="en", published="2024-05-01")
    assert [e.type for e in extract_document(doc).events] == ["talent"]
