"""Where extraction runs: in this process, in local worker processes, or on a Dask cluster.

`extract` and `ingest` hand chunks of documents to `OrderedMap`, which keeps a bounded
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
from typing import Any, Generic, TypeVar

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

    def map(self, fn: Callable[[T], R], chunks: Iterable[T], ahead: int = 0) -> OrderedMap[T, R]:
        """`ahead`: chunks the caller may take at once before it reads on (ingest's writer
        takes a batch): they are kept in flight besides, so workers never wait for it."""
        return OrderedMap(self.executor, fn, chunks, self.workers * IN_FLIGHT_PER_WORKER + ahead)


class OrderedMap(Iterator[R], Generic[T, R]):
    """fn over each chunk, results in input order, at most `window` chunks submitted ahead:
    the input is read lazily, so a file of millions of documents is never held in memory.
    `fill` sends the first chunks before the caller reads any result (ingest's workers
    extract while its writer opens the store)."""

    def __init__(self, executor: Executor | None, fn: Callable[[T], R], chunks: Iterable[T],
                 window: int):
        self.executor, self.fn, self.window = executor, fn, window
        self._chunks = iter(chunks)
        self._pending: deque[Future[R]] = deque()
        self._ended = False

    def fill(self) -> None:
        """Submit chunks until `window` are in flight or the input ends."""
        if self.executor is None:
            return
        while len(self._pending) < self.window and not self._ended:
            chunk = next(self._chunks, _END)
            if chunk is _END:
                self._ended = True
            else:
                self._pending.append(self.executor.submit(self.fn, chunk))  # type: ignore[arg-type]

    def draining(self) -> bool:
        """Whether every chunk is sent and the next result is not back yet: the last results
        are on their way, and a caller that holds some may use the wait (ingest's writer
        saves what it has, rather than save it all alone once the workers are done). It
        first sends what the window has room for, as reading the next result would; the
        end of the input is seen once the window has room after the last chunk."""
        if self.executor is None:
            return False
        self.fill()
        return self._ended and bool(self._pending) and not self._pending[0].done()

    def __next__(self) -> R:
        if self.executor is None:
            return self.fn(next(self._chunks))
        self.fill()
        if not self._pending:
            raise StopIteration
        return self._pending.popleft().result()


_END = object()


@contextmanager
def runner(workers: int | None = None, dask: str | None = None,
           initializer: Callable[[], None] | None = None) -> Iterator[Runner]:
    """A runner for `workers` local processes (default: one per core; 1 runs in this process),
    or for the Dask cluster whose scheduler is at `dask` (tcp://host:8786)."""
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
    if initializer is not None and multiprocessing.get_start_method() == "fork":
        # once here, not once a worker: forked workers share what it built (the lexicons, the
        # tagger's models), and gc.freeze keeps their collections off it (and its pages shared)
        initializer()
        gc.freeze()
        frozen = True
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
