"""A project's path: its curated events oldest first and the stages they passed through."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from typer.testing import CliRunner

from techties.curation.projects import ProjectState, months_since, project_paths, project_state, stage_path
from techties.interfaces.cli.app import app
from techties.interfaces.web import views
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


def test_project_state_is_its_latest_dated_event_and_quiet_after_eighteen_months() -> None:
    events = [("2021-03-01", "signed"), (None, "announced"), ("2022-06", "implemented")]
    state = project_state(events, date(2023, 11, 30))
    assert (state.stage, state.date, state.quiet, state.months_quiet) == ("implemented", "2022-06", False, 17)
    assert project_state(events, date(2023, 12, 1)).quiet  # 18 months after June 2022
    # a year-only date counts from its December: vagueness never makes a project look quieter
    assert months_since("2022", date(2024, 6, 1)) == 18
    assert not project_state([("2022", "signed")], date(2024, 5, 31)).quiet
    assert project_state([(None, "announced")], date(2024, 1, 1)) == ProjectState(None, None, False, None)


def test_projects_command_and_page_show_latest_stage_and_quiet(sqlite_url: str) -> None:
    reactor = Project("test-reactor", "Quiet reactor", "A reactor deal that went silent.", ("nuclear",))
    events = [BASE, replace(BASE, id="2019-02-test-reactor-deal", date="2019-02-11", project="test-reactor",
                            domains=("nuclear",), stage="signed", summary="A reactor deal was signed.")]
    with Store.open(sqlite_url) as store:
        store.save_curated(events, [JET, reactor], load_actors())
        rows = {p["id"]: p for p in views.projects(store, today=date(2017, 11, 30))}
    assert rows["test-jet"]["latest_stage"] == "signed" and not rows["test-jet"]["quiet"]
    assert rows["test-reactor"]["latest_date"] == "2019-02-11" and not rows["test-reactor"]["quiet"]
    result = CliRunner().invoke(app, ["projects", "--as-of", "2020-06-15", "--db", sqlite_url],
                                terminal_width=250)
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if "test-jet" in x)
    assert "quiet 48 months" in line and "2016-06-25" in line
    line = next(x for x in result.output.splitlines() if "test-reactor" in x)
    assert "quiet" not in line and "signed" in line
    one = CliRunner().invoke(app, ["projects", "test-jet", "--as-of", "2020-06-15", "--db", sqlite_url])
    assert "latest: signed on 2016-06-25 — quiet for 48 months" in one.output
    bad = CliRunner().invoke(app, ["projects", "--as-of", "January", "--db", sqlite_url])
    assert bad.exit_code != 0
