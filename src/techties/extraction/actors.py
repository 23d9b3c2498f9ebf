"""The actors of an event: the parties its sentences name on each side, resolved when known."""

from __future__ import annotations

from dataclasses import replace

from techties.entities.gazetteer import Mention
from techties.entities.transliteration import transliterate
from techties.extraction.candidates import LOOK_BACK
from techties.extraction.signals import SentenceSignals
from techties.model.behaviour import types_where
from techties.model.loader import load_anaphors, load_context_words, parent_of
from techties.records import ActorRef, Event

MAX_PER_SIDE = 12
# Sanctions and supply stories name "Chinese companies" in the event sentence and list
# them just after ("The companies are A, B and C."): for the types whose behaviour says
# `lists_parties`, a following sentence naming at least LIST_MIN parties of the side is read
# as that list.
LOOK_AHEAD = 4
LIST_MIN = 2
# Media report events; they are sources, not parties to them.
NOT_PARTIES = {"media"}


def actor_refs(mentions: list[Mention], side: str) -> list[ActorRef]:
    refs: dict[str, ActorRef] = {}
    for m in mentions:
        if side not in m.sides or not m.is_party:
            continue
        if m.actor is not None:
            if (m.actor.kind in NOT_PARTIES or "official" in m.actor.flags
                    or m.actor.id in load_context_words().not_parties):
                continue
            ref = ActorRef(m.actor.name, side, m.actor.id, m.text, m.actor.kind == "person")
        else:
            ref = ActorRef(m.latin or transliterate(m.text), side, None, m.text, m.kind == "person")
        refs.setdefault(ref.key, ref)
    return list(refs.values())[:MAX_PER_SIDE]


HEADLINE_MAX = 90  # characters of a headline line
SENTENCE_END = tuple(".!?。！？…")


def headline_sentences(signals: list[SentenceSignals], title_added: bool) -> int:
    """How many of the first sentences are the headline: the title put before the body, or a
    body's own first line that stands alone and reads as a headline (short, no full stop), as
    when the body repeats its title or a page has no title field."""
    if title_added:
        return 1
    if not signals:
        return 0
    first = signals[0].sentence
    alone = len(signals) == 1 or signals[1].sentence.paragraph != first.paragraph
    text = first.text.strip()
    return int(alone and 0 < len(text) <= HEADLINE_MAX and not text.endswith(SENTENCE_END))


def salient_actor(signals: list[SentenceSignals], side: str, title_sentences: int) -> ActorRef | None:
    """The document's main actor on `side`: named in the headline, or at least twice, and most often;
    an organisation before a person."""
    counts: dict[str, int] = {}
    refs: dict[str, ActorRef] = {}
    in_title: set[str] = set()
    for i, s in enumerate(signals):
        for ref in actor_refs(s.mentions, side):
            key = ref.key
            counts[key] = counts.get(key, 0) + 1
            refs.setdefault(key, ref)
            if i < title_sentences:
                in_title.add(key)
    # an organisation before the person who speaks for it
    ranked = sorted(counts, key=lambda k: (refs[k].person, -(k in in_title), -counts[k]))
    for key in ranked:
        if key in in_title or counts[key] >= 2:
            return refs[key]
    return None


def list_sentences(signals: list[SentenceSignals], index: int, side: str) -> list[int]:
    """The sentences just after `index` that enumerate parties of `side`."""
    return [j for j in range(index + 1, min(len(signals), index + 1 + LOOK_AHEAD))
            if len(actor_refs(signals[j].mentions, side)) >= LIST_MIN]


def listed_after(signals: list[SentenceSignals], index: int, side: str) -> list[ActorRef]:
    """The parties of `side` that the sentences just after `index` enumerate."""
    refs: dict[str, ActorRef] = {}
    for j in list_sentences(signals, index, side):
        for ref in actor_refs(signals[j].mentions, side):
            refs.setdefault(ref.key, ref)
    return list(refs.values())[:MAX_PER_SIDE]


def event_actors(signals: list[SentenceSignals], index: int, side: str,
                 salient: ActorRef | None = None, event_type: str = "") -> list[ActorRef]:
    """Actors of `side` in the sentence; failing that, in the two sentences before it (same
    paragraph, or across a paragraph break when the sentence points back: "the company");
    for sanctions and supply, the list that follows; failing that, the document's main actor
    of that side when the sentence brings the side in."""
    found = actor_refs(signals[index].mentions, side)
    if found:
        return found
    points_back = refers_back(signals[index].sentence.text)
    for j in range(index - 1, max(-1, index - 1 - LOOK_BACK), -1):
        if signals[j].sentence.paragraph != signals[index].sentence.paragraph and not points_back:
            break
        found = actor_refs(signals[j].mentions, side)
        if found:
            return found
    if event_type in types_where("lists_parties") and side in signals[index].sides:
        found = listed_after(signals, index, side)
        if found:
            return found
    if salient is not None and side in signals[index].sides:
        return [salient]
    return []


# Events about people in person (behaviour `affiliations`): the organisation a person works
# for is a party too, and a report often names it in another sentence ("сотрудник ЦНИИмаш
# Лапыгин", "a physicist at …").
SURNAME_STEM = 5  # letters of a surname that survive its case endings (Лапыгин, Лапыгина)


def with_affiliations(signals: list[SentenceSignals], refs: list[ActorRef], side: str) -> list[ActorRef]:
    """`refs`, and when they are people only, the organisations named beside them elsewhere."""
    if not refs or not all(r.person for r in refs):
        return refs
    return refs + affiliations(signals, refs, side)


def affiliations(signals: list[SentenceSignals], people: list[ActorRef], side: str) -> list[ActorRef]:
    """The organisations of `side` named in the sentences that name one of `people`."""
    stems = {_surname_stem(p.mention or p.name) for p in people}
    stems.discard("")
    refs: dict[str, ActorRef] = {}
    for s in signals:
        if any(stem in s.sentence.text for stem in stems):
            for ref in actor_refs(s.mentions, side):
                if not ref.person:
                    refs.setdefault(ref.key, ref)
    return list(refs.values())


IN_PERSON_REPEATS = 2  # a party in person is named again ("Vasilyev said…"), a passer-by once
MAX_IN_PERSON = 2


def people_of_document(signals: list[SentenceSignals], in_person: list[list[Mention]], side: str,
                       title_sentences: int, in_case: list[list[Mention]] | None = None) -> list[ActorRef]:
    """The people of `side` that a story about people (a treason case, a recruitment) is
    about: named by a role of their own (scientist, engineer) or with their age, and named
    again further on or in the headline. `in_person` holds each sentence's such people;
    `in_case` those a sentence that tells the case itself names, who need no second naming."""
    text = " ".join(s.sentence.text for s in signals)
    officials = official_stems(signals)
    refs: dict[str, ActorRef] = {}
    for i, found in enumerate(in_person):
        for ref in actor_refs(found, side):
            stem = _surname_stem(ref.mention or ref.name)
            if stem and stem not in officials and (i < title_sentences or text.count(stem) >= IN_PERSON_REPEATS):
                refs.setdefault(ref.key, ref)
    for found in in_case or []:
        for ref in actor_refs(found, side):
            stem = _surname_stem(ref.mention or ref.name)
            if stem and stem not in officials and not any(_surname_stem(r.mention or r.name) == stem
                                                          for r in refs.values()):
                refs.setdefault(ref.key, ref)
    return list(refs.values())[:MAX_IN_PERSON]


def official_stems(signals: list[SentenceSignals]) -> set[str]:
    """The surnames of the people the document names as heads of an organisation."""
    stems = {_surname_stem(m.text) for s in signals for m in s.mentions if m.kind == "official"}
    stems.discard("")
    return stems


def without_officials(signals: list[SentenceSignals]) -> None:
    """A head of an organisation named as such once ("the rector, Professor Li") speaks for it
    wherever the document names him again ("Professor Li said"): no party in person."""
    stems = official_stems(signals)
    if not stems:
        return
    for s in signals:
        s.mentions = [replace(m, kind="official") if m.kind == "person" and _surname_stem(m.text) in stems
                      else m for m in s.mentions]


def with_people(refs: list[ActorRef], people: list[ActorRef]) -> list[ActorRef]:
    """`refs`, and the story's people in person when `refs` names nobody in person."""
    if not people or any(r.person for r in refs):
        return refs
    keys = {r.key for r in refs}
    return refs + [p for p in people if p.key not in keys]


def _surname_stem(name: str) -> str:
    """The first letters of a surname; a Chinese text's name is read before the Latin spelling
    it gives in brackets (瓦西里耶夫(Vladimir Vasilyev))."""
    if any("\u4e00" <= ch <= "\u9fff" for ch in name):
        name = name.split("(")[0].split("（")[0]
    words = name.split()
    if not words:
        return ""
    last = words[-1].split("(")[0].split("（")[0]
    return last[:SURNAME_STEM] if len(last) > SURNAME_STEM else last


# An academy works through its branches and institutes: the unit named is the party. A
# corporation's subsidiary or a joint venture's owners are parties in their own right.
UNIT_PARENT_KINDS = frozenset({"academy"})


def without_parents(refs: list[ActorRef], named: list[ActorRef] | None = None) -> list[ActorRef]:
    """`refs` less any academy whose own unit is also named, in `refs` or in `named` (the
    story's other parties): in "the vice-president of the Academy, head of its Ural Branch"
    the Branch is the party, the Academy its affiliation."""
    parents = parent_of(UNIT_PARENT_KINDS)
    ids = {r.actor_id for r in [*refs, *(named or [])] if r.actor_id}
    above: set[str] = set()
    for actor_id in ids:
        parent = parents.get(actor_id)
        while parent and parent not in above:
            above.add(parent)
            parent = parents.get(parent)
    return [r for r in refs if r.actor_id not in above]


def refers_back(text: str) -> bool:
    """Whether the sentence names a party by a word that points back ("the company", "该公司")."""
    low = text.lower()
    return any(word in low for word in load_anaphors())


# A party whose own event the candidates miss is still named beside the events it takes part
# in: a firm, a university or an institute of the knowledge base that the document names but
# no event carries joins the nearest event within NEAR sentences that names a party already
# (an event naming none matches any; one naming some only gains by another). Bodies of state,
# armed forces, banks and academies are left out: a story names them as background far more
# often than as parties.
BACKSTOP_KINDS = frozenset({"company", "state_corporation", "institute", "university"})
NEAR = 2  # sentences between the party's and the event's


def unplaced_parties(signals: list[SentenceSignals], events: list[Event]) -> None:
    """Add to `events` the knowledge-base firms and schools the document names that none carries."""
    # an event that names no party matches any; one that names some only gains by another
    events = [e for e in events if e.china_actors or e.russia_actors]
    if not events:
        return
    placed = {r.key for e in events for r in e.china_actors + e.russia_actors}
    placed_ids = {r.actor_id for e in events for r in e.china_actors + e.russia_actors if r.actor_id}
    where = [_sentence_of(signals, e) for e in events]
    not_parties = load_context_words().not_parties
    for i, s in enumerate(signals):
        for m in s.mentions:
            actor = m.actor
            if actor is None or not m.is_party or actor.kind not in BACKSTOP_KINDS or actor.id in not_parties:
                continue
            if actor.id in placed_ids:
                continue
            ref = ActorRef(actor.name, actor.country, actor.id, m.text, False)
            if ref.key in placed:
                continue
            nearest = min(range(len(events)), key=lambda k: (abs(where[k] - i), where[k]))
            if abs(where[nearest] - i) > NEAR:
                continue
            event = events[nearest]
            (event.china_actors if actor.country == "CN" else event.russia_actors).append(ref)
            placed.add(ref.key)
            placed_ids.add(actor.id)


def _sentence_of(signals: list[SentenceSignals], event: Event) -> int:
    """The index of the sentence of the event's first evidence."""
    text = event.evidence[0].text if event.evidence else ""
    return next((i for i, s in enumerate(signals) if s.sentence.text == text), 0)
