"""Bytes to text, with a clear refusal for binary or undecodable input."""

from __future__ import annotations

import codecs
import re

from techties.exceptions import ItemError

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
    """NUL bytes or many control characters near the start mean it is not text."""
    sample = data[:SAMPLE]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes([c])) for c in CONTROL)
    return controls / len(sample) > 0.05


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


def decode_text(data: bytes, source: str) -> str:
    """UTF-8 text (a byte-order mark is honoured and dropped)."""
    bom = _bom_encoding(data)
    if bom:
        return data.decode(bom).lstrip("\ufeff")
    if looks_binary(data):
        raise ItemError(source, "binary file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ItemError(source, f"not UTF-8 text (bad byte at offset {exc.start})") from None


def decode_html(data: bytes, source: str, declared: str | None = None) -> str:
    """HTML text in the charset its BOM, its server or its <meta> declares; UTF-8 otherwise."""
    bom = _bom_encoding(data)
    if bom:
        return data.decode(bom).lstrip("\ufeff")
    if looks_binary(data):
        raise ItemError(source, "binary file")
    match = META_CHARSET.search(data[:4096])
    for candidate in (declared, match.group(1).decode("ascii") if match else None):
        codec = _codec(candidate)
        if codec and not codec.startswith("utf-16") and not codec.startswith("utf-32"):
            # pages often under-declare: GB2312 pages use GBK characters
            codec = "gb18030" if codec in ("gb2312", "gbk") else codec
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ItemError(source, f"not UTF-8 text and no charset declared "
                                f"(bad byte at offset {exc.start})") from None
