"""Readers for plain text and Markdown files."""

from __future__ import annotations

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


def read_text(payload: Payload, options: ReadOptions) -> Iterator[RawDocument]:
    text = decode_text(payload.data, payload.source)
    yield RawDocument(source=payload.source, url=payload.url, title=first_line_title(text),
                      text=text, source_kind=payload.kind)


def read_markdown(payload: Payload, options: ReadOptions) -> Iterator[RawDocument]:
    title, text = strip_markdown(decode_text(payload.data, payload.source))
    yield RawDocument(source=payload.source, url=payload.url, title=title, text=text,
                      source_kind=payload.kind)
