"""The same pages and API answers over PostgreSQL as over SQLite."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from techties.interfaces.ingest import run_ingest
from techties.interfaces.web.app import create_app
from techties.model.curated import load_curated_events, load_projects
from techties.model.loader import load_actors
from techties.store.store import Store

from .sample_store import hostile_file


def test_pages_and_api_on_postgres(pg_url: str, tmp_path: Path) -> None:
    actors = load_actors()
    with Store.open(pg_url) as store:
        store.sync_actors(actors)
        store.save_curated(load_curated_events(), load_projects(), actors)
        assert not run_ingest([str(hostile_file(tmp_path))], store).failures
    with TestClient(create_app(pg_url), base_url="http://127.0.0.1") as client:
        queue = client.get("/api/v1/review/queue").json()
        assert queue["total"] >= 2
        event_id = queue["events"][0]["id"]
        for path in ("/", "/events?domain=space&date_from=2015&q=lunar&sort=confidence",
                     "/events?actor=роскосмос&side=RU", "/network?window=all", "/actors/ru-roscosmos",
                     "/domains/space", "/documents", "/projects", "/review", f"/events/{event_id}"):
            assert client.get(path).status_code == 200, path
        assert client.get("/api/v1/events", params={"actor": "роскосмос"}).json()["total"] > 0
        assert client.get("/api/v1/network", params={"domain": "space"}).json()["edges"]
        token = client.cookies.get("techties_csrf")
        edited = client.post(f"/api/v1/events/{event_id}/review", headers={"X-CSRF-Token": token or ""},
                             json={"action": "edit", "stage": "stalled", "domains": ["nuclear"]})
        assert edited.status_code == 200 and edited.json()["event"]["review_status"] == "edited"
        assert client.get(f"/api/v1/events/{event_id}/history").json()[0]["action"] == "edit"
