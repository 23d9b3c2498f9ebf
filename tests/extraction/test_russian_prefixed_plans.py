"""A plan told by the prefixed verb ('запуск запланирован на 2026 год') is a plan like
'планируется': the cue of the plan verb holds its perfective 'за-' form too."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def test_a_launch_scheduled_for_next_year_is_announced() -> None:
    title = "Совместный российско-китайский спутник запланирован к запуску в 2026 году"
    body = ("Москва, 4 июня. Запуск совместного спутника Роскосмоса и Китайского национального "
            "космического управления запланирован на 2026 год.")
    doc = Document(id="doc_ru_plan", text=f"{title}\n{body}", title=title, lang="ru", published="2024-06-04")
    assert {(e.type, e.stage) for e in extract_document(doc).events} == {("pilot", "announced")}
