"""Score extraction on the fixed folds of the development set, tuned folds apart from held-out ones.

    python scripts/score_folds.py                      # tune = folds 0-2, held out = folds 3-4
    python scripts/score_folds.py --json > figures.json

Rules are built and tuned by reading errors on the tune folds only; the held-out folds are
scored, never read. "held-new" is the part of the held-out folds that no session had seen
before (lines 119-301 of dev.jsonl): the fairest estimate of text never seen. The folds come
from shared/eval/folds.py with its fixed seed, so the figures compare across commits.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import sys
from pathlib import Path
from types import ModuleType

from techties.interfaces.batch import extract_jsonl

EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"
TUNE_FOLDS = {0, 1, 2}
FIRST_SET = 118  # lines of dev.jsonl that earlier rules were fitted to


def _module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, EVAL_DIR / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def subsets(gold: list[dict], k: int, seed: int) -> dict[str, list[dict]]:
    fold_of = _module("folds").assign(gold, k, seed)
    first = {d["id"] for d in gold[:FIRST_SET]}
    tune = [d for d in gold if fold_of[d["id"]] in TUNE_FOLDS]
    held = [d for d in gold if fold_of[d["id"]] not in TUNE_FOLDS]
    out = {"dev": gold, "tune": tune, "held": held, "held-new": [d for d in held if d["id"] not in first]}
    for lang in ("en", "ru", "zh"):
        out[f"held-{lang}"] = [d for d in held if d["lang"] == lang]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=str(EVAL_DIR / "dev.jsonl"))
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--pred", help="score this prediction file instead of extracting")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    score = _module("score")
    gold = score.read_jsonl(args.gold)
    if args.pred:
        lines = Path(args.pred).read_text(encoding="utf-8").splitlines()
    else:
        sink = io.StringIO()
        extract_jsonl(args.gold, sink)
        lines = sink.getvalue().splitlines()
    preds = {p["id"]: p for p in map(json.loads, lines)}
    report = {name: score.score(docs, preds) for name, docs in subsets(gold, args.k, args.seed).items()}
    if args.json:
        print(json.dumps(report))
        return 0
    keys = ("relevance", "types", "domains", "actors", "events")
    print(f"{'subset':9} {'docs':>4} " + " ".join(f"{k:>9}" for k in keys) + "  stage   date")
    for name, r in report.items():
        print(f"{name:9} {r['documents']:>4} " + " ".join(f"{r[k]['f1']:9.3f}" for k in keys)
              + f"  {r['stage_accuracy']:.3f}  {r['date_accuracy']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
