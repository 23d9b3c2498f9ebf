"""Cue words that only name a field of cooperation inside a Chinese list of areas.

"在人才、技术、产业等方面" (in talent, technology, industry and other respects) and
"政策协调、人才培训、项目开发等领域" list the fields two sides mean to work in; none of the items
is a happening. A list closed by 等 and an area word (方面, 领域, 要素, 层面) is such a list,
while "签署了合作协议、备忘录等文件" (a list of documents signed) is not.
"""

from __future__ import annotations

import re

from techties.model.lexicon import Hit

_ITEM = r"[\u3400-\u9fff“”\"《》A-Za-z0-9]{1,12}"
_MANY = "(?:多个|多個|各|诸多|諸多|多|众多|眾多)?"
_AREA = "(?:方面|领域|領域|要素|层面|層面|范畴|範疇)"
_AREA_LIST = re.compile(rf"{_ITEM}(?:[、和与與及]{_ITEM})+等{_MANY}{_AREA}")


def area_list_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` lists fields of cooperation (Chinese only)."""
    return [m.span() for m in _AREA_LIST.finditer(text)]


def outside_area_lists(text: str, hits: list[Hit[str]]) -> list[Hit[str]]:
    """The type hits that do not fall inside a list of areas."""
    if "等" not in text:  # no list of areas without it; most documents are not Chinese
        return hits
    spans = area_list_spans(text)
    if not spans:
        return hits
    return [h for h in hits if not any(a <= h.start and h.end <= b for a, b in spans)]
