"""The OpenAlex API as a source of works: a filter for works with both a Chinese (Hong Kong
and Macau included) and a Russian institution, cursor paging, a polite `mailto`, a pause
between requests, and retries with back-off on rate limits and server errors.

Resuming is the caller's: each page comes with the cursor of the page after it, which the
importer saves once the page is stored, and hands back here to go on.
"""

from __future__ import annotations

import calendar
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from techties import settings
from techties.exceptions import RunAbort

API_URL = "https://api.openalex.org/works"
# Two filters on one key are ANDed by OpenAlex; | is OR within one.
COPUBLICATION_FILTER = "institutions.country_code:cn|hk|mo,institutions.country_code:ru"
PER_PAGE = 200
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Page:
    works: list[dict[str, Any]]
    next_cursor: str | None  # None on the last page
    count: int | None  # how many works the query matches in all


def full_date(value: str, *, end: bool = False) -> str:
    """A partial date as OpenAlex's date filters want it: 2014 → 2014-01-01 (or 2014-12-31
    for the end of a period), 2014-05 → 2014-05-01 (or 2014-05-31)."""
    parts = value.strip().split("-")
    if len(parts) == 1:
        return f"{parts[0]}-12-31" if end else f"{parts[0]}-01-01"
    if len(parts) == 2:
        last = calendar.monthrange(int(parts[0]), int(parts[1]))[1]
        return f"{parts[0]}-{parts[1]}-{last if end else 1:02d}"
    return value.strip()


def query_url(base: str | None = None, *, since: str | None = None, until: str | None = None,
              mailto: str | None = None, extra_filter: str | None = None) -> str:
    """The works query without its cursor: the co-publication filter (unless `base` carries
    a filter of its own), publication dates, page size and mailto. It also keys resuming."""
    parts = urlsplit(base or settings.get("TECHTIES_OPENALEX_URL") or API_URL)
    params = dict(parse_qsl(parts.query))
    filters = [params.pop("filter", COPUBLICATION_FILTER)]
    if since:
        filters.append(f"from_publication_date:{full_date(since)}")
    if until:
        filters.append(f"to_publication_date:{full_date(until, end=True)}")
    if extra_filter:
        filters.append(extra_filter)
    params["filter"] = ",".join(filters)
    params.setdefault("per-page", str(PER_PAGE))
    if mailto:
        params["mailto"] = mailto
    params.pop("cursor", None)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(sorted(params.items())), ""))


def _delay(response: httpx.Response | None, attempt: int, backoff: float) -> float:
    if response is not None:
        after = response.headers.get("Retry-After", "")
        if after.replace(".", "", 1).isdigit():
            return min(float(after), 60.0)
    return float(backoff * (2 ** attempt))


def fetch_page(client: httpx.Client, url: str, cursor: str, *, retries: int = 5,
               backoff: float = 1.0, sleep: Callable[[float], None] = time.sleep) -> Page:
    """One page of works; a rate limit or a server error is retried, then aborts the run."""
    problem = ""
    for attempt in range(retries + 1):
        response: httpx.Response | None = None
        try:
            # the cursor joins the query's own parameters (httpx `params` would replace them)
            response = client.get(f"{url}{'&' if '?' in url else '?'}{urlencode({'cursor': cursor})}")
        except httpx.HTTPError as exc:
            problem = f"{type(exc).__name__}: {exc}"
        else:
            if response.status_code == 200:
                try:
                    data = response.json()
                except ValueError:
                    raise RunAbort(f"OpenAlex answered {url} with something that is not JSON") from None
                if not isinstance(data, dict) or not isinstance(data.get("results"), list):
                    raise RunAbort(f"OpenAlex answered {url} without a 'results' list")
                meta = data.get("meta") or {}
                return Page([w for w in data["results"] if isinstance(w, dict)],
                            meta.get("next_cursor") or None, meta.get("count"))
            if response.status_code not in RETRY_STATUS:
                raise RunAbort(f"OpenAlex refused {url}: HTTP {response.status_code} "
                               f"{response.text[:200]}")
            problem = f"HTTP {response.status_code}"
        if attempt < retries:
            sleep(_delay(response, attempt, backoff))
    raise RunAbort(f"OpenAlex did not answer {url} after {retries + 1} tries ({problem}); "
                   "run the same command again to resume")


def fetch_works(url: str, cursor: str | None = None, *, pause: float = 0.1, retries: int = 5,
                backoff: float = 1.0, sleep: Callable[[float], None] = time.sleep
                ) -> Iterator[Page]:
    """Pages of works from `cursor` (the first page without one) to the last."""
    current = cursor or "*"
    timeout = settings.fetch_timeout()
    with httpx.Client(timeout=timeout, headers={"User-Agent": "techties/0.1 (science import)"},
                      follow_redirects=True) as client:
        while True:
            page = fetch_page(client, url, current, retries=retries, backoff=backoff, sleep=sleep)
            yield page
            if not page.next_cursor or not page.works:
                return
            current = page.next_cursor
            sleep(pause)  # OpenAlex asks for at most ten requests a second
