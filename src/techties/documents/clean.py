"""A RawDocument cleaned into a Document: text, title, language, date, content hash and id.

What the source says wins over what the page says: a feed's title and date are
kept, the page fills in only what is missing.
"""

from __future__ import annotations

from techties.documents.dates import clean_date
from techties.documents.duplicates import content_hash
from techties.documents.html import PARSER_DEPTH, extract_html, nested_too_deeply
from techties.documents.language import detect_language, normalize_language
from techties.documents.whitespace import normalize_whitespace
from techties.exceptions import ItemError
from techties.records import Document, RawDocument, content_id
from techties.storable import storable


def _storable(value: str | None) -> str | None:
    return None if value is None else storable(value)


def clean_document(raw: RawDocument) -> Document:
    """The cleaned document; raises ItemError when no text is left."""
    lang = normalize_language(raw.lang)
    title = normalize_whitespace(raw.title or "").replace("\n", " ")
    page_date: str | None = None
    if raw.text and raw.text.strip():
        text = normalize_whitespace(raw.text)
    elif raw.html:
        page = extract_html(raw.html, raw.url)
        text = page.text
        title = title or page.title or ""
        page_date = page.date
    else:
        text = ""
    if not any(ch.isalnum() for ch in text):
        if raw.html and not (raw.text and raw.text.strip()) and nested_too_deeply(raw.html):
            raise ItemError(raw.key, f"page is nested too deeply to read (its elements go more "
                                     f"than {PARSER_DEPTH} levels deep)")
        raise ItemError(raw.key, "no text left after cleaning")
    lang = lang or detect_language(text)
    published = (clean_date(raw.published, lang) if raw.published else None) or page_date
    digest = content_hash(text)
    return Document(
        id=content_id(raw.key, digest, prefix="doc_"),
        text=text,
        title=title,
        url=_storable(raw.url),
        published=_storable(published),
        lang=lang,
        source=storable(raw.source),
        locator=storable(raw.locator),
        source_kind=raw.source_kind,
        content_hash=digest,
        external_id=_storable(raw.external_id),
    )
