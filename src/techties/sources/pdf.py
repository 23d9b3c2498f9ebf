"""Reader for PDF files: the text layer of every page, via pypdf."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator

from techties.exceptions import ItemError
from techties.records import RawDocument
from techties.sources.payload import Payload, ReadOptions
from techties.sources.text import first_line_title

# titles that authoring tools write when the author gave none
PLACEHOLDER_TITLE = re.compile(
    r"^(?:untitled.*|document\d*|microsoft word - .*|.*\.(?:docx?|odt|pdf|indd|rtf))$", re.I)
# pypdf logs every repaired cross-reference table; a broken file is reported once, as an ItemError
logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(payload: Payload, options: ReadOptions) -> Iterator[RawDocument]:
    from pypdf import PdfReader  # imported here: most runs read no PDF
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(payload.data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ItemError(payload.source, "PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
        metadata_title = reader.metadata.title if reader.metadata else None
    except ItemError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        # pypdf raises plain Python errors as well as its own on damaged files
        detail = f"{type(exc).__name__}: {exc}"
        raise ItemError(payload.source, f"not a readable PDF ({detail})") from None
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise ItemError(payload.source, "PDF has no extractable text")
    title = str(metadata_title).strip() if metadata_title else None
    if title and PLACEHOLDER_TITLE.match(title):
        title = None
    yield RawDocument(source=payload.source, url=payload.url, title=title or first_line_title(text),
                      text=text, source_kind=payload.kind)
