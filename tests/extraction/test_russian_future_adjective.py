"""The Russian adjective "будущий" describes a thing or people ("будущие операторы", "будущие
инженеры"), it is not the tense of the clause; "в будущем" (in the future) still tells a plan."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _stages(text: str) -> list[tuple[str, str]]:
    doc = Document(id="doc_test", text=text, title="", lang="ru", published="2024-05-10")
    return [(e.type, e.stage) for e in extract_document(doc).events]


def test_future_operators_trained_now_are_trained() -> None:
    assert _stages("Весной в учебном центре Росатома проходили обучение будущие операторы китайской "
                   "АЭС Тяньвань.") == [("talent", "implemented")]


def test_training_in_the_future_is_planned() -> None:
    assert _stages("В будущем в учебном центре Росатома пройдут обучение операторы китайской "
                   "АЭС Тяньвань.") == [("talent", "announced")]
