"""An ingest's input, read and sent to the workers in chunks, in input order.

A key saved by an earlier run is not sent to be extracted again (re-running an ingest reads
its input and adds nothing): each chunk's keys are looked up in the store before it is
sent. The CLI starts the workers on the first chunks before the store is open, so that
extraction runs while the writer imports the store's modules, opens the store and reads
its near-duplicate index; those chunks go out unchecked, and `skip_saved` checks their
results once the store is there (at most one window of chunks is extracted twice when a
killed run is resumed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from techties.exceptions import ItemError
from techties.interfaces.ingest_work import Item, Known, Prepared, prepare_items
from techties.interfaces.parallel import OrderedMap, Runner
from techties.records import RawDocument
from techties.sources import iter_raw_documents

CHUNK = 16  # documents a worker takes at once
Chunk = list[RawDocument | ItemError | Known]
SavedKeys = Callable[[Iterable[str]], set[str]]


class Feed:
    """The chunks of one ingest and their results; `attach` names the store's look-up of
    saved keys, before which chunks are sent unchecked."""

    def __init__(self, targets: Iterable[str], run: Runner, *, batch_size: int,
                 allow_private: bool = False, follow_feed_links: bool = False):
        self._saved_keys: SavedKeys | None = None
        self.unchecked = 0  # chunks sent before the store's look-up was attached
        items = iter_raw_documents(list(targets), allow_private=allow_private,
                                   follow_feed_links=follow_feed_links)
        # the writer takes a batch at once: that many chunks are kept in flight besides
        self.results: OrderedMap[Chunk, list[Item]] = run.map(
            prepare_items, self._chunks(items), ahead=-(-batch_size // CHUNK))

    def start(self) -> None:
        """Send the first chunks now, before the store is open."""
        self.results.fill()

    def attach(self, saved_keys: SavedKeys) -> None:
        self._saved_keys = saved_keys

    def __iter__(self) -> Iterator[list[Item]]:
        """Each chunk's results in input order; the results of unchecked chunks with the
        saved ones turned into `Known`."""
        for index, results in enumerate(self.results):
            yield self.skip_saved(results) if index < self.unchecked else results

    def skip_saved(self, results: list[Item]) -> list[Item]:
        assert self._saved_keys is not None, "attach the store before reading results"
        saved = self._saved_keys(i.key for i in results if isinstance(i, Prepared))
        return [Known(i.key) if isinstance(i, Prepared) and i.key in saved else i for i in results]

    def _chunks(self, items: Iterable[RawDocument | ItemError]) -> Iterator[Chunk]:
        chunk: list[RawDocument | ItemError] = []
        for item in items:
            chunk.append(item)
            if len(chunk) >= CHUNK:
                yield self._known(chunk)
                chunk = []
        if chunk:
            yield self._known(chunk)

    def _known(self, chunk: list[RawDocument | ItemError]) -> Chunk:
        if self._saved_keys is None:
            self.unchecked += 1
            return list(chunk)
        saved = self._saved_keys(i.key for i in chunk if isinstance(i, RawDocument))
        return [Known(i.key) if isinstance(i, RawDocument) and i.key in saved else i for i in chunk]
