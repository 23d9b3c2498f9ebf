"""A JSON Lines batch named directly is streamed: the size cap applies per line, not per file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from techties.exceptions import ItemError
from techties.sources import iter_raw_documents


def test_large_batch_file_is_streamed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TECHTIES_MAX_BYTES", "400")
    path = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": f"n{i}", "text": f"Story number {i} about a joint laboratory."}) for i in range(50)]
    lines.append(json.dumps({"id": "huge", "text": "x" * 1000}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_raw_documents([str(path)]))
    docs = [i for i in items if not isinstance(i, ItemError)]
    errors = [i for i in items if isinstance(i, ItemError)]
    assert path.stat().st_size > 400
    assert [d.external_id for d in docs] == [f"n{i}" for i in range(50)]
    assert len(errors) == 1 and "larger than 400 bytes" in errors[0].message
    assert docs[3].key == f"{path}#4"


def test_batch_file_in_a_folder_is_streamed_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TECHTIES_MAX_BYTES", "400")
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "batch.ndjson"
    good = [json.dumps({"id": f"n{i}", "text": f"Story number {i} about a joint laboratory."}).encode()
            for i in range(20)]
    bad_byte = b'{"id": "bad", "text": "caf\xe9 latin-1"}'
    huge = json.dumps({"id": "huge", "text": "x" * 1000}).encode()
    path.write_bytes(b"\n".join([*good[:10], bad_byte, huge, *good[10:]]) + b"\n")
    items = list(iter_raw_documents([str(folder)]))
    docs = [i for i in items if not isinstance(i, ItemError)]
    errors = [i for i in items if isinstance(i, ItemError)]
    assert [d.external_id for d in docs] == [f"n{i}" for i in range(20)]
    assert [(e.source, e.message) for e in errors] == [
        (f"{path}#11", "line 11 is not UTF-8 text"),
        (f"{path}#12", "line 12 is larger than 400 bytes")]
    assert docs[10].key == f"{path}#13", "keys are line numbers, as when the file is named"


def test_a_giant_line_is_skipped_and_the_next_one_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TECHTIES_MAX_BYTES", "100")
    path = tmp_path / "batch.jsonl"
    ok = json.dumps({"text": "A short joint laboratory story."})
    path.write_text(ok + "\n" + "y" * 5000 + "\n" + ok + "\n", encoding="utf-8")
    items = list(iter_raw_documents([str(path)]))
    assert [getattr(i, "locator", None) for i in items] == ["1", None, "3"]
