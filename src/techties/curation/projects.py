"""The path of a project: its events oldest first and the stages they passed through."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from techties.analysis.periods import known_month
from techties.store.read import events as event_reads
from techties.store.read import projects as project_reads
from techties.store.read.events import EventFilter, EventRow
from techties.store.read.projects import ProjectRow
from techties.store.store import Store


def stage_path(stages: Iterable[str]) -> list[str]:
    """The stages in order with repeats collapsed: signed, signed, implemented → signed, implemented."""
    path: list[str] = []
    for stage in stages:
        if not path or path[-1] != stage:
            path.append(stage)
    return path


# a project with no event for this long has gone quiet: stalled, finished or unreported
QUIET_MONTHS = 18


def months_since(partial: str, today: date) -> int:
    """Whole months from the month a partial date is known by (a year-only 2019 counts from
    December 2019, analysis.periods.known_month) to today: vagueness never makes a project
    look quieter than it is."""
    known = known_month(partial)
    if known is None:
        raise ValueError(f"not a partial date: {partial!r}")
    return today.year * 12 + today.month - 1 - known


@dataclass(frozen=True)
class ProjectState:
    """Where a project stands: the stage and date of its latest dated event, and whether it
    has gone quiet (no event for QUIET_MONTHS months before `today`)."""

    stage: str | None
    date: str | None
    quiet: bool
    months_quiet: int | None


def project_state(events: Iterable[tuple[str | None, str]], today: date) -> ProjectState:
    """The state from (date, stage) pairs; undated events say nothing about when."""
    dated = sorted((d, s) for d, s in events if d)
    if not dated:
        return ProjectState(None, None, False, None)
    last_date, last_stage = dated[-1]
    months = max(0, months_since(last_date, today))
    return ProjectState(last_stage, last_date, months >= QUIET_MONTHS, months)


@dataclass
class ProjectPath:
    project: ProjectRow
    events: list[EventRow] = field(default_factory=list)  # oldest first, undated last

    @property
    def stages(self) -> list[str]:
        return stage_path(e.stage for e in self.events)

    @property
    def span(self) -> tuple[str | None, str | None]:
        dates = [e.date for e in self.events if e.date]
        return (min(dates), max(dates)) if dates else (None, None)

    def state(self, today: date) -> ProjectState:
        return project_state(((e.date, e.stage) for e in self.events), today)


def project_paths(store: Store, project_id: str | None = None) -> list[ProjectPath]:
    """Every project (or one) with its curated events in date order."""
    paths = []
    for project in project_reads.listing(store):
        if project_id and project.id != project_id:
            continue
        rows = event_reads.find(store, EventFilter(project=project.id, limit=None))
        rows.sort(key=lambda e: (e.date is None, e.date or "", e.id))
        paths.append(ProjectPath(project, rows))
    return paths
