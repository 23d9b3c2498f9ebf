"""techties command line: thin commands that parse, build and call one library function.

Exit codes: 0 all went well, 1 some items failed (the rest was done), 2 the run was aborted.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from techties.exceptions import RunAbort, TechtiesError
from techties.interfaces import exports
from techties.interfaces.cli.cells import cell
from techties.interfaces.cli.writers import write_rows

app = typer.Typer(help="Track China–Russia technology cooperation from news.", no_args_is_help=True,
                  add_completion=False, pretty_exceptions_enable=False)
# Text from documents is printed as it is: with markup on, a title holding "[/]" would crash
# every command that prints it, and ":cn:" would become a flag. Style goes in Text objects.
console = Console(stderr=True, markup=False, emoji=False)
# tables written to a pipe or file get room for their columns instead of 80 characters
out = Console(width=None if sys.stdout.isatty() else 200, markup=False, emoji=False)

DbOption = Annotated[str | None, typer.Option("--db", help="Database URL or SQLite file (default: TECHTIES_DB, "
                                                        "else your store in the data directory, else the demo's).")]


class TextFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def _version(value: bool) -> None:
    if value:
        from techties import __version__

        sys.stdout.write(f"techties {__version__}\n")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")] = False) -> None:
    """Track China–Russia technology cooperation from news."""


@contextmanager
def open_store(url: str | None, *, writing: bool = False):  # type: ignore[no-untyped-def]
    """The store of --db (a URL or a file), else the default; `writing` commands that add content
    start the user's own store rather than add to the demo's (settings.database_url), and bring
    its actor table up to the knowledge base first. Commands that only read leave it as it is."""
    from techties import settings
    from techties.model.loader import load_actors
    from techties.store.store import Store

    if url is None and not writing and settings.demo_is_default():
        console.print(f"reading the demo's database {settings.default_database_path()} "
                      "(`techties ingest` starts your own; --db or TECHTIES_DB picks another)",
                      highlight=False)
    try:
        store = Store.open(settings.database_url(url, writing=writing))
    except TechtiesError:
        raise
    except Exception as exc:  # a database that cannot be opened aborts the run with one message
        raise RunAbort(f"cannot open the database: {exc}") from exc
    try:
        if writing:
            store.sync_actors(load_actors())
        yield store
    finally:
        store.close()


def _open_output(path: str | None):  # type: ignore[no-untyped-def]
    if path in (None, "-"):
        return sys.stdout
    return open(path, "w", encoding="utf-8", newline="")


def sample_articles() -> str:
    """The folder of sample articles inside the installed package."""
    from importlib import resources

    return str(resources.files("techties") / "samples" / "articles")


@app.command()
def ingest(
    targets: Annotated[list[str] | None,
                       typer.Argument(help="Files, folders, feed files, page or feed URLs.")] = None,
    samples: Annotated[bool, typer.Option("--samples",
                                          help="Also ingest the sample articles shipped with techties.")] = False,
    db: DbOption = None,
    allow_private: Annotated[bool, typer.Option(help="Allow fetching loopback and private addresses.")] = False,
    follow_links: Annotated[bool, typer.Option(help="Fetch each feed entry's page.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    workers: Annotated[int | None, typer.Option(
        help="Processes that extract (default: one per core; 1: none beside the writer).")] = None,
    dask: Annotated[str | None, typer.Option(
        help="Extract on the Dask cluster whose scheduler is at this address (tcp://host:8786); "
             "needs techties[dask].")] = None,
    batch_size: Annotated[int, typer.Option(
        help="Documents saved in one transaction (1: each in its own).")] = 200,
) -> None:
    """Ingest documents, extract events and store both."""
    from techties import settings
    from techties.extraction.cues import warm
    from techties.interfaces.ingest_progress import (
        IngestProgress,
        describe_missing,
        expected_items,
        missing_targets,
    )

    allow = allow_private or settings.allow_private_urls()
    targets = list(targets or [])
    if samples:
        targets.append(sample_articles())
    if not targets:
        raise typer.BadParameter("give at least one file, folder or URL, or --samples")
    missing = missing_targets(targets)
    if len(missing) == len(targets):  # nothing to read: say so, not a table of zeros
        console.print(f"error: {describe_missing(missing)}", markup=False, highlight=False,
                      soft_wrap=True)
        raise typer.Exit(2)
    from techties.interfaces.ingest_feed import Feed
    from techties.interfaces.parallel import runner

    with runner(workers, dask, initializer=warm) as run:
        feed = Feed(targets, run, batch_size=batch_size, allow_private=allow,
                    follow_feed_links=follow_links)
        feed.start()  # the workers extract while this process, the writer, opens the store
        from techties.interfaces.ingest import run_ingest  # the store's modules: only the writer's

        with open_store(db, writing=True) as store, \
                IngestProgress(console, expected_items(targets)) as progress:
            report = run_ingest(targets, store, on_item=progress.advance, feed=feed, batch_size=batch_size,
                                on_wait=lambda: console.print(
                                    "another ingest is writing to this store: waiting for it "
                                    f"(at most {settings.lock_wait():g} s, TECHTIES_LOCK_WAIT)"))
    if as_json:
        out.print_json(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        table = Table(title="ingest", show_header=False)
        for key, value in report.as_dict().items():
            if key not in ("failures", "warnings"):
                table.add_row(key, str(value))
        out.print(table)
        for warning in report.warnings:
            console.print(Text.assemble(("cut", "yellow"), f" {warning.source}: {warning.message}"))
        for failure in report.failures:
            console.print(Text.assemble(("skipped", "yellow"), f" {failure.source}: {failure.message}"))
    if report.failures:
        raise typer.Exit(1)


def _query(domain: str | None, type_: str | None, stage: str | None, actor: str | None, since: str | None,
           until: str | None, lang: str | None, limit: int, offset: int = 0) -> Any:
    from techties.model.loader import load_vocabulary
    from techties.store.read.events import EventFilter

    for name, value in (("domain", domain), ("event_type", type_), ("stage", stage)):
        if value is not None and value not in load_vocabulary(name).values:
            raise typer.BadParameter(f"{value!r} is not one of {', '.join(load_vocabulary(name).values)}")
    return EventFilter(domain=domain, type=type_, stage=stage, actor=actor, date_from=since, date_to=until,
                       lang=lang, limit=limit, offset=offset)


Domain = Annotated[str | None, typer.Option(help="Technology domain, e.g. space.")]
TypeOpt = Annotated[str | None, typer.Option("--type", help="Event type, e.g. agreement.")]
Stage = Annotated[str | None, typer.Option(help="Stage, e.g. implemented.")]
ActorOpt = Annotated[str | None, typer.Option(help="Actor id or part of its name.")]


def _date_callback(finest: str) -> Any:
    """A Typer callback that cleans a date option or exits 2 naming the expected form."""
    from techties.interfaces.user_dates import DateInputError, optional_partial_date

    def check(value: str | None) -> str | None:
        try:
            return optional_partial_date(value, finest)
        except DateInputError as exc:
            raise typer.BadParameter(str(exc)) from None

    return check


day_option = _date_callback("day")
month_option = _date_callback("month")
Since = Annotated[str | None, typer.Option(help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).",
                                           callback=day_option)]
Until = Annotated[str | None, typer.Option(help="Up to this date (YYYY, YYYY-MM or YYYY-MM-DD).",
                                           callback=day_option)]
Lang = Annotated[str | None, typer.Option(help="Document language: en, ru or zh.")]


@app.command()
def events(
    domain: Domain = None, type_: TypeOpt = None, stage: Stage = None, actor: ActorOpt = None,
    since: Since = None, until: Until = None, lang: Lang = None,
    limit: Annotated[int, typer.Option(help="At most this many events.")] = 50,
    fmt: Annotated[TextFormat, typer.Option("--format", help="table, json (JSON Lines) or csv.")] = TextFormat.table,
    db: DbOption = None,
) -> None:
    """List events, newest first, with filters."""
    query = _query(domain, type_, stage, actor, since, until, lang, limit)
    from techties.store.read import events as event_reads

    with open_store(db) as store:
        rows = event_reads.find(store, query)
        total = event_reads.count(store, query)
    if fmt is TextFormat.json:
        exports.write_jsonl(rows, sys.stdout)
    elif fmt is TextFormat.csv:
        exports.write_csv(rows, sys.stdout)
    else:
        table = Table(title=f"{len(rows)} of {total} events")
        for column in ("id", "date", "type", "stage"):
            table.add_column(column, no_wrap=True)
        for column in ("domains", "China", "Russia"):
            table.add_column(column, min_width=10, max_width=30)
        table.add_column("summary", overflow="ellipsis", no_wrap=True, max_width=70)
        for row in rows:
            data = exports.row_dict(row)
            table.add_row(data["id"], data.get("date") or "", data["type"], data["stage"],
                          ", ".join(data["domains"]), ", ".join(data["china_actors"]),
                          ", ".join(data["russia_actors"]), (data.get("summary") or "")[:120])
        out.print(table)


def _date_label(event: dict[str, Any]) -> str:
    """The stored date with where it comes from: "2024-05-14 (dateline)"."""
    date = event.get("date")
    if not date:
        return "no date"
    basis = event.get("date_basis")
    return f"{date} ({basis})" if basis and basis != "unknown" else str(date)


@app.command()
def show(event_id: str, db: DbOption = None,
         as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False) -> None:
    """One event with its evidence and its sources."""
    from techties.store.read.events import detail as event_detail

    with open_store(db) as store:
        detail = event_detail(store, event_id)
    if detail is None:
        console.print(Text(f"no event {event_id}", style="red"))
        raise typer.Exit(1)
    data = exports.row_dict(detail)
    if as_json:
        out.print_json(json.dumps(data, ensure_ascii=False, default=str))
        return
    event = data.get("event", data)
    out.print(Text.assemble((event["id"], "bold"), f"  {event['type']} · {event['stage']} · "
                            f"{', '.join(event['domains'])} · {_date_label(event)}"))
    out.print(f"China: {', '.join(event['china_actors']) or '—'}    Russia: {', '.join(event['russia_actors']) or '—'}")
    out.print(f"Confidence {cell(event.get('confidence'))}")
    for ev in data.get("evidence", []):
        out.print(Text.assemble(("evidence", "green"), f" [{ev['start']}:{ev['end']}] {ev['text']}"))
    for src in data.get("sources", []):
        kind = f" ({src['duplicate_kind']} duplicate)" if src.get("duplicate_kind") else ""
        out.print(Text.assemble(("source", "cyan"), f"{kind} {src.get('title') or '(no title)'} · "
                                f"{src.get('published') or 'undated'} · {src.get('url') or '-'} · "
                                f"read from {src.get('key')}"))


@app.command()
def actors(
    country: Annotated[str | None, typer.Option(help="CN or RU.")] = None,
    search: Annotated[str | None, typer.Option(help="Part of a name.")] = None,
    fmt: Annotated[TextFormat, typer.Option("--format")] = TextFormat.table,
    db: DbOption = None,
) -> None:
    """Actors with their number of events, unresolved names included."""
    from techties.store.read.actors import listing

    with open_store(db) as store:
        rows = listing(store, country=country.upper() if country else None, search=search)
    dicts = [exports.row_dict(r) for r in rows]
    if write_rows(dicts, fmt):
        return
    table = Table(title=f"{len(dicts)} actors")
    columns = [c for c in ("id", "name", "country", "kind", "events", "resolved") if not dicts or c in dicts[0]]
    for column in columns:
        table.add_column(column)
    for d in dicts:
        table.add_row(*[cell(d.get(c)) for c in columns])
    out.print(table)


@app.command()
def export(
    output: Annotated[str, typer.Option("-o", "--output", help="File to write ('-' for stdout, text formats).")],
    fmt: Annotated[str | None, typer.Option("--format", help=f"One of {', '.join(exports.FORMATS)}; "
                                            "default from the file name.")] = None,
    domain: Domain = None, type_: TypeOpt = None, stage: Stage = None, actor: ActorOpt = None,
    since: Since = None, until: Until = None, lang: Lang = None,
    origin: Annotated[str | None, typer.Option(
        help="curated (the record) or extracted (from documents); default both.")] = None,
    db: DbOption = None,
) -> None:
    """Export the filtered events as CSV, JSON Lines, XLSX, FollowTheMoney entities (ftm) or
    the actor network as GraphML (graphml)."""
    name = fmt or (Path(output).suffix.lstrip(".") if output != "-" else "jsonl")
    if name == "json":
        name = "jsonl"
    if name not in exports.FORMATS:
        raise typer.BadParameter(f"unknown format {name!r}; use one of {', '.join(exports.FORMATS)}")
    if origin not in (None, "curated", "extracted"):
        raise typer.BadParameter(f"unknown origin {origin!r}; use curated or extracted")
    query = dataclasses.replace(_query(domain, type_, stage, actor, since, until, lang, limit=10**9),
                                origin=origin)
    if name in exports.FILE_EXPORTERS and output == "-":
        raise typer.BadParameter(f"{name} needs a file name")
    from techties.store.read.events import find, with_extras

    with open_store(db) as store:
        rows = find(store, query)
        if name in exports.FILE_EXPORTERS:  # file formats also carry evidence, sources and ids

            n = exports.FILE_EXPORTERS[name](with_extras(store, rows), Path(output))
    if name not in exports.FILE_EXPORTERS:
        handle = _open_output(output)
        try:
            n = exports.TEXT_EXPORTERS[name](rows, handle)
        finally:
            if handle is not sys.stdout:
                handle.close()
    console.print(f"{n} events written to {output}")


@app.command()
def extract(
    source: Annotated[str, typer.Argument(
        help="JSON Lines of documents (id, url, title, published, lang, text or html).")],
    output: Annotated[str, typer.Option("-o", "--output", help="Prediction file ('-' for stdout).")] = "-",
    workers: Annotated[int | None, typer.Option(help="Worker processes (default: one per core).")] = None,
    dask: Annotated[str | None, typer.Option(
        help="Extract on the Dask cluster whose scheduler is at this address (tcp://host:8786); "
             "needs techties[dask].")] = None,
) -> None:
    """Extract events from documents without a database: one prediction line per document."""
    from techties.interfaces.batch import extract_jsonl

    handle = _open_output(output)
    try:
        written, errors = extract_jsonl(source, handle, workers=workers, dask=dask)
    finally:
        if handle is not sys.stdout:
            handle.close()
    console.print(f"{written} documents → {output}")
    for error in errors:
        console.print(Text.assemble(("skipped", "yellow"), f" {error.source}: {error.message}"))
    if errors:
        raise typer.Exit(1)


@app.command()
def vocabulary(fmt: Annotated[str, typer.Option("--format", help="table, json or markdown.")] = "table") -> None:
    """The event types, stages and domains, with their descriptions (generated from the model)."""
    from techties.interfaces.vocabulary_page import vocabulary_markdown
    from techties.model.loader import VOCABULARIES, load_vocabulary

    if fmt == "markdown":
        sys.stdout.write(vocabulary_markdown())
        return
    if fmt == "json":
        for name in VOCABULARIES:
            for term in load_vocabulary(name).terms:
                sys.stdout.write(json.dumps({"vocabulary": name, "value": term.value, "label": term.label,
                                             "description": term.description}, ensure_ascii=False) + "\n")
        return
    for name in VOCABULARIES:
        table = Table(title=name)
        table.add_column("value")
        table.add_column("description", overflow="fold")
        for term in load_vocabulary(name).terms:
            table.add_row(term.value, term.description)
        out.print(table)


# The command groups of later capabilities live in their own modules and register on `app`.
from techties.interfaces.cli import (  # noqa: E402
    alert_commands,  # noqa: F401
    analysis_commands,  # noqa: F401
    curated_commands,  # noqa: F401
    science_commands,  # noqa: F401
    watch_commands,  # noqa: F401
    web_commands,  # noqa: F401
)


def main() -> None:
    """Entry point: maps aborts to exit code 2 and a closed pipe to a quiet exit."""
    try:
        app()
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    except RunAbort as exc:
        console.print(Text.assemble(("error:", "red"), f" {exc}"))
        sys.exit(2)
    except TechtiesError as exc:
        console.print(Text.assemble(("error:", "red"), f" {exc}"))
        sys.exit(2)
    except Exception as exc:  # a bug: the run is aborted, which is exit code 2, not 1
        console.print_exception()
        console.print(Text(f"error: the run was aborted ({type(exc).__name__}: {exc})", style="red"))
        sys.exit(2)


if __name__ == "__main__":
    main()
