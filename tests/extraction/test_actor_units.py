"""An academy's branch or institute, when named, is the party; the academy is its affiliation."""

from __future__ import annotations

from techties.extraction.actors import without_parents
from techties.records import ActorRef

RAS = ActorRef("Russian Academy of Sciences", "RU", "ru-ras")
URAL = ActorRef("Ural Branch of the Russian Academy of Sciences", "RU", "ru-urb-ras")
ROSATOM = ActorRef("Rosatom", "RU", "ru-rosatom")


def test_the_academy_gives_way_to_its_branch_in_the_same_event() -> None:
    assert without_parents([RAS, URAL]) == [URAL]


def test_the_branch_named_elsewhere_in_the_story_counts_too() -> None:
    assert without_parents([RAS], named=[URAL]) == []
    assert without_parents([RAS]) == [RAS]


def test_a_corporation_stays_beside_its_subsidiary() -> None:
    from techties.model.loader import load_actors

    subsidiary = next(a for a in load_actors() if a.parent == "ru-rosatom")
    child = ActorRef(subsidiary.name, "RU", subsidiary.id)
    assert without_parents([ROSATOM, child]) == [ROSATOM, child]
