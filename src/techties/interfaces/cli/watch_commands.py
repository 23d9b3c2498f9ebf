"""Commands of live monitoring: watch (poll sources on schedule), sources (their health).

Registered on the shared Typer app when app.py imports this module.
"""

from __future__ import annotations

import json
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from techties.interfaces.cli.app import DbOption, app, console, open_store, out

SourcesOption = Annotated[Path | None, typer.Option(
    "--sources", help="YAML list of sources (url, name, lang, kind, interval, fetch_articles); "
                      "default: the feeds shipped with techties.", dir_okay=False)]
HEALTH_STYLE = {"ok": "green", "stale": "yellow", "failing": "red"}


@contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """Ctrl-C or SIGTERM sets `stop`: the current document is finished and saved, then the
    run ends. A second Ctrl-C aborts at once (each saved document is a whole transaction)."""
    previous: dict[int, Any] = {}

    def handle(signum: int, _frame: FrameType | None) -> None:
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        stop.set()
        console.print(f"stopping after the current document ({signal.Signals(signum).name})")

    for wanted in (signal.SIGINT, signal.SIGTERM):
        previous[wanted] = signal.signal(wanted, handle)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _poll_line(result: Any) -> Text:
    name = result.source.name
    if result.status == "failed":
        retry = result.retry_at.strftime("%Y-%m-%d %H:%M UTC") if result.retry_at else "later"
        return Text.assemble((f"{name}: failed", "red"), f" — {result.error} (next try {retry})")
    if result.status == "unchanged":
        return Text(f"{name}: unchanged")
    skipped = f", {len(result.skipped_items)} skipped" if result.skipped_items else ""
    stopped = " (stopped)" if result.status == "stopped" else ""
    return Text(f"{name}: {result.added} new of {result.seen}{skipped}{stopped}")


def _cycle_lines(report: Any) -> None:
    if report.new_alerts:
        console.print(f"{len(report.new_alerts)} new alerts")
    for result in report.deliveries:
        if result.error:
            console.print(Text.assemble((f"{result.channel} to {result.target} failed:", "yellow"),
                                        f" {result.error}"))
        elif result.sent:
            console.print(f"{result.sent} alerts sent by {result.channel} to {result.target}")
    if report.alert_error:
        console.print(Text.assemble(("alert rules failed:", "yellow"), f" {report.alert_error}"))


@app.command()
def watch(
    sources: SourcesOption = None,
    once: Annotated[bool, typer.Option("--once", help="Poll every source once and exit (a failing "
                                                      "source still in its backoff is left out).")] = False,
    due_only: Annotated[bool, typer.Option("--due-only", help="With --once: only the sources whose "
                                                              "interval has passed (for cron).")] = False,
    allow_private: Annotated[bool, typer.Option(help="Allow fetching loopback and private addresses "
                                                     "(also TECHTIES_ALLOW_PRIVATE_URLS=1).")] = False,
    alerts: Annotated[bool, typer.Option("--alerts/--no-alerts",
                                         help="Run the alert rules after a poll that added documents, "
                                              "and deliver new alerts when configured.")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="With --once: print the polls as JSON.")] = False,
    db: DbOption = None,
) -> None:
    """Poll news feeds and pages on their schedules, ingest new documents, raise and deliver
    alerts; runs until Ctrl-C or SIGTERM. See docs/watch.md."""
    from techties import settings
    from techties.interfaces.watch import Watcher
    from techties.sources.watched import default_sources, load_sources

    listed = load_sources(sources) if sources else default_sources()
    stop = threading.Event()
    allow = allow_private or settings.allow_private_urls()
    with open_store(db, writing=True) as store, stop_on_signals(stop):
        watcher = Watcher(store, listed, allow_private=allow, stop=stop, alerts=alerts,
                          on_poll=None if as_json else (lambda r: console.print(_poll_line(r))))
        if once:
            report = watcher.cycle(due_only=due_only)
            _cycle_lines(report)
            if as_json:
                out.print_json(json.dumps([_poll_dict(p) for p in report.polls], ensure_ascii=False))
            failed = any(p.status == "failed" or p.skipped_items for p in report.polls)
            if failed:
                raise typer.Exit(1)
            return
        console.print(f"watching {len(listed)} sources; Ctrl-C or SIGTERM stops")
        watcher.run(on_cycle=_cycle_lines)
        console.print("stopped")


def _poll_dict(result: Any) -> dict[str, Any]:
    return {"name": result.source.name, "url": result.source.url, "status": result.status,
            "seen": result.seen, "added": result.added, "error": result.error,
            "skipped": [{"source": e.source, "message": e.message} for e in result.skipped_items]}


@app.command("sources")
def list_sources(
    sources: SourcesOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON Lines.")] = False,
    forget: Annotated[str | None, typer.Option(help="Drop the state of the source with this URL "
                                                    "(one no longer watched); its documents stay.")] = None,
    db: DbOption = None,
) -> None:
    """Watched sources with their health: ok, stale (no success for three intervals and at
    least a day) or failing (the last poll failed), last poll, last error, documents taken.
    With --sources, the sources of that file not polled yet are listed too."""
    from techties.sources.watched import load_sources
    from techties.store.read.sources import SourceState, utcnow
    from techties.store.read.sources import states as stored_states
    from techties.store.write import forget_source

    with open_store(db) as store:
        if forget:
            if not forget_source(store, forget):
                console.print(Text(f"no watched source {forget}", style="red"))
                raise typer.Exit(1)
            console.print(f"forgot {forget}")
            return
        states = stored_states(store)
    if sources:
        known = {s.url for s in states}
        states += [SourceState(url=s.url, name=s.name, kind=s.kind, lang=s.lang, interval=s.interval)
                   for s in load_sources(sources) if s.url not in known]
    now = utcnow()
    if as_json:
        for state in states:
            sys.stdout.write(json.dumps(state.as_dict(now), ensure_ascii=False) + "\n")
    elif not states:
        console.print("no watched sources yet: `techties watch` polls the shipped feeds, "
                      "`techties watch --sources FILE` your own")
    else:
        _print_table(states, now)
    if any(s.health(now) == "failing" for s in states):
        raise typer.Exit(1)


def _print_table(states: list[Any], now: Any) -> None:
    table = Table(title=f"{len(states)} watched sources")
    for column in ("health", "source", "kind", "last poll", "last success", "taken", "last error"):
        table.add_column(column)
    for s in states:
        health = s.health(now)
        table.add_row(Text(health, style=HEALTH_STYLE[health]), Text(f"{s.name}\n{s.url}"),
                      (s.kind or "").replace("_", " "), _when(s.last_poll), _when(s.last_success),
                      str(s.items_taken), Text(s.last_error or ""))
    out.print(table)


def _when(moment: Any) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "never"
