"""A Russian sanctions story names the Chinese firms in its headline ("США ввели меры против 20
китайских компаний") and counts them in the body without their country ("Пятнадцать предприятий
попали в черный список за помощь российским производителям"): the measure still aims at the
pair (SCHEMA.md: countermeasure), the Chinese side being in view through the headline."""

from __future__ import annotations

from techties.extraction.pipeline import extract_document
from techties.records import Document


def _events(title: str, body: str) -> set[tuple[str, str]]:
    doc = Document(id="doc_ru_headline_side", url="", text=body, title=title, lang="ru", published="2024-03-03")
    return {(e.type, e.stage) for e in extract_document(doc).events}


BODY = ("ВАШИНГТОН. США приняли ограничительные меры против 20 компаний.\n"
        "Об этом говорится в заявлении министерства торговли США.\n"
        "Пятнадцать предприятий попали в черный список за помощь российским производителям беспилотников.")


def test_chinese_firms_named_in_the_headline_make_the_listing_a_countermeasure() -> None:
    assert ("countermeasure", "implemented") in _events(
        "США ввели ограничительные меры против 20 китайских компаний", BODY)


def test_without_a_chinese_party_in_view_no_countermeasure() -> None:
    assert ("countermeasure", "implemented") not in _events("США ввели ограничительные меры против 20 компаний", BODY)
