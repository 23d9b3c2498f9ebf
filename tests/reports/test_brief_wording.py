"""What a brief says: its period runs to the month asked, a side with no party does not lead,
a quotation is never cited without its subject, and headlines end on whole words; and
`backtest --db` replays a store's curated events."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from typer.testing import CliRunner

from analysis.factories import report
from techties.analysis.events import merge_cluster
from techties.analysis.periods import current_month, month_label
from techties.interfaces.cli.app import app
from techties.interfaces.reports.brief import _development, build_brief
from techties.interfaces.reports.citations import headline, is_bare_quotation
from techties.store.store import Store

runner = CliRunner()


def test_a_bare_quotation_is_told_from_a_sentence_with_its_subject() -> None:
    names = ["Roscosmos", "CNSA"]
    assert is_bare_quotation("“We will build the station together,” he said.", names)
    assert is_bare_quotation("«Мы построим станцию вместе», — сказал он.", names)
    assert not is_bare_quotation("“We will build it together,” Roscosmos said on Monday.", names)
    assert not is_bare_quotation("Roscosmos and CNSA signed an agreement on a lunar station.", names)


def test_a_headline_ends_on_a_whole_word() -> None:
    cut = ("Roscosmos and the China National Space Administration agreed on Tuesday to extend "
           "their cooperation on the International Lunar Research Station to a joint robotic "
           "mission, a shared data centre and training for engineers from both countries in Harb")
    shown = headline(cut)
    assert shown.endswith("…") and not shown.endswith("Harb…")
    assert shown[:-1] == cut[: len(shown) - 1]
    assert headline("Huawei opens a lab in Moscow.") == "Huawei opens a lab in Moscow."


def test_no_side_leads_an_event_it_has_no_party_in() -> None:
    text = "The memorandum was signed in Beijing by Roscosmos and a university."
    alone = replace(report("r1", "2024-03", document="d1", cn=()), summary=text)
    assert merge_cluster([alone], set()).lead_side is None
    both = replace(report("r2", "2024-03", document="d2"), summary=text)
    assert merge_cluster([both], set()).lead_side == "CN"


def test_a_development_from_a_quotation_gets_a_headline_naming_the_parties() -> None:
    quote = "“We will fly to the Moon together,” he said."
    event = merge_cluster([replace(report("r3", "2024-03", document="d3"), summary=quote)], set())
    development = _development(event)
    assert development.headline.startswith("Agreement (signed): cn-cnsa and ru-roscosmos")
    assert all(not is_bare_quotation(t, ["cn-cnsa", "ru-roscosmos"]) for t in development.evidence)


def test_the_period_runs_to_this_month_by_default(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'b.sqlite'}") as store:
        built = build_brief(store, "2020-01")
    assert built.until == month_label(current_month())


def test_backtest_replays_the_curated_events_of_a_store(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'kb.sqlite'}"
    assert runner.invoke(app, ["curated", "--db", db]).exit_code == 0
    files = json.loads(runner.invoke(app, ["backtest", "--format", "json"]).stdout)
    stored = json.loads(runner.invoke(app, ["backtest", "--format", "json", "--db", db]).stdout)
    assert stored["events"] > 100 and stored["first"] == files["first"]
    # a store holding only the curated events of 2018 replays those
    with Store.open(db) as store, store.engine.begin() as conn:
        from sqlalchemy import delete

        from techties.store.models import EventModel

        conn.execute(delete(EventModel).where(EventModel.date.not_like("2018%")))
    fewer = json.loads(runner.invoke(app, ["backtest", "--format", "json", "--db", db]).stdout)
    assert fewer["events"] < stored["events"] and fewer["last"].startswith("2018")
