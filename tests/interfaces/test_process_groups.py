"""The servers a test starts die with everything they spawned, when the fixture ends and when
the run is stopped by a signal."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from .process_groups import ProcessGroups

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")

# a leader that spawns a child of its own, as `dask worker` spawns its worker processes
LEADER_AND_CHILD = ["sh", "-c", "sleep 120 & wait"]


def _alive(group: int) -> bool:
    """Whether a process of the group still runs (a zombie waiting for its reaper does not)."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended meanwhile
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            return True
    return False


def _started(groups: ProcessGroups) -> int:
    process = groups.start(LEADER_AND_CHILD)
    time.sleep(0.3)  # the child is spawned
    assert _alive(process.pid)
    return process.pid


def test_stop_kills_each_group_with_its_children() -> None:
    groups = ProcessGroups()
    group = _started(groups)
    groups.stop()
    assert not _alive(group)
    groups.stop()  # a second stop (atexit after the fixture's finally) does nothing


def test_a_terminated_run_stops_the_groups_first() -> None:
    groups = ProcessGroups()
    if groups._previous.get(signal.SIGTERM) != signal.SIG_DFL:
        groups.stop()
        pytest.skip("SIGTERM is handled by the runner here, or this is not the main thread")
    group = _started(groups)
    with pytest.raises(SystemExit):
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # the handler runs at the next instruction
    assert not _alive(group)
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
