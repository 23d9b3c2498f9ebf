"""Event exports as CSV, JSON Lines and XLSX, chosen through a registry by format name."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import IO, Any

from techties.interfaces.cells import csv_writer, xlsx_row

COLUMNS = ("id", "date", "type", "stage", "domains", "china_actors", "russia_actors", "confidence",
           "origin", "summary", "document_title", "document_url", "lang",
           "date_precision", "date_basis")


def row_dict(row: Any) -> dict[str, Any]:
    """A dict of one row (an event, an actor, an event detail), whatever dataclass the store returned."""
    return asdict(row) if is_dataclass(row) and not isinstance(row, type) else dict(row)


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return value


def _flat(row: Any) -> dict[str, Any]:
    data = row_dict(row)
    return {c: _cell(data.get(c)) for c in COLUMNS}


def write_csv(rows: Iterable[Any], out: IO[str]) -> int:
    writer = csv_writer(out, COLUMNS)
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(_flat(row))
        n += 1
    return n


def write_jsonl(rows: Iterable[Any], out: IO[str]) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row_dict(row), ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def write_xlsx(rows: Iterable[Any], path: Path) -> int:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("events")
    sheet.append(xlsx_row(sheet, COLUMNS))
    n = 0
    for row in rows:
        flat = _flat(row)
        sheet.append(xlsx_row(sheet, (flat[c] for c in COLUMNS)))
        n += 1
    book.save(path)
    return n


TEXT_EXPORTERS: dict[str, Callable[[Iterable[Any], IO[str]], int]] = {
    "csv": write_csv,
    "jsonl": write_jsonl,
}
FILE_EXPORTERS: dict[str, Callable[[Iterable[Any], Path], int]] = {
    "xlsx": write_xlsx,
}
FORMATS = tuple(TEXT_EXPORTERS) + tuple(FILE_EXPORTERS)
