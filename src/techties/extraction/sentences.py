"""Sentence spans with character offsets, so evidence can point back into the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? … (or 。！？；) followed by space and a capital, a digit or a quote,
# and always at a line break. Common abbreviations do not end one.
LATIN_END = re.compile(r"(?<=[.!?…])[\"'”»)]?\s+(?=[\"'“«(]?[A-ZА-ЯЁ0-9])")
CJK_END = re.compile(r"(?<=[。！？；!?])[”」』）)]?")
LINE_BREAK = re.compile(r"\s*\n\s*")
ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Co|Corp|Inc|Ltd|Jr|Sr|No|vs|U\.S|U\.K|Gen|Col|Lt|Sgt|Rep|Sen|Gov|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|г|гг|им|т\.е|т\.д|т\.п|ул|др|млн|млрд|руб|"
    r"[A-ZА-Я])\.)$")
MAX_SENTENCE = 600


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int


def split_sentences(text: str) -> list[Sentence]:
    """Split into sentences; overlong runs without punctuation are cut at MAX_SENTENCE."""
    spans: list[tuple[int, int, int]] = []
    paragraph = 0
    position = 0
    for line_match in list(LINE_BREAK.finditer(text)) + [None]:
        line_end = line_match.start() if line_match else len(text)
        _split_line(text, position, line_end, paragraph, spans)
        if line_match is None:
            break
        paragraph += 1  # each line is a paragraph: extracted text keeps one per line
        position = line_match.end()
    return [Sentence(i, s, e, text[s:e], p) for i, (s, e, p) in enumerate(spans)]


def _split_line(text: str, start: int, end: int, paragraph: int, out: list[tuple[int, int, int]]) -> None:
    if end <= start:
        return
    line = text[start:end]
    cuts = [0]
    for m in LATIN_END.finditer(line):
        if not ABBREVIATIONS.search(line[max(0, m.start() - 6):m.start()].rstrip("\"'”»)")):
            cuts.append(m.end())
    for m in CJK_END.finditer(line):
        if m.end() < len(line):
            cuts.append(m.end())
    cuts = sorted(set(cuts)) + [len(line)]
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece_start, piece_end = start + a, start + b
        while piece_end - piece_start > MAX_SENTENCE:
            out.append((piece_start, piece_start + MAX_SENTENCE, paragraph))
            piece_start += MAX_SENTENCE
        s, e = _strip(text, piece_start, piece_end)
        if e > s:
            out.append((s, e, paragraph))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
