"""A Russian report that a charge is imputed to someone ("ему вменяется") or that secrets went to
a state's intelligence services ("передал материалы спецслужбам") tells a case of friction."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _events(title: str, text: str) -> list[tuple[str, str]]:
    doc = Document(id="doc_test", text=text, title=title, lang="ru", published="2024-05-10")
    return [(e.type, e.stage) for e in extract_document(doc).events]


def test_secrets_handed_to_intelligence_services_are_a_charged_case() -> None:
    assert _events("Инженера из Томска обвинили в работе на Китай",
                   "Инженеру томского НИИ вменяется передача чертежей спецслужбам Китая во время "
                   "командировки в КНР. Речь идет о разработках в области радиолокации и "
                   "авиационных двигателей.") == [("friction", "alleged")]
