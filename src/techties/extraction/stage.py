"""The stage of an event: the sentence's stage cues, read against the type's usual stage."""

from __future__ import annotations

from collections import Counter

# What a type's event usually is when the sentence gives no stage cue.
DEFAULT_STAGE = {
    "agreement": "signed",
    "countermeasure": "implemented",
    "friction": "alleged",
    "supply": "implemented",
}
# Which cue wins when a sentence has several: a report of trouble or an accusation
# outweighs a plan, and a plan outweighs a past-tense verb.
STAGE_PRIORITY = ("stalled", "alleged", "announced", "signed", "implemented")


def decide_stage(event_type: str, stages: Counter[str], context: Counter[str]) -> str:
    """`stages` are the evidence sentence's cues, `context` the whole document's."""
    present = [s for s in STAGE_PRIORITY if stages.get(s)]
    if event_type == "countermeasure":
        return "announced" if "announced" in present and "implemented" not in present else "implemented"
    if event_type == "supply" and (context.get("alleged") or "alleged" in present):
        return "alleged"
    if event_type == "friction":
        if "alleged" in present:
            return "alleged"
        if "stalled" in present or "implemented" in present:
            return "implemented"
        return DEFAULT_STAGE["friction"]
    if "alleged" in present and event_type not in ("agreement",):
        return "alleged"
    if "stalled" in present:
        return "stalled"
    if event_type == "agreement":
        if "signed" in present:
            return "signed"
        if "announced" in present:
            return "announced"
        return "signed"
    if "announced" in present and stages["announced"] >= stages.get("implemented", 0):
        return "announced"
    if "signed" in present and "implemented" not in present:
        return "signed"
    return DEFAULT_STAGE.get(event_type, "implemented")
