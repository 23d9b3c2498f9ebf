"""The path of a project: its events oldest first and the stages they passed through."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from techties.store.queries import EventQuery, EventRow, ProjectRow
from techties.store.store import Store


def stage_path(stages: Iterable[str]) -> list[str]:
    """The stages in order with repeats collapsed: signed, signed, implemented → signed, implemented."""
    path: list[str] = []
    for stage in stages:
        if not path or path[-1] != stage:
            path.append(stage)
    return path


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


def project_paths(store: Store, project_id: str | None = None) -> list[ProjectPath]:
    """Every project (or one) with its curated events in date order."""
    paths = []
    for project in store.projects():
        if project_id and project.id != project_id:
            continue
        rows = store.events(EventQuery(project=project.id, limit=None))
        rows.sort(key=lambda e: (e.date is None, e.date or "", e.id))
        paths.append(ProjectPath(project, rows))
    return paths
