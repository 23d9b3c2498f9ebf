"""English names for organisations that a Chinese text names only in Chinese characters.

The knowledge base, the analyst and the scorer know a party by its English name; a firm or
office outside the base is otherwise carried in characters no English search finds. The
name is read left to right, longest known word first (chinese_org_words.yaml): common words
are translated in their place (大学 University, 科技 Technology, 有限公司 Co., Ltd.), places get
their English spelling (哈尔滨 Harbin, 喀山 Kazan), and each run of the remaining characters
is a proper name, spelt in pinyin as one word (瀚邦 Hanbang) or, for a Russian party written
wholly in transcription characters, read back into Russian (克利莫夫 Klimov).
"""

from __future__ import annotations

from functools import lru_cache

from pypinyin import lazy_pinyin

from techties.entities.chinese_people import romanise_russian
from techties.model.lexicon import simplify
from techties.model.loader import load_chinese_name_tables, load_chinese_org_words, load_side_words

LONGEST_WORD = 12
SINGLE_ADMIN = frozenset("省市区县")  # administrative words read only after a place or name


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, bool]]:
    """Every known word, with whether it is a place (places win over words). The Chinese
    places of places.yaml are words of their own, spelt in pinyin (宁波 Ningbo)."""
    words = load_chinese_org_words()
    table = {simplify(k): (v, False) for k, v in words.words.items()}
    for word in load_side_words():
        if word.lang == "zh" and word.kind == "place" and word.sides == ("CN",):
            table[simplify(word.phrase)] = ("".join(lazy_pinyin(word.phrase)).capitalize(), True)
    table.update({simplify(k): (v, True) for k, v in words.places.items()})
    return table


def _proper(chars: str, side: str | None) -> str:
    """A run of characters no table holds: a Russian name read back, or pinyin as one word."""
    syllables = load_chinese_name_tables().russian_syllables
    if side == "RU" and len(chars) >= 2 and all(ch in syllables for ch in chars):
        latin = romanise_russian(chars)
        if latin:
            return latin
    return "".join(lazy_pinyin(chars)).capitalize()


Part = tuple[str, str | None, bool]  # characters, English (None: a proper name), a place


def segment(name: str) -> list[Part]:
    """The name cut into parts, longest known word first."""
    text = simplify(name)
    table = _table()
    parts: list[Part] = []
    i = 0
    while i < len(text):
        for size in range(min(LONGEST_WORD, len(text) - i), 0, -1):
            piece = text[i:i + size]
            if piece in table and (size > 1 or piece not in SINGLE_ADMIN or parts):
                parts.append((piece, *table[piece]))
                i += size
                break
        else:
            if parts and parts[-1][1] is None:
                parts[-1] = (parts[-1][0] + text[i], None, False)
            else:
                parts.append((text[i], None, False))
            i += 1
    return parts


def english_name(name: str, side: str | None = None) -> str:
    """哈尔滨瀚邦医疗科技有限公司 → Harbin Hanbang Medical Technology Co., Ltd."""
    words: list[str] = []
    for chars, english, _ in segment(name):
        if english is None:
            if not all("\u4e00" <= ch <= "\u9fff" for ch in chars):
                words.append(chars.strip())
                continue
            english = _proper(chars, side)
        if english and english not in words[-1:]:  # 科技…技术 twice in a row reads once
            words.append(english)
    return " ".join(w for w in words if w)


LONGEST_PROPER = 4  # characters of a Chinese proper name; a longer unknown run is a clause


def is_description(name: str) -> bool:
    """A name of common words alone, with no place and no proper name in it, describes an
    organisation without naming it (机器人实验室, 国际合作中心); a run of unknown characters
    longer than a proper name is a clause that ends in an organisation word (宽体客机研制项目公司)."""
    parts = segment(name)
    syllables = load_chinese_name_tables().russian_syllables
    if any(english is None and len(chars) > LONGEST_PROPER and not all(ch in syllables for ch in chars)
           for chars, english, _ in parts):
        return True
    return all(english is not None and not place for _, english, place in parts)


@lru_cache(maxsize=1)
def _foreign() -> tuple[str, ...]:
    return tuple(simplify(w) for w in load_chinese_org_words().foreign)


def is_foreign(name: str) -> bool:
    """A name that holds a third country's name (三家印度公司) is no party of either side."""
    text = simplify(name)
    return any(word in text for word in _foreign())

