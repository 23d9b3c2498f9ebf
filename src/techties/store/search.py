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

On SQLite an index row's id (the FTS5 rowid) also carries its event's date: the high bits
are `date_key(date)`, which grows with the date string, the low SEQ_BITS tell rows of the same
key apart. FTS5 reads its matches in rowid order, so the newest matches of a common word are
its highest rowids (`rowids_newest_first`), read without listing the other matches; the
events page sorts them exactly (a key is shared by events of one date prefix).

FTS5 answers a prefix query ("lunar"*) by merging the whole list of every matching term
before anything else (a word in half the store costs 100 to 300 ms at a million events),
while an exact term is read lazily and skipped through. So SQLite also keeps `search_terms`,
every term the index holds (as FTS5's own tokenizer wrote it, read back from a scratch FTS5
table; never deleted, so a superset), and a query word whose terms are few is asked as the
OR of those terms (`expanded_query`): the same matches, read lazily.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    bindparam,
    delete,
    insert,
    literal_column,
    select,
    text,
    update,
)
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
# SQLite index row ids: date_key(date) << SEQ_BITS | a number telling rows of one key apart
SEQ_BITS = 24  # keys stay below 14 ** 10 < 2 ** 38.1: ids below 2 ** 63
_DATE_CHARS = 10  # YYYY-MM-DD


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
    C locale does not lower-case Cyrillic itself. A part that another part holds whole is
    left out: a summary is most often its evidence sentence, and indexing it twice would
    double the index's work for no word it does not already find."""
    parts = [part for part in (summary, title, *evidence) if part]
    kept = [part for i, part in enumerate(parts)
            if part not in parts[:i] and not any(part in other and part != other for other in parts)]
    return segment("\n".join(kept)).lower()


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


def fts5_query(q: str, terms: Mapping[str, Sequence[str]] | None = None) -> str | None:
    """An FTS5 MATCH expression for `q`, or None when it has no word. Every token is quoted,
    so operators and punctuation typed in the query are never read as FTS5 syntax. A token
    found in `terms` (prefix: the index terms it begins) is asked as the OR of those terms."""
    out = []
    for han, tokens in _terms(q):
        if han and len(tokens[0]) == 2:
            out.append('"' + " ".join(tokens) + '"')
            continue
        for token in tokens:
            prefix = token if han else russian_stem(token)
            words = (terms or {}).get(prefix)
            if words:
                out.append("(" + " OR ".join(f'"{w}"' for w in words) + ")")
            else:
                out.append(f'"{prefix}"*')
    return " AND ".join(out) or None


# A prefix with at most this many terms is asked as their OR (see the module docstring).
MOST_TERMS = 8
# Query tokens whose index form is the token itself: FTS5's unicode61 tokenizer folds case
# (the query is lower-cased already) and diacritics, and no letter here carries one.
_PLAIN = re.compile(r"[a-z0-9а-ик-я]+")  # Cyrillic а-я but й


def _prefixes(q: str) -> list[str]:
    return [russian_stem(t) for han, tokens in _terms(q) if not han for t in tokens]


def expanded_query(conn: Connection, q: str) -> str | None:
    """SQLite: `fts5_query(q)` with each plain word that begins at most MOST_TERMS index terms
    asked as their OR, so that FTS5 reads it lazily instead of merging it whole first."""
    terms: dict[str, list[str]] = {}
    for prefix in _prefixes(q):
        if prefix in terms or not _PLAIN.fullmatch(prefix):
            continue
        found = list(conn.scalars(text(
            "SELECT term FROM search_terms WHERE term >= :low AND term < :high "
            "ORDER BY term LIMIT :n"), {"low": prefix, "high": prefix + "\U0010ffff",
                                        "n": MOST_TERMS + 1}))
        if 0 < len(found) <= MOST_TERMS:
            terms[prefix] = found
    return fts5_query(q, terms)


def remember_terms(conn: Connection, bodies: Sequence[str]) -> None:
    """SQLite: add the terms of these index bodies to `search_terms`, tokenized by FTS5
    itself in a scratch table of this connection (so that they are what the index holds)."""
    if not bodies:
        return
    conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_scratch USING "
                      "fts5(body, tokenize='unicode61 remove_diacritics 2')"))
    conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_scratch_terms USING "
                      "fts5vocab(temp, search_scratch, 'row')"))
    # each distinct whitespace-separated chunk once: FTS5 never reads a token across
    # whitespace, so these are the same terms, for a fraction of the tokenizing
    chunks = dict.fromkeys(chunk for b in bodies for chunk in b.split())
    conn.execute(text("INSERT INTO temp.search_scratch (body) VALUES (:body)"),
                 {"body": "\n".join(chunks)})
    conn.execute(text("INSERT OR IGNORE INTO search_terms (term) "
                      "SELECT term FROM temp.search_scratch_terms"))
    conn.execute(text("DELETE FROM temp.search_scratch"))


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

    def __init__(self, q: str, fts: str | None = None):
        self.q = q
        self.fts = fts  # SQLite: the MATCH expression, when already expanded


class WordMatch(_WordCondition):
    """Events whose indexed words contain every word of `q` (see the module docstring)."""

    inherit_cache = False


def words_match(q: str, fts: str | None = None) -> ColumnElement[bool]:
    """A WHERE condition on EventModel: the event matches every word of `q` (on SQLite by
    the MATCH expression `fts`, when given: `expanded_query`)."""
    return WordMatch(q, fts)


def _no_match(compiler: SQLCompiler, **kw: Any) -> str:
    return str(compiler.process(literal_column("1") == literal_column("0"), **kw))


@compiles(WordMatch, "sqlite")
def _sqlite_match(element: WordMatch, compiler: SQLCompiler, **kw: Any) -> str:
    expr = element.fts or fts5_query(element.q)
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


def words_probe(q: str, fts: str | None = None) -> ColumnElement[bool]:
    """A WHERE condition on EventModel, tested row by row: the event matches every word."""
    return WordProbe(q, fts)


@compiles(WordProbe, "sqlite")
def _sqlite_probe(element: WordProbe, compiler: SQLCompiler, **kw: Any) -> str:
    expr = element.fts or fts5_query(element.q)
    if expr is None:
        return _no_match(compiler, **kw)
    # FTS5 re-expands a prefix query on every probe (measured: ~15 ms each at a million
    # events), so on SQLite a common word is listed from the index after all
    return str(compiler.process(WordMatch(element.q, element.fts), **kw))


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


# PostgreSQL: the latest events tested first, to tell a common word from a rare one
SAMPLE = 500


def match_ids(conn: Connection, q: str, limit: int, total: int | None = None
              ) -> list[str] | None:
    """The ids of the events matching every word of `q` when there are at most `limit`;
    None when there are more (then test row by row: `words_probe`).

    On PostgreSQL a GIN index lists every match of a prefix before a LIMIT applies (a common
    word costs ~80 ms at a million events), so with `total` (the events stored) the SAMPLE
    latest events are tested first: a word in more than limit/total of them is taken to be
    common without listing it. Either answer gives the same page; this only picks the faster."""
    if conn.dialect.name == "sqlite":
        expr = expanded_query(conn, q)
        if expr is None:
            return []
        rowids = list(conn.scalars(text(
            "SELECT rowid FROM event_search_fts WHERE event_search_fts MATCH :fts LIMIT :n"),
            {"fts": expr, "n": limit + 1}))
        return None if len(rowids) > limit else event_ids(conn, rowids)
    words = pg_query(q)
    if words is None:
        return []
    if total is not None and total > SAMPLE:
        hits = int(conn.execute(text(
            "SELECT count(*) FROM (SELECT id FROM events ORDER BY date DESC NULLS LAST, id DESC "
            "LIMIT :sample) AS latest WHERE EXISTS (SELECT 1 FROM event_search "
            "WHERE event_search.event_id = latest.id "
            f"AND event_search.words @@ to_tsquery({PG_CONFIG}, :words) OFFSET 0)"),
            {"sample": SAMPLE, "words": words}).scalar_one())
        if hits * total > limit * SAMPLE:
            return None
    found = list(conn.scalars(text(
        f"SELECT event_id FROM event_search WHERE words @@ to_tsquery({PG_CONFIG}, :words) "
        "LIMIT :n"), {"words": words, "n": limit + 1}))
    return None if len(found) > limit else found


def date_key(date: str | None) -> int:
    """A number that never decreases as the date string grows (no date: 0, below all), from
    its first ten characters in base 14: the end or a character below '-' 0, '-' 1, between
    '-' and '0' 2, a digit 3 to 12, above '9' 13. Past a class that holds several characters
    the rest counts as the end, so two strings told apart only there share a key.
    So a higher key means a later date, whatever the precision: 2019 < 2019-05 < 2019-05-12."""
    key, stop = 0, not date
    for i in range(_DATE_CHARS):
        c = "" if stop or i >= len(date or "") else (date or "")[i]
        if c == "-":
            value = 1
        elif "0" <= c <= "9":
            value = 3 + ord(c) - 48
        else:
            value, stop = (0 if c < "-" else 2 if c < "0" else 13), True
        key = key * 14 + value
    return key


def rowids_newest_first(conn: Connection, q: str, below: int | None, n: int,
                        fts: str | None = None) -> list[int]:
    """SQLite: up to `n` index rows matching every word of `q` (or the MATCH expression
    `fts`), latest date key first (ids below `below` when given)."""
    expr = fts or expanded_query(conn, q)
    if expr is None:
        return []
    where = " AND rowid < :below" if below is not None else ""
    return list(conn.scalars(text(
        f"SELECT rowid FROM event_search_fts WHERE event_search_fts MATCH :fts{where} "
        "ORDER BY rowid DESC LIMIT :n"), {"fts": expr, "below": below, "n": n}))


def event_ids(conn: Connection, rowids: Sequence[int]) -> list[str]:
    """The events of these index rows."""
    ids: list[str] = []
    for start in range(0, len(rowids), CHUNK):
        ids.extend(conn.scalars(select(EventSearchModel.event_id).where(
            EventSearchModel.id.in_(rowids[start:start + CHUNK]))))
    return ids


def _free_ids(conn: Connection, wanted: list[tuple[str, int]]) -> dict[str, int]:
    """A new row id under its date key for each (event id, key): the event id's checksum
    within the key, moved on past ids already taken."""
    span = 1 << SEQ_BITS
    ids = {event_id: (key << SEQ_BITS) | (zlib.crc32(event_id.encode()) % (span - 1) + 1)
           for event_id, key in wanted}
    while True:
        taken = set(conn.scalars(select(EventSearchModel.id)
                                 .where(EventSearchModel.id.in_(list(ids.values())))))
        seen: set[int] = set()
        moved = False
        for event_id, row_id in ids.items():
            while row_id in taken or row_id in seen:
                key, seq = row_id >> SEQ_BITS, row_id & (span - 1)
                row_id = (key << SEQ_BITS) | (seq % (span - 1) + 1)
                moved = True
            ids[event_id] = row_id
            seen.add(row_id)
        if not moved:
            return ids


def _index_sqlite(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Write index rows under ids that carry their date key: a row whose key changed (the
    event's date was edited) moves to a new id, one whose words changed is rewritten."""
    stored = {r.event_id: r for r in conn.execute(
        select(EventSearchModel.id, EventSearchModel.event_id, EventSearchModel.body)
        .where(EventSearchModel.event_id.in_([r["event_id"] for r in rows])))}
    moved, changed, new = [], [], []
    for row in rows:
        key = date_key(row["date"])
        old = stored.get(row["event_id"])
        if old is not None and old.id >> SEQ_BITS == key:
            if old.body != row["body"]:
                changed.append({"row_id": old.id, "new_body": row["body"]})
            continue
        if old is not None:
            moved.append(old.id)
        new.append((row["event_id"], key, row["body"]))
    remember_terms(conn, [c["new_body"] for c in changed] + [words for _e, _k, words in new])
    if moved:
        conn.execute(delete(EventSearchModel).where(EventSearchModel.id.in_(moved)))
    if changed:
        table = EventSearchModel.__table__
        conn.execute(update(table).where(table.c.id == bindparam("row_id"))  # type: ignore[arg-type]
                     .values(body=bindparam("new_body")), changed)
    if new:
        ids = _free_ids(conn, [(event_id, key) for event_id, key, _ in new])
        # in ascending row id: FTS5 writes its pending terms out as a segment each time a
        # row id is lower than the one before, and merging those segments costs a quarter
        # of an ingest's index writing
        conn.execute(insert(EventSearchModel), sorted((
            {"id": ids[event_id], "event_id": event_id, "body": words}
            for event_id, _key, words in new), key=itemgetter("id")))


def index_events(conn: Connection, event_ids: Sequence[str],
                 bodies: Mapping[str, tuple[str, str | None]] | None = None) -> None:
    """(Re)write the index rows of these events from what the store now holds; an
    unchanged row is left as it is, so saving the same events again writes nothing.
    `bodies` gives the body and date of events just inserted, known without reading them back."""
    bodies = bodies or {}
    known = [{"event_id": event_id, "body": text, "date": date}
             for event_id, (text, date) in bodies.items()]
    for start in range(0, len(known), CHUNK):
        _write_rows(conn, known[start:start + CHUNK])
    ids = [i for i in dict.fromkeys(event_ids) if i not in bodies]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        evidence: dict[str, list[str]] = {}
        for event_id, sentence in conn.execute(
                select(EvidenceModel.event_id, EvidenceModel.text)
                .where(EvidenceModel.event_id.in_(chunk))
                .order_by(EvidenceModel.event_id, EvidenceModel.position)):
            evidence.setdefault(event_id, []).append(sentence)
        rows = [{"event_id": event_id, "date": date,
                 "body": body(summary or "", title or "", evidence.get(event_id, []))}
                for event_id, summary, title, date in conn.execute(
                    select(EventModel.id, EventModel.summary, DocumentModel.title, EventModel.date)
                    .outerjoin(DocumentModel, DocumentModel.id == EventModel.document_id)
                    .where(EventModel.id.in_(chunk)))]
        _write_rows(conn, rows)


def _write_rows(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """SQLite keeps rows under ids that carry their date key; PostgreSQL upserts by event."""
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        _index_sqlite(conn, rows)
        return
    upsert_rows(conn, EventSearchModel.__table__,  # type: ignore[arg-type]
                [{"event_id": r["event_id"], "body": r["body"]} for r in rows], keys=["event_id"],
                update={"body": "excluded.body"}, where="{table}.body != excluded.body")
