"""A document is signed once: signings stated in two months are two documents."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _agreements(text: str) -> list[str | None]:
    doc = Document(id="d", text=text, lang="en", published="2024-11-20")
    return sorted(e.date or "" for e in extract_document(doc).events if e.type == "agreement")


def test_signings_in_two_months_are_two_agreements() -> None:
    text = ("Rosatom and China National Nuclear Corporation signed a contract on fast-neutron reactor fuel "
            "in February 2024. Rosatom and China National Nuclear Corporation then signed an agreement on "
            "nuclear waste processing in October 2024.")
    assert _agreements(text) == ["2024-02", "2024-10"]


def test_a_signing_told_again_in_the_same_month_stays_one_agreement() -> None:
    text = ("Rosatom and China National Nuclear Corporation signed a contract on fast-neutron reactor fuel "
            "in February 2024. The contract between Rosatom and China National Nuclear Corporation was "
            "signed on 12 February 2024 in Beijing.")
    assert len(_agreements(text)) == 1
