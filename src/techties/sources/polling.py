"""Politeness for polling: when a source is next due, how long a failing one waits, and
how far apart two requests to one host must be.

A failing source waits exponentially longer after each consecutive failure (its interval,
doubled each time, capped), with jitter so that sources that failed together (one outage)
do not all come back in the same second. Pure functions and a small clock-driven limiter,
so that the schedule is tested without sleeping.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import datetime, timedelta

MAX_BACKOFF = 24 * 3600.0  # a source failing for days is still tried once a day
HOST_SPACING = 2.0  # seconds between two requests to one host


def backoff_delay(interval: float, failures: int, *, cap: float = MAX_BACKOFF,
                  rng: random.Random | None = None) -> float:
    """Seconds to wait after the `failures`-th consecutive failure (1 for the first).

    "Equal jitter": half of min(cap, interval · 2^(failures-1)) for sure, plus up to as much
    again at random; never less than half the interval, never more than the cap.
    """
    if failures <= 0:
        return interval
    ceiling = min(cap, interval * 2 ** min(failures - 1, 32))
    draw = (rng or random).random()
    return ceiling / 2 + draw * ceiling / 2


def next_poll(now: datetime, interval: float, failures: int, *,
              rng: random.Random | None = None) -> datetime:
    """When a source is due again: after its interval, or after its backoff while failing."""
    delay = backoff_delay(interval, failures, rng=rng) if failures else interval
    return now + timedelta(seconds=delay)


class HostLimiter:
    """Keeps requests to one host at least `spacing` seconds apart (feeds and the article
    pages they link to are often on one host)."""

    def __init__(self, spacing: float = HOST_SPACING, *,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], object] = time.sleep):
        self.spacing = spacing
        self._clock = clock
        self._sleep = sleep
        self._last: dict[str, float] = {}

    def wait_time(self, host: str) -> float:
        """Seconds to wait before `host` may be asked again (0 when it may be now)."""
        last = self._last.get(host.lower())
        if last is None:
            return 0.0
        return max(0.0, last + self.spacing - self._clock())

    def acquire(self, host: str) -> None:
        """Wait until `host` may be asked, then note the request."""
        wait = self.wait_time(host)
        if wait > 0:
            self._sleep(wait)
        self._last[host.lower()] = self._clock()
