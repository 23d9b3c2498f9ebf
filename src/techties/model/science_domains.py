"""Loads science_domains.yaml: the table that maps OpenAlex topics, subfields and fields to
our domains, and the domains counted as sensitive; checked against the domain vocabulary."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from techties.model.loader import _fail, _model_dir, _string_list, load_vocabulary, read_yaml

FILE = "science_domains.yaml"
TOPIC_ID = re.compile(r"^T[1-9][0-9]*$")


@dataclass(frozen=True)
class WordRule:
    """Topic names holding one of `words` go to `domains`."""

    domains: tuple[str, ...]
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class ScienceDomains:
    sensitive: tuple[str, ...]
    topics: dict[str, tuple[str, ...]]  # T123 → domains
    words: tuple[WordRule, ...]
    subfields: dict[int, tuple[str, ...]]
    fields: dict[int, tuple[str, ...]]


def cue_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive regex for cue words: whole words, any ending after a final *."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        stem = word.rstrip("*")
        tail = r"\w*" if word.endswith("*") else r"(?!\w)"
        parts.append(rf"(?<!\w){re.escape(stem)}{tail}")
    return re.compile("|".join(parts), re.IGNORECASE)


def _domains(value: Any, where: str, known: tuple[str, ...]) -> tuple[str, ...]:
    domains = _string_list(value, where)
    if not domains:
        raise _fail(where, "needs at least one domain")
    bad = [d for d in domains if d not in known]
    if bad:
        raise _fail(where, f"unknown domain(s) {bad}; see vocab/domains.yaml")
    return domains


def _coded(value: Any, where: str, known: tuple[str, ...]) -> dict[int, tuple[str, ...]]:
    if value is None:
        return {}
    if not isinstance(value, list):
        raise _fail(where, "expected a list of {id, name, domains}")
    table: dict[int, tuple[str, ...]] = {}
    for i, raw in enumerate(value):
        at = f"{where}[{i}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), int) or isinstance(raw["id"], bool):
            raise _fail(at, "needs a numeric 'id' (the OpenAlex code)")
        if not isinstance(raw.get("name"), str) or not raw["name"].strip():
            raise _fail(at, "needs the OpenAlex 'name', for the reader")
        if raw["id"] in table:
            raise _fail(at, f"code {raw['id']} is mapped twice")
        table[raw["id"]] = _domains(raw.get("domains"), f"{at}.domains", known)
    return table


def parse_science_domains(data: Any, where: str) -> ScienceDomains:
    known = load_vocabulary("domain").values
    if not isinstance(data, dict):
        raise _fail(where, "expected a mapping with topics, topic_words, subfields and fields")
    topics: dict[str, tuple[str, ...]] = {}
    for i, raw in enumerate(data.get("topics") or []):
        at = f"{where}: topics[{i}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not TOPIC_ID.match(raw["id"]):
            raise _fail(at, "needs an OpenAlex topic 'id' (T…)")
        topics[raw["id"]] = _domains(raw.get("domains"), f"{at}.domains", known)
    words = []
    for i, raw in enumerate(data.get("topic_words") or []):
        at = f"{where}: topic_words[{i}]"
        if not isinstance(raw, dict):
            raise _fail(at, "expected a mapping of domains and words")
        cues = _string_list(raw.get("words"), f"{at}.words")
        if not cues:
            raise _fail(at, "needs 'words'")
        words.append(WordRule(_domains(raw.get("domains"), f"{at}.domains", known), cue_pattern(cues)))
    return ScienceDomains(
        sensitive=_domains(data.get("sensitive_domains"), f"{where}: sensitive_domains", known),
        topics=topics, words=tuple(words),
        subfields=_coded(data.get("subfields"), f"{where}: subfields", known),
        fields=_coded(data.get("fields"), f"{where}: fields", known))


@cache
def load_science_domains() -> ScienceDomains:
    """The shipped science_domains.yaml."""
    return parse_science_domains(read_yaml(_model_dir(FILE)), FILE)
