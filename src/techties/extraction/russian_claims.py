"""A Russian event told in a clause that a third state's claim governs ("В Госдепе заявили, что
китайские компании поставляют…", "По мнению Вашингтона, Китай передал…", or after it:
"…производством дронов, утверждают американские чиновники") is that state's word, not a fact
the two sides report (SCHEMA.md: alleged covers claims by third governments)."""

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


# A verb of claim that closes the sentence, its subject a third state's: "…, утверждают
# американские чиновники.", "… — заявили в Госдепе.": the attribution governs all the sentence says.
_CLAIM_AT_END = re.compile(r"(?:,|\s[\u2014\u2013-])\s*(?:утвержда|заяв|счита|полага|обвиня|уверя)[а-яё]*"
                           r"((?:\s+[а-яёa-z-]+){1,4})\s*[.!?]?\s*$", re.IGNORECASE)


def third_state_claim_at_end(text: str) -> bool:
    """Whether a Russian sentence closes with a verb of claim whose subject, within a few words,
    names a third state (the imposers of model/context.yaml): what it says is that state's claim."""
    end = _CLAIM_AT_END.search(text)
    return end is not None and any(hit.payload == "imposer" for hit in context_lexicon().find(end.group(1)))


# The press as the finder of what the clause after it tells: "Издание The Telegraph обнаружило,
# что…", "газета выяснила, что…", "журналисты Reuters установили, что…" (as English "an
# investigation found"): a few words (the outlet's name) may stand between the noun and the verb.
_PRESS_FOUND = re.compile(r"\b(?:издани[ея]|газет[аы]|журналист[а-яё]*|агентств[оа])(?:\s+[^\s,.;:]+){0,4}?"
                          r"\s+(?:обнаружил[аио]?|выяснил[аио]?|установил[аио]?|раскрыл[аио]?)\s*(?:,\s*что|:)",
                          re.IGNORECASE)


def press_finding(text: str) -> bool:
    """Whether a Russian sentence tells what the press found ("Издание … обнаружило, что…"):
    its finding is the press's claim, not the two sides' word (SCHEMA.md: alleged)."""
    return _PRESS_FOUND.search(text) is not None
