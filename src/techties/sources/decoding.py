"""Bytes to text, with a clear refusal for binary or undecodable input."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable

from techties.exceptions import ItemError
from techties.sources.charsets import legacy_codec, utf16_codec

SAMPLE = 8192
# control characters other than tab, newline, form feed and carriage return
CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13))
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM it starts with
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters near the start mean it is not text (UTF-16
    without a byte-order mark has NUL bytes too, and is text)."""
    sample = data[:SAMPLE]
    if not sample:
        return False
    controls = sum(sample.count(bytes([c])) for c in CONTROL)
    if b"\x00" in sample or controls / len(sample) > 0.05:
        return utf16_codec(data) is None
    return False


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _codec(name: str | None) -> str | None:
    """A Python codec name for a declared charset, or None when unknown."""
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("'\"").lower()).name
    except LookupError:
        return None


def _undeclared(data: bytes) -> tuple[str | None, int]:
    """Text in the encoding that fits, UTF-8 first; else (None, offset of the first byte
    that is not UTF-8)."""
    guesses: list[Callable[[bytes], str | None]] = [utf16_codec, legacy_codec]
    if b"\x00" not in data[:SAMPLE]:
        try:
            return data.decode("utf-8"), 0
        except UnicodeDecodeError as exc:
            offset = exc.start
    else:
        offset = data.index(b"\x00")
    for guess in guesses:
        codec = guess(data)
        if codec:
            return data.decode(codec), 0
    return None, offset


def decode_text(data: bytes, source: str) -> str:
    """Text in UTF-8, or UTF-16 or a legacy Russian or Chinese encoding when it fits (a
    byte-order mark is honoured and dropped)."""
    bom = _bom_encoding(data)
    if bom:
        return data.decode(bom).lstrip("\ufeff")
    if looks_binary(data):
        raise ItemError(source, "binary file")
    text, offset = _undeclared(data)
    if text is None:
        raise ItemError(source, f"not UTF-8 text, nor Windows-1251, KOI8-R or GB18030 "
                                f"(bad byte at offset {offset})")
    return text


def decode_html(data: bytes, source: str, declared: str | None = None) -> str:
    """HTML text in the charset its BOM, its server or its <meta> declares; else UTF-8,
    UTF-16 or a legacy Russian or Chinese encoding, whichever fits."""
    bom = _bom_encoding(data)
    if bom:
        return data.decode(bom).lstrip("\ufeff")
    if looks_binary(data):
        raise ItemError(source, "binary file")
    match = META_CHARSET.search(data[:4096])
    named = [c for c in (declared, match.group(1).decode("ascii") if match else None) if c]
    for candidate in named:
        codec = _codec(candidate)
        if codec and not codec.startswith("utf-16") and not codec.startswith("utf-32"):
            # pages often under-declare: GB2312 pages use GBK characters
            codec = "gb18030" if codec in ("gb2312", "gbk") else codec
            return data.decode(codec, errors="replace")
    text, offset = _undeclared(data)
    if text is not None:
        return text
    said = (f"its declared charset {named[0]!r} is unknown" if named
            else "no charset is declared")
    raise ItemError(source, f"not UTF-8 text and {said} (bad byte at offset {offset})")
