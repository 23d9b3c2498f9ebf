"""How close ingest can come to extract: the two halves of an ingest measured apart.

    python benchmarks/bench_ingest_bound.py [--docs 3000] [--workers 2] [--pg URL] [--repeat 3]

Issue 13 asks ingest to run at 90 % of extract's speed. When extraction keeps every core
busy, an ingest's speed is bounded by the CPU it spends beside extraction, so this measures
that CPU in its two halves, each on the same synthetic news as `bench_ingest.py`:

- **workers alone**: ingest's worker side (clean, sign and extract each document, send it
  back) under the same runner and chunks as `techties ingest`, with a writer that keeps
  nothing, against `techties extract` on the same file. Both are run in fresh processes,
  start-up included, `--repeat` times in turn, and the medians are printed: this is what
  ingest would reach if storing cost nothing at all. It imports less than the CLI does (no
  command-line or store modules), so its figure leans optimistic: a bound, not a forecast.
- **writer alone**: ingest's writer (`Ingestor.save_batch`, duplicates, merging, counters,
  the search index) saving the same documents, extracted beforehand, into a fresh SQLite
  store (and PostgreSQL with --pg), in one process with nothing else running: its CPU
  seconds, and the seconds spent inside the database driver's statements and commits.
  On PostgreSQL the server's own CPU is not counted, so its figure is a lower bound.

The last line is the arithmetic of the bar: at 90 %, ingest may spend extract's CPU / 0.9 in
all, so the writer may spend that less what the workers alone spend (per round, then the
median): set beside the writer's CPU alone, it says whether the bar is within reach. The
machine's speed drifts, so read the rounds' spread, not one figure.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench_ingest, synthetic

from bench_ingest import _drop, _pg_database, timed, timed_argv  # noqa: E402
from synthetic import write_documents  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARE = 0.9  # the bar: ingest at 90 % of extract's speed

BENCHMARKS = Path(__file__).resolve().parent
# ingest's worker side with a writer that keeps nothing (`prepared_items`), in a fresh process
WORKERS_ALONE = f"""
import sys
sys.path.insert(0, {str(BENCHMARKS)!r})
from pathlib import Path
from bench_ingest_bound import prepared_items
print(len(prepared_items(Path(sys.argv[1]), None if sys.argv[2] == "default" else int(sys.argv[2]))))
"""


def workers_alone(docs: Path, count: int, workers: int | None, src: Path, times: int) -> dict:
    """extract and ingest's worker side, `times` rounds in turn; medians."""
    rounds = []
    for _ in range(times):
        extract = timed(["extract", str(docs), "-o", os.devnull]
                        + (["--workers", str(workers)] if workers else []), src)
        alone = timed_argv([sys.executable, "-c", WORKERS_ALONE, str(docs), str(workers or "default")], src)
        rounds.append({"extract_seconds": extract["seconds"], "extract_cpu": extract["cpu_seconds"],
                       "workers_seconds": alone["seconds"], "workers_cpu": alone["cpu_seconds"],
                       "workers_share": round(extract["seconds"] / alone["seconds"], 2),
                       # what the writer may spend beside them, this round, at 90 %
                       "writer_cpu_allowed": round(extract["cpu_seconds"] / SHARE - alone["cpu_seconds"], 1)})
        print(json.dumps({"documents": count, **rounds[-1]}))
    return {key: statistics.median(r[key] for r in rounds) for key in rounds[0]}


def prepared_items(docs: Path, workers: int | None) -> list:
    """Every document cleaned, signed and extracted, as ingest's workers hand them over."""
    from techties.extraction.cues import warm
    from techties.interfaces.ingest_feed import Feed
    from techties.interfaces.parallel import runner

    with runner(workers, None, initializer=warm) as run:
        feed = Feed([str(docs)], run, batch_size=200)
        feed.attach(lambda keys: set())
        return [item for results in feed for item in results]


def writer_alone(items: list, url: str, batch_size: int = 200) -> dict:
    """The writer's CPU seconds for saving `items` into the fresh store at `url`, and the
    seconds spent in the driver's statements and commits."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from techties.interfaces.ingest import Ingestor
    from techties.model.loader import load_actors
    from techties.store.store import Store

    in_driver = [0.0]
    started: dict[int, float] = {}

    def before(conn, *_args) -> None:  # type: ignore[no-untyped-def]
        started[id(conn)] = time.perf_counter()

    def after(conn, *_args) -> None:  # type: ignore[no-untyped-def]
        in_driver[0] += time.perf_counter() - started.pop(id(conn))

    def commit(conn) -> None:  # type: ignore[no-untyped-def]
        started[id(conn)] = time.perf_counter()

    event.listen(Engine, "before_cursor_execute", before)
    event.listen(Engine, "after_cursor_execute", after)
    try:
        cpu = time.process_time()
        store = Store.open(url)
        store.sync_actors(load_actors())
        opened = time.process_time() - cpu
        ingestor = Ingestor(store)
        in_driver[0] = 0.0
        cpu, wall = time.process_time(), time.perf_counter()
        commits = _commit_seconds(store)
        events = 0
        for start in range(0, len(items), batch_size):
            events += ingestor.save_batch(items[start:start + batch_size]).events
        saving, seconds = time.process_time() - cpu, time.perf_counter() - wall
        store.close()
    finally:
        event.remove(Engine, "before_cursor_execute", before)
        event.remove(Engine, "after_cursor_execute", after)
    return {"events": events, "open_cpu": round(opened, 2), "save_cpu": round(saving, 2),
            "save_seconds": round(seconds, 2), "statements_seconds": round(in_driver[0], 2),
            "commit_seconds": round(commits[0], 2),
            "save_cpu_ms_per_event": round(1000 * saving / max(events, 1), 3)}


def _commit_seconds(store) -> list[float]:  # type: ignore[no-untyped-def]
    """Seconds in the driver's commits, counted from now on (the dialect's commit, timed)."""
    total = [0.0]
    dialect = store.engine.dialect
    commit = dialect.do_commit

    def timed_commit(dbapi_connection) -> None:  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        commit(dbapi_connection)
        total[0] += time.perf_counter() - start

    dialect.do_commit = timed_commit
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--pg", default=os.environ.get("TECHTIES_TEST_PG_URL"))
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    src = args.src.resolve()
    sys.path.insert(0, str(src))
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        docs = write_documents(workdir / f"docs-{args.docs}.jsonl", args.docs, seed=11)
        alone = workers_alone(docs, args.docs, args.workers, src, args.repeat)
        print(json.dumps({"median_of": args.repeat, **alone}))
        items = prepared_items(docs, args.workers)
        stores = [("sqlite", f"sqlite:///{workdir / 'writer.sqlite'}", None)]
        if args.pg:
            name, url = _pg_database(args.pg)
            stores.append(("postgresql", url, name))
        writers = {}
        for label, url, name in stores:
            try:
                writers[label] = writer_alone(items, url)
            finally:
                if name:
                    _drop(args.pg, name)
            print(json.dumps({"writer_alone": label, **writers[label]}))
    print(json.dumps({"bound": {
        "extract_cpu": alone["extract_cpu"], "workers_alone_cpu": alone["workers_cpu"],
        "workers_alone_share_of_extract": alone["workers_share"],
        "writer_cpu_allowed_at_90_percent": alone["writer_cpu_allowed"],
        **{f"writer_cpu_{label}": round(w["open_cpu"] + w["save_cpu"], 2) for label, w in writers.items()}}}))


if __name__ == "__main__":
    main()
