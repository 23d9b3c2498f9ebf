"""Small helpers shared by the source tests."""

from __future__ import annotations

from pathlib import Path

from techties.exceptions import ItemError
from techties.records import RawDocument
from techties.sources import iter_raw_documents


def read_all(*targets: str | Path, **options: bool) -> tuple[list[RawDocument], list[ItemError]]:
    """Every raw document and every error of the targets, in order."""
    docs: list[RawDocument] = []
    errors: list[ItemError] = []
    for item in iter_raw_documents([str(t) for t in targets], **options):
        if isinstance(item, ItemError):
            errors.append(item)
        else:
            docs.append(item)
    return docs, errors


def read_one(target: str | Path, **options: bool) -> RawDocument:
    docs, errors = read_all(target, **options)
    assert not errors, errors
    assert len(docs) == 1, docs
    return docs[0]


def read_error(target: str | Path, **options: bool) -> ItemError:
    docs, errors = read_all(target, **options)
    assert not docs, docs
    assert len(errors) == 1, errors
    return errors[0]
