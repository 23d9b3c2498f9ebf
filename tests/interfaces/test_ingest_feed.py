"""The CLI sends an ingest's first chunks to the workers before its store is open: their
results are checked against the store once it is, so a re-run or a resumed run still adds
nothing it holds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from techties.interfaces.ingest import run_ingest
from techties.interfaces.ingest_feed import CHUNK, Feed
from techties.interfaces.ingest_work import Known, Prepared
from techties.interfaces.parallel import runner
from techties.model.loader import load_actors
from techties.store.store import Store

from .ingest_corpus import write_corpus


def test_chunks_sent_before_the_store_is_attached_have_their_saved_keys_skipped(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "news.jsonl", count=40)
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    corpus.write_text("".join(lines[:20]), encoding="utf-8")  # a first run reads the first half
    with Store.open(f"sqlite:///{tmp_path / 'store.sqlite'}") as store:
        store.sync_actors(load_actors())
        run_ingest([str(corpus)], store, workers=1)
        corpus.write_text("".join(lines), encoding="utf-8")
        with runner(2) as run:
            feed = Feed([str(corpus)], run, batch_size=CHUNK)
            feed.start()
            assert feed.unchecked > 0, "chunks went out before the store was attached"
            feed.attach(store.ingested_keys)
            items = [item for results in feed for item in results]
        keys = [i.key for i in items if isinstance(i, (Known, Prepared))]
        saved = store.ingested_keys(keys)
    assert saved, "the first run saved some of the corpus"
    assert {i.key for i in items if isinstance(i, Known)} == saved
    assert any(isinstance(i, Prepared) for i in items), "what the first run did not read is read"


def test_a_second_ingest_from_the_command_line_adds_nothing(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "news.jsonl", count=60)
    command = [sys.executable, "-m", "techties.interfaces.cli.app", "ingest", str(corpus),
               "--db", f"sqlite:///{tmp_path / 'store.sqlite'}", "--workers", "2", "--json"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    reports = []
    for _ in range(2):
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
        reports.append(json.loads(done.stdout[done.stdout.index("{"):]))
    first, second = reports
    assert first["added"] > 0
    assert second["added"] == 0 and second["skipped"] == first["added"]
