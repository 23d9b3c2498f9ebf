"""Readers for plain text and Markdown files."""

from __future__ import annotations

import re
from collections.abc import Iterator

from techties.records import RawDocument
from techties.sources.decoding import decode_text
from techties.sources.markdown import strip_markdown
from techties.sources.payload import Payload, ReadOptions

TITLE_MAX = 200


def first_line_title(text: str) -> str | None:
    """A short first line that stands alone, as news files start with their headline."""
    stripped = text.strip()
    first, _, rest = stripped.partition("\n")
    first = first.strip()
    if not first or not rest.strip() or len(first) > TITLE_MAX:
        return None
    return first


SOURCE_LINE = re.compile(r"^\s*(?:Source|URL|Источник|来源)\s*[:：]\s*(https?://\S+)\s*\n", re.IGNORECASE)


def split_source_line(text: str) -> tuple[str | None, str]:
    """A saved article often starts with "Source: URL": that is its address, not its headline."""
    match = SOURCE_LINE.match(text)
    if not match:
        return None, text
    return match.group(1), text[match.end():]


def read_text(payload: Payload, options: ReadOptions) -> Iterator[RawDocument]:
    url, text = split_source_line(decode_text(payload.data, payload.source))
    yield RawDocument(source=payload.source, url=payload.url or url, title=first_line_title(text),
                      text=text, source_kind=payload.kind)


def read_markdown(payload: Payload, options: ReadOptions) -> Iterator[RawDocument]:
    url, raw = split_source_line(decode_text(payload.data, payload.source))
    title, text = strip_markdown(raw)
    yield RawDocument(source=payload.source, url=payload.url or url, title=title, text=text,
                      source_kind=payload.kind)
