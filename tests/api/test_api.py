"""The REST API: pagination, filters as on the pages, JSON and CSV, and the review actions."""

from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient


def test_pagination_walks_every_event_once(client: TestClient) -> None:
    total = client.get("/api/v1/events", params={"limit": 1}).json()["total"]
    seen: list[str] = []
    offset = 0
    while offset < total:
        page = client.get("/api/v1/events", params={"limit": 100, "offset": offset}).json()
        seen += [e["id"] for e in page["events"]]
        offset += 100
    assert len(seen) == len(set(seen)) == total


def test_review_queue_and_actions(client: TestClient) -> None:
    queue = client.get("/api/v1/review/queue", params={"limit": 5}).json()
    assert queue["total"] > 0 and all(e["review_status"] == "pending" and e["origin"] == "extracted"
                                      for e in queue["events"])
    first, second = queue["events"][0]["id"], queue["events"][1]["id"]
    token = client.get("/events").cookies.get("techties_csrf") or client.cookies.get("techties_csrf")
    headers = {"X-CSRF-Token": token or ""}
    edited = client.post(f"/api/v1/events/{first}/review", headers=headers, json={
        "action": "edit", "stage": "stalled", "domains": ["space"], "russia_actors": ["ru-roscosmos"],
        "note": "checked against the source"})
    assert edited.status_code == 200, edited.text
    event = edited.json()["event"]
    assert event["stage"] == "stalled" and event["domains"] == ["space"]
    assert event["russia_actors"] == ["Roscosmos"] and event["review_status"] == "edited"
    history = client.get(f"/api/v1/events/{first}/history").json()
    assert history[0]["reviewer"] == "local" and history[0]["changes"]["stage"][1] == "stalled"
    bad = client.post(f"/api/v1/events/{second}/review", headers=headers,
                      json={"action": "edit", "type": "party"})
    assert bad.status_code == 422
    assert client.get("/api/v1/review/queue").json()["total"] == queue["total"] - 1


def test_csv_of_actors_and_documents(client: TestClient) -> None:
    actors = list(csv.DictReader(io.StringIO(client.get("/api/v1/actors", params={
        "format": "csv", "country": "RU", "resolved": "true"}).text)))
    assert actors and all(a["country"] == "RU" for a in actors)
    docs = list(csv.DictReader(io.StringIO(client.get("/api/v1/documents", params={"format": "csv"}).text)))
    assert len(docs) == client.get("/api/v1/documents").json()["total"]


def test_series_stats_vocabulary_and_projects(client: TestClient) -> None:
    series = client.get("/api/v1/series", params={"by": "stage", "interval": "year",
                                                  "domain": "nuclear"}).json()
    assert series["periods"] == sorted(series["periods"]) and series["series"]
    assert all(len(v) == len(series["periods"]) for v in series["series"].values())
    stats = client.get("/api/v1/stats").json()
    assert stats["events"] == client.get("/api/v1/events").json()["total"]
    vocab = client.get("/api/v1/vocabulary").json()
    assert {"event_type", "stage", "domain"} <= set(vocab)
    projects = client.get("/api/v1/projects").json()
    with_events = [p for p in projects if p["events"]]
    assert with_events
    detail = client.get(f"/api/v1/projects/{with_events[0]['id']}").json()
    assert len(detail["events"]) == with_events[0]["events"]
    dates = [e["date"] for e in detail["events"]]
    assert dates == sorted(dates)


def test_schema_lists_every_operation(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/v1/events", "/api/v1/events/{event_id}", "/api/v1/events/{event_id}/review",
                 "/api/v1/actors", "/api/v1/actors/{actor_id}", "/api/v1/documents", "/api/v1/network",
                 "/api/v1/projects", "/api/v1/stats", "/api/v1/series", "/api/v1/overview",
                 "/api/v1/review/queue", "/api/v1/domains/{domain}"):
        assert path in paths, path
    domain = next(p for p in paths["/api/v1/events"]["get"]["parameters"] if p["name"] == "domain")
    assert "space" in domain["schema"]["enum"], "the allowed values come from the vocabulary"


def test_a_curated_event_lists_its_cited_pages_as_the_record_does(client: TestClient) -> None:
    curated = client.get("/api/v1/events", params={"origin": "curated", "limit": 1}).json()["events"][0]
    cited = client.get(f"/api/v1/events/{curated['id']}").json()["event"]["cited"]
    assert cited
    # the record's EventSource: the curator's kind of page, and no document of ours behind it
    assert all(set(c) == {"url", "kind", "publisher", "published", "lang", "title", "document_id"}
               for c in cited)
    assert all(c["url"].startswith("http") and c["kind"] and c["document_id"] is None for c in cited)
