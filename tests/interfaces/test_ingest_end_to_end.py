"""Ingest a folder of mixed inputs through the CLI into a real SQLite store."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from techties.interfaces.cli.app import app
from techties.interfaces.ingest import run_ingest
from techties.model.loader import load_actors
from techties.store.store import Store

INPUTS = Path(__file__).resolve().parents[1] / "fixtures" / "inputs"
runner = CliRunner()


def _ingest(folder: Path, db: str) -> tuple[int, dict]:
    result = runner.invoke(app, ["ingest", str(folder), "--db", db, "--json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, json.loads(result.stdout)


PDF_LINES = [
    "Rosatom and CNNC start work on a fast reactor fuel line",
    "Rosatom and China National Nuclear Corporation signed a contract in Beijing to supply",
    "fuel assemblies for the CFR-600 fast neutron reactor, the companies said on Monday.",
]


def _write_pdf(path: Path) -> None:
    """A real one-page PDF with a text layer, drawn for this test."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    for i, line in enumerate(PDF_LINES):
        pdf.drawString(50, 800 - 20 * i, line)
    pdf.showPage()
    pdf.save()


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "inputs"
    shutil.copytree(INPUTS, target)
    _write_pdf(target / "fuel_contract.pdf")
    return target


def test_folder_ingest_reports_failures_duplicates_and_events(folder: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 't.sqlite'}"
    code, report = _ingest(folder, db)
    assert code == 1, "broken files make the exit code say that some items failed"
    assert report["failed"] >= 2
    assert report["added"] >= 6
    assert report["near_duplicates"] >= 1
    assert report["exact_duplicates"] >= 1
    assert report["events"] >= 3
    events = runner.invoke(app, ["events", "--db", db, "--format", "json", "--limit", "100"])
    lines = [json.loads(line) for line in events.stdout.splitlines()]
    assert len(lines) == report["events"]
    one = lines[0]
    shown = runner.invoke(app, ["show", one["id"], "--db", db, "--json"])
    assert shown.exit_code == 0 and one["id"] in shown.stdout
    cnnc = "China National Nuclear Corporation (CNNC)"
    from_pdf = [e for e in lines if cnnc in e["china_actors"] and "Rosatom" in e["russia_actors"]]
    assert from_pdf and from_pdf[0]["type"] in {"supply", "agreement"}, "the PDF was read and yielded its event"


def test_reingest_adds_nothing(folder: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 't.sqlite'}"
    _, first = _ingest(folder, db)
    _, second = _ingest(folder, db)
    assert second["added"] == 0
    assert second["skipped"] == first["added"]
    with Store.open(db) as store:
        assert store.stats()["events"] == first["events"]


def test_killed_ingest_resumes(folder: Path, tmp_path: Path) -> None:
    clean_db = f"sqlite:///{tmp_path / 'clean.sqlite'}"
    _, clean = _ingest(folder, clean_db)

    db = f"sqlite:///{tmp_path / 'killed.sqlite'}"
    store = Store.open(db)
    store.sync_actors(load_actors())
    seen = 0

    def kill_after_three(_key: str) -> None:
        nonlocal seen
        seen += 1
        if seen == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_ingest([str(folder)], store, on_item=kill_after_three)
    store.close()
    _, resumed = _ingest(folder, db)
    assert resumed["skipped"] >= 1
    with Store.open(db) as a, Store.open(clean_db) as b:
        assert a.stats()["events"] == b.stats()["events"] == clean["events"]
        assert a.stats()["documents"] == b.stats()["documents"]
