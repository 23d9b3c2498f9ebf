"""People named in Chinese text, with the Latin name an English-language analyst searches for.

Chinese writes a person's name straight against their title (院长郭春景, 恰卢申院士),
without spaces, so a name is only taken beside a role word of a party, the same rule as
for English and Russian text (see people.py). What kind of name it is decides its spelling:

- a Chinese family name followed by one or two characters is a Chinese person, spelt in
  pinyin, family name first (郭春景 → Guo Chunjing);
- a run of characters of the Russian transcription table is a Russian person, read back
  syllable by syllable (卢卡宁 → Lukanin, 弗拉基米尔·普京 → Vladimir Putin);
- a Latin name in brackets straight after a name (科尔克(Dmitry Kolker)) is taken as written.
"""

from __future__ import annotations

import re

from pypinyin import lazy_pinyin

from techties.entities.gazetteer import Mention, overlaps, taken_spans
from techties.model.lexicon import simplify
from techties.model.loader import load_chinese_name_tables

ROLES_ZH = (
    "首席科学家", "高级工程师", "高级研究员", "科学家", "物理学家", "化学家", "数学家",
    "学者", "研究员", "教授", "院士", "总工程师", "工程师", "博士", "副院长", "院长",
    "副所长", "所长", "副校长", "校长", "董事长", "总裁", "总经理", "首席执行官",
    "创始人", "负责人", "总设计师",
)
ROLE = re.compile("|".join(ROLES_ZH))
NAME_DOTS = "·•・‧"
# Characters that end a Chinese name read after a role word: verbs of saying and particles.
AFTER_NAME = set("说表在和与及等的是也称指认介强向对为于担率带领出、会则亦还已将就透发曾并均都")
# Characters of titles that stand before a role word (首任首席科学家, 原院长), never in a given name.
NOT_GIVEN = set("首任副前原总兼代常执高级公司局部院所校会厅委")
LATIN_IN_BRACKETS = re.compile(r"[(（]\s*([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})\s*[)）]")
MAX_RUSSIAN = 12


def _family_names() -> dict[str, str]:
    return load_chinese_name_tables().family_names


def _syllables() -> dict[str, str]:
    return load_chinese_name_tables().russian_syllables


def _is_transcribed(ch: str) -> bool:
    return ch in _syllables() or ch in NAME_DOTS


def romanise_russian(name: str) -> str:
    """卢卡宁 → Lukanin: the syllables of each dot-separated part, joined and capitalised."""
    parts = []
    for part in re.split(f"[{NAME_DOTS}]", name):
        latin = "".join(_syllables().get(ch, "") for ch in part)
        latin = re.sub(r"ski$", "sky", latin)  # 斯基: -ский
        latin = re.sub(r"vichi$", "vich", latin)  # 维奇: -вич
        latin = latin.replace("nn", "n")  # 伊万诺夫: the nasal of 万 is the н of -нов
        if latin:
            parts.append(latin.capitalize())
    return " ".join(parts)


def romanise_chinese(name: str) -> str:
    """郭春景 → Guo Chunjing: pinyin, family name first and apart."""
    family = name[:2] if name[:2] in _family_names() else name[:1]
    given = "".join(lazy_pinyin(name[len(family):]))
    return f"{_family_names()[family].capitalize()} {given.capitalize()}".strip()


def _chinese_name_at(text: str, start: int) -> str | None:
    """A Chinese person's name starting at `start`: family name plus one or two characters."""
    family = text[start:start + 2] if text[start:start + 2] in _family_names() else text[start:start + 1]
    if family not in _family_names():
        return None
    rest = start + len(family)
    given = ""
    for ch in text[rest:rest + 2]:
        if not ("\u4e00" <= ch <= "\u9fff") or ch in AFTER_NAME or ch in NOT_GIVEN \
                or ROLE.match(text, rest + len(given)):
            break
        given += ch
    return family + given if given else None


def _russian_run(text: str, start: int, end: int, step: int) -> tuple[int, int] | None:
    """The longest run of transcription characters from `start` (forwards) or `end` (backwards)."""
    if step > 0:
        stop = start
        while stop < len(text) and stop - start < MAX_RUSSIAN and _is_transcribed(text[stop]):
            stop += 1
        span = (start, stop)
    else:
        first = end
        while first > 0 and end - first < MAX_RUSSIAN and _is_transcribed(text[first - 1]):
            first -= 1
        span = (first, end)
    name = text[span[0]:span[1]].strip(NAME_DOTS)
    letters = [ch for ch in name if ch not in NAME_DOTS]
    if len(letters) < 2:
        return None
    # two characters that open with a family name are more likely a Chinese name (李达)
    if len(letters) == 2 and (name[0] in _family_names() or name[:2] in _family_names()):
        return None
    offset = text.index(name, span[0])
    return offset, offset + len(name)


Found = tuple[int, int, str, str]  # start, end, Latin name, side


def _russian(text: str, run: tuple[int, int]) -> Found:
    return run[0], run[1], romanise_russian(text[run[0]:run[1]]), "RU"


def _name_after(text: str, at: int) -> Found | None:
    run = _russian_run(text, at, at, 1)
    if run and run[1] - run[0] >= 3:
        return _russian(text, run)
    chinese = _chinese_name_at(text, at)
    if chinese:
        return at, at + len(chinese), romanise_chinese(chinese), "CN"
    return _russian(text, run) if run else _surname_after_dot(text, at)


# A given name the syllable table cannot read (亚历山大, with 历, 山, 大 of common words), then
# the dot that parts it from the surname.
GIVEN_THEN_DOT = re.compile(rf"[\u4e00-\u9fff]{{2,5}}[{NAME_DOTS}]")


def _surname_after_dot(text: str, at: int) -> Found | None:
    """亚历山大·卢卡宁: a Russian person whose surname, after the dot, the table reads; the
    Latin name is the surname, which the rest of a report repeats alone (卢卡宁)."""
    given = GIVEN_THEN_DOT.match(text, at)
    if not given:
        return None
    run = _russian_run(text, given.end(), given.end(), 1)
    if not run or run[0] != given.end() or run[1] - run[0] < 2:
        return None
    return at, run[1], romanise_russian(text[run[0]:run[1]]), "RU"


def _name_before(text: str, at: int) -> Found | None:
    run = _russian_run(text, at, at, -1)
    if run and run[1] - run[0] >= 3:
        return _russian(text, run)
    for length in (3, 2, 4):
        start = at - length
        if start >= 0 and _chinese_name_at(text, start) == text[start:at]:
            return start, at, romanise_chinese(text[start:at]), "CN"
    return _russian(text, run) if run else None


# People who are parties in person (SCHEMA.md): a scientist accused, an engineer recruited. A
# head (院长, 董事长) speaks for an organisation and is left out; an age ("52岁的") before a
# name marks a person in a court or arrest report.
ROLES_IN_PERSON_ZH = (
    "首席科学家", "高级工程师", "高级研究员", "科学家", "物理学家", "化学家", "数学家", "学者",
    "研究员", "教授", "工程师", "程序员", "专家", "被告", "嫌疑人",
)
IN_PERSON_ROLE = re.compile("|".join(ROLES_IN_PERSON_ZH) + r"|(?<![\d.])\d{2}岁的?")


def find_chinese_text_people(sentence: str, known: list[Mention], offset: int = 0,
                             roles: re.Pattern[str] = ROLE, before: bool = True) -> list[Mention]:
    """People named beside a role word in a Chinese sentence, with their side and Latin name."""
    text = simplify(sentence)
    taken = taken_spans(known, offset, places_too=True)  # 俄罗斯科学家 is not 罗斯, a scientist
    out: list[Mention] = []
    for role in roles.finditer(text):
        after = _name_after(text, role.end())
        for found in (after, _name_before(text, role.start()) if before else None):
            if found is None:
                continue
            start, end, latin, side = found
            if overlaps(start, end, taken) or not latin:
                continue
            bracket = LATIN_IN_BRACKETS.match(sentence, end)
            if bracket:  # the name as the source itself spells it
                latin, end = bracket.group(1), bracket.end()
            taken.append((start, end))
            out.append(Mention(start + offset, end + offset, sentence[start:end], (side,), None,
                               "person", latin))
    return out


def chinese_people_in_person(sentence: str, known: list[Mention], offset: int = 0) -> list[Mention]:
    """The people a Chinese sentence names as parties in person: the knowledge base's person
    where one stands right after the role, else a new name read after the role word."""
    people = [m for m in known if m.actor is not None and m.actor.kind == "person"]
    text = simplify(sentence)
    out = [p for p in people if any(r.end() == p.start - offset for r in IN_PERSON_ROLE.finditer(text))]
    others = [m for m in known if m not in people]
    for found in find_chinese_text_people(sentence, others, offset, IN_PERSON_ROLE, before=False):
        same = [p for p in people if overlaps(found.start, found.end, [(p.start, p.end)])]
        out.extend(p for p in same if p not in out)
        if not same:
            out.append(found)
    return out
