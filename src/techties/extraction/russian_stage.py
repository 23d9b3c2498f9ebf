"""What Russian grammar adds to the stage words of an event's clause: the tense and mood of its
verbs, the nouns of signing that have none, the things a document is about founding or a
programme foresees, and the claims of third states that govern it (SCHEMA.md, "stage").

Called by `stage_cues.stage_cues` for Russian sentences only, so a rule here moves no other
language.
"""

from __future__ import annotations

import re
from collections import Counter

from techties.extraction.russian_claims import press_finding, third_state_claim, third_state_claim_at_end
from techties.extraction.russian_documents import cited_document
from techties.extraction.signals import SentenceSignals
from techties.extraction.stage import clause_bounds, plans_instead
from techties.extraction.tense import future_verbs, open_marks, plan_infinitives, setback_plans, signing_noun
from techties.model.behaviour import types_of_kind, types_where

Bounds = list[tuple[int, int]]
# A plan told in the past ("строительство планировалось начать в 2014 году", "поставки должны
# были стартовать", "предполагалось, что самолёт создадут вместе"): a plan not kept, delayed or
# dropped; not "как и планировалось" (as planned), which tells it kept.
_PAST_PLAN = re.compile(r"(?<!как )(?<!как и )\b(?:планировал(?:ось|ся|ась|ись)|предполагал(?:ось|ся|ась|ись)"
                        r"|намечал(?:ось|ся|ась|ись)|должн[аоы]\s+был[аио]?|должен\s+был)\b", re.IGNORECASE)
_PAST_PLAN_BEFORE = re.compile(_PAST_PLAN.pattern + r"\s*,\s*$", re.IGNORECASE)
_ASIDE_MAYBE = re.compile(r",\s*(?:вероятно|возможно|по-видимому|видимо|предположительно)\s*,", re.IGNORECASE)
_EARLIER = re.compile(r"\s*(?:Ранее|Прежде)\b")
# A document "about founding" a thing ("соглашение о создании", "договор об открытии"): its object.
_FOUNDING = re.compile(r"\bоб?\s+(?:создании|открытии|строительстве|запуске|организации|формировании"
                       r"|учреждении|основании)\b", re.IGNORECASE)


# A plan or a programme "foresees" a thing ("концепция предусматривает создание консорциума",
# "предусмотрено строительство"): what it foresees is still to come.
_ENVISAGED = re.compile(r"\b(?:предусматрива|предусмотр)[а-яё]*", re.IGNORECASE)


def russian_tense(cues: Counter[str], s: SentenceSignals, bounds: Bounds, event_type: str,
                  own: bool) -> tuple[Counter[str], Bounds]:
    """The cues of the event's clause with what its Russian grammar adds, and the bounds its
    tense was read in. `own`: whether the event's own clause has stage words; when it has none
    but its verb has a tense ("Huawei, которая уже работает в России, откроет центр"), the
    tense of that clause is the event's, not the words of the rest of the sentence."""
    text = s.sentence.text
    if not own:
        clause = clause_bounds(text, s.sentence.start, s.cue_spans, event_type)
        if any(future_verbs(text[a:b]) or plan_infinitives(text[a:b]) for a, b in clause):
            cues, bounds = Counter(), clause
    _plans(cues, text, bounds)
    # in the clause, or governing it: "Планировалось, что стороны создадут …"
    kept_not = sum(len(_PAST_PLAN.findall(text[a:b])) + bool(_PAST_PLAN_BEFORE.search(text[max(0, a - 40):a]))
                   for a, b in bounds)
    if kept_not:
        cues["stalled"] = max(cues["stalled"], kept_not)
    # a word of possibility set off by commas ("Китай, вероятно, приобретёт") is the whole sentence's
    possible = sum(open_marks(text[a:b]) for a, b in bounds) + len(_ASIDE_MAYBE.findall(text))
    _signing_nouns(cues, s, bounds, possible)
    if event_type in types_where("deal_terms") and cues["announced"]:
        # "Россия может начать поставки", "ведут переговоры по поставке": a possible or negotiated
        # deed, not a term of the deal the story reports concluded
        cues["open"] = possible
    if event_type not in types_of_kind("document"):
        envisaged = sum(len(_ENVISAGED.findall(text[a:b])) for a, b in bounds)
        if envisaged:
            cues["announced"] = max(cues["announced"], envisaged)
    # what an accord founds is a project of its own; the terms of a deal (supplies, exchanges) are signed with it
    if cues["signed"] and event_type not in types_of_kind("document") and event_type not in types_where("deal_terms"):
        _founded(cues, text, bounds)
    # "В Госдепе заявили, что китайская фирма поставляет…", "…, утверждают в Госдепе": a third state's claim
    # "Издание The Telegraph обнаружило, что фирмы поставляли…": what the press found
    if third_state_claim_at_end(text) or press_finding(text) or any(
            third_state_claim(text, a) for a, _b in clause_bounds(text, s.sentence.start, s.cue_spans, event_type)):
        cues["alleged"] = max(cues["alleged"], 1)
    if _EARLIER.match(text):
        # "Ранее сообщалось, что технопарк будет…": a plan the story recalls is its history,
        # not the stage of what the story reports now
        cues.pop("announced", None)
    if event_type in types_of_kind("document") and _cited(s, event_type):
        # "…, говорится в совместном коммюнике", "соглашение предусматривает размещение станций":
        # the document is signed; the plans of the sentence are what it says
        cues.pop("announced", None)
        cues.pop("future", None)
        cues["signed"] = max(cues["signed"], 1)
    return cues, bounds


def _cited(s: SentenceSignals, event_type: str) -> bool:
    """Whether a cue of the event's document type is cited as the source of the sentence or as
    the subject of its content."""
    text, start = s.sentence.text, s.sentence.start
    return any(cited_document(text, a - start, b - start) for a, b, label in s.cue_spans
               if label == f"types:{event_type}")


def _plans(cues: Counter[str], text: str, bounds: Bounds) -> None:
    """A verb of the clause in the future tense ("подпишут") or an infinitive governed by a
    word of wish or decision ("могут создать") is a plan, cue word or not; for a meeting the
    infinitive is its future ("намерены провести форум"), as "проведут" would be (future verbs
    are counted by tense.future_marks)."""
    future = sum(future_verbs(text[a:b]) for a, b in bounds)
    plans = sum(plan_infinitives(text[a:b]) for a, b in bounds)
    setbacks = sum(setback_plans(text[a:b]) for a, b in bounds)
    if setbacks:
        # "Huawei решила закрыть подразделение", "может уйти с рынка": a retreat decided or in view
        cues["stalled"] = max(cues["stalled"], setbacks)
        plans -= setbacks
    if future + plans:
        cues["announced"] = max(cues["announced"], future + plans)
    cues["future"] += plans


def _signing_nouns(cues: Counter[str], s: SentenceSignals, bounds: Bounds, possible: int) -> None:
    """A noun of signing ("подписание", "заключение") has no tense: beside a word of plan,
    talks or possibility ("готовятся к подписанию", "обсудили заключение контракта", "возможное
    подписание") the signing is what is planned."""
    if not (cues["signed"] and (cues["announced"] or possible)):
        return
    text, start = s.sentence.text, s.sentence.start
    # a clause is read once per type cue in it, as clause_stages reads it
    nouns = sum(sum(a <= sa - start < b for a, b in bounds) for sa, sb, label in s.cue_spans
                if label == "stages:signed" and signing_noun(text[sa - start:sb - start]))
    cues["signed"] = max(cues["signed"] - nouns, 0)
    if nouns:
        cues["announced"] = max(cues["announced"], 1)


def _founded(cues: Counter[str], text: str, bounds: Bounds) -> None:
    """"Подписали соглашение о создании лаборатории": what the document is about is still to
    be built, a project of its own (not the terms of a deal, which are signed with it)."""
    founded = sum(len(_FOUNDING.findall(text[a:b])) for a, b in bounds)
    if founded:
        plans_instead(cues, founded, "signed")
