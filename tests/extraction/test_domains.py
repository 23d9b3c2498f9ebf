"""How an event's technology domains are chosen from its sentence, its neighbours and its document."""

from __future__ import annotations

from collections import Counter

from techties.extraction.domains import decide_domains


def test_the_sentence_field_wins() -> None:
    assert decide_domains(Counter({"space": 2}), Counter({"nuclear": 1}), Counter({"nuclear": 5})) == ["space"]


def test_a_generic_sentence_takes_the_field_of_its_neighbours() -> None:
    chosen = decide_domains(Counter({"general_science": 1}), Counter({"ai": 1}), Counter({"ai": 1}))
    assert chosen == ["ai"]


def test_a_generic_event_in_a_story_about_one_field_gets_that_field_too() -> None:
    story = Counter({"general_science": 4, "materials": 6, "space": 1})
    assert decide_domains(Counter({"general_science": 1}), Counter(), story) == ["general_science", "materials"]


def test_a_field_named_once_in_passing_is_not_the_story() -> None:
    story = Counter({"general_science": 4, "materials": 2})
    assert decide_domains(Counter({"general_science": 1}), Counter(), story) == ["general_science"]


def test_no_cue_at_all_falls_back_to_science_in_general() -> None:
    assert decide_domains(Counter(), Counter(), Counter()) == ["general_science"]
