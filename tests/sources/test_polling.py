"""Politeness of polling: exponential backoff with jitter, and spacing per host."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from techties.sources.polling import HostLimiter, backoff_delay, next_poll


def test_backoff_doubles_with_each_failure_within_its_jitter_and_is_capped() -> None:
    rng = random.Random(1)
    for failures, ceiling in [(1, 600), (2, 1200), (3, 2400), (4, 4800)]:
        delays = [backoff_delay(600, failures, rng=rng) for _ in range(200)]
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert max(delays) - min(delays) > ceiling / 4  # jittered, not one value
    assert backoff_delay(600, 60, cap=3600, rng=rng) <= 3600


def test_backoff_spreads_sources_that_failed_together() -> None:
    rng = random.Random(2)
    assert len({round(backoff_delay(900, 3, rng=rng)) for _ in range(20)}) > 15


def test_next_poll_is_the_interval_when_healthy() -> None:
    now = datetime(2026, 12, 6, tzinfo=UTC)
    assert next_poll(now, 1800, 0) == now + timedelta(seconds=1800)


def test_requests_to_one_host_are_spaced_and_other_hosts_do_not_wait() -> None:
    clock = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock[0] += seconds

    limiter = HostLimiter(2.0, clock=lambda: clock[0], sleep=sleep)
    limiter.acquire("tass.ru")
    limiter.acquire("ria.ru")
    assert slept == []
    clock[0] += 0.5
    limiter.acquire("TASS.ru")
    assert slept == [1.5]
    clock[0] += 5
    limiter.acquire("tass.ru")
    assert slept == [1.5]
