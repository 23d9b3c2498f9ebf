"""The work per document is bounded: a very long document is cut, saved and reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from techties.interfaces.cli.app import app
from techties.store.store import Store

runner = CliRunner()
PARAGRAPH = ("Rosatom and CNNC signed a contract to supply fuel assemblies for the fast reactor. "
             "Engineers from both sides will train together in Tianjin.")


def test_a_long_text_is_cut_at_a_paragraph_and_reported(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TECHTIES_MAX_TEXT_CHARS", "5000")
    path = tmp_path / "dump.txt"
    path.write_text("A dump\n\n" + "\n\n".join([PARAGRAPH] * 20_000), encoding="utf-8")  # 2.8 MB
    db = f"sqlite:///{tmp_path / 't.sqlite'}"
    result = runner.invoke(app, ["ingest", str(path), "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["added"] == 1 and report["cut"] == 1
    (warning,) = report["warnings"]
    with Store.open(db) as store, store.engine.connect() as conn:
        stored = conn.execute(text("SELECT text FROM documents")).scalar_one()
    assert len(stored) <= 5000 and stored.endswith("in Tianjin."), "cut at a paragraph end"
    assert warning == {"source": str(path), "message": f"text cut to its first {len(stored):,} "
                                                       "characters (TECHTIES_MAX_TEXT_CHARS is 5,000)"}
    shown = runner.invoke(app, ["ingest", str(path), "--db", f"sqlite:///{tmp_path / 'u.sqlite'}"])
    assert "cut " in shown.output and "text cut to its first" in shown.output.replace("\n", " ")
