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

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

from techties.exceptions import ItemError
from techties.interfaces.ingest_work import Item, Known, Prepared, prepare_items
from techties.interfaces.parallel import OrderedMap, Runner
from techties.records import RawDocument
from techties.sources import iter_raw_documents

CHUNK = 16  # documents a worker takes at once
Chunk = list[RawDocument | ItemError | Known]
SavedKeys = Callable[[Iterable[str]], set[str]]
T = TypeVar("T", RawDocument | ItemError, Item)


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

    def draining(self) -> bool:
        """Every chunk is sent and the next result is not back yet (`OrderedMap.draining`)."""
        return self.results.draining()

    def attach(self, saved_keys: SavedKeys) -> None:
        self._saved_keys = saved_keys

    def __iter__(self) -> Iterator[list[Item]]:
        """Each chunk's results in input order; the results of unchecked chunks with the
        saved ones turned into `Known`."""
        for index, results in enumerate(self.results):
            yield self.skip_saved(results) if index < self.unchecked else results

    def skip_saved(self, results: list[Item]) -> list[Item]:
        assert self._saved_keys is not None, "attach the store before reading results"
        return _marked_known(results, Prepared, self._saved_keys)

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
        return _marked_known(chunk, RawDocument, self._saved_keys)


def _marked_known(items: Sequence[T], keyed: type[RawDocument] | type[Prepared],
                  saved_keys: SavedKeys) -> list[T | Known]:
    """`items` with each of kind `keyed` whose key the store holds replaced by `Known`: raw
    documents before they are sent, prepared ones when they were sent unchecked."""
    saved = saved_keys(i.key for i in items if isinstance(i, keyed))
    return [Known(i.key) if isinstance(i, keyed) and i.key in saved else i for i in items]
