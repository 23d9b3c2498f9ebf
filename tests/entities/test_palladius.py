"""Chinese names in Russian text come back in pinyin; Russian names are left alone."""

from __future__ import annotations

import pytest

from techties.entities.palladius import pinyin_of
from techties.entities.people import find_people


@pytest.mark.parametrize(("cyrillic", "pinyin"), [
    ("Си Цзиньпин", "Xi Jinping"),
    ("Ли Кэцян", "Li Keqiang"),
    ("Го Шуцин", "Guo Shuqing"),  # о after g is uo
    ("Бо Силай", "Bo Xilai"),  # but bo stays bo
    ("Цзян Цзэминь", "Jiang Zemin"),
    ("Сюй Цзюнь", "Xu Jun"),  # after x and j the vowel ю is ü, written u
])
def test_palladius_back_to_pinyin(cyrillic: str, pinyin: str) -> None:
    assert pinyin_of(cyrillic) == pinyin


@pytest.mark.parametrize("russian", ["Сергей Иванов", "Борисов", "Анна Ковалёва", "Дмитрий Рогозин"])
def test_russian_names_are_not_read_as_chinese(russian: str) -> None:
    assert pinyin_of(russian) is None


def test_a_chinese_citizen_in_a_russian_sentence_gets_the_chinese_side() -> None:
    found = find_people("По версии следствия, чертежи передали гражданину КНР Ван Цзяньго.", "ru", [])
    assert [(m.text, m.sides, m.latin) for m in found] == [("Ван Цзяньго", ("CN",), "Wang Jianguo")]


def test_a_russian_scientist_keeps_the_russian_side() -> None:
    found = find_people("Задержан физик Павел Каренин из Томска.", "ru", [])
    assert [(m.text, m.sides) for m in found] == [("Павел Каренин", ("RU",))]


@pytest.mark.parametrize(("cyrillic", "pinyin"), [("ФанЮйТун", "FangYuTong"), ("ШанЮэ", "ShangYue")])
def test_a_firm_name_with_a_capital_at_each_syllable_is_cut_there(cyrillic: str, pinyin: str) -> None:
    assert pinyin_of(cyrillic) == pinyin
