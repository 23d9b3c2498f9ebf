"""A Russian line that opens with 'Ранее' recalls a plan of before ('Ранее сообщалось, что
технопарк будет…'): history, not the stage of what the story reports now."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def test_a_recalled_plan_does_not_outvote_the_park_at_work() -> None:
    title = "Российско-китайский технопарк принял первых резидентов"
    body = ("Харбин, 11 октября. Российско-китайский технопарк Сколково и провинции Хэйлунцзян принял "
            "первых резидентов. Ранее сообщалось, что технопарк будет специализироваться на робототехнике.")
    doc = Document(id="doc_ru_recalled", text=f"{title}\n{body}", title=title, lang="ru", published="2024-10-11")
    assert {(e.type, e.stage) for e in extract_document(doc).events} == {("incubator", "implemented")}
