"""What a reader is handed: the bytes of one file or download, and where they came from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Payload:
    """The bytes of one file or download.

    `source` is the absolute path or the URL as the user gave it; it becomes
    `RawDocument.source`, so it must not change between runs.
    """

    source: str
    data: bytes
    kind: str = "file"  # "file" or "url": becomes RawDocument.source_kind
    url: str | None = None  # the final URL after redirects, for downloads
    content_type: str = ""  # the media type a server declared, lower case, no parameters
    charset: str | None = None  # the charset a server declared

    @property
    def extension(self) -> str:
        """The lower-case suffix of the file or URL path (".html"), or ""."""
        path = urlsplit(self.source).path if self.kind == "url" else self.source
        return PurePosixPath(path.replace("\\", "/")).suffix.lower()


@dataclass(frozen=True)
class ReadOptions:
    """Choices that reach into readers: feeds may fetch the pages their entries link to."""

    allow_private: bool = False
    follow_feed_links: bool = False
