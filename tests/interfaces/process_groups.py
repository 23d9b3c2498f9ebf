"""Server processes a test starts (a Dask scheduler and its workers), each in its own process
group, stopped with everything they spawned however the session ends: by the fixture's
`finally`, at interpreter exit (`atexit`), or on SIGTERM or SIGHUP (an interrupted or
killed test run), so that no scheduler or worker outlives the tests."""

from __future__ import annotations

import atexit
import os
import signal
import subprocess
import threading
from collections.abc import Sequence
from types import FrameType
from typing import Any

STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


class ProcessGroups:
    """Start processes each in a new session (its own process group); `stop` kills the groups."""

    def __init__(self) -> None:
        self.started: list[subprocess.Popen[bytes]] = []
        self._previous: dict[int, Any] = {}
        atexit.register(self.stop)
        if threading.current_thread() is threading.main_thread():
            for number in STOP_SIGNALS:
                self._previous[number] = signal.signal(number, self._on_signal)

    def start(self, command: Sequence[str], **options: Any) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(list(command), stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True, **options)
        self.started.append(process)
        return process

    def stop(self) -> None:
        """Terminate every group (the latest started first), then kill what is left. Safe to
        call twice; restores the signal handlers it replaced."""
        started, self.started = self.started, []
        for process in reversed(started):
            _signal_group(process, signal.SIGTERM)
        for process in started:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                _signal_group(process, signal.SIGKILL)
                process.wait(timeout=30)
            _signal_group(process, signal.SIGKILL)  # children left behind by the leader
        atexit.unregister(self.stop)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._previous = {}

    def _on_signal(self, number: int, frame: FrameType | None) -> None:
        previous = self._previous.get(number)
        self.stop()
        if callable(previous):
            previous(number, frame)
        else:  # the default action: end the run, as the signal would have
            raise SystemExit(128 + number)


def _signal_group(process: subprocess.Popen[bytes], number: int) -> None:
    try:
        os.killpg(process.pid, number)
    except ProcessLookupError:  # the group is gone already
        pass
