"""Fixtures of the web tests: a copy of the sample store and the app over it, in process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from techties.interfaces.web.app import create_app

from .sample_store import sample_copy


@pytest.fixture
def sample_url(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    return sample_copy(tmp_path_factory.getbasetemp() / "sample-template", tmp_path / "web.sqlite")


@pytest.fixture
def client(sample_url: str) -> Iterator[TestClient]:
    """The app on loopback with no user: single-user mode."""
    with TestClient(create_app(sample_url), base_url="http://127.0.0.1") as c:
        yield c


@pytest.fixture
def public_client(sample_url: str) -> Iterator[TestClient]:
    """The app as bound to every address: a login is required."""
    with TestClient(create_app(sample_url, host="0.0.0.0"), base_url="http://127.0.0.1") as c:
        yield c
