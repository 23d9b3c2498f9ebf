"""Common words of Russian plant, science and regional body names are put in English, so an
organisation outside the knowledge base gets the name an analyst would give it."""

from __future__ import annotations

from techties.entities.gazetteer import find_mentions
from techties.entities.russian_names import find_russian_names


def _names(sentence: str) -> dict[str, tuple[str, ...]]:
    return {m.latin or "": m.sides for m in find_russian_names(sentence, find_mentions(sentence))}


def test_plant_adjectives_are_translated() -> None:
    names = _names("Омский судостроительный завод получил заказ на два парома.")
    assert names == {"Omsk Shipbuilding Plant": ("RU",)}
    names = _names("Самарский тракторный завод показал новый бульдозер.")
    assert names == {"Samara Tractor Plant": ("RU",)}


def test_science_fields_in_of_parts_are_translated() -> None:
    names = _names("Сотрудники Новосибирского института органической химии провели опыты.")
    assert names == {"Novosibirsk Institute of Organic Chemistry": ("RU",)}


def test_primorsky_krai_keeps_its_own_english_form() -> None:
    names = _names("Об этом сообщили в Министерстве здравоохранения Приморского края.")
    assert names == {"Ministry of Health of Primorsky Krai": ("RU",)}


def test_a_chinese_university_of_technology_gets_its_own_english_form() -> None:
    names = _names("Делегация Шэньянского технического университета посетила Омск.")
    assert names.get("Shenyang University of Technology") == ("CN",), "Palladius place read back in pinyin"
    # a Russian one keeps the adjective
    names = _names("Договор подписал Омский технический университет.")
    assert names.get("Omsk Technical University") == ("RU",)
