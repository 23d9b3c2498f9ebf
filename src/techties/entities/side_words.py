"""Mentions of the knowledge base that only place someone else: side words, not parties.

A group a firm belongs to, a commentator's employer, the academy of a scientist's rank or of
an institute: each is named to say who or whose someone is. Such a mention keeps its place in
the sentence, so the sentence still brings in its side, but its kind becomes AFFILIATION and
it is no party. The readers of each wording (russian_parents, academic_titles, academy_units,
commentators) say which mentions these are; this module makes them side words, one way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from techties.entities.gazetteer import Mention

AFFILIATION = "affiliation"  # a Mention kind: a side word, not a party
ACADEMY_KINDS = frozenset({"academy"})  # the actor kinds an academician's rank or an institute names


def as_side_words(mentions: list[Mention], side_word: Callable[[Mention], bool]) -> list[Mention]:
    """`mentions` with each knowledge-base party for which `side_word` holds made a side word."""
    return [replace(m, kind=AFFILIATION) if m.actor is not None and m.kind == "actor" and side_word(m) else m
            for m in mentions]
