"""What ingest shows while it runs: a bar with a total and time left on a terminal, progress
lines in a log when the output is a pipe or a file, so a long run is never silent."""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from techties.sources.targets import STREAMED_SUFFIXES, URL_LIKE, iter_files

# files whose number of items cannot be told without parsing them (a feed holds many entries)
UNCOUNTED_SUFFIXES = {".xml", ".rss", ".atom", ".opml"}
LOG_EVERY_S = 10.0


def missing_targets(targets: Iterable[str]) -> list[str]:
    """The named files and folders that do not exist (URLs are not checked here)."""
    return [t for t in targets if not URL_LIKE.match(t) and not Path(t).expanduser().exists()]


def _lines(path: Path) -> int:
    count, last = 0, b"\n"
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            count += chunk.count(b"\n")
            last = chunk[-1:]
    return count + (last != b"\n")


def expected_items(targets: Iterable[str]) -> int | None:
    """How many items the targets hold (a JSON Lines line is one), or None when it cannot be
    told cheaply (URLs, feeds)."""
    total = 0
    for target in targets:
        if URL_LIKE.match(target):
            return None
        path = Path(target).expanduser()
        files = list(iter_files(path)) if path.is_dir() else [path]
        for file in files:
            suffix = file.suffix.lower()
            if suffix in UNCOUNTED_SUFFIXES:
                return None
            try:
                total += _lines(file) if suffix in STREAMED_SUFFIXES else 1
            except OSError:
                total += 1  # unreadable: one failed item
    return total


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"


class IngestProgress:
    """Counts ingested items; draws a bar on a terminal, else writes a line now and then
    (every tenth of a known total, else every LOG_EVERY_S seconds) and one at the end."""

    def __init__(self, console: Console, total: int | None, every_s: float = LOG_EVERY_S):
        self.console, self.total, self.every_s = console, total, every_s
        self.done = 0
        self.started = self.last_line = time.monotonic()
        self.next_share = 1
        self.bar: Progress | None = None
        if console.is_terminal:
            self.bar = Progress(SpinnerColumn(), TextColumn("ingesting"), BarColumn(),
                                MofNCompleteColumn(), TimeElapsedColumn(),
                                TextColumn("left"), TimeRemainingColumn(),
                                console=console, transient=True)
            self.task = self.bar.add_task("ingesting", total=total)

    def __enter__(self) -> IngestProgress:
        if self.bar is not None:
            self.bar.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.bar is not None:
            self.bar.stop()
        elif exc_type is None and self.done:
            self._line(final=True)

    def advance(self, _key: str = "") -> None:
        self.done += 1
        if self.total is not None and self.done > self.total:
            self.total = None  # the count was short (a file held more items than one)
        if self.bar is not None:
            self.bar.update(self.task, advance=1, total=self.total)
            return
        now = time.monotonic()
        if self.total:
            share = self.done * 10 // self.total
            due = share >= self.next_share and self.done < self.total
            if due:
                self.next_share = share + 1
        else:
            due = False
        if due or now - self.last_line >= self.every_s:
            self._line()

    def _line(self, final: bool = False) -> None:
        self.last_line = now = time.monotonic()
        elapsed = now - self.started
        if final:
            text = f"ingest: {self.done} items in {_duration(elapsed)}"
        elif self.total:
            left = elapsed / self.done * (self.total - self.done)
            text = (f"ingest: {self.done}/{self.total} items ({100 * self.done // self.total}%), "
                    f"{_duration(elapsed)} elapsed, about {_duration(left)} left")
        else:
            text = f"ingest: {self.done} items, {_duration(elapsed)} elapsed"
        self.console.print(text, markup=False, highlight=False, soft_wrap=True)


def describe_missing(paths: list[str]) -> str:
    return "; ".join(f"no such file or folder: {os.path.abspath(os.path.expanduser(p))}" for p in paths)
