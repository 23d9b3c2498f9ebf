"""Documents per second for `extract` (stateless) and `ingest` into SQLite, on synthetic news,
in this process (bench_ingest.py times both commands as a user runs them).

    python benchmarks/bench_pipeline.py [--docs 20000] [--ingest-docs 20000] [--workers 2]

Goal (issue 2): at least 100 documents per second for extract on a 2-core machine.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_documents  # noqa: E402


def bench_extract(path: Path, workers: int) -> dict:
    from techties.interfaces.batch import extract_jsonl

    sink = io.StringIO()
    start = time.perf_counter()
    written, _ = extract_jsonl(str(path), sink, workers=workers)
    seconds = time.perf_counter() - start
    events = sum(len(json.loads(line)["events"]) for line in sink.getvalue().splitlines())
    return {"documents": written, "seconds": round(seconds, 2), "docs_per_second": round(written / seconds, 1),
            "events": events, "workers": workers}


def bench_ingest(path: Path, workdir: Path, workers: int) -> dict:
    from techties.interfaces.ingest import run_ingest
    from techties.model.loader import load_actors
    from techties.store.store import Store

    store = Store.open(f"sqlite:///{workdir / 'bench.sqlite'}")
    store.sync_actors(load_actors())
    start = time.perf_counter()
    report = run_ingest([str(path)], store, workers=workers)
    seconds = time.perf_counter() - start
    store.close()
    return {"documents": report.added, "seconds": round(seconds, 2),
            "docs_per_second": round(report.added / seconds, 1), "events": report.events,
            "near_duplicates": report.near_duplicates, "exact_duplicates": report.exact_duplicates}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20000)
    parser.add_argument("--ingest-docs", type=int, default=20000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        docs = write_documents(workdir / "docs.jsonl", args.docs)
        size = docs.stat().st_size / args.docs
        print(json.dumps({"average_document_bytes": round(size)}))
        print(json.dumps({"extract": bench_extract(docs, args.workers)}))
        if args.ingest_docs:
            subset = write_documents(workdir / "ingest.jsonl", args.ingest_docs, seed=11)
            print(json.dumps({"ingest_sqlite": bench_ingest(subset, workdir, args.workers)}))


if __name__ == "__main__":
    main()
