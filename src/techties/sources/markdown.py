"""Light Markdown stripping: enough to read the words, not a renderer."""

from __future__ import annotations

import re

HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
PREFIX = re.compile(r"^\s{0,3}(?:>\s?)+|^\s*(?:[-*+]|\d{1,3}[.)])\s+")
IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]")
REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1")
CODE = re.compile(r"`([^`]*)`")
TAG = re.compile(r"</?[A-Za-z][^>]*>")


def _inline(line: str) -> str:
    line = IMAGE.sub(r"\1", line)
    line = LINK.sub(lambda m: m.group(1) or m.group(2), line)
    line = CODE.sub(r"\1", line)
    line = EMPHASIS.sub(r"\2", line)
    return TAG.sub("", line)


def strip_markdown(markdown: str) -> tuple[str | None, str]:
    """(first heading or None, plain text): markup dropped, lines and paragraphs kept."""
    title: str | None = None
    out: list[str] = []
    lines = markdown.splitlines()
    for line in lines:
        if FENCE.match(line) or RULE.match(line) or REF_DEF.match(line):
            continue
        if SETEXT.match(line) and out and out[-1].strip():
            if title is None and line.strip().startswith("="):
                title = out[-1].strip()
            continue
        heading = HEADING.match(line)
        if heading:
            text = _inline(heading.group(1)).strip()
            title = title or text or None
            out.append(text)
            continue
        out.append(_inline(PREFIX.sub("", line)).rstrip())
    return title, "\n".join(out).strip()
