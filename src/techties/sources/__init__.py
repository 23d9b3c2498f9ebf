"""Sources: files, folders, feeds and URLs become RawDocuments; bad items become ItemErrors."""

from techties.sources.registry import SOURCES, kind_of, read_payload
from techties.sources.targets import iter_raw_documents
from techties.sources.urls import Fetched, fetch_url

__all__ = ["SOURCES", "Fetched", "fetch_url", "iter_raw_documents", "kind_of", "read_payload"]
