"""A headline that names its source after a dash ("Китай поставляет дроны — Еврокомиссия",
"Chips flow to Russia – Reuters"): what it reports is that source's word. When the source is
neither side (no party or country of China or Russia in it), shipments so reported are a third
party's claim (SCHEMA.md: alleged)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from techties.entities.gazetteer import Mention

# a dash with a space before it, then a short name to the end of the line
_SOURCE_TAIL = re.compile(r"\s[\u2014\u2013-]\s*([^\u2014\u2013]{2,40})$")


def third_party_source(text: str, start: int, mentions: Sequence[Mention]) -> bool:
    """Whether the headline `text` (at offset `start`) closes by naming a source that is
    neither side's party nor country."""
    m = _SOURCE_TAIL.search(text.rstrip())
    if not m:
        return False
    lo = start + m.start(1)
    return not any(x.start >= lo and x.sides for x in mentions)
