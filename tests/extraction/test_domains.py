"""How an event's technology domains are chosen from its sentence, its neighbours and its document."""

from __future__ import annotations

from collections import Counter

from techties.extraction.domains import decide_domains, focus_domains


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


def test_a_focused_event_drops_science_in_general_beside_its_field() -> None:
    assert focus_domains("friction", ["general_science", "quantum"]) == ["quantum"]
    assert focus_domains("supply", ["semiconductors", "general_science"]) == ["semiconductors"]


def test_broad_cooperation_keeps_both_and_a_lone_fallback_stays() -> None:
    assert focus_domains("agreement", ["general_science", "materials"]) == ["general_science", "materials"]
    assert focus_domains("friction", ["general_science"]) == ["general_science"]


def test_a_generic_event_takes_the_field_its_headline_names() -> None:
    headline = Counter({"aerospace": 1, "defense": 1})
    chosen = decide_domains(Counter({"general_science": 1}), Counter(), Counter({"aerospace": 1}), headline)
    assert chosen == ["general_science", "aerospace", "defense"]
    # a sentence that names its own field keeps it
    assert decide_domains(Counter({"space": 1}), Counter(), Counter(), headline) == ["space"]


def test_security_software_is_cyber_and_consumer_electronics_telecom() -> None:
    from techties.extraction.cues import find_cues
    from techties.model.lexicon import tokenize

    def fields(text: str) -> set[str]:
        return {h.payload for h in find_cues("domain", text, tokenize(text))}

    assert fields("The agency dropped its security software.") == {"cyber"}
    assert fields("It stopped selling consumer electronics.") == {"telecom_5g"}
