"""One bad item is one failure: the rest of the run goes on and the exit code is 1."""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy import text
from typer.testing import CliRunner

from techties.interfaces.cli.app import app
from techties.store.store import Store

runner = CliRunner()
DEEP = '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"
GOOD = [{"id": "a", "text": "Rosatom and CNNC signed a contract for fuel assemblies in Beijing."},
        {"id": "b", "text": "Roscosmos and CNSA agreed to build a joint lunar research station."}]


def _ingest(target: Path, db: str) -> tuple[int, dict]:
    result = runner.invoke(app, ["ingest", str(target), "--db", db, "--json"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, json.loads(result.stdout)


def test_a_line_nested_100000_deep_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([json.dumps(GOOD[0]), DEEP, json.dumps(GOOD[1])]) + "\n",
                    encoding="utf-8")
    db = f"sqlite:///{tmp_path / 't.sqlite'}"
    for _ in range(2):  # a re-run goes on the same way
        code, report = _ingest(path, db)
        assert code == 1
        assert report["failed"] == 1
        assert report["failures"][0]["source"] == f"{path}#2"
        assert "nested too deeply" in report["failures"][0]["message"]
    with Store.open(db) as store:
        assert store.stats()["documents"] == 2


def test_a_file_name_that_is_not_utf8_is_stored_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    odd = os.path.join(os.fsencode(folder), b"report-\xff\xfe.txt")
    with open(odd, "wb") as handle:
        handle.write(b"Joint lab\nRosatom and CNNC opened a joint laboratory in Tianjin.\n")
    (folder / "z.txt").write_text("Broken\n\x00\x01\x02", encoding="utf-8")
    (folder / "zz.txt").write_text("After\nRoscosmos and CNSA agreed on a lunar station.\n",
                                   encoding="utf-8")
    db = f"sqlite:///{tmp_path / 't.sqlite'}"
    code, report = _ingest(folder, db)
    assert code == 1 and report["added"] == 2 and report["failed"] == 1
    code, again = _ingest(folder, db)
    assert again["skipped"] == 2, "the escaped name is the same key on the next run"
    with Store.open(db) as store, store.engine.connect() as conn:
        keys = set(conn.scalars(text("SELECT key FROM document_sources")))
    assert f"{folder}/report-\\xff\\xfe.txt" in keys


def test_a_lone_surrogate_in_a_line_is_dropped_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    line = '{"id": "s\\ud800", "title": "Half \\udc00 a character", "text": "Rosatom and CNNC \\ud83d met."}'
    path.write_text(line + "\n" + json.dumps(GOOD[1]) + "\n", encoding="utf-8")
    code, report = _ingest(path, f"sqlite:///{tmp_path / 't.sqlite'}")
    assert code == 0 and report["added"] == 2


def test_a_failure_is_one_row_however_often_it_is_tried(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Fine\nRoscosmos and CNSA agreed on a lunar station.\n", encoding="utf-8")
    bad = folder / "b.txt"
    bad.write_bytes(b"\x00\x01\x02binary\x00\x00")
    db = f"sqlite:///{tmp_path / 't.sqlite'}"
    for _ in range(3):
        assert _ingest(folder, db)[0] == 1
    with Store.open(db) as store:
        assert [(f.key, f.message) for f in store.failures()] == [(str(bad), "binary file")]
    bad.write_text("Mended\nRosatom and CNNC opened a joint laboratory.\n", encoding="utf-8")
    assert _ingest(folder, db)[0] == 0
    with Store.open(db) as store:
        assert store.failures() == [], "an item read at last is no longer listed as failed"


def test_a_number_as_text_is_a_failure_not_a_document(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"id": "n", "text": 42}) + "\n" + json.dumps(GOOD[0]) + "\n",
                    encoding="utf-8")
    db = f"sqlite:///{tmp_path / 't.sqlite'}"
    code, report = _ingest(path, db)
    assert code == 1 and report["added"] == 1
    assert report["failures"][0]["message"] == "line 1: 'text' is a number, not a string"
