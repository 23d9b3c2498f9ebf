"""Statements over many values whose SQL does not change with how many there are.

`column.in_(ids)` writes one bound parameter per id: SQLAlchemy rewrites the SQL for each
call and the driver parses a new statement each time, which costs more than running it
when ingest asks about thousands of ids a batch. `any_of` sends all the values as one
parameter (a JSON array read by SQLite's json_each, a PostgreSQL array), so the statement is
compiled once and each call only binds a new value; `windows` does the same for rows of
several text values.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Dialect, String, TypeDecorator, bindparam
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import NullType, TypeEngine


class TextList(TypeDecorator[list[str]]):
    """A list of strings bound as one parameter: a JSON array on SQLite, text[] on PostgreSQL."""

    impl = String
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(ARRAY(String))
        return dialect.type_descriptor(String())

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        values = list(value or ())
        return values if dialect.name == "postgresql" else json.dumps(values, ensure_ascii=False)


class _AnyOf(ColumnElement[Any]):
    inherit_cache = True
    type = NullType()  # no `= 1` appended in a WHERE on SQLite, which would hide the index

    def __init__(self, column: ColumnElement[Any], values: Any):
        self.column, self.values = column, values

    _traverse_internals = [("column", InternalTraversal.dp_clauseelement),
                           ("values", InternalTraversal.dp_clauseelement)]


@compiles(_AnyOf, "postgresql")
def _any_of_postgresql(element: _AnyOf, compiler: Any, **kw: Any) -> str:
    return f"{compiler.process(element.column, **kw)} = ANY({compiler.process(element.values, **kw)})"


@compiles(_AnyOf)
def _any_of_sqlite(element: _AnyOf, compiler: Any, **kw: Any) -> str:
    return (f"{compiler.process(element.column, **kw)} IN "
            f"(SELECT value FROM json_each({compiler.process(element.values, **kw)}))")


def any_of(column: Any, values: Iterable[str]) -> ColumnElement[Any]:
    """`column IN values`, with every value in one bound parameter."""
    return _AnyOf(column, bindparam(None, sorted(set(values)), type_=TextList()))
