"""A project's path: its curated events oldest first and the stages they passed through."""

from __future__ import annotations

from dataclasses import replace

from typer.testing import CliRunner

from techties.curation.projects import project_paths, stage_path
from techties.interfaces.cli.app import app
from techties.model.curated import CuratedEvent, CuratedSource, Project
from techties.model.loader import load_actors
from techties.store.store import Store

JET = Project("test-jet", "Test airliner", "A jet two makers build together.", ("aerospace",))
BASE = CuratedEvent(
    id="2016-06-test-jet-agreement", date="2016-06-25", type="agreement", stage="signed",
    domains=("aerospace",), china_actors=("cn-comac",), russia_actors=("ru-uac",),
    summary="The makers agreed to build the jet.", project="test-jet",
    sources=(CuratedSource("https://example.org/jet", "state_media"),))


def test_stage_path_collapses_repeats_in_order() -> None:
    assert stage_path(["announced", "signed", "signed", "implemented", "stalled"]) == \
        ["announced", "signed", "implemented", "stalled"]
    assert stage_path([]) == []


def test_project_events_read_oldest_first_from_announcement_to_stall(sqlite_url: str) -> None:
    events = [
        replace(BASE, id="2023-08-test-jet-partner-leaves", date="2023-08", type="friction",
                stage="stalled", summary="One maker left."),
        BASE,
        replace(BASE, id="2015-09-test-jet-plan", date="2015-09", stage="announced",
                summary="The makers planned the jet."),
        replace(BASE, id="2017-05-test-jet-venture", date="2017-05-22", type="investment",
                stage="implemented", summary="Their joint venture opened."),
    ]
    with Store.open(sqlite_url) as store:
        store.save_curated(events, [JET], load_actors())
        (path,) = project_paths(store, "test-jet")
    assert [e.date for e in path.events] == ["2015-09", "2016-06-25", "2017-05-22", "2023-08"]
    assert path.stages == ["announced", "signed", "implemented", "stalled"]
    assert path.span == ("2015-09", "2023-08")
    result = CliRunner().invoke(app, ["projects", "test-jet", "--db", sqlite_url])
    assert result.exit_code == 0, result.output
    assert "announced → signed → implemented → stalled" in result.output
    missing = CliRunner().invoke(app, ["projects", "no-such", "--db", sqlite_url])
    assert missing.exit_code != 0
