"""Are the record's sources still online? Each cited page is fetched through the same guards
as ingest (public addresses, size and time caps); a dead one gets the closest copy the Internet
Archive holds, so the record can cite the archive before the page is forgotten.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlencode

from techties.exceptions import ItemError
from techties.model.curated import CuratedEvent
from techties.sources.urls import Fetched, fetch_url

WAYBACK_API = "https://archive.org/wayback/available"
# A page answering with one of these is gone; anything else that fails may be passing trouble.
DEAD_PREFIXES = ("HTTP 404", "HTTP 410", "HTTP 451")


@dataclass(frozen=True)
class LinkCheck:
    url: str
    events: tuple[str, ...]  # the record ids that cite it
    status: str  # ok, dead (the server says it is gone), failing (error, timeout, refused)
    detail: str = ""
    archived: str | None = None  # the closest archived copy, for links that are not ok


Fetcher = Callable[[str], Fetched]


def cited_urls(events: Iterable[CuratedEvent]) -> dict[str, tuple[str, ...]]:
    """Each distinct cited URL with the events that cite it, in record order."""
    citing: dict[str, list[str]] = defaultdict(list)
    for event in events:
        for source in event.sources:
            if event.id not in citing[source.url]:
                citing[source.url].append(event.id)
    return {url: tuple(ids) for url, ids in citing.items()}


def archived_copy(url: str, fetch: Fetcher, api: str = WAYBACK_API) -> str | None:
    """The Wayback Machine's closest snapshot of `url`, or None when it has none or is down."""
    try:
        answer = json.loads(fetch(f"{api}?{urlencode({'url': url})}").body)
        closest = answer.get("archived_snapshots", {}).get("closest") or {}
    except (ItemError, ValueError, AttributeError):
        return None
    found = closest.get("url") if closest.get("available") else None
    return str(found) if found else None


def check_link(url: str, events: tuple[str, ...], fetch: Fetcher, api: str = WAYBACK_API) -> LinkCheck:
    try:
        fetch(url)
    except ItemError as error:
        status = "dead" if error.message.startswith(DEAD_PREFIXES) else "failing"
        return LinkCheck(url, events, status, error.message, archived_copy(url, fetch, api))
    return LinkCheck(url, events, "ok")


def check_links(urls: dict[str, tuple[str, ...]], *, allow_private: bool = False, workers: int = 8,
                api: str = WAYBACK_API, timeout: float | None = None) -> list[LinkCheck]:
    """Every URL checked, a few at a time; results in the order given."""

    def fetch(url: str) -> Fetched:
        return fetch_url(url, allow_private=allow_private, timeout=timeout)

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return list(pool.map(lambda item: check_link(item[0], item[1], fetch, api), urls.items()))
