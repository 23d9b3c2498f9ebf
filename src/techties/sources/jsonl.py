"""Reader for JSON Lines: one document a line; a bad line is reported and the others go on."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from techties.exceptions import ItemError
from techties.records import RawDocument
from techties.sources.decoding import decode_text
from techties.sources.paths import source_name
from techties.sources.payload import Payload, ReadOptions

BODY_FIELDS = ("text", "html")  # a document's words: a number or a list there is a mistake
JSON_TYPES = {int: "a number", float: "a number", bool: "true or false", list: "a list",
              dict: "an object"}
CHUNK = 1 << 20  # bytes read at a time while skipping an over-long line


def _field(record: dict[str, Any], name: str) -> str | None:
    """A string field, stripped; numbers are accepted as text (ids often are numbers; a
    number as a document's text or html is refused by parse_line)."""
    value = record.get(name)
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    return value.strip() or None


def parse_line(line: str, number: int, payload: Payload) -> RawDocument:
    """One line as a RawDocument; its locator is the line number."""
    key = f"{payload.source}#{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        detail = f"{exc.msg}, column {exc.colno}"
        raise ItemError(key, f"invalid JSON on line {number} ({detail})") from None
    except RecursionError:  # a hostile line of 100,000 nested brackets
        raise ItemError(key, f"line {number} is nested too deeply to read") from None
    if not isinstance(record, dict):
        raise ItemError(key, f"line {number} is not a JSON object")
    for name in BODY_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            kind = JSON_TYPES.get(type(value), type(value).__name__)
            raise ItemError(key, f"line {number}: {name!r} is {kind}, not a string")
    text, html = _field(record, "text"), _field(record, "html")
    if not text and not html:
        raise ItemError(key, f"line {number} has no text or html")
    return RawDocument(source=payload.source, locator=str(number), url=_field(record, "url"),
                       title=_field(record, "title"), published=_field(record, "published"),
                       lang=_field(record, "lang"), text=text, html=None if text else html,
                       external_id=_field(record, "id"), source_kind=payload.kind)


def read_jsonl(payload: Payload, options: ReadOptions) -> Iterator[RawDocument | ItemError]:
    text = decode_text(payload.data, payload.source)
    # split on newlines only: JSON strings may hold raw U+2028, which splitlines() breaks on
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            yield parse_line(line, number, payload)
        except ItemError as exc:
            yield exc


def _bounded_lines(handle: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The lines of a file, None for a line over `limit` bytes: it is skipped unread,
    so one giant line costs no more memory than a line at the limit."""
    while True:
        raw = handle.readline(limit + 1)
        if not raw:
            return
        if len(raw) > limit and not (len(raw) == limit + 1 and raw.endswith(b"\n")):
            while raw and not raw.endswith(b"\n"):
                raw = handle.readline(CHUNK)
            yield None
            continue
        yield raw


def stream_jsonl_file(file: Path, line_limit: int) -> Iterator[RawDocument | ItemError]:
    """A local JSON Lines file read line by line: a batch file may be far larger than one
    document may be, so the size cap applies to each line, not to the file."""
    path = source_name(file)
    payload = Payload(source=path, data=b"")
    try:
        handle = open(file, "rb")  # noqa: SIM115 - closed below, errors are per line
    except OSError as exc:
        yield ItemError(path, f"cannot read file ({exc.strerror or exc})")
        return
    with handle:
        for number, raw in enumerate(_bounded_lines(handle, line_limit), 1):
            if raw is None:
                yield ItemError(f"{path}#{number}", f"line {number} is larger than {line_limit} bytes")
                continue
            if number == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield ItemError(f"{path}#{number}", f"line {number} is not UTF-8 text")
                continue
            if not line.strip():
                continue
            try:
                yield parse_line(line.rstrip("\n"), number, payload)
            except ItemError as exc:
                yield exc
