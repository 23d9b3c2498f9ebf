"""Batched, parallel ingest leaves the store exactly as a one-at-a-time ingest does: the same
documents, events, duplicate links and merged clusters, on SQLite and PostgreSQL; a killed
run resumes to that result, and re-running adds nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from tests.postgres_databases import pg_database

from techties.interfaces.ingest import run_ingest
from techties.model.loader import load_actors
from techties.store.store import Store

from .ingest_corpus import write_corpus
from .store_contents import store_contents


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def urls(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """Two empty stores of one backend: one for the reference ingest, one for the other."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'one.sqlite'}", f"sqlite:///{tmp_path / 'other.sqlite'}"
        return
    first = request.getfixturevalue("pg_url")
    server = request.getfixturevalue("pg_server")
    with pg_database(server, make_url(first).database + "_b") as second:
        yield first, second


def _store(url: str) -> Store:
    store = Store.open(url)
    store.sync_actors(load_actors())
    return store


def _one_at_a_time(url: str, corpus: Path) -> dict:
    with _store(url) as store:
        report = run_ingest([str(corpus)], store, workers=1, batch_size=1)
        return {"report": report.as_dict(), "store": store_contents(store)}


def test_batches_in_worker_processes_store_what_one_at_a_time_stores(urls: tuple[str, str],
                                                                      tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "news.jsonl")
    expected = _one_at_a_time(urls[0], corpus)
    contents = expected["store"]
    assert any(d[7] for d in contents["documents"]), "the corpus has duplicates"
    assert any(e[11] for e in contents["events"]), "the corpus has reports that merge"
    assert contents["failures"], "the corpus has broken lines"
    with _store(urls[1]) as store:
        # batches of 7 cut through runs of duplicates and retellings of one happening
        report = run_ingest([str(corpus)], store, workers=2, batch_size=7)
        assert report.as_dict() == expected["report"]
        assert store_contents(store) == contents
        again = run_ingest([str(corpus)], store, workers=2, batch_size=7)
        assert (again.added, again.skipped) == (0, expected["report"]["added"])
        assert store_contents(store) == contents, "re-running adds nothing"


def test_a_store_grown_batch_by_batch_equals_one_grown_document_by_document(
        urls: tuple[str, str], tmp_path: Path) -> None:
    """Documents of earlier runs are duplicates and merge partners of later batches."""
    corpus = write_corpus(tmp_path / "news.jsonl")
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    first = tmp_path / "first.jsonl"
    first.write_text("".join(lines[:23]), encoding="utf-8")
    with _store(urls[0]) as store:
        for part in (first, corpus):
            run_ingest([str(part)], store, workers=1, batch_size=1)
        expected = store_contents(store)
    with _store(urls[1]) as store:
        for part in (first, corpus):
            run_ingest([str(part)], store, batch_size=5)  # in this process
        assert store_contents(store) == expected


def test_a_batch_the_database_refuses_is_saved_one_document_at_a_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = write_corpus(tmp_path / "news.jsonl", count=30)
    expected = _one_at_a_time(f"sqlite:///{tmp_path / 'one.sqlite'}", corpus)

    def refused(*args: object, **kwargs: object) -> None:
        raise ValueError("a value this database cannot hold")

    monkeypatch.setattr(Store, "save_documents", refused)
    with _store(f"sqlite:///{tmp_path / 'other.sqlite'}") as store:
        report = run_ingest([str(corpus)], store, batch_size=10)
        assert report.as_dict() == expected["report"]
        assert store_contents(store) == expected["store"]


def _count_documents(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM documents")).scalar() or 0)
    except Exception:  # the store is still being created
        return 0
    finally:
        engine.dispose()


def test_a_killed_ingest_resumes_to_the_same_result(urls: tuple[str, str], tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "news.jsonl", count=150)
    expected = _one_at_a_time(urls[0], corpus)
    with _store(urls[1]):
        pass
    command = [sys.executable, "-m", "techties.interfaces.cli.app", "ingest", str(corpus),
               "--db", urls[1], "--workers", "2", "--batch-size", "5", "--json"]
    # its own process group, so that the kill takes its worker processes too
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    try:
        deadline = time.monotonic() + 120
        while _count_documents(urls[1]) == 0 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    saved = _count_documents(urls[1])
    assert 0 < saved < len(expected["store"]["documents"]), "killed mid-way"
    with _store(urls[1]) as store:
        resumed = run_ingest([str(corpus)], store, workers=2, batch_size=5)
        assert resumed.skipped == saved and resumed.added == expected["report"]["added"] - saved
        assert store_contents(store) == expected["store"]


def test_a_sentence_that_dates_several_happenings_is_stored_with_each(tmp_path: Path) -> None:
    """Its events once shared one id, and the store refused the whole document."""
    story = tmp_path / "units.txt"
    story.write_text("Rosatom and China National Nuclear Corporation launched the construction of the "
                     "fifth unit of the Beishan nuclear power plant in March 2024. The second unit of "
                     "the Beishan plant was launched in October 2012, while the third in May 2015, "
                     "and the fourth in 2018.\n", encoding="utf-8")
    with _store(f"sqlite:///{tmp_path / 'units.sqlite'}") as store:
        report = run_ingest([str(story)], store, batch_size=10)
        assert (report.added, report.failures) == (1, [])
        with store.engine.connect() as conn:
            dates = sorted(conn.execute(text("SELECT date FROM events WHERE type = 'pilot'")).scalars())
    assert dates == ["2012-10", "2015-05", "2018", "2024-03"]
