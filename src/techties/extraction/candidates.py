"""Which sentences report China–Russia technology cooperation, and of which type.

A sentence is a candidate when it carries an event-type cue, brings in both sides
(itself, or with the sentence before it, or with the headline), and touches
technology (a domain cue in it or beside it). Countermeasures need only the Chinese
or Russian target in the sentence when the document names the other side.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from techties.extraction.battlefield import battlefield_only, imposes
from techties.extraction.chinese_documents import not_agreements, provision_type
from techties.extraction.chinese_locatives import place_types
from techties.extraction.considered import weighed_types
from techties.extraction.contrast import contrasted
from techties.extraction.country_lists import listed_with_side
from techties.extraction.cue_objects import retyped
from techties.extraction.cues import cue_weight
from techties.extraction.framing import as_place, framed_types
from techties.extraction.institutions import place_before_activity
from techties.extraction.measure_cause import measure_as_cause
from techties.extraction.measure_reason import measure_with_reason
from techties.extraction.own_ways import each_on_its_own
from techties.extraction.party_standing import measures_describe_parties
from techties.extraction.russian_negation import denied_types
from techties.extraction.signals import SentenceSignals
from techties.extraction.stage import clause_stages
from techties.model.behaviour import (
    deal_fields,
    domains_where,
    kind_of,
    priority_rank,
    type_for_role,
    types_of_kind,
    types_where,
)
from techties.model.lexicon import Hit

# What each type does is declared in vocab/event_types.yaml (`behaviour:`) and each domain's
# weight in vocab/domains.yaml (`traits:`), read through model/behaviour.py:
#   priority       ties between type cues go to the more specific type;
#   one_sided      a third country's sanctions name the Chinese supplier, the Russian buyer may
#                  be elsewhere in the text: the type stands in a sentence with one side named;
#   personal       parties often unnamed people ("a scientist passed secrets to China"): the
#                  pair in the sentences around is enough;
#   role           what a sentence of cooperation in general ("cooperation"), or naming both
#                  parties and a technology with no cue word at all ("deal"), reports;
#   named_place    a party named with its cue (a technology park) is what the event is about:
#                  the cue in its name still types the sentence (_outside_names);
#   setting        cues often only the setting of another event ("signed at the Expo",
#                  "the launch of the joint venture"): they win only when no other type is cued
#                  (a meeting only where it stands as the place of the event: framing.as_place);
#   kind           measure: a third state's act against the pair, which stands only with the
#                  state that imposes it in view, and also in a document that names the pair in
#                  passing or beside a third country; meeting: a setting only until reported as
#                  held, and no meeting when the sentence is a remark made at it; document: a
#                  written commitment cued beside another type is an event of its own too;
#   charged        what a measure charges ("sanctioned for shipping engines"): an event of its
#                  own beside the measure, alleged;
#   hard_tech      domains that make a sentence technological even beside military drills or
#                  commodity trade; party_deals: fields (payments between named banks and card
#                  systems) in which two named parties side by side report a deal, as in hard tech.


def hard_tech() -> frozenset[str]:
    return domains_where("hard_tech")


@dataclass
class Candidate:
    index: int  # sentence index
    type: str
    sides_in_sentence: set[str]
    score: float
    alleged: bool = False  # a supply the sanctioning state asserts, not one the parties report
    parties_from: int | None = None  # the sentence whose parties it takes (context_parties.py)
    general: bool = False  # typed by its cooperation in general, no cue word of a type in it
    time_from: int | None = None  # where in its sentence the clause whose time dates it opens (joint_objects.py)


def _outside_names(s: SentenceSignals) -> Mapping[str, float]:
    """The sentence's type cues less those inside the name of a party: a name says what the
    party is, not what the sentence reports ("Huawei's Russian Research Institute signed a
    supply contract", "Российский исследовательский институт Huawei провёл переговоры"). Where every
    cue is inside a name, the name is all the sentence says of its event, and counts."""
    names = [(m.start, m.end) for m in s.mentions if m.is_party]
    if not names:
        return s.types
    kept: dict[str, float] = {}
    for a, b, label in s.cue_spans:
        kind = label.removeprefix("types:")
        if kind == label:
            continue
        if kind in types_where("named_place") or not any(x <= a and b <= y for x, y in names):
            text = s.sentence.text[a - s.sentence.start:b - s.sentence.start]
            kept[kind] = kept.get(kind, 0.0) + cue_weight(Hit(a, b, kind, text))
    return kept or s.types


def _ranked_types(s: SentenceSignals, imposer: bool) -> list[str]:
    types = _outside_names(s)
    rank = priority_rank()
    ranked = sorted(types, key=lambda t: (-types[t], rank.get(t, len(rank))))
    # "the joint university opened its doors to students": the students are what the place does
    ranked = place_before_activity(ranked, s.sentence.text, s.sentence.start, s.cue_spans)
    # "during the internship, the guests visited …": a cue of the framing phrase names the setting
    framed = framed_types(s.sentence.text, s.sentence.start, s.cue_spans)
    ranked.sort(key=lambda t: t in framed)
    if not imposer:
        ranked = [t for t in ranked if t not in types_of_kind("measure")]  # sanctions as context, not as an act
    # "signed at the forum": the meeting is the place of another event; "the forum was held in
    # Shenzhen", or a forum that is no one's place, is an event ranked by its cues like any other
    # (both read only where the sentence has a cue of the meeting)
    setting = [t for t in types_where("setting")
               if t not in types_of_kind("meeting") or (t in types and _place(s, t) and not _held(s, t))]
    main = [t for t in ranked if t not in setting]
    out = main + [t for t in ranked if t in setting]
    # "X and Y signed a memorandum on supplies": on a tie, the document signed is the event
    tied = [t for t in out[1:] if t in types_of_kind("document") and types[t] == types[out[0]]]
    if (tied and out[0] not in types_of_kind("document")
            and clause_stages(s.sentence.text, s.sentence.start, s.cue_spans, tied[0])["signed"]):
        out.remove(tied[0])
        out.insert(0, tied[0])
    return out


def _place(s: SentenceSignals, meeting: str) -> bool:
    return as_place(s.sentence.text, s.sentence.start, s.cue_spans, meeting)


def _held(s: SentenceSignals, meeting: str) -> bool:
    """A meeting reported as held, opened or attended in its own clause is no setting."""
    return clause_stages(s.sentence.text, s.sentence.start, s.cue_spans, meeting)["implemented"] > 0


def _starts_with_boilerplate(s: SentenceSignals) -> bool:
    return any(start == s.sentence.start for start, _, kind in s.cue_spans if kind == "context:boilerplate")


LOOK_BACK = 2


def _bilateral_before(signals: list[SentenceSignals], i: int) -> bool:
    """Both sides, one of them a named party, in the same paragraph just before sentence i."""
    paragraph = signals[i].sentence.paragraph
    before = [signals[j] for j in range(max(0, i - LOOK_BACK), i) if signals[j].sentence.paragraph == paragraph]
    sides = {side for s in before for side in s.sides}
    named = any(m.is_party for s in before for m in s.mentions)
    return {"CN", "RU"} <= sides and named


def _parties_together(s: SentenceSignals) -> bool:
    """A named Chinese and a named Russian party in one sentence about hard technology
    ("Huawei will build a 5G network for MTS") report cooperation without a cue word."""
    named = {side for m in s.mentions if m.is_party and m.kind != "person" for side in m.sides}
    return {"CN", "RU"} <= named and bool(deal_fields() & set(s.domains))


def document_sides(signals: list[SentenceSignals]) -> Counter[str]:
    sides: Counter[str] = Counter()
    for s in signals:
        for side in s.sides:
            sides[side] += 1
    return sides


def _in_passing(signals: list[SentenceSignals], doc_sides: Counter[str]) -> bool:
    """One side named in a single sentence, never as a party, beside a third power: a story
    about that power and the other side ("the US barred Intel from selling chips to Inspur,
    a supplier of Russia's army") that mentions the pair only in passing."""
    for side in ("CN", "RU"):
        if doc_sides[side] != 1:
            continue
        [lone] = [s for s in signals if side in s.sides]
        named = any(m.is_party and side in m.sides for s in signals for m in s.mentions)
        if not named and lone.context["imposer"]:
            return True
    return False


def _noise_dominated(signals: list[SentenceSignals]) -> bool:
    """A story told in the words of drills, grain or oil more often than in those of a
    technology ("the first batch of rye flour shipped under the phytosanitary protocol") is
    about that, whatever technology words it lets fall. A sentence that names its bombers in
    the words of a patrol ("бомбардировщики выполнили совместное патрулирование") tells of
    the patrol, not of technology: one whose every field is one of the kit patrols and drills
    are flown or sailed with (`patrol_kit`: aircraft, ships, satellites). Machine tools bought
    beside a word of settlements still count."""
    noise = sum(1 for s in signals if s.context["noise"])
    vague, kit = domains_where("vague"), domains_where("patrol_kit")
    technology = sum(1 for s in signals if (fields := set(s.domains) - vague)
                     and not (s.context["noise"] and fields <= kit))
    return noise >= 2 and noise > technology


def find_candidates(signals: list[SentenceSignals], title_sides: set[str], field_ahead: int = 0,
                    lang: str | None = None) -> list[Candidate]:
    """field_ahead: how many sentences after a bilateral sentence with an event cue may name
    its technology ("X plans an industrial park in Amur" … "The park will make robots").
    Such sentences count only in a document where no sentence has its technology at hand.
    lang: in English the sentences just before and after bring in a side across a paragraph
    break too."""
    doc_sides = document_sides(signals)
    bilateral_doc = doc_sides["CN"] > 0 and doc_sides["RU"] > 0
    if not bilateral_doc:
        return []
    if _noise_dominated(signals):
        return []
    in_passing = _in_passing(signals, doc_sides)
    out: list[Candidate] = []
    ahead_only: list[Candidate] = []  # candidates whose field is named further on
    compared: set[int] = set()  # sentences that set the two sides against each other (contrast.py)
    for i, s in enumerate(signals):
        if not s.types and not s.context["cooperation"] and not _parties_together(s):
            continue
        sides = s.sides
        carried = False
        if not sides:
            # "The deal was announced …": the parties are those of the sentences just before
            if not s.types or not _bilateral_before(signals, i):
                continue
            carried = True
        near = set(sides)
        for j in (i - 1, i + 1):
            # English reports carry one story across short paragraphs: a neighbour is near
            # whatever paragraph it opens
            if 0 <= j < len(signals) and (lang == "en" or signals[j].sentence.paragraph == s.sentence.paragraph):
                near |= signals[j].sides
        technology = bool(s.domains) or any(
            0 <= j < len(signals) and signals[j].domains for j in (i - 1, i + 1))
        later = range(i + 2, min(len(signals), i + 2 + field_ahead))
        field_later = (not technology and bool(s.types) and {"CN", "RU"} <= sides
                       and any(set(signals[j].domains) & hard_tech() for j in later))
        if not technology and not field_later:
            continue
        previous = signals[i - 1] if i > 0 else None
        previous_sides = previous.sides if previous else set()
        imposer = imposes(s, lang) or imposes(previous, lang)
        # a countermeasure aims at China–Russia transfer: both parties are in view; a Russian
        # headline names the Chinese firms ("…против 37 китайских компаний") that the body then
        # counts without their country ("26 предприятий попали в черный список")
        china_view = sides | previous_sides | (title_sides if lang == "ru" else set())
        imposer = imposer and "CN" in china_view and "RU" in sides | previous_sides | title_sides
        # "Sberbank, which faces Western sanctions, is to …": the sanctions describe a party
        if imposer and lang == "en" and measures_describe_parties(s.sentence.text, s.sentence.start, s.cue_spans, lang):
            imposer = False
        ranked = _ranked_types(s, imposer)
        # "imposed sanctions on five firms for supplying drone parts": the measure is the news,
        # the shipment its charge (an event of its own at stage alleged, added below)
        if lang == "en" and imposer and ranked and ranked[0] in types_where("charged"):
            measure = measure_with_reason(s.sentence.text, s.sentence.start, s.cue_spans)
            if measure in ranked:
                ranked = [measure] + [t for t in ranked if t != measure]
        # "根据联合声明，两国将…": a document referred to; "签订了交付发动机的合同": a supply
        # contract, a supply (SCHEMA.md); neither is an agreement of the sentence's own
        dropped = not_agreements(s.sentence.text, s.sentence.start, s.cue_spans) if lang == "zh" else set()
        if lang == "zh":  # "在…产业园举行": the park is where the event is held
            dropped |= place_types(s.sentence.text, s.sentence.start, s.cue_spans)
        if lang == "ru":  # "не будет поставлять", "никаких ограничений нет": ruled out or absent
            dropped |= denied_types(s.sentence.text, s.sentence.start, s.cue_spans)
            # "фирмам, которые находятся под санкциями": a party's standing, no measure told
            if measures_describe_parties(s.sentence.text, s.sentence.start, s.cue_spans, lang):
                dropped |= types_of_kind("measure")
        # "the joint development of rare earth deposits": a venture to mine, not research
        # and "investments in Russian science" research cooperation, not a stake
        if lang == "en" and ranked and (kinds := retyped(s.sentence.text, s.sentence.start, s.cue_spans)):
            ranked = list(dict.fromkeys(kinds.get(t, t) for t in ranked))
        # "are considering the possibility of supplying": the step the sentence tells is only
        # weighed, and so are the cues of its clauses ("which could be blocked")
        if lang == "en" and ranked and ranked[0] in weighed_types(s.sentence.text, s.sentence.start, s.cue_spans):
            continue
        if dropped:
            kept = [t for t in ranked if t not in dropped]
            if ranked and not kept:
                continue
            ranked = kept
        general = not ranked
        if not ranked:
            # "military cooperation" in general is not technology cooperation
            if not set(s.domains) - domains_where("military"):
                continue
            uncued = not s.types and not s.context["cooperation"]
            # "向俄方提供了卫星图像": a thing handed to a party is a supply, not a deal
            provided = provision_type(s.sentence.text) if uncued and lang == "zh" else None
            ranked = [provided or type_for_role("deal" if uncued else "cooperation")]
        best = ranked[0]
        if s.context["noise"] and not hard_tech() & set(s.domains):
            continue
        if _starts_with_boilerplate(s):
            continue
        if each_on_its_own(s, lang):  # "both Russia and China have their own …": no dealings
            continue
        if contrasted(s, lang):
            compared.add(i)
        kind = kind_of(best)
        if in_passing and kind != "measure":
            continue
        if kind == "meeting" and s.context["speech"]:
            continue  # "he told journalists at the forum": a remark, not a meeting
        actors_here = any(m.is_party for m in s.mentions)
        if (s.context["third"] and not actors_here and kind != "measure" and not listed_with_side(s)
                and not battlefield_only(s, lang)):
            continue
        both_here = {"CN", "RU"} <= sides
        both_near = {"CN", "RU"} <= near | title_sides
        if carried:
            score = 0.6
        elif both_here:
            score = 1.0
        elif both_near and best in types_where("personal"):
            score = 0.8
        elif both_near and actors_here:
            score = 0.7
        elif best in types_where("one_sided") and bilateral_doc:
            score = 0.5
        else:
            continue
        found = ahead_only if field_later else out
        found.append(Candidate(i, best, sides, score, general=general))
        if both_here:
            for document in sorted(types_of_kind("document") & set(s.types) - {best} - dropped):
                found.append(Candidate(i, document, sides, score * 0.8))
        if kind == "measure":
            # "sanctioned for shipping drone engines to Russia": the shipment the measure
            # charges is an event of its own, at stage alleged (SCHEMA.md)
            # "受美国制裁影响，设备合同未能履行": a measure that only caused the trouble charges nothing
            charges = not measure_as_cause(s.sentence.text, lang)
            for charged in sorted(types_where("charged") & set(s.types)):
                found.append(Candidate(i, charged, sides, score * 0.8, alleged=charges))
    found_all = out or ahead_only
    # "Roskomnadzor blocks sites, while the Cyberspace Administration licenses providers": a
    # story whose every candidate compares the two sides reports no dealings between them; where
    # others report the pair at work, such a line shares out a joint project ("equipment is
    # supplied by Rosatom, while construction is CNNC's")
    if found_all and all(c.index in compared for c in found_all):
        return []
    return found_all
