"""Commands of the curated knowledge base: demo, coverage, curated.

Registered on the shared Typer app when app.py imports this module.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from techties.interfaces.cli.app import DbOption, app, console, open_store, out, sample_articles


@app.command()
def demo(
    db: DbOption = None,
    serve: Annotated[bool, typer.Option(help="End by serving the dashboard.")] = True,
    host: Annotated[str, typer.Option(help="Address the dashboard listens on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port of the dashboard.")] = 8000,
) -> None:
    """Build a database from the curated knowledge base and the sample articles, then show it."""
    from techties.interfaces.demo import build_demo, demo_database_url
    from techties.store.store import database_label

    url = demo_database_url(db)
    with open_store(url) as store:
        with console.status("building the demo database"):
            summary = build_demo(store, sample_articles())
    out.print(f"techties demo: database {database_label(url)}", highlight=False, soft_wrap=True)
    table = Table(title="techties demo", show_header=False)
    report = summary.ingest
    for label, value in (
            ("events (as the dashboard counts them)", summary.counts["events"]),
            ("curated events (analyst-verified)", summary.counts["curated"]),
            ("extracted events", summary.counts["extracted"]),
            ("of which report a curated event", report.linked),
            ("sample documents ingested", report.added),
            ("relevant documents", report.relevant),
            ("duplicates linked", report.exact_duplicates + report.near_duplicates),
            ("alerts raised by the rules", summary.alerts),
            ("sample co-publications (fictional, for the Science page)", summary.copublications),
            ("failed items", len(report.failures))):
        table.add_row(label, str(value))
    out.print(table)
    domains = Table("domain", "events", title="events by domain")
    for domain, n in summary.by_domain.items():
        domains.add_row(domain, str(n))
    out.print(domains)
    latest = Table("date", "type", "stage", "china", "russia", "origin", title="latest events")
    for e in summary.latest:
        latest.add_row(e.date or "", e.type, e.stage, "; ".join(e.china_actors),
                       "; ".join(e.russia_actors), e.origin)
    out.print(latest)
    if not serve:
        from techties import settings

        if db is None and settings.demo_is_default():
            console.print("other commands read this database until you have your own, e.g. "
                          "`techties events`", highlight=False, soft_wrap=True)
        elif db is None:
            console.print(f"your own store {settings.default_database_path()} stays the default; "
                          f"query the demo with --db {database_label(url)}", highlight=False,
                          soft_wrap=True)
        return
    try:
        from techties.interfaces.web.server import serve as serve_dashboard
    except ImportError:
        console.print("the dashboard is not part of this version; "
                      f"query the demo with: techties events --db {url}")
        return
    serve_dashboard(url, host, port)


@app.command()
def coverage(
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """What the curated knowledge base covers: events per year, domain, type and stage."""
    from techties.curation.coverage import coverage as compute
    from techties.model.curated import load_curated_events

    result = compute(load_curated_events(), last_year=max(date.today().year, 2026))
    if fmt == "json":
        out.print_json(json.dumps(result, ensure_ascii=False))
        return
    if fmt != "table":
        raise typer.BadParameter("use table or json", param_hint="--format")
    out.print(f"curated events: {result['total']}   without a source URL: {result['without_url']}")
    for key in ("by_year", "by_domain", "by_type", "by_stage", "by_source_kind"):
        table = Table(key.removeprefix("by_").replace("_", " "), "events")
        for value, n in result[key].items():
            table.add_row(value, str(n), style="red" if n == 0 else None)
        out.print(table)


@app.command()
def curated(db: DbOption = None) -> None:
    """Load (or refresh) the curated knowledge base into the database."""
    from techties.curation.seed import seed_curated
    from techties.store.store import database_label

    with open_store(db, writing=True) as store:
        n = seed_curated(store)
    out.print(f"{n} curated events in {database_label(store.url)}")


@app.command()
def projects(
    project_id: Annotated[str | None, typer.Argument(help="One project's id: its events in order.")] = None,
    db: DbOption = None,
) -> None:
    """Projects of the curated knowledge base and the path of stages each has taken."""
    from techties.curation.projects import project_paths

    with open_store(db) as store:
        paths = project_paths(store, project_id)
    if project_id and not paths:
        raise typer.BadParameter(f"no project {project_id!r} in this database "
                                 "(load the knowledge base with `techties curated`)")
    if not project_id:
        table = Table("id", "project", "events", "from", "to", "path")
        for p in paths:
            first, last = p.span
            table.add_row(p.project.id, p.project.name, str(len(p.events)), first or "",
                          last or "", " → ".join(p.stages))
        out.print(table)
        return
    (path,) = paths
    out.print(Text.assemble((path.project.name, "bold"), f" — {path.project.summary}"))
    out.print("path: " + " → ".join(path.stages))
    table = Table("date", "stage", "type", "summary")
    for e in path.events:
        table.add_row(e.date or "", e.stage, e.type, e.summary)
    out.print(table)
