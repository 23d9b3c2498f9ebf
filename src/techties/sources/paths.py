"""The name a local file is known by: its absolute path, as text any database can store."""

from __future__ import annotations

import os
from pathlib import Path

from techties.storable import storable


def source_name(path: Path | str) -> str:
    """The absolute path of `path` ("a/../b" and "b" are one file; symlinks are kept as named);
    undecodable bytes of a name are written as \\xNN escapes."""
    return storable(os.path.abspath(path))
