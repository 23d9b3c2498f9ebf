"""Whitespace normalisation that keeps lines and paragraph breaks."""

from __future__ import annotations

import re

INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# control characters, and lone surrogates (half a character, as JSON's "\\ud800" decodes):
# no database can store those
CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff]")
SPACES = re.compile(r"[^\S\n]+")  # any whitespace but the newline
BLANK_LINES = re.compile(r"\n{3,}")


def normalize_whitespace(text: str) -> str:
    """Runs of spaces become one space, lines are trimmed, blank-line runs become one blank line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = CONTROL.sub("", INVISIBLE.sub("", text))
    lines = (SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
