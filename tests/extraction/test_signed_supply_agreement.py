"""An agreement signed on supplies between the pair is also a supply, at stage signed
(SCHEMA.md: a contract to deliver is a supply deal); an agreement only discussed is not."""

from __future__ import annotations

import pytest

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _types(text: str, lang: str) -> list[tuple[str, str]]:
    events = extract_document(Document(id="d", text=text, lang=lang, published="2025-05-01")).events
    return sorted((e.type, e.stage) for e in events)


@pytest.mark.parametrize(("text", "lang"), [
    ("Rosatom and China National Nuclear Corporation signed an agreement on the supply of nuclear fuel.", "en"),
    ("Росатом и Китайская национальная ядерная корпорация подписали соглашение о поставках ядерного топлива.", "ru"),
    ("俄罗斯国家原子能公司与中国核工业集团公司签署了核燃料供应协议。", "zh"),
])
def test_a_signed_agreement_on_supplies_is_also_a_supply(text: str, lang: str) -> None:
    assert _types(text, lang) == [("agreement", "signed"), ("supply", "signed")]


def test_an_agreement_without_supplies_stays_an_agreement() -> None:
    text = "Rosatom and China National Nuclear Corporation signed an agreement on fast-reactor research."
    assert [t for t, _ in _types(text, "en")] == ["agreement"]
