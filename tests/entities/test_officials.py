"""Heads who sign, chair or speak for their organisation are not parties (SCHEMA.md): the
organisation is. Their names are still read, as officials, so nothing else takes them."""

from __future__ import annotations

from techties.entities.gazetteer import find_mentions
from techties.entities.people import find_people, people_in_person
from techties.extraction.actors import without_officials
from techties.extraction.signals import read_signals


def _kinds(sentence: str, lang: str) -> list[tuple[str, str]]:
    return [(m.latin or m.text, m.kind) for m in find_people(sentence, lang, find_mentions(sentence))]


def test_a_head_is_an_official_and_a_scientist_a_person() -> None:
    assert _kinds("Rector Pavel Sokolov signed the agreement for the university.", "en") == [
        ("Pavel Sokolov", "official")]
    assert _kinds("Physicist Pavel Sokolov was charged with treason.", "en") == [("Pavel Sokolov", "person")]
    assert _kinds("Соглашение подписал ректор Павел Соколов.", "ru") == [("Павел Соколов", "official")]


def test_a_title_before_the_role_word_makes_an_official() -> None:
    sentence = "В Томск прибыли декан факультета профессор Ли Мин и студенты."
    assert _kinds(sentence, "ru") == [("Li Ming", "official")]
    assert people_in_person(sentence, "ru", find_mentions(sentence)) == []
    sentence = "В Томск прибыл профессор Ли Мин."
    assert [m.latin for m in people_in_person(sentence, "ru", find_mentions(sentence))] == ["Li Ming"]


def test_an_official_named_again_by_his_role_stays_an_official() -> None:
    text = "Ректор университета профессор Ли Мин прибыл в Томск. Затем профессор Ли Мин осмотрел лаборатории."
    signals = read_signals(text, "ru")
    for s in signals:
        s.mentions.extend(find_people(s.sentence.text, "ru", s.mentions, offset=s.sentence.start))
    assert [m.kind for m in signals[1].mentions if m.text == "Ли Мин"] == ["person"]
    without_officials(signals)
    assert [m.kind for m in signals[1].mentions if m.text == "Ли Мин"] == ["official"]


def test_a_known_head_of_a_body_is_no_party_even_in_a_case_about_people() -> None:
    from techties.extraction.actors import actor_refs

    sentence = "Rogozin said the engineer was arrested for passing rocket data to China."
    assert [r.name for r in actor_refs(find_mentions(sentence), "RU")] == []
    sentence = "The physicist Valery Mitko was charged with treason for passing data to China."
    assert [r.name for r in actor_refs(find_mentions(sentence), "RU")] == ["Valery Mitko"]
