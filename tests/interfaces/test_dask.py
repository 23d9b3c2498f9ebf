"""Extraction on a Dask cluster: a real `dask scheduler` and `dask worker` on loopback give the
lines of a local run, and `ingest --dask` stores what a local ingest stores, in PostgreSQL."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from techties.interfaces.cli.app import app
from techties.interfaces.ingest import run_ingest
from techties.model.loader import load_actors
from techties.store.store import Store

from .ingest_corpus import write_corpus
from .process_groups import ProcessGroups
from .store_contents import store_contents

pytest.importorskip("distributed")
runner = CliRunner()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for_port(port: int, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "the Dask scheduler stopped"
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("the Dask scheduler did not start")


def _dask_command() -> list[str]:
    found = shutil.which("dask", path=os.path.dirname(sys.executable)) or shutil.which("dask")
    assert found, "the dask command comes with techties[dask]"
    return [found]


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A scheduler and one worker of two processes on loopback, for the module's tests; their
    process groups are killed however the session ends (see process_groups)."""
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    groups = ProcessGroups()
    try:
        first = groups.start(
            [*_dask_command(), "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
            env=env)
        _wait_for_port(port, first)
        address = f"tcp://127.0.0.1:{port}"
        groups.start(
            [*_dask_command(), "worker", address, "--host", "127.0.0.1", "--nworkers", "2", "--nthreads", "1",
             "--no-dashboard"], env=env)
        from distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        groups.stop()


def test_extract_on_a_dask_cluster_gives_the_lines_of_a_local_run(scheduler: str, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "news.jsonl", count=40)
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    runner.invoke(app, ["extract", str(corpus), "-o", str(local), "--workers", "1"])
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(remote), "--dask", scheduler])
    assert result.exit_code == 1, result.output  # the corpus has broken lines: they are reported
    lines = remote.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 36 and lines == local.read_text(encoding="utf-8").splitlines()


@pytest.mark.postgres
def test_ingest_on_a_dask_cluster_stores_what_a_local_ingest_stores(scheduler: str, pg_url: str,
                                                                     tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "news.jsonl", count=40)
    with Store.open(f"sqlite:///{tmp_path / 'local.sqlite'}") as store:
        store.sync_actors(load_actors())
        run_ingest([str(corpus)], store, workers=1, batch_size=1)
        expected = store_contents(store)
    with Store.open(pg_url) as store:
        store.sync_actors(load_actors())
    result = runner.invoke(app, ["ingest", str(corpus), "--db", pg_url, "--dask", scheduler, "--json"])
    assert result.exit_code == 1, result.output  # broken lines are reported
    with Store.open(pg_url) as store:
        assert store_contents(store) == expected


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "news.jsonl", count=3)
    address = f"tcp://127.0.0.1:{_free_port()}"
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(tmp_path / "out.jsonl"), "--dask", address])
    assert result.exit_code != 0
    assert "cannot reach the Dask scheduler" in str(result.exception) + result.output
