"""The stage cues of one event's sentence: the stage words of its own clause, then what each
language's grammar adds to them (Russian future verbs, Chinese perfective 了 and 尚未).

The counts go to `stage.decide_stage`, which weighs them against the document's context.
Each language reads its tense in its own function, so a rule for one cannot move another's.
"""

from __future__ import annotations

import re
from collections import Counter

from techties.extraction.russian_stage import russian_tense
from techties.extraction.signals import SentenceSignals
from techties.extraction.stage import (
    STAGE_PRIORITY,
    clause_bounds,
    clause_breaks,
    clause_stages,
    plans_instead,
    sentence_stages,
)
from techties.extraction.tense import (
    admissions,
    denied,
    discussed_acts,
    done_later,
    exchanged_documents,
    future_marks,
    future_times,
    intentions,
    negotiations,
    not_yet,
    perfective_marks,
    plan_adverbs,
    planned_signings,
    signings_named,
    underway_marks,
)
from techties.model.behaviour import types_of_kind

Bounds = list[tuple[int, int]]


def stage_cues(s: SentenceSignals, event_type: str, lang: str | None = None) -> Counter[str]:
    """The stage cues of the event's own clause where it has any, else of its sentence, with
    the tense its language's grammar shows. Besides the stages: `headline`, a plan told only by
    a headline's future tense ("Huawei to open lab"); `future` and `underway`, the
    tense of the event's own clause, for types whose cue words are not the tense (a forum's
    "talks" are held, its "will be held" is not)."""
    own = clause_stages(s.sentence.text, s.sentence.start, s.cue_spans, event_type)
    text = s.sentence.text
    # the tense is read where the stage words are: the event's own clause, or the whole
    # sentence when that clause has none ("Under the Expo, talks will be conducted")
    bounds = (own and clause_bounds(text, s.sentence.start, s.cue_spans, event_type)) or [(0, len(text))]
    if not own and lang == "zh":
        own, bounds = _chinese_comment(s, event_type, bounds)
    cues = Counter(own or sentence_stages(s.sentence.text, s.sentence.start, s.cue_spans))
    if lang == "en":
        _english_tense(cues, text, bounds)
    elif lang == "ru":
        cues, bounds = russian_tense(cues, s, bounds, event_type, bool(own))
    elif lang == "zh":
        _chinese_tense(cues, s, event_type, bounds)
    cues["future"] += sum(future_marks(text[a:b], lang) for a, b in bounds)
    cues["underway"] = sum(underway_marks(text[a:b]) for a, b in bounds)
    if lang == "zh":
        _chinese_future(cues, s)
    return +cues



def _chinese_comment(s: SentenceSignals, event_type: str, bounds: Bounds) -> tuple[Counter[str], Bounds]:
    """A Chinese clause that only names the thing (the topic: "由甲乙共建的联合研究中心，今年
    实现了中试，正在筹备扩产") has its predicate in the next clause that tells a stage: a deed
    that clause marks done (了, 已) is the event's, a plan in a clause after it a further step."""
    text, start = s.sentence.text, s.sentence.start
    own = clause_bounds(text, start, s.cue_spans, event_type)
    breaks = clause_breaks(text)
    if not own:
        # a sentence that tells the event with no word of its type (the story's project, its
        # partner): its first clause is its main predicate, and a deed that clause marks done
        # ("华为已同俄方伙伴建立了数据中心，并计划…") is not undone by a plan after it
        lo, hi = breaks[0], breaks[1]
        stated = any(label.startswith("stages:") and lo <= a - start < hi for a, _b, label in s.cue_spans)
        done = perfective_marks(text[lo:hi])
        return (Counter({"implemented": done}), [(lo, hi)]) if done and not stated else (Counter(), bounds)
    end = max(b for _a, b in own)
    for lo, hi in zip(breaks, breaks[1:], strict=False):
        if lo < end:
            continue
        found = Counter(label[7:] for a, _b, label in s.cue_spans
                        if label.startswith("stages:") and lo <= a - start < hi)
        if found:
            # only a deed the perfective marks done ("实现了", "已建成") is the predicate's own;
            # else the sentence as a whole tells the stage
            done = perfective_marks(text[lo:hi])
            return (found, [(lo, hi)]) if done else (Counter(), bounds)
    return Counter(), bounds


def _chinese_future(cues: Counter[str], s: SentenceSignals) -> None:
    """A Chinese clause whose only tense is the future ("明年…共建", "届时…", a quoted "将成为")
    tells a thing still to come, whatever its verb: the type's usual stage would report it done.
    A plan in the future tense that no word charges is `planned`: shipments a story still
    expects ("将由俄方供应") are not the ones an accusation elsewhere in it charges ("据称" in
    the same sentence does charge them)."""
    if cues["future"] and not any(cues[stage] for stage in STAGE_PRIORITY):
        cues["announced"] = cues["future"]
    if cues["future"] and cues["announced"] and not any(
            label == "stages:alleged" for _a, _b, label in s.cue_spans):
        cues["planned"] = 1


# A verb of discussion or consideration before a gerund governs an act still to come ("discussed
# setting up a fund", "talked about building", "weighing opening"): the act is the matter discussed.
_DISCUSSED_GERUND = re.compile(r"\b(?:discuss(?:ed|es|ing)?|talk(?:ed|s|ing)? about|weigh(?:ed|s|ing)?|"
                               r"mull(?:ed|s|ing)?|debat(?:ed|es|ing)|contemplat(?:ed|es|ing))\s+"
                               r"(?:(?:jointly|possibly|further|the idea of)\s+)?[a-z]+ing\b", re.IGNORECASE)


# A signing that an infinitive marker, a modal or a plan governs is still to come ("to sign a deal
# in May", "plan on signing", "a draft contract that might be signed", "documents to be signed").
_PLANNED_SIGNING = re.compile(r"\b(?:to|will|shall|would|could|may|might|plans?\s+on|planned\s+on|"
                              r"planning\s+on)\s+(?:be\s+)?(?:(?:formally|officially|jointly|finally|also)\s+)?"
                              r"sign(?:ed|ing)?\b", re.IGNORECASE)
# A headline of capitalised names followed by "to" and a verb ("Huawei to open lab in Kazan",
# "Russia, China to sign helicopter deal") is in the future tense of headlines: a plan. Not a
# phrase whose "to" is a preposition ("According to the report").
_HEADLINE_FUTURE = re.compile(r"^\W*(?!(?:According|Due|Thanks|Prior|Next|Close|Up|Back|Welcome|Return)\b)"
                              r"(?:[A-Z][\w'’.&-]*,?\s+(?:and\s+|&\s+)?){1,6}to\s+"
                              r"(?!(?:the|a|an|this|that|its|their|his|her|our|be|date)\b)[a-z]+\b")


def _english_tense(cues: Counter[str], text: str, bounds: Bounds) -> None:
    """An act that a verb of discussion governs as a gerund is planned, not done; so are a
    signing still to come and the act of a headline in its future tense."""
    discussed = sum(len(_DISCUSSED_GERUND.findall(text[a:b])) for a, b in bounds)
    if discussed:
        plans_instead(cues, discussed, "implemented")
    planned = [m.group() for a, b in bounds for m in _PLANNED_SIGNING.finditer(text[a:b])]
    if planned:
        # the words "signed"/"signing" of these are no signing done
        cues["signed"] = max(cues["signed"] - sum(not w.lower().endswith("sign") for w in planned), 0)
        cues["announced"] = max(cues["announced"], len(planned))
    headline = text.rstrip() and text.rstrip()[-1] not in ".!?\"”'’"
    if headline and not any(cues[stage] for stage in STAGE_PRIORITY) and _HEADLINE_FUTURE.match(text):
        # `headline` marks the plan as the headline's alone: it does not outvote a body that
        # reports the thing done (pipeline._group_stage)
        cues["announced"] = cues["headline"] = 1


def _chinese_tense(cues: Counter[str], s: SentenceSignals, event_type: str, bounds: Bounds) -> None:
    """Intentions (拟, 愿), planned signings, signings only named, things not yet done or
    discussed are plans; a verb with the perfective 了 or the adverb 已 is done."""
    text, start = s.sentence.text, s.sentence.start
    # "俄方承认无人机来自中国": a side's own word, not the claim a third party makes elsewhere
    cues["admitted"] = admissions(text)
    # "正在就购买发动机进行谈判": the deal itself is still negotiated
    cues["open"] = sum(negotiations(text[a:b]) for a, b in bounds)
    if event_type in types_of_kind("document"):  # "交换两校合作协议": texts exchanged are signed
        cues["signed"] += sum(exchanged_documents(text[a:b]) for a, b in bounds)
    # "两校拟共建实验室", "愿与中方合作": intended, whichever verb follows
    cues["announced"] = max(cues["announced"], sum(plan_adverbs(text[a:b]) for a, b in bounds))
    if cues["signed"]:
        # "有望签署", "准备签订": the signing is planned, not done
        planned = sum(planned_signings(text[a:b]) for a, b in bounds)
        if planned:
            plans_instead(cues, planned, "signed")
    # "达成合作意向", "准备好与华为合作": an intention, not an accord or a deed
    meant = sum(intentions(text[a:b]) for a, b in bounds)
    if meant:
        plans_instead(cues, meant, "signed", "implemented")
    if cues["signed"] and event_type not in types_of_kind("document"):
        # "这是双方签署的供货合同的一部分": a delivery of a contract signed before is not signed
        cues["signed"] = max(cues["signed"] - sum(signings_named(text[a:b]) for a, b in bounds), 0)
    if cues["signed"] or cues["implemented"]:
        # "协议尚未签署", "设备还没有交付", "中心建成后将…": not yet done, still to come
        for sa, sb, label in s.cue_spans:
            stage = label[7:]
            within = sum(a <= sa - start < b for a, b in bounds)  # a clause read once per type cue
            if stage not in ("signed", "implemented") or not label.startswith("stages:") or not within:
                continue
            if not_yet(text, sa - start) or done_later(text, sa - start, sb - start):
                cues[stage] = max(cues[stage] - within, 0)
                cues["announced"] += 1
            elif denied(text, sa - start):  # "不再运行", "至今仍未交付": stopped or never done
                cues[stage] = max(cues[stage] - within, 0)
                cues["stalled"] += 1
    if cues["implemented"]:
        # "商讨举办论坛", "讨论了明年举办论坛的事宜": the act discussed is still to come
        discussed = discussed_acts(text, [sa - start for sa, _sb, label in s.cue_spans
                                          if label == "stages:implemented"
                                          and any(a <= sa - start < b for a, b in bounds)])
        if discussed:
            cues["implemented"] = max(cues["implemented"] - discussed, 0)
            cues["announced"] += discussed
            cues["future"] += discussed
    done = sum(perfective_marks(text[a:b]) for a, b in bounds)
    if cues["implemented"] and not done:
        # "工厂明年投产", "列车年底前交付": a deed at a time still to come is planned
        later = sum(future_times(text[a:b]) for a, b in bounds)
        cues["announced"] = max(cues["announced"], later)
    if not (cues["signed"] or cues["announced"]):
        # "建立了", "已建成": the perfective 了 or the adverb 已 reports it done ("签署了" stays signed)
        if done:
            cues["implemented"] = max(cues["implemented"], done)
