"""The Science page, a pair's view and an actor page with co-publications, in a real browser
against a live `techties serve` over the sample store (sample co-publications included)."""

from __future__ import annotations

from typing import Any

import httpx

from .conftest import Console, LiveServer, shot


def _wait_charts(tab: Any) -> None:
    for chart in tab.query_selector_all("[data-chart]"):
        chart.wait_for_selector("canvas")


def test_science_page_shows_trajectory_pairs_and_defence_pairs(live: LiveServer,
                                                               page: tuple[Any, Console]) -> None:
    tab, console = page
    response = tab.goto(f"{live.url}/science")
    assert response is not None and response.status == 200
    _wait_charts(tab)
    assert tab.locator("nav.mainnav a.active").inner_text() == "Science"
    assert int(tab.locator("#science-numbers .big").first.inner_text()) == 40
    top = tab.locator("#top-pairs tbody tr").first.inner_text()
    assert "Tsinghua University" in top and "Lomonosov Moscow State University" in top
    defence = tab.locator("#defence-pairs").inner_text()
    assert "Harbin Institute of Technology" in defence and "defence-linked" in defence
    assert tab.locator("#science-years tbody tr").count() == 12
    csv_text = httpx.get(live.url + tab.locator("#pairs-csv").get_attribute("href"), timeout=30).text
    assert csv_text.startswith("china,") and "Harbin Institute of Technology" in csv_text
    shot(tab, "20-science", full_page=True)
    # the domain filter narrows every panel, and the page's JSON twin agrees
    tab.select_option("select[name=domain]", "quantum")
    tab.click("form.inline button")
    tab.wait_for_url("**/science?domain=quantum")
    _wait_charts(tab)
    shown = int(tab.locator("#science-numbers .big").first.inner_text())
    twin = httpx.get(f"{live.url}/api/v1/science", params={"domain": "quantum"}, timeout=30).json()
    assert shown == twin["summary"]["works"] and 0 < shown < 40
    # a pair's view puts the news events and the papers of the pair side by side
    tab.click("#top-pairs tbody tr:first-child td.num a")
    tab.wait_for_url("**/science/pairs/**")
    assert "Co-publications" in tab.locator("#pair-timeline thead").inner_text()
    assert tab.locator("#pair-timeline .pair-item").count() >= 2
    shot(tab, "21-science-pair", full_page=True)
    assert not console.errors


def test_pair_view_shows_a_memorandum_beside_the_papers(live: LiveServer, page: tuple[Any, Console]) -> None:
    tab, _console = page
    twin = httpx.get(f"{live.url}/api/v1/science/pairs/cn-pku/ru-msu", timeout=30).json()
    assert twin["works"] >= 1
    response = tab.goto(f"{live.url}/science/pairs/cn-pku/ru-msu")
    assert response is not None and response.status == 200
    rows = tab.locator("#pair-timeline tbody tr")
    assert rows.count() == len(twin["timeline"])
    if twin["events"]:
        assert tab.locator("#pair-timeline a[href^='/events/']").count() == twin["events"]
    shot(tab, "22-science-pair-events", full_page=True)


def test_actor_page_shows_co_publications_beside_events(live: LiveServer, page: tuple[Any, Console]) -> None:
    tab, console = page
    response = tab.goto(f"{live.url}/actors/ru-msu")
    assert response is not None and response.status == 200
    _wait_charts(tab)
    tab.locator("#copublications").wait_for()
    assert tab.locator("#actor-works canvas").count() >= 1
    partners = tab.locator("#science-partners").inner_text()
    assert "Tsinghua University" in partners and "Chinese Academy of Sciences" in partners
    assert tab.locator("#actor-works-table tbody tr").count() >= 10
    shot(tab, "23-actor-copublications", full_page=True)
    # an actor without co-publications shows no empty science panels
    tab.goto(f"{live.url}/actors/ru-roscosmos")
    assert tab.locator("#copublications").count() == 0
    assert not console.errors
