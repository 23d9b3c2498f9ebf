"""Documents: the filtered documents table, one document with the events it yielded, its
text, the latest documents read and the items that failed to ingest."""

from __future__ import annotations

from techties.store import web_queries as wq
from techties.store.queries import DocumentRow, FailureRow
from techties.store.store import Store
from techties.store.web_queries import DocumentDetail, DocumentFilter, DocumentListRow

__all__ = ["DocumentDetail", "DocumentFilter", "DocumentListRow", "DocumentRow", "FailureRow",
           "detail", "failures", "latest", "listing", "text"]


def listing(store: Store, df: DocumentFilter) -> tuple[list[DocumentListRow], int]:
    """One page of the documents matching `df`, and how many match."""
    with store.engine.connect() as conn:
        return wq.list_documents(conn, df)


def detail(store: Store, document_id: str) -> DocumentDetail | None:
    with store.engine.connect() as conn:
        return wq.document_detail(conn, document_id)


def text(store: Store, document_id: str) -> str | None:
    with store.engine.connect() as conn:
        return wq.document_text(conn, document_id)


def latest(store: Store, limit: int = 100, offset: int = 0) -> list[DocumentRow]:
    """Documents, the latest read first (the CLI's list)."""
    return store.documents(limit=limit, offset=offset)


def failures(store: Store, limit: int = 100, offset: int = 0) -> list[FailureRow]:
    """Items that could not be ingested, with their latest error."""
    return store.failures(limit=limit, offset=offset)
