"""actor_ids.yaml: ROR and OpenAlex ids of knowledge-base actors, checked when loaded."""

from __future__ import annotations

import pytest

from techties.exceptions import ModelError
from techties.model.actor_ids import load_actor_ids, normal_ror, parse_actor_ids, short_openalex_id
from techties.model.loader import load_actors

KNOWN = {"cn-tsinghua", "ru-msu"}


def test_the_shipped_file_loads_and_names_known_actors() -> None:
    actors = {a.id for a in load_actors()}
    entries = load_actor_ids()
    assert all(e.actor in actors for e in entries)
    assert any(e.actor == "cn-tsinghua" and e.openalex == "I99065089" for e in entries)


def test_a_valid_list_and_an_absent_one() -> None:
    entries = parse_actor_ids([{"actor": "cn-tsinghua", "ror": "https://ror.org/03cve4549",
                                "openalex": "I99065089"}, {"actor": "ru-msu", "ror": "https://ror.org/010pmpe69"}],
                              "t.yaml", KNOWN)
    assert entries[1].openalex is None
    assert parse_actor_ids(None, "t.yaml", KNOWN) == ()


@pytest.mark.parametrize("entry, message", [
    ({"actor": "cn-nowhere", "openalex": "I1"}, "not in the knowledge base"),
    ({"actor": "cn-tsinghua", "ror": "03cve4549"}, "bad ROR id"),
    ({"actor": "cn-tsinghua", "openalex": "W123"}, "bad OpenAlex institution id"),
    ({"actor": "cn-tsinghua"}, "needs a 'ror' or an 'openalex'"),
    ({"actor": "cn-tsinghua", "openalex": "I1", "wikidata": "Q1"}, "unknown key"),
])
def test_bad_entries_fail_with_the_entry_at_fault(entry: dict[str, str], message: str) -> None:
    with pytest.raises(ModelError, match=message):
        parse_actor_ids([entry], "t.yaml", KNOWN)


def test_an_id_given_to_two_actors_fails() -> None:
    with pytest.raises(ModelError, match="already given"):
        parse_actor_ids([{"actor": "cn-tsinghua", "openalex": "I99065089"},
                         {"actor": "ru-msu", "openalex": "I99065089"}], "t.yaml", KNOWN)


def test_ids_are_read_in_any_written_form() -> None:
    assert short_openalex_id("https://openalex.org/i99065089") == "I99065089"
    assert normal_ror("ror.org/03CVE4549/") == "https://ror.org/03cve4549"
