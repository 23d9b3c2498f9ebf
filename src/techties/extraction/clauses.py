"""English sentences that hold two events, one in each clause.

"Liaoning Province signed a contract with the Russian Academy of Sciences, while Shenyang
University works with Tomsk Polytechnic University" reports two happenings with two pairs of
parties. Read as one sentence, they become one event with all four parties. Where a sentence
joins two clauses by ", while", ", whereas" or a semicolon, and each clause names a Chinese and a
Russian side with a named party among them, each clause is read as a sentence of its own.
Names outside the knowledge base are looked for in such clauses first, since they decide it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from techties.entities.gazetteer import Mention
from techties.entities.unresolved import find_unresolved
from techties.extraction.cues import cue_weight
from techties.extraction.signals import SentenceSignals
from techties.model.lexicon import Hit

BOUNDARY = re.compile(r",\s+(?:while|whereas)\s+|;\s+")


def split_clauses(signals: list[SentenceSignals], lang: str | None) -> list[SentenceSignals]:
    """The sentences of an English document, those of two events read as two (renumbered)."""
    if lang != "en":
        return signals
    out: list[SentenceSignals] = []
    for s in signals:
        out.extend(_clauses(s))
    if len(out) == len(signals):
        return signals
    for i, s in enumerate(out):
        s.sentence = replace(s.sentence, index=i)
    return out


def _clauses(s: SentenceSignals) -> list[SentenceSignals]:
    text = s.sentence.text
    if {"CN", "RU"} - s.sides or not BOUNDARY.search(text):
        return [s]
    base = s.sentence.start
    mentions = s.mentions + find_unresolved(text, "en", s.mentions, offset=base)
    cuts: list[tuple[int, int]] = []  # (end of a clause, start of the next), sentence offsets
    start = 0
    for m in BOUNDARY.finditer(text):
        before = _two_sided(mentions, base + start, base + m.start())
        if before and _two_sided(mentions, base + m.end(), base + len(text)):
            cuts.append((m.start(), m.end()))
            start = m.end()
    if not cuts:
        return [s]
    bounds = [0] + [x for cut in cuts for x in cut] + [len(text)]
    pieces = list(zip(bounds[::2], bounds[1::2], strict=True))
    return [_piece(s, mentions, a, b) for a, b in pieces]


def _two_sided(mentions: list[Mention], start: int, end: int) -> bool:
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    sides = {side for m in inside for side in m.sides}
    return {"CN", "RU"} <= sides and any(m.is_party for m in inside)


def _piece(s: SentenceSignals, mentions: list[Mention], a: int, b: int) -> SentenceSignals:
    base = s.sentence.start
    start, end = base + a, base + b
    sentence = replace(s.sentence, start=start, end=end, text=s.sentence.text[a:b])
    out = SentenceSignals(sentence, [m for m in mentions if start <= m.start and m.end <= end])
    for x, y, label in s.cue_spans:
        if not (start <= x and y <= end):
            continue
        out.cue_spans.append((x, y, label))
        attribute, payload = label.split(":", 1)
        words = s.sentence.text[x - base:y - base]
        getattr(out, attribute)[payload] += cue_weight(Hit(x, y, payload, words)) if attribute == "types" else 1
    return out
