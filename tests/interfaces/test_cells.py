"""Text that a spreadsheet would run as a formula leaves every CSV and XLSX export as text."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from typer.testing import CliRunner

from techties.interfaces.cells import neutral
from techties.interfaces.cli.app import app
from techties.interfaces.web.app import create_app

runner = CliRunner()
FORMULA = "=cmd|' /C calc'!A0"
DOCUMENT = {"id": "f1", "lang": "en", "published": "2023-04-02", "title": FORMULA,
            "text": "Huawei and MTS launched a pilot 5G network in Moscow on Tuesday, "
                    "the Russian operator said."}


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1"])
def test_formula_starts_get_a_quote(text: str) -> None:
    assert neutral(text) == "'" + text


@pytest.mark.parametrize("value", ["Huawei", "2023-04-02", "", 0.8, -3, None])
def test_other_values_unchanged(value: object) -> None:
    assert neutral(value) == value


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("cells")
    corpus = folder / "docs.jsonl"
    corpus.write_text(json.dumps(DOCUMENT) + "\n", encoding="utf-8")
    db = f"sqlite:///{folder / 'cells.sqlite'}"
    assert runner.invoke(app, ["ingest", str(corpus), "--db", db]).exit_code == 0
    return db


def _title_cell(path: Path) -> tuple[object, str]:
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows())
    column = [c.value for c in rows[0]].index("document_title")
    cell = rows[1][column]
    return cell.value, cell.data_type


def test_cli_exports_keep_the_formula_as_text(database: str, tmp_path: Path) -> None:
    xlsx = tmp_path / "e.xlsx"
    assert runner.invoke(app, ["export", "--db", database, "-o", str(xlsx)]).exit_code == 0
    assert _title_cell(xlsx) == ("'" + FORMULA, "s")
    result = runner.invoke(app, ["events", "--db", database, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and rows[0]["document_title"] == "'" + FORMULA


def test_api_exports_keep_the_formula_as_text(database: str, tmp_path: Path) -> None:
    with TestClient(create_app(database), base_url="http://127.0.0.1") as client:
        answer = client.get("/api/v1/events", params={"format": "xlsx"})
        assert answer.status_code == 200
        xlsx = tmp_path / "api.xlsx"
        xlsx.write_bytes(answer.content)
        assert _title_cell(xlsx) == ("'" + FORMULA, "s")
        events = list(csv.DictReader(io.StringIO(client.get("/api/v1/events",
                                                            params={"format": "csv"}).text)))
        assert events[0]["document_title"] == "'" + FORMULA
        documents = list(csv.DictReader(io.StringIO(client.get("/api/v1/documents",
                                                               params={"format": "csv"}).text)))
        assert documents[0]["title"] == "'" + FORMULA
