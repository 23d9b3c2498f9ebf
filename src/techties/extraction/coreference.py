"""English sentences that refer back to the story's parties instead of naming them.

Two references are read as the parties they stand for, before candidates are sought:

- a subject that points back to a party ("The company is hiring engineers in Moscow", "The
  Chinese automaker signed …"): the organisation of the knowledge base named last in the few
  sentences before it, when the sentence lacks that party's side; failing one, a name outside
  the knowledge base found there by its shape ("China's Zhongda Robotics Group …", then "The
  company signed …"). Without it, the sentence that
  tells what the firm did names only the other side and is no candidate. A firm word ("the
  company") points to a firm; another ("the university") to a party whose name holds the word;
  a side adjective ("the Russian firm") must agree with the party's side.
- "the two countries" in a story that names China and Russia and no third country: the pair.

Vocabulary: model/coreference.yaml. Russian and Chinese reports name their parties again or say
"стороны"/"双方" (context_parties.py), so this is English only.
"""

from __future__ import annotations

import re
from functools import cache

from techties.entities.gazetteer import Mention
from techties.entities.unresolved import find_unresolved
from techties.extraction.signals import SentenceSignals
from techties.model.loader import load_coreference_words
from techties.model.phrase_patterns import phrase_alternation

BACK = 3  # sentences before the subject in which its party was named
FIRM_KINDS = frozenset({"company", "state_corporation"})
NOT_ANTECEDENTS = frozenset({"person", "media"})


@cache
def _subject() -> re.Pattern[str]:
    words = load_coreference_words()

    def alternatives(items: tuple[str, ...] | list[str]) -> str:
        return phrase_alternation(items)

    # an opening adverbial before the subject is allowed ("Unofficially, the company …"), and
    # the people who act for the party ("Representatives of the university signed …"); a short
    # form in capitals is a head too ("the SEZ" for "Technopolis Moscow Special Economic Zone")
    return re.compile(
        rf"^(?:[A-Z][\w' ]{{0,30}},\s+)?(?:(?:{alternatives(words.agents)})\s+(?:of|from)\s+)?"
        rf"(?P<np>the\s+(?:(?P<side>{alternatives(list(words.side_adjectives))})\s+)?"
        rf"(?:state\s+|tech\s+|technology\s+)?(?:(?P<firm>{alternatives(words.firm_heads)})"
        rf"|(?P<named>{alternatives(words.named_heads)})|(?P<short>(?-i:[A-Z]{{2,5}}))))\b",
        re.IGNORECASE)


@cache
def _pair() -> re.Pattern[str]:
    phrases = phrase_alternation(load_coreference_words().pair)
    return re.compile(rf"\b(?:{phrases})\b", re.IGNORECASE)


def resolve_references(signals: list[SentenceSignals], lang: str | None) -> None:
    """Add to each English sentence's mentions the parties its references stand for."""
    if lang != "en":
        return
    resolve_subjects(signals)
    resolve_pairs(signals)


def resolve_subjects(signals: list[SentenceSignals]) -> None:
    sides_of = load_coreference_words().side_adjectives
    for i, s in enumerate(signals):
        if not s.types:
            continue  # only a sentence that reports something needs its subject
        match = _subject().match(s.sentence.text)
        if not match:
            continue
        side = sides_of.get((match.group("side") or "").lower())
        named = match.group("named")
        if match.group("short"):
            antecedent = _last_short(signals, i, match.group("short"))
        else:
            antecedent = _last_party(signals, i, side, named) or _last_new_party(signals, i, side, named)
        if antecedent is None or set(antecedent.sides) <= s.sides:
            continue
        start, end = s.sentence.start + match.start("np"), s.sentence.start + match.end("np")
        if antecedent.actor is not None:
            s.mentions.append(Mention(start, end, match.group("np"), antecedent.sides, antecedent.actor, "actor"))
        else:  # a name outside the knowledge base stands under its own name
            s.mentions.append(Mention(start, end, match.group("np"), antecedent.sides, None, "unresolved",
                                      antecedent.latin or antecedent.text))
        s.mentions.sort(key=lambda m: m.start)


def _last_party(signals: list[SentenceSignals], i: int, side: str | None, named: str | None) -> Mention | None:
    """The organisation named last in the BACK sentences before sentence i that the subject fits."""
    for j in range(i - 1, max(-1, i - 1 - BACK), -1):
        fitting = [m for m in signals[j].mentions if _fits(m, side, named)]
        if fitting:
            return fitting[-1]
    return None


def _last_new_party(signals: list[SentenceSignals], i: int, side: str | None, named: str | None) -> Mention | None:
    """Failing a party of the knowledge base, the organisation outside it named last before
    sentence i ("China's Xuanyuan Group plans a park in Amur. … The Chinese company will invest
    …"): a firm word fits a name with a firm's head, another word a name that holds it."""
    for j in range(i - 1, max(-1, i - 1 - BACK), -1):
        prior = signals[j]
        found = find_unresolved(prior.sentence.text, "en", prior.mentions, offset=prior.sentence.start)
        fitting = [m for m in found if len(m.sides) == 1 and (side is None or side in m.sides)
                   and _new_fits(m.text, named)]
        if fitting:
            return fitting[-1]
    return None


def _last_short(signals: list[SentenceSignals], i: int, short: str) -> Mention | None:
    """The party named last before sentence i whose name's initials hold the short form: "the
    SEZ" for "Technopolis Moscow Special Economic Zone"."""
    for j in range(i - 1, max(-1, i - 1 - BACK), -1):
        fitting = [m for m in signals[j].mentions if m.actor is not None and m.kind == "actor"
                   and len(m.sides) == 1 and short in _initials(m.text)]
        if fitting:
            return fitting[-1]
    return None


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _new_fits(name: str, named: str | None) -> bool:
    words = name.lower().split()
    if named is not None:
        return named.lower() in words
    return bool(words) and words[-1].strip(".,") in load_coreference_words().new_firm_heads


def _fits(m: Mention, side: str | None, named: str | None) -> bool:
    actor = m.actor
    if m.kind != "actor" or actor is None or actor.kind in NOT_ANTECEDENTS or len(m.sides) != 1:
        return False
    if side is not None and side not in m.sides:
        return False
    if named is None:
        return actor.kind in FIRM_KINDS
    word = named.lower()
    return word in m.text.lower() or word in actor.name.lower()


def resolve_pairs(signals: list[SentenceSignals]) -> None:
    sides = {side for s in signals for side in s.sides}
    if not {"CN", "RU"} <= sides or any(s.context["third"] for s in signals):
        return  # "the two countries" may be China and a third one
    for s in signals:
        found = list(_pair().finditer(s.sentence.text))
        for match in found:
            start, end = s.sentence.start + match.start(), s.sentence.start + match.end()
            s.mentions.append(Mention(start, end, match.group(0), ("CN", "RU"), None, "both"))
        if found:
            s.mentions.sort(key=lambda m: m.start)
