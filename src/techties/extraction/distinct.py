"""Signs that two sentences of one type tell different happenings, not one.

A story often tells two of a kind: a scientist detained and another charged, one contract and
another. Merged, they become one event whose parties are the union of both, and the second
happening is lost. Two signs keep them apart: a word that announces a further happening of the
kind ("another", "ещё один", "另一名"), and, where people are parties in person (the accused, the
hired), different people named on the same side.
"""

from __future__ import annotations

from functools import cache

from techties.model.lexicon import Lexicon
from techties.model.loader import load_further_words
from techties.records import ActorRef


@cache
def _lexicon() -> Lexicon[str]:
    lexicon: Lexicon[str] = Lexicon()
    for kind, words in load_further_words().items():
        for phrases in words.values():
            for phrase in phrases:
                lexicon.add(phrase, kind)
    return lexicon


def further_happening(text: str) -> bool:
    """Whether a sentence reports a further happening of a kind already told ("another
    scientist was detained", "ещё одно соглашение", "另一家公司")."""
    return any(hit.payload == "further" for hit in _lexicon().find(text))


STEM = 5  # letters of a surname that survive its Russian case endings ("Лукани|на")


def _surname(ref: ActorRef) -> str:
    words = ref.name.lower().split()
    return words[-1] if words else ""


def own_people(refs: list[ActorRef], text: str) -> set[str]:
    """The people of `refs` that a sentence names itself, by surname: a sentence that names
    no one takes the document's people, and they do not tell it apart from another."""
    low = text.lower()
    out = set()
    for ref in refs:
        if not ref.person:
            continue
        forms = [ref.mention.lower(), _surname(ref)] + [w.lower() for w in ref.mention.split()[-1:]]
        if any(f and (f in low or (len(f) > STEM and f[:STEM] in low)) for f in forms):
            out.add(_surname(ref))
    return out


def other_people(a: set[str], b: set[str]) -> bool:
    """Whether two sentences each name people and none the same."""
    return bool(a and b and not a & b)
