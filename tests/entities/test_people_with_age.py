"""An age between a party's role word and the name ("the physicist, 61-year-old Yuri Belov")
still marks a person in person (people.AGE_EN)."""

from __future__ import annotations

from techties.entities.people import find_people, people_in_person


def test_an_age_between_role_and_name() -> None:
    text = "The physicist, 61-year-old Yuri Belov, was detained on charges of passing data to China."
    assert [m.text for m in people_in_person(text, "en", [])] == ["Yuri Belov"]
    assert [m.text for m in find_people(text, "en", [])] == ["Yuri Belov"]


def test_an_age_after_the_role_of_an_engineer() -> None:
    text = "Investigators questioned the engineer, 47-year-old Denis Karpov, on Friday."
    assert [m.text for m in people_in_person(text, "en", [])] == ["Denis Karpov"]
