"""Institutions of co-publications resolved to actors: by id, then by name in three
languages, then by the institution they belong to; others stay unresolved."""

from __future__ import annotations

from techties.entities.institutions import resolve_by_name, resolve_institution
from techties.science.works import Institution


def test_by_openalex_id_whatever_the_name() -> None:
    found = resolve_institution(Institution("I99065089", "THU (Beijing)", "CN"))
    assert found.actor is not None and found.actor.id == "cn-tsinghua" and found.by == "openalex"


def test_by_ror_id_when_the_openalex_id_is_unknown() -> None:
    found = resolve_institution(Institution("I1", "MSU", "RU", ror="https://ror.org/010pmpe69"))
    assert found.actor is not None and found.actor.id == "ru-msu" and found.by == "ror"


def test_an_id_of_the_other_side_is_not_taken() -> None:
    assert resolve_institution(Institution("I99065089", "Somewhere", "RU")).actor is None


def test_by_name_in_english_russian_and_chinese() -> None:
    cases = [("Lomonosov Moscow State University", "RU", "ru-msu"),
             ("Московский государственный университет имени М.В. Ломоносова", "RU", "ru-msu"),
             ("哈尔滨工业大学", "CN", "cn-hit"),
             ("The Harbin Institute of Technology", "CN", "cn-hit"),
             ("Институт прикладной физики РАН", "RU", "ru-iap-ras")]
    for name, side, actor_id in cases:
        actor = resolve_by_name(name, side)
        assert actor is not None and actor.id == actor_id, name


def test_a_name_must_be_the_whole_institution() -> None:
    # a department of a university is not the university; a lab is nobody we know
    assert resolve_by_name("Lomonosov Moscow State University Botanical Garden Herbarium", "RU") is None
    assert resolve_institution(Institution("I5", "Laboratory of Imaginary Physics", "RU")).actor is None


def test_by_lineage_when_nothing_else_matches() -> None:
    found = resolve_institution(Institution("I7", "Key Laboratory of Imaginary Matter", "CN",
                                            lineage=("I19820366",)))
    assert found.actor is not None and found.actor.id == "cn-cas" and found.by == "lineage"


def test_third_countries_are_not_resolved() -> None:
    assert resolve_institution(Institution("I99065089", "Tsinghua University", "US")).actor is None
