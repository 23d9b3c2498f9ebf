"""The filters of the events table, network and documents, one definition for pages and API.

Allowed values come from the model (vocabularies) and the store, never from a list typed
here. The API validates strictly (a bad value is a 422 that names it); a page drops a bad
value and says so, since it came from a link or a form the reader can fix.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Annotated, Any

from fastapi import Query
from pydantic import AfterValidator

from techties.interfaces.user_dates import FORMS, DateInputError, optional_partial_date
from techties.model.loader import load_vocabulary
from techties.model.source_kinds import SOURCE_KINDS
from techties.store.read.documents import DocumentFilter
from techties.store.read.events import DOCUMENT_SOURCE_KINDS, EventFilter
from techties.store.read.events import SORT_KEYS as SORTS
from techties.store.read.network import NetworkFilter

ORIGINS = ("extracted", "curated")
REVIEW_STATUSES = ("pending", "accepted", "edited", "rejected", "verified")
SIDES = ("CN", "RU")
SOURCES = DOCUMENT_SOURCE_KINDS + SOURCE_KINDS
LANG = r"^[a-z]{2,3}$"
MAX_TEXT = 200
MAX_LIMIT = 500
MAX_OFFSET = 10_000_000


@cache
def vocab(name: str) -> tuple[str, ...]:
    return load_vocabulary(name).values


@cache
def labels(name: str) -> dict[str, str]:
    return {t.value: t.label for t in load_vocabulary(name).terms}


def _choice(values: tuple[str, ...]) -> str:
    return "^(" + "|".join(re.escape(v) for v in values) + ")$"


def choice_query(values: tuple[str, ...], description: str) -> Any:
    """A query parameter that takes one of `values` (listed as an enum in the schema)."""
    return Query(pattern=_choice(values), description=description,
                 json_schema_extra={"enum": list(values)})


def text_query(description: str) -> Any:
    return Query(max_length=MAX_TEXT, pattern=r"^[^\x00-\x1f]*$", description=description)


def date_query(description: str, alias: str | None = None) -> Any:
    """A partial-date query parameter; its value is checked against the calendar (see DateParam)."""
    return Query(max_length=MAX_TEXT, alias=alias, description=f"{description} ({FORMS['day']}).")


def _api_date(value: str | None) -> str | None:
    return optional_partial_date(value)


# a bad date is a 422 whose message names the expected form
DateParam = AfterValidator(_api_date)


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Events per page.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Events to skip.")]


def api_event_filter(
    domain: Annotated[str | None, choice_query(vocab("domain"), "Technology domain.")] = None,
    type: Annotated[str | None, choice_query(vocab("event_type"), "Event type.")] = None,  # noqa: A002
    stage: Annotated[str | None, choice_query(vocab("stage"), "Stage.")] = None,
    actor: Annotated[str | None, text_query("Actor id, or part of an actor's name.")] = None,
    side: Annotated[str | None, choice_query(SIDES, "Country side: the actor (or any actor) "
                                             "on the Chinese or Russian side.")] = None,
    date_from: Annotated[str | None, date_query("From this date"), DateParam] = None,
    date_to: Annotated[str | None, date_query("Up to this date"), DateParam] = None,
    since: Annotated[str | None, date_query("Same as date_from"), DateParam] = None,
    until: Annotated[str | None, date_query("Same as date_to"), DateParam] = None,
    lang: Annotated[str | None, Query(pattern=LANG, description="Document language.")] = None,
    source: Annotated[str | None, choice_query(SOURCES, "How the document arrived, or the kind "
                                               "of page a curated event cites.")] = None,
    origin: Annotated[str | None, choice_query(ORIGINS, "Curated or extracted.")] = None,
    review_status: Annotated[str | None, choice_query(REVIEW_STATUSES, "Review status.")] = None,
    project: Annotated[str | None, text_query("Project id.")] = None,
    document_id: Annotated[str | None, text_query("Events of this document.")] = None,
    q: Annotated[str | None, text_query("Words in the summary or the document title.")] = None,
    sort: Annotated[str, Query(pattern=_choice(tuple(SORTS)), description="Sort key.",
                               json_schema_extra={"enum": list(SORTS)})] = "date",
    order: Annotated[str, Query(pattern="^(asc|desc)$", json_schema_extra={"enum": ["asc", "desc"]},
                                description="Sort order.")] = "desc",
    limit: Limit = 50,
    offset: Offset = 0,
) -> EventFilter:
    """The events filter of the API (a FastAPI dependency)."""
    return EventFilter(domain=domain, type=type, stage=stage, actor=actor, side=side,
                       date_from=date_from or since, date_to=date_to or until, lang=lang, source=source,
                       origin=origin, review_status=review_status, project=project,
                       document_id=document_id, q=q,
                       sort=sort, order=order, limit=limit, offset=offset)


@dataclass
class Parsed:
    """A filter read from a page's query string, and the values that were dropped."""

    value: Any
    dropped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # why a dropped date was not understood


def _clean(params: Mapping[str, str], name: str, pattern: str | None = None,
           values: tuple[str, ...] | None = None, dropped: list[str] | None = None) -> str | None:
    raw = (params.get(name) or "").strip()
    if not raw:
        return None
    ok = len(raw) <= MAX_TEXT and "\x00" not in raw
    if ok and values is not None:
        ok = raw in values
    if ok and pattern is not None:
        ok = re.match(pattern, raw) is not None
    if not ok:
        if dropped is not None:
            dropped.append(name)
        return None
    return raw


def _date(params: Mapping[str, str], name: str, dropped: list[str], notes: list[str],
          alias: str | None = None) -> str | None:
    """A date filter (or its alias, `since` for `date_from`); a bad one is dropped with a note."""
    key = name if (params.get(name) or "").strip() or alias is None else alias
    try:
        return optional_partial_date(params.get(key))
    except DateInputError as exc:
        dropped.append(key)
        notes.append(f"{key}: {exc}")
        return None


def _int(params: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    try:
        return min(max(int(params.get(name) or default), low), high)
    except ValueError:
        return default


def page_event_filter(params: Mapping[str, str], limit: int = 50) -> Parsed:
    """The events filter of a page's query string; unknown values are dropped and listed."""
    dropped: list[str] = []
    notes: list[str] = []

    def get(name: str, **kw: Any) -> str | None:
        return _clean(params, name, dropped=dropped, **kw)

    f = EventFilter(
        domain=get("domain", values=vocab("domain")), type=get("type", values=vocab("event_type")),
        stage=get("stage", values=vocab("stage")), actor=get("actor"),
        side=get("side", values=SIDES), date_from=_date(params, "date_from", dropped, notes, "since"),
        date_to=_date(params, "date_to", dropped, notes, "until"), lang=get("lang", pattern=LANG),
        source=get("source", values=SOURCES), origin=get("origin", values=ORIGINS),
        review_status=get("review_status", values=REVIEW_STATUSES), project=get("project"),
        document_id=get("document_id"), q=get("q"), sort=get("sort", values=tuple(SORTS)) or "date",
        order=get("order", values=("asc", "desc")) or "desc",
        limit=_int(params, "limit", limit, 1, MAX_LIMIT),
        offset=_int(params, "offset", 0, 0, MAX_OFFSET))
    return Parsed(f, dropped, notes)


def page_network_filter(params: Mapping[str, str], default_from: str | None) -> Parsed:
    dropped: list[str] = []
    notes: list[str] = []
    window = params.get("window", "")
    date_from = _date(params, "date_from", dropped, notes, "since")
    if date_from is None and window != "all" and "date_from" not in params and "since" not in params:
        date_from = default_from
    nf = NetworkFilter(
        domain=_clean(params, "domain", values=vocab("domain"), dropped=dropped),
        type=_clean(params, "type", values=vocab("event_type"), dropped=dropped),
        date_from=date_from,
        date_to=_date(params, "date_to", dropped, notes, "until"),
        min_weight=_int(params, "min_weight", 1, 1, 1000),
        limit=_int(params, "limit", 300, 10, 1000))
    return Parsed(nf, dropped, notes)


def page_document_filter(params: Mapping[str, str]) -> Parsed:
    dropped: list[str] = []
    relevant = params.get("relevant")
    df = DocumentFilter(
        lang=_clean(params, "lang", pattern=LANG, dropped=dropped),
        source_kind=_clean(params, "source_kind", values=DOCUMENT_SOURCE_KINDS, dropped=dropped),
        duplicates=_clean(params, "duplicates", values=("only", "exclude"), dropped=dropped),
        relevant=True if relevant == "yes" else False if relevant == "no" else None,
        q=_clean(params, "q", dropped=dropped),
        limit=_int(params, "limit", 50, 1, MAX_LIMIT), offset=_int(params, "offset", 0, 0, MAX_OFFSET))
    return Parsed(df, dropped)
