"""English sentences that tell the terms of a document the story has already reported.

"Under the agreement, the Russian firm will build the plant and the Chinese one will supply the
turbines." names the document with the definite article, as one told before, and says no one
signed it here: it tells what the document provides, and names those of its parties that do
each thing. It belongs to the event of that document, whichever of its parties it names.
"""

from __future__ import annotations

import re

# a determiner that points back, right before the document's cue: "the agreement", "this deal"
_BACK = re.compile(r"\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_NOT_BACK = re.compile(r"\b(?:of|at|on)\s+the\s+$", re.IGNORECASE)  # "the signing of the", a title
REACH = 30  # characters before the cue in which the determiner is read


def document_terms(text: str, start: int, cue_spans: list[tuple[int, int, str]], document_type: str) -> bool:
    """Whether every cue of `document_type` in the sentence names a document told before ("the
    agreement", "this memorandum"); `start` is the sentence's offset, as `cue_spans`."""
    cues = [(a - start, b - start) for a, b, label in cue_spans if label == f"types:{document_type}"]
    if not cues:
        return False
    for a, _b in cues:
        before = text[max(0, a - REACH):a]
        if not _BACK.search(before) or _NOT_BACK.search(before):
            return False
    return True


_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
# the month of a document written before its noun: "a June 2019 agreement", "the June-2019-agreement",
# "their March contract"; a year alone says less ("the 2019 agreement" may be a line of history)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?(?:[\s-]+\d{{4}})?[\s-]+$", re.IGNORECASE)


def dated_document(text: str, start: int, cue_spans: list[tuple[int, int, str]], document_type: str) -> bool:
    """Whether a cue of `document_type` in the sentence is named by the month it was made ("a
    June 2019 agreement"): the month says when it was signed, as "signed in June 2019" would."""
    for a, _b, label in cue_spans:
        if label == f"types:{document_type}" and _MONTH_BEFORE.search(text[max(0, a - start - REACH):a - start]):
            return True
    return False
