"""Document tests keep the language model's cache folder inside a temporary data directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True, scope="session")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("techties-data")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TECHTIES_DATA_DIR", str(path))
        yield path
