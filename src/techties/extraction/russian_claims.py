"""A Russian event told in a clause that a third state's claim governs ("В Госдепе заявили, что
китайские компании поставляют…", "По мнению Вашингтона, Китай передал…") is that state's word,
not a fact the two sides report (SCHEMA.md: alleged covers claims by third governments)."""

from __future__ import annotations

import re

from techties.extraction.cues import context_lexicon

# A verb or an opening of claim, belief or accusation that introduces the clause after it.
_CLAIM = re.compile(r"\b(?:заяв(?:ил|ила|или|ляет|ляют)|утвержда(?:ет|ют|ли|л|ла)|счита(?:ет|ют|ли|л|ла)"
                    r"|полага(?:ет|ют|ли|л|ла)|обвиня(?:ет|ют|ли|л|ла)|увере(?:н|на|ны)|убежде(?:н|на|ны)"
                    r"|подозрева(?:ет|ют|ли|л|ла)|по\s+мнению|по\s+оценк[еам]+|по\s+версии"
                    r"|как\s+(?:считают|полагают|утверждают|заявляют))\b", re.IGNORECASE)
_REPORTED = re.compile(r"^\s*(?:что|будто)\b", re.IGNORECASE)


def third_state_claim(text: str, clause_start: int) -> bool:
    """Whether the clause of a Russian sentence that begins at `clause_start` is reported from a
    third state's claim: the words before it name a state that is neither side (the imposers
    of model/context.yaml) and a verb of claim or belief, and it opens with "что" or follows a
    comma after an opening such as "по мнению"."""
    if clause_start <= 0:
        return False
    before, clause = text[:clause_start], text[clause_start:]
    if not (_REPORTED.match(clause) or clause.startswith(",") or before.rstrip().endswith(",")):
        return False
    claim = _CLAIM.search(before)
    if not claim:
        return False
    return any(hit.payload == "imposer" for hit in context_lexicon().find(before))
