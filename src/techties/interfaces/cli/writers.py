"""How a command writes rows for another program: JSON Lines or CSV on standard output.

One writer of each for every command, so that `--format json` and `--format csv` read the
same everywhere (UTF-8 kept as it is, dates as text, spreadsheet-safe cells)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from techties.interfaces.cells import csv_writer


def write_json_lines(rows: Iterable[Mapping[str, Any]]) -> None:
    """One JSON object a line; values JSON does not know (dates) as their text."""
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def write_csv(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None) -> None:
    """A header and a line a row; the columns are those of the first row unless given, and
    without either nothing is written."""
    if columns is None:
        if not rows:
            return
        columns = list(rows[0])
    writer = csv_writer(sys.stdout, columns)
    writer.writeheader()
    writer.writerows(rows)


def write_rows(rows: Sequence[Mapping[str, Any]], fmt: str, columns: Sequence[str] | None = None) -> bool:
    """The rows as JSON Lines or CSV when `fmt` (a --format value) asks for one of them;
    False for any other format, which the command draws itself (a table, Markdown)."""
    if fmt == "json":
        write_json_lines(rows)
    elif fmt == "csv":
        write_csv(rows, columns)
    else:
        return False
    return True
