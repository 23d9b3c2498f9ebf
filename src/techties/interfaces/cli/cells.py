"""How a value reads in a terminal table: empty for nothing, yes/no for flags, two decimals
for scores, lists joined; never Python's None, True or 0.7999999999999999."""

from __future__ import annotations

from typing import Any


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list | tuple | set):
        return ", ".join(cell(v) for v in value)
    return str(value)
