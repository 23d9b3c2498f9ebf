"""Time and peak memory of one very large document through `techties ingest` (issue 12).

    python benchmarks/bench_big_document.py [--text-mb 19] [--html-mb 10]

Each case runs in its own process so that its peak resident memory is its own. Goal:
seconds, not minutes, and memory a few times the input, with the text cut to
TECHTIES_MAX_TEXT_CHARS and the cut reported.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = ("Rosatom and CNNC signed a contract in Beijing to supply fuel assemblies for the fast "
         "reactor the companies said on Monday while Roscosmos and CNSA discussed a station").split()


def _paragraphs(size: int) -> list[str]:
    rng = random.Random(1)
    out, total = [], 0
    while total < size:
        para = " ".join(rng.choice(WORDS) for _ in range(80)) + "."
        out.append(para)
        total += len(para) + 2
    return out


def _run(path: Path, folder: Path) -> dict:
    code = ("import json, resource, sys, time\n"
            "from techties.interfaces.ingest import run_ingest\n"
            "from techties.store.store import Store\n"
            f"store = Store.open('sqlite:///{folder / 'b.sqlite'}')\n"
            "start = time.perf_counter()\n"
            f"report = run_ingest([{str(path)!r}], store)\n"
            "print(json.dumps({'seconds': round(time.perf_counter() - start, 1),\n"
            "  'peak_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,\n"
            "  'cut': len(report.warnings), 'failed': len(report.failures)}))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--text-mb", type=float, default=19)
    parser.add_argument("--html-mb", type=float, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        text = folder / "dump.txt"
        text.write_text("A dump\n\n" + "\n\n".join(_paragraphs(int(args.text_mb * 1e6))), encoding="utf-8")
        html = folder / "page.html"
        body = "".join(f"<div><p>{p}</p></div>\n" for p in _paragraphs(int(args.html_mb * 1e6)))
        html.write_text(f"<html><head><title>Page</title></head><body>{body}</body></html>", encoding="utf-8")
        for path in (text, html):
            start = time.perf_counter()
            result = _run(path, folder)
            print(f"{path.name}: {path.stat().st_size / 1e6:.1f} MB -> {result} "
                  f"({time.perf_counter() - start:.1f} s with start-up)")
            (folder / "b.sqlite").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
