"""An OpenAlex work as a record: its institutions with their countries, its topics, and
whether it is a China–Russia co-publication.

Reads the work object of the OpenAlex API and snapshot alike (both hold the same fields);
older snapshots without `topics` fall back to `primary_topic`. Hong Kong and Macau count
as China, as the issue's definition of a co-publication asks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from techties.exceptions import ItemError
from techties.model.actor_ids import normal_ror, short_openalex_id
from techties.records import content_id

SIDE_OF_COUNTRY = {"CN": "CN", "HK": "CN", "MO": "CN", "RU": "RU"}


@dataclass(frozen=True)
class Institution:
    """An institution of a work's authorships, as OpenAlex names it."""

    id: str  # the OpenAlex id (I123), or a content id when OpenAlex gives none
    name: str
    country: str | None  # ISO 3166 code as OpenAlex gives it
    ror: str | None = None
    lineage: tuple[str, ...] = ()  # OpenAlex ids of the institutions it belongs to

    @property
    def side(self) -> str | None:
        """CN (Hong Kong and Macau included), RU, or None for any other country."""
        return SIDE_OF_COUNTRY.get(self.country or "")


@dataclass(frozen=True)
class Topic:
    id: str  # T123
    name: str
    subfield: int | None
    field: int | None
    score: float | None = None


@dataclass(frozen=True)
class Work:
    """One OpenAlex work, reduced to what co-publication analysis needs."""

    id: str  # W123
    title: str
    year: int | None
    published: str | None  # YYYY-MM-DD
    doi: str | None
    type: str | None
    venue: str | None
    cited_by: int
    institutions: tuple[Institution, ...]
    topics: tuple[Topic, ...]

    def on_side(self, side: str) -> tuple[Institution, ...]:
        return tuple(i for i in self.institutions if i.side == side)

    @property
    def is_copublication(self) -> bool:
        """At least one Chinese (HK, MO included) and one Russian institution."""
        return bool(self.on_side("CN")) and bool(self.on_side("RU"))


def _code(value: Any) -> int | None:
    """The numeric code at the end of an OpenAlex field or subfield id."""
    if isinstance(value, dict):
        value = value.get("id")
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        tail = value.rstrip("/").rsplit("/", 1)[-1]
        return int(tail) if tail.isdigit() else None
    return None


def _topic(raw: Any) -> Topic | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        return None
    score = raw.get("score")
    return Topic(id=short_openalex_id(raw["id"]), name=str(raw.get("display_name") or ""),
                 subfield=_code(raw.get("subfield")), field=_code(raw.get("field")),
                 score=float(score) if isinstance(score, int | float) else None)


def _institution(raw: Any) -> Institution | None:
    if not isinstance(raw, dict):
        return None
    name = str(raw.get("display_name") or "").strip()
    country = raw.get("country_code")
    country = country.upper() if isinstance(country, str) and country else None
    ror = raw.get("ror")
    if isinstance(raw.get("id"), str) and raw["id"].strip():
        ident = short_openalex_id(raw["id"])
    elif name:
        ident = content_id(name.casefold(), country or "", prefix="name:")
    else:
        return None
    lineage = tuple(short_openalex_id(x) for x in raw.get("lineage") or () if isinstance(x, str))
    return Institution(id=ident, name=name or ident, country=country,
                       ror=normal_ror(ror) if isinstance(ror, str) and ror.strip() else None,
                       lineage=tuple(x for x in lineage if x != ident))


def parse_work(raw: Any, source: str) -> Work:
    """A Work from an OpenAlex work object; ItemError when it is not one."""
    if not isinstance(raw, dict):
        raise ItemError(source, "not a JSON object")
    ident = raw.get("id")
    if not isinstance(ident, str) or not ident.strip():
        raise ItemError(source, "an OpenAlex work needs an 'id'")
    institutions: dict[str, Institution] = {}
    authorships = raw.get("authorships") or []
    if not isinstance(authorships, list):
        raise ItemError(source, "'authorships' is not a list")
    for authorship in authorships:
        for inst_raw in (authorship or {}).get("institutions") or []:
            inst = _institution(inst_raw)
            if inst is not None:
                institutions.setdefault(inst.id, inst)
    raw_topics = raw.get("topics") or ([raw["primary_topic"]] if raw.get("primary_topic") else [])
    topics = tuple(t for t in (_topic(x) for x in raw_topics) if t is not None)
    year = raw.get("publication_year")
    published = raw.get("publication_date")
    venue = ((raw.get("primary_location") or {}).get("source") or {}).get("display_name")
    doi = raw.get("doi")
    cited = raw.get("cited_by_count")
    return Work(
        id=short_openalex_id(ident), title=str(raw.get("display_name") or raw.get("title") or "").strip(),
        year=year if isinstance(year, int) and 1000 < year < 3000 else None,
        published=published if isinstance(published, str) and len(published) == 10 else None,
        doi=doi if isinstance(doi, str) and doi else None,
        type=raw.get("type") if isinstance(raw.get("type"), str) else None,
        venue=venue if isinstance(venue, str) else None,
        cited_by=cited if isinstance(cited, int) else 0,
        institutions=tuple(institutions.values()), topics=topics)
