"""A Russian document cited as the source of a sentence ("говорится в совместном коммюнике",
"согласно соглашению") or as the subject of its content ("соглашение предусматривает размещение
станций") exists: it was signed, and the plans the sentence tells are what it says (SCHEMA.md:
an agreement, joint statement or roadmap that is agreed is `signed`).

Read by `russian_stage.russian_tense` for the events of a document type only.
"""

from __future__ import annotations

import re
from functools import cache

from techties.extraction.tense import reading
from techties.model.loader import load_tense_words
from techties.model.phrase_patterns import phrase_alternation

_WORD = re.compile(r"[а-яё-]+", re.IGNORECASE)
MAX_ADJECTIVES = 3  # "в подписанном вчера совместном коммюнике": the words between a citation and its noun
CONTENT_REACH = 6  # words from the document's noun to the verb of its content
# A draft is not yet agreed: "согласно проекту соглашения", "проект документа предусматривает".
_DRAFT = re.compile(r"\bпроект[а-яё]*\s+(?:[а-яё]+\s+){0,2}$", re.IGNORECASE)


@cache
def _pattern(kind: str) -> re.Pattern[str]:
    return re.compile(rf"(?:^|\b)(?:{phrase_alternation(load_tense_words()[kind]['ru'])})$", re.IGNORECASE)


def _modifiers(words: list[str]) -> bool:
    """Whether the words are all adjectives, participles or adverbs ("совместном", "подписанном")."""
    return all(reading(w.lower())[1].startswith(("ADJF", "PRTF", "ADVB", "NUMR")) for w in words)


def cited_document(text: str, at: int, end: int) -> bool:
    """Whether the document noun at `at`..`end` of a Russian sentence is cited as its source or
    is the subject of a verb of its content."""
    before = text[max(0, at - 120):at]
    if _DRAFT.search(before):
        return False
    words = list(_WORD.finditer(before))
    for n in range(min(MAX_ADJECTIVES, len(words)) + 1):
        head = before[:words[len(words) - n].start()] if n else before
        if n and not _modifiers([m.group() for m in words[len(words) - n:]]):
            break
        if _pattern("cited_in").search(head.rstrip()):
            return True
    # the rest of its clause: up to a comma, a dash or a relative pronoun
    after = " ".join(m.group() for m in _WORD.finditer(_CLAUSE_END.split(text[end:], maxsplit=1)[0]))
    hit = _content().search(after)
    return hit is not None and len(after[:hit.start()].split()) < CONTENT_REACH


_CLAUSE_END = re.compile(r"[,;:()\u2014]|\bкотор", re.IGNORECASE)


@cache
def _content() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{phrase_alternation(load_tense_words()['document_content']['ru'])})\b", re.IGNORECASE)
