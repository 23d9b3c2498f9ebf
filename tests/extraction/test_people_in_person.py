"""People who are parties in person: the accused scientist of a treason story is an actor of
its friction event even where the event's own sentence does not name him."""

from __future__ import annotations

from techties.entities.gazetteer import find_mentions
from techties.entities.people import people_in_person
from techties.extraction.pipeline import extract_document
from techties.records import Document


def _doc(text: str, lang: str) -> Document:
    return Document(id="doc_test", text=text, title="", lang=lang, published="2022-03-01")


def _in_person(sentence: str, lang: str) -> list[str]:
    return [m.actor.name if m.actor else m.latin or m.text
            for m in people_in_person(sentence, lang, find_mentions(sentence))]


def test_a_name_with_its_age_or_own_role_is_a_person_in_person() -> None:
    assert _in_person("Pyotr Kuzmin, 58, was detained at the airport.", "en") == ["Pyotr Kuzmin"]
    assert _in_person("Oleg Tarasov, a 61-year-old physicist from Samara, denied the charge.", "en") == [
        "Oleg Tarasov"]
    assert _in_person("Физик Олег Тарасов отверг обвинения.", "ru") == ["Олег Тарасов"]


def test_a_head_who_speaks_for_his_organisation_is_not_a_person_in_person() -> None:
    assert _in_person("Director general Oleg Tarasov said the plant would open.", "en") == []


def test_the_accused_named_before_the_event_sentence_is_its_actor() -> None:
    text = ("Pyotr Kuzmin, 58, was detained in Novosibirsk last spring. "
            "Investigators say a Russian scientist handed classified data on engines to Chinese intelligence. "
            "Kuzmin denies the charge of treason.")
    events = extract_document(_doc(text, "en")).events
    friction = [e for e in events if e.type == "friction"]
    assert friction
    assert "Pyotr Kuzmin" in [r.name for e in friction for r in e.russia_actors]


def test_a_person_named_once_in_passing_is_not_added() -> None:
    text = ("Pyotr Kuzmin, 58, attended the ceremony last spring. "
            "Investigators say a Russian scientist handed classified data on engines to Chinese intelligence.")
    events = extract_document(_doc(text, "en")).events
    assert all(not e.russia_actors for e in events if e.type == "friction")
