"""English type cues whose object names another kind of event than the cue alone.

"RT-Global Resources is in talks on the joint development of rare earth deposits" reports a
venture to mine, not joint research, though "joint development" is a research cue elsewhere
("the joint development of a wide-body airliner"); "Huawei's investments in Russian science" is
research cooperation, not a stake in a firm. A type whose every cue in a sentence is followed,
within a few words of its clause, by an object that model/cue_objects.yaml pairs with it, is
read as the type the pair names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from techties.exceptions import ModelError
from techties.model.loader import load_model_mapping

REACH_WORDS = 8  # "joint development of some of Russia's rare earth metal deposits"


@dataclass(frozen=True)
class _Rule:
    type: str
    cue: str
    objects: re.Pattern[str]
    becomes: str


@cache
def _rules() -> tuple[_Rule, ...]:
    raw = load_model_mapping("cue_objects.yaml").get("rules")
    if not isinstance(raw, list):
        raise ModelError("cue_objects.yaml: needs a list `rules`")
    out = []
    for i, rule in enumerate(raw):
        if not isinstance(rule, dict) or not all(rule.get(k) for k in ("type", "cue", "objects", "becomes")):
            raise ModelError(f"cue_objects.yaml: rules[{i}] needs type, cue, objects and becomes")
        words = "|".join(re.escape(str(w)) for w in rule["objects"])
        out.append(_Rule(str(rule["type"]), str(rule["cue"]).lower(),
                         re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE), str(rule["becomes"])))
    return tuple(out)


def _object_after(text: str, b: int, rule: _Rule) -> bool:
    clause = re.split(r"[,;:.]", text[b:], maxsplit=1)[0]
    return bool(rule.objects.search(" ".join(clause.split()[:REACH_WORDS])))


def retyped(text: str, start: int, cue_spans: list[tuple[int, int, str]]) -> dict[str, str]:
    """For each type of the sentence (at offset `start`) whose every cue takes an object that
    names another kind of event, that kind."""
    out: dict[str, str] = {}
    for rule in _rules():
        cues = [(a - start, b - start) for a, b, label in cue_spans if label == f"types:{rule.type}"]
        if cues and all(rule.cue in text[a:b].lower() and _object_after(text, b, rule) for a, b in cues):
            out[rule.type] = rule.becomes
    return out
