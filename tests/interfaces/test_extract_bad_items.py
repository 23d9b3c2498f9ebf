"""`techties extract` goes on past a bad line or a document that breaks extraction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from techties.interfaces import batch
from techties.interfaces.cli.app import app

runner = CliRunner()
GOOD = {"id": "a", "text": "Rosatom and CNNC signed a contract for fuel assemblies in Beijing."}


def test_a_deep_line_is_skipped_and_the_rest_extracted(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    deep = '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    path.write_text("\n".join([deep, json.dumps(GOOD)]) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--workers", "1"])
    assert result.exit_code == 1, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a"]
    assert "nested too deeply" in result.output


def test_a_document_that_breaks_extraction_is_one_error_line(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "Breaks the extractor."}) + "\n" + json.dumps(GOOD) + "\n",
                    encoding="utf-8")
    extract = batch.extract_document

    def fragile(doc):  # type: ignore[no-untyped-def]
        if "Breaks" in doc.text:
            raise RecursionError("maximum recursion depth exceeded")
        return extract(doc)

    monkeypatch.setattr(batch, "extract_document", fragile)
    result = runner.invoke(app, ["extract", str(path), "--workers", "1"])
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["x", "a"]
    assert lines[0]["error"] == "unexpected error (RecursionError: maximum recursion depth exceeded)"
