"""The CLI's extract, events, actors and export commands on documents written for these tests."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from techties.interfaces.cli.app import app

runner = CliRunner()

DOCUMENTS = [
    {"id": "t1", "lang": "en", "published": "2022-03-01", "title": "Huawei and MTS test 5G in Moscow",
     "text": "Huawei and MTS launched a pilot 5G network in Moscow on Tuesday, the Russian operator said."},
    {"id": "t2", "lang": "ru", "published": "2021-09-10", "title": "",
     "text": "Роскосмос и Китайское национальное космическое управление подписали соглашение о "
             "создании Международной научной лунной станции."},
    {"id": "t3", "lang": "en", "published": "2020-01-01", "title": "City marathon",
     "text": "Thousands of runners took part in the city marathon on Sunday despite the rain."},
    "not json at all",
]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "docs.jsonl"
    lines = [d if isinstance(d, str) else json.dumps(d, ensure_ascii=False) for d in DOCUMENTS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_extract_writes_one_prediction_per_document(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 1, "the broken line is reported as a failed item"
    preds = {p["id"]: p for p in map(json.loads, out.read_text().splitlines())}
    assert set(preds) == {"t1", "t2", "t3"}
    assert preds["t1"]["relevant"] and not preds["t3"]["relevant"]
    event = preds["t1"]["events"][0]
    assert {"type", "stage", "domains", "china_actors", "russia_actors", "date", "evidence", "confidence"} <= set(event)
    assert "Huawei" in event["china_actors"] and "MTS" in event["russia_actors"]
    assert preds["t2"]["events"][0]["russia_actors"] == ["Roscosmos"]


@pytest.fixture()
def database(corpus: Path, tmp_path: Path) -> str:
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    runner.invoke(app, ["ingest", str(corpus), "--db", db])
    return db


def test_events_filters_and_formats(database: str) -> None:
    result = runner.invoke(app, ["events", "--db", database, "--domain", "space", "--format", "json"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all("space" in r["domains"] for r in rows)
    result = runner.invoke(app, ["events", "--db", database, "--actor", "huawei", "--format", "csv"])
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert table and all("Huawei" in r["china_actors"] for r in table)
    result = runner.invoke(app, ["events", "--db", database, "--since", "2022", "--format", "json"])
    assert all(json.loads(line)["date"] >= "2022" for line in result.stdout.splitlines())
    assert runner.invoke(app, ["events", "--db", database, "--domain", "nonsense"]).exit_code != 0


def test_export_formats(database: str, tmp_path: Path) -> None:
    xlsx = tmp_path / "events.xlsx"
    assert runner.invoke(app, ["export", "--db", database, "-o", str(xlsx)]).exit_code == 0
    sheet = load_workbook(xlsx).active
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert header[:4] == ["id", "date", "type", "stage"]
    assert sheet.max_row >= 3
    jsonl = tmp_path / "events.jsonl"
    assert runner.invoke(app, ["export", "--db", database, "-o", str(jsonl), "--lang", "ru"]).exit_code == 0
    assert all(json.loads(line)["lang"] == "ru" for line in jsonl.read_text().splitlines())


def test_actors_lists_counts(database: str) -> None:
    result = runner.invoke(app, ["actors", "--db", database, "--search", "Huawei", "--format", "json"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert any(r["name"] == "Huawei" and r["events"] >= 1 for r in rows)
