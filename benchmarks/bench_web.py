"""Dashboard speed on a large store: overview, filtered events, word search, network, actor.

    python benchmarks/bench_web.py [--events 100000] [--requests 15] [--db PATH_OR_URL]

Builds a store of synthetic events (benchmarks/web_synthetic.py): a SQLite file, or the
PostgreSQL database --db names (postgresql+psycopg://user:password@host/db); a store that
already holds events is reused as it is. Then times whole HTTP requests through the ASGI app
(routing, queries, template or JSON rendering), each page N times after one warm-up, and
reports the median and 90th percentile in milliseconds. The goal (issue 13) is a median
under 150 ms for each page at 1,000,000 events. Nothing is cached between requests: every
one runs its queries. What would cost a pass over every event is read from the counters the
store keeps at every write (store/counters.py: the overview's numbers and series, the
network's edge weights by year, an actor's counts and partners), the events page counts its
matches up to 1,000 ("1,000+"), and word search reads the full-text index (store/search.py).

Build each store once and reuse it: `--db /path/web.sqlite` or `--db postgresql+psycopg://…`
(a store that already holds events is measured as it is). `--only TEXT` (repeatable) times
only the pages whose name contains TEXT, e.g. the issue's five:
`--only "overview (page)" --only "events, filtered (page)" --only "two English" --only
"network, default" --only actor`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent))

from web_synthetic import build  # noqa: E402

from techties.interfaces.web.app import create_app  # noqa: E402
from techties.store.store import Store, database_label  # noqa: E402

GOAL_MS = 150
PAGES = [
    ("overview (page)", "/"),
    ("overview (API)", "/api/v1/overview"),
    ("events, filtered (page)", "/events?domain=space&stage=signed&date_from=2015&date_to=2020"),
    ("events, filtered (API)", "/api/v1/events?domain=space&stage=signed&date_from=2015&date_to=2020"),
    ("events, actor + language, by confidence (page)", "/events?actor=ru-roscosmos&lang=ru&sort=confidence"),
    ("events, words + side (page)", "/events?q=lunar&side=CN&origin=extracted"),
    ("word search, two English words (page)", "/events?q=lunar+station"),
    ("word search, Russian word (page)", "/events?q=спутниковой"),
    ("word search, Chinese word (API)", "/api/v1/events?q=卫星导航"),
    ("word search, rare word (page)", "/events?q=synthetic+4242"),
    ("events, unfiltered (page)", "/events"),
    ("network, default: last 5 years (page)", "/network"),
    ("network, space, all time (page)", "/network?window=all&domain=space"),
    ("network, agreements 2020- (API)", "/api/v1/network?type=agreement&date_from=2020"),
    ("network, everything, all time (page)", "/network?window=all"),
    ("actor, most active (page)", "/actors/ru-roscosmos"),
]


def measure(client: TestClient, path: str, n: int) -> list[float]:
    response = client.get(path)  # warm-up: imports, template compilation, SQLite page cache
    assert response.status_code == 200, (path, response.status_code, response.text[:300])
    times = []
    for _ in range(n):
        started = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=15, help="timed requests per page")
    parser.add_argument("--db", help="SQLite file or database URL to build or reuse")
    parser.add_argument("--only", action="append",
                        help="time only the pages whose name contains this text (repeatable)")
    args = parser.parse_args()
    url = args.db or str(Path(tempfile.mkdtemp(prefix="techties-bench-")) / "web.sqlite")
    if "://" not in url:
        url = f"sqlite:///{url}"
    store = Store.open(url)
    label = database_label(url)
    if store.count_events() == 0:
        seconds = build(store, args.events)
        print(f"built {args.events:,} events in {seconds:.0f} s: {label}")
    total = store.count_events()
    print(f"store: {total:,} events, {label}")
    client = TestClient(create_app(store=store), base_url="http://127.0.0.1")
    print(f"\n{'page':50} {'median ms':>10} {'p90 ms':>8}  goal {GOAL_MS} ms")
    failed = False
    for name, page in PAGES:
        if args.only and not any(part in name for part in args.only):
            continue
        times = sorted(measure(client, page, args.requests))
        median = statistics.median(times)
        p90 = times[min(len(times) - 1, int(len(times) * 0.9))]
        core = "everything, all time" not in name
        mark = "ok" if median < GOAL_MS else ("SLOW" if core else "over (not a goal page)")
        failed |= core and median >= GOAL_MS
        print(f"{name:50} {median:10.1f} {p90:8.1f}  {mark}")
    store.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
