"""Quality gate: extraction scores on the annotated development set stay above their floors.

The floors in eval_baseline.json are the figures reached when they were last raised;
a change that lowers any of them fails here, as a failing test would.
"""

from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path

import pytest

from techties.interfaces.batch import extract_jsonl

EVAL_DIR = Path(__file__).resolve().parents[3] / "shared" / "eval"
BASELINE = Path(__file__).with_name("eval_baseline.json")
FIGURES = ("relevance", "domains", "actors", "events")


def _score_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score", EVAL_DIR / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report() -> dict:
    if not (EVAL_DIR / "dev.jsonl").exists():
        pytest.skip(f"no evaluation data at {EVAL_DIR}")
    score = _score_module()
    sink = io.StringIO()
    extract_jsonl(str(EVAL_DIR / "dev.jsonl"), sink, workers=1)
    preds = {p["id"]: p for p in map(json.loads, sink.getvalue().splitlines())}
    gold = score.read_jsonl(EVAL_DIR / "dev.jsonl")
    result = {"all": score.score(gold, preds)}
    for lang in ("en", "ru", "zh"):
        result[lang] = score.score([d for d in gold if d["lang"] == lang], preds)
    return result


@pytest.mark.parametrize("subset", ["all", "en", "ru", "zh"])
def test_scores_stay_above_floors(report: dict, subset: str) -> None:
    floors = json.loads(BASELINE.read_text())[subset]
    below = {name: (report[subset][name]["f1"], floor) for name, floor in floors.items()
             if report[subset][name]["f1"] < floor}
    assert not below, f"{subset}: F1 below floor (got, floor): {below}"
