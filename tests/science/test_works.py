"""An OpenAlex work read as a record: institutions, sides and co-publication status."""

from __future__ import annotations

import pytest

from techties.exceptions import ItemError
from techties.science.works import parse_work

from .openalex_works import work


def test_a_work_with_chinese_and_russian_institutions_is_a_copublication() -> None:
    parsed = parse_work(work(2, 2020, ["tsinghua", "cas"], ["msu", "mit"]), "f#1")
    assert parsed.id == "W7000000002" and parsed.year == 2020
    assert parsed.is_copublication
    assert [i.id for i in parsed.on_side("CN")] == ["I99065089", "I19820366"]
    assert [i.name for i in parsed.on_side("RU")] == ["Lomonosov Moscow State University"]
    assert parsed.venue == "Journal of Tests"


def test_hong_kong_counts_as_china() -> None:
    parsed = parse_work(work(3, 2021, ["hku"], ["ras-lab"]), "f#1")
    assert parsed.on_side("CN")[0].country == "HK"
    assert parsed.is_copublication


def test_other_pairs_of_countries_are_not_copublications() -> None:
    assert not parse_work(work(5, 2022, ["tsinghua"], ["mit"]), "f#1").is_copublication
    assert not parse_work(work(6, 2022, ["msu"], ["bmstu"]), "f#1").is_copublication


def test_an_institution_without_an_id_keeps_its_name() -> None:
    raw = work(7, 2023, ["tsinghua"], ["msu"])
    raw["authorships"][1]["institutions"] = [{"id": None, "display_name": "Some Russian Institute",
                                              "country_code": "RU"}]
    parsed = parse_work(raw, "f#1")
    assert parsed.on_side("RU")[0].id.startswith("name:")
    assert parsed.is_copublication


def test_a_record_without_an_id_is_an_item_error() -> None:
    with pytest.raises(ItemError):
        parse_work({"title": "no id"}, "f#3")
