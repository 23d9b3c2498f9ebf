"""Organisations outside the knowledge base, found by the shape of their names.

New players must not be missed: a sentence that reports cooperation may name a
supplier or a university the knowledge base has never heard of. The patterns look
for organisation heads (… University, ООО «…», …有限公司) and take the country from
a nationality word or a known place beside the name. A name whose country cannot be
told is dropped rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from techties.entities.gazetteer import Mention, overlaps, taken_spans

ORG_HEADS_EN = (
    "University|Institute|Academy|Corporation|Corp|Company|Group|Technologies|Technology|Bank|"
    "Laboratory|Lab|Plant|Factory|Holding|Holdings|Electronics|Industries|Industry|Agency|Ministry|"
    "Center|Centre|Foundation|Fund|Association|Bureau|Administration|Works|Systems|Trading|"
    "Logistics|Semiconductor|Semiconductors|Aerospace|Aviation|Machinery|Engineering|Park"
)
NAME_WORD = r"(?:[A-Z][\w&'’.-]*|of|and|for|the|de|&)"
EN_ORG = re.compile(
    r"\b((?:[A-Z][\w&'’.-]*\s+)(?:" + NAME_WORD + r"\s+){0,5}?(?:" + ORG_HEADS_EN + r"))\b"
    r"(?:\s+(?:Co\.?,?\s*Ltd\.?|Co\.?|Ltd\.?|LLC|Inc\.?|JSC|PJSC))?")
EN_LEGAL = re.compile(
    r"\b((?:[A-Z][\w&'’-]*\s+){1,4}?)(?:\(HK\)\s+)?(?:Co\.?,?\s*Ltd\.?|Co\.?,?\s*Limited|Ltd\.?|LLC|Inc\.?|"
    r"JSC|PJSC|GmbH|OOO|LLP|Co\.(?=\s|$|,))")
EN_LEGAL_PREFIX = re.compile(r"\b(?:JSC|PJSC|OJSC|LLC|OOO|AO|PAO)\s+[\"“«']?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})")
RU_ORG = re.compile(
    r"(?:компани\w*|корпораци\w*|концерн\w*|холдинг\w*|завод\w*|предприяти\w*|фирм\w*|групп\w*|"
    r"банк\w*|фонд\w*|ООО|АО|ПАО|ОАО|ЗАО|НПО|НИИ|институт\w*|университет\w*|центр\w*)\s+"
    r"«([^»]{2,60})»")
ZH_ORG = re.compile(
    r"([\u4e00-\u9fff]{2,16}?(?:有限公司|股份公司|公司|集团|大学|学院|研究所|研究院|科学院|实验室|银行))")
# Characters that start a clause rather than a name, and words that make a name generic.
ZH_LEADING = re.compile(r"^[的和与及对對近个個等在于於将將由被向从從为為是了]+")
ZH_GENERIC = re.compile(r"^(?:联合|聯合|合资|合資|中外|双方|雙方|该|該|本|各|多家|一家|两家|省|市|国家|國家|相关|相關)")
ZH_CLAUSE = re.compile(r"[的了用已有将將在与與和及或是为為把被对對等这這那其]")  # a clause, not a name
GENERIC_WORDS = {
    "research", "institute", "technology", "technologies", "innovation", "fund", "joint", "center", "centre",
    "science", "scientific", "international", "national", "state", "new", "high", "tech", "development",
    "engineering", "industrial", "industry", "group", "company", "corporation", "university", "academy",
    "laboratory", "lab", "bank", "agency", "ministry", "foundation", "association", "systems", "trading",
    "investment", "investments", "federal", "central", "global", "holding", "holdings", "park", "of", "and",
    "the", "for", "chinese", "russian", "china", "russia", "sino", "strategic", "cooperation", "partnership",
}

CN_HINT = re.compile(r"Chin|Hong Kong|HK|Sino|Beijing|Shenzhen|Shanghai|Guangzhou|Harbin|Wuhan|"
                     r"Hangzhou|Xiamen|Tianjin|Dalian|Yantai|Zhejiang|Jiangsu|Китай|китайск|КНР|"
                     r"Гонконг|中国|中|华|京|沪|深圳|广州|哈尔滨|香港", re.I)
RU_HINT = re.compile(r"Russia|Moscow|Rus|Petersburg|Novosibirsk|Siberia|Tomsk|Kazan|Росси|российск|"
                     r"Москв|московск|Рос|俄", re.I)
POSSESSIVE_WORD = re.compile(r"['’]s\s+")
GENERIC = re.compile(r"^(?:The|This|That|Its|Their|A|An|Our|Chinese|Russian|State|National|"
                     r"University|Institute|Company|Group|Ministry|Bank|Center|Centre)\b")
WINDOW = 40


@dataclass(frozen=True)
class NameFound:
    start: int
    end: int
    text: str


def _candidates(sentence: str, lang: str | None) -> list[NameFound]:
    found: list[NameFound] = []
    if lang == "zh":
        for m in ZH_ORG.finditer(sentence):
            lead = ZH_LEADING.match(m.group(1))
            start = m.start(1) + (lead.end() if lead else 0)
            name = sentence[start:m.end(1)]
            if len(name) >= 5 and not ZH_GENERIC.match(name) and not ZH_CLAUSE.search(name):
                found.append(NameFound(start, m.end(1), name))
        return found
    patterns = (RU_ORG, EN_LEGAL_PREFIX, EN_LEGAL, EN_ORG) if lang == "ru" else (EN_LEGAL_PREFIX, EN_LEGAL, EN_ORG)
    for pattern in patterns:
        for m in pattern.finditer(sentence):
            name = m.group(1).strip(" \"“”«»'")
            # "China's LS Group", "Rosatom and China's LS Group": the name is what follows
            # the last possessive
            tail = list(POSSESSIVE_WORD.finditer(name))
            if tail:
                name = name[tail[-1].end():]
            words = [w.casefold().strip(".,") for w in name.split()]
            if (len(name) >= 4 and not GENERIC.match(name) and len(words) <= 8
                    and not all(w in GENERIC_WORDS for w in words)):
                start = m.start(1) + m.group(1).find(name)
                found.append(NameFound(start, start + len(name), name))
    return found


def _country(sentence: str, name: NameFound) -> str | None:
    inside = name.text
    before = sentence[max(0, name.start - WINDOW):name.start]
    cn_in, ru_in = bool(CN_HINT.search(inside)), bool(RU_HINT.search(inside))
    if cn_in != ru_in:
        return "CN" if cn_in else "RU"
    cn_before = [m.end() for m in CN_HINT.finditer(before)]
    ru_before = [m.end() for m in RU_HINT.finditer(before)]
    if cn_before or ru_before:
        return "CN" if max(cn_before, default=-1) > max(ru_before, default=-1) else "RU"
    return None


def find_unresolved(sentence: str, lang: str | None, known: list[Mention], offset: int = 0) -> list[Mention]:
    """Organisation names in `sentence` that no knowledge-base mention covers, with a country."""
    out: list[Mention] = []
    # a place word inside a Latin name ("Harbin Turbine Co.") does not make it a place
    taken = taken_spans(known, offset, places_too=lang == "zh")
    for name in _candidates(sentence, lang):
        if overlaps(name.start, name.end, taken):
            continue
        country = _country(sentence, name)
        if country is None:
            continue
        taken.append((name.start, name.end))
        out.append(Mention(name.start + offset, name.end + offset, name.text, (country,), None, "unresolved"))
    return out
