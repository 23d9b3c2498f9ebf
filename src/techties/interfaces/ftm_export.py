"""Events and their actors as FollowTheMoney entities, the format investigators' tools (Aleph,
OpenSanctions, ``ftm``) read: one JSON object per line, each ``{"id", "schema", "properties"}``.

An event becomes an ``Event`` with its parties in ``involved``; each cited page an ``Article``
tied to the event by a ``Documentation``; each actor an ``Organization``, ``Company``,
``PublicBody`` or ``Person`` according to its kind in the knowledge base. Ids are derived from
our own ids, so two exports of the same record give the same entities.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from techties.model.loader import LANGUAGES, Actor

PREFIX = "techties"
# our actor kinds → the FollowTheMoney schema that says the most without saying too much
SCHEMA_BY_KIND = {
    "company": "Company", "bank": "Company", "state_corporation": "Company",
    "government": "PublicBody", "regional_government": "PublicBody", "military": "PublicBody",
    "person": "Person",
}
SIDE_COUNTRY = {"china": "cn", "russia": "ru"}


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _entity(entity_id: str, schema: str, properties: Mapping[str, Iterable[str]]) -> dict[str, Any]:
    props = {k: list(dict.fromkeys(str(v) for v in vs if v)) for k, vs in properties.items()}
    return {"id": entity_id, "schema": schema, "properties": {k: v for k, v in props.items() if v}}


def actor_entity(actor: Actor) -> dict[str, Any]:
    """A knowledge-base actor with its names in every language and its Wikidata id."""
    aliases = [name for lang in LANGUAGES for name in actor.aliases.get(lang, ())]
    props: dict[str, list[str]] = {
        "name": [actor.name], "alias": aliases, "country": [actor.country.lower()],
        "description": [actor.kind.replace("_", " ")],
    }
    if actor.wikidata:
        props["wikidataId"] = [actor.wikidata]
    if actor.kind != "person" and actor.acronyms:
        props["abbreviation"] = list(actor.acronyms)
    return _entity(actor_entity_id(actor.id), SCHEMA_BY_KIND.get(actor.kind, "Organization"), props)


def actor_entity_id(actor_id: str) -> str:
    return f"{PREFIX}-actor-{actor_id}"


def unresolved_entity(name: str, side: str) -> dict[str, Any]:
    """A party named in the text but not in the knowledge base: kept, under its written name."""
    country = SIDE_COUNTRY[side]
    return _entity(f"{PREFIX}-name-{_digest(country + ':' + name)}", "LegalEntity",
                   {"name": [name], "country": [country]})


def _headline(summary: str, limit: int = 120) -> str:
    """The summary cut at a word for an entity name; the full text stays in `summary`."""
    if len(summary) <= limit:
        return summary.strip()
    return summary[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def side_parties(row: Mapping[str, Any], side: str,
                 known: Mapping[str, Actor]) -> tuple[list[str], list[str]]:
    """One side's parties of an exported row: the knowledge-base actor ids, then the written
    names of the parties not resolved to one (a resolved actor's name is not counted twice)."""
    ids = [i for i in row.get(f"{side}_actor_ids") or [] if i in known]
    resolved = {known[i].name for i in ids}
    names = [n for n in row.get(f"{side}_actors") or [] if n not in resolved]
    return list(dict.fromkeys(ids)), list(dict.fromkeys(names))


def _parties(row: Mapping[str, Any], side: str, known: Mapping[str, Actor],
             extra: dict[str, dict[str, Any]]) -> list[str]:
    """Entity ids of one side's parties: knowledge-base actors by id, the rest by name."""
    ids, names = side_parties(row, side, known)
    out = [actor_entity_id(actor_id) for actor_id in ids]
    for name in names:
        entity = unresolved_entity(name, side)
        extra.setdefault(entity["id"], entity)
        out.append(entity["id"])
    return out


def event_entities(row: Mapping[str, Any], known: Mapping[str, Actor],
                   extra: dict[str, dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The event, then for each cited page an Article and the Documentation linking them."""
    event_id = f"{PREFIX}-event-{row['id']}"
    parties = _parties(row, "china", known, extra) + _parties(row, "russia", known, extra)
    urls = [s for s in row.get("sources") or [] if str(s).startswith(("http://", "https://"))]
    label = str(row.get("type") or "event").replace("_", " ")
    summary = str(row.get("summary") or "")
    yield _entity(event_id, "Event", {
        "name": [f"{label}: {_headline(summary)}" if summary else label],
        "date": [row.get("date") or ""],
        "summary": [summary],
        "description": row.get("evidence") or [],
        # where official accounts, or official and independent reporting, differ
        "notes": [row["accounts_differ"]] if row.get("accounts_differ") else [],
        "involved": parties,
        "keywords": [row.get("type") or "", row.get("stage") or "", *(row.get("domains") or [])],
        "sourceUrl": urls,
        "recordId": [row["id"]],
    })
    for url in urls:
        article_id = f"{PREFIX}-page-{_digest(url)}"
        extra.setdefault(article_id, _entity(article_id, "Article", {"title": [url], "sourceUrl": [url]}))
        yield _entity(f"{PREFIX}-cites-{_digest(row['id'] + url)}", "Documentation",
                      {"document": [article_id], "entity": [event_id], "role": ["source"]})


def ftm_entities(rows: Iterable[Mapping[str, Any]], actors: Iterable[Actor]) -> Iterator[dict[str, Any]]:
    """Every event's entities, then the actors the events involve and the pages they cite."""
    known = {a.id: a for a in actors}
    extra: dict[str, dict[str, Any]] = {}
    used: set[str] = set()
    for row in rows:
        used.update(i for side in SIDE_COUNTRY for i in row.get(f"{side}_actor_ids") or [])
        yield from event_entities(row, known, extra)
    for actor_id in sorted(used & known.keys()):
        yield actor_entity(known[actor_id])
    yield from extra.values()


def write_ftm(rows: Iterable[Mapping[str, Any]], path: Path, actors: Iterable[Actor]) -> int:
    """Writes the entity stream; returns the number of events."""
    events = 0
    with path.open("w", encoding="utf-8") as out:
        for entity in ftm_entities(rows, actors):
            events += entity["schema"] == "Event"
            out.write(json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n")
    return events
