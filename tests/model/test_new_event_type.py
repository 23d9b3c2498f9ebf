"""Adding an event type is a change to the vocabulary file only: a copy of the vocabulary
with one more type, its cues and its behaviour, and extraction finds it with its default
stage, ranks it by its priority, and curation matching reads its compatible types."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from techties.extraction import cues
from techties.extraction.pipeline import extract_document
from techties.model import behaviour, loader
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


def _forget() -> None:
    behaviour.forget()
    cues.cue_lexicon.cache_clear()


@pytest.fixture
def vocabulary_with_a_new_type(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    shipped = resources.files("techties.model").joinpath("vocab")
    copy = tmp_path / "vocab"
    shutil.copytree(str(shipped), copy)
    types = copy / "event_types.yaml"
    types.write_text(types.read_text(encoding="utf-8").rstrip("\n") + "\n" + NEW_TYPE, encoding="utf-8")
    original = loader._model_dir

    def model_dir(sub: str) -> Any:
        return copy if sub == "vocab" else original(sub)

    monkeypatch.setattr(loader, "_model_dir", model_dir)
    _forget()
    yield
    monkeypatch.undo()
    _forget()


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
