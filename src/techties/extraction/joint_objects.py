"""Events told of a joint project by its name alone, in a sentence that names neither side.

A story ties a project to the pair once ("Rosatom and CNNC build the Beishan plant") and then
tells its history by the project's name: "The first unit of the Beishan plant was put into
operation in 2009", "assembly of the XR-300 prototype began". Such a sentence becomes an event
of the pair when

- it names a project that an earlier sentence of the pair named: a capitalised word that does
  not open that earlier sentence, or a word with digits ("XR-300"), not a month or a title; the
  later sentence may open with it when a unit's number follows ("Beishan 1 was put into
  operation in 2009");
- it carries a type cue with a stage cue in the same clause, touches technology, and nothing
  marks it as about a third country, a sanction, a remark or boilerplate (as context_parties);
- its type is new to the story, or it states its own time and that time is not one a candidate
  of its type states: a further happening of the project (the merge keeps it apart).

Its parties are those of the sentence that named the project.
"""

from __future__ import annotations

import re

from techties.extraction.candidates import Candidate
from techties.extraction.context_parties import VETO_CONTEXT, denied
from techties.extraction.dates import event_date
from techties.extraction.signals import SentenceSignals
from techties.extraction.stage import clause_stages
from techties.model.behaviour import priority_rank, types_where
from techties.model.loader import load_project_stopwords

SCORE = 0.75  # as context_parties.SCORE: stands alone beside anchored events
_WORD = re.compile(r"[A-Za-zА-Яа-яЁё0-9][A-Za-zА-Яа-яЁё0-9-]*")
# a _WORD's digits and letters, the only characters beside a hyphen it can hold
_DIGIT = re.compile(r"[0-9]")
_LETTER = re.compile(r"[A-Za-zА-Яа-яЁё]")
_NUMBER_AFTER = re.compile(r"\s+[0-9]")  # "Beishan 1", "Beishan 3&4"


def project_names(text: str, numbered: bool = False) -> set[str]:
    """The words of a sentence that may name a project: capitalised and not its first word,
    or carrying a digit beside letters; lower-cased. `numbered`: a first word followed by the
    number of a unit or a model ("Beishan 1&2 began operation") names one too: capitals open
    every sentence, but a number after a word makes it a name."""
    stop = load_project_stopwords()
    out: set[str] = set()
    for n, m in enumerate(_WORD.finditer(text)):
        word = m.group().strip("-")
        has_digit = _DIGIT.search(word) is not None
        if _LETTER.search(word) is None:
            continue
        opening = numbered and n == 0 and _NUMBER_AFTER.match(text, m.end()) is not None
        if has_digit and len(word) >= 3:
            out.add(word.lower())
        elif (n > 0 or opening) and word[0].isupper() and len(word) >= 4 and word.lower() not in stop:
            out.add(word.lower())
    return out


def _happening(s: SentenceSignals) -> str | None:
    """The strongest type cue of the sentence whose own clause has a stage cue: what happened
    to the project ("unit 3 was launched", "the protocol was signed")."""
    rank = priority_rank()
    for event_type in sorted(s.types, key=lambda t: (-s.types[t], rank.get(t, len(rank)))):
        if event_type in types_where("conflict"):
            continue
        if clause_stages(s.sentence.text, s.sentence.start, s.cue_spans, event_type):
            return event_type
    return None


def project_candidates(signals: list[SentenceSignals], candidates: list[Candidate], lang: str | None,
                       published: str | None, basis: str | None) -> list[Candidate]:
    """`candidates`, with the sentences that name no side but tell a happening of a project an
    earlier sentence of the pair named; each takes its parties from that sentence."""
    by_index = {c.index: c for c in candidates}
    anchors = [s.sentence.index for s in signals
               if {"CN", "RU"} <= s.sides or (s.sides and s.sentence.index in by_index)]
    if not anchors:
        return candidates
    names = {i: project_names(signals[i].sentence.text) for i in anchors}
    times: dict[str, set[tuple[int, str]]] = {}  # the times each type's candidates state
    for c in candidates:
        when, how = event_date(signals[c.index].sentence.text, lang, published, basis)
        if how == "stated" and when:
            times.setdefault(c.type, set()).add((c.index, when[:7]))
    out = list(candidates)
    for i, s in enumerate(signals):
        carried = by_index.get(i)  # "The deal was signed …": leans on the sentences just before
        if carried is not None and (carried.sides_in_sentence or carried.parties_from is not None):
            continue
        if s.sides or not s.types or any(s.context[k] for k in VETO_CONTEXT):
            continue
        event_type = _happening(s)
        if event_type is None:
            continue
        own = project_names(s.sentence.text, numbered=lang == "en")
        source = next((j for j in reversed(anchors) if j < i and own & names[j]), None)
        if source is None:
            continue
        # the project's field is the one the sentence that named it gives
        near = (i - 1, i + 1, source)
        technology = bool(s.domains) or any(0 <= j < len(signals) and signals[j].domains for j in near)
        if not technology or denied(s.sentence.text, lang):
            continue
        if carried is not None or any(c.type == event_type for c in out):
            when, how = event_date(s.sentence.text, lang, published, basis)
            told = {t for j, t in times.get(event_type, set()) if j != i}
            if how != "stated" or not when or when[:7] in told:
                continue
        if carried is not None:
            out.remove(carried)
        out.append(Candidate(i, event_type, set(), SCORE, parties_from=source))
        out.extend(Candidate(i, event_type, set(), SCORE, parties_from=source, time_from=at)
                   for at in later_times(s.sentence.text, lang, published, basis))
    return out


# ", while the fourth in October 2018", ", and the third unit in December 2017", "; unit 4 in 2019"
_CLAUSE = re.compile(r",\s+(?:while|whereas|and)\s+|;\s+")


def later_times(text: str, lang: str | None, published: str | None, basis: str | None) -> list[int]:
    """Where a sentence tells the project's happenings at two times, one to a clause ("Beishan 1
    began operation in 2009, and the second unit in October 2012"), the offsets at which each
    later clause that states a time of its own opens: a happening each (English)."""
    if lang != "en":
        return []
    out: list[int] = []
    told: set[str] = set()
    start = 0
    for m in [*_CLAUSE.finditer(text), None]:
        end = m.start() if m else len(text)
        when, how = event_date(text[start:end], lang, published, basis)
        if how == "stated" and when and when[:7] not in told:
            if told:
                out.append(start)
            told.add(when[:7])
        if m:
            start = m.end()
    return out
