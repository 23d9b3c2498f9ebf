"""A joint university or laboratory teaches and trains: "the cooperative university opened its
doors to students", "совместный институт будет готовить инженеров", "联合实验室培养研究生".
Where a joint-research cue names such a place, the talent cues beside it tell what the place
does, and the sentence reports the place (SCHEMA.md: a joint university is joint_research;
a student exchange on its own is talent)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from techties.exceptions import ModelError
from techties.model.loader import read_yaml

MODEL = Path(__file__).resolve().parents[1] / "model" / "institutions.yaml"
PLACE_TYPE = "joint_research"
ACTIVITY_TYPE = "talent"


@cache
def _stems() -> tuple[str, ...]:
    data = read_yaml(MODEL)
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        raise ModelError(f"{MODEL}: needs a list of stems per language")
    return tuple(stem.casefold() for stems in data.values() for stem in stems)


def names_institution(cue: str) -> bool:
    """Whether a joint-research cue's words name a shared place of study or research."""
    text = cue.casefold()
    return any(stem in text for stem in _stems())


def place_before_activity(ranked: list[str], text: str, start: int, cue_spans: list[tuple[int, int, str]]) -> list[str]:
    """`ranked` with joint research before talent when a joint-research cue of the sentence
    (starting at `start` in the document, as `cue_spans` count) names a joint institution."""
    if PLACE_TYPE not in ranked or ACTIVITY_TYPE not in ranked:
        return ranked
    if not any(label == f"types:{PLACE_TYPE}" and names_institution(text[a - start:b - start])
               for a, b, label in cue_spans):
        return ranked
    out = [t for t in ranked if t != ACTIVITY_TYPE]
    out.insert(out.index(PLACE_TYPE) + 1, ACTIVITY_TYPE)
    return out
