"""The OpenAlex API source against a real HTTP server on loopback: the co-publication
filter, mailto, cursor paging, and retries on rate limits and server errors."""

from __future__ import annotations

import pytest

from science.openalex_server import openalex_server
from science.openalex_works import sample_works
from techties.exceptions import RunAbort
from techties.sources.openalex_api import COPUBLICATION_FILTER, fetch_works, full_date, query_url


def _no_sleep(seconds: float) -> None:
    pass


def test_the_query_asks_for_both_sides_with_hong_kong_and_macau() -> None:
    url = query_url("https://api.openalex.org/works", since="2015-01-01", mailto="me@example.org")
    assert "institutions.country_code%3Acn%7Chk%7Cmo%2Cinstitutions.country_code%3Aru" in url
    assert "from_publication_date%3A2015-01-01" in url and "mailto=me%40example.org" in url
    assert "per-page=200" in url and "cursor" not in url
    assert "country_code:ru" in COPUBLICATION_FILTER


def test_partial_dates_become_the_full_dates_openalex_filters_want() -> None:
    assert full_date("2014") == "2014-01-01" and full_date("2014", end=True) == "2014-12-31"
    assert full_date("2024-02", end=True) == "2024-02-29" and full_date("2024-02") == "2024-02-01"
    assert full_date("2024-02-10", end=True) == "2024-02-10"
    url = query_url("https://api.openalex.org/works", since="2014", until="2020-06")
    assert "from_publication_date%3A2014-01-01" in url and "to_publication_date%3A2020-06-30" in url


def test_pages_are_followed_by_cursor_to_the_end() -> None:
    works = sample_works()
    pages = {"*": (works[:2], "c2"), "c2": (works[2:4], "c3"), "c3": (works[4:], "c4"), "c4": ([], None)}
    with openalex_server(pages) as api:
        url = query_url(api.url, mailto="me@example.org")
        got = list(fetch_works(url, sleep=_no_sleep))
    assert [len(p.works) for p in got] == [2, 2, 2, 0]
    assert [r["cursor"][0] for r in api.requests] == ["*", "c2", "c3", "c4"]
    assert api.requests[0]["mailto"] == ["me@example.org"]
    assert api.requests[0]["filter"] == [COPUBLICATION_FILTER]


def test_rate_limits_and_server_errors_are_retried() -> None:
    pages = {"*": (sample_works()[:1], None)}
    with openalex_server(pages) as api:
        api.failures["*"] = [429, 503, 500]
        slept: list[float] = []
        got = list(fetch_works(query_url(api.url), sleep=slept.append, backoff=0.5))
    assert len(got) == 1 and len(api.requests) == 4
    assert slept == [0.0, 1.0, 2.0]  # Retry-After: 0, then back-off doubling


def test_a_server_that_keeps_failing_aborts_the_run_with_a_way_on() -> None:
    with openalex_server({"*": ([], None)}) as api:
        api.failures["*"] = [503] * 10
        with pytest.raises(RunAbort, match="run the same command again to resume"):
            list(fetch_works(query_url(api.url), sleep=_no_sleep, retries=2))
    assert len(api.requests) == 3


def test_a_refusal_is_not_retried() -> None:
    with openalex_server({}) as api:
        with pytest.raises(RunAbort, match="HTTP 400"):
            list(fetch_works(query_url(api.url), sleep=_no_sleep))
    assert len(api.requests) == 1
