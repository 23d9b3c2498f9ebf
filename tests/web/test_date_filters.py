"""Date filters of the pages and the API: a date not understood is said so, `since` is an alias."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_a_page_says_which_date_it_did_not_understand(client: TestClient) -> None:
    for path in ("/events", "/review", "/network"):
        page = client.get(path, params={"date_from": "2023-02-30"})
        assert page.status_code == 200
        assert "Date not understood" in page.text and "2023-02-30" in page.text, path
    page = client.get("/events", params={"date_to": "2024-13"})
    assert "no month 13" in page.text


def test_the_api_refuses_an_impossible_date(client: TestClient) -> None:
    answer = client.get("/api/v1/events", params={"date_from": "2023-02-30"})
    assert answer.status_code == 422 and "YYYY" in answer.text
    assert client.get("/api/v1/network", params={"date_to": "2024-1x"}).status_code == 422


def test_since_and_until_are_aliases_of_date_from_and_date_to(client: TestClient) -> None:
    plain = client.get("/api/v1/events", params={"date_from": "2016", "date_to": "2018"}).json()
    alias = client.get("/api/v1/events", params={"since": "2016", "until": "2018"}).json()
    everything = client.get("/api/v1/events").json()
    assert plain["total"] == alias["total"] < everything["total"]
    page = client.get("/events", params={"since": "2016", "until": "2018"})
    assert f"{plain['total']:,} events match" in page.text

