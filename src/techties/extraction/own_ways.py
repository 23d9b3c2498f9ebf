"""English sentences that give each of the two sides its own thing.

"Both Russia and China have developed their own large language models and are training
specialists" says what each side does alone: the training is each side's, not an exchange. The
two sides named after "both" and before a word that gives each its own (model/own_ways.yaml),
in a sentence with no word that makes the thing joint, report no dealings between them.
"""

from __future__ import annotations

import re
from functools import cache

from techties.exceptions import ModelError
from techties.extraction.signals import SentenceSignals
from techties.model.loader import load_model_mapping
from techties.model.phrase_patterns import phrase_alternation


@cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_model_mapping("own_ways.yaml")
    own, together = ((data.get(k) or {}).get("en") if isinstance(data.get(k), dict) else None
                     for k in ("own", "together"))
    if not own or not together:
        raise ModelError("own_ways.yaml: needs mappings `own` and `together` with `en` lists")
    return (re.compile(rf"\b(?:{phrase_alternation(own)})\b", re.IGNORECASE),
            re.compile(rf"\b(?:{phrase_alternation(together)})\b", re.IGNORECASE))


_BOTH = re.compile(r"\bboth\b", re.IGNORECASE)


def each_on_its_own(s: SentenceSignals, lang: str | None) -> bool:
    """Whether an English sentence names the two sides after "both" and then gives each its own."""
    if lang != "en":
        return False
    text = s.sentence.text
    both = _BOTH.search(text)
    if not both:
        return False
    own, together = _words()
    found = own.search(text, both.end())
    if not found or together.search(text):
        return False
    base = s.sentence.start
    between = {side for m in s.mentions if both.end() <= m.start - base and m.end - base <= found.start()
               for side in m.sides}
    return {"CN", "RU"} <= between
