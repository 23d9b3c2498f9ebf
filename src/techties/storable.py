"""Text that every database can store: lone surrogates written out as escapes.

A file name that is not valid UTF-8 reaches Python with lone surrogates standing for
its undecodable bytes, and JSON's "\\ud800" decodes to one; no database driver can
encode them. Escaping keeps such a name stable between runs and readable in reports.
"""

from __future__ import annotations

import re

SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte, as os.fsdecode() smuggles it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\u{code:04x}"


def storable(text: str) -> str:
    """`text` with lone surrogates written as \\xNN (an undecodable byte) or \\uNNNN escapes."""
    return SURROGATE.sub(_escape, text)
