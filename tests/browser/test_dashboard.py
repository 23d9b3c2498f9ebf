"""The dashboard in a real browser against a live `techties serve`: every page loads with no
console error and is screenshotted; filters, evidence, the review queue, login and logout
work; and script carried by documents never runs."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

import httpx

from web.sample_store import HOSTILE

from .conftest import Console, LiveServer, shot

NO_XSS = """() => window.__xss === undefined
  && document.querySelectorAll('[onerror],[onload],[onmouseover],iframe,svg script').length === 0
  && Array.from(document.scripts).every(s => s.src || s.type === 'application/json')"""


def _api(live: LiveServer, path: str, **params: Any) -> Any:
    return httpx.get(f"{live.url}{path}", params=params, timeout=30).json()


def _wait_charts(tab: Any) -> None:
    for chart in tab.query_selector_all("[data-chart]"):
        chart.wait_for_selector("canvas")


def test_every_page_renders_and_is_screenshotted(live: LiveServer, page: tuple[Any, Console]) -> None:
    tab, console = page
    events = _api(live, "/api/v1/events", limit=500)["events"]
    extracted = next(e for e in events if e["origin"] == "extracted" and e["lang"] == "zh")
    curated = next(e for e in events if e["origin"] == "curated" and e["project_id"])
    actor = "ru-roscosmos"
    pages = [("01-overview", "/"), ("02-events", "/events"), ("03-event-extracted", f"/events/{extracted['id']}"),
             ("04-event-curated", f"/events/{curated['id']}"), ("05-network", "/network?window=all"),
             ("06-actors", "/actors"), ("07-actor", f"/actors/{actor}"), ("08-domains", "/domains"),
             ("09-domain", "/domains/space"), ("10-documents", "/documents"),
             ("11-document", f"/documents/{extracted['document_id']}"), ("12-projects", "/projects"),
             ("13-project", f"/projects/{curated['project_id']}"), ("14-review", "/review")]
    for name, path in pages:
        response = tab.goto(live.url + path)
        assert response is not None and response.status == 200, path
        _wait_charts(tab)
        if path.startswith("/network"):
            tab.wait_for_selector("#graph[data-ready='1'] canvas")
        assert tab.evaluate(NO_XSS), path
        if name == "12-projects":  # each project's state, as the API gives it
            state = {p["name"]: p for p in _api(live, "/api/v1/projects")}
            first = tab.locator("table.data tbody tr").first
            cells = first.locator("td").all_inner_texts()
            project = state[cells[0].strip()]
            assert cells[4].strip() == (project["latest_date"] or "—")
            expected = f"quiet {project['months_quiet']} months" if project["quiet"] else project["latest_stage"]
            assert cells[5].strip() == expected
        shot(tab, name, full_page=name in {"01-overview", "03-event-extracted", "07-actor", "09-domain"})
    assert not console.errors


def test_filters_sorting_download_and_evidence(live: LiveServer, page: tuple[Any, Console]) -> None:
    tab, _console = page
    tab.goto(f"{live.url}/events")
    tab.select_option("#f-domain", "space")
    tab.select_option("#f-origin", "curated")
    tab.fill("input[name=date_from]", "2016")
    tab.click("#apply-filters")
    tab.wait_for_url(re.compile(r"domain=space"))
    expected = _api(live, "/api/v1/events", domain="space", origin="curated", date_from="2016")["total"]
    assert tab.inner_text(".lede").startswith(f"{expected:,} events match")
    badges = tab.locator("table.events tbody tr").first.inner_text()
    assert "Space" in badges
    tab.click("text=Conf.")
    tab.wait_for_url(re.compile(r"sort=confidence"))
    with tab.expect_download() as download:
        tab.click("#download-csv")
    rows = list(csv.DictReader(io.StringIO(open(download.value.path(), encoding="utf-8").read())))
    assert len(rows) == expected
    assert all("space" in r["domains"] for r in rows)
    shot(tab, "15-events-filtered")

    tab.goto(f"{live.url}/events?origin=extracted&lang=ru")
    tab.locator("table.events tbody td.summary a").first.click()
    tab.wait_for_url(re.compile(r"/events/ev_"))
    assert tab.locator("mark.evidence").count() >= 1
    assert tab.locator("#doc-text").inner_text().strip()


def test_review_queue_accept_and_edit(live: LiveServer, page: tuple[Any, Console]) -> None:
    tab, _console = page
    before = _api(live, "/api/v1/review/queue")["total"]
    tab.goto(f"{live.url}/review")
    first = tab.locator("button[value=accept]").first
    accepted_id = first.get_attribute("data-event")
    first.click()
    tab.wait_for_selector("#review-done")
    assert "accepted" in tab.inner_text("#review-done")
    assert _api(live, f"/api/v1/events/{accepted_id}")["event"]["review_status"] == "accepted"
    assert _api(live, "/api/v1/review/queue")["total"] == before - 1

    tab.locator("a:has-text('Edit')").first.click()
    tab.wait_for_url(re.compile(r"/events/ev_.*#review"))
    edited_id = tab.url.split("/events/")[1].split("#")[0]
    tab.select_option("#edit-stage", "stalled")
    tab.fill("#edit-date", "2020-02")
    tab.check("input[name=domains][value=quantum]")
    tab.fill("#edit-russia", "ru-roscosmos\nНовая организация")
    tab.locator("#edit-form input[name=note]").fill("checked against the article")
    tab.click("#save-edit")
    tab.wait_for_selector("#review-done")
    event = _api(live, f"/api/v1/events/{edited_id}")
    assert event["event"]["stage"] == "stalled" and event["event"]["date"] == "2020-02"
    assert "quantum" in event["event"]["domains"]
    assert event["event"]["russia_actors"] == ["Roscosmos", "Новая организация"]
    history = tab.locator("#history tr.history-row")
    assert history.count() == 1 and "local" in history.first.inner_text()
    shot(tab, "16-event-after-edit", full_page=True)


def test_script_in_documents_never_runs(live: LiveServer, page: tuple[Any, Console]) -> None:
    tab, console = page
    hostile = [e for e in _api(live, "/api/v1/events", limit=500, date_from="2024-05")["events"]
               if e["document_id"] and e["document_title"] in {d["title"] for d in HOSTILE}]
    assert len(hostile) >= 2
    for e in hostile:
        for path in (f"/events/{e['id']}", f"/documents/{e['document_id']}"):
            tab.goto(live.url + path)
            tab.hover("#doc-text")
            for link in tab.locator("a[href^='javascript']").all():
                raise AssertionError(f"javascript: link on {path}: {link}")
            assert tab.evaluate(NO_XSS), path
            assert "<script>" in tab.inner_text("body"), "the markup is shown as text"
    tab.goto(f"{live.url}/events?q=pact")
    assert tab.evaluate(NO_XSS)
    shot(tab, "17-hostile-event")
    tab.goto(f"{live.url}/events/{hostile[0]['id']}")
    shot(tab, "18-hostile-event-page", full_page=True)
    assert not console.dialogs


def test_login_and_logout(live_login: LiveServer, page: tuple[Any, Console]) -> None:
    tab, _console = page
    tab.goto(f"{live_login.url}/network")
    tab.wait_for_url(re.compile(r"/login\?next="))
    shot(tab, "19-login")
    tab.fill("#username", "ana")
    tab.fill("#password", "wrong password")
    tab.click("#login-submit")
    assert "Wrong user name or password" in tab.inner_text("#login-error")
    tab.fill("#username", "ana")
    tab.fill("#password", "analyst-pass")
    tab.click("#login-submit")
    tab.wait_for_url(re.compile(r"/network$"))
    assert "ana" in tab.inner_text(".account")
    tab.goto(f"{live_login.url}/review")
    assert tab.locator("button[value=accept]").count() > 0
    tab.click("#logout")
    tab.wait_for_url(re.compile(r"/login$"))
    tab.goto(f"{live_login.url}/")
    tab.wait_for_url(re.compile(r"/login\?next="))
    assert httpx.get(f"{live_login.url}/api/v1/overview").status_code == 401


def test_a_curated_event_page_shows_diverging_accounts(live: LiveServer, page: tuple[Any, Console]) -> None:
    from techties.model.curated import load_curated_events
    tab, console = page
    noted = next(e for e in load_curated_events() if e.accounts_differ)
    response = tab.goto(f"{live.url}/events/{noted.id}")
    assert response is not None and response.status == 200
    panel = tab.locator("#accounts-differ")
    assert panel.is_visible()
    assert " ".join(panel.inner_text().split()).find(noted.accounts_differ or "") >= 0
    shot(tab, "15-event-accounts-differ", full_page=True)
    assert not console.errors
