"""A region or city that acts (signs, hosts, recruits) is a party, named by its place; a
place that only says where something happens is not."""

from __future__ import annotations

from techties.entities.gazetteer import find_mentions
from techties.entities.regions import acting_regions


def _acting(sentence: str, lang: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(m.latin, m.sides) for m in acting_regions(sentence, lang, find_mentions(sentence))]


def test_an_english_region_opening_its_clause_with_a_verb_acts() -> None:
    assert _acting("Jilin Province has signed a memorandum with a Russian university.", "en") == [
        ("Jilin", ("CN",))]
    assert _acting("Officials said that, meanwhile, Tomsk will host the fair.", "en") == [("Tomsk", ("RU",))]


def test_a_place_that_says_where_is_no_party() -> None:
    assert _acting("The plant in Jilin Province has opened.", "en") == []
    assert _acting("Engineers working in Tomsk have built a prototype.", "en") == []
    assert _acting("Делегация Томской области посетила Харбин.", "ru") == []
    assert _acting("俄方计划在上海、长春和乌鲁木齐建设地面站。", "zh") == []


def test_a_russian_region_in_the_nominative_acts_and_gets_its_english_name() -> None:
    assert _acting("Томская область и провинция Цзилинь подписали соглашение.", "ru") == [("Tomsk", ("RU",))]


def test_a_chinese_province_before_its_conjunction_or_adverb_acts() -> None:
    assert _acting("吉林省与俄罗斯远东联邦大学签署合作协议。", "zh") == [("Jilin", ("CN",))]
    assert _acting("今年，吉林省将引进更多俄罗斯专家。", "zh") == [("Jilin", ("CN",))]
