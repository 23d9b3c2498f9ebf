"""A sentence that names neither side but tells what happened to a project a sentence of the
pair named is an event of the pair; at a time of its own it stays apart from the story's other
events of its kind, and a project the pair never named brings in nothing
(extraction/joint_objects.py)."""

from __future__ import annotations

from techties.extraction.joint_objects import later_times, project_names
from techties.extraction.pipeline import extract_document
from techties.records import Document, Event

LEAD = ("Rosatom and China National Nuclear Corporation launched the construction of the fifth unit "
        "of the Beishan nuclear power plant in March 2024. ")


def _events(text: str, lang: str = "en") -> list[Event]:
    return extract_document(Document(id="d", text=text, lang=lang, published="2024-06-01")).events


def test_the_project_named_alone_at_another_time_is_another_event_of_the_pair() -> None:
    events = _events(LEAD + "The first unit of the Beishan plant was put into operation in 2009. "
                     "The second unit of the Beishan plant was launched in October 2012.")
    pilots = sorted((e.date or "", [a.name for a in e.russia_actors]) for e in events if e.type == "pilot")
    assert [date for date, _ in pilots] == ["2009", "2012-10", "2024-03"]
    assert all(russia == ["Rosatom"] for _, russia in pilots)


def test_the_project_at_the_same_time_joins_the_event() -> None:
    events = _events(LEAD + "The construction of the Beishan unit was started in March 2024 as planned.")
    assert [e.type for e in events] == ["pilot"]


def test_a_project_the_pair_never_named_adds_nothing() -> None:
    events = _events(LEAD + "The first unit of the Donghai plant was put into operation in 2009.")
    assert [e.date for e in events] == ["2024-03"]


def test_the_words_that_may_name_a_project() -> None:
    assert project_names("The Beishan plant was launched in December 2017.") == {"beishan"}
    assert project_names("Сборка опытного образца МС-300 началась в сентябре.") == {"мс-300"}
    assert project_names("北山核电站5号机组于今年投入运行。") == set()


def test_a_sentence_may_open_with_the_numbered_unit_of_the_project() -> None:
    events = _events(LEAD + "Beishan 1&2 began operation in 2009, well ahead of the plan.")
    assert sorted(e.date or "" for e in events if e.type == "pilot") == ["2009", "2024-03"]
    assert project_names("Beishan 1&2 began operation in 2009.", numbered=True) == {"beishan"}
    assert project_names("Beishan began operation in 2009.", numbered=True) == set()


def test_a_project_told_at_another_time_than_an_undated_event_is_another_event() -> None:
    events = _events("The fifth unit of the Beishan nuclear power plant, which Rosatom builds with "
                     "China National Nuclear Corporation, is under construction. "
                     "The first unit of the Beishan plant was put into operation in 2009.")
    assert sorted(e.date or "" for e in events if e.type == "pilot") == ["2009", "2024-06"]


def test_each_clause_that_dates_a_further_unit_is_a_happening_of_its_own() -> None:
    events = _events(LEAD + "The third unit of the Beishan plant was put into operation in December 2017, "
                     "while the fourth in October 2018.")
    assert sorted(e.date or "" for e in events if e.type == "pilot") == ["2017-12", "2018-10", "2024-03"]


def test_the_units_a_story_dates_apart_stand_beyond_the_cap_of_events_per_type() -> None:
    events = _events(LEAD + "The first unit of the Beishan plant was put into operation in 2009. "
                     "The second unit of the Beishan plant was launched in October 2012, while the third "
                     "in May 2015, and the fourth in 2018.")
    dates = sorted(e.date or "" for e in events if e.type == "pilot")
    assert dates == ["2009", "2012-10", "2015-05", "2018", "2024-03"]


def test_the_later_clauses_that_state_a_time_of_their_own() -> None:
    text = "Unit 3 began operation in December 2017, while unit 4 in October 2018; unit 5 is planned."
    assert later_times(text, "en", "2024-06-01", None) == [text.index("unit 4")]
    one_clause = "Unit 3 began operation in December 2017 and was tested in 2018."
    assert later_times(one_clause, "en", "2024-06-01", None) == []


def test_the_happenings_one_sentence_dates_apart_each_have_their_own_id() -> None:
    # one sentence, one type, the same parties: their content gave the three one id, and the
    # store, which keys events by id, refused the document
    events = _events(LEAD + "The second unit of the Beishan plant was launched in October 2012, while the third "
                     "in May 2015, and the fourth in 2018.")
    pilots = [e for e in events if e.type == "pilot"]
    assert len(pilots) == 4
    assert len({e.id for e in events}) == len(events)
