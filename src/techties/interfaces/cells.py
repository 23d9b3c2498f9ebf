"""Spreadsheet-safe cells for every CSV and XLSX writer.

Text from documents (a title, a summary, a name) that starts with `=`, `+`, `-`, `@`, a tab
or a carriage return would be read as a formula by Excel, LibreOffice or Google Sheets
when the export is opened (CSV injection). Such text is written with a leading single
quote, as OWASP advises, and XLSX cells holding text are typed as strings so that no
spreadsheet evaluates them.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutral(value: Any) -> Any:
    """`value`, with a quote before text that a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


if TYPE_CHECKING:
    _DictWriter = csv.DictWriter[str]
else:
    _DictWriter = csv.DictWriter


class SafeDictWriter(_DictWriter):
    """A csv.DictWriter whose cells are neutralised before they are written."""

    def writerow(self, rowdict: Mapping[str, Any]) -> Any:
        return super().writerow({k: neutral(v) for k, v in rowdict.items()})

    def writerows(self, rowdicts: Iterable[Mapping[str, Any]]) -> None:
        for row in rowdicts:
            self.writerow(row)


def csv_writer(out: IO[str], fieldnames: Sequence[str]) -> SafeDictWriter:
    """The one CSV writer of the exports: extra keys ignored, cells neutralised."""
    return SafeDictWriter(out, fieldnames=list(fieldnames), extrasaction="ignore")


def xlsx_row(sheet: Any, values: Iterable[Any]) -> list[Any]:
    """Cells for a write-only openpyxl sheet: text neutralised and typed as a string."""
    from openpyxl.cell import WriteOnlyCell

    cells = []
    for value in values:
        cell = WriteOnlyCell(sheet, value=neutral(value))
        if isinstance(value, str):
            cell.data_type = "s"
        cells.append(cell)
    return cells
