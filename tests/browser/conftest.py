"""A live `techties serve` on a free port over a copy of the sample store, and Debian's
Chromium driven by Playwright (never a downloaded browser). Screenshots of every page go to
build/screenshots/; every console error fails the test that caused it."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from web.sample_store import sample_copy

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"]


# the `techties` command of this environment, as a user runs it
TECHTIES = [sys.executable, "-c", "from techties.interfaces.cli.app import main; main()"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class LiveServer:
    url: str
    db: str
    process: subprocess.Popen[bytes]
    log: Path

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def _serve(db: str, log: Path) -> LiveServer:
    for _attempt in range(3):  # another process may take the free port first
        port = _free_port()
        handle = log.open("wb")
        process = subprocess.Popen(
            [*TECHTIES, "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port)],
            stdout=handle, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            try:
                httpx.get(f"{url}/static/app.css", timeout=1)
                return LiveServer(url, db, process, log)
            except httpx.HTTPError:
                time.sleep(0.2)
        process.kill()
    raise RuntimeError(f"techties serve did not start: {log.read_text(errors='replace')[-2000:]}")


def _server(tmp_path_factory: pytest.TempPathFactory, name: str,
            users: list[tuple[str, str, str]]) -> Iterator[LiveServer]:
    folder = tmp_path_factory.mktemp(name)
    db = sample_copy(tmp_path_factory.getbasetemp() / "sample-template", folder / "live.sqlite")
    if users:
        from techties.store.accounts import Accounts
        from techties.store.store import Store

        with Store.open(db) as store:
            for username, password, role in users:
                Accounts(store.engine).add_user(username, password, role)
    server = _serve(db, folder / "server.log")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """Loopback, no user: single-user mode, as `techties demo` runs it."""
    yield from _server(tmp_path_factory, "live", [])


@pytest.fixture(scope="module")
def live_login(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server whose store has an analyst account: every page needs a login."""
    yield from _server(tmp_path_factory, "live-login", [("ana", "analyst-pass", "analyst")])


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (apt-get install chromium fonts-wqy-microhei)")
        pytest.skip("chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, headless=True,
                                              args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


@dataclass
class Console:
    """What the page said on its console and the dialogs it tried to open."""

    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture
def page(browser: Any) -> Iterator[tuple[Any, Console]]:
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, locale="en-GB",
                                  accept_downloads=True)
    tab = context.new_page()
    console = Console()
    tab.on("console", lambda m: console.errors.append(f"{m.type}: {m.text}") if m.type == "error" else None)
    tab.on("pageerror", lambda e: console.errors.append(f"pageerror: {e}"))

    def dialog(d: Any) -> None:
        console.dialogs.append(d.message)
        d.dismiss()

    tab.on("dialog", dialog)
    yield tab, console
    context.close()
    assert not console.errors, console.errors
    assert not console.dialogs, console.dialogs


def shot(tab: Any, name: str, full_page: bool = False) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    tab.screenshot(path=str(path), full_page=full_page)
    return path


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if SCREENSHOTS.is_dir() and any(SCREENSHOTS.glob("*.png")):
        terminalreporter.write_line(f"browser screenshots: {SCREENSHOTS}")
