"""Regions and cities that act as parties: "Liaoning Province has signed a contract with …",
"Новосибирская область провела …", "黑龙江省与俄方签署 …".

A place word is a side, not a party, while it only says where something happens ("a plant in
Tula"). When the place itself is the subject that signs, hosts or recruits, its government
acts, and the report names no other body for it. The party is then named by its place, as
the English press names it ("Heilongjiang"), which every wording of its government contains
("Heilongjiang Province", "Heilongjiang Provincial Government"); the English place comes
from the knowledge base's regional governments, whose names in three languages hold it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from techties.entities.chinese_orgs import english_name
from techties.entities.gazetteer import Mention, overlaps, taken_spans
from techties.model.lexicon import simplify
from techties.model.loader import load_actors

# Words of a government's name that are not its place.
GOVERNMENT_WORDS = re.compile(
    r"\b(?:Government|Provincial|Municipal|People's|of|the|Regional|Region|Oblast|Krai|Republic|Province|"
    r"Autonomous|Administration|Cabinet|Ministers|authorities|government|regional|provincial|City|"
    r"Правительство|Власти|Администрация|Народное|правительство|провинции|области|края|Республики|"
    r"города|Кабинет|министров|Кабмин|Мэрия|мэрия)\b|人民政府|政府|省|市|州|自治区|共和国|边疆区")
RU_STEM = 6  # letters a Russian place's forms share (Новосибирская, Новосибирской)

# English: the place, with its kind of region, opening a clause and followed by its verb.
EN_REGION_WORD = r"(?:\s+(?:Province|province|Oblast|oblast|Region|region|Krai|krai|Republic|City|city))?"
EN_ACTS = re.compile(EN_REGION_WORD + r"\s+(?:has|have|had|will|would|is|are|signed|signs|plans|planned|agreed|"
                     r"agrees|intends|hosted|hosts|launched|opened|established|invited|invites|set\s+up)\b")
EN_CLAUSE_OPENING = re.compile(r"(?:^|[,;:]|\bwhile|\band|\bbut|\bmeanwhile|\bMeanwhile)\s*(?:the\s+|The\s+)?"
                               r"(?:(?:China|Russia)['’]s\s+|(?:Chinese|Russian)\s+(?:province|region|city)\s+(?:of\s+)?)?$")
# Russian: the region named in the nominative, as a subject is ("Новосибирская область",
# "Приморский край", "Республика Татарстан").
RU_NOMINATIVE = re.compile(r"[А-ЯЁ][а-яё-]*(?:ая|ий|ый|ой)\s+(?:область|край)\b")
RU_REPUBLIC_BEFORE = re.compile(r"Республика\s+$")
# Chinese: the place with its kind of region, opening a clause and followed by a conjunction
# or an adverb that a subject takes (与, 将, 已).
# A conjunction needs the region word before it: 上海和长春 are places in a list, 黑龙江省与俄方 a party.
ZH_ACTS = re.compile(r"^(?:(?:省|市|州|自治区|共和国|边疆区)(?:与|和|同)|(?:省|市|州|自治区|共和国|边疆区)?"
                     r"(?:将|已|正|拟|还|也|积极|签署|计划))")
ZH_CLAUSE_OPENING = re.compile(r"(?:^|[，。；：,;:])$")


@lru_cache(maxsize=1)
def _places() -> dict[str, list[tuple[str, str, str]]]:
    """For each side, the places of the knowledge base's regional governments: (language,
    the place as written in that language, the English place)."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for actor in load_actors():
        if actor.kind != "regional_government":
            continue
        english = " ".join(GOVERNMENT_WORDS.sub(" ", actor.name).split())
        if not english:
            continue
        rows = out.setdefault(actor.country, [])
        for lang, names in actor.aliases.items():
            for name in names:
                place = " ".join(GOVERNMENT_WORDS.sub(" ", simplify(name) if lang == "zh" else name).split())
                if place:
                    rows.append((lang, place, english))
    return out


def english_place(text: str, lang: str, side: str) -> str | None:
    """The English name of the place `text` as the knowledge base's governments give it."""
    for row_lang, place, english in _places().get(side, []):
        if row_lang != lang:
            continue
        if lang == "zh" and simplify(text) == place:
            return english
        if lang == "ru" and len(text) >= RU_STEM and place.split()[0][:RU_STEM] == text[:RU_STEM]:
            return english
        if lang == "en" and text == place:
            return english
    return None


def _acts(sentence: str, start: int, end: int, lang: str) -> bool:
    before, after = sentence[:start], sentence[end:]
    if lang == "en":
        return bool(EN_ACTS.match(after) and EN_CLAUSE_OPENING.search(before))
    if lang == "ru":
        return bool(RU_NOMINATIVE.match(sentence, start) or RU_REPUBLIC_BEFORE.search(before))
    if lang == "zh":
        return bool(ZH_ACTS.match(simplify(after)) and ZH_CLAUSE_OPENING.search(before))
    return False


def acting_regions(sentence: str, lang: str | None, known: list[Mention], offset: int = 0) -> list[Mention]:
    """The places of `sentence` that act as parties, each named by its English place."""
    if lang not in ("en", "ru", "zh"):
        return []
    taken = taken_spans(known, offset)
    # "浙江正泰电器": a place written against the name of a party opens that name (its
    # registered form), whatever the name's first character reads as alone (正 "now")
    name_starts = {m.start for m in known if m.is_party}
    out: list[Mention] = []
    for m in known:
        if m.kind != "place" or len(m.sides) != 1:
            continue
        if lang == "zh" and m.end in name_starts:
            continue
        start, end = m.start - offset, m.end - offset
        if overlaps(start, end, taken) or not _acts(sentence, start, end, lang):
            continue
        english = english_place(m.text, lang, m.sides[0])
        if english is None and lang == "en":
            english = m.text
        elif english is None and lang == "zh":
            english = english_name(m.text, m.sides[0])
        if english:
            taken.append((start, end))
            out.append(Mention(m.start, m.end, m.text, m.sides, None, "unresolved", english))
    return out
