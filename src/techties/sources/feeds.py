"""Reader for RSS and Atom feeds: one document per entry, optionally the page it links to."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from techties.exceptions import ItemError
from techties.records import RawDocument
from techties.sources.decoding import decode_html
from techties.sources.payload import Payload, ReadOptions
from techties.sources.urls import fetch_url

log = logging.getLogger(__name__)
HTML_TYPES = ("text/html", "application/xhtml+xml")


def _entry_locator(entry: Any, index: int) -> str:
    """Entry id, else link, else position: ids and links stay put when a feed gains entries."""
    return str(entry.get("id") or entry.get("link") or f"entry-{index}")


def _entry_body(entry: Any) -> tuple[str | None, str | None]:
    """(text, html) of an entry: the longest of its contents and its summary."""
    parts = [c for c in entry.get("content") or [] if c.get("value")]
    if entry.get("summary"):
        summary = {"value": entry["summary"], "type": "text/html"}
        parts.append(entry.get("summary_detail") or summary)
    if not parts:
        return None, None
    best = max(parts, key=lambda c: len(c.get("value") or ""))
    value = str(best.get("value") or "").strip()
    if (best.get("type") or "text/html") == "text/plain":
        return value or None, None
    return None, value or None


def _follow(entry_doc: RawDocument, link: str, options: ReadOptions) -> RawDocument:
    """The entry with its body replaced by the page its link points to."""
    fetched = fetch_url(link, allow_private=options.allow_private)
    if fetched.media_type and fetched.media_type not in HTML_TYPES:
        raise ItemError(entry_doc.key, f"linked page is {fetched.media_type}, not HTML")
    entry_doc.html = decode_html(fetched.body, link, fetched.charset)
    entry_doc.text = None
    entry_doc.url = fetched.final_url
    return entry_doc


def follow_entry(entry_doc: RawDocument, options: ReadOptions) -> RawDocument:
    """A feed entry read without its page, now with the page its link points to; raises
    ItemError keyed by the entry. `techties watch` follows only entries not stored before."""
    if not entry_doc.url:
        raise ItemError(entry_doc.key, "feed entry has no link")
    try:
        return _follow(entry_doc, entry_doc.url, options)
    except ItemError as exc:
        raise ItemError(entry_doc.key, exc.message) from None


def read_feed(payload: Payload, options: ReadOptions) -> Iterator[RawDocument | ItemError]:
    import feedparser  # imported here: it is slow to import and most runs read no feed

    headers = {"content-location": payload.url} if payload.url else None  # resolves relative links
    parsed = feedparser.parse(payload.data, response_headers=headers)
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({problem})" if parsed.get("bozo") and problem else ""
        raise ItemError(payload.source, f"no feed entries{detail}")
    language = (parsed.get("feed") or {}).get("language")
    for index, entry in enumerate(entries, 1):
        text, html = _entry_body(entry)
        doc = RawDocument(source=payload.source, locator=_entry_locator(entry, index),
                          url=entry.get("link"), title=(entry.get("title") or "").strip() or None,
                          published=entry.get("published") or entry.get("updated") or None,
                          lang=language, text=text, html=html, source_kind="feed")
        try:
            if options.follow_feed_links and doc.url:
                yield _follow(doc, doc.url, options)
            elif text or html:
                yield doc
            else:
                yield ItemError(doc.key, "feed entry has no content")
        except ItemError as exc:
            log.debug("feed entry %s failed: %s", doc.key, exc)
            yield ItemError(doc.key, exc.message)
