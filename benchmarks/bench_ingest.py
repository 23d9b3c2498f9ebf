"""Ingest against extract, documents per second through the CLI, start-up included, on the same
synthetic news (issue 13: ingest at no less than 90 % of extract, and 150 documents/s).

    python benchmarks/bench_ingest.py [--docs 20000] [--workers 2] [--pg URL] [--src DIR] [--repeat N]

Each figure is one `techties extract FILE -o /dev/null` or `techties ingest FILE --db STORE`
run in a fresh process into a fresh store: SQLite, and PostgreSQL when a server URL is
given (--pg, else TECHTIES_TEST_PG_URL; a database is created for each run and dropped).
`--src DIR` runs another source tree (for before/after figures: unpack an older commit's
`src` and point --src at it; an ingest without --workers then uses its own default).
CPU seconds are those of the command and its worker processes together (PostgreSQL's own
server processes are not counted); `load` is the machine's 1-minute load average when the
run ended, since other work on the machine slows both commands. The last line gives
each ingest's speed as a share of extract's, measured back to back on the same file;
`--repeat N` runs the whole round N times in turn and prints the median of each figure.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_documents  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], src: Path) -> dict:
    """A techties command (exit 1, some items failed, still counts as a run)."""
    return timed_argv([sys.executable, "-m", "techties.interfaces.cli.app", *command], src, ok=(0, 1))


def timed_argv(argv: list[str], src: Path, ok: tuple[int, ...] = (0,)) -> dict:
    """Seconds and CPU seconds (its children included) of one process running `src`."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    cpu = _children_cpu()
    start = time.perf_counter()
    result = subprocess.run(argv, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode not in ok:
        raise SystemExit(f"{' '.join(argv[1:])[:200]} failed:\n{result.stderr[-3000:]}")
    return {"seconds": round(seconds, 2), "cpu_seconds": round(_children_cpu() - cpu, 1),
            "load": round(os.getloadavg()[0], 1), "stdout": result.stdout}


def _pg_database(server: str) -> tuple[str, str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"techties_bench_{uuid.uuid4().hex[:8]}"
    engine = create_engine(server, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\''))
    engine.dispose()
    return name, make_url(server).set(database=name).render_as_string(hide_password=False)


def _drop(server: str, name: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(server, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    engine.dispose()


def bench(docs: Path, count: int, workers: int | None, src: Path, pg: str | None, workdir: Path) -> dict:
    extract_args = ["extract", str(docs), "-o", os.devnull] + (["--workers", str(workers)] if workers else [])
    extract = timed(extract_args, src)
    rate = count / extract["seconds"]
    print(json.dumps({"documents": count, "extract": {**_public(extract), "docs_per_second": round(rate, 1)}}))
    ratios: dict = {"documents": count, "extract_docs_per_second": round(rate, 1)}
    stores = [("sqlite", f"sqlite:///{workdir / f'bench-{uuid.uuid4().hex[:6]}.sqlite'}", None)]
    if pg:
        name, url = _pg_database(pg)
        stores.append(("postgresql", url, name))
    for label, url, name in stores:
        args = ["ingest", str(docs), "--db", url, "--json"] + (["--workers", str(workers)] if workers else [])
        try:
            run = timed(args, src)
        finally:
            if name and pg:
                _drop(pg, name)
        report = json.loads(run["stdout"][run["stdout"].index("{"):])
        ingest_rate = count / run["seconds"]
        print(json.dumps({"documents": count, f"ingest_{label}": {
            **_public(run), "docs_per_second": round(ingest_rate, 1),
            "of_extract": round(ingest_rate / rate, 2), "added": report["added"], "events": report["events"],
            "near_duplicates": report["near_duplicates"], "exact_duplicates": report["exact_duplicates"]}}))
        ratios[f"ingest_{label}_docs_per_second"] = round(ingest_rate, 1)
        ratios[f"ingest_{label}_of_extract"] = round(ingest_rate / rate, 2)
        # extract's CPU seconds over ingest's: the same share when nothing else runs
        ratios[f"ingest_{label}_cpu_share"] = round(extract["cpu_seconds"] / max(run["cpu_seconds"], 0.1), 2)
    print(json.dumps({"summary": ratios}))
    return ratios


def repeated(docs: Path, count: int, workers: int | None, src: Path, pg: str | None, workdir: Path,
             times: int) -> dict:
    """`bench` `times` times in a row, and the median of each figure: a shared machine's speed
    drifts by a third within the hour, and extract and ingest measured side by side, again
    and again, keep their ratio where a single pair does not."""
    runs = [bench(docs, count, workers, src, pg, workdir) for _ in range(times)]
    if times == 1:
        return runs[0]
    medians = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    print(json.dumps({"median_of": times, "summary": medians}))
    return medians


def _public(run: dict) -> dict:
    return {k: v for k, v in run.items() if k != "stdout"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[20000])
    parser.add_argument("--workers", type=int, default=None, help="passed to both commands (default: theirs)")
    parser.add_argument("--pg", default=os.environ.get("TECHTIES_TEST_PG_URL"),
                        help="a PostgreSQL server URL whose user may create databases")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the source tree to run")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run extract and the ingests this many times in turn; print the medians")
    args = parser.parse_args()
    sys.path.insert(0, str(args.src.resolve()))  # the documents name the actors of the tree run
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for count in args.docs:
            docs = write_documents(workdir / f"docs-{count}.jsonl", count, seed=11)
            repeated(docs, count, args.workers, args.src.resolve(), args.pg, workdir, args.repeat)


if __name__ == "__main__":
    main()
