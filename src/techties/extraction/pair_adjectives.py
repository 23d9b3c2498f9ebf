"""The compound adjective of the two countries is read through when type cues are looked up.

A cue of two words is often split by the pair's adjective: "a joint Russian-Chinese
enterprise", "совместного российско-китайского института", "a joint Sino-Russian laboratory".
The adjective says nothing of the kind of event, so the cue words around it are matched as if
it were absent ("joint enterprise", "совместного института"). Only the hyphenated pair is
dropped: a single country word ("help China build", "research institute in Russia") is part of
some cues and stays.
"""

from __future__ import annotations

import re

from techties.model.lexicon import Token

# the first half of the compound: its own form in English ("Russian-", "Sino-", "China-") and
# the -о stem in Russian ("российско-", "русско-", "китайско-")
_FIRST = re.compile(r"(?:russian|russia|sino|china|chinese|российско|русско|китайско|россия|китай)")
_SECOND = re.compile(r"(?:russian|russia|chinese|china|российск\w*|русск\w*|китайск\w*)")
_JOINERS = {"-", "\u2013", "\u2011"}


def without_pair_adjectives(text: str, tokens: list[Token]) -> list[Token]:
    """`tokens` less the two halves of each hyphenated China–Russia compound."""
    drop: set[int] = set()
    for i in range(len(tokens) - 1):
        a, b = tokens[i], tokens[i + 1]
        if (text[a.end:b.start] in _JOINERS and _FIRST.fullmatch(a.norm) and _SECOND.fullmatch(b.norm)
                and (a.norm[:3] in ("рос", "рус", "rus")) != (b.norm[:3] in ("рос", "рус", "rus"))):
            drop.update((i, i + 1))
    if not drop:
        return tokens
    return [t for i, t in enumerate(tokens) if i not in drop]
