"""English short forms of the parties a story has named in full.

A report names a party in full once ("Harbin Institute of Technology", "Bauman Moscow State
Technical University", "Great Wall Motors") and then by a short form it never defines: its
initials ("HIT") or the words its name opens with ("Bauman", "Great Wall"). Read before
candidates are sought, so that "HIT and Bauman signed …" names both parties. A leading word
that is itself a place or a country ("Harbin", "Moscow", "China") is no short form: it names
the place. Brackets that define a short form are read elsewhere (entities/acronyms.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from techties.entities.gazetteer import Mention, overlaps, taken_spans
from techties.extraction.signals import SentenceSignals

MIN_INITIALS = 3  # "HIT"; two letters stand for too much
MIN_WORDS = 3  # a name of two words ("Great Wall") has no shorter form worth reading
GENERIC = frozenset({
    "university", "institute", "academy", "college", "school", "state", "national", "federal",
    "technical", "polytechnic", "research", "scientific", "science", "sciences", "technology",
    "technologies", "motors", "motor", "group", "corporation", "company", "holding", "holdings",
    "industries", "industry", "electronics", "systems", "engineering", "bank", "agency", "centre",
    "center", "of", "and", "the", "for", "moscow", "beijing", "russian", "chinese", "international",
})


def resolve_short_forms(signals: list[SentenceSignals], lang: str | None) -> None:
    """Add to each English sentence the uses of short forms of parties named in full."""
    if lang != "en":
        return
    places = {m.text for s in signals for m in s.mentions if not m.is_party}
    forms: dict[str, Mention] = {}
    for s in signals:
        for m in s.mentions:
            if m.kind == "actor" and m.actor is not None and len(m.sides) == 1:
                for form in _forms(m.text, places):
                    forms.setdefault(form, m)
    if not forms:
        return
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                         + r")(?![\w-])")
    for s in signals:
        taken = taken_spans(s.mentions, s.sentence.start, places_too=True, countries_too=True)
        found = []
        for hit in pattern.finditer(s.sentence.text):
            if overlaps(hit.start(), hit.end(), taken):
                continue
            party = forms[hit.group(0)]
            start = s.sentence.start + hit.start()
            found.append(replace(party, start=start, end=start + len(hit.group(0)), text=hit.group(0)))
        if found:
            s.mentions = sorted(s.mentions + found, key=lambda m: m.start)


def _forms(name: str, places: set[str]) -> list[str]:
    words = name.split()
    if len(words) < MIN_WORDS or not all(w[:1].isalpha() for w in words):
        return []
    out = []
    initials = "".join(w[0] for w in words if w[0].isupper())
    if len(initials) >= MIN_INITIALS and initials.isupper():
        out.append(initials)
    lead: list[str] = []
    for word in words:
        if word.lower() in GENERIC or not word[0].isupper():
            break
        lead.append(word)
    short = " ".join(lead)
    if lead and len(lead) < len(words) and short not in places and len(short) >= 4:
        out.append(short)
    return out
