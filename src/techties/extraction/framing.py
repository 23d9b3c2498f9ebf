"""Type cues that do not report a sentence's event: those that only frame it ("During the
internship the guests visited the plant" reports a visit, "В рамках форума стороны подписали
соглашение" an agreement), and a role the sentence denies for another ("no longer a co-designer
but a supplier", "不再作为联合设计方,而是作为供应商": a supply).

The words that open such phrases are listed in model/framing.yaml. A type whose every cue in
the sentence lies inside one is ranked after the types cued outside it.
A meeting named as the place of another event ("signed at the forum", "на выставке", "在论坛上")
is its setting too (as_place); the prepositions are listed in the same file.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from techties.model.lexicon import is_cjk
from techties.model.loader import load_model_mapping
from techties.model.phrase_patterns import phrase_alternation

REACH_WORDS = 3  # words a framing phrase runs after its opener when no comma closes it first
REACH_CJK = 40  # characters between 在 and its closer, or 不再 and 而是
REACH_CONTRAST = 60  # characters between a negator and its contrast marker
_CLOSE = "[^,;:，；：。]"


def _data() -> dict[str, Any]:
    return load_model_mapping("framing.yaml")


def _spoken(words: list[str]) -> str:
    return phrase_alternation(words)


def _marker(marker: str) -> str:
    """A contrast marker as a pattern: words whole, spaces loose ("but", ", а", "而是")."""
    words = [re.escape(w) for w in marker.split()]
    body = r"\s*".join(words)
    return rf"{body}\b" if marker[-1].isalpha() and not is_cjk(marker) else body


@cache
def _contrast() -> re.Pattern[str]:
    """From a negator to (not including) its contrast marker, in the same sentence."""
    parts = []
    for lang, entry in _data()["contrast"].items():
        markers = "|".join(_marker(m) for m in entry["markers"])
        if lang == "zh":
            negators = phrase_alternation(entry["negators"])
            parts.append(rf"(?:{negators})[^。；;]{{0,{REACH_CJK}}}?(?={markers})")
        else:
            parts.append(rf"\b(?:{_spoken(entry['negators'])})\b[^.;]{{0,{REACH_CONTRAST}}}?(?=\s*(?:{markers}))")
    return re.compile("|".join(parts), re.IGNORECASE)


@cache
def _pattern() -> re.Pattern[str]:
    data = _data()
    words = _spoken([w for lang in ("en", "ru") for w in data["openers"][lang]])
    zh = phrase_alternation(data["openers"]["zh"])
    closers = phrase_alternation(data["zh_closers"])
    spoken = rf"\b(?:{words})\b"
    chinese = rf"在{_CLOSE}{{0,{REACH_CJK}}}?(?:{closers})|(?:{zh}){_CLOSE}{{0,{REACH_CJK}}}"
    words_after = rf"(?:[^\S\n]*[^\s,;:，；：。]+){{0,{REACH_WORDS}}}"
    return re.compile(rf"{spoken}{words_after}|{chinese}", re.IGNORECASE)


PLACE_WORDS = 5  # words between "at"/"на" and the meeting's cue ("at the 8th Eastern Economic Forum")


@cache
def _place_before() -> re.Pattern[str]:
    """A preposition of place a few words before the end of the text, or 在 in its clause."""
    places = _data()["places"]
    words = _spoken([w for lang in ("en", "ru") for w in places[lang]])
    spoken = rf"\b(?:{words})\s+(?:[^\s,;:，；：。]+\s+){{0,{PLACE_WORDS - 1}}}"
    return re.compile(rf"(?:{spoken}|在{_CLOSE}{{0,{REACH_CJK}}})$", re.IGNORECASE)


def as_place(text: str, start: int, cue_spans: list[tuple[int, int, str]], event_type: str) -> bool:
    """Whether a cue of `event_type` names the place of the sentence's event ("signed at the
    forum", "на выставке подписали", "在论坛上签约") rather than the event itself."""
    closers = tuple(_data()["places"]["zh_closers"])
    for a, b, label in cue_spans:
        if label != f"types:{event_type}":
            continue
        at, end = a - start, b - start
        before = _place_before().search(text[max(0, at - 80):at])
        if before is None:
            continue
        if not is_cjk(text[at:end]) or text[end:].startswith(closers):
            return True
    return False


def framing_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` has framing phrases or denied roles (offsets into `text`)."""
    return [m.span() for m in _pattern().finditer(text)] + [m.span() for m in _contrast().finditer(text)]


def framed_types(text: str, start: int, cue_spans: list[tuple[int, int, str]]) -> set[str]:
    """The types all of whose cues in the sentence lie inside framing phrases; `start` is the
    sentence's offset in the document, which `cue_spans` count from."""
    spans = framing_spans(text)
    if not spans:
        return set()
    inside: dict[str, bool] = {}
    for a, _b, label in cue_spans:
        if label.startswith("types:"):
            at = a - start
            kind = label[6:]
            inside[kind] = inside.get(kind, True) and any(x <= at < y for x, y in spans)
    return {kind for kind, framed in inside.items() if framed}
