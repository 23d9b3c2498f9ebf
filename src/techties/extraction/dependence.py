"""A country a sentence wants to depend on less is no party to its story.

"Rostec plans rare earths production to lessen Russia's dependence on China" brings China in
only as the supplier to be done without: the sentence reports home production, not dealings
between the two sides. The country word after such a phrase (model/dependence.yaml) is taken
out of the sentence's sides; a named party stays, whatever phrase it follows.
"""

from __future__ import annotations

import re
from functools import cache

from techties.exceptions import ModelError
from techties.extraction.signals import SentenceSignals
from techties.model.loader import load_model_mapping
from techties.model.phrase_patterns import phrase_alternation

_HINT = re.compile(r"depend|relian|free", re.IGNORECASE)  # what every phrase holds: most sentences hold none
WORDS_BETWEEN = 3  # "reduce its growing dependence on": the words between a lessening word and dependence


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    data = load_model_mapping("dependence.yaml")
    tables = [data.get(key) for key in ("lessen", "depend", "free")]
    if not all(isinstance(t, dict) for t in tables):
        raise ModelError("dependence.yaml: needs mappings `lessen`, `depend` and `free` of languages to lists")
    lessen, depend, free = (t.get(lang) or [] if isinstance(t, dict) else [] for t in tables)
    if not (lessen and depend) and not free:
        return None
    parts = []
    if lessen and depend:
        parts.append(rf"\b(?:{phrase_alternation(lessen)})\s+(?:\S+\s+){{0,{WORDS_BETWEEN}}}?"
                     rf"(?:{phrase_alternation(depend)})\s+(?:on|upon|from)")
    if free:
        parts.append(rf"\b(?:{phrase_alternation(free)})")
    # the object: "China", "the Chinese", "Chinese imports"
    return re.compile(rf"(?:{'|'.join(parts)})\s+(?:the\s+)?$", re.IGNORECASE)


def without_dependence(signals: list[SentenceSignals], lang: str | None) -> None:
    """Drops from each sentence the country words it names as what to depend on less."""
    pattern = _pattern(lang) if lang == "en" else None
    if pattern is None:
        return
    for s in signals:
        if not _HINT.search(s.sentence.text):
            continue
        base = s.sentence.start
        s.mentions = [m for m in s.mentions if m.is_party or not pattern.search(s.sentence.text[:m.start - base])]
