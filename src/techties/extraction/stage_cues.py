"""The stage cues of one event's sentence: the stage words of its own clause, then what each
language's grammar adds to them (Russian future verbs, Chinese perfective 了 and 尚未).

The counts go to `stage.decide_stage`, which weighs them against the document's context.
Each language reads its tense in its own function, so a rule for one cannot move another's.
"""

from __future__ import annotations

import re
from collections import Counter

from techties.extraction.russian_claims import third_state_claim
from techties.extraction.signals import SentenceSignals
from techties.extraction.stage import clause_bounds, clause_stages, sentence_stages
from techties.extraction.tense import (
    discussed_acts,
    done_later,
    future_marks,
    future_verbs,
    not_yet,
    perfective_marks,
    plan_infinitives,
    planned_signings,
    signing_noun,
    signings_named,
    underway_marks,
)
from techties.model.behaviour import type_behaviour, types_of_kind

Bounds = list[tuple[int, int]]
_EARLIER = re.compile(r"\s*(?:Ранее|Прежде)\b")
# A document "about founding" a thing ("соглашение о создании", "договор об открытии"): its object.
_FOUNDING = re.compile(r"\bоб?\s+(?:создании|открытии|строительстве|запуске|организации|формировании"
                       r"|учреждении|основании)\b", re.IGNORECASE)


def stage_cues(s: SentenceSignals, event_type: str, lang: str | None = None) -> Counter[str]:
    """The stage cues of the event's own clause where it has any, else of its sentence, with
    the tense its language's grammar shows. Besides the stages: `future` and `underway`, the
    tense of the event's own clause, for types whose cue words are not the tense (a forum's
    "talks" are held, its "will be held" is not)."""
    own = clause_stages(s.sentence.text, s.sentence.start, s.cue_spans, event_type)
    cues = Counter(own or sentence_stages(s.sentence.text, s.sentence.start, s.cue_spans))
    text = s.sentence.text
    # the tense is read where the stage words are: the event's own clause, or the whole
    # sentence when that clause has none ("Under the Expo, talks will be conducted")
    bounds = (own and clause_bounds(text, s.sentence.start, s.cue_spans, event_type)) or [(0, len(text))]
    if lang == "ru":
        if not own:
            # "Huawei, которая уже работает в России, откроет центр": a clause with no stage word
            # still has its tense, and the tense of its own verb is the event's
            clause = clause_bounds(text, s.sentence.start, s.cue_spans, event_type)
            if any(future_verbs(text[a:b]) or plan_infinitives(text[a:b]) for a, b in clause):
                cues, bounds = Counter(), clause
        _russian_tense(cues, s, bounds, event_type)
    elif lang == "zh":
        _chinese_tense(cues, s, event_type, bounds)
    cues["future"] += sum(future_marks(text[a:b], lang) for a, b in bounds)
    cues["underway"] = sum(underway_marks(text[a:b]) for a, b in bounds)
    return +cues


def _russian_tense(cues: Counter[str], s: SentenceSignals, bounds: Bounds, event_type: str) -> None:
    """A verb of the clause in the future tense ("подпишут") or an infinitive governed by a
    word of wish or decision ("могут создать") is a plan, cue word or not. A noun of signing
    ("подписание", "заключение") has no tense: beside a word of plan or talks ("готовятся к
    подписанию", "обсудили заключение контракта") the signing is what is planned."""
    text = s.sentence.text
    future = sum(future_verbs(text[a:b]) for a, b in bounds)
    plans = sum(plan_infinitives(text[a:b]) for a, b in bounds)
    if future + plans:
        cues["announced"] = max(cues["announced"], future + plans)
    # "намерены провести форум", "договорились провести заседание": the meeting is still to
    # come, as its future tense says ("проведут"); future verbs are counted by future_marks
    cues["future"] += plans
    if cues["signed"] and cues["announced"]:
        start = s.sentence.start
        # a clause is read once per type cue in it, as clause_stages reads it
        nouns = sum(sum(a <= sa - start < b for a, b in bounds) for sa, sb, label in s.cue_spans
                    if label == "stages:signed" and signing_noun(text[sa - start:sb - start]))
        cues["signed"] = max(cues["signed"] - nouns, 0)
    if cues["signed"] and event_type not in types_of_kind("document") and not _deal_terms(event_type):
        # "подписали соглашение о создании лаборатории": what the document is about is still to
        # be built; a project of its own, not the terms of a deal
        founded = sum(len(_FOUNDING.findall(text[a:b])) for a, b in bounds)
        if founded:
            cues["signed"] = max(cues["signed"] - founded, 0)
            cues["announced"] = max(cues["announced"], founded)
    # "В Госдепе заявили, что китайская фирма поставляет…": a third state's claim
    if any(third_state_claim(text, a) for a, _b in clause_bounds(text, s.sentence.start, s.cue_spans, event_type)):
        cues["alleged"] = max(cues["alleged"], 1)
    if _EARLIER.match(text):
        # "Ранее сообщалось, что технопарк будет…": a plan the story recalls is its history,
        # not the stage of what the story reports now
        cues.pop("announced", None)


def _deal_terms(event_type: str) -> bool:
    """Whether what is still to come of the type is the terms of a deal (supplies, exchanges)."""
    behaviour = type_behaviour(event_type)
    return bool(behaviour and behaviour.deal_terms)


def _chinese_tense(cues: Counter[str], s: SentenceSignals, event_type: str, bounds: Bounds) -> None:
    """Planned signings, signings only named, things not yet done or discussed are plans; a
    verb with the perfective 了 or the adverb 已 is done."""
    text, start = s.sentence.text, s.sentence.start
    if cues["signed"]:
        # "有望签署", "准备签订": the signing is planned, not done
        planned = sum(planned_signings(text[a:b]) for a, b in bounds)
        if planned:
            cues["signed"] = max(cues["signed"] - planned, 0)
            cues["announced"] = max(cues["announced"], planned)
    if cues["signed"] and event_type not in types_of_kind("document"):
        # "这是双方签署的供货合同的一部分": a delivery of a contract signed before is not signed
        cues["signed"] = max(cues["signed"] - sum(signings_named(text[a:b]) for a, b in bounds), 0)
    if cues["signed"] or cues["implemented"]:
        # "协议尚未签署", "设备还没有交付", "中心建成后将…": not yet done, still to come
        for sa, sb, label in s.cue_spans:
            stage = label[7:]
            within = sum(a <= sa - start < b for a, b in bounds)  # a clause read once per type cue
            if stage in ("signed", "implemented") and label.startswith("stages:") and within \
                    and (not_yet(text, sa - start) or done_later(text, sa - start, sb - start)):
                cues[stage] = max(cues[stage] - within, 0)
                cues["announced"] += 1
    if cues["implemented"]:
        # "商讨举办论坛", "讨论了明年举办论坛的事宜": the act discussed is still to come
        discussed = discussed_acts(text, [sa - start for sa, _sb, label in s.cue_spans
                                          if label == "stages:implemented"
                                          and any(a <= sa - start < b for a, b in bounds)])
        if discussed:
            cues["implemented"] = max(cues["implemented"] - discussed, 0)
            cues["announced"] += discussed
            cues["future"] += discussed
    if not (cues["signed"] or cues["announced"]):
        # "建立了", "已建成": the perfective 了 or the adverb 已 reports it done ("签署了" stays signed)
        done = sum(perfective_marks(text[a:b]) for a, b in bounds)
        if done:
            cues["implemented"] = max(cues["implemented"], done)
