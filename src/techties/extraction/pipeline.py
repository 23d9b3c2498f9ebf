"""Extraction of China–Russia technology-cooperation events from one document.

The chain, each stage its own module:

1. signals     — sentences, knowledge-base actors, country words and cue words (signals.py);
                 in English, "the company" and "the two countries" read as the parties they
                 stand for (coreference.py)
2. candidates  — sentences that report bilateral technology cooperation, and their type (candidates.py);
                 sentences naming neither side that speak of "the two sides" (context_parties.py)
                 or of a project the pair was named with (joint_objects.py)
3. actors      — named parties on each side; names outside the knowledge base too (actors.py)
4. stage       — announced, signed, implemented, stalled or alleged (stage.py)
5. domains     — the technology fields (domains.py)
6. date        — the event's date resolved against the document's (dates.py)
7. merge       — candidates of one type about the same parties become one event with all
                 their evidence sentences, unless they tell another happening ("another",
                 other people, a sentence borrowing its parties at another time); a document
                 with no event is not relevant.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from techties.entities.academic_titles import academies_in_titles
from techties.entities.academy_units import units_of_academies
from techties.entities.acronyms import learn_acronyms
from techties.entities.channels import channels_of_posts
from techties.entities.commentators import employers_of_commentators
from techties.entities.gazetteer import Mention
from techties.entities.people import people_in_person
from techties.entities.russian_names import people_in_case, people_in_nominative, tag_sentences, worth_tagging
from techties.entities.russian_parents import groups_in_passing
from techties.entities.unresolved import one_side_throughout
from techties.extraction.actors import (
    LOOK_AHEAD,
    actor_refs,
    event_actors,
    headline_sentences,
    list_sentences,
    people_of_document,
    salient_actor,
    unplaced_parties,
    with_affiliations,
    with_people,
    without_officials,
    without_parents,
)
from techties.extraction.attribution import third_party_source
from techties.extraction.candidates import Candidate, find_candidates, hard_tech
from techties.extraction.clauses import split_clauses
from techties.extraction.context_parties import context_candidates
from techties.extraction.coreference import resolve_references
from techties.extraction.dates import (
    around,
    event_date,
    nearest_date,
    recent,
    sentence_dates,
    stated_day,
    states_later_date,
)
from techties.extraction.dependence import without_dependence
from techties.extraction.distinct import further_happening, other_people, own_people
from techties.extraction.document_terms import dated_document, document_terms
from techties.extraction.domains import (
    armed_drones,
    decide_domains,
    focus_domains,
    listed_domains,
    merge_domains,
    military_twins,
    passing_fields,
    without_passing,
)
from techties.extraction.joint_objects import project_candidates
from techties.extraction.known_names import as_known_parties
from techties.extraction.measure_reason import charged_as_reason
from techties.extraction.name_fields import fields_outside_new_names
from techties.extraction.short_forms import resolve_short_forms
from techties.extraction.signals import SentenceSignals, add_acronyms, add_unresolved, read_signals
from techties.extraction.stage import decide_stage, sentence_stages
from techties.extraction.stage_cues import stage_cues
from techties.extraction.tense import charge_marks, perfective_marks, planned_signings
from techties.model.behaviour import domains_where, type_for_role, types_of_kind, types_where
from techties.records import ActorRef, Document, Event, Evidence, content_id

MAX_EVIDENCE = 3
MAX_EVENTS_PER_TYPE = 3
ANCHOR_SCORE = 0.7  # a candidate whose pair stands in its own sentence or its neighbours'
CONTEXT_FLOOR = 0.75  # below it, a lone candidate leans on context alone
FIELD_AHEAD = 3  # sentences after a bilateral one in which a document without candidates names the field


@dataclass
class Extraction:
    document_id: str
    relevant: bool
    events: list[Event] = field(default_factory=list)

    def prediction(self, external_id: str | None = None) -> dict[str, Any]:
        """One line of the prediction format of shared/eval/score.py."""
        return {"id": external_id or self.document_id, "relevant": self.relevant,
                "events": [e.prediction() for e in self.events]}


def extract_document(doc: Document) -> Extraction:
    title = (doc.title or "").strip()
    text = doc.text
    # the headline is read as the first sentence when the body does not repeat it
    if title and not text.lstrip().startswith(title[: min(len(title), 40)]):
        text = f"{title}\n{text}"
        offset = len(title) + 1
    else:
        offset = 0
    signals = read_signals(text, doc.lang)
    if doc.lang == "ru":  # "(входит в «Ростех»)": the group a party belongs to is no party
        for s in signals:
            s.mentions = groups_in_passing(s.sentence.text, s.mentions, s.sentence.start)
    for s in signals:  # "中国工程院院士", "академик РАН": an academy in a title is no party
        s.mentions = academies_in_titles(s.sentence.text, s.mentions, s.sentence.start)
        if doc.lang == "zh":  # "俄罗斯科学院海洋研究所": the institute, not its academy, is the party
            s.mentions = units_of_academies(s.sentence.text, s.mentions, s.sentence.start)
        # "…研究所分析师", "an analyst at …": a commentator's employer is no party
        s.mentions = employers_of_commentators(s.sentence.text, doc.lang, s.mentions, s.sentence.start)
        # "在微信公众号发布": the platform a body posted on is no party
        s.mentions = channels_of_posts(s.sentence.text, doc.lang, s.mentions, s.sentence.start)
    without_dependence(signals, doc.lang)  # "to lessen its dependence on China": no partner
    resolve_references(signals, doc.lang)  # "the company", "the two countries" (English)
    resolve_short_forms(signals, doc.lang)  # "HIT", "Bauman" for the parties named in full (English)
    signals = split_clauses(signals, doc.lang)  # "A signed with B, while C works with D" (English)
    title_sides = signals[0].sides if signals and offset else set()
    # where no sentence has its technology at hand, one with the pair may find it further on
    candidates = find_candidates(signals, title_sides, FIELD_AHEAD, doc.lang)
    candidates = context_candidates(signals, candidates, doc.lang, headline=bool(offset))
    candidates = project_candidates(signals, candidates, doc.lang, doc.published, doc.date_basis)
    candidate_indexes = sorted({c.index for c in candidates})
    # names outside the knowledge base: in candidate sentences, the sentence before each, and
    # for sanctions and supply the sentences after, which often list the firms
    looked_at = set(candidate_indexes) | {c - 1 for c in candidate_indexes if c > 0}
    for candidate in candidates:
        if candidate.type in types_where("lists_parties"):
            looked_at.update(range(candidate.index + 1, min(len(signals), candidate.index + 1 + LOOK_AHEAD)))
    personal = types_where("personal")
    if doc.lang == "ru" and any(c.type in personal for c in candidates):
        # a case's report names its accused, and the firm they worked for, where it tells the case
        looked_at.update(i for i, s in enumerate(signals) if personal & set(s.types))
    if doc.lang == "ru":  # the named-entity tagger reads them in one pass
        tag_sentences([signals[i].sentence.text for i in looked_at
                       if worth_tagging(signals[i].sentence.text, signals[i].mentions, signals[i].sentence.start)])
    for i in sorted(looked_at):
        add_unresolved(signals[i], doc.lang)
    # short forms defined in brackets anywhere in the document ("Harbin Turbine Co. (HTC)")
    for sentence_signals in signals:
        defines = "(" in sentence_signals.sentence.text or "（" in sentence_signals.sentence.text
        if defines and sentence_signals.sentence.index not in looked_at:
            add_unresolved(sentence_signals, doc.lang, tagger=False)
    for s, settled in zip(signals, one_side_throughout([s.mentions for s in signals]), strict=True):
        s.mentions = settled
    without_officials(signals)
    if doc.lang == "en":  # "China's Zhongda Robotics Group": what the firm makes, not the deal
        for i in candidate_indexes:
            fields_outside_new_names(signals[i])
    learnt = learn_acronyms(text, [m for s in signals for m in s.mentions])
    for c in candidate_indexes:
        add_acronyms(signals[c], learnt)
    doc_stages: Counter[str] = Counter()
    doc_domains: Counter[str] = Counter()
    for s in signals:
        doc_stages.update(s.stages)
        doc_domains.update(s.domains)
        if doc.lang == "zh" and s.stages["signed"]:  # "即将签署的采购合同": no deal concluded yet
            doc_stages["signed"] -= min(planned_signings(s.sentence.text), s.stages["signed"])
    if doc.lang in ("en", "ru"):
        doc_stages["alleged"] = shipment_claims(signals)
    if any(c.type in types_of_kind("dispute") for c in candidates):
        doc_stages["charge"] = charge_marks(text)  # a crime charged anywhere makes its case a claim
    headline = headline_sentences(signals, bool(offset))
    salient = {side: salient_actor(signals, side, headline) for side in ("CN", "RU")}
    people: dict[str, list[ActorRef]] = {"CN": [], "RU": []}
    if any(c.type in types_where("affiliations") for c in candidates):
        found = in_person_mentions(signals, doc.lang)
        in_case = case_people(signals) if doc.lang == "ru" else None
        people = {side: people_of_document(signals, found, side, headline, in_case) for side in people}
    drafts = [_draft(doc, signals, c, doc_stages, doc_domains, offset, salient, people) for c in candidates]
    texts = [sig.sentence.text for sig in signals]
    if not doc.published:  # no date of its own: the dates its text states near each event
        dated = sentence_dates(texts, doc.lang)
        for d in drafts:
            d.nearby_date = nearest_date(dated, d.candidate.index)
    else:  # a sentence that states no date: the day its neighbours give, if recent
        for d in drafts:
            if d.date_basis != "stated":
                d.nearby_date = next((day for j in around(d.candidate.index, len(texts)) if (
                    day := stated_day(texts[j], doc.lang, doc.published, doc.date_basis))), None)
    events, listed = _merge(drafts, doc.id, doc.lang)
    _sanctioned_supplies(events)
    if _only_hearsay(events):
        events = []
    for event in events:
        event.domains = without_passing(event.domains, doc_domains)
    # the fields a sentence lists are added only now: a summit's list of fields does not make
    # its line of hearsay a technology event
    for event, fields in zip(events, listed, strict=False):
        event.domains += [d for d in fields if d not in event.domains]
    named = [r for e in events for r in e.china_actors + e.russia_actors]
    for event in events:
        event.china_actors = without_parents(event.china_actors, named)
        event.russia_actors = without_parents(event.russia_actors, named)
    unplaced_parties(signals, events)  # after: a unit named in passing does not unseat its academy
    as_known_parties(events)
    _add_document_domain(events)
    for event in events:
        event.domains = focus_domains(event.type, armed_drones(event.domains, doc_domains))
    own_ids(events)
    return Extraction(doc.id, bool(events), events)


def own_ids(events: list[Event]) -> None:
    """An event's id comes from its document, type, first evidence and parties, so two
    happenings told in one sentence between the same parties (a unit launched in 2012, the
    next in 2015) would share one; the store keys events by id and refused the whole
    document. The later ones get an id derived from it and their rank: each event of a
    document has its own, and every other id stays as it was."""
    seen: Counter[str] = Counter()
    for event in events:
        seen[event.id] += 1
        if seen[event.id] > 1:
            event.id = content_id(event.id, str(seen[event.id]), prefix="ev_")


@dataclass
class _Draft:
    candidate: Candidate
    type: str
    stage: str
    domains: list[str]
    china: list[ActorRef]
    russia: list[ActorRef]
    date: str | None
    evidence: Evidence
    date_basis: str = "unknown"
    headline: bool = False
    title_line: bool = False  # its sentence is the title, read before the body or opening it
    title_words: bool = False  # its sentence is the title, or a line of the body that repeats it
    listed: list[str] = field(default_factory=list)  # fields its sentence lists (listed_domains)
    nearby_date: str | None = None  # where its sentence states none, the date stated nearby
    further: bool = False  # its sentence tells a further happening of its kind ("another …")
    people: set[str] = field(default_factory=set)  # the people its own sentence names
    cued: bool = True  # its sentence states a stage or a tense; else its stage is its type's usual one
    named: bool = False  # its own sentence names a party (not only the story's salient one)
    signing: bool = False  # its clause or sentence states a signing ("signed", "concluded")
    terms: bool = False  # it tells the terms of a document told before ("Under the agreement, …")


def _draft(doc: Document, signals: list[SentenceSignals], c: Candidate, doc_stages: Counter[str],
           doc_domains: Counter[str], offset: int, salient: dict[str, ActorRef | None],
           people: dict[str, list[ActorRef]]) -> _Draft:
    s = signals[c.index]
    nearby: Counter[str] = Counter()
    for j in (c.index - 1, c.index + 1):
        if 0 <= j < len(signals):
            nearby.update(signals[j].domains)
    start = max(0, s.sentence.start - offset)
    evidence = Evidence(s.sentence.text, start, start + len(s.sentence.text))
    if s.sentence.start < offset:  # the headline: no offsets into the body
        evidence = Evidence(s.sentence.text, 0, 0)
    at = c.index if c.parties_from is None else c.parties_from  # parties named before (context_parties)
    china = event_actors(signals, at, "CN", salient["CN"], c.type)
    russia = event_actors(signals, at, "RU", salient["RU"], c.type)
    if c.type in types_where("lists_parties"):
        # the list of sanctioned firms that names the parties also says what they trade in
        for side in ("CN", "RU"):
            if not actor_refs(s.mentions, side):
                for j in list_sentences(signals, c.index, side):
                    nearby.update(signals[j].domains)
    if c.type in types_where("affiliations"):
        china = with_people(china, people["CN"])
        russia = with_people(russia, people["RU"])
        china = with_affiliations(signals, china, "CN")
        russia = with_affiliations(signals, russia, "RU")
    date, date_basis = event_date(s.sentence.text[c.time_from or 0:], doc.lang, doc.published, doc.date_basis)
    cues = stage_cues(s, c.type, doc.lang)
    # shipments a headline gives as a third party's word ("… — Еврокомиссия") are its claim
    title_line = s.sentence.start < offset or (c.index == 0 and bool(doc.title))
    claimed = c.alleged or (title_line and c.type in types_where("charged")
                            and third_party_source(s.sentence.text, s.sentence.start, s.mentions))
    # "внёс в список компании, которые поставляли": shipments a Russian sentence gives as the
    # reason of a measure (SCHEMA.md: countermeasure) are what the measuring state asserts;
    # English "sanctions" as often names a risk or a workaround ("hubs for circumventing sanctions")
    # Chinese gives the reason after the measure: "实施制裁，理由是这些企业向俄方供应了芯片"
    claimed = claimed or (doc.lang in ("ru", "zh") and c.type in types_where("charged")
                          and charged_as_reason(s.sentence.text, s.sentence.start, s.cue_spans, c.type, doc.lang))
    stage = "alleged" if claimed else decide_stage(c.type, cues or _headline_trouble(doc, signals), doc_stages)
    if stage == "implemented" and doc.lang == "zh" and not perfective_marks(s.sentence.text) \
            and states_later_date(s.sentence.text, doc.lang, doc.published):
        stage = "announced"  # "卫星2026年发射" in a story of 2024, no 了 or 已: still to come
    return _Draft(
        candidate=c,
        type=c.type,
        stage=stage,
        # a headline's "to open" is a prior, as a type's usual stage is, beside a body that reports
        cued=claimed or (bool(cues) and not cues["headline"]),
        # "a June 2019 agreement": the month a document is named by is the month it was signed
        signing=cues["signed"] > 0 or (doc.lang == "en" and c.type in types_of_kind("document") and dated_document(
            s.sentence.text, s.sentence.start, s.cue_spans, c.type)),
        terms=doc.lang == "en" and c.type in types_of_kind("document") and not cues["signed"]
        and document_terms(s.sentence.text, s.sentence.start, s.cue_spans, c.type),
        domains=decide_domains(s.domains, nearby, doc_domains, signals[0].domains if doc.title else None,
                               military_twins(s.cue_spans), passing_fields(doc_domains, s.cue_spans)),
        china=china,
        russia=russia,
        date=date,
        date_basis=date_basis,
        evidence=evidence,
        headline=s.sentence.start < offset,
        title_line=title_line,
        title_words=s.sentence.start < offset or s.sentence.text.strip() == (doc.title or "").strip(),
        listed=listed_domains(s.sentence.text, s.sentence.start, s.cue_spans),
        further=further_happening(s.sentence.text),
        people=own_people(china + russia, s.sentence.text),
        named=any(m.is_party for m in s.mentions),
    )


def shipment_claims(signals: list[SentenceSignals]) -> int:
    """The words of a claim in the sentences that tell shipments or a third state's measure: only
    an accusation made about shipments makes a story's shipments its claim ("the Treasury says
    the firm supplied drones"); a car maker's model "alleged" to copy a Chinese one, or a park
    "claimed to be the largest", charges no shipment, nor does a spy charged in a Russian story
    beside a past delivery (English and Russian)."""
    about = types_where("charged") | types_of_kind("measure")
    return sum(s.stages.get("alleged", 0) for s in signals if about & set(s.types))


def _headline_trouble(doc: Document, signals: list[SentenceSignals]) -> Counter[str]:
    """The trouble a headline reports ("Russia withdraws from the airliner project"): the news
    of the story, and the stage of each event whose own sentence states none (a line that
    describes the project, not its fate)."""
    if not doc.title or not signals:
        return Counter()
    head = signals[0]
    stalled = sentence_stages(head.sentence.text, head.sentence.start, head.cue_spans)["stalled"]
    return Counter({"stalled": stalled}) if stalled else Counter()


def in_person_mentions(signals: list[SentenceSignals], lang: str | None) -> list[list[Mention]]:
    """Each sentence's people in person; Russian names put in the nominative by the tagger."""
    found = [people_in_person(s.sentence.text, lang, s.mentions, s.sentence.start) for s in signals]
    if lang == "ru":
        new = [i for i, f in enumerate(found) if any(m.actor is None for m in f)]
        tag_sentences([signals[i].sentence.text for i in new])
        for i in new:
            found[i] = people_in_nominative(signals[i].sentence.text, found[i], signals[i].sentence.start)
    return found


def case_people(signals: list[SentenceSignals]) -> list[list[Mention]]:
    """Each Russian sentence's people that the tagger finds where the sentence tells a case
    (its cue is of a type whose parties are often unnamed people: an arrest, a sentence)."""
    personal = types_where("personal")
    told = [i for i, s in enumerate(signals) if personal & set(s.types)]
    tag_sentences([signals[i].sentence.text for i in told])
    out: list[list[Mention]] = [[] for _ in signals]
    for i in told:
        s = signals[i]
        out[i] = people_in_case(s.sentence.text, s.mentions, s.sentence.start)
    return out


def _only_hearsay(events: list[Event]) -> bool:
    """A document whose every event rests on one sentence that names no party, only the two
    countries, and no hard technology reports no technology cooperation of its own: a
    summit, a joint patrol, a line of background about a third country. Joint work on a weapon
    system ("Russia helps China build an early-warning system") is technology, not hearsay,
    and so are events of two types: a story that reports the pair doing two different things
    (a consortium, and internships in it) is more than one line of background."""
    types = {e.type for e in events}
    return bool(events) and len(types) < 2 and all(
        not e.china_actors and not e.russia_actors and len(e.evidence) == 1
        and e.type not in types_where("unnamed_parties") and not hard_tech() & set(e.domains)
        and not (e.type == type_for_role("cooperation") and domains_where("military") & set(e.domains)) for e in events)


def _add_document_domain(events: list[Event]) -> None:
    """Each event also carries the domain its document is most about: a sentence often names
    the deal but not the field the whole story is set in."""
    votes: Counter[str] = Counter(d for e in events for d in e.domains if d != "general_science")
    if not votes:
        return
    top = votes.most_common(1)[0][0]
    for event in events:
        if top not in event.domains:
            event.domains.append(top)


def _keys(refs: list[ActorRef]) -> set[str]:
    """The organisations of a side: the people who sign for them do not split an event."""
    return {r.key for r in refs if not r.person}


def _compatible(group: list[_Draft], b: _Draft) -> bool:
    """Whether draft `b` joins the event of `group`: same type, and on each side its parties
    meet those of any of the event's sentences, not only of its lead ("TVEL said the
    agreement covers …" joins an event led by "Rosatom and CNNC signed" once another of its
    sentences has named TVEL)."""
    a = group[0]
    if a.type != b.type or a.candidate.alleged != b.candidate.alleged:
        return False
    if _another(group, b):
        return False
    if _other_time(group, b) or _other_signing(group, b):
        return False
    if b.terms:
        return True  # its parties are the document's, whichever of them it names
    shared = False
    china = [r for d in group for r in d.china]
    russia = [r for d in group for r in d.russia]
    if (a.type in types_where("person_parties") and b.candidate.score >= CONTEXT_FLOOR
            and other_people({p for d in group for p in d.people}, b.people)):
        return False  # the accused, the hired: two people, two happenings
    for side_a, side_b in ((china, b.china), (russia, b.russia)):
        ka, kb = _keys(side_a), _keys(side_b)
        if ka and kb and not ka & kb:
            return False
        shared = shared or bool(ka & kb)
    named_a = bool(a.china or a.russia)
    named_b = bool(b.china or b.russia)
    return shared or named_a == named_b


def _other_time(group: list[_Draft], b: _Draft) -> bool:
    """A sentence that borrows its parties from the story (joint_objects.py) and states a time
    none of the event's sentences states tells another happening: the unit launched in 2009,
    not the one begun in 2024. A year alone agrees with any month of that year. Sentences that
    name their parties are not split by dates: one of them is often a line of history."""
    if b.date_basis != "stated" or not b.date or b.candidate.parties_from is None:
        return False
    stated = [d.date for d in group if d.date_basis == "stated" and d.date]
    # an event none of whose sentences states a time happens at the story's own
    when_told = stated or [d.date for d in group if d.date]
    return bool(when_told) and not any(_same_time(b.date, when) for when in when_told)


def _other_signing(group: list[_Draft], b: _Draft) -> bool:
    """A written commitment is signed once: a sentence that reports a document of the event's
    kind signed in another month than one of its sentences does ("a contract signed in March",
    "the memorandum they signed in June") tells another document, even between the same parties."""
    if b.type not in types_of_kind("document") or not _signed_in_month(b):
        return False
    return any(_signed_in_month(d) and not _same_time(b.date or "", d.date or "") for d in group)


def _signed_in_month(d: _Draft) -> bool:
    return d.signing and d.date_basis == "stated" and len(d.date or "") >= 7


def _same_time(a: str, b: str) -> bool:
    n = min(len(a), len(b), 7)
    return a[:n] == b[:n]


def _another(group: list[_Draft], b: _Draft) -> bool:
    """A sentence that tells "another" happening of its kind starts an event of its own, and
    an event it leads takes no sentence told before it."""
    if b.further:
        return True
    return any(d.further and b.candidate.index < d.candidate.index for d in group)


def _further_after_first(drafts: list[_Draft]) -> None:
    """"Another" tells a further happening only after one of its kind has been told: the
    first report of a type ("yet another scientist detained", "又一名") is the story itself.
    A sentence that leans on its neighbours for its parties could not stand as an event alone
    and stays a line of the event it would join."""
    plain = [o for o in drafts if not o.further and not o.headline]
    for d in drafts:
        if d.further and (d.candidate.score < CONTEXT_FLOOR or not any(
                o.type == d.type and o.candidate.index < d.candidate.index for o in plain)):
            d.further = False


def _merge(drafts: list[_Draft], document_id: str, lang: str | None = None) -> tuple[list[Event], list[list[str]]]:
    """The events, and for each the fields its sentences list."""
    _further_after_first(drafts)
    groups: list[list[_Draft]] = []
    for d in sorted(drafts, key=lambda d: -d.candidate.score):
        for group in groups:
            if _compatible(group, d):
                group.append(d)
                break
        else:
            groups.append([d])
    # Where a document names the pair in one sentence, a sentence that assembles the pair
    # only from its neighbours is kept when another sentence corroborates it.
    if any(g[0].candidate.score >= ANCHOR_SCORE for g in groups):
        # a document signed in another month than one of its kind the story reports ("under a
        # contract signed in March 2019" beside "a June 2019 agreement") is a happening of its own,
        # whichever neighbour lends it a side
        groups = [g for g in groups if g[0].candidate.score >= CONTEXT_FLOOR or len(g) > 1
                  or (bool(g[0].china or g[0].russia) and any(
                      o is not g and o[0].type == g[0].type and _other_signing(o, g[0]) for o in groups))]
    groups = [g for g in groups if not _headline_echo(g, groups)]
    if lang == "en":
        groups = _without_background(groups)
    if lang == "zh":
        groups = _without_background(groups, own=True)
    groups = _general_headline(groups)
    per_type: Counter[str] = Counter()
    events: list[Event] = []
    listed: list[list[str]] = []
    for group in sorted(groups, key=lambda g: min(d.candidate.index for d in g)):
        lead = group[0]
        # a clause that dates a further happening of the project apart ("…, and unit 4 in
        # October 2018") is a line of its history, told as such: the cap is for lines that
        # merely repeat the story's events
        if per_type[lead.type] >= MAX_EVENTS_PER_TYPE and lead.candidate.time_from is None:
            _absorb_parties(events, _event(group, document_id, lang))
            continue
        per_type[lead.type] += 1
        events.append(_event(group, document_id, lang))
        listed.append(list(dict.fromkeys(d for draft in group for d in draft.listed)))
    return events, listed


def _without_background(groups: list[list[_Draft]], own: bool = False) -> list[list[_Draft]]:
    """A lone English sentence of cooperation in general (no cue word of a type, no party
    named, no other sentence beside it: "Russia and China eye AI as a key area of their
    partnership") is a line of background in a story that reports events of its own; it stands
    as an event only in a story that reports nothing more. So is a headline of cooperation in
    general ("Moscow and Chinese regions to cooperate"), with the body's line that repeats it,
    whatever parties its neighbours lend it: the story's own events tell what it announces.
    `own` (Chinese): the party must be named in the sentence itself, not lent by the story's
    salient party: Chinese reports close with such lines ("俄中两国多年来在核能领域积极开展合作")
    once their parties are named; the headline rule was measured on English only."""
    def background(g: list[_Draft]) -> bool:
        if not own and all(d.candidate.general and d.title_words for d in g):
            return True  # a headline's "to cooperate", which the story's own events tell
        named = g[0].named if own else bool(g[0].china or g[0].russia)
        return len(g) == 1 and g[0].candidate.general and not named

    events = [g for g in groups if not background(g)]
    return events if events else groups


def _absorb_parties(events: list[Event], extra: Event) -> None:
    """A document with more events of a type than are kept (a sanctions list, firm by firm)
    still names each party: those of an event left out join the last kept event of its type."""
    last = next(e for e in reversed(events) if e.type == extra.type)
    for mine, theirs in ((last.china_actors, extra.china_actors), (last.russia_actors, extra.russia_actors)):
        keys = {r.key for r in mine}
        mine.extend(r for r in theirs if r.key not in keys)


def _general_headline(groups: list[list[_Draft]]) -> list[list[_Draft]]:
    """A headline that names only the two countries, with the body's lines that repeat it in
    the same words, tells in general terms the event that the body reports with its parties:
    one of its type that names them. Its sentences join that event."""
    out = list(groups)
    for group in groups:
        if not any(d.title_line for d in group) or any(d.china or d.russia for d in group):
            continue
        named = [g for g in out if g is not group and g[0].type == group[0].type
                 and g[0].candidate.alleged == group[0].candidate.alleged and any(d.china or d.russia for d in g)]
        if len(named) == 1:
            named[0].extend(group)
            out = [g for g in out if g is not group]
    return out


def _headline_echo(group: list[_Draft], groups: list[list[_Draft]]) -> bool:
    """A headline read alone, whose parties the body reports in an event of its own: the
    headline announces that event in other words ("to cooperate on" for a memorandum)."""
    if len(group) > 1 or not group[0].headline:
        return False
    head = group[0]
    for other in groups:
        if other is group:
            continue
        lead = other[0]
        sides = ((_keys(head.china), _keys(lead.china)), (_keys(head.russia), _keys(lead.russia)))
        if all(ka <= kb or ka & kb for ka, kb in sides):
            return True
    return False



def _union(refs: list[list[ActorRef]]) -> list[ActorRef]:
    out: dict[str, ActorRef] = {}
    for group in refs:
        for r in group:
            out.setdefault(r.key, r)
    return list(out.values())


def _history_of_plan(group: list[_Draft]) -> bool:
    """Whether every report of the thing done is dated in a year before every plan's ("opened its
    first centre in 2008" beside "plans to triple its staff"): the deed is the plan's history."""
    done = [d for d in group if d.stage == "implemented"]
    plans = [d for d in group if d.stage == "announced"]
    if not done or not plans or any(d.date_basis != "stated" or not d.date for d in done):
        return False
    return all(p.date and d.date and d.date[:4] < p.date[:4] for d in done for p in plans)


def _group_stage(group: list[_Draft], lang: str | None = None) -> str:
    """The stage most of an event's sentences give, the lead sentence's on a tie: a headline's
    "to cooperate" or one line of plans does not outvote a body that reports the thing done.
    Only the sentences that state a stage or a tense vote when any does: one that states none
    has its type's usual stage, a prior, not a report. An accusation wins a tie: a sentence
    that tells who charges it says whose claim the event is (SCHEMA: alleged). A report of the
    thing done wins a tie with a plan of it (a title "X to open a lab", a body "X opened the
    lab"): the plan is the history of what is done, whichever sentence comes first."""
    cued = [d for d in group if d.cued]
    if cued and len(cued) < len(group):
        lead = group[0] if group[0].cued else min(cued, key=lambda d: d.candidate.index)
        group = [lead] + [d for d in cued if d is not lead]
    votes = Counter(d.stage for d in group)
    best = max(votes.values())
    if votes["alleged"] == best:
        return "alleged"
    if votes["implemented"] == votes["announced"] == best and votes["stalled"] < best:
        if lang == "en" and _history_of_plan(group):
            return "announced"  # a deed years before the plan is its history, not its outcome
        return "implemented"  # a plan and a report of the thing done: the plan is its history
    if votes[group[0].stage] == best:
        return group[0].stage
    return next(d.stage for d in sorted(group, key=lambda d: d.candidate.index) if votes[d.stage] == best)


def _sanctioned_supplies(events: list[Event]) -> None:
    """The shipments that a report of sanctions on named parties describes are what the
    sanctioning government asserts (SCHEMA.md: countermeasure): alleged, though told as done."""
    measures = types_of_kind("measure")
    if any(e.type in measures and (e.china_actors or e.russia_actors) for e in events):
        for event in events:
            if event.type in types_where("charged") and event.stage == "implemented":
                event.stage = "alleged"


def _event(group: list[_Draft], document_id: str, lang: str | None = None) -> Event:
    lead = group[0]
    domains = merge_domains([d.domains for d in group])
    ordered = sorted(group, key=lambda d: d.candidate.index)
    evidence = [d.evidence for d in ordered[:MAX_EVIDENCE]]
    # a person can be a party in person (SCHEMA.md): the scientist accused of treason, the
    # executive who hires, the individual sanctioned; elsewhere a person named signs, chairs
    # or speaks for an organisation, and the organisation is the party
    people_are_parties = lead.type in types_where("person_parties")
    china = [r for r in _union([d.china for d in ordered]) if people_are_parties or not r.person]
    russia = [r for r in _union([d.russia for d in ordered]) if people_are_parties or not r.person]
    confidence = min(0.95, lead.candidate.score * 0.6 + 0.1 * min(len(group), 3)
                     + 0.1 * bool(china and russia))
    # a day one of its sentences states beats the document's date ("They signed it on 25 June"),
    # when it lies within the year before the report: not a line of history; so does the month
    # just before the report or its own ("signed a roadmap last month", under a headline that
    # states no date). An older month or a year alone in another sentence is too often
    # background to date the event by.
    dated = lead if lead.date_basis == "stated" else next(
        (d for d in ordered if d.date_basis == "stated" and (
            (recent(d.date, lead.date) and len(d.date or "") == 10) or recent(d.date, lead.date, 1))), lead)
    date, basis = dated.date, dated.date_basis
    if basis != "stated":
        near = next((d.nearby_date for d in ordered if d.nearby_date), None)
        date, basis = (near, "stated") if near else (date, basis)
    return Event(
        document_id=document_id,
        type=lead.type,
        stage=_group_stage(group, lang),
        domains=domains,
        china_actors=china,
        russia_actors=russia,
        date=date,
        date_basis=basis,
        evidence=evidence,
        confidence=confidence,
        summary=lead.evidence.text[:300],
    )
