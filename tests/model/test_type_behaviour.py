"""How a type's stage is read and which of its sentences count is declared in its behaviour
(`kind`, `charged`, `deal_terms`, `conflict`, `joint_form`), never by the type's name in the
code; a behaviour naming a stage or a type that does not exist fails at load."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from techties.exceptions import ModelError
from techties.extraction.pipeline import extract_document
from techties.extraction.stage import decide_stage
from techties.model import behaviour
from techties.records import Document


def _type(value: str, behaviour_lines: str) -> str:
    return f"""
  - value: {value}
    label: {value}
    description: A type written for a test.
    behaviour:
      priority: 0
{behaviour_lines}
    cues:
      en: [{value} charter]
      ru: [{value} хартия]
      zh: [{value}宪章]
"""


def _stage_of(text: str) -> str:
    doc = Document(id="d", text=text, title="", lang="en", published="2024-03-05")
    [event] = extract_document(doc).events
    return event.stage


SENTENCE = "The 5G {0} charter of Huawei and Rostelecom covers base stations."


def test_a_document_kind_is_signed_without_a_stage_cue(add_event_types: Callable[[str], None]) -> None:
    add_event_types(_type("covenant", "      default_stage: implemented\n      kind: document")
                    + _type("plaincovenant", "      default_stage: implemented"))
    assert _stage_of(SENTENCE.format("covenant")) == "signed"
    assert _stage_of(SENTENCE.format("plaincovenant")) == "implemented"  # no kind: its default stage


def test_kinds_and_flags_decide_the_stage_of_the_same_cues(add_event_types: Callable[[str], None]) -> None:
    add_event_types(_type("summit", "      default_stage: implemented\n      kind: meeting")
                    + _type("embargo", "      default_stage: implemented\n      kind: measure")
                    + _type("shipment", "      default_stage: implemented\n      deal_terms: true\n"
                                        "      charged: true"))
    planned, held = Counter(announced=1, future=1), Counter(implemented=1)
    assert decide_stage("summit", planned, Counter()) == "announced"
    assert decide_stage("summit", held, Counter()) == "implemented"
    assert decide_stage("embargo", Counter(announced=1, implemented=1), Counter()) == "implemented"
    assert decide_stage("shipment", Counter(announced=1), Counter(signed=1)) == "signed"
    assert decide_stage("shipment", Counter(), Counter(alleged=1)) == "alleged"
    assert behaviour.types_of_kind("measure") >= {"embargo"}


def test_conflict_and_joint_form_are_read_from_the_vocabulary(add_event_types: Callable[[str], None]) -> None:
    add_event_types(_type("espionage", "      default_stage: alleged\n      conflict: true")
                    + _type("lab", "      default_stage: implemented\n      joint_form: covenant")
                    + _type("covenant", "      default_stage: signed"))
    assert "espionage" in behaviour.types_where("conflict")
    assert behaviour.joint_forms()["lab"] == "covenant"


@pytest.mark.parametrize("lines, message", [
    ("      default_stage: done", "not a stage"),
    ("      default_stage: signed\n      compatible_with: [nothing]", "unknown event type"),
    ("      default_stage: signed\n      joint_form: nothing", "unknown event type"),
    ("      default_stage: signed\n      kind: party", "behaviour.kind"),
    ("      default_stage: signed\n      charged: maybe", "true or false"),
])
def test_a_behaviour_naming_what_does_not_exist_fails_at_load(
        add_event_types: Callable[[str], None], lines: str, message: str) -> None:
    add_event_types(_type("broken", lines))
    with pytest.raises(ModelError, match=message):
        behaviour.types_by_priority()
