"""The science API under /api/v1/science: twins of the Science page, pairs (JSON and CSV),
trends, a pair's view and co-publications in an actor's profile."""

from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient


def test_overview_and_its_domain_filter(client: TestClient) -> None:
    data = client.get("/api/v1/science").json()
    assert data["summary"]["works"] == 40 and data["summary"]["pairs"] > 10
    assert data["top_pairs"][0]["china"] == "Tsinghua University"
    assert all(p["defence_linked"] for p in data["defence_pairs"])
    quantum = client.get("/api/v1/science", params={"domain": "quantum"}).json()
    assert 0 < quantum["summary"]["works"] < 40
    assert client.get("/api/v1/science", params={"domain": "astrology"}).status_code == 422


def test_pairs_page_filter_and_csv(client: TestClient) -> None:
    page = client.get("/api/v1/science/pairs", params={"limit": 5}).json()
    assert page["total"] > 5 and len(page["pairs"]) == 5
    defence = client.get("/api/v1/science/pairs", params={"defence_linked": "true"}).json()
    assert defence["total"] >= 1 and all(p["defence_linked"] for p in defence["pairs"])
    rows = list(csv.DictReader(io.StringIO(client.get("/api/v1/science/pairs",
                                                      params={"format": "csv"}).text)))
    assert len(rows) == page["total"] and rows[0]["china"] == "Tsinghua University"


def test_trend_pair_view_and_actor_profile(client: TestClient) -> None:
    years = client.get("/api/v1/science/trend", params={"by": "year"}).json()
    assert sum(y["works"] for y in years) == 40
    by_domain = client.get("/api/v1/science/trend").json()
    assert {"year", "domain", "works"} == set(by_domain[0])
    pair = client.get("/api/v1/science/pairs/cn-pku/ru-msu").json()
    assert pair["works"] == 3 and pair["china"]["name"] == "Peking University"
    assert sum(len(y["works"]) for y in pair["timeline"]) == 3
    assert client.get("/api/v1/science/pairs/cn-nowhere/ru-msu").status_code == 404
    actor = client.get("/api/v1/actors/ru-msu").json()
    assert actor["science"]["works"] >= 10 and actor["science"]["partners"]
    assert client.get("/api/v1/actors/ru-roscosmos").json()["science"] is None
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/v1/science", "/api/v1/science/pairs", "/api/v1/science/trend",
            "/api/v1/science/pairs/{china}/{russia}"} <= set(paths)
