"""From what the user names (files, folders, URLs) to raw documents, one bad item at a time."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from techties import settings
from techties.exceptions import ItemError
from techties.records import RawDocument
from techties.sources.jsonl import stream_jsonl_file
from techties.sources.paths import source_name
from techties.sources.payload import Payload, ReadOptions
from techties.sources.registry import read_payload
from techties.sources.urls import fetch_url
from techties.storable import storable

log = logging.getLogger(__name__)
URL_LIKE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")

Item = RawDocument | ItemError
# Batch files are streamed, so their size is not capped as a whole but line by line.
STREAMED_SUFFIXES = {".jsonl", ".ndjson"}


def iter_files(folder: Path) -> Iterator[Path]:
    """Every non-hidden file under `folder`, in sorted order, hidden folders skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def load_file(path: Path) -> Payload:
    """The bytes of a file, refused when larger than the TECHTIES_MAX_BYTES setting."""
    source = source_name(path)
    limit = settings.max_bytes()
    try:
        size = path.stat().st_size
        if size > limit:
            raise ItemError(source, f"larger than {limit} bytes ({size} bytes)")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ItemError(source, f"cannot read file ({exc.strerror or exc})") from None
    if len(data) > limit:  # the file grew while we looked
        raise ItemError(source, f"larger than {limit} bytes")
    return Payload(source=source, data=data)


def load_url(url: str, options: ReadOptions) -> Payload:
    fetched = fetch_url(url, allow_private=options.allow_private)
    return Payload(source=url, data=fetched.body, kind="url", url=fetched.final_url,
                   content_type=fetched.media_type, charset=fetched.charset)


def _read(load: Callable[[], Payload], options: ReadOptions) -> Iterator[Item]:
    try:
        payload = load()
    except ItemError as exc:
        yield exc
        return
    try:
        yield from read_payload(payload, options)
    except Exception as exc:  # a parser bug on one odd file must not stop the batch
        log.exception("unexpected failure reading %s", payload.source)
        yield ItemError(payload.source, f"unreadable ({type(exc).__name__}: {exc})")


def _stream(path: Path) -> Iterator[Item]:
    try:
        yield from stream_jsonl_file(path, settings.max_bytes())
    except Exception as exc:  # a bug on one odd file must not stop the batch
        log.exception("unexpected failure reading %s", source_name(path))
        yield ItemError(source_name(path), f"unreadable ({type(exc).__name__}: {exc})")


def read_file(path: Path, options: ReadOptions) -> Iterator[Item]:
    """The raw documents of one local file; a batch file is streamed a line at a time,
    whether it is named or found in a folder."""
    if path.suffix.lower() in STREAMED_SUFFIXES:
        yield from _stream(path)
    else:
        yield from _read(partial(load_file, path), options)


def iter_target(target: str, options: ReadOptions) -> Iterator[Item]:
    """The raw documents of one target: a URL, a file, or every file under a folder."""
    if URL_LIKE.match(target):
        yield from _read(partial(load_url, target, options), options)
        return
    path = Path(target).expanduser()
    if path.is_dir():
        for file in iter_files(path):
            yield from read_file(file, options)
    elif path.is_file():
        yield from read_file(path, options)
    elif path.exists():  # a device or a pipe: read it as it comes
        yield from _read(partial(load_file, path), options)
    else:
        yield ItemError(source_name(path), "no such file or folder")


def iter_raw_documents(targets: list[str], *, allow_private: bool = False,
                       follow_feed_links: bool = False) -> Iterator[Item]:
    """Raw documents from every target, in order; unusable items come as ItemError, never raised."""
    options = ReadOptions(allow_private=allow_private, follow_feed_links=follow_feed_links)
    for target in targets:
        try:
            yield from iter_target(target, options)
        except Exception as exc:  # a reader bug on one target must not stop the others
            log.exception("unexpected failure reading %s", storable(target))
            yield ItemError(storable(target), f"unreadable ({type(exc).__name__}: {exc})")
