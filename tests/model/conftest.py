"""A copy of the shipped vocabulary that a test may add values to, read instead of the
shipped one for the test's duration (model/behaviour.py and the cue lexicon forget what
they read before and after)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from techties.extraction import cues
from techties.model import behaviour, loader


def _forget() -> None:
    behaviour.forget()
    cues.cue_lexicon.cache_clear()


@pytest.fixture
def add_event_types(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """A function that appends values (YAML text) to a copy of event_types.yaml in use."""
    shipped = resources.files("techties.model").joinpath("vocab")
    copy = tmp_path / "vocab"
    shutil.copytree(str(shipped), copy)
    original = loader._model_dir

    def model_dir(sub: str) -> Any:
        return copy if sub == "vocab" else original(sub)

    def add(values: str) -> None:
        types = copy / "event_types.yaml"
        types.write_text(types.read_text(encoding="utf-8").rstrip("\n") + "\n" + values, encoding="utf-8")
        _forget()

    monkeypatch.setattr(loader, "_model_dir", model_dir)
    _forget()
    yield add
    monkeypatch.undo()
    _forget()
