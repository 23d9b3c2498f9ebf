"""Russian trouble told in the imperfective present ('поставки задерживаются', 'проект
приостанавливается') is stalled like its perfective ('задержаны', 'приостановлен'): the
stalled cues hold both stems of each verb."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _stages(title: str, text: str) -> set[tuple[str, str]]:
    doc = Document(id="doc_ru_trouble", text=f"{title}\n{text}", title=title, lang="ru", published="2024-01-15")
    return {(e.type, e.stage) for e in extract_document(doc).events}


def test_deliveries_held_up_are_stalled_beside_their_contract() -> None:
    title = "Поставки российских авиадвигателей в Китай задерживаются"
    body = ("Москва, 15 января. Поставки российских двигателей ПД-35 для китайского самолёта "
            "задерживаются из-за санкций, сообщил источник в ОДК. "
            "Контракт на поставку был заключён в 2019 году.")
    assert ("supply", "stalled") in _stages(title, body)
