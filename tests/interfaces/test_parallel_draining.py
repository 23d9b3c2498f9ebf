"""`OrderedMap.draining`: ingest's writer saves what it holds while the last results are on
their way, so it is true only once the input is known to be all sent and the next result
is not back."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from techties.interfaces.parallel import OrderedMap


def test_draining_only_after_the_input_ends_and_while_the_next_result_is_out() -> None:
    gates = {n: threading.Event() for n in range(3)}

    def slow(n: int) -> int:
        gates[n].wait(10)
        return n * 10

    with ThreadPoolExecutor(max_workers=3) as pool:
        results = OrderedMap(pool, slow, iter(range(3)), window=2)
        results.fill()
        assert not results.draining()  # chunk 2 is still to be sent
        gates[0].set()
        assert next(results) == 0
        assert not results.draining()  # chunk 2 sent, but the end of the input not yet read
        gates[1].set()
        assert next(results) == 10
        assert results.draining()  # the input has ended and chunk 2 is not back
        gates[2].set()
        results._pending[0].result(10)
        assert not results.draining()  # chunk 2 is back: no wait to use
        assert next(results) == 20
        assert not results.draining()  # nothing left in flight


def test_a_map_run_in_this_process_never_drains() -> None:
    results = OrderedMap(None, lambda n: n, iter(range(2)), window=2)
    assert list(results) == [0, 1]
    assert not results.draining()
