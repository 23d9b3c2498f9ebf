"""A party found outside the knowledge base that is a knowledge-base party named in part.

A recogniser that reads names by their shape sees "the Siberian Branch" or "State
Commission for Radio Frequency" where the knowledge base knows the "Siberian Branch of the
Russian Academy of Sciences" and the "State Commission for Radio Frequencies"; when the
document names the known party too, the two are one party, not two.
"""

from __future__ import annotations

import re

from techties.records import ActorRef, Event

MIN_WORDS = 2  # one word ("Harbin") may be a place that acts, not the party whose name holds it
LINKING_WORDS = frozenset({"of", "the", "and", "for", "in", "at", "on"})


def _singular(word: str) -> str:
    """An English word in the singular (frequencies → frequency); other words as they are."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _stems(name: str) -> frozenset[str]:
    words = re.findall(r"\w+", name.casefold())
    return frozenset(_singular(w) for w in words if w not in LINKING_WORDS)


def known_party_of(ref: ActorRef, known: list[tuple[ActorRef, frozenset[str]]]) -> ActorRef | None:
    """The knowledge-base party of the same side (given with the words of its name) whose
    name holds every word of `ref`'s."""
    if ref.resolved or ref.person:
        return None
    stems = _stems(ref.name)
    if len(stems) < MIN_WORDS:
        return None
    holders = [k for k, words in known if k.country == ref.country and not k.person and stems <= words]
    return holders[0] if len(holders) == 1 else None


def as_known_parties(events: list[Event]) -> None:
    """Replace in `events` each party named in part by the knowledge-base party the document
    names in full, once per event."""
    known: dict[str, ActorRef] = {}
    for e in events:
        for r in e.china_actors + e.russia_actors:
            if r.resolved:
                known.setdefault(r.key, r)
    if not known:
        return
    with_words = [(r, _stems(r.name)) for r in known.values()]
    for e in events:
        e.china_actors = _replaced(e.china_actors, with_words)
        e.russia_actors = _replaced(e.russia_actors, with_words)


def _replaced(refs: list[ActorRef], known: list[tuple[ActorRef, frozenset[str]]]) -> list[ActorRef]:
    out: dict[str, ActorRef] = {}
    for r in refs:
        r = known_party_of(r, known) or r
        out.setdefault(r.key, r)
    return list(out.values())
