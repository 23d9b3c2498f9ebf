"""Word search over events on a real full-text index, in English, Russian and Chinese.

Each event has one row in `event_search` holding its summary, its document's title and its
evidence. SQLite indexes that row with FTS5 (unicode61: case and diacritics folded), and a
query word matches by prefix after its Russian inflection ending is dropped, since FTS5 has
no Russian stemmer; PostgreSQL indexes a stored to_tsvector('russian', body) with GIN, whose
configuration stems Russian words and English (ASCII) words alike, and a query word matches
by prefix of its stem there too.

Chinese is written without spaces, so both the indexed text and the query write a run of
Chinese characters as its overlapping character bigrams (华为公司 → 华为 为公 公司): a query
word then matches wherever its characters stand together, with no dictionary to download.
Every query word must match (AND).

`index_events` keeps the index in step: it is called wherever events are saved or edited.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Boolean, ColumnElement, Connection, bindparam, literal_column, select, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler

from techties.store.bulk import upsert_rows
from techties.store.models import DocumentModel, EventModel, EventSearchModel, EvidenceModel

# CJK ideographs: the unified block, extension A and the compatibility block
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_RUN = re.compile(f"[{HAN}]+")
_PARTS = re.compile(f"[{HAN}]+|[^{HAN}]+")
_WORD = re.compile(r"\w+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
MAX_WORDS = 8
PG_CONFIG = "'russian'::regconfig"
CHUNK = 500


def bigrams(run: str) -> list[str]:
    """A run of Chinese characters as its overlapping bigrams; one character stays itself."""
    if len(run) < 2:
        return [run]
    return [run[i:i + 2] for i in range(len(run) - 1)]


def segment(value: str) -> str:
    """`value` with each Chinese run replaced by its bigrams, set apart by spaces."""
    return _HAN_RUN.sub(lambda m: " " + " ".join(bigrams(m.group())) + " ", value)


def body(summary: str, title: str, evidence: Iterable[str]) -> str:
    """The indexed text of one event, lower-cased here since a PostgreSQL database in the
    C locale does not lower-case Cyrillic itself."""
    return segment("\n".join(part for part in (summary, title, *evidence) if part)).lower()


@lru_cache(maxsize=1)
def _endings() -> tuple[int, tuple[str, ...]]:
    from techties.model.loader import _model_dir, read_yaml
    data = read_yaml(_model_dir("search_endings.yaml"))
    endings = sorted((str(e) for e in data["endings"]), key=len, reverse=True)
    return int(data["min_stem"]), tuple(endings)


def russian_stem(word: str) -> str:
    """A Russian word without its inflection ending (a prefix of its other forms)."""
    if not _CYRILLIC.search(word):
        return word
    min_stem, endings = _endings()
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= min_stem:
            return word[:-len(ending)]
    return word


def _terms(q: str) -> list[tuple[bool, list[str]]]:
    """The query's terms, at most MAX_WORDS: (Chinese, tokens); a Chinese term is the
    phrase of its bigrams."""
    terms: list[tuple[bool, list[str]]] = []
    for word in _WORD.findall(q.lower()):
        for part in _PARTS.findall(word):
            han = bool(_HAN_RUN.fullmatch(part))
            tokens = bigrams(part) if han else [p for p in part.split("_") if p]
            if tokens:
                terms.append((han, tokens))
    return terms[:MAX_WORDS]


def fts5_query(q: str) -> str | None:
    """An FTS5 MATCH expression for `q`, or None when it has no word. Every token is quoted,
    so operators and punctuation typed in the query are never read as FTS5 syntax."""
    out = []
    for han, tokens in _terms(q):
        if han and len(tokens[0]) == 2:
            out.append('"' + " ".join(tokens) + '"')
        else:
            out.extend(f'"{russian_stem(t) if not han else t}"*' for t in tokens)
    return " AND ".join(out) or None


def pg_query(q: str) -> str | None:
    """A to_tsquery expression for `q`, or None when it has no word: each word stemmed by the
    'russian' configuration and matched by prefix, a Chinese word as the phrase of its
    bigrams. Tokens hold only word characters, so quoting them keeps the syntax out."""
    out = []
    for han, tokens in _terms(q):
        if han and len(tokens[0]) == 2:
            out.append("(" + " <-> ".join(f"'{t}'" for t in tokens) + ")")
        else:
            out.extend(f"'{t}':*" for t in tokens)
    return " & ".join(out) or None


class _WordCondition(ColumnElement[bool]):
    """A condition on the indexed words of the events, compiled per dialect; not cached,
    since the query's words shape the bound value."""

    inherit_cache = False
    type = Boolean()

    def __init__(self, q: str):
        self.q = q


class WordMatch(_WordCondition):
    """Events whose indexed words contain every word of `q` (see the module docstring)."""

    inherit_cache = False


def words_match(q: str) -> ColumnElement[bool]:
    """A WHERE condition on EventModel: the event matches every word of `q`."""
    return WordMatch(q)


def _no_match(compiler: SQLCompiler, **kw: Any) -> str:
    return str(compiler.process(literal_column("1") == literal_column("0"), **kw))


@compiles(WordMatch, "sqlite")
def _sqlite_match(element: WordMatch, compiler: SQLCompiler, **kw: Any) -> str:
    expr = fts5_query(element.q)
    if expr is None:
        return _no_match(compiler, **kw)
    rowids = text("SELECT rowid FROM event_search_fts WHERE event_search_fts MATCH :fts") \
        .bindparams(bindparam("fts", expr)).columns(EventSearchModel.id)
    stmt = select(EventSearchModel.event_id).where(EventSearchModel.id.in_(rowids))
    return str(compiler.process(EventModel.id.in_(stmt), **kw))


@compiles(WordMatch, "postgresql")
def _postgres_match(element: WordMatch, compiler: SQLCompiler, **kw: Any) -> str:
    words = pg_query(element.q)
    if words is None:
        return _no_match(compiler, **kw)
    # `words` is the stored to_tsvector('russian', body) the GIN index covers (migration 0009)
    stmt = select(EventSearchModel.event_id).where(text(
        f"event_search.words @@ to_tsquery({PG_CONFIG}, :words)"
    ).bindparams(bindparam("words", words)))
    return str(compiler.process(EventModel.id.in_(stmt), **kw))


class WordProbe(_WordCondition):
    """Like WordMatch, but tests the event of each row on its own (a lookup of its index row),
    so that a page of a common word in date order reads a few hundred events, not the
    list of every match."""

    inherit_cache = False


def words_probe(q: str) -> ColumnElement[bool]:
    """A WHERE condition on EventModel, tested row by row: the event matches every word."""
    return WordProbe(q)


@compiles(WordProbe, "sqlite")
def _sqlite_probe(element: WordProbe, compiler: SQLCompiler, **kw: Any) -> str:
    expr = fts5_query(element.q)
    if expr is None:
        return _no_match(compiler, **kw)
    # FTS5 re-expands a prefix query on every probe (measured: ~15 ms each at a million
    # events), so on SQLite a common word is listed from the index after all
    return str(compiler.process(WordMatch(element.q), **kw))


@compiles(WordProbe, "postgresql")
def _postgres_probe(element: WordProbe, compiler: SQLCompiler, **kw: Any) -> str:
    words = pg_query(element.q)
    if words is None:
        return _no_match(compiler, **kw)
    # OFFSET 0 keeps the planner from turning the test into a join over every GIN match
    probe = text(
        "EXISTS (SELECT 1 FROM event_search WHERE event_search.event_id = events.id "
        f"AND event_search.words @@ to_tsquery({PG_CONFIG}, :pg_probe) OFFSET 0)"
    ).bindparams(bindparam("pg_probe", words))
    return str(compiler.process(probe, **kw))


def match_ids(conn: Connection, q: str, limit: int) -> list[str] | None:
    """The ids of the events matching every word of `q` when there are at most `limit`;
    None when there are more (then test row by row: `words_probe`)."""
    if conn.dialect.name == "sqlite":
        expr = fts5_query(q)
        if expr is None:
            return []
        rowids = list(conn.scalars(text(
            "SELECT rowid FROM event_search_fts WHERE event_search_fts MATCH :fts LIMIT :n"),
            {"fts": expr, "n": limit + 1}))
        if len(rowids) > limit:
            return None
        ids: list[str] = []
        for start in range(0, len(rowids), CHUNK):
            ids.extend(conn.scalars(select(EventSearchModel.event_id).where(
                EventSearchModel.id.in_(rowids[start:start + CHUNK]))))
        return ids
    words = pg_query(q)
    if words is None:
        return []
    found = list(conn.scalars(text(
        f"SELECT event_id FROM event_search WHERE words @@ to_tsquery({PG_CONFIG}, :words) "
        "LIMIT :n"), {"words": words, "n": limit + 1}))
    return None if len(found) > limit else found


def index_events(conn: Connection, event_ids: Sequence[str], bodies: Mapping[str, str] | None = None) -> None:
    """(Re)write the index rows of these events from what the store now holds; an
    unchanged row is left as it is, so saving the same events again writes nothing.
    `bodies` gives the body of events just inserted, known without reading them back."""
    bodies = bodies or {}
    known = [{"event_id": event_id, "body": text} for event_id, text in bodies.items()]
    for start in range(0, len(known), CHUNK):
        _upsert(conn, known[start:start + CHUNK])
    ids = [i for i in dict.fromkeys(event_ids) if i not in bodies]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        evidence: dict[str, list[str]] = {}
        for event_id, sentence in conn.execute(
                select(EvidenceModel.event_id, EvidenceModel.text)
                .where(EvidenceModel.event_id.in_(chunk))
                .order_by(EvidenceModel.event_id, EvidenceModel.position)):
            evidence.setdefault(event_id, []).append(sentence)
        rows = [{"event_id": event_id, "body": body(summary or "", title or "",
                                                    evidence.get(event_id, []))}
                for event_id, summary, title in conn.execute(
                    select(EventModel.id, EventModel.summary, DocumentModel.title)
                    .outerjoin(DocumentModel, DocumentModel.id == EventModel.document_id)
                    .where(EventModel.id.in_(chunk)))]
        _upsert(conn, rows)


def _upsert(conn: Connection, rows: list[dict[str, str]]) -> None:
    if not rows:
        return
    upsert_rows(conn, EventSearchModel.__table__, rows, keys=["event_id"],  # type: ignore[arg-type]
                update={"body": "excluded.body"}, where="{table}.body != excluded.body")
