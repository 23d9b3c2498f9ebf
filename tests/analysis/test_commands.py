"""The analysis commands end to end: watchlist import and list, alerts (raised once, Atom
feed), brief, backtest, indicators and recluster."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from techties.interfaces.cli.app import app
from techties.model.curated import Project
from techties.model.loader import load_actors
from techties.store.store import Store

from .test_alerts import _history

LISTS = Path(__file__).resolve().parents[1] / "fixtures" / "watchlists"
runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'cli.sqlite'}"
    with Store.open(url) as store:
        actors = load_actors()
        store.sync_actors(actors)
        store.save_curated(_history(), [Project("tianwan-7-8", "Tianwan 7 and 8", "",
                                                ("nuclear",))], actors)
    return url


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_watchlists_import_and_list(db: str) -> None:
    _run("watchlist", "import", str(LISTS / "sdn.xml"), "--db", db)
    _run("watchlist", "import", str(LISTS / "consolidated_screening_list.csv"), "--db", db)
    _run("watchlist", "add", "Xiamen Limbach Aircraft Engine", "--list", "mine", "--db", db)
    counts = [json.loads(line) for line in
              _run("watchlist", "list", "--format", "json", "--db", db).splitlines()]
    assert {c["list"]: c["entries"] for c in counts} == {"bis-entity-list": 2, "mine": 1,
                                                          "ofac-sdn": 2}
    # importing again replaces the list rather than adding to it
    _run("watchlist", "import", str(LISTS / "sdn.xml"), "--db", db)
    entries = _run("watchlist", "list", "--list", "ofac-sdn", "--format", "json", "--db", db)
    assert len(entries.splitlines()) == 2


def test_alerts_are_scanned_once_listed_fed_and_dismissed(db: str, tmp_path: Path) -> None:
    first = [json.loads(line) for line in _run("alerts", "scan", "--format", "json", "--no-deliver",
                                               "--db", db).splitlines()]
    assert first and all(a["new"] for a in first)
    assert any(a["rule_id"] == "watchlist" for a in first)
    again = _run("alerts", "scan", "--format", "json", "--no-deliver", "--db", db)
    assert again.strip() == ""  # each alert is raised once
    feed = tmp_path / "alerts.atom"
    listed = [json.loads(line) for line in _run("alerts", "list", "--format", "json", "--until", "2022-12",
                                                "--feed", str(feed), "--db", db).splitlines()]
    assert listed and not any(a["new"] for a in listed)
    assert all(a["period"] <= "2022-12" for a in listed)
    assert feed.read_bytes().startswith(b"<?xml") and b"urn:techties:alert:" in feed.read_bytes()
    table = _run("alerts", "list", "--rule", "surge-domain", "--db", db)
    assert "Surge in Nuclear" in table
    gone = listed[0]["id"]
    assert f"dismissed {gone}" in _run("alerts", "dismiss", gone, "--db", db)
    still = [json.loads(line)["id"] for line in _run("alerts", "list", "--format", "json", "--limit", "500",
                                                     "--db", db).splitlines()]
    assert gone not in still
    shown_all = _run("alerts", "list", "--all", "--format", "json", "--limit", "500", "--db", db)
    assert gone in shown_all


def test_brief_backtest_indicators_and_recluster(db: str, tmp_path: Path) -> None:
    _run("brief", "--since", "2021-01", "--until", "2021-12", "-o", str(tmp_path / "b.md"),
         "--db", db)
    assert "## Alerts of the period" in (tmp_path / "b.md").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in _run("indicators", "--per", "year", "--by", "domain",
                                              "--format", "json", "--db", db).splitlines()]
    assert {"group", "key", "period", "events", "delivery_ratio"} <= set(rows[0])
    projects = _run("indicators", "--projects", "--db", db)
    assert "tianwan-7-8" in projects
    assert "happenings reported by several" in runner.invoke(app, ["recluster", "--db", db]).output
    result = json.loads(_run("backtest", "--format", "json"))
    assert {r["rule"] for r in result["rules"]} >= {"surge-domain", "first-appearance",
                                                     "naive-baseline"}


def test_a_bad_month_or_format_aborts_with_one_message(db: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["brief", "--since", "2024-13", "-o", str(tmp_path / "x.html"),
                                 "--db", db])
    assert result.exit_code != 0
    result = runner.invoke(app, ["brief", "--since", "2024-01", "-o", str(tmp_path / "x.docx"),
                                 "--db", db])
    assert result.exit_code != 0
