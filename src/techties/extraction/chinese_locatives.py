"""A Chinese park, zone or incubator named as the place where something happens.

"对接会在北京经济技术开发区机器人产业园举行" holds a meeting in a park, "供应链在深圳的工业园中
交汇" meets in parks: the park is where, not what, the sentence reports. A cue of a type that
names places (event_types.yaml `named_place`) inside 在 … and before a postposition of place
or a verb of holding (model/chinese_locatives.yaml) is such a place.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from techties.model.behaviour import types_where
from techties.model.lexicon import simplify
from techties.model.loader import load_model_mapping
from techties.model.phrase_patterns import phrase_alternation

BEFORE = 40  # characters between 在 and the cue, within the clause
AFTER = 12  # characters between the cue and the word that closes the place
_BREAK = "[^,;:，；：。]"

Span = tuple[int, int, str]


def _data() -> dict[str, Any]:
    return load_model_mapping("chinese_locatives.yaml")


@cache
def _closer() -> re.Pattern[str]:
    data = _data()
    words = phrase_alternation(data["holding"])
    posts = phrase_alternation(data["postpositions"])
    not_after = "".join(data["not_after_postposition"])
    return re.compile(rf"^{_BREAK}{{0,{AFTER}}}?(?:{words}|(?:{posts})(?![{not_after}]))")


_OPENER = re.compile(rf"在{_BREAK}{{0,{BEFORE}}}$")


def place_types(text: str, start: int, cue_spans: list[Span]) -> set[str]:
    """The place-naming types all of whose cues in the sentence stand as the place of its
    event; `start` is the sentence's offset, which `cue_spans` count from."""
    places = types_where("named_place")
    plain = simplify(text)
    verdict: dict[str, bool] = {}
    for a, b, label in cue_spans:
        kind = label.removeprefix("types:")
        if kind == label or kind not in places:
            continue
        at, end = a - start, b - start
        located = bool(_OPENER.search(plain[:at])) and bool(_closer().match(plain[end:]))
        verdict[kind] = verdict.get(kind, True) and located
    return {kind for kind, located in verdict.items() if located}
