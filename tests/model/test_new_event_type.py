"""Adding an event type is a change to the vocabulary file only: a copy of the vocabulary
with one more type, its cues and its behaviour, and extraction finds it with its default
stage, ranks it by its priority, and curation matching reads its compatible types."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from techties.extraction.pipeline import extract_document
from techties.model import behaviour
from techties.records import Document

NEW_TYPE = """
  - value: standards
    label: Technical standards
    description: >-
      The two sides write or adopt a common technical standard.
    behaviour:
      priority: 0
      default_stage: announced
      focused: true
      compatible_with: [agreement]
    cues:
      en: [common standard*, technical standard*]
      ru: [общ* стандарт*]
      zh: [共同标准]
"""


@pytest.fixture
def vocabulary_with_a_new_type(add_event_types: Callable[[str], None]) -> None:
    add_event_types(NEW_TYPE)


def test_a_type_added_to_the_vocabulary_is_extracted_with_its_declared_stage(vocabulary_with_a_new_type: None) -> None:
    assert behaviour.types_by_priority()[0] == "standards"
    assert behaviour.compatible("standards", "agreement") and not behaviour.compatible("standards", "supply")
    text = "Huawei and Rostelecom share a common standard for 5G base stations."
    doc = Document(id="d", text=text, title="", lang="en", published="2024-03-05")
    [event] = extract_document(doc).events
    assert event.type == "standards"
    assert event.stage == "announced"  # its default stage: the sentence has no stage cue
    assert "telecom_5g" in event.domains


def test_without_the_new_type_the_same_sentence_is_something_else() -> None:
    text = "Huawei and Rostelecom share a common standard for 5G base stations."
    doc = Document(id="d", text=text, title="", lang="en", published="2024-03-05")
    assert all(e.type != "standards" for e in extract_document(doc).events)
