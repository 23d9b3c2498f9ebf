"""Loads actor_ids.yaml: the ROR and OpenAlex institution ids of knowledge-base actors,
checked against the knowledge base so that a typo fails at load time, not as a silent miss.

File (``model/actor_ids.yaml``), a list::

    - actor: cn-tsinghua                   # a knowledge-base actor id
      ror: https://ror.org/03cve4549       # optional
      openalex: I99065089                  # optional; at least one of the two
      checked: "where the ids were verified"  # a record file or a page

A missing file is an empty table: no actor has ids yet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from techties.model.loader import _fail, _model_dir, load_actors, read_yaml

ROR_ID = re.compile(r"^https://ror\.org/0[a-z0-9]{6}[0-9]{2}$")
OPENALEX_INSTITUTION = re.compile(r"^I[1-9][0-9]*$")
FILE = "actor_ids.yaml"


@dataclass(frozen=True)
class ActorIds:
    """The research-organisation ids of one actor."""

    actor: str
    ror: str | None = None
    openalex: str | None = None


def short_openalex_id(value: str) -> str:
    """I123 from https://openalex.org/I123 (or I123 as it is); upper-cased like OpenAlex."""
    return value.rstrip("/").rsplit("/", 1)[-1].upper()


def normal_ror(value: str) -> str:
    """A ROR id as its full https URL, whatever form it was written in (ror.org/…, 0…)."""
    tail = value.strip().rstrip("/").rsplit("/", 1)[-1].lower()
    return f"https://ror.org/{tail}"


def parse_actor_ids(data: Any, where: str, known: set[str]) -> tuple[ActorIds, ...]:
    if data is None:
        return ()
    if not isinstance(data, list):
        raise _fail(where, "expected a list of {actor, ror, openalex} entries")
    entries: list[ActorIds] = []
    seen: dict[str, str] = {}
    for i, raw in enumerate(data):
        at = f"{where}: [{i}]"
        if not isinstance(raw, dict):
            raise _fail(at, "expected a mapping")
        unknown = set(raw) - {"actor", "ror", "openalex", "checked"}
        if unknown:
            raise _fail(at, f"unknown key(s) {sorted(unknown)}")
        actor, ror, openalex = raw.get("actor"), raw.get("ror"), raw.get("openalex")
        if not isinstance(actor, str) or actor not in known:
            raise _fail(at, f"actor {actor!r} is not in the knowledge base")
        if ror is not None and (not isinstance(ror, str) or not ROR_ID.match(ror)):
            raise _fail(at, f"{actor}: bad ROR id {ror!r}: want https://ror.org/0xxxxxxNN")
        if openalex is not None and (not isinstance(openalex, str)
                                     or not OPENALEX_INSTITUTION.match(openalex)):
            raise _fail(at, f"{actor}: bad OpenAlex institution id {openalex!r}: want I123…")
        if ror is None and openalex is None:
            raise _fail(at, f"{actor}: needs a 'ror' or an 'openalex' id")
        for value in (actor, ror, openalex):
            if value is not None and value in seen:
                raise _fail(at, f"{value} is already given for {seen[value]}")
            if value is not None:
                seen[value] = actor
        entries.append(ActorIds(actor, ror, openalex))
    return tuple(entries)


@cache
def load_actor_ids() -> tuple[ActorIds, ...]:
    """The shipped actor_ids.yaml, validated against the knowledge base; () when absent."""
    entry = _model_dir(FILE)
    if not entry.is_file():
        return ()
    return parse_actor_ids(read_yaml(entry), FILE, {a.id for a in load_actors()})
