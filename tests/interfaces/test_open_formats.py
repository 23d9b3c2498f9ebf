"""The record as an open dataset: FollowTheMoney entities read back by followthemoney's own
parser and validator, and the actor network read by networkx."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from techties.curation.seed import seed_curated
from techties.interfaces.cli.app import app
from techties.store.store import Store

runner = CliRunner()
ARTICLE = {"id": "own-1", "lang": "en", "published": "2025-03-02",
           "title": "Huawei and MTS open a 5G test zone",
           "text": "Huawei and MTS signed an agreement to open a joint 5G test zone in Kazan on Monday. "
                   "The partners said the zone would test network slicing for factories."}


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("open")
    db = f"sqlite:///{root / 'record.sqlite'}"
    with Store.open(db) as store:
        seed_curated(store)
    docs = root / "docs.jsonl"
    docs.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(docs), "--db", db]).exit_code == 0
    return db


def _entities(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_ftm_export_is_valid_followthemoney(database: str, tmp_path: Path) -> None:
    from followthemoney import model

    out = tmp_path / "record.ftm.json"
    result = runner.invoke(app, ["export", "--format", "ftm", "--origin", "curated", "-o", str(out),
                                 "--db", database])
    assert result.exit_code == 0, result.output
    entities = _entities(out)
    by_id = {e["id"]: e for e in entities}
    assert len(by_id) == len(entities), "entity ids are unique"
    for data in entities:  # the library's own parser, strict about schema and property names
        proxy = model.get_proxy(data, cleaned=False)
        assert proxy.schema.name == data["schema"]
    events = [e for e in entities if e["schema"] == "Event"]
    assert len(events) >= 250 and not any(e["id"].startswith("techties-event-ev_") for e in events)
    # where the accounts differ, the record's note travels as the event's notes
    from techties.model.curated import load_curated_events
    noted = {f"techties-event-{e.id}": e.accounts_differ for e in load_curated_events() if e.accounts_differ}
    assert noted and all(by_id[i]["properties"]["notes"] == [note] for i, note in noted.items())
    # every party an event involves is an entity of the file, typed by its kind
    involved = {i for e in events for i in e["properties"].get("involved", [])}
    assert involved and involved <= by_id.keys()
    assert by_id["techties-actor-ru-rosatom"]["schema"] == "Company"
    assert "Росатом" in " ".join(by_id["techties-actor-ru-rosatom"]["properties"]["alias"])
    # each cited page is an Article documented on its event
    links = [e for e in entities if e["schema"] == "Documentation"]
    assert {by_id[d["properties"]["document"][0]]["schema"] for d in links} == {"Article"}
    assert all(by_id[d["properties"]["entity"][0]]["schema"] == "Event" for d in links)
    # the command-line validator re-parses the stream and keeps every entity
    checked = tmp_path / "checked.json"
    subprocess.run([str(Path(sys.executable).with_name("ftm")), "validate", "-i", str(out),
                    "-o", str(checked)], check=True, capture_output=True)
    assert len(_entities(checked)) == len(entities)


def test_ftm_export_keeps_unresolved_parties_by_name(database: str, tmp_path: Path) -> None:
    out = tmp_path / "extracted.ftm.json"
    assert runner.invoke(app, ["export", "--format", "ftm", "--origin", "extracted", "-o", str(out),
                               "--db", database]).exit_code == 0
    entities = _entities(out)
    (event,) = [e for e in entities if e["schema"] == "Event"]
    names = {n for e in entities if e["id"] in event["properties"]["involved"]
             for n in e["properties"]["name"]}
    assert {"Huawei", "MTS"} <= names


def test_graphml_export_opens_in_networkx(database: str, tmp_path: Path) -> None:
    out = tmp_path / "actors.graphml"
    assert runner.invoke(app, ["export", "--format", "graphml", "--origin", "curated", "-o", str(out),
                               "--db", database]).exit_code == 0
    graph = nx.read_graphml(out)
    assert graph.number_of_nodes() > 50 and graph.number_of_edges() > 50
    assert {graph.nodes[n]["country"] for n in graph} == {"CN", "RU"}
    for a, b, data in graph.edges(data=True):  # ties join the two countries, weighted by events
        assert {graph.nodes[a]["country"], graph.nodes[b]["country"]} == {"CN", "RU"}
        assert data["weight"] >= 1 and data["first_date"] <= data["last_date"]
    assert graph.has_edge("cn-cnsa", "ru-roscosmos")
    assert graph.edges["cn-cnsa", "ru-roscosmos"]["weight"] >= 3


def test_export_rejects_unknown_origin(database: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "ftm", "--origin", "rumour",
                                 "-o", str(tmp_path / "x.json"), "--db", database])
    assert result.exit_code != 0 and "origin" in result.output
