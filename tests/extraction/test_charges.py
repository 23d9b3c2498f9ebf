"""A criminal case between the two sides (espionage, treason, an arrest) is a claim of
investigators or a court (SCHEMA.md: alleged), whatever tense tells it; a dispute the parties
admit is not."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.extraction.tense import charge_marks
from techties.records import Document


def _stages(text: str, title: str, lang: str) -> set[tuple[str, str]]:
    doc = Document(id="doc_charge", text=text, title=title, lang=lang, published="2024-05-14")
    return {(e.type, e.stage) for e in extract_document(doc).events}


def test_the_words_of_a_charge_are_counted() -> None:
    assert charge_marks("The engineer was arrested on suspicion of espionage") == 2
    assert charge_marks("Инженера задержали по делу о госизмене") == 1
    assert charge_marks("该工程师因涉嫌间谍罪被捕") == 2
    assert charge_marks("The two firms have a dispute over patents") == 0


def test_secrets_passed_in_a_case_of_espionage_are_alleged() -> None:
    title = "Сибирского инженера задержали по делу о шпионаже в пользу Китая"
    text = ("Сотрудники ФСБ задержали главного инженера Института ядерной физики СО РАН. "
            "Он передал представителям Китая сведения, составляющие государственную тайну.")
    assert _stages(text, title, "ru") == {("friction", "alleged")}  # the body's arrest as well


def test_an_exclusion_the_parties_admit_is_no_claim() -> None:
    text = ("Kaspersky Lab said its antivirus products have been excluded from the list of "
            "approved suppliers of the Chinese government, and it has difficulties selling in China.")
    stages = _stages(text, "", "en")
    assert stages and ("friction", "alleged") not in stages
