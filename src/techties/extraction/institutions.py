"""A joint university or laboratory teaches and trains: "the cooperative university opened its
doors to students", "совместный институт будет готовить инженеров", "联合实验室培养研究生".
Where a joint-research cue names such a place, the talent cues beside it tell what the place
does, and the sentence reports the place (SCHEMA.md: a joint university is joint_research;
a student exchange on its own is talent)."""

from __future__ import annotations

from techties.model.loader import load_institutions


def names_institution(cue: str) -> bool:
    """Whether a joint-research cue's words name a shared place of study or research."""
    text = cue.casefold()
    return any(stem in text for stem in load_institutions().stems)


def place_before_activity(ranked: list[str], text: str, start: int, cue_spans: list[tuple[int, int, str]]) -> list[str]:
    """`ranked` with joint research before talent when a joint-research cue of the sentence
    (starting at `start` in the document, as `cue_spans` count) names a joint institution."""
    institutions = load_institutions()
    place, activity = institutions.place_type, institutions.activity_type
    if place not in ranked or activity not in ranked:
        return ranked
    if not any(label == f"types:{place}" and names_institution(text[a - start:b - start])
               for a, b, label in cue_spans):
        return ranked
    out = [t for t in ranked if t != activity]
    out.insert(out.index(place) + 1, activity)
    return out
