"""One date for an event: a plain-text story dated only by its dateline is listed, filtered,
shown and counted with that date on every screen (the command line, the web, the analysis)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from techties.analysis.alerts import store_events
from techties.interfaces.cli.app import app
from techties.interfaces.web.app import create_app
from techties.store.store import Store

runner = CliRunner()

STORIES = {
    "ru": ("Москва, 14 мая 2024 года. Российская компания «Ростелеком» и китайская корпорация "
           "Huawei подписали соглашение о сотрудничестве в области искусственного интеллекта. "
           "Стороны намерены вместе разрабатывать решения для обработки данных.\n"),
    "en": ("BEIJING, May 14, 2024 -- China's Huawei and Russia's Rostelecom signed an agreement on "
           "joint research in artificial intelligence, the companies said. They plan to open a "
           "joint laboratory in Moscow.\n"),
}


@pytest.fixture(params=sorted(STORIES))
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    story = tmp_path / f"story_{request.param}.txt"
    story.write_text(STORIES[request.param], encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'dates.sqlite'}"
    result = runner.invoke(app, ["ingest", str(story), "--db", db])
    assert result.exit_code == 0, result.output
    return db


def _events(db: str, *args: str) -> list[dict[str, object]]:
    result = runner.invoke(app, ["events", "--db", db, "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_dateline_dates_the_event_everywhere(store_url: str) -> None:
    events = _events(store_url, "--since", "2024-05")
    assert events, "the event is inside --since 2024-05"
    event = events[0]
    assert event["date"] == "2024-05-14"
    assert event["date_precision"] == "day" and event["date_basis"] == "dateline"
    assert _events(store_url, "--until", "2024-05-14")
    assert not _events(store_url, "--since", "2024-06")
    assert not _events(store_url, "--until", "2024-04")
    shown = runner.invoke(app, ["show", str(event["id"]), "--db", store_url])
    assert shown.exit_code == 0 and "2024-05-14" in shown.stdout
    detail = json.loads(runner.invoke(app, ["show", str(event["id"]), "--db", store_url,
                                            "--json"]).stdout)
    assert detail.get("event", detail)["date"] == "2024-05-14"
    csv_out = runner.invoke(app, ["events", "--db", store_url, "--format", "csv"]).stdout
    assert "2024-05-14" in csv_out and "dateline" in csv_out
    with Store.open(store_url) as store:
        merged = {e.id: e for e in store_events(store)}
    assert merged[str(event["id"])].date == "2024-05-14"
    with TestClient(create_app(store_url), base_url="http://127.0.0.1") as client:
        listed = client.get("/api/v1/events", params={"date_from": "2024-05"}).json()["events"]
        assert [e["date"] for e in listed] == ["2024-05-14"]
        assert not client.get("/api/v1/events", params={"date_from": "2024-06"}).json()["events"]
        series = client.get("/api/v1/series", params={"interval": "quarter"}).json()
        assert series["periods"] == ["2024-Q2"] and series["undated_in_interval"] == 0
