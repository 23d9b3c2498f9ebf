"""Reader for HTML pages: the markup is kept; documents/ extracts the article from it."""

from __future__ import annotations

from collections.abc import Iterator

from techties.records import RawDocument
from techties.sources.decoding import decode_html
from techties.sources.payload import Payload, ReadOptions


def read_html(payload: Payload, options: ReadOptions) -> Iterator[RawDocument]:
    html = decode_html(payload.data, payload.source, payload.charset)
    yield RawDocument(source=payload.source, url=payload.url, html=html, source_kind=payload.kind)
