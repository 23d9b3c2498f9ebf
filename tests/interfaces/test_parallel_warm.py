"""Forked workers are warmed once, in the parent, and inherit what it built."""

import gc
import multiprocessing
import os

import pytest

from techties.interfaces.parallel import runner

WARMED: list[int] = []  # the processes the initializer ran in, as each process sees it


def _warm() -> None:
    WARMED.append(os.getpid())


def _warmed_here(_: int) -> list[int]:
    return list(WARMED)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="workers are forked on Linux only")
def test_the_parent_warms_before_forking_and_workers_inherit_it() -> None:
    WARMED.clear()
    with runner(2, initializer=_warm) as run:
        seen = list(run.map(_warmed_here, [1, 2, 3, 4]))
    assert WARMED == [os.getpid()]  # in this process, once
    assert all(s[0] == os.getpid() for s in seen)  # each worker started with it done
    assert gc.get_freeze_count() == 0  # frozen for the fork only


def test_one_worker_warms_in_this_process() -> None:
    WARMED.clear()
    with runner(1, initializer=_warm) as run:
        assert list(run.map(_warmed_here, [1])) == [[os.getpid()]]
