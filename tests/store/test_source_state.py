"""The watched sources' state on SQLite and on PostgreSQL: saved, replaced, read back with
aware timestamps, and judged ok, stale or failing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from techties.store.source_state import (
    SourceState,
    forget_state,
    list_states,
    load_states,
    save_state,
)
from techties.store.store import Store

BACKENDS = [
    pytest.param("sqlite_url", id="sqlite"),
    pytest.param("pg_url", id="postgres", marks=pytest.mark.postgres),
]
NOW = datetime(2026, 12, 6, 6, 0, tzinfo=UTC)


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    url = request.getfixturevalue(request.param)
    with Store.open(url) as opened:
        yield opened


def test_state_round_trips_and_is_replaced_by_url(store: Store) -> None:
    state = SourceState(url="https://example.org/feed.xml", name="Example", kind="state_media",
                        lang="ru", interval=1800, last_poll=NOW, last_success=NOW, last_status="new",
                        etag='"v1"', last_modified="Sun, 06 Dec 2026 05:00:00 GMT", items_taken=4,
                        last_items=4, next_poll=NOW + timedelta(minutes=30))
    save_state(store.engine, state)
    state.name, state.etag, state.items_taken = "Example News", '"v2"', 6
    save_state(store.engine, state)
    (loaded,) = load_states(store.engine).values()
    assert loaded == state
    assert loaded.last_poll is not None and loaded.last_poll.tzinfo is not None
    assert forget_state(store.engine, state.url) and load_states(store.engine) == {}
    assert not forget_state(store.engine, state.url)


def test_sources_are_listed_failing_then_stale_then_ok(store: Store) -> None:
    now = datetime.now(UTC)
    save_state(store.engine, SourceState(url="https://a.example/f", name="A ok", interval=3600,
                                         last_success=now))
    save_state(store.engine, SourceState(url="https://b.example/f", name="B failing", interval=3600,
                                         last_success=now, failures=2, last_error="HTTP 503"))
    save_state(store.engine, SourceState(url="https://c.example/f", name="C stale", interval=3600,
                                         last_success=now - timedelta(days=2)))
    assert [(s.name, s.health()) for s in list_states(store.engine)] == \
        [("B failing", "failing"), ("C stale", "stale"), ("A ok", "ok")]


def test_health_rules() -> None:
    state = SourceState(url="u", name="n", interval=6 * 3600)
    assert state.health(NOW) == "stale"  # never answered
    state.last_success = NOW - timedelta(hours=17)
    assert state.health(NOW) == "ok"  # within three intervals (18 h), and a day
    state.last_success = NOW - timedelta(hours=25)
    assert state.health(NOW) == "stale"
    state.failures = 1
    assert state.health(NOW) == "failing"
