"""A limit on guessing passwords and API tokens, kept in the server's memory.

After `max_failures` failed sign-ins or token uses within `window` seconds from one client
address, or for one account, that client or account is answered 429 (with Retry-After)
for `window` seconds without its guess being checked. A success clears the account's
count, not the client's, so one valid account cannot reset a guesser's address.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import deque
from collections.abc import Callable

log = logging.getLogger(__name__)
MAX_KEYS = 10_000  # past this many tracked clients and accounts, the idle ones are dropped


class Throttle:
    def __init__(self, max_failures: int, window: float,
                 clock: Callable[[], float] = time.monotonic):
        self.max_failures = max(1, max_failures)
        self.window = window
        self.clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._blocked: dict[str, float] = {}
        self._lock = threading.Lock()  # sync routes run in a thread pool

    def wait(self, *keys: str) -> int:
        """Whole seconds before any of `keys` may try again; 0 when all may now."""
        now = self.clock()
        with self._lock:
            left = max((self._blocked.get(key, 0.0) - now for key in keys), default=0.0)
        return math.ceil(left) if left > 0 else 0

    def fail(self, *keys: str) -> None:
        """Count one failure against each of `keys`, blocking those that reach the limit."""
        now = self.clock()
        with self._lock:
            self._count(now, keys)

    def _count(self, now: float, keys: tuple[str, ...]) -> None:
        if len(self._failures) > MAX_KEYS:
            self._forget(now)
        for key in keys:
            times = self._failures.setdefault(key, deque())
            times.append(now)
            while times and times[0] <= now - self.window:
                times.popleft()
            if len(times) >= self.max_failures:
                self._blocked[key] = now + self.window
                times.clear()
                log.warning("%d failed sign-ins or tokens for %s within %g s: refused for %g s",
                            self.max_failures, key, self.window, self.window)

    def clear(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)
            self._blocked.pop(key, None)

    def _forget(self, now: float) -> None:
        for key in [k for k, t in self._failures.items() if not t or t[-1] <= now - self.window]:
            del self._failures[key]
        for key in [k for k, until in self._blocked.items() if until <= now]:
            del self._blocked[key]
