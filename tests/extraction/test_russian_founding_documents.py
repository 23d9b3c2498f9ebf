"""What a Russian document or accord is about founding ('договорились о создании института',
'соглашение об открытии центра') is still to be built: a project of its own, announced; the
terms of a deal (a supply contract) stay signed."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _stages(text: str) -> set[tuple[str, str]]:
    doc = Document(id="doc_ru_founding", text=text, lang="ru", published="2024-11-01")
    return {(e.type, e.stage) for e in extract_document(doc).events}


def test_an_institute_agreed_to_be_founded_is_announced() -> None:
    text = ("Новосибирский государственный университет и Чжэцзянский университет договорились о создании "
            "совместного института вычислительной биологии.")
    stages = _stages(text)
    assert ("joint_research", "announced") in stages
    assert ("joint_research", "signed") not in stages


def test_a_supply_contract_stays_signed() -> None:
    text = ("«Рособоронэкспорт» и китайская компания Poly Technologies подписали контракт на поставку "
            "вертолетов Ми-171.")
    assert ("supply", "signed") in _stages(text)


def test_a_lab_a_programme_foresees_is_announced() -> None:
    text = ("Программа сотрудничества Новосибирского государственного университета и Чжэцзянского университета "
            "предусматривает совместную лабораторию вычислительной биологии.")
    stages = _stages(text)
    assert ("joint_research", "announced") in stages
    assert ("joint_research", "implemented") not in stages
