"""The Russian press citing a third state's officials or unnamed insiders ('со ссылкой на
американских чиновников', 'ссылаясь на осведомлённые источники') reports their claim: alleged."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _stages(title: str, body: str) -> set[tuple[str, str]]:
    doc = Document(id="doc_ru_press", text=f"{title}\n{body}", title=title, lang="ru", published="2024-05-01")
    return {(e.type, e.stage) for e in extract_document(doc).events}


def test_shipments_the_press_has_from_american_officials_are_alleged() -> None:
    title = "СМИ: Китай поставляет России компоненты для дронов"
    body = ("Москва, 1 мая. Китайские компании поставляют российским производителям беспилотников "
            "двигатели и электронику, пишет газета The Wall Street Journal со ссылкой на американских "
            "чиновников. Официальный Пекин эти сведения не комментировал.")
    assert _stages(title, body) == {("supply", "alleged")}
