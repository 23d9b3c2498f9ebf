"""Chinese names written in Cyrillic, read back into pinyin (Чэнь Вэйцзя → Chen Weijia).

Russian writes Chinese names with the Palladius system, one fixed Cyrillic spelling per
pinyin syllable, so the mapping can be reversed. The table is built from the rules of the
system (initial + final, with its few special cases) rather than listed syllable by syllable.
"""

from __future__ import annotations

import re
from functools import cache

INITIALS = {
    "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л", "g": "г", "k": "к",
    "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч", "sh": "ш", "r": "ж", "z": "цз",
    "c": "ц", "s": "с",
}
FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань",
    "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "i": "и", "ia": "я", "ie": "е", "iao": "яо",
    "iu": "ю", "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин", "iong": "юн", "u": "у", "ua": "уа",
    "uo": "о", "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан", "ü": "юй",
    "üe": "юэ", "üan": "юань", "ün": "юнь",
}
# Syllables without an initial, written with y- and w- in pinyin.
STANDALONE = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань",
    "en": "энь", "ang": "ан", "eng": "эн", "er": "эр", "yi": "и", "ya": "я", "ye": "е", "yao": "яо",
    "you": "ю", "yan": "янь", "yin": "инь", "yang": "ян", "ying": "ин", "yong": "юн", "yu": "юй",
    "yue": "юэ", "yuan": "юань", "yun": "юнь", "wu": "у", "wa": "ва", "wo": "во", "wai": "вай",
    "wei": "вэй", "wan": "вань", "wen": "вэнь", "wang": "ван", "weng": "вэн",
}
# zi, ci, si are written with ы; zhi, chi, shi, ri with и.
BUZZING = {"zi": "цзы", "ci": "цы", "si": "сы", "zhi": "чжи", "chi": "чи", "shi": "ши", "ri": "жи"}
PALATAL = ("j", "q", "x")  # after these, pinyin u is ü
LABIAL = ("b", "p", "m", "f")
MAX_SYLLABLE = 5


@cache
def cyrillic_syllables() -> dict[str, str]:
    """Palladius spelling → pinyin, for every syllable the rules produce."""
    table: dict[str, str] = {cyr: latin for latin, cyr in STANDALONE.items()}
    for initial, cyr_initial in INITIALS.items():
        for final, cyr_final in FINALS.items():
            if initial in PALATAL and final.startswith("u"):
                continue  # ju is jü
            if initial in PALATAL and not final.startswith(("i", "ü")):
                continue
            if final.startswith("ü") and initial not in PALATAL + ("n", "l"):
                continue
            if (final == "o") != (initial in LABIAL) and final in ("o", "uo"):
                continue  # bo, po, mo, fo; elsewhere о is uo (го guo)
            latin = initial + (final.replace("ü", "u") if initial in PALATAL else final.replace("ü", "v"))
            cyr = cyr_initial + cyr_final
            if final == "e" and initial in ("n", "l", "d", "t", "m"):
                cyr = cyr_initial + "э"
            table.setdefault(cyr, latin.replace("v", "ü"))
    for latin, cyr in BUZZING.items():
        table[cyr] = latin
    return table


def _split(word: str) -> list[str] | None:
    """The word as a sequence of syllables, the fewest possible; None when it is not Chinese."""
    table = cyrillic_syllables()
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - MAX_SYLLABLE), end):
            head = best[start]
            piece = word[start:end]
            if head is not None and piece in table:
                candidate = head + [table[piece]]
                current = best[end]
                if current is None or len(candidate) < len(current):
                    best[end] = candidate
    return best[len(word)]


CAMEL = re.compile(r"(?:[А-ЯЁ][а-яё]+){2,3}")
CAMEL_PART = re.compile(r"[А-ЯЁ][а-яё]+")


def pinyin_of(name: str) -> str | None:
    """Чэнь Вэйцзя → Chen Weijia; None when a word of the name is not Palladius spelling."""
    words = [w for w in re.split(r"[\s-]+", name.strip()) if w]
    if not words or len(words) > 3:
        return None
    out = []
    for word in words:
        # a firm's name written with a capital at each syllable (ХанЮаньТун) is cut there
        parts = CAMEL_PART.findall(word) if CAMEL.fullmatch(word) else [word]
        syllables = [_split(part.lower().replace("ё", "е")) for part in parts]
        if any(not s for s in syllables) or sum(len(s) for s in syllables if s) > 3:
            return None
        out.append("".join("".join(s).capitalize() for s in syllables if s) if len(parts) > 1
                   else "".join(syllables[0] or []).capitalize())
    return " ".join(out)
