"""Organisations outside the knowledge base, found by the shape of their names.

New players must not be missed: a sentence that reports cooperation may name a
supplier or a university the knowledge base has never heard of. The patterns look
for organisation heads (… University, ООО «…», …有限公司) and take the country from
a nationality word or a known place beside the name. A name whose country cannot be
told is dropped rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from techties.entities.chinese_orgs import english_name, is_description, is_foreign
from techties.entities.gazetteer import Mention, overlaps, taken_spans
from techties.entities.transliteration import transliterate
from techties.model.lexicon import simplify
from techties.model.names import entity_key

ORG_HEADS_EN = (
    "University|Institute|Academy|Corporation|Corp|Company|Group|Technologies|Technology|Bank|"
    "Laboratory|Lab|Plant|Factory|Holding|Holdings|Electronics|Industries|Industry|Agency|Ministry|"
    "Center|Centre|Foundation|Fund|Association|Bureau|Administration|Works|Systems|Trading|"
    "Logistics|Semiconductor|Semiconductors|Aerospace|Aviation|Machinery|Engineering|Park"
)
NAME_WORD = r"(?:[A-Z][\w&'’.-]*|of|and|for|the|de|&)"
# A field word that is also a head may come before a school's head ("Shenyang Engineering
# University") or a firm's ("Lunar Information Technology Group"): the name runs to that head.
EN_ORG = re.compile(
    r"\b((?:[A-Z][\w&'’.-]*\s+)(?:" + NAME_WORD + r"\s+){0,5}?(?:" + ORG_HEADS_EN + r")"
    r"(?:\s+(?:University|Institute|College|Academy|Group|Corporation|Company|Holding|Holdings))?)\b"
    r"(?:\s+(?:Co\.?,?\s*Ltd\.?|Co\.?|Ltd\.?|LLC|Inc\.?|JSC|PJSC))?")
EN_LEGAL = re.compile(
    r"\b((?:[A-Z][\w&'’-]*\s+){1,4}?)(?:\(HK\)\s+)?(?:Co\.?,?\s*Ltd\.?|Co\.?,?\s*Limited|Ltd\.?|LLC|Inc\.?|"
    r"JSC|PJSC|GmbH|OOO|LLP|Co\.(?=\s|$|,))")
# A name after the word that says what it is, as Russian news translated into English writes
# it: "the concern Goodwin", "the company Leader".
EN_HEAD_BEFORE = re.compile(r"\b(?:the\s+)?(?:company|concern|holding|firm|enterprise|plant|startup|corporation)\s+"
                            r"[\"“«']?([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})")
EN_LEGAL_PREFIX = re.compile(r"\b(?:JSC|PJSC|OJSC|LLC|OOO|AO|PAO)\s+[\"“«']?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})")
RU_ORG = re.compile(
    r"(?:компани\w*|корпораци\w*|концерн\w*|холдинг\w*|завод\w*|предприяти\w*|фирм\w*|групп\w*|"
    r"банк\w*|фонд\w*|ООО|АО|ПАО|ОАО|ЗАО|НПО|НИИ|институт\w*|университет\w*|центр\w*)\s+"
    r"«([^»]{2,60})»")
# Matched on the simplified form of the sentence, so traditional names are read too.
ZH_HEAD = "有限公司|股份公司|公司|集团|大学|学院|研究所|研究院|科学院|实验室|银行|医院|设计局"
ZH_ORG = re.compile(r"([\u4e00-\u9fff]{2,16}?(?:" + ZH_HEAD + "))")
# Heads that Chinese gives a Russian body's name (俄罗斯工业家和企业家联合会, 俄罗斯联邦航天署); read
# only where a Russian place or the country opens the name, as Chinese bodies of these kinds
# are more often named in passing than as parties. 署 ends the verbs 签署 (sign) and 部署
# (deploy) too: "俄罗斯总统访华期间签署" is a clause, not an agency.
ZH_RU_HEAD = "协会|联合会|研究中心|(?<![签部])署"
ZH_RU_MIN_OWN = 4  # characters of the name before its head: 企业协会 is a kind of body, not a name
ZH_RU_ORG = re.compile(r"(?:俄罗斯联邦|俄罗斯|俄)([\u4e00-\u9fff]{2,16}?(?:" + ZH_RU_HEAD + "))")
# A firm a Chinese text names in Latin letters before a Chinese head: "俄罗斯Heart.Zone有限公司".
ZH_LATIN_ORG = re.compile(r"(?<![A-Za-z0-9.&-])([A-Z][\w.&-]*[A-Za-z0-9](?:\s[A-Z][\w.&-]*[A-Za-z0-9]){0,3})\s?"
                          r"(?:股份有限公司|有限责任公司|有限公司|股份公司|公司|集团)")
# A firm a Chinese text names in Latin letters after the word that says what it is, as it
# names foreign firms: "俄罗斯电信设备开发商Bulat", "发动机制造商Aviadvigatel公司".
ZH_LATIN_AFTER_HEAD = re.compile(r"(?:制造商|开发商|供应商|运营商|生产商|厂商|服务商|承包商|公司|企业|集团)\s?"
                                 r"([A-Z][A-Za-z0-9.&-]*[A-Za-z0-9](?:\s[A-Z][A-Za-z0-9.&-]*[A-Za-z0-9]){0,3})(?![A-Za-z0-9.&-])")
ZH_HEAD_END = re.compile(r"(?:" + ZH_HEAD + ")$")
# The name a Chinese text gives in brackets right after a Chinese name: "（Harbin Bin-Au Technology）".
LATIN_NAME_IN_BRACKETS = re.compile(r"[」』”\"]?\s*[(（]\s*([A-Z][\w&.,'’ -]{2,80}?)[\s.,]*[)）]")
# Words of trade and field that make up a Chinese name's body without naming anyone: a body
# made only of these (技术物理研究所, 孵化器管理有限公司) is a department or a description.
ZH_GENERIC_PARTS = re.compile(
    r"高技术|高新技术|技术|科技|科学|物理|化学|石油|健康|营养|海洋|管理|孵化器|创业|创新|发展|投资|贸易|工业|"
    r"精密|机械|电子|信息|研究|国际|股份|生物|材料|能源|工程|农业|医学|医疗|应用|数学|力学|光学|软件|网络|"
    r"进出口|制造|设备|航空|航天|核|电力|通信|自动化|计算|控制|环境|生态|地质|地球|冶金|矿业|化工|合成|"
    r"有机|无机|金属|热|电|省|市|区|县")
# A name does not start with the last character of another's head (科学院院…, a typo's echo).
ZH_HEAD_ECHO = ("院", "所", "司")
# Characters that start a clause rather than a name, and words that make a name generic.
ZH_LEADING = re.compile(r"^[的和与及对對近个個等在于於将將由被向从從为為是了]+")
ZH_COUNTED = re.compile(r"[一二两三四五六七八九十百几多数余]*家")
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

# Latin hints start a word: "machine" holds no China, "trust" no Russia.
CN_HINT = re.compile(r"\bChin|Hong Kong|\bHK\b|\bSino|Beijing|Shenzhen|Shanghai|Guangzhou|Harbin|Wuhan|"
                     r"Hangzhou|Xiamen|Tianjin|Dalian|Yantai|Zhejiang|Jiangsu|Китай|китайск|КНР|"
                     r"Гонконг|中国|中|华|京|沪|深圳|广州|哈尔滨|香港", re.I)
RU_HINT = re.compile(r"Russia|Moscow|\bRus|Petersburg|Novosibirsk|Siberia|Tomsk|Kazan|Росси|российск|"
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


def _chinese_candidates(sentence: str, places: list[Mention], offset: int) -> list[NameFound]:
    """Names ending in an organisation head. A Chinese firm's name opens with the place it is
    registered in, so a run that holds a place word starts at that place ("…包括浙江联星机械
    股份有限公司" is 浙江联星机械股份有限公司)."""
    text = simplify(sentence)
    found: list[NameFound] = []
    for m in ZH_ORG.finditer(text):
        lead = ZH_LEADING.match(m.group(1))
        start = m.start(1) + (lead.end() if lead else 0)
        counted = ZH_COUNTED.match(text, start)
        if counted and (counted.end() - start > 1 or start > 0 and text[start - 1].isdigit()):
            start = counted.end()  # 三家…公司, 20多家…企业: a count of firms, not a name
        inside = [p.start - offset for p in places if start < p.start - offset < m.end(1)]
        if inside:
            start = min(inside)
        name = text[start:m.end(1)]
        body = ZH_HEAD_END.sub("", name)
        if (len(name) >= 5 and not ZH_GENERIC.match(name) and not ZH_CLAUSE.search(body)
                and ZH_GENERIC_PARTS.sub("", body) and not name.startswith(ZH_HEAD_ECHO)
                and not is_description(name) and not is_foreign(name)):
            found.append(NameFound(start, m.end(1), sentence[start:m.end(1)]))
    for m in ZH_RU_ORG.finditer(text):
        body = m.group(1)
        own = re.sub(r"(?:" + ZH_RU_HEAD + ")$", "", body)  # the country makes a name of common words too
        if len(own) >= ZH_RU_MIN_OWN and not ZH_CLAUSE.search(body) and not is_foreign(body) \
                and not any(f.start <= m.start(1) < f.end for f in found):
            found.append(NameFound(m.start(1), m.end(1), sentence[m.start(1):m.end(1)]))
    for m in ZH_LATIN_ORG.finditer(text):
        if not _only_generic_words(m.group(1)):
            found.append(NameFound(m.start(1), m.end(), sentence[m.start(1):m.end()]))
    spans = [(f.start, f.end) for f in found]
    for m in ZH_LATIN_AFTER_HEAD.finditer(text):
        if not _only_generic_words(m.group(1)) and not overlaps(m.start(1), m.end(1), spans):
            found.append(NameFound(m.start(1), m.end(1), sentence[m.start(1):m.end(1)]))
    return found


def _only_generic_words(latin_name: str) -> bool:
    """Whether a Latin name is made of generic words alone ("Joint Research Center")."""
    return all(w.casefold().strip(".,") in GENERIC_WORDS for w in latin_name.split())


def _candidates(sentence: str, lang: str | None) -> list[NameFound]:
    found: list[NameFound] = []
    patterns = (RU_ORG, EN_LEGAL_PREFIX, EN_LEGAL, EN_ORG) if lang == "ru" else (
        EN_LEGAL_PREFIX, EN_LEGAL, EN_ORG, EN_HEAD_BEFORE)
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


def _country(sentence: str, name: NameFound, places: Sequence[Mention] = (), offset: int = 0,
             zh_sides: Sequence[Mention] | None = None) -> str | None:
    within = {side for p in places if name.start <= p.start - offset < name.end for side in p.sides}
    if len(within) == 1:
        return next(iter(within))
    inside = name.text
    before = sentence[max(0, name.start - WINDOW):name.start]
    cn_in, ru_in = bool(CN_HINT.search(inside)), bool(RU_HINT.search(inside))
    if cn_in != ru_in:
        return "CN" if cn_in else "RU"
    if zh_sides is not None:  # in Chinese, 中 and 华 stand in many words: the side words read instead
        near = [m for m in zh_sides if len(m.sides) == 1 and m.end - offset <= name.start
                and name.start - (m.end - offset) <= WINDOW]
        return max(near, key=lambda m: m.end).sides[0] if near else None
    cn_before = [m.end() for m in CN_HINT.finditer(before)]
    ru_before = [m.end() for m in RU_HINT.finditer(before)]
    if cn_before or ru_before:
        return "CN" if max(cn_before, default=-1) > max(ru_before, default=-1) else "RU"
    return None


# "Rostec subsidiary RT-Global Resources", "Rosatom's machine-building division AEM Technology":
# a firm named as a part of a known party is on its parent's side.
UNIT_OF_KNOWN = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:subsidiary|division|unit|affiliate|arm|"
                           r"daughter company|subsidiaries)\s*,?\s+[\"“]?([A-Z][\w&.-]*(?:[\s-][A-Z][\w&.-]*){0,3})")


def _units_of_known(sentence: str, known: list[Mention], offset: int) -> list[tuple[NameFound, str]]:
    out = []
    for m in known:
        if m.actor is None or len(m.sides) != 1:
            continue
        unit = UNIT_OF_KNOWN.match(sentence, m.end - offset)
        if unit:
            name = unit.group(1).rstrip(".")
            words = [w.casefold() for w in name.split()]
            if not all(w in GENERIC_WORDS for w in words) and not GENERIC.match(name):
                out.append((NameFound(unit.start(1), unit.start(1) + len(name), name), m.sides[0]))
    return out


def find_unresolved(sentence: str, lang: str | None, known: list[Mention], offset: int = 0) -> list[Mention]:
    """Organisation names in `sentence` that no knowledge-base mention covers, with a country."""
    out: list[Mention] = []
    if lang == "en":
        taken_here = taken_spans(known, offset, countries_too=True)
        for name, side in _units_of_known(sentence, known, offset):
            if not overlaps(name.start, name.end, taken_here):
                taken_here.append((name.start, name.end))
                out.append(Mention(name.start + offset, name.end + offset, name.text, (side,), None, "unresolved"))
        known = [*known, *out]
    # a place word inside a name ("Harbin Turbine Co.", 哈尔滨汽轮机公司) does not make it a place;
    # a Chinese name is not read across a country word (俄罗斯科学院 is the Academy's own alias)
    taken = taken_spans(known, offset, countries_too=lang == "zh")
    places = [m for m in known if m.kind == "place"]
    names = _chinese_candidates(sentence, places, offset) if lang == "zh" else _candidates(sentence, lang)
    for name in names:
        if overlaps(name.start, name.end, taken):
            continue
        country = _country(sentence, name, places, offset,
                           [m for m in known if m.sides] if lang == "zh" else None)
        if country is None:
            continue
        end, latin = name.end, None
        bracket = LATIN_NAME_IN_BRACKETS.match(sentence, name.end) if lang == "zh" else None
        if bracket:  # the name as the source itself spells it in Latin letters
            end, latin = bracket.end(), bracket.group(1).strip()
        elif lang == "zh":
            latin = english_name(name.text, country)  # Latin letters pass through as written
        taken.append((name.start, end))
        out.append(Mention(name.start + offset, end + offset, sentence[name.start:end], (country,), None,
                           "unresolved", latin))
    return out


def one_side_throughout(mentions: list[list[Mention]]) -> list[list[Mention]]:
    """The names outside the knowledge base of a document's sentences (in order), each on the
    side and under the name it was first found with wherever the document names it again. A
    report introduces a firm with its nationality ("俄罗斯电信设备开发商Bulat") and later names
    it beside whatever country word the sentence holds ("…是中国Hytes的伙伴", "Bulat公司")."""
    first: dict[str, Mention] = {}
    out: list[list[Mention]] = []
    for group in mentions:
        kept: list[Mention] = []
        for m in group:
            if m.kind == "unresolved" and m.actor is None and len(m.sides) == 1:
                key = entity_key(m.latin or m.text)
                if key:
                    seen = first.setdefault(key, m)
                    m = replace(m, sides=seen.sides, latin=seen.latin or transliterate(seen.text))
            kept.append(m)
        out.append(kept)
    return out
