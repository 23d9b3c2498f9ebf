"""The Sources page in Chromium: failing and stale sources are marked, the page has no
console error, and it is screenshotted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from techties.store.source_state import SourceState, save_state
from techties.store.store import Store

from .conftest import Console, LiveServer, shot


def test_sources_page_marks_unhealthy_sources(live: LiveServer, page: tuple[Any, Console]) -> None:
    now = datetime.now(UTC)
    with Store.open(live.db) as store:
        for state in (
            SourceState(url="https://tass.ru/rss/v2.xml", name="ТАСС", kind="state_media", lang="ru",
                        interval=1800, last_poll=now, last_success=now, last_status="unchanged",
                        items_taken=128, next_poll=now + timedelta(minutes=30)),
            SourceState(url="https://sputniknews.cn/export/rss2/archive/index.xml",
                        name="俄罗斯卫星通讯社", kind="state_media", lang="zh", interval=3600,
                        last_poll=now, last_success=now, last_status="new", items_taken=57,
                        last_items=4, next_poll=now + timedelta(hours=1)),
            SourceState(url="https://example.org/sanctions.atom", name="Sanctions notices",
                        kind="sanctions_notice", lang="en", interval=21600, last_poll=now,
                        last_status="failed", failures=4, last_error="HTTP 503 Service Unavailable",
                        last_success=now - timedelta(days=3), next_poll=now + timedelta(hours=9),
                        items_taken=12),
            SourceState(url="https://example.org/think-tank/feed/", name="A think tank",
                        kind="think_tank", lang="en", interval=21600,
                        last_success=now - timedelta(days=4), last_poll=now - timedelta(days=4),
                        last_status="unchanged", items_taken=9),
        ):
            save_state(store.engine, state)
    tab, _console = page
    tab.goto(f"{live.url}/sources")
    failing = tab.locator("tr.health-failing")
    assert failing.count() == 1 and "Sanctions notices" in failing.inner_text()
    assert "HTTP 503" in failing.inner_text()
    assert tab.locator("tr.health-stale").count() == 1
    assert tab.locator("tr.health-ok").count() == 2
    # the marks are visible, not only class names: a coloured badge and a coloured edge
    badge = tab.locator("tr.health-failing .badge.health").evaluate(
        "e => getComputedStyle(e).backgroundColor")
    assert badge not in ("rgba(0, 0, 0, 0)", "rgb(238, 241, 245)")
    assert tab.locator("nav.mainnav a.active").inner_text().strip() == "Sources"
    shot(tab, "20-sources", full_page=True)
