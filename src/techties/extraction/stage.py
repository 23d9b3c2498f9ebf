"""The stage of an event: the sentence's stage cues, read against the type's usual stage."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from techties.extraction.tense import published_news
from techties.model.behaviour import default_stage, type_behaviour
from techties.model.lexicon import simplify

# What a type's event usually is when the sentence gives no stage cue is its behaviour's
# `default_stage`; how its cues are read depends on its `kind` (document, meeting, measure,
# dispute) and its flags `charged` and `deal_terms` (vocab/event_types.yaml).
# Which cue wins when a sentence has several: a report of trouble or an accusation
# outweighs a plan, and a plan outweighs a past-tense verb.
STAGE_PRIORITY = ("stalled", "alleged", "announced", "signed", "implemented")


def plans_instead(cues: Counter[str], words: int, *deeds: str) -> None:
    """`words` words of a clause make what its `deeds` cues tell a plan ("discussed building",
    "有望签署", "соглашение о создании"): as many of those cues are taken back, and the clause
    is announced."""
    for stage in deeds:
        cues[stage] = max(cues[stage] - words, 0)
    cues["announced"] = max(cues["announced"], words)


def decide_stage(event_type: str, stages: Counter[str], context: Counter[str]) -> str:
    """`stages` are the evidence sentence's cues, `context` the whole document's; a "future"
    count in `stages` is the tense of the event's own clause, not a stage, and a "charge"
    count in `context` the words of a crime charged in the document; a "planned" count in
    `stages` (Chinese) a plan in the future tense that no word of its clause charges, an
    "admitted" count a side's own admission in its sentence, an "open" count a deed its clause
    gives as only possible or still negotiated ("может начать поставки", "正在就购买…进行谈判")."""
    present = [s for s in STAGE_PRIORITY if stages.get(s)]
    behaviour = type_behaviour(event_type)
    kind = behaviour.kind if behaviour else None
    if kind == "measure":  # a third state's measure is in force unless only proposed
        return "announced" if "announced" in present and "implemented" not in present else "implemented"
    # not what a side admits, nor shipments its own sentence says stopped ("华为正在关闭业务部门")
    claim_around = context.get("alleged") and not stages.get("admitted") and not stages.get("stalled")
    if behaviour and behaviour.charged and (claim_around or "alleged" in present) \
            and not stages.get("planned"):
        return "alleged"  # the shipments an accusation in the document charges, not those still expected
    if kind == "dispute":
        if "alleged" in present or context.get("charge"):
            return "alleged"  # a crime charged (espionage, treason) is the claim of investigators
        if "stalled" in present or "implemented" in present:
            return "implemented"
        if "announced" in present:
            return "announced"  # a ban proposed, asked for or under discussion
        return default_stage(event_type)
    if kind == "meeting" and "stalled" not in present:
        # a meeting is held, unless its own clause is in the future tense: "will be held",
        # "将于…举办" carry the verb of holding too
        future = stages.get("future", 0)
        return "announced" if future and future >= stages.get("implemented", 0) else "implemented"
    if "alleged" in present and kind != "document":
        return "alleged"
    if "stalled" in present:
        return "stalled"
    if stages.get("underway") and kind != "document":
        return "implemented"  # "will complete deliveries": the deliveries have begun
    if kind == "document":  # a written commitment is signed unless only planned
        if "signed" in present:
            return "signed"
        if "announced" in present:
            return "announced"
        return "signed"
    if "announced" in present and stages["announced"] >= stages.get("implemented", 0):
        # deliveries or exchanges still to come in a story of a concluded deal ("Russia will
        # supply China with S-400", the contract signed) are its terms (`deal_terms`: the
        # students each side sends, too): formally agreed, not yet carried out. A joint lab or
        # a plant "to be built" under an agreement is a project of its own: announced.
        terms = bool(behaviour and behaviour.deal_terms) and not stages.get("open")
        return "signed" if terms and context.get("signed") else "announced"
    if "signed" in present and "implemented" not in present:
        return "signed"
    return default_stage(event_type)


# Where one clause ends and the next begins: punctuation, and the words that open a
# reported or relative clause ("said that it will", "the lab, which opened").
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013\uff0c\uff1b\uff1a\u3001\uff08\uff09]"
                           r"|\b(?:that|which|who|while|after|before|when|"
                           r"что|который|которая|которое|которые|после|когда)\b", re.IGNORECASE)


@lru_cache(maxsize=64)  # an event's sentence is split for its stage cues, its tense and its clause
def clause_breaks(text: str) -> tuple[int, ...]:
    return (0, *(m.start() for m in _CLAUSE_BREAK.finditer(text)), len(text))


def clause_bounds(text: str, start: int, cue_spans: list[tuple[int, int, str]],
                  event_type: str) -> list[tuple[int, int]]:
    """Where the clauses that carry the event's type cue begin and end in `text`."""
    type_at = [a - start for a, _b, label in cue_spans if label == f"types:{event_type}"]
    if not type_at:
        return []
    breaks = clause_breaks(text)
    return [(max(x for x in breaks if x <= a), min((x for x in breaks if x > a), default=len(text))) for a in type_at]


# A name or title in quotation marks or title brackets, or a short aside in brackets: its words
# name a thing, they are not the tense of the sentence ("the “Partnership Plan” programme",
# «Проект будущего», 《合作计划》, "(Science Cooperation Plan)"). A long quotation is reported
# speech, whose verbs do count.
_NAMED = re.compile(r"《[^》]*》|「[^」]*」|«[^»]{1,60}»|“[^”]{1,60}”|\"[^\"]{1,60}\""
                    r"|\([^()]{1,60}\)|（[^（）]{1,60}）")


# A Chinese quotation with a comma or a full stop inside is speech, however short ("他说：“双方将
#共建实验室。”"); a name in quotation marks has none ("“数字丝绸之路”").
_CHINESE_SPEECH = re.compile(r"[\u4e00-\u9fff][^\n]*[，。！？；,!?;]")


def named_spans(text: str) -> list[tuple[int, int]]:
    """Where a sentence quotes a name or a title (offsets into `text`)."""
    return [(m.start(), m.end()) for m in _NAMED.finditer(text) if not _CHINESE_SPEECH.search(m.group())]


# A Russian verb of a thing done or signed denied by "не" ("так и не начались", "не был
# подписан") tells it failed; "пока не", "ещё не" (not yet) that it is still to come.
_DENIED = re.compile(r"\bне\s+(?:(?:был|была|было|были)\s+)?$", re.IGNORECASE)
_NOT_YET = re.compile(r"\b(?:пока|ещ[её])\s+не\s+(?:(?:был|была|было|были)\s+)?$", re.IGNORECASE)
_DENIABLE = ("implemented", "signed")
# A Russian participle or infinitive of a deed or a signing after an auxiliary of the future, of
# possibility or of obligation ("будет подписано", "может быть заключён", "должны быть введены",
# "планируется открыть") is the compound future or a modal: the thing is still to come.
_TO_COME = re.compile(r"\b(?:будет|будут|может\s+быть|могут\s+быть|должен\s+быть|должна\s+быть"
                      r"|должно\s+быть|должны\s+быть|планируется|планируются|предполагается"
                      r"|предстоит)\s+(?:(?:уже|официально|окончательно|также|вскоре)\s+)?$", re.IGNORECASE)


# A Russian trouble overcome or absent: "несмотря на задержки", "вопреки санкциям", "без срывов".
_OVERCOME = re.compile(r"\b(?:несмотря\s+на|вопреки|без)\s+(?:[а-яё]+\s+){0,2}$", re.IGNORECASE)
NO_STAGE = "none"  # a cue that, where it stands, tells no stage
# A Chinese trouble denied ("不会推迟", "没有取消", "不可能延期或取消", "决不放弃"): the thing goes
# on as planned. Not 不得不 ("had to postpone"); a denial reaches over one word joined by 或, 和, 、.
_ZH_TROUBLE_DENIED = re.compile(r"(?:(?<!不得)不|没有|没|并未|从未|不会|不可能|不能|无需|无须|不必)"
                                r"(?:会|再|被|曾|能)?(?:[\u4e00-\u9fff]{2}[或和与、])?$")
# Russian talks as the setting of what the clause reports ("в ходе переговоров подписали", "по
# итогам обсуждения"): talks held, not a plan.
_SETTING = re.compile(r"\b(?:в\s+ходе|по\s+итогам|по\s+результатам|после|во\s+время|на)\s+(?:[а-яё]+\s+)?$",
                      re.IGNORECASE)
_TALKS = ("переговор", "обсуждени")


def _read(label: str, text: str, at: int) -> str:
    """The stage a cue gives where it stands: a Russian denial turns a deed into a failure
    or, "not yet", into a plan; a Russian auxiliary of the future or a modal, into a plan; a
    trouble the clause says was overcome, absent or denied ("несмотря на трудности", "不会推迟") or talks that are
    the setting of the clause ("в ходе переговоров") tell none."""
    if label == "stalled" and (_OVERCOME.search(text[max(0, at - 40):at])
                               or _ZH_TROUBLE_DENIED.search(simplify(text[max(0, at - 8):at]))):
        return NO_STAGE
    if label == "implemented" and published_news(text, at):
        return NO_STAGE  # "政府发布消息称": a report, no deed
    if label == "announced" and text[at:at + 10].lower().startswith(_TALKS) \
            and _SETTING.search(text[max(0, at - 30):at]):
        return NO_STAGE
    if label not in _DENIABLE:
        return label
    before = text[max(0, at - 24):at]
    if _NOT_YET.search(before) or _TO_COME.search(text[max(0, at - 40):at]):
        return "announced"
    return "stalled" if _DENIED.search(before) else label


def clause_stages(text: str, start: int, cue_spans: list[tuple[int, int, str]], event_type: str) -> Counter[str]:
    """The stage cues of the clause that carries the event's type cue: the stage of the event
    is the tense or mood of its own verb, not of any verb of the sentence ("X said that it
    will open a lab": the lab is planned; "the lab, opened in 2019, will host": it is open)."""
    out: Counter[str] = Counter()
    names = named_spans(text)
    for lo, hi in clause_bounds(text, start, cue_spans, event_type):
        for sa, _sb, label in cue_spans:
            if label.startswith("stages:") and lo <= sa - start < hi \
                    and not any(a < sa - start < b for a, b in names):
                out[_read(label[7:], text, sa - start)] += 1
    out.pop(NO_STAGE, None)
    return out


def sentence_stages(text: str, start: int, cue_spans: list[tuple[int, int, str]]) -> Counter[str]:
    """The stage cues of the whole sentence, less those inside a quoted name."""
    names = named_spans(text)
    out = Counter(_read(label[7:], text, sa - start) for sa, _sb, label in cue_spans
                  if label.startswith("stages:") and not any(a < sa - start < b for a, b in names))
    out.pop(NO_STAGE, None)
    return out
