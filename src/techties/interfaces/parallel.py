"""Where extraction runs: in this process, in local worker processes, or on a Dask cluster.

`extract` and `ingest` hand chunks of documents to `ordered_map`, which keeps a bounded
number of chunks in flight and gives the results back in input order, whichever runs them.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from functools import partial
from typing import Any, TypeVar

from techties.exceptions import RunAbort

T = TypeVar("T")
R = TypeVar("R")
IN_FLIGHT_PER_WORKER = 3  # chunks queued per worker: enough to keep it busy, little memory


def default_workers() -> int:
    """The machine's cores (the CPUs this process may run on)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class Runner:
    """An executor (None: run in this process) and how many chunks to keep in flight."""

    def __init__(self, executor: Executor | None, workers: int):
        self.executor, self.workers = executor, workers

    def map(self, fn: Callable[[T], R], chunks: Iterable[T], ahead: int = 0) -> Iterator[R]:
        """`ahead`: chunks the caller may take at once before it reads on (ingest's writer
        takes a batch): they are kept in flight besides, so workers never wait for it."""
        return ordered_map(self.executor, fn, chunks, self.workers * IN_FLIGHT_PER_WORKER + ahead)


def ordered_map(executor: Executor | None, fn: Callable[[T], R], chunks: Iterable[T],
                window: int) -> Iterator[R]:
    """fn over each chunk, results in input order, at most `window` chunks submitted ahead:
    the input is read lazily, so a file of millions of documents is never held in memory."""
    if executor is None:
        yield from map(fn, chunks)
        return
    pending: deque[Future[R]] = deque()
    for chunk in chunks:
        pending.append(executor.submit(fn, chunk))
        while len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _ready() -> None:
    """A task that does nothing: submitting it starts the workers."""


def _warm_and_freeze(initializer: Callable[[], None]) -> None:
    """A worker's own warm-up; gc.freeze keeps its collections off what it built."""
    initializer()
    gc.freeze()


@contextmanager
def runner(workers: int | None = None, dask: str | None = None,
           initializer: Callable[[], None] | None = None, *,
           warm_here: bool = True) -> Iterator[Runner]:
    """A runner for `workers` local processes (default: one per core; 1 runs in this process),
    or for the Dask cluster whose scheduler is at `dask` (tcp://host:8786).

    `warm_here`: run `initializer` once in this process and fork the workers from it, so they
    share what it built (extract has nothing else to do meanwhile). False: the workers start
    at once and each warms itself, while this process goes on with work of its own (ingest
    opens its store and reads its near-duplicate index meanwhile, not before the workers
    start)."""
    if dask:
        with _dask_runner(dask) as dask_runner:
            yield dask_runner
        return
    count = workers if workers is not None else default_workers()
    if count < 1:
        raise RunAbort(f"--workers must be at least 1, not {count}")
    if count == 1:
        if initializer is not None:
            initializer()
        yield Runner(None, 1)
        return
    frozen = False
    if initializer is not None and not warm_here:
        pool = ProcessPoolExecutor(max_workers=count, initializer=partial(_warm_and_freeze, initializer))
        pool.submit(_ready)  # the workers fork now and warm while the caller goes on
    elif initializer is not None and multiprocessing.get_start_method() == "fork":
        # once here, not once a worker: forked workers share what it built (the lexicons, the
        # tagger's models), and gc.freeze keeps their collections off it (and its pages shared)
        initializer()
        gc.freeze()
        frozen = True
        pool = ProcessPoolExecutor(max_workers=count, initializer=initializer)
    else:
        pool = ProcessPoolExecutor(max_workers=count, initializer=initializer)
    try:
        yield Runner(pool, count)
    except BrokenProcessPool as exc:  # a worker was killed (out of memory, a signal)
        raise RunAbort(f"a worker process died ({exc}); what was saved is kept: run the same "
                       "command again to go on") from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # on Ctrl-C, queued chunks are dropped
        if frozen:
            gc.unfreeze()  # a long-running caller (watch) collects as before


@contextmanager
def _dask_runner(address: str) -> Iterator[Runner]:
    try:
        from distributed import Client
    except ImportError:
        raise RunAbort("--dask needs Dask's distributed scheduler: pip install 'techties[dask]'") from None
    try:
        client = Client(address, timeout=10, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise RunAbort(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        workers = sum(_thread_counts(client.scheduler_info(n_workers=-1)))
        if not workers:
            raise RunAbort(f"the Dask scheduler at {address} has no workers")
        yield Runner(client.get_executor(pure=False), workers)
    finally:
        client.close()


def _thread_counts(info: dict[str, Any]) -> Sequence[int]:
    return [int(w.get("nthreads", 1)) for w in info.get("workers", {}).values()]
