"""The ROR/OpenAlex ids of academic actors (model/actor_ids.yaml): every entry names a real
knowledge-base actor, every id is well formed (ROR ids carry a checksum, so a mistyped id
fails), no actor or id appears twice, and the table is large enough to resolve co-publications.
"""

from __future__ import annotations

import re
from collections import Counter
from importlib import resources
from typing import Any

import pytest
import yaml

from techties.model.loader import load_actors

ROR_ID = re.compile(r"^https://ror\.org/(0[0-9a-hjkmnp-tv-z]{6}[0-9]{2})$")
OPENALEX_INSTITUTION = re.compile(r"^I[1-9][0-9]*$")
CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz"
ACADEMIC_KINDS = {"academy", "institute", "university"}
MIN_ENTRIES = 150


def _entries() -> list[dict[str, Any]]:
    text = resources.files("techties.model").joinpath("actor_ids.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert isinstance(data, list)
    return data


def ror_checksum_ok(suffix: str) -> bool:
    """ROR's last two digits are an ISO 7064 mod 97-10 checksum of the base-32 part."""
    value = 0
    for char in suffix[:-2]:
        value = value * 32 + CROCKFORD.index(char)
    return 98 - (value * 100) % 97 == int(suffix[-2:])


def test_checksum_rejects_a_mistyped_id() -> None:
    assert ror_checksum_ok("03cve4549")
    assert not ror_checksum_ok("03cve4548")
    assert not ror_checksum_ok("03cvf4549")


def test_enough_entries() -> None:
    assert len(_entries()) >= MIN_ENTRIES


def test_entries_are_well_formed() -> None:
    for entry in _entries():
        assert isinstance(entry, dict), entry
        assert set(entry) <= {"actor", "ror", "openalex", "checked"}, entry
        assert isinstance(entry.get("checked"), str) and entry["checked"].strip(), entry
        match = ROR_ID.match(str(entry.get("ror", "")))
        assert match, f"{entry.get('actor')}: bad ROR id {entry.get('ror')!r}"
        assert ror_checksum_ok(match.group(1)), f"{entry['actor']}: ROR checksum fails"
        if "openalex" in entry:
            assert OPENALEX_INSTITUTION.match(str(entry["openalex"])), entry


def test_every_actor_is_an_academic_actor_of_the_knowledge_base() -> None:
    actors = {a.id: a for a in load_actors()}
    for entry in _entries():
        actor = actors.get(entry["actor"])
        assert actor is not None, f"{entry['actor']} is not in the knowledge base"
        assert actor.kind in ACADEMIC_KINDS, f"{actor.id} is a {actor.kind}"


@pytest.mark.parametrize("key", ["actor", "ror", "openalex"])
def test_no_duplicates(key: str) -> None:
    counts = Counter(e[key] for e in _entries() if key in e)
    assert not [v for v, n in counts.items() if n > 1]
