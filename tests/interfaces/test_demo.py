"""`techties demo --no-serve` and `techties coverage` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from techties.interfaces.cli.app import app
from techties.model.curated import load_curated_events
from techties.store.event_filter import EventFilter
from techties.store.store import Store

runner = CliRunner()


def test_demo_builds_the_database_from_the_knowledge_base_and_the_samples(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TECHTIES_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("TECHTIES_DB", raising=False)
    url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    result = runner.invoke(app, ["demo", "--no-serve"])
    assert result.exit_code == 0, result.output
    assert "curated events" in result.output and "latest events" in result.output
    assert f"database {tmp_path / 'demo.sqlite'}" in result.output and "<Store" not in result.output
    # the demo ran the alert rules, and counts events as the dashboard does
    from techties.analysis.alerts import list_alerts
    from techties.interfaces.web.views import overview

    with Store.open(url) as store:
        data = overview(store)
        stored = list_alerts(store)
    # which alerts are active depends on today's date; that the rules ran and stored them does not
    assert stored, "the demo ran the alert rules"
    shown = {line.split("│")[1].strip(): line.split("│")[2].strip()
             for line in result.stdout.splitlines() if line.count("│") == 3}
    assert shown["events (as the dashboard counts them)"] == str(data["numbers"]["events"])
    assert shown["extracted events"] == str(data["numbers"]["extracted"])
    assert int(shown["alerts raised by the rules"]) > 0
    # the next plain command reads the demo's store
    listed = runner.invoke(app, ["events", "--format", "json", "--limit", "3"])
    assert listed.exit_code == 0 and len(listed.stdout.splitlines()) == 3
    with Store.open(url) as store:
        curated = store.events(EventFilter(origin="curated", limit=None))
        extracted = store.events(EventFilter(origin="extracted", limit=None))
        assert len(curated) == len(load_curated_events())
        assert extracted, "the samples went through extraction"
        # sample articles are about curated events: many of their events link to them
        assert sum(1 for e in extracted if e.curated_id) >= 10
        assert not store.failures()
    # a second run over the same database adds nothing
    again = runner.invoke(app, ["demo", "--no-serve", "--db", url])
    assert again.exit_code == 0, again.output
    with Store.open(url) as store:
        assert store.count_events() == len(curated) + len(extracted)


def test_coverage_json_has_the_promised_keys() -> None:
    result = runner.invoke(app, ["coverage", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"total", "without_url", "by_year", "by_domain", "by_type", "by_stage"} <= set(data)
    assert data["total"] == len(load_curated_events()) and data["without_url"] == 0
    assert set(data["by_year"]) >= {str(y) for y in range(2014, 2027)}
