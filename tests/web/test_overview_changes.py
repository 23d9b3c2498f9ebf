"""The overview answers "what changed": new events, actors, ties and alerts since a date the
analyst picks, else since their last visit; the review queue sorts least sure first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import update

from techties.interfaces.web import visits
from techties.store.models import EventModel
from techties.store.store import Store


def test_what_is_new_since_a_picked_date(client: TestClient, sample_url: str) -> None:
    with Store.open(sample_url) as store, store.engine.begin() as conn:
        # everything entered the store a year ago, but for one event entered yesterday
        conn.execute(update(EventModel).values(created_at=datetime.now(UTC) - timedelta(days=365)))
        newest = conn.execute(EventModel.__table__.select().where(EventModel.origin == "curated")
                              .limit(1)).one()
        conn.execute(update(EventModel).where(EventModel.id == newest.id)
                     .values(created_at=datetime.now(UTC) - timedelta(days=1)))
    week = (datetime.now(UTC) - timedelta(days=7)).date().isoformat()
    changes = client.get("/api/v1/overview", params={"since": week}).json()["changes"]
    assert changes["counts"]["events"] == 1 and [e["id"] for e in changes["events"]] == [newest.id]
    everything = client.get("/api/v1/overview", params={"since": "2000"}).json()["changes"]
    assert everything["counts"]["events"] > 1 and everything["counts"]["actors"] > 0
    assert everything["counts"]["ties"] > 0
    page = client.get("/", params={"since": week}).text
    assert f"New since {week}" in page and newest.id in page
    assert client.get("/", params={"since": "2024-13"}).text.count("Date not understood") == 1
    assert client.get("/api/v1/overview", params={"since": "2024-13"}).status_code == 422


def test_the_overview_counts_from_the_last_visit() -> None:
    now = datetime(2026, 5, 1, 12, tzinfo=UTC)
    first, cookie = visits.last_visit(None, now)
    assert first is None
    # a reload within the visit keeps counting from the previous visit (none yet)
    again, cookie = visits.last_visit(cookie, now + timedelta(minutes=5))
    assert again is None
    # a day later, the last visit is the one that ended
    later, _cookie = visits.last_visit(cookie, now + timedelta(days=1))
    assert later == now + timedelta(minutes=5)
    assert visits.last_visit("garbage", now)[0] is None


def test_the_overview_sets_the_visit_cookie(client: TestClient) -> None:
    response = client.get("/")
    assert visits.COOKIE in response.cookies and "the last 30 days" in response.text


def test_the_review_queue_sorts_least_sure_first(client: TestClient) -> None:
    page = client.get("/review")
    assert 'id="least-sure"' in page.text and "sort=confidence" in page.text
    queue = client.get("/api/v1/review/queue", params={"sort": "confidence", "order": "asc",
                                                       "limit": 50}).json()["events"]
    confidences = [e["confidence"] for e in queue]
    assert len(confidences) > 2 and confidences == sorted(confidences)
