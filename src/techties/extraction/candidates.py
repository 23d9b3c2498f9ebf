"""Which sentences report China–Russia technology cooperation, and of which type.

A sentence is a candidate when it carries an event-type cue, brings in both sides
(itself, or with the sentence before it, or with the headline), and touches
technology (a domain cue in it or beside it). Countermeasures need only the Chinese
or Russian target in the sentence when the document names the other side.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from techties.extraction.framing import framed_types
from techties.extraction.signals import SentenceSignals
from techties.extraction.stage import clause_stages
from techties.model.behaviour import deal_fields, domains_where, priority_rank, type_for_role, types_where

# What each type does is declared in vocab/event_types.yaml (`behaviour:`) and each domain's
# weight in vocab/domains.yaml (`traits:`), read through model/behaviour.py:
#   priority       ties between type cues go to the more specific type;
#   one_sided      a third country's sanctions name the Chinese supplier, the Russian buyer may
#                  be elsewhere in the text: the type stands in a sentence with one side named;
#   personal       parties often unnamed people ("a scientist passed secrets to China"): the
#                  pair in the sentences around is enough;
#   role           what a sentence of cooperation in general ("cooperation"), or naming both
#                  parties and a technology with no cue word at all ("deal"), reports;
#   setting        cues often only the setting of another event ("signed at the Expo",
#                  "the launch of the joint venture"): they win only when no other type is cued;
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


def _ranked_types(s: SentenceSignals, imposer: bool) -> list[str]:
    types = s.types
    rank = priority_rank()
    ranked = sorted(types, key=lambda t: (-types[t], rank.get(t, len(rank))))
    # "during the internship, the guests visited …": a cue of the framing phrase names the setting
    framed = framed_types(s.sentence.text, s.sentence.start, s.cue_spans)
    ranked.sort(key=lambda t: t in framed)
    if not imposer and "countermeasure" in ranked:
        ranked.remove("countermeasure")  # sanctions as context, not as an act
    # "the forum was held in Shenzhen": the meeting is an event, ranked by its cues like any other
    setting = [t for t in types_where("setting") if t != "forum" or ("forum" in types and not _held(s))]
    main = [t for t in ranked if t not in setting]
    return main + [t for t in ranked if t in setting]


def _held(s: SentenceSignals) -> bool:
    """A meeting reported as held, opened or attended in its own clause is no setting."""
    return clause_stages(s.sentence.text, s.sentence.start, s.cue_spans, "forum")["implemented"] > 0


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
    about that, whatever technology words it lets fall."""
    noise = sum(1 for s in signals if s.context["noise"])
    technology = sum(1 for s in signals if set(s.domains) - domains_where("vague"))
    return noise >= 2 and noise > technology


def find_candidates(signals: list[SentenceSignals], title_sides: set[str], field_ahead: int = 0) -> list[Candidate]:
    """field_ahead: how many sentences after a bilateral sentence with an event cue may name
    its technology ("X plans an industrial park in Amur" … "The park will make robots").
    Such sentences count only in a document where no sentence has its technology at hand."""
    doc_sides = document_sides(signals)
    bilateral_doc = doc_sides["CN"] > 0 and doc_sides["RU"] > 0
    if not bilateral_doc:
        return []
    if _noise_dominated(signals):
        return []
    in_passing = _in_passing(signals, doc_sides)
    out: list[Candidate] = []
    ahead_only: list[Candidate] = []  # candidates whose field is named further on
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
            if 0 <= j < len(signals) and signals[j].sentence.paragraph == s.sentence.paragraph:
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
        imposer = bool(s.context["imposer"]) or bool(previous and previous.context["imposer"])
        # a countermeasure aims at China–Russia transfer: both parties are in view
        imposer = imposer and "CN" in sides | previous_sides and "RU" in sides | previous_sides | title_sides
        ranked = _ranked_types(s, imposer)
        if not ranked:
            # "military cooperation" in general is not technology cooperation
            if not set(s.domains) - {"defense"}:
                continue
            uncued = not s.types and not s.context["cooperation"]
            ranked = [type_for_role("deal" if uncued else "cooperation")]
        best = ranked[0]
        if s.context["noise"] and not hard_tech() & set(s.domains):
            continue
        if _starts_with_boilerplate(s):
            continue
        if in_passing and best != "countermeasure":
            continue
        if best == "forum" and s.context["speech"]:
            continue  # "he told journalists at the forum": a remark, not a meeting
        actors_here = any(m.is_party for m in s.mentions)
        if s.context["third"] and not actors_here and best != "countermeasure":
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
        found.append(Candidate(i, best, sides, score))
        if "agreement" in s.types and best != "agreement" and both_here:
            found.append(Candidate(i, "agreement", sides, score * 0.8))
        if best == "countermeasure" and "supply" in s.types:
            # "sanctioned for shipping drone engines to Russia": the shipment the measure
            # charges is an event of its own, at stage alleged (SCHEMA.md)
            found.append(Candidate(i, "supply", sides, score * 0.8, alleged=True))
    return out or ahead_only
