"""The kinds of source (official, state media …), declared once in `source_kinds.yaml`.

The curated record, the watch list, the host table, the filters of the web and the API,
and the briefs all read the kinds and their labels from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from techties.exceptions import ModelError


@dataclass(frozen=True)
class SourceKind:
    value: str
    label: str
    description: str
    watched: bool  # whether a watched feed may be of this kind (a court is no feed)


@cache
def source_kinds() -> tuple[SourceKind, ...]:
    text = resources.files("techties.model").joinpath("source_kinds.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    try:
        kinds = tuple(SourceKind(k["value"], k["label"], k["description"].strip(), bool(k["watched"]))
                      for k in raw["kinds"])
    except (KeyError, TypeError) as exc:
        raise ModelError(f"source_kinds.yaml: each kind needs value, label, description, watched ({exc})") from exc
    if len({k.value for k in kinds}) != len(kinds):
        raise ModelError("source_kinds.yaml: a kind is listed twice")
    return kinds


SOURCE_KINDS: tuple[str, ...] = tuple(k.value for k in source_kinds())
WATCHED_KINDS: tuple[str, ...] = tuple(k.value for k in source_kinds() if k.watched)
KIND_LABELS: dict[str, str] = {k.value: k.label for k in source_kinds()}
