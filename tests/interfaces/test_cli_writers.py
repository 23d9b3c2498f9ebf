"""The one JSON Lines and CSV writer of the commands (interfaces/cli/writers.py)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from techties.interfaces.cli.writers import write_csv, write_json_lines, write_rows


def test_json_lines_keep_unicode_and_write_dates_as_text(capsys: pytest.CaptureFixture[str]) -> None:
    write_json_lines([{"name": "Роскосмос", "on": date(2024, 5, 1)}, {"name": "华为"}])
    lines = capsys.readouterr().out.splitlines()
    assert "Роскосмос" in lines[0]
    assert [json.loads(line) for line in lines] == [{"name": "Роскосмос", "on": "2024-05-01"}, {"name": "华为"}]


def test_csv_takes_its_header_from_the_first_row_and_neutralises_formulas(
        capsys: pytest.CaptureFixture[str]) -> None:
    write_csv([{"id": "a", "title": "=HYPERLINK(1)"}])
    assert capsys.readouterr().out.splitlines() == ["id,title", "a,'=HYPERLINK(1)"]


def test_csv_without_rows_writes_a_header_only_when_the_columns_are_given(
        capsys: pytest.CaptureFixture[str]) -> None:
    write_csv([])
    assert capsys.readouterr().out == ""
    write_csv([], ["id", "title"])
    assert capsys.readouterr().out.splitlines() == ["id,title"]


def test_write_rows_writes_json_or_csv_and_leaves_other_formats_to_the_command(
        capsys: pytest.CaptureFixture[str]) -> None:
    rows = [{"id": "a"}]
    assert write_rows(rows, "json") and write_rows(rows, "csv")
    assert capsys.readouterr().out.splitlines() == ['{"id": "a"}', "id", "a"]
    assert not write_rows(rows, "table") and not write_rows(rows, "markdown")
    assert capsys.readouterr().out == ""
