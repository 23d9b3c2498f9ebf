"""Russian people named with a patronymic keep their surname."""

from __future__ import annotations

from techties.entities.people import find_people


def test_a_patronymic_is_not_read_as_the_surname() -> None:
    found = find_people("Доклад сделал профессор Ольга Сергеевна Иванова из Томска.", "ru", [])
    assert [m.text for m in found] == ["Ольга Сергеевна Иванова"]


def test_a_name_without_a_patronymic_is_unchanged() -> None:
    found = find_people("В Харбин уехал инженер Иван Петров.", "ru", [])
    assert [m.text for m in found] == ["Иван Петров"]
