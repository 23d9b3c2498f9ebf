"""Watchlists read in the formats their publishers use: sanctions and export-control lists
and a user's own list, each turned into WatchEntry records (a registry of readers;
`detect_format` picks one from the file). Matching the entries against events is
analysis/watchlists.py's.

Readers, by format:
  ftm          OpenSanctions entities in FollowTheMoney JSON (one entity per line, or a
               JSON array): `schema`, `properties.name/alias/weakAlias/previousName/country`
  sdn_xml      the US Treasury (OFAC) SDN list, sdn.xml: `sdnEntry` with `lastName`,
               `firstName`, `sdnType`, `programList`, `akaList`, `addressList`
  sdn_csv      the SDN list as sdn.csv (no header: ent_num, SDN_Name, SDN_Type, Program,
               Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks;
               "-0-" is empty), with alt.csv (aliases) and add.csv (addresses) read from
               beside it when present
  entity_list  the US Commerce (BIS) Entity List as the Consolidated Screening List CSV
               (header: source, entity_number, type, programs, name, addresses, alt_names,
               start_date …), keeping the rows whose source is the Entity List
  user         a user's list: YAML (`entities:` with name, aliases, country, note) or a
               CSV with a `name` column (`aliases` separated by ';')
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from lxml import etree

from techties.exceptions import RunAbort
from techties.records import content_id


@dataclass(frozen=True)
class WatchEntry:
    """An entity of a watchlist, in the form every importer produces."""

    list_name: str
    source_format: str
    entity_id: str
    name: str
    aliases: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    programs: tuple[str, ...] = ()
    entity_schema: str = ""
    url: str | None = None
    listed: str | None = None

    @property
    def id(self) -> str:
        return content_id(self.list_name, self.source_format, self.entity_id, prefix="wl_")

    def as_row(self) -> dict[str, Any]:
        return {"id": self.id, "source_format": self.source_format, "entity_id": self.entity_id,
                "name": self.name, "aliases": list(self.aliases),
                "countries": list(self.countries), "programs": list(self.programs),
                "entity_schema": self.entity_schema, "url": self.url, "listed": self.listed}


def _clean(values: Iterable[Any]) -> tuple[str, ...]:
    out = []
    for v in values:
        text = " ".join(str(v).split()) if v is not None else ""
        if text and text != "-0-" and text not in out:
            out.append(text)
    return tuple(out)



def read_ftm(path: Path, list_name: str) -> list[WatchEntry]:
    """OpenSanctions FollowTheMoney entities (JSON Lines or a JSON array)."""
    text = path.read_text(encoding="utf-8")
    stripped = text.lstrip()
    if stripped.startswith("["):
        raw_entities = json.loads(stripped)
    else:
        raw_entities = [json.loads(line) for line in text.splitlines() if line.strip()]
    entries = []
    for raw in raw_entities:
        if not isinstance(raw, dict) or not isinstance(raw.get("properties"), dict):
            raise RunAbort(f"{path}: not FollowTheMoney entities (no 'properties')")
        props = raw["properties"]
        names = _clean(props.get("name") or [raw.get("caption")])
        if not names:
            continue
        schema = str(raw.get("schema") or "")
        if schema in ("Address", "Sanction", "Ownership", "Directorship", "Identification",
                      "Family", "Associate", "Membership", "Employment", "Representation"):
            continue  # statements about entities, not entities
        aliases = _clean([*names[1:], *props.get("alias", []), *props.get("weakAlias", []),
                          *props.get("previousName", [])])
        entries.append(WatchEntry(
            list_name=list_name, source_format="ftm", entity_id=str(raw.get("id") or names[0]),
            name=names[0], aliases=aliases,
            countries=_clean(c.upper() for c in [*props.get("country", []),
                                                 *props.get("jurisdiction", []),
                                                 *props.get("mainCountry", [])]),
            programs=_clean([*props.get("program", []), *props.get("topics", []),
                             *(raw.get("datasets") or [])]),
            entity_schema=schema, url=next(iter(_clean(props.get("sourceUrl", []))), None),
            listed=(raw.get("first_seen") or "")[:10] or None))
    return entries


def _local(tag: Any) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _child_text(node: Any, name: str) -> str:
    for child in node:
        if _local(child.tag) == name:
            return (child.text or "").strip()
    return ""


def _children(node: Any, name: str) -> list[Any]:
    return [c for c in node if _local(c.tag) == name]


def read_sdn_xml(path: Path, list_name: str) -> list[WatchEntry]:
    """The OFAC SDN list in its XML form (sdn.xml), whatever its namespace."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        root = etree.parse(str(path), parser).getroot()
    except etree.XMLSyntaxError as exc:
        raise RunAbort(f"{path}: not valid XML: {exc}") from exc
    if _local(root.tag) != "sdnList":
        raise RunAbort(f"{path}: not an SDN list (root element {_local(root.tag)!r})")
    published = ""
    for info in _children(root, "publshInformation"):
        published = _child_text(info, "Publish_Date")
    entries = []
    for entry in _children(root, "sdnEntry"):
        first, last = _child_text(entry, "firstName"), _child_text(entry, "lastName")
        name = f"{first} {last}".strip()
        if not name:
            continue
        akas = []
        for aka_list in _children(entry, "akaList"):
            for aka in _children(aka_list, "aka"):
                aka_name = f"{_child_text(aka, 'firstName')} {_child_text(aka, 'lastName')}"
                akas.append(aka_name.strip())
        programs = [p.text for pl in _children(entry, "programList")
                    for p in _children(pl, "program") if p.text]
        countries = [_child_text(a, "country") for al in _children(entry, "addressList")
                     for a in _children(al, "address")]
        entries.append(WatchEntry(
            list_name=list_name, source_format="sdn_xml",
            entity_id=_child_text(entry, "uid") or name, name=name, aliases=_clean(akas),
            countries=_clean(countries), programs=_clean(programs),
            entity_schema=_child_text(entry, "sdnType") or "Entity",
            url="https://sanctionssearch.ofac.treas.gov/",
            listed=_us_date(published)))
    return entries


def _us_date(text: str) -> str | None:
    found = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4})$", text.strip()) if text else None
    if not found:
        return None
    return f"{found.group(3)}-{int(found.group(1)):02d}-{int(found.group(2)):02d}"


def _rows(path: Path) -> list[list[str]]:
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    return [row for row in csv.reader(io.StringIO(text)) if any(c.strip() for c in row)]


def read_sdn_csv(path: Path, list_name: str) -> list[WatchEntry]:
    """The OFAC SDN list as sdn.csv, with alt.csv and add.csv beside it when present."""
    rows = _rows(path)
    if rows and not rows[0][0].strip().isdigit():
        raise RunAbort(f"{path}: not an SDN CSV (want ent_num, SDN_Name, SDN_Type, Program, …"
                       " with no header)")
    aliases: dict[str, list[str]] = defaultdict(list)
    countries: dict[str, list[str]] = defaultdict(list)
    for sibling, into, column in (("alt.csv", aliases, 3), ("add.csv", countries, 4)):
        other = path.with_name(sibling)
        if other.exists() and other != path:
            for row in _rows(other):
                if len(row) > column:
                    into[row[0].strip()].append(row[column])
    entries = []
    for row in rows:
        if len(row) < 4:
            continue
        ent_num, name = row[0].strip(), row[1].strip()
        remarks = row[11] if len(row) > 11 else ""
        akas = re.findall(r"a\.k\.a\.,?\s+'([^']+)'", remarks)
        entries.append(WatchEntry(
            list_name=list_name, source_format="sdn_csv", entity_id=ent_num, name=name,
            aliases=_clean([*aliases.get(ent_num, []), *akas]),
            countries=_clean(countries.get(ent_num, [])),
            programs=_clean(p.strip() for p in row[3].strip("[] ").split("] [")),
            entity_schema=_clean([row[2]])[0] if _clean([row[2]]) else "Entity",
            url="https://sanctionssearch.ofac.treas.gov/"))
    return entries


def read_entity_list(path: Path, list_name: str) -> list[WatchEntry]:
    """The BIS Entity List rows of a Consolidated Screening List CSV."""
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    reader = csv.DictReader(io.StringIO(text))
    fields = set(reader.fieldnames or [])
    if not {"name", "source"} <= fields:
        raise RunAbort(f"{path}: not a Consolidated Screening List CSV (needs 'source' and "
                       "'name' columns)")
    entries = []
    for row in reader:
        source = row.get("source") or ""
        if "entity list" not in source.casefold():
            continue
        name = (row.get("name") or "").strip()
        if not name:
            continue
        addresses = [a.strip() for a in (row.get("addresses") or "").split(";") if a.strip()]
        countries = [a.rsplit(",", 1)[-1].strip() for a in addresses]
        entries.append(WatchEntry(
            list_name=list_name, source_format="entity_list",
            entity_id=(row.get("entity_number") or row.get("_id") or name).strip(), name=name,
            aliases=_clean((row.get("alt_names") or "").split(";")),
            countries=_clean(c for c in countries if 2 <= len(c) <= 3),
            programs=_clean([row.get("programs") or "", row.get("license_requirement") or ""]),
            entity_schema=(row.get("type") or "Entity").strip() or "Entity",
            url=(row.get("source_list_url") or row.get("source_information_url") or None),
            listed=(row.get("start_date") or "")[:10] or None))
    return entries


def read_user_list(path: Path, list_name: str) -> list[WatchEntry]:
    """A user's list: YAML with `entities:` or a CSV with a `name` column."""
    if path.suffix.lower() in (".yaml", ".yml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
            raise RunAbort(f"{path}: a user watchlist needs an 'entities:' list")
        raw_rows = data["entities"]
    else:
        raw_rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    entries = []
    for i, raw in enumerate(raw_rows):
        if not isinstance(raw, dict) or not str(raw.get("name") or "").strip():
            raise RunAbort(f"{path}: entity {i + 1} has no name")
        aliases = raw.get("aliases") or []
        if isinstance(aliases, str):
            aliases = aliases.split(";")
        country = raw.get("country") or raw.get("countries") or []
        if isinstance(country, str):
            country = country.split(";")
        name = str(raw["name"]).strip()
        entries.append(WatchEntry(
            list_name=list_name, source_format="user", entity_id=str(raw.get("id") or name),
            name=name, aliases=_clean(aliases), countries=_clean(country),
            programs=_clean([raw.get("note") or ""]), entity_schema="Entity"))
    return entries


LIST_READERS: dict[str, Callable[[Path, str], list[WatchEntry]]] = {
    "ftm": read_ftm,
    "sdn_xml": read_sdn_xml,
    "sdn_csv": read_sdn_csv,
    "entity_list": read_entity_list,
    "user": read_user_list,
}


def detect_format(path: Path) -> str:
    """The importer for a file, from its name and its first bytes."""
    head = path.read_bytes()[:4096].decode("utf-8", errors="replace").lstrip("\ufeff").lstrip()
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return "user"
    if head.startswith("<"):
        return "sdn_xml"
    if head.startswith("{") or head.startswith("["):
        return "ftm"
    first = next(csv.reader(io.StringIO(head)), [])
    lowered = {c.strip().casefold() for c in first}
    if {"source", "name"} <= lowered:
        return "entity_list"
    if first and first[0].strip().isdigit():
        return "sdn_csv"
    if "name" in lowered:
        return "user"
    raise RunAbort(f"{path}: cannot tell the list format; give --format "
                   f"({', '.join(LIST_READERS)})")


def import_watchlist(path: Path, list_name: str | None = None,
                     fmt: str | None = None) -> tuple[str, list[WatchEntry]]:
    """Read a watchlist file: (its list name, its entries)."""
    if not path.exists():
        raise RunAbort(f"{path}: no such file")
    fmt = fmt or detect_format(path)
    if fmt not in LIST_READERS:
        raise RunAbort(f"unknown watchlist format {fmt!r}; use one of {', '.join(LIST_READERS)}")
    name = list_name or {"sdn_xml": "ofac-sdn", "sdn_csv": "ofac-sdn",
                         "entity_list": "bis-entity-list",
                         "ftm": "opensanctions"}.get(fmt, path.stem)
    return name, LIST_READERS[fmt](path, name)


