"""The local HTTP server fixture for source tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .localserver import LocalServer, serve


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with serve() as running:
        yield running
