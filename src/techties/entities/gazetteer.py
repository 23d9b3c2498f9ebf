"""Finds knowledge-base actors and country or place words in text, in three languages.

Russian names match in every case form (Роскосмоса, Роскосмосом) because each word
of a Russian alias is stemmed and matched as a prefix. Short one-word Latin names and
acronyms match only in their written case, so "MTS" is not "mts" and "Leader" is not
"leader".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from techties.entities.eponyms import eponym_variants
from techties.model.lexicon import Hit, Lexicon, Token, is_cjk, tokenize
from techties.model.loader import Actor, load_actors, load_side_words


@dataclass(frozen=True)
class Mention:
    """A side brought into the text: by a knowledge-base actor or by a country word."""

    start: int
    end: int
    text: str
    sides: tuple[str, ...]
    actor: Actor | None = None
    # actor, unresolved (a name outside the base), person, official (a head who speaks for his
    # organisation), country, place, both
    kind: str = "actor"
    latin: str | None = None  # the Latin name of a person or firm written in another script

    @property
    def is_party(self) -> bool:
        """A named organisation or person, as opposed to a country or place word."""
        return self.kind in ("actor", "unresolved", "person")


def taken_spans(known: list[Mention], offset: int, *, places_too: bool = False,
                countries_too: bool = False) -> list[tuple[int, int]]:
    """Spans of a sentence starting at `offset` that already name a party (or a place or a
    country word, if asked), so a recogniser does not read them twice."""
    return [(m.start - offset, m.end - offset) for m in known
            if m.is_party or places_too or (countries_too and m.kind != "place")]


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


Payload = tuple[str, object]  # ("actor", Actor) or ("side", SideWord)


CYRILLIC = re.compile("[а-яА-ЯёЁ]")  # the Russian alphabet (the only letters whose lower case falls in а–я)


def _is_cyrillic(text: str) -> bool:
    return CYRILLIC.search(text) is not None


# Russian writers sometimes type a Latin acronym in the Cyrillic letters that look the same
# (СОМАС for COMAC). Four letters at least: shorter twins collide with Russian acronyms.
LATIN_TO_CYRILLIC_LOOKALIKE = str.maketrans("ABCEHKMOPTXY", "АВСЕНКМОРТХУ")
LOOKALIKE_MIN = 4


def cyrillic_twin(name: str) -> str | None:
    """The Cyrillic look-alike of an all-capital Latin acronym, if every letter has one."""
    if len(name) >= LOOKALIKE_MIN and name.isascii() and name.isalpha() and name.isupper():
        twin = name.translate(LATIN_TO_CYRILLIC_LOOKALIKE)
        if not any(ch.isascii() for ch in twin):
            return twin
    return None


def _add_actor_name(lexicon: Lexicon[Payload], name: str, actor: Actor, *, acronym: bool) -> None:
    payload: Payload = ("actor", actor)
    if is_cjk(name):
        lexicon.add(name, payload)
    elif _is_cyrillic(name):
        if acronym or (len(name.split()) == 1 and name.isupper()):
            lexicon.add(name, payload, case_sensitive=True)
        else:
            lexicon.add(name, payload, prefix_all=True, max_extra=3)
    elif acronym or len(name.split()) == 1:
        # one Latin word: its own spelling, and in capitals as in headlines
        lexicon.add(name, payload, case_sensitive=True)
        if name.upper() != name:
            lexicon.add(name.upper(), payload, case_sensitive=True)
        twin = cyrillic_twin(name)
        if twin:
            lexicon.add(twin, payload, case_sensitive=True)
    else:
        lexicon.add(name, payload)


MIN_UNIT_PART = 8  # letters of a unit's own part before its parent's name ("Институт X" in "Институт X СО РАН")


def with_parent_spelt_out(name: str, parent: Actor | None) -> set[str]:
    """`name`, and where it ends with its parent's name ("… СО РАН", "… SB RAS"), the same
    unit with the parent written each other way the base knows it ("… Сибирского отделения
    РАН"): a report spells the parent out as often as it abbreviates it."""
    out = {name}
    if parent is None:
        return out
    parent_names = [n for n in parent.names() if not is_cjk(n)]
    for ending in parent_names:
        head = name[: -len(ending)]
        if not name.endswith(ending) or len(head.strip()) < MIN_UNIT_PART or not head.endswith(" "):
            continue
        for other in parent_names:
            if other != ending and _is_cyrillic(other) == _is_cyrillic(ending):
                out.add(head + other)
                if not _is_cyrillic(other) and not other.isupper():
                    out.add(f"{head}of the {other}")  # "… of the Siberian Branch of …"
    return out


# Chinese reports shorten a Russian party's country to one character (俄罗斯国家原子能公司,
# 俄国家原子能公司) and the Academy to 俄科院; a firm is a 公司 in one report and a 集团 in the next.
ZH_SHORT_PREFIXES = (("俄罗斯科学院", ("俄科院", "俄科学院")), ("俄罗斯联邦", ("俄",)), ("俄罗斯", ("俄",)))
ZH_FIRM_HEADS = ("集团公司", "集团", "公司")
ZH_LEGAL_FORMS = ("有限", "股份", "责任")  # 有限公司 is a legal form, not a firm head to exchange
# An institute of a branch of the Academy is often named without its branch.
ZH_ACADEMY_BRANCH = re.compile(r"^(俄罗斯科学院)(?:西伯利亚|远东|乌拉尔)分院(.{5,})$")
MIN_ZH_BODY = 3  # characters of a name's own part left after the prefix or before the head


def chinese_variants(name: str) -> set[str]:
    """`name`, and the same Chinese name with its country or Academy shortened (an institute
    of a branch also without its branch), and with its firm head (公司, 集团, 集团公司) exchanged for another."""
    if not is_cjk(name):
        return {name}
    out = {name}
    branch = ZH_ACADEMY_BRANCH.match(name)
    if branch:
        out.add(branch.group(1) + branch.group(2))
    for full in list(out):
        for long, shorts in ZH_SHORT_PREFIXES:
            if full.startswith(long) and len(full) - len(long) >= MIN_ZH_BODY:
                out.update(short + full[len(long):] for short in shorts)
                break
    for name_ in list(out):
        for head in ZH_FIRM_HEADS:
            body = name_[: -len(head)]
            if name_.endswith(head) and len(body) >= MIN_ZH_BODY and not body.endswith(ZH_FIRM_HEADS + ZH_LEGAL_FORMS):
                out.update(body + other for other in ZH_FIRM_HEADS)
                break
    return out


@lru_cache(maxsize=1)
def gazetteer() -> Lexicon[Payload]:
    """Actors and side words in one lexicon, so the longest name wins (RAS over Russian)."""
    lexicon: Lexicon[Payload] = Lexicon()
    for word in load_side_words():
        lexicon.add(word.phrase, ("side", word))
    actors = load_actors()
    by_id = {a.id: a for a in actors}
    for actor in actors:
        parent = by_id.get(actor.parent) if actor.parent else None
        for name in {actor.name, *(a for lang in actor.aliases.values() for a in lang)}:
            for spelt in with_parent_spelt_out(name, parent):
                for variant in chinese_variants(spelt) | eponym_variants(spelt):
                    _add_actor_name(lexicon, variant, actor, acronym=False)
        for acronym in actor.acronyms:
            _add_actor_name(lexicon, acronym, actor, acronym=True)
    return lexicon


def find_mentions(text: str, tokens: list[Token] | None = None) -> list[Mention]:
    """Every actor and side word in `text`, left to right. A Latin name that Chinese text
    writes against its characters (华为与MTS签署) is read as a word of its own."""
    if tokens is None:
        tokens = tokenize(text, split_scripts=True)
    out: list[Mention] = []
    seen: set[tuple[int, int, str]] = set()
    for hit in gazetteer().find(text, tokens):
        if _students(text, hit):
            continue
        mention = _mention(hit)
        key = (mention.start, mention.end, mention.actor.id if mention.actor else mention.kind)
        if key not in seen:
            seen.add(key)
            out.append(mention)
    return out


# "北京大学生" is Beijing's college students (大学生), not Peking University: a Chinese name that
# ends in 大学 read before 生, unless 生 opens a field of study ("北京大学生物系", 生命, 生态).
_STUDENTS_AFTER = re.compile(r"生(?![命物态理化])")


def _students(text: str, hit: Hit[Payload]) -> bool:
    return hit.text.endswith("大学") and bool(_STUDENTS_AFTER.match(text, hit.end))


def _mention(hit: Hit[Payload]) -> Mention:
    kind, value = hit.payload
    if kind == "actor":
        assert isinstance(value, Actor)
        return Mention(hit.start, hit.end, hit.text, (value.country,), value, "actor")
    return Mention(hit.start, hit.end, hit.text, value.sides, None, value.kind)  # type: ignore[attr-defined]
