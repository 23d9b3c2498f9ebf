"""What tables and spreadsheets show: rounded confidence, empty cells and yes/no, and an XLSX
export an analyst can check (evidence, sources, actor ids, review status, frozen header)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from techties.interfaces.cli.app import app
from techties.interfaces.cli.cells import cell
from techties.interfaces.exports import XLSX_COLUMNS

runner = CliRunner()
ARTICLE = {"id": "p1", "lang": "en", "published": "2023-04-02", "url": "https://example.org/lunar",
           "title": "Roscosmos and CNSA agree on lunar station",
           "text": "Roscosmos and the China National Space Administration signed an agreement on "
                   "Tuesday to build the International Lunar Research Station together."}


def test_a_cell_never_shows_python() -> None:
    assert [cell(None), cell(True), cell(False), cell(0.7999999999999999), cell(["a", "b"])] == \
        ["", "yes", "no", "0.80", "a, b"]


@pytest.fixture()
def database(tmp_path: Path) -> str:
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'polish.sqlite'}"
    assert runner.invoke(app, ["ingest", str(path), "--db", db]).exit_code == 0
    return db


def test_confidence_is_rounded_and_tables_have_no_none(database: str) -> None:
    rows = [json.loads(line) for line in
            runner.invoke(app, ["events", "--db", database, "--format", "json"]).stdout.splitlines()]
    assert rows and all(r["confidence"] == round(r["confidence"], 2) for r in rows)
    shown = runner.invoke(app, ["show", rows[0]["id"], "--db", database]).stdout
    assert f"Confidence {rows[0]['confidence']:.2f}" in shown
    actors = runner.invoke(app, ["actors", "--db", database]).stdout
    assert "None" not in actors and "True" not in actors and "False" not in actors
    assert "yes" in actors


def test_the_xlsx_export_carries_evidence_sources_and_ids(database: str, tmp_path: Path) -> None:
    xlsx = tmp_path / "e.xlsx"
    assert runner.invoke(app, ["export", "--db", database, "-o", str(xlsx)]).exit_code == 0
    sheet = load_workbook(xlsx)["events"]
    header = [c.value for c in sheet[1]]
    assert header == list(XLSX_COLUMNS)
    row = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert "Lunar Research Station" in row["evidence"]
    assert row["sources"] == ARTICLE["url"]
    assert row["review_status"] == "pending"
    assert row["china_actor_ids"] and row["russia_actor_ids"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(header)).column_letter}2"
    assert sheet.column_dimensions["A"].width >= 10
    assert sheet.column_dimensions[sheet.cell(1, header.index("evidence") + 1).column_letter].width >= 60
