"""Every page renders on the sample data, escapes what documents say, and filters as asked."""

from __future__ import annotations

import csv
import io
import re

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from techties.interfaces.web.render import segments
from techties.model.loader import load_vocabulary

from .sample_store import SCRIPT_MARKERS

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>", re.I)


def _pages(client: TestClient) -> list[str]:
    events = client.get("/api/v1/events", params={"limit": 500}).json()["events"]
    extracted = next(e["id"] for e in events if e["origin"] == "extracted")
    curated = next(e["id"] for e in events if e["origin"] == "curated")
    document = client.get("/api/v1/documents").json()["documents"][0]["id"]
    project = client.get("/api/v1/projects").json()[0]["id"]
    return ["/", "/events", "/events?domain=space&sort=confidence&order=asc", f"/events/{extracted}",
            f"/events/{curated}", "/network", "/network?window=all", "/actors", "/actors/ru-roscosmos",
            "/domains", "/domains/space", "/documents", f"/documents/{document}", "/projects",
            f"/projects/{project}", "/review", "/login"]


def test_every_page_renders_with_security_headers(client: TestClient) -> None:
    for path in _pages(client):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"
        html = response.text
        assert not INLINE_SCRIPT.search(html), f"inline script on {path}"
        assert "cdn" not in html.lower() and "googleapis" not in html, path


def test_document_text_is_escaped_everywhere(client: TestClient) -> None:
    hostile = [e for e in client.get("/api/v1/events", params={"q": "xss", "limit": 50}).json()["events"]]
    hostile += client.get("/api/v1/events", params={"q": "Rosatom deal"}).json()["events"]
    assert hostile, "the hostile articles yielded events"
    paths = [f"/events/{e['id']}" for e in hostile] + [f"/documents/{e['document_id']}" for e in hostile]
    paths += ["/", "/events?q=xss", "/review", "/documents"]
    for path in paths:
        html = client.get(path).text
        for marker in ("<script>window", "<svg onload", "<svg/onload", "<img src=x", "<iframe",
                       "<b onmouseover", 'href="javascript:'):
            assert marker not in html, (path, marker)
    page = client.get(f"/events/{hostile[0]['id']}").text
    assert "&lt;script&gt;" in page
    assert any(m in client.get(f"/documents/{hostile[0]['document_id']}").text for m in ("&lt;script", "onerror="))
    assert SCRIPT_MARKERS


def test_evidence_is_highlighted_on_offsets() -> None:
    text = "Alpha beta. Gamma <delta>. Epsilon."
    start = text.index("Gamma")
    pieces = segments(text, [(start, start + 15, "Gamma <delta>. "[:15]), (0, 5, "Alpha"), (3, 9, "ha bet")])
    assert "".join(p for p, _ in pieces) == text
    assert [p for p, marked in pieces if marked] == ["Alpha bet", "Gamma <delta>. "]
    # offsets that no longer point at their sentence fall back to finding it
    assert [p for p, m in segments(text, [(100, 120, "Epsilon")]) if m] == ["Epsilon"]
    assert segments("", [(0, 3, "abc")]) == []


def test_filters_and_downloads_give_exactly_the_filtered_events(client: TestClient) -> None:
    params = {"domain": "space", "origin": "curated", "date_from": "2015", "sort": "date", "order": "asc"}
    page = client.get("/api/v1/events", params=params | {"limit": 500}).json()
    assert page["total"] == len(page["events"]) > 0
    assert all("space" in e["domains"] and e["origin"] == "curated" and e["date"] >= "2015"
               for e in page["events"])
    dates = [e["date"] for e in page["events"]]
    assert dates == sorted(dates)
    rows = list(csv.DictReader(io.StringIO(client.get("/api/v1/events", params=params | {"format": "csv"}).text)))
    assert [r["id"] for r in rows] == [e["id"] for e in page["events"]]
    book = load_workbook(io.BytesIO(client.get("/api/v1/events", params=params | {"format": "xlsx"}).content))
    sheet = book["events"]
    assert [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)] == [e["id"] for e in page["events"]]
    html = client.get("/events", params=params).text
    assert f"{page['total']:,} events match" in html
    assert "format=csv" in html and "domain=space" in html


@pytest.mark.parametrize("params", [
    {"actor": "ru-roscosmos"}, {"actor": "роскосмос"}, {"side": "RU", "actor": "Roscosmos"},
    {"lang": "ru"}, {"source": "official"}, {"review_status": "pending"}, {"q": "lunar"},
    {"type": "agreement", "stage": "signed"}, {"date_to": "2016-06"},
])
def test_each_filter_narrows(client: TestClient, params: dict[str, str]) -> None:
    total = client.get("/api/v1/events").json()["total"]
    found = client.get("/api/v1/events", params=params | {"limit": 500}).json()
    assert 0 < found["total"] < total, params
    for e in found["events"]:
        if "lang" in params:
            assert e["lang"] == params["lang"]
        if "review_status" in params:
            assert e["review_status"] == params["review_status"]
        if "date_to" in params:
            assert e["date"] and e["date"][:7] <= params["date_to"]
        if "type" in params:
            assert (e["type"], e["stage"]) == (params["type"], params["stage"])


def test_a_bad_filter_value_is_dropped_on_pages_and_refused_by_the_api(client: TestClient) -> None:
    page = client.get("/events", params={"domain": "no-such", "date_from": "yesterday"})
    assert page.status_code == 200 and "Ignored a bad value for: domain, date_from" in page.text
    assert client.get("/api/v1/events", params={"domain": "no-such"}).status_code == 422
    assert client.get("/api/v1/events", params={"limit": 0}).status_code == 422
    assert client.get("/events/nothing-here").status_code == 404
    assert client.get("/api/v1/events/nothing-here").json() == {"detail": "no event nothing-here"}


def test_pages_and_their_twins_agree(client: TestClient) -> None:
    overview = client.get("/api/v1/overview").json()
    html = client.get("/").text
    assert f"{overview['numbers']['events']:,}" in html
    assert overview["quarterly_by_domain"]["periods"] and overview["by_type"]
    network = client.get("/api/v1/network", params={"domain": "space"}).json()
    assert network["edges"] and {e["source"][:3] for e in network["edges"]} == {"cn-"}
    names = {n["id"]: n["name"] for n in network["nodes"]}
    assert all(e["source"] in names and e["target"] in names for e in network["edges"])
    actor = client.get("/api/v1/actors/ru-roscosmos").json()
    assert actor["events"] > 0 and actor["partners"] and "Роскосмос" in actor["aliases"]["ru"]
    assert "Роскосмос" in client.get("/actors/ru-roscosmos").text
    domain = client.get("/api/v1/domains/space").json()
    assert len(domain["rhetoric_delivery"]["rhetoric"]) == len(domain["trajectory"]["periods"])
    assert client.get("/domains/nope").status_code == 404


def test_a_curated_event_shows_where_accounts_differ(client: TestClient) -> None:
    from techties.model.curated import load_curated_events
    noted = next(e for e in load_curated_events() if e.accounts_differ)
    plain = next(e for e in load_curated_events() if not e.accounts_differ)
    detail = client.get(f"/api/v1/events/{noted.id}").json()["event"]
    assert detail["accounts_differ"] == noted.accounts_differ
    assert client.get(f"/api/v1/events/{plain.id}").json()["event"]["accounts_differ"] is None
    page = client.get(f"/events/{noted.id}").text
    assert 'id="accounts-differ"' in page and "Accounts differ" in page
    assert 'id="accounts-differ"' not in client.get(f"/events/{plain.id}").text


def test_an_actor_page_lists_its_latest_events_and_links_to_all(
        client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from techties.interfaces.web import views

    total = client.get("/api/v1/actors/ru-roscosmos").json()["events"]
    assert total > 2
    monkeypatch.setattr(views, "ACTOR_TIMELINE", 2)
    html = client.get("/actors/ru-roscosmos").text
    timeline = html[html.index("<h2>Timeline"):html.index('id="actor-all-events"')]
    assert timeline.count('<td class="summary">') == 2
    assert "(latest 2)" in timeline
    assert f'href="/events?actor=ru-roscosmos">All {total:,} events' in html


def test_stage_and_domain_colours_come_from_the_vocabulary(client: TestClient) -> None:
    theme = client.get("/theme.css").text
    for term in load_vocabulary("stage").terms:
        assert f".stage-{term.value} {{ color: {term.traits.ink}; }}" in theme
    assert ".dom-space" in theme
    assert ".stage-" not in client.get("/static/app.css").text  # no second list of stage colours
