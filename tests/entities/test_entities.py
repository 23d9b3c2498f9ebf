"""Actors from the knowledge base, names outside it, and people, in three languages."""

from __future__ import annotations

from techties.entities.gazetteer import find_mentions
from techties.entities.people import find_people
from techties.entities.unresolved import find_unresolved


def _actors(text: str) -> list[str]:
    return [m.actor.name for m in find_mentions(text) if m.actor is not None]


def test_aliases_in_three_languages_resolve_to_one_actor() -> None:
    assert _actors("Huawei signed a deal.") == ["Huawei"]
    assert _actors("Компания Хуавэй открыла центр.") == ["Huawei"]
    assert _actors("华为在俄罗斯开设研究所。") == ["Huawei"]
    assert _actors("華為在俄羅斯") == ["Huawei"], "traditional characters are matched too"


def test_russian_case_forms() -> None:
    for form in ("Роскосмос", "Роскосмоса", "Роскосмосом", "Роскосмосу"):
        assert _actors(f"Глава {form} заявил.") == ["Roscosmos"], form


def test_country_words_bring_sides_but_are_not_actors() -> None:
    mentions = find_mentions("Russian and Chinese engineers met in Harbin.")
    assert all(m.actor is None for m in mentions)
    assert {side for m in mentions for side in m.sides} == {"CN", "RU"}


def test_unresolved_organisation_takes_its_side_from_context() -> None:
    sentence = "The Chinese firm Qingyun Photonics Co., Ltd. shipped sensors to a Russian plant."
    found = find_unresolved(sentence, "en", [])
    assert [(m.text, m.sides) for m in found] == [("Qingyun Photonics", ("CN",))]


def test_unresolved_russian_company_in_quotes() -> None:
    sentence = "Российская компания «Северный Луч» закупила станки в Китае."
    found = find_unresolved(sentence, "ru", [])
    assert [(m.text, m.sides) for m in found] == [("Северный Луч", ("RU",))]


def test_generic_names_are_not_organisations() -> None:
    assert find_unresolved("The Russian Research Institute said so.", "en", []) == []


def test_people_after_a_party_role_word() -> None:
    sentence = "Physicist Anatoly Kuznetsov was accused of passing secrets to China."
    assert [(m.text, m.sides) for m in find_people(sentence, "en", [])] == [("Anatoly Kuznetsov", ("RU",))]
    assert find_people("President Vladimir Putin met Xi Jinping.", "en", []) == []


def test_transliteration_of_russian_names() -> None:
    from techties.entities.transliteration import transliterate

    assert transliterate("Татпромстан") == "Tatpromstan"
    assert transliterate("Валерий Щукин") == "Valery Shchukin"
    assert transliterate("Huawei") == "Huawei"


def test_place_word_inside_a_latin_name_and_possessives() -> None:
    sentence = "UEC signed an agreement with China's state-owned Qiqihar Pump Co. on gas turbines."
    known = find_mentions(sentence)  # "Harbin" is a place word here, not a reason to skip the name
    found = find_unresolved(sentence, "en", known)
    assert [(m.text, m.sides) for m in found] == [("Qiqihar Pump", ("CN",))]
    sentence = "Russia's Rosatom and China's Qingyun Group will cooperate on hydrogen."
    names = [m.text for m in find_unresolved(sentence, "en", find_mentions(sentence))]
    assert names == ["Qingyun Group"]


def test_people_named_before_their_role() -> None:
    sentence = "The delay was confirmed by Ravil Khakimov, general director of Irkut, on Monday."
    found = [(m.text, m.sides, m.kind) for m in find_people(sentence, "en", [])]
    assert found == [("Ravil Khakimov", ("RU",), "official")], "a head speaks for his firm: no party"


def test_a_short_one_word_russian_name_is_not_cut_to_a_common_stem() -> None:
    assert _actors("Поставки идут через Казахстан.") == []
    assert _actors("Компания Чери открыла завод.") == ["Chery"]


def test_a_latin_acronym_typed_in_cyrillic_look_alikes_resolves() -> None:
    from techties.entities.gazetteer import cyrillic_twin

    assert _actors("Корпорация СОМАС показала макет.") == ["Commercial Aircraft Corporation of China (COMAC)"]
    assert cyrillic_twin("COMAC") == "СОМАС"
    assert cyrillic_twin("CAC") is None, "three letters would collide with Russian acronyms"
    assert cyrillic_twin("HUAWEI") is None, "not every letter has a look-alike"


def test_a_name_after_the_word_that_says_what_it_is() -> None:
    sentence = "Guests in Russia visited the concern Volgatek, which makes radio equipment."
    found = find_unresolved(sentence, "en", find_mentions(sentence))
    assert [(m.text, m.sides) for m in found] == [("Volgatek", ("RU",))]


def test_a_common_word_after_company_is_no_name() -> None:
    sentence = "Russian engineers said the company The plans were approved."
    found = find_unresolved(sentence, "en", find_mentions(sentence))
    assert all(m.text != "The" for m in found)


def test_a_firm_named_as_a_part_of_a_known_party_takes_its_side() -> None:
    sentence = "Rosatom's fuel division Kvantor Fuel signed the contract on Monday."
    found = find_unresolved(sentence, "en", find_mentions(sentence))
    assert [(m.text, m.sides) for m in found] == [("Kvantor Fuel", ("RU",))]


def test_machine_holds_no_china_and_trust_no_russia() -> None:
    sentence = "A maker of machine tools, Velarin Engineering, exported presses."
    assert find_unresolved(sentence, "en", find_mentions(sentence)) == []


def test_a_field_word_before_a_school_head_stays_in_its_name() -> None:
    sentence = "Harbin Engineering University works with Tomsk Polytechnic University."
    names = [m.text for m in find_unresolved(sentence, "en", [])]
    assert "Harbin Engineering University" in names


def test_names_the_knowledge_base_grew_to_cover() -> None:
    """Organisations Chinese-Russian news names as parties: each resolves to its own entry, and
    a longer name no longer reads as a shorter one inside it."""
    def ids(sentence: str) -> list[str]:
        return [m.actor.id for m in find_mentions(sentence) if m.actor]

    assert ids("齐齐哈尔医学院与雅罗斯拉夫尔国立医科大学签署备忘录。") == ["cn-qmu", "ru-yagmu"]
    assert ids("Ассоциация региональных банков России провела конференцию.") == [
        "ru-association-regional-banks"]  # not the Bank of Russia, not Bank Rossiya
    assert ids("A delegation of the Shanghai University of Traditional Chinese Medicine came.") == [
        "cn-shutcm"]  # not Shanghai University
    assert ids("北京天泰科技发展有限公司被列入实体清单。") == ["cn-beijing-ti-tech"]
