"""Event exports as CSV, JSON Lines, XLSX, FollowTheMoney entities and a GraphML actor network,
chosen through a registry by format name."""

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
# a spreadsheet is read by people who check: it also carries who (ids), why (evidence), where
# from (sources) and whether an analyst has looked (review status); store.export_queries adds them
XLSX_COLUMNS = (*COLUMNS, "review_status", "china_actor_ids", "russia_actor_ids", "evidence", "sources")
# widths in characters; long text columns wrap at these, the rest fit their values
XLSX_WIDTHS = {"id": 18, "date": 11, "type": 14, "stage": 12, "domains": 18, "china_actors": 28,
               "russia_actors": 28, "confidence": 11, "origin": 10, "summary": 60, "document_title": 40,
               "document_url": 40, "lang": 6, "review_status": 13, "china_actor_ids": 24,
               "russia_actor_ids": 24, "evidence": 80, "sources": 50, "date_precision": 9, "date_basis": 10}


def row_dict(row: Any) -> dict[str, Any]:
    """A dict of one row (an event, an actor, an event detail), whatever dataclass the store returned."""
    return asdict(row) if is_dataclass(row) and not isinstance(row, type) else dict(row)


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return value


def _flat(row: Any, columns: tuple[str, ...] = COLUMNS) -> dict[str, Any]:
    data = row_dict(row)
    return {c: _cell(data.get(c)) for c in columns}


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
    """One sheet with a frozen, filterable header row and set column widths; rows given as
    dicts with their extras (store.export_queries.with_extras) fill every column."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet("events")
    sheet.freeze_panes = "A2"
    for index, column in enumerate(XLSX_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = XLSX_WIDTHS.get(column, 14)
    sheet.append(xlsx_row(sheet, XLSX_COLUMNS))
    n = 0
    for row in rows:
        flat = _flat(row, XLSX_COLUMNS)
        sheet.append(xlsx_row(sheet, (flat[c] for c in XLSX_COLUMNS)))
        n += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(XLSX_COLUMNS))}{n + 1}"
    book.save(path)
    return n


TEXT_EXPORTERS: dict[str, Callable[[Iterable[Any], IO[str]], int]] = {
    "csv": write_csv,
    "jsonl": write_jsonl,
}


def write_ftm(rows: Iterable[Any], path: Path) -> int:
    from techties.interfaces.ftm_export import write_ftm as write
    from techties.model.loader import load_actors

    return write(rows, path, load_actors())


def write_graphml(rows: Iterable[Any], path: Path) -> int:
    from techties.interfaces.graphml_export import write_graphml as write
    from techties.model.loader import load_actors

    return write(rows, path, load_actors())


# file formats are given rows with their extras (actor ids, evidence, sources)
FILE_EXPORTERS: dict[str, Callable[[Iterable[Any], Path], int]] = {
    "xlsx": write_xlsx,
    "ftm": write_ftm,
    "graphml": write_graphml,
}
FORMATS = tuple(TEXT_EXPORTERS) + tuple(FILE_EXPORTERS)
