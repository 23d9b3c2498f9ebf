"""Type cues that only frame a sentence's event: "During the internship the guests visited
the plant" reports a visit, "В рамках форума стороны подписали соглашение" an agreement.

The words that open such a framing phrase are listed in model/framing.yaml. A type whose
every cue in the sentence lies inside one is ranked after the types cued outside it.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

MODEL = Path(__file__).resolve().parents[1] / "model" / "framing.yaml"
REACH_WORDS = 3  # words a framing phrase runs after its opener when no comma closes it first
REACH_CJK = 40  # characters between 在 and its closer
_CLOSE = "[^,;:，；：。]"


@cache
def _pattern() -> re.Pattern[str]:
    data = yaml.safe_load(MODEL.read_text(encoding="utf-8"))
    words = [re.escape(w).replace(r"\ ", r"\s+") for lang in ("en", "ru") for w in data["openers"][lang]]
    zh = [re.escape(w) for w in data["openers"]["zh"]]
    closers = "|".join(re.escape(w) for w in data["zh_closers"])
    spoken = rf"\b(?:{'|'.join(words)})\b"
    chinese = rf"在{_CLOSE}{{0,{REACH_CJK}}}?(?:{closers})|(?:{'|'.join(zh)}){_CLOSE}{{0,{REACH_CJK}}}"
    words_after = rf"(?:[^\S\n]*[^\s,;:，；：。]+){{0,{REACH_WORDS}}}"
    return re.compile(rf"{spoken}{words_after}|{chinese}", re.IGNORECASE)


def framing_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` has framing phrases (offsets into `text`)."""
    return [m.span() for m in _pattern().finditer(text)]


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
