"""An article's main text, title and date from an HTML page.

trafilatura finds the article and drops navigation, sidebars and footers. Its date
search is limited to the page's metadata: its extensive search costs seconds on the
first call and takes a copyright year for a date on Chinese pages. When the metadata
has no date, the first full date written just before the article (its byline) is used.
When trafilatura finds no article, the page's visible text is taken as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import Document as Extracted

from techties.documents.dates import clean_date, find_full_date
from techties.documents.whitespace import normalize_whitespace

DATE_PARAMS = {"extensive_search": False, "original_date": True}
DROPPED_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside",
                "form", "svg", "iframe", "button", "select")
BLOCK_TAGS = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "section",
                        "article", "blockquote", "pre", "dd", "dt", "figcaption", "td", "th", "ul",
                        "ol", "table", "main", "header", "footer"})
SPACES = re.compile(r"\s+")
PARAGRAPH_BREAKS = re.compile(r"\n{2,}")  # one block a line, as trafilatura writes them
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
BYLINE_WINDOW = 1000  # characters of page text before the article searched for its date
PARAGRAPH_MIN = 60  # a shorter first line is a headline, not the article's first paragraph
PARSER_DEPTH = 255  # libxml2 keeps no element deeper than 256 levels


@dataclass
class Page:
    """What an HTML page holds for us; any part may be missing."""

    text: str
    title: str | None = None
    date: str | None = None


def _tree(html: str) -> etree._Element | None:
    # lxml refuses str input that carries an XML encoding declaration
    try:
        return lxml.html.fromstring(XML_DECLARATION.sub("", html))
    except (etree.ParserError, ValueError):
        return None


def visible_text(tree: etree._Element) -> str:
    """The text a reader sees, one block element a line; page furniture is cut from `tree`."""
    for element in list(tree.iter(*DROPPED_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()  # keeps the tail text that follows the element
    parts: list[str] = []
    for event, element in etree.iterwalk(tree, events=("start", "end")):
        block = isinstance(element.tag, str) and element.tag in BLOCK_TAGS
        if event == "start":
            if block:
                parts.append("\n")
            if isinstance(element.tag, str) and element.text and element.tag != "title":
                parts.append(element.text)
        else:
            if block:
                parts.append("\n")
            if element.tail:
                parts.append(element.tail)
    # inside a block, a line break in the source is a space on the page
    parts = [part if part == "\n" else SPACES.sub(" ", part) for part in parts]
    return PARAGRAPH_BREAKS.sub("\n", normalize_whitespace("".join(parts)))


def nested_too_deeply(html: str) -> bool:
    """Whether the page goes deeper than the HTML parser follows (it drops what lies below),
    so that a page of 100,000 nested elements is told apart from a page without text."""
    tree = _tree(html)
    if tree is None:
        return False
    depth = deepest = 0
    for event, _element in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest >= PARSER_DEPTH


def _fallback_title(tree: etree._Element) -> str | None:
    for xpath in ("//meta[@property='og:title']/@content", "//title//text()", "//h1//text()"):
        found = " ".join(str(t) for t in tree.xpath(xpath)).strip()
        if found:
            return " ".join(found.split())
    return None


def _byline_date(page_text: str, article: str) -> str | None:
    """A full date written shortly before the article's first paragraph: its byline or dateline.

    The first paragraph is the first long line, so a headline the article repeats
    does not hide a byline printed under it.
    """
    lines = [line for line in article.split("\n") if line.strip()]
    if not lines:
        return None
    first = next((line for line in lines if len(line) >= PARAGRAPH_MIN), lines[0])
    start = page_text.find(first[:40])
    if start < 0:
        return None
    return find_full_date(page_text[max(0, start - BYLINE_WINDOW):start])


def extract_html(html: str, url: str | None = None) -> Page:
    """The main text (paragraphs one a line), title and date of an HTML page."""
    extracted = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_tables=False, include_comments=False,
        include_images=False, include_links=False, date_extraction_params=DATE_PARAMS)
    found: dict[str, Any] = extracted.as_dict() if isinstance(extracted, Extracted) else {}
    text = normalize_whitespace(found.get("text") or "")
    title = normalize_whitespace(found.get("title") or "") or None
    date = clean_date(found.get("date"))
    page = Page(text=text, title=title, date=date)
    if text and title and date:
        return page
    tree = _tree(html)  # parsed again only when something is missing
    if tree is None:
        return page
    page.title = page.title or _fallback_title(tree)  # before visible_text() drops <header>
    page_text = visible_text(tree)
    page.text = page.text or page_text
    page.date = page.date or _byline_date(page_text, page.text)
    return page
