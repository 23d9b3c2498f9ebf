"""What a Russian story says the press found ("Издание The Telegraph обнаружило, что…", "газета
выяснила, что…") is the press's claim: alleged, as English "an investigation found"."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.russian_claims import press_finding
from techties.records import Document


def _stages(body: str) -> set[tuple[str, str]]:
    title = "Как детали для дронов попадают в Россию"
    doc = Document(id="doc_ru_press_found", url="", text=body, title=title, lang="ru", published="2025-02-01")
    return {(e.type, e.stage) for e in extract_document(doc).events}


def test_what_the_press_found_is_a_claim() -> None:
    assert press_finding("Издание The Financial Times обнаружило, что фирмы отгружали платы.")
    assert press_finding("Газета выяснила, что завод получал станки.")
    assert _stages("Издание The Daily Courier обнаружило, что шэньчжэньские фирмы поставляли российским "
                   "заводам двигатели для беспилотников.") == {("supply", "alleged")}


def test_a_firm_that_found_a_partner_is_no_press_claim() -> None:
    assert not press_finding("Компания обнаружила, что спрос на станки вырос.")
    assert not press_finding("Издание вышло в свет в мае.")
