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



def test_an_edited_date_must_be_a_real_day(client: TestClient) -> None:
    from techties.interfaces.web.auth import CSRF_COOKIE

    event_id = client.get("/api/v1/review/queue").json()["events"][0]["id"]
    client.get(f"/events/{event_id}")
    token = client.cookies[CSRF_COOKIE]
    api = client.post(f"/api/v1/events/{event_id}/review", json={"action": "edit", "date": "2023-02-30"},
                      headers={"X-CSRF-Token": token})
    assert api.status_code == 422
    form = client.post(f"/events/{event_id}/review", data={"action": "edit", "date": "2023-02-30",
                                                          "csrf": token}, follow_redirects=False)
    assert form.status_code == 422
    assert client.get(f"/api/v1/events/{event_id}").json()["event"]["review_status"] == "pending"
