"""Word lists of the model files as regular expressions, one way for every reader.

A list of English phrases ("lessen", "their own", "cooperat*") becomes one alternation: the
longest phrase first, so that a phrase is not cut short by another it begins with; each word
escaped; the spaces between words any run of white space, so that a line break inside a phrase
does not hide it; a final * any ending of the word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def phrase_alternation(phrases: Iterable[str]) -> str:
    """The phrases as one regex alternation (no group, no word boundaries: the caller's)."""
    return "|".join(r"\s+".join(_word(word) for word in phrase.split())
                    for phrase in sorted(phrases, key=len, reverse=True))


def _word(word: str) -> str:
    return re.escape(word[:-1]) + r"\w*" if word.endswith("*") else re.escape(word)
