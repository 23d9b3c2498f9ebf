"""Statements over many values whose SQL does not change with how many there are.

`column.in_(ids)` writes one bound parameter per id: SQLAlchemy rewrites the SQL for each
call and the driver parses a new statement each time, which costs more than running it
when ingest asks about thousands of ids a batch. `any_of` sends all the values as one
parameter (a JSON array read by SQLite's json_each, a PostgreSQL array), so the statement is
compiled once and each call only binds a new value. `insert_rows` hands many rows to the
driver at once (COPY on PostgreSQL); `upsert_rows` inserts or updates them, on PostgreSQL in
one statement over arrays (one round trip and one plan, not one per row).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, Connection, Dialect, String, Table, TypeDecorator, bindparam
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


@lru_cache(maxsize=256)
def _insert_sql(dialect: Dialect, table: Table, names: tuple[str, ...], conflict: tuple[str, ...],
                copy: bool) -> str:
    missing = [c.name for c in table.c if c.default is not None and c.name not in names]
    if missing:  # the driver knows nothing of SQLAlchemy's defaults
        raise ValueError(f"insert_rows into {table.name} needs the columns with defaults: {missing}")
    quote = dialect.identifier_preparer.quote
    columns = ", ".join(quote(n) for n in names)
    if copy:
        return f"COPY {quote(table.name)} ({columns}) FROM STDIN"
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO {quote(table.name)} ({columns}) VALUES ({', '.join([marker] * len(names))})"
    if conflict:
        sql += f" ON CONFLICT ({', '.join(quote(n) for n in conflict)}) DO NOTHING"
    return sql


@lru_cache(maxsize=256)
def _processors(dialect: Dialect, table: Table, names: tuple[str, ...]) -> tuple[Callable[[Any], Any] | None, ...]:
    return tuple(table.c[n].type.bind_processor(dialect) for n in names)


def insert_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]], *,
                skip_conflicts_on: Sequence[str] = ()) -> None:
    """INSERT rows (dicts with the same keys) straight through the driver, in the connection's
    transaction: PostgreSQL takes them by COPY (or, when rows that conflict on
    `skip_conflicts_on` are to be skipped, one INSERT … ON CONFLICT DO NOTHING run for each
    row in a pipeline); SQLite by executemany. Values go through the columns' types as
    `conn.execute(insert(table), rows)` sends them, without building parameters per row."""
    if not rows:
        return
    names = tuple(rows[0])
    dialect = conn.dialect
    values = _values(dialect, table, names, rows)
    copy = dialect.name == "postgresql" and not skip_conflicts_on
    sql = _insert_sql(dialect, table, names, tuple(skip_conflicts_on), copy)
    if copy:
        with conn.connection.dbapi_connection.cursor() as cursor, cursor.copy(sql) as out:  # type: ignore[union-attr]
            for row_values in values:
                out.write_row(row_values)
        return
    conn.exec_driver_sql(sql, values)


def _values(dialect: Dialect, table: Table, names: tuple[str, ...],
            rows: Sequence[Mapping[str, Any]]) -> list[tuple[Any, ...]]:
    """The rows' values in `names` order, through the columns' bind processors."""
    processors = [(i, fn) for i, fn in enumerate(_processors(dialect, table, names)) if fn is not None]
    pick = itemgetter(*names)
    values: list[tuple[Any, ...]] = [pick(row) if len(names) > 1 else (pick(row),) for row in rows]
    if processors:
        for n, row_values in enumerate(values):
            as_list = list(row_values)
            for i, fn in processors:
                as_list[i] = fn(as_list[i])
            values[n] = tuple(as_list)
    return values


@lru_cache(maxsize=64)
def _upsert_sql(dialect: Dialect, table: Table, names: tuple[str, ...], keys: tuple[str, ...],
                update: tuple[tuple[str, str], ...], where: str | None) -> str:
    missing = [c.name for c in table.c if c.default is not None and c.name not in names]
    if missing:  # the driver knows nothing of SQLAlchemy's defaults
        raise ValueError(f"upsert_rows into {table.name} needs the columns with defaults: {missing}")
    quote = dialect.identifier_preparer.quote
    name = quote(table.name)
    columns = ", ".join(quote(n) for n in names)
    if dialect.name == "postgresql":
        arrays = ", ".join(f"%s::{table.c[n].type.compile(dialect)}[]" for n in names)
        source = f"SELECT * FROM unnest({arrays})"
    else:
        source = f"VALUES ({', '.join(['?'] * len(names))})"
    sets = ", ".join(f"{quote(column)} = {expression.format(table=name)}" for column, expression in update)
    sql = (f"INSERT INTO {name} ({columns}) {source} "
           f"ON CONFLICT ({', '.join(quote(k) for k in keys)}) DO UPDATE SET {sets}")
    return sql + (f" WHERE {where.format(table=name)}" if where else "")


def upsert_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]], *, keys: Sequence[str],
                update: Mapping[str, str], where: str | None = None) -> None:
    """INSERT rows (dicts with the same keys), and where one conflicts on `keys` UPDATE the
    stored row: `update` maps a column to an SQL expression ({table} names the table,
    `excluded` the row offered), applied only where `where` holds. Each key must appear once
    (PostgreSQL updates a row once a statement). PostgreSQL takes all rows in one statement
    over arrays; SQLite by executemany."""
    if not rows:
        return
    names = tuple(rows[0])
    dialect = conn.dialect
    values = _values(dialect, table, names, rows)
    sql = _upsert_sql(dialect, table, names, tuple(keys), tuple(update.items()), where)
    if dialect.name == "postgresql":
        conn.exec_driver_sql(sql, tuple(list(column) for column in zip(*values, strict=True)))
    else:
        conn.exec_driver_sql(sql, values)
