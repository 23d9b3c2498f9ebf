"""The tense and aspect of Russian verbs, read with pymorphy2's dictionary.

A Russian sentence marks how far along an action is in the verb itself: the perfective
present is a future (откроет, подпишут, создадут: not done yet), the past and the short
passive participle report what happened (открыли, запущен). A word list cannot carry
every verb in every form; the dictionary does.
"""

from __future__ import annotations

import inspect
import re
from functools import lru_cache
from typing import Any

_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)?")


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    if not hasattr(inspect, "getargspec"):  # pymorphy2 0.9 still calls it; removed in Python 3.11
        inspect.getargspec = lambda f: inspect.getfullargspec(f)[:4]  # type: ignore[attr-defined]
    import pymorphy2  # type: ignore[import-untyped]

    return pymorphy2.MorphAnalyzer()


@lru_cache(maxsize=65536)
def verb_time(word: str) -> str | None:
    """"future", "past" or "present" for a finite verb or short participle, else None."""
    parse = _analyzer().parse(word.lower())[0]
    tag = parse.tag
    if tag.POS not in ("VERB", "PRTS"):
        return None
    if tag.tense == "futr":
        return "future"
    if tag.tense == "past":
        return "past"
    if tag.tense == "pres":
        return "present"
    return None


def russian_verbs(text: str) -> list[tuple[int, str]]:
    """(offset, time) of each finite verb of `text`."""
    out = []
    for m in _WORD.finditer(text):
        time = verb_time(m.group())
        if time:
            out.append((m.start(), time))
    return out
