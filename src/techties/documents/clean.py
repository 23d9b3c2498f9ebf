"""A RawDocument cleaned into a Document: text, title, language, date, content hash and id.

What the source says wins over what the page says: a feed's title and date are
kept, the page fills in only what is missing, and a dateline at the top of the
text dates a document that has no other date.
"""

from __future__ import annotations

from techties import settings
from techties.documents.cut import bound_html, cut_text
from techties.documents.datelines import dateline_date
from techties.documents.dates import clean_date
from techties.documents.duplicates import content_hash
from techties.documents.html import PARSER_DEPTH, extract_html, nested_too_deeply
from techties.documents.language import detect_language, normalize_language
from techties.documents.pinyin_glosses import without_pinyin_glosses
from techties.documents.whitespace import normalize_whitespace
from techties.documents.wrapped_lines import unwrapped
from techties.exceptions import ItemError
from techties.records import Document, RawDocument, content_id
from techties.storable import storable

TITLE_MAX = 1000  # characters: a longer "title" is a paragraph


def _storable(value: str | None) -> str | None:
    return None if value is None else storable(value)


def clean_document(raw: RawDocument) -> Document:
    """The cleaned document; raises ItemError when no text is left. A text longer than the
    TECHTIES_MAX_TEXT_CHARS setting is cut at a paragraph or sentence end, and marked `cut`."""
    lang = normalize_language(raw.lang)
    title = normalize_whitespace((raw.title or "")[:TITLE_MAX * 2]).replace("\n", " ")
    title = without_pinyin_glosses(title)[:TITLE_MAX]
    page_date: str | None = None
    limit = settings.max_text_chars()
    cut = False
    if raw.text and raw.text.strip():
        # whitespace is normalised on a bounded head: the work stays bounded too
        cut = limit > 0 and len(raw.text) > limit * 2
        text = normalize_whitespace(raw.text[:limit * 2] if cut else raw.text)
    elif raw.html:
        html, cut = bound_html(raw.html, limit)
        page = extract_html(html, raw.url)
        text = page.text
        title = title or (page.title or "")[:TITLE_MAX]
        page_date = page.date
    else:
        text = ""
    text = unwrapped(without_pinyin_glosses(text))
    text, shortened = cut_text(text, limit)
    cut = cut or shortened
    if not any(ch.isalnum() for ch in text):
        if raw.html and not (raw.text and raw.text.strip()) and nested_too_deeply(raw.html):
            raise ItemError(raw.key, f"page is nested too deeply to read (its elements go more "
                                     f"than {PARSER_DEPTH} levels deep)")
        raise ItemError(raw.key, "no text left after cleaning")
    lang = lang or detect_language(text)
    published = (clean_date(raw.published, lang) if raw.published else None) or page_date
    date_basis = "document" if published else None
    if published is None:
        published = dateline_date(text)
        date_basis = "dateline" if published else None
    digest = content_hash(text)
    return Document(
        id=content_id(raw.key, digest, prefix="doc_"),
        text=text,
        title=title,
        url=_storable(raw.url),
        published=_storable(published),
        date_basis=date_basis,
        lang=lang,
        source=storable(raw.source),
        locator=storable(raw.locator),
        source_kind=raw.source_kind,
        content_hash=digest,
        external_id=_storable(raw.external_id),
        cut=cut,
    )
