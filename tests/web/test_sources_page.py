"""The Sources page and its JSON twin: every watched source with its health, failing and
stale ones marked, the error text escaped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient

from techties.store.source_state import SourceState, save_state
from techties.store.store import Store


def _watched(url: str) -> None:
    now = datetime.now(UTC)
    with Store.open(url) as store:
        save_state(store.engine, SourceState(
            url="https://tass.ru/rss/v2.xml", name="ТАСС", kind="state_media", lang="ru",
            interval=1800, last_poll=now, last_success=now, last_status="new", items_taken=42,
            last_items=3))
        save_state(store.engine, SourceState(
            url="https://example.org/broken.xml", name="Broken feed", interval=3600, last_poll=now,
            last_status="failed", failures=3, last_error="HTTP 503 <script>alert(1)</script>",
            last_success=now - timedelta(days=3)))
        save_state(store.engine, SourceState(
            url="https://example.org/quiet.xml", name="Quiet feed", kind="think_tank", interval=3600,
            last_success=now - timedelta(days=2)))


def test_the_sources_page_marks_failing_and_stale_sources(sample_url: str, client: TestClient) -> None:
    _watched(sample_url)
    data = client.get("/api/v1/sources").json()
    assert data["counts"] == {"ok": 1, "stale": 1, "failing": 1}
    assert [(s["name"], s["health"]) for s in data["sources"]] == \
        [("Broken feed", "failing"), ("Quiet feed", "stale"), ("ТАСС", "ok")]
    html = client.get("/sources").text
    assert 'class="health-failing"' in html and 'class="health-stale"' in html
    assert "HTTP 503 &lt;script&gt;" in html and "<script>alert(1)" not in html
    assert "3× in a row" in html and 'href="/api/v1/sources"' in html
    assert 'href="/sources"' in client.get("/").text  # in the navigation


def test_the_sources_page_says_how_to_start_when_nothing_is_watched(client: TestClient) -> None:
    assert "No source watched yet" in client.get("/sources").text
    assert client.get("/api/v1/sources").json()["sources"] == []
