"""A party found outside the knowledge base that is a knowledge-base party named in part."""

from __future__ import annotations

from techties.extraction.known_names import as_known_parties
from techties.records import ActorRef, Event


def _event(*russia: ActorRef) -> Event:
    return Event(document_id="d1", type="forum", stage="implemented", domains=["general_science"], china_actors=[],
                 russia_actors=list(russia), date=None)


BRANCH = ActorRef("Siberian Branch of the Russian Academy of Sciences", "RU", "ru-sb-ras")
COMMISSION = ActorRef("State Commission for Radio Frequencies", "RU", "ru-gkrch")


def test_a_name_read_in_part_is_the_known_party_the_document_names() -> None:
    first, second = _event(BRANCH), _event(ActorRef("Siberian Branch", "RU"))
    as_known_parties([first, second])
    assert second.russia_actors == [BRANCH]


def test_a_plural_in_one_name_and_a_singular_in_the_other_are_the_same_name() -> None:
    event = _event(COMMISSION, ActorRef("State Commission for Radio Frequency", "RU"))
    as_known_parties([event])
    assert event.russia_actors == [COMMISSION]


def test_a_different_party_or_a_place_alone_stays() -> None:
    technical = ActorRef("Kazan National Research Technical University", "RU", "ru-kai")
    technological = ActorRef("Kazan National Research Technological University", "RU")
    kazan = ActorRef("Kazan", "RU")
    event = _event(technical, technological, kazan)
    as_known_parties([event])
    assert event.russia_actors == [technical, technological, kazan]
