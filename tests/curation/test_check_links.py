"""`techties curated check-links`: a record file's cited pages fetched from a real local server;
dead ones reported with the archived copy the (local stand-in of the) Wayback API names."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlencode

import pytest
from tests.sources.localserver import serve
from typer.testing import CliRunner

from techties.interfaces.cli.app import app

runner = CliRunner()


def _record(path: Path, alive: str, gone: str, erroring: str) -> Path:
    path.write_text(f"""events:
  - id: 2019-06-test-links-one
    date: 2019-06-05
    type: agreement
    stage: signed
    domains: [telecom_5g]
    china_actors: [cn-huawei]
    russia_actors: [ru-mts]
    summary: A test event citing one page that works and one that is gone.
    sources:
      - {{url: "{alive}", kind: independent_media}}
      - {{url: "{gone}", kind: state_media}}
  - id: 2019-07-test-links-two
    date: 2019-07-01
    type: agreement
    stage: signed
    domains: [telecom_5g]
    china_actors: [cn-huawei]
    russia_actors: [ru-mts]
    summary: A second test event citing the page that is gone and one that errors.
    sources:
      - {{url: "{gone}", kind: state_media}}
      - {{url: "{erroring}", kind: official}}
""", encoding="utf-8")
    return path


def test_check_links_reports_dead_pages_with_an_archived_copy(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TECHTIES_ALLOW_PRIVATE_URLS", "1")
    with serve() as server:
        alive = server.route("/news/alive", "<html><p>still here</p></html>")
        gone = server.url("/news/gone")  # not routed: the server answers 404
        erroring = server.route("/news/broken", "oops", status=503)
        snapshot = "http://web.archive.org/web/20190606000000/" + gone
        server.route("/wayback/available?" + urlencode({"url": gone}), json.dumps(
            {"archived_snapshots": {"closest": {"available": True, "url": snapshot, "status": "200"}}}))
        server.route("/wayback/available?" + urlencode({"url": erroring}), '{"archived_snapshots": {}}')
        record = _record(tmp_path / "events_test.yaml", alive, gone, erroring)
        result = runner.invoke(app, ["curated", "check-links", "--record", str(record), "--format", "json",
                                     "--all", "--archive-api", server.url("/wayback/available")])
    assert result.exit_code == 1, result.output
    rows = {r["url"]: r for r in map(json.loads, (x for x in result.stdout.splitlines() if x.startswith("{")))}
    assert rows[alive]["status"] == "ok" and rows[alive]["archived"] is None
    assert rows[gone]["status"] == "dead" and rows[gone]["archived"] == snapshot
    assert rows[gone]["events"] == ["2019-06-test-links-one", "2019-07-test-links-two"]
    assert rows[erroring]["status"] == "failing" and "503" in rows[erroring]["detail"]
    assert rows[erroring]["archived"] is None


def test_check_links_refuses_private_addresses_unless_allowed(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TECHTIES_ALLOW_PRIVATE_URLS", raising=False)
    with serve() as server:
        alive = server.route("/ok", "fine")
        record = _record(tmp_path / "events_test.yaml", alive, alive, alive)
        result = runner.invoke(app, ["curated", "check-links", "--record", str(record), "--format", "json",
                                     "--archive-api", server.url("/wayback/available")])
        assert not server.requests, "nothing is fetched from a loopback address"
    assert result.exit_code == 1
    (row,) = map(json.loads, (x for x in result.stdout.splitlines() if x.startswith("{")))
    assert row["status"] == "failing" and "loopback" in row["detail"]


def test_curated_without_subcommand_still_loads_the_record(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'c.sqlite'}"
    result = runner.invoke(app, ["curated", "--db", db])
    assert result.exit_code == 0, result.output
    assert "curated events in" in result.output
