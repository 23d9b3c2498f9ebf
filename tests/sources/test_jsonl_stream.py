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
