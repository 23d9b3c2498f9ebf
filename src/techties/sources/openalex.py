"""Readers of OpenAlex works in files: snapshot JSON Lines (plain or gzip, one work a line,
as in the snapshot's data/works/*/part_*.gz), saved API responses ({"results": [...],
"meta": ...}, one per file or one per line), and folders of either.

A broken line or file is reported as an ItemError and the rest goes on.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from techties.exceptions import ItemError

SUFFIXES = (".jsonl", ".ndjson", ".json", ".gz", ".txt")


@dataclass(frozen=True)
class WorkItem:
    """One OpenAlex work object as read, and where it was read (file#line or file#line.n)."""

    key: str
    raw: dict[str, Any]


def _open(path: Path) -> IO[str]:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    return open(path, encoding="utf-8", errors="replace")


def _works_of(value: Any, key: str) -> Iterator[WorkItem | ItemError]:
    """The works in one parsed JSON value: an API response, a list of works, or a work."""
    if isinstance(value, dict) and isinstance(value.get("results"), list):
        for n, work in enumerate(value["results"], 1):
            if isinstance(work, dict):
                yield WorkItem(f"{key}.{n}", work)
            else:
                yield ItemError(f"{key}.{n}", "a result is not a JSON object")
    elif isinstance(value, list):
        for n, work in enumerate(value, 1):
            yield from _works_of(work, f"{key}.{n}")
    elif isinstance(value, dict):
        yield WorkItem(key, value)
    else:
        yield ItemError(key, "not an OpenAlex work or API response")


def _whole_file(path: Path) -> bool:
    """A file that is one JSON document (an API response printed over several lines)."""
    if not path.name.endswith((".json", ".json.gz")):
        return False
    with _open(path) as handle:
        first = handle.readline()
        second = handle.readline()
    try:
        json.loads(first)
        return bool(second.strip()) and not second.lstrip().startswith("{")
    except json.JSONDecodeError:
        return True


def read_work_file(path: Path) -> Iterator[WorkItem | ItemError]:
    """The works of one file, line by line (or whole, for a pretty-printed response)."""
    name = str(path)
    try:
        if _whole_file(path):
            with _open(path) as handle:
                try:
                    value = json.load(handle)
                except json.JSONDecodeError as exc:
                    yield ItemError(name, f"invalid JSON ({exc.msg}, line {exc.lineno})")
                    return
            yield from _works_of(value, f"{name}#1")
            return
        with _open(path) as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                key = f"{name}#{number}"
                try:
                    value = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield ItemError(key, f"invalid JSON on line {number} ({exc.msg}, "
                                         f"column {exc.colno})")
                    continue
                except RecursionError:
                    yield ItemError(key, f"line {number} is nested too deeply to read")
                    continue
                yield from _works_of(value, key)
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as exc:
        # a truncated gzip ends the file; what was read before it stands
        yield ItemError(name, f"cannot be read to the end: {exc}")


def read_works(target: str) -> Iterator[WorkItem | ItemError]:
    """The works of a file or of every OpenAlex file under a folder, in name order."""
    path = Path(target).expanduser()
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.name.endswith(SUFFIXES)
                       and not p.name.startswith("."))
        for file in files:
            yield from read_work_file(file)
    elif path.is_file():
        yield from read_work_file(path)
    else:
        yield ItemError(target, "no such file or folder")
