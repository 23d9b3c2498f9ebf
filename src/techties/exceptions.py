"""Two levels of error: a bad item is skipped and reported, a broken run stops."""

from __future__ import annotations


class TechtiesError(Exception):
    """Root of every error techties raises on purpose."""


class ItemError(TechtiesError):
    """One input item (a file, a feed entry, a URL) is unusable; log it, skip it, go on."""

    def __init__(self, source: str, message: str):
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message

    def __reduce__(self) -> tuple[type[ItemError], tuple[str, str]]:
        # travels back from ingest's worker processes
        return type(self), (self.source, self.message)


class RunAbort(TechtiesError):
    """The run cannot go on (bad configuration, unreachable database); stop with one message."""


class ModelError(RunAbort):
    """A vocabulary or knowledge-base file is malformed; raised at load time, never later."""


class StoreUnavailable(RunAbort):
    """The database itself failed (connection lost, locked, disk full), not what was written:
    raised at the store's boundary in place of the driver's error, so that callers tell the
    two apart without importing SQLAlchemy."""
