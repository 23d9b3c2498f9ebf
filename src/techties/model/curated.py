"""Loads the curated knowledge base (``model/curated/*.yaml``) and validates every record
against the vocabulary and the actor knowledge base, through the same loader primitives.

The format is documented in docs/curated-format.md. A bad record fails the whole load with
the file and the record at fault: a curated fact that does not validate is not a fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from techties.exceptions import ModelError
from techties.model.loader import (
    _fail,
    _model_dir,
    _string_list,
    load_actors,
    load_vocabulary,
    read_yaml,
)
from techties.model.partial_dates import WELL_FORMED
from techties.model.source_kinds import SOURCE_KINDS

EVENT_ID = re.compile(r"^20[0-9]{2}-[a-z0-9][a-z0-9-]*$")
PROJECT_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
URL = re.compile(r"^https?://[^\s/]+\.[^\s]+$")
MAX_SUMMARY_CHARS = 700


@dataclass(frozen=True)
class Project:
    id: str
    name: str
    summary: str
    domains: tuple[str, ...]


@dataclass(frozen=True)
class CuratedSource:
    url: str
    kind: str
    publisher: str = ""
    published: str | None = None


@dataclass(frozen=True)
class CuratedEvent:
    """One analyst-verified event: every fact stated by at least one cited public page."""

    id: str
    date: str
    type: str
    stage: str
    domains: tuple[str, ...]
    china_actors: tuple[str, ...]
    russia_actors: tuple[str, ...]
    summary: str
    sources: tuple[CuratedSource, ...]
    project: str | None = None
    # where the two countries' official accounts, or official and independent reporting,
    # disagree about the event: who says what, in our words
    accounts_differ: str | None = None

    @property
    def year(self) -> str:
        return self.date[:4]

    def content_key(self) -> tuple[Any, ...]:
        """What two records describing the same happening would share."""
        return (self.date, self.type, frozenset(self.china_actors),
                frozenset(self.russia_actors), frozenset(self.domains))


def _date(value: Any, where: str) -> str:
    text = str(value).strip() if value is not None else ""
    if not WELL_FORMED.match(text):
        raise _fail(where, f"bad date {value!r}: want YYYY, YYYY-MM or YYYY-MM-DD")
    return text


def _vocab_values(value: Any, vocabulary: str, where: str) -> tuple[str, ...]:
    values = (value,) if isinstance(value, str) else _string_list(value, where)
    allowed = load_vocabulary(vocabulary).values
    bad = [v for v in values if v not in allowed]
    if bad or not values:
        raise _fail(where, f"{bad or 'nothing'}: want values of the {vocabulary} vocabulary")
    return values


def parse_projects(data: Any, where: str) -> list[Project]:
    if not isinstance(data, dict) or not isinstance(data.get("projects"), list):
        raise _fail(where, "needs a 'projects:' list")
    projects = []
    for i, raw in enumerate(data["projects"]):
        at = f"{where}: projects[{i}]"
        if not isinstance(raw, dict) or not PROJECT_ID.match(str(raw.get("id", ""))):
            raise _fail(at, "needs an 'id' of lower-case letters, digits and dashes")
        if not isinstance(raw.get("name"), str) or not raw["name"].strip():
            raise _fail(at, "missing 'name'")
        projects.append(Project(
            id=raw["id"], name=raw["name"].strip(), summary=str(raw.get("summary") or "").strip(),
            domains=_vocab_values(raw.get("domains"), "domain", f"{at}.domains")))
    return projects


def _sources(value: Any, where: str) -> tuple[CuratedSource, ...]:
    if not isinstance(value, list) or not value:
        raise _fail(where, "needs at least one source")
    sources = []
    for i, raw in enumerate(value):
        at = f"{where}[{i}]"
        if not isinstance(raw, dict) or not URL.match(str(raw.get("url", "")).strip()):
            raise _fail(at, "needs an http(s) 'url'")
        if raw.get("kind") not in SOURCE_KINDS:
            raise _fail(at, f"kind {raw.get('kind')!r} is not one of {SOURCE_KINDS}")
        published = raw.get("published")
        sources.append(CuratedSource(
            url=str(raw["url"]).strip(), kind=raw["kind"],
            publisher=str(raw.get("publisher") or "").strip(),
            published=_date(published, f"{at}.published") if published else None))
    return tuple(sources)


def _accounts_differ(value: Any, where: str) -> str | None:
    """The optional note on diverging accounts: a non-empty text of summary length."""
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, "want a text saying whose accounts differ and how")
    if len(value) > MAX_SUMMARY_CHARS:
        raise _fail(where, f"longer than {MAX_SUMMARY_CHARS} characters")
    return " ".join(value.split())


def _actor_ids(value: Any, country: str, known: dict[str, str], where: str) -> tuple[str, ...]:
    ids = _string_list(value, where)
    for actor_id in ids:
        if known.get(actor_id) != country:
            found = known.get(actor_id)
            raise _fail(where, f"{actor_id} is not a {country} actor of the knowledge base"
                        + (f" (it is {found})" if found else ""))
    if len(set(ids)) != len(ids):
        raise _fail(where, "an actor is listed twice")
    return ids


def parse_events(data: Any, where: str, projects: set[str]) -> list[CuratedEvent]:
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise _fail(where, "needs an 'events:' list")
    known = {a.id: a.country for a in load_actors()}
    events = []
    for i, raw in enumerate(data["events"]):
        at = f"{where}: events[{i}]"
        if not isinstance(raw, dict) or not EVENT_ID.match(str(raw.get("id", ""))):
            raise _fail(at, "needs an 'id' such as 2016-06-what-happened")
        at = f"{where}: {raw['id']}"
        summary = raw.get("summary")
        if not isinstance(summary, str) or not summary.strip():
            raise _fail(at, "missing 'summary'")
        if len(summary) > MAX_SUMMARY_CHARS:
            raise _fail(at, f"summary longer than {MAX_SUMMARY_CHARS} characters")
        project = raw.get("project")
        if project is not None and project not in projects:
            raise _fail(at, f"project {project!r} is not declared in a projects*.yaml file")
        events.append(CuratedEvent(
            id=raw["id"], date=_date(raw.get("date"), f"{at}.date"),
            type=_vocab_values(raw.get("type"), "event_type", f"{at}.type")[0],
            stage=_vocab_values(raw.get("stage"), "stage", f"{at}.stage")[0],
            domains=_vocab_values(raw.get("domains"), "domain", f"{at}.domains"),
            china_actors=_actor_ids(raw.get("china_actors"), "CN", known, f"{at}.china_actors"),
            russia_actors=_actor_ids(raw.get("russia_actors"), "RU", known,
                                     f"{at}.russia_actors"),
            summary=" ".join(summary.split()), sources=_sources(raw.get("sources"),
                                                                f"{at}.sources"),
            project=project,
            accounts_differ=_accounts_differ(raw.get("accounts_differ"),
                                             f"{at}.accounts_differ")))
    return events


def _curated_files(prefix: str) -> list[Any]:
    folder = _model_dir("curated")
    return sorted((e for e in folder.iterdir()
                   if e.name.startswith(prefix) and e.name.endswith(".yaml")),
                  key=lambda e: e.name)


@cache
def load_projects() -> tuple[Project, ...]:
    projects: list[Project] = []
    for entry in _curated_files("projects"):
        projects.extend(parse_projects(read_yaml(entry), entry.name))
    ids = [p.id for p in projects]
    duplicated = sorted({i for i in ids if ids.count(i) > 1})
    if duplicated:
        raise ModelError(f"project id(s) declared twice: {duplicated}")
    return tuple(projects)


@cache
def load_events_file(path: Any) -> list[CuratedEvent]:
    """The events of one record file outside the package (a contributor's new file), validated
    like the shipped ones."""
    return parse_events(read_yaml(path), str(path), {p.id for p in load_projects()})


def load_curated_events() -> tuple[CuratedEvent, ...]:
    """Every curated event, ids unique across files, each file's events in its own year."""
    project_ids = {p.id for p in load_projects()}
    events: list[CuratedEvent] = []
    for entry in _curated_files("events"):
        found = parse_events(read_yaml(entry), entry.name, project_ids)
        year = re.search(r"(20[0-9]{2})", entry.name)
        for event in found:
            if year and event.year != year.group(1):
                raise _fail(entry.name, f"{event.id} is dated {event.date}, not {year.group(1)}")
        events.extend(found)
    seen: set[str] = set()
    for event in events:
        if event.id in seen:
            raise ModelError(f"curated event id {event.id} is declared twice")
        seen.add(event.id)
    return tuple(sorted(events, key=lambda e: (e.date, e.id)))
