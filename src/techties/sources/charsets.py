"""The encoding of text that is not UTF-8 and declares none: UTF-16 without a byte-order
mark, and the legacy encodings of Russian (Windows-1251, KOI8-R) and Chinese (GB18030).

Each guess is a strict decoding that must also read as the language it is for: Russian
decoded right is mostly lower-case Cyrillic letters, and Chinese mostly ideographs and
CJK punctuation. Text decoded with the wrong one of these encodings is not, so a guess
is either right or refused; a file that fits none is left to the caller to refuse.
"""

from __future__ import annotations

import re

SAMPLE = 65536  # bytes looked at; decoding is checked on the whole input afterwards
RUSSIAN = ("cp1251", "koi8_r")
CHINESE = ("gb18030",)
MIN_SHARE = 0.7  # of the non-ASCII characters, that must belong to the guessed language
LOWER_CYRILLIC = re.compile("[а-яё]")
CYRILLIC = re.compile("[а-яёА-ЯЁ]")
LETTER = re.compile(r"[^\W\d_]")
CJK = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
NON_ASCII = re.compile("[^\x00-\x7f]")
# the characters of English, Russian and Chinese text, punctuation and spaces included
UTF16_TEXT = re.compile("[\t\n\r\x20-\x7e\u00a0-\u00ff\u0400-\u04ff\u2000-\u206f"
                        "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
MIN_TEXT = 0.97


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _share(pattern: re.Pattern[str], text: str) -> float:
    foreign = len(NON_ASCII.findall(text))
    return len(pattern.findall(text)) / foreign if foreign else 0.0


def _russian(text: str | None) -> float:
    """How much `text` reads as Russian: the share of lower-case Cyrillic among its non-ASCII
    characters, 0 unless Cyrillic is most of its letters (Latin-1 "café" in Windows-1251
    is "cafй": one Cyrillic letter among Latin ones)."""
    if not text or len(CYRILLIC.findall(text)) * 2 < len(LETTER.findall(text)):
        return 0.0
    return _share(LOWER_CYRILLIC, text)


def utf16_codec(data: bytes) -> str | None:
    """utf-16-le or utf-16-be when `data` is UTF-16 text without a byte-order mark: it
    decodes strictly (random bytes soon meet a lone surrogate) into the characters of
    English, Russian or Chinese text. Only for bytes that are not UTF-8 text: ASCII read
    as UTF-16 is a string of ideographs."""
    if len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        text = _strict(data, codec)
        if text and len(UTF16_TEXT.findall(text[:SAMPLE])) >= MIN_TEXT * len(text[:SAMPLE]):
            return codec
    return None


def legacy_codec(data: bytes) -> str | None:
    """cp1251, koi8_r or gb18030 when `data` reads as Russian or Chinese in it, else None."""
    sample = data[:SAMPLE]
    best, best_share = None, MIN_SHARE
    for codec in RUSSIAN:
        share = _russian(_strict(sample, codec))
        if share >= best_share:
            best, best_share = codec, share
    if best is None:
        for codec in CHINESE:
            # a sample may end inside a character: judge the sample, decode the whole
            text = _strict(sample, codec) if len(data) <= SAMPLE else sample.decode(codec, "ignore")
            if text and _share(CJK, text) >= MIN_SHARE:
                best = codec
                break
    if best is None or _strict(data, best) is None:
        return None
    return best
