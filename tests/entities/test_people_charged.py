"""The subject of a charge is a party in person, whatever role word the story gives him
("Oleg Zuyev has been charged with treason"; people.EN_IN_PERSON)."""

from __future__ import annotations

from techties.entities.people import people_in_person


def test_the_subject_of_a_charge_is_a_person_in_person() -> None:
    text = "Oleg Zuyev has been charged with selling rocket engine drawings to a Chinese firm."
    assert [(m.text, m.sides) for m in people_in_person(text, "en", [])] == [("Oleg Zuyev", ("RU",))]
    assert [m.text for m in people_in_person("Maxim Gorin was arrested in Tomsk on Monday.", "en", [])] == [
        "Maxim Gorin"]


def test_a_name_that_charges_is_no_accused() -> None:
    assert people_in_person("Prosecutor Oleg Zuyev charged the firm with fraud.", "en", []) == []
