"""Shared fixtures: a fresh SQLite file and a fresh PostgreSQL database for each test.

PostgreSQL comes from TECHTIES_TEST_PG_URL (a role allowed to CREATE DATABASE; see
scripts/start_postgres.sh), else from a throwaway server started here when the
PostgreSQL binaries are installed. Without either, PostgreSQL tests are skipped, and
fail when CI is set, so that CI never passes without them.
"""

from __future__ import annotations

import glob
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.postgres_databases import pg_database

PG_URL_ENV = "TECHTIES_TEST_PG_URL"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "pg_url" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)


def _pg_bindir() -> Path | None:
    """The bin folder of the newest installed PostgreSQL, if any."""
    found = glob.glob("/usr/lib/postgresql/*/bin/initdb")

    def version(path: str) -> tuple[int, ...]:
        return tuple(int(n) for n in re.findall(r"\d+", Path(path).parent.parent.name))

    return Path(max(found, key=version)).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ThrowawayServer:
    """A PostgreSQL cluster in a temporary folder, on a free port, trusting local users.

    initdb refuses to run as root, so as root the folder goes to the `postgres` user and
    the server runs as that user.
    """

    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.dir = Path(tempfile.mkdtemp(prefix="techties-pg-"))
        self.data = self.dir / "data"
        self.port = 0
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self.dir, user.pw_uid, user.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        subprocess.run([*self.as_user, *args], check=True, capture_output=True, text=True)

    def start(self) -> str:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres",
                  "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync")
        for attempt in range(3):  # another process may take the free port first
            self.port = _free_port()
            options = (f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 "
                       "-c fsync=off -c synchronous_commit=off -c full_page_writes=off")
            try:
                self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l",
                          str(self.dir / "server.log"), "-o", options, "-w", "-t", "60", "start")
                break
            except subprocess.CalledProcessError:
                if attempt == 2:
                    raise
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                      "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """URL of a PostgreSQL server for the whole session (its own database is not used)."""
    configured = os.environ.get(PG_URL_ENV)
    if configured:
        yield configured
        return
    bindir = _pg_bindir()
    problem = None
    if bindir is None:
        problem = f"no PostgreSQL: set {PG_URL_ENV} or install postgresql"
    elif os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            problem = "running as root without a 'postgres' user to run initdb"
    if problem or bindir is None:
        if os.environ.get("CI"):
            pytest.fail(problem or "no PostgreSQL")
        pytest.skip(problem or "no PostgreSQL")
    server = ThrowawayServer(bindir)
    try:
        yield server.start()
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A new, empty PostgreSQL database for one test, dropped afterwards."""
    with pg_database(pg_server, f"techties_test_{uuid.uuid4().hex[:12]}") as url:
        yield url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A new SQLite file for one test."""
    return f"sqlite:///{tmp_path / 'techties.sqlite'}"
