"""A joint university or laboratory teaches and trains: "the cooperative university opened its
doors to students", "совместный институт будет готовить инженеров", "联合实验室培养研究生".
Where a joint-research cue names such a place, the talent cues beside it tell what the place
does, and the sentence reports the place (SCHEMA.md: a joint university is joint_research;
a student exchange on its own is talent)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from techties.exceptions import ModelError
from techties.model.loader import load_vocabulary, read_yaml

MODEL = Path(__file__).resolve().parents[1] / "model" / "institutions.yaml"


@dataclass(frozen=True)
class Institutions:
    place_type: str  # the type of a shared place of study or research
    activity_type: str  # the type of what such a place does (teaching, training)
    stems: tuple[str, ...]


@cache
def _institutions() -> Institutions:
    data = read_yaml(MODEL)
    types = {t.value for t in load_vocabulary("event_type").terms}
    stems = data.get("stems") if isinstance(data, dict) else None
    if (not isinstance(data, dict) or not isinstance(stems, dict)
            or not all(isinstance(v, list) for v in stems.values())):
        raise ModelError(f"{MODEL}: needs place_type, activity_type and a list of stems per language")
    for key in ("place_type", "activity_type"):
        if data.get(key) not in types:
            raise ModelError(f"{MODEL}: {key} {data.get(key)!r} is no event type of vocab/event_types.yaml")
    return Institutions(data["place_type"], data["activity_type"],
                        tuple(stem.casefold() for words in stems.values() for stem in words))


def names_institution(cue: str) -> bool:
    """Whether a joint-research cue's words name a shared place of study or research."""
    text = cue.casefold()
    return any(stem in text for stem in _institutions().stems)


def place_before_activity(ranked: list[str], text: str, start: int, cue_spans: list[tuple[int, int, str]]) -> list[str]:
    """`ranked` with joint research before talent when a joint-research cue of the sentence
    (starting at `start` in the document, as `cue_spans` count) names a joint institution."""
    place, activity = _institutions().place_type, _institutions().activity_type
    if place not in ranked or activity not in ranked:
        return ranked
    if not any(label == f"types:{place}" and names_institution(text[a - start:b - start])
               for a, b, label in cue_spans):
        return ranked
    out = [t for t in ranked if t != activity]
    out.insert(out.index(place) + 1, activity)
    return out
