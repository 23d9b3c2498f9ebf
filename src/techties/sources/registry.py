"""The SOURCES registry: which reader turns a payload into raw documents.

A payload's kind is decided by its content first (a PDF or a feed whatever its
name), then by the server's media type, then by its file extension.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from techties.exceptions import ItemError
from techties.records import RawDocument
from techties.sources.decoding import looks_binary
from techties.sources.feeds import read_feed
from techties.sources.html import read_html
from techties.sources.jsonl import read_jsonl
from techties.sources.payload import Payload, ReadOptions
from techties.sources.pdf import read_pdf
from techties.sources.text import read_markdown, read_text

Reader = Callable[[Payload, ReadOptions], Iterator[RawDocument | ItemError]]

SOURCES: dict[str, Reader] = {
    "html": read_html,
    "text": read_text,
    "markdown": read_markdown,
    "pdf": read_pdf,
    "jsonl": read_jsonl,
    "feed": read_feed,
}

EXTENSIONS: dict[str, str] = {
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".pdf": "pdf",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}

MEDIA_TYPES: dict[str, str] = {
    "text/html": "html", "application/xhtml+xml": "html",
    "text/plain": "text", "text/markdown": "markdown",
    "application/pdf": "pdf",
    "application/jsonl": "jsonl", "application/x-ndjson": "jsonl",
    "application/rss+xml": "feed", "application/atom+xml": "feed", "application/rdf+xml": "feed",
    "application/xml": "feed", "text/xml": "feed",
}

# content signatures, tried in order on the first bytes
SNIFFERS: tuple[tuple[re.Pattern[bytes], str], ...] = (
    (re.compile(rb"^\s*%PDF-"), "pdf"),
    (re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*|<!--.*?-->\s*|<\?xml-stylesheet[^>]*>\s*)*"
                rb"<(?:rss|feed|rdf:RDF)\b", re.S), "feed"),
)
HTML_SNIFF = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
                        re.I | re.S)
HEAD = 2048


def kind_of(payload: Payload) -> str:
    """The SOURCES key for a payload; raises ItemError for a binary or unsupported one."""
    head = payload.data[:HEAD]
    for pattern, kind in SNIFFERS:
        if pattern.match(head):
            return kind
    named = MEDIA_TYPES.get(payload.content_type) or EXTENSIONS.get(payload.extension)
    if named:
        return named
    if looks_binary(payload.data):
        raise ItemError(payload.source, "binary file")
    if HTML_SNIFF.match(head):
        return "html"
    if not payload.extension or payload.kind == "url":
        return "text"
    raise ItemError(payload.source, f"unsupported file type {payload.extension!r}")


def read_payload(payload: Payload, options: ReadOptions) -> Iterator[RawDocument | ItemError]:
    """The raw documents in one payload; every failure is yielded as an ItemError."""
    if not payload.data.strip():
        yield ItemError(payload.source, "empty response" if payload.kind == "url" else "empty file")
        return
    try:
        yield from SOURCES[kind_of(payload)](payload, options)
    except ItemError as exc:
        yield exc
