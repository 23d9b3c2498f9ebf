"""Bounding the work per document: text beyond a length is cut at a paragraph or sentence end.

Extraction time and memory grow with the text, and a 19 MB "article" is a dump, not news.
Pages are bounded before parsing: their scripts and styles go first, then the markup
beyond a multiple of the text bound.
"""

from __future__ import annotations

import re

# ends to cut at, best first: a paragraph, a line, a sentence (in three languages), a space
ENDS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?…。！？](?=\s|$)|[。！？]"),
        re.compile(r"\s"))
KEEP = 0.8  # an end is looked for in the last fifth of the allowed text only
HTML_FACTOR = 10  # characters of markup allowed per character of text
SCRIPTS = re.compile(r"<(script|style)\b(?![^>]*ld\+json)[^>]*>.*?</\1\s*>", re.I | re.S)


def cut_text(text: str, limit: int) -> tuple[str, bool]:
    """(`text`, False) when it fits in `limit` characters, else (its head up to the last
    paragraph, line, sentence or word end within the limit, True)."""
    if limit <= 0 or len(text) <= limit:
        return text, False
    window = text[:limit + 1]  # an end may be the character just past the limit
    floor = int(limit * KEEP)
    for end in ENDS:
        found = list(end.finditer(window, floor))
        if found:
            return text[:found[-1].end()].rstrip(), True
    return text[:limit], True


def bound_html(html: str, limit: int) -> tuple[str, bool]:
    """(`html`, False) when it is at most HTML_FACTOR times `limit` characters, else its
    markup without scripts and styles, cut before the tag that passes the bound, and True."""
    bound = limit * HTML_FACTOR
    if limit <= 0 or len(html) <= bound:
        return html, False
    html = SCRIPTS.sub("", html)
    if len(html) <= bound:
        return html, False  # nothing a reader sees was cut
    tag = html.rfind("<", 0, bound)
    return html[:tag if tag > 0 else bound], True
