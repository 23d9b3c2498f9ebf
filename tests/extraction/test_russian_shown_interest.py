"""Interest a Russian sentence says a party shows in a project ("проявила интерес к участию")
is a wish: the project is announced, not under way."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _stages(text: str) -> list[tuple[str, str]]:
    doc = Document(id="doc_test", text=text, title="", lang="ru", published="2024-05-10")
    return [(e.type, e.stage) for e in extract_document(doc).events]


def test_interest_shown_in_a_project_is_a_wish() -> None:
    assert _stages("Китайская корпорация CNNC проявила интерес к участию в строительстве плавучей "
                   "атомной станции Росатома на Чукотке.") == [("pilot", "announced")]
    assert _stages("Китайская компания Huawei проявляет интерес к созданию совместной лаборатории "
                   "с МФТИ в области искусственного интеллекта.") == [("joint_research", "announced")]
