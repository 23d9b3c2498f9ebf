"""The vocabularies' cue words compiled into lexicons, one per vocabulary."""

from __future__ import annotations

from functools import lru_cache

from techties.model.lexicon import Hit, Lexicon, Token
from techties.model.loader import VOCABULARIES, load_vocabulary


@lru_cache(maxsize=None)
def cue_lexicon(vocabulary: str) -> Lexicon[str]:
    """A lexicon whose payloads are the vocabulary's values."""
    lexicon: Lexicon[str] = Lexicon()
    for term in load_vocabulary(vocabulary).terms:
        for phrases in term.cues.values():
            for phrase in phrases:
                lexicon.add(phrase, term.value)
    return lexicon


def find_cues(vocabulary: str, text: str, tokens: list[Token] | None = None) -> list[Hit[str]]:
    return cue_lexicon(vocabulary).find(text, tokens)


def warm() -> None:
    """Compile every lexicon now, so the first document is not slower than the rest."""
    for name in VOCABULARIES:
        cue_lexicon(name)
