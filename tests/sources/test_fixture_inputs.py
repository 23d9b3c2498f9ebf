"""The shared fixture folder reads as its files promise: good stories and three bad items."""

from __future__ import annotations

from pathlib import Path

from .helpers import read_all

INPUTS = Path(__file__).resolve().parents[1] / "fixtures" / "inputs"


def test_fixture_folder() -> None:
    docs, errors = read_all(INPUTS)
    assert sorted((Path(e.source).name, e.message.split(" (")[0]) for e in errors) == [
        ("broken_annual_report.pdf", "not a readable PDF"),
        ("empty_placeholder.txt", "empty file"),
        ("wire_items.jsonl#2", "invalid JSON on line 2"),
    ]
    assert len(docs) == 9
    assert {d.source_kind for d in docs} == {"file", "feed"}
