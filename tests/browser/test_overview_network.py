"""The overview's "what is new" panel and the network's names, as drawn in Chromium."""

from __future__ import annotations

from typing import Any

from .conftest import Console, LiveServer, shot

LABELS = """() => {
  const cy = document.getElementById('graph').cy;
  const zoom = cy.zoom();
  const major = cy.nodes('[major = 1]');
  return {zoom: zoom, count: major.length,
          readable: major.filter(n => n.numericStyle('font-size') * zoom >= 10
            && n.numericStyle('min-zoomed-font-size') <= n.numericStyle('font-size') * zoom).length,
          names: major.map(n => n.data('label'))};
}"""


def test_the_strongest_nodes_are_named_at_the_default_zoom(live: LiveServer, page: tuple[Any, Console]) -> None:
    tab, _console = page
    tab.goto(f"{live.url}/network?window=all")
    tab.wait_for_selector("#graph[data-ready='1'] canvas")
    drawn = tab.evaluate(LABELS)
    assert drawn["count"] >= 5 and drawn["readable"] == drawn["count"], drawn
    assert all(drawn["names"])
    shot(tab, "15-network-named")


def test_the_overview_opens_with_what_is_new(live: LiveServer, page: tuple[Any, Console]) -> None:
    tab, _console = page
    assert "database: " in live.log.read_text(), "serve says which database it shows"
    tab.goto(f"{live.url}/?since=2000")
    assert tab.inner_text("#changes h2").startswith("New since 2000-01-01")
    assert int(tab.inner_text("#new-events").replace(",", "")) > 0
    tab.fill("#changes input[name=since]", "2099-01-01")
    tab.click("#changes button")
    tab.wait_for_url("**/?since=2099-01-01")
    assert tab.inner_text("#new-events") == "0"
    shot(tab, "16-overview-changes", full_page=True)
