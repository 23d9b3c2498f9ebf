"""Two happenings of one type told in one story stay two events."""

from __future__ import annotations

from techties.extraction.distinct import further_happening, other_people, own_people
from techties.extraction.pipeline import extract_document
from techties.records import ActorRef, Document


def _events(text: str, lang: str = "en"):
    return extract_document(Document(id="d", text=text, lang=lang, published="2025-03-01")).events


def test_another_tells_a_further_happening_in_each_language() -> None:
    assert further_happening("Another researcher was arrested in Omsk in May.")
    assert further_happening("В мае был задержан ещё один учёный из Омска.")
    assert further_happening("五月,另一名科学家在鄂木斯克被捕。")


def test_words_that_only_look_like_another_are_not_one() -> None:
    assert not further_happening("The two institutes will help one another.")
    assert not further_happening("另一方面,双方将加强合作。")
    assert not further_happening("С другой стороны, стороны продолжат работу.")


def test_a_person_named_by_surname_alone_is_the_same_person() -> None:
    ivanov = ActorRef("Pavel Ivanov", "RU", mention="Pavel Ivanov", person=True)
    assert own_people([ivanov], "Ivanov denied the charges.") == {"ivanov"}
    assert own_people([ivanov], "The court met on Monday.") == set()
    assert not other_people({"ivanov"}, {"ivanov"})
    assert other_people({"ivanov"}, {"petrov"})
    assert not other_people(set(), {"petrov"})  # a sentence naming no one splits nothing


def test_another_accused_scientist_is_a_second_event() -> None:
    text = ("A Russian physicist was detained in Tomsk on Tuesday on suspicion of passing secret "
            "technology to China, the Federal Security Service said. "
            "Another scientist was arrested in Novosibirsk in March for allegedly handing classified "
            "data on hypersonic research to Chinese intelligence.")
    frictions = [e for e in _events(text) if e.type == "friction"]
    assert len(frictions) == 2


def test_the_first_report_of_yet_another_case_is_the_story_itself() -> None:
    doc = Document(id="d", title="Scientist detained on suspicion of spying for China", lang="en",
                   published="2025-03-01",
                   text=("Yet another Russian scientist was detained in Tomsk on Tuesday on suspicion of "
                         "passing secret technology to China, the Federal Security Service said. "
                         "Another scientist, he was accused of treason for handing classified data "
                         "to Chinese intelligence."))
    frictions = [e for e in extract_document(doc).events if e.type == "friction"]
    assert len(frictions) == 1


def test_two_accused_people_named_in_their_own_sentences_are_two_events() -> None:
    text = ("Russian physicist Pavel Ivanov was detained in Tomsk on Tuesday on suspicion of passing "
            "secret technology to China, the Federal Security Service said. "
            "Ivanov was accused of treason for handing classified data to Chinese intelligence. "
            "In May, Russian engineer Sergei Petrov was charged with treason for allegedly passing "
            "state secrets on submarine sonar technology to China.")
    frictions = [e for e in _events(text) if e.type == "friction"]
    assert len(frictions) == 2
    people = [{a.name for a in e.russia_actors if a.person} for e in frictions]
    assert {"Pavel Ivanov"} <= people[0] and "Sergei Petrov" not in people[0]
    assert "Sergei Petrov" in people[1]


def test_similar_tells_a_further_happening_of_its_kind() -> None:
    assert further_happening("Washington has already imposed similar export bans on 300 firms.")
    assert not further_happening("The Chinese chip is similar to the Russian design.")


def test_earlier_and_previously_tell_a_happening_before_the_story() -> None:
    assert further_happening("The firm had earlier signed a memorandum with the Chinese side.")
    assert further_happening("As previously reported, the sides agreed to build a plant.")


def test_last_year_tells_a_happening_before_the_story() -> None:
    assert further_happening("Last year prosecutors charged a physicist with treason.")
    assert further_happening("Several engineers have been detained in recent years.")


def test_next_year_tells_a_happening_after_the_story() -> None:
    assert further_happening("A bachelor's programme will start next year.")
    assert further_happening("Construction of the second unit is expected later this year.")


def test_over_the_next_year_is_how_long_not_another_time() -> None:
    assert not further_happening("The firms will build the network over the next year.")
    assert further_happening("The firms will build a second network next year.")
    events = _events("Huawei and MTS signed an agreement to develop 5G networks in Russia. "
                     "Huawei has signed a deal with MTS to build the 5G network over the next year, "
                     "the operator said.")
    assert [e.type for e in events] == ["agreement"]
