"""The vocabularies' cue words compiled into lexicons, one per vocabulary."""

from __future__ import annotations

from functools import cache, lru_cache

from techties.entities import russian_names
from techties.entities.gazetteer import gazetteer
from techties.extraction import tense
from techties.model.lexicon import Hit, Lexicon, Token, is_cjk
from techties.model.loader import VOCABULARIES, load_context_words, load_vocabulary


@cache
def cue_lexicon(vocabulary: str) -> Lexicon[str]:
    """A lexicon whose payloads are the vocabulary's values."""
    lexicon: Lexicon[str] = Lexicon()
    for term in load_vocabulary(vocabulary).terms:
        for phrases in term.cues.values():
            for phrase in phrases:
                lexicon.add(phrase, term.value)
    return lexicon


def cue_weight(hit: Hit[str]) -> float:
    """A phrase of several words (or a long Chinese term) says more than one common word."""
    if is_cjk(hit.text):
        return 1.0 + 0.25 * max(0, len(hit.text) - 2)
    return 1.0 + 0.5 * (len(hit.text.split()) - 1)


@lru_cache(maxsize=1)
def context_lexicon() -> Lexicon[str]:
    """Payloads "noise" (non-technology cooperation), "third" (third countries), "cooperation",
    "imposer" (who sanctions), "boilerplate", "speech" (a remark and where it was made),
    "idle" (set phrases that hide the cues inside them)."""
    lexicon: Lexicon[str] = Lexicon()
    words = load_context_words()
    for payload, table in (("noise", words.noise), ("third", words.third_countries),
                           ("cooperation", words.cooperation), ("imposer", words.imposers),
                           ("boilerplate", words.boilerplate), ("speech", words.speech), ("idle", words.idle)):
        for phrases in table.values():
            for phrase in phrases:
                lexicon.add(phrase, payload)
    return lexicon


def find_cues(vocabulary: str, text: str, tokens: list[Token] | None = None) -> list[Hit[str]]:
    return cue_lexicon(vocabulary).find(text, tokens)


def warm() -> None:
    """Compile every lexicon now, so the first document is not slower than the rest."""
    gazetteer()
    for name in VOCABULARIES:
        cue_lexicon(name)
    context_lexicon()
    russian_names.warm()
    tense.warm()
