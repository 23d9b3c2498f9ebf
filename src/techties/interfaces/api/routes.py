"""REST API routes under /api/v1: events, actors, documents, projects, statistics and time
series, the network, and review actions; paginated, filtered as on the pages, JSON or CSV."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import asdict, replace
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import FileResponse, StreamingResponse
from starlette.background import BackgroundTask

from techties.interfaces import exports
from techties.interfaces.api import schemas
from techties.interfaces.cells import SafeDictWriter, csv_writer
from techties.interfaces.web import views
from techties.interfaces.web.auth import api_user
from techties.interfaces.web.params import (
    DOCUMENT_SOURCE_KINDS,
    LANG,
    MAX_LIMIT,
    MAX_OFFSET,
    SIDES,
    DateParam,
    api_event_filter,
    choice_query,
    date_query,
    text_query,
    vocab,
)
from techties.store import write
from techties.store.accounts import User
from techties.store.read import events as event_reads
from techties.store.read import series as series_reads
from techties.store.read.actors import ActorProfile
from techties.store.read.documents import DocumentDetail, DocumentFilter
from techties.store.read.events import EventFilter, ReviewRow
from techties.store.read.network import NetworkFilter
from techties.store.review import EventEdit
from techties.store.store import Store

router = APIRouter(prefix="/api/v1", tags=["api"])
Viewer = Annotated[User, Depends(api_user("viewer"))]
Analyst = Annotated[User, Depends(api_user("analyst"))]
Filter = Annotated[EventFilter, Depends(api_event_filter)]
Id = Annotated[str, Query(max_length=200)]
MAX_EXPORT = 500_000
FORMATS = ("json", "csv", "xlsx")


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _not_found(what: str) -> HTTPException:
    return HTTPException(404, f"no {what}")


def _csv(rows: Iterator[dict[str, Any]], filename: str,
         columns: Sequence[str] | None = None) -> StreamingResponse:
    """Rows streamed as CSV, 500 at a time. The header is `columns`, else the first row's keys
    (then no row, no header); list values are joined with "; "."""
    def generate() -> Iterator[str]:
        buffer = io.StringIO()
        writer: SafeDictWriter | None = None
        if columns is not None:
            writer = csv_writer(buffer, columns)
            writer.writeheader()
        for n, row in enumerate(rows):
            if writer is None:
                writer = csv_writer(buffer, list(row))
                writer.writeheader()
            writer.writerow({k: "; ".join(map(str, v)) if isinstance(v, list) else v
                             for k, v in row.items()})
            if n % 500 == 0:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()

    return StreamingResponse(generate(), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _event_export(store: Store, f: EventFilter, fmt: str) -> Any:
    """Every event matching `f` (not just one page) as CSV or XLSX, in its sort order."""
    whole = replace(f, limit=MAX_EXPORT, offset=0)

    def rows() -> Iterator[Any]:
        yield from event_reads.stream(store, whole)

    if fmt == "csv":
        return _csv((exports._flat(row) for row in rows()), "events.csv", exports.COLUMNS)
    handle = tempfile.NamedTemporaryFile(suffix=".xlsx", delete=False)
    handle.close()
    path = Path(handle.name)
    exports.write_xlsx(event_reads.with_extras(store, rows()), path)
    return FileResponse(path, filename="events.xlsx", background=BackgroundTask(path.unlink),
                        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


FormatQuery = Annotated[str, Query(pattern="^(json|csv|xlsx)$", json_schema_extra={"enum": list(FORMATS)},
                                   description="json (one page), csv or xlsx (every matching event).")]
EVENT_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {"schema": {"type": "string"}},
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
                          {"schema": {"type": "string", "format": "binary"}}}}}


@router.get("/overview", response_model=schemas.Overview, summary="The overview page")
def overview(request: Request, _user: Viewer,
             since: Annotated[str | None, date_query("What is new since this date (default: "
                                                     "30 days ago)"), DateParam] = None) -> Any:
    """The numbers at a glance, what is new since a date, events per quarter by domain, by
    type and stage, the latest events and the active alerts."""
    return views.overview(_store(request), views.start_of(since) if since else None)


@router.get("/events", response_model=schemas.EventPage, responses=EVENT_RESPONSES,
            summary="Events, filtered, sorted and paginated")
def list_events(request: Request, _user: Viewer, f: Filter, format: FormatQuery = "json") -> Any:  # noqa: A002
    if format != "json":
        return _event_export(_store(request), f, format)
    return views.events(_store(request), f)


@router.get("/events/{event_id}", response_model=schemas.EventOut, summary="One event")
def get_event(request: Request, _user: Viewer, event_id: str) -> Any:
    """An event with its actors, evidence (offsets into the document text), sources, cited
    pages, project, the reports of a curated event, and its review history."""
    found = views.event(_store(request), event_id)
    if found is None:
        raise _not_found(f"event {event_id}")
    return found


@router.get("/events/{event_id}/history", response_model=list[ReviewRow],
            summary="An event's review history")
def event_history(request: Request, _user: Viewer, event_id: str) -> Any:
    found = views.event(_store(request), event_id)
    if found is None:
        raise _not_found(f"event {event_id}")
    return found["history"]


@router.post("/events/{event_id}/review", response_model=schemas.ReviewResult,
             summary="Accept, reject, edit or reopen an extracted event")
def review_event(request: Request, user: Analyst, event_id: str, body: schemas.ReviewIn) -> Any:
    """Needs the analyst role. With a session cookie, send the CSRF token in X-CSRF-Token;
    with an API token, nothing more."""
    edit = None
    if body.action == "edit":
        edit = EventEdit(type=body.type, stage=body.stage, date=body.date, summary=body.summary,
                         domains=body.domains, china_actors=body.china_actors,
                         russia_actors=body.russia_actors)
    store = _store(request)
    row = write.review_event(store, event_id, body.action, user.username, edit, body.note)
    detail = event_reads.detail(store, event_id)
    if detail is None:
        raise _not_found(f"event {event_id}")
    return {"review": row, "event": detail}


@router.get("/review/queue", response_model=schemas.EventPage, summary="The review queue")
def review_queue(request: Request, _user: Viewer, f: Filter) -> Any:
    """Extracted events waiting for an analyst, with the events filters."""
    return views.events(_store(request), views.review_filter(f))


@router.get("/actors", response_model=schemas.ActorPage, responses={200: {"content": {"text/csv": {}}}},
            summary="Actors and unresolved names with their event counts")
def list_actors(
    request: Request, _user: Viewer,
    country: Annotated[str | None, choice_query(SIDES, "CN or RU.")] = None,
    search: Annotated[str | None, text_query("Part of a name in any language.")] = None,
    resolved: Annotated[bool | None, Query(description="Only knowledge-base actors (true) "
                                           "or only unresolved names (false).")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    format: Annotated[str, Query(pattern="^(json|csv)$", json_schema_extra={"enum": ["json", "csv"]})] = "json",  # noqa: A002
) -> Any:
    if format == "csv":
        data = views.actors(_store(request), country, search, resolved, MAX_EXPORT, 0)
        return _csv((asdict(a) for a in data["actors"]), "actors.csv")
    return views.actors(_store(request), country, search, resolved, limit, offset)


@router.get("/actors/{actor_id}", response_model=ActorProfile, summary="One actor")
def get_actor(request: Request, _user: Viewer, actor_id: str) -> Any:
    """Profile (names in English, Russian and Chinese, kind, flags), events per year and
    type, partners on the other side and the latest events."""
    found = views.actor(_store(request), actor_id)
    if found is None:
        raise _not_found(f"actor {actor_id}")
    return found


@router.get("/network", response_model=schemas.Network, summary="The actor network")
def get_network(
    request: Request, _user: Viewer,
    domain: Annotated[str | None, choice_query(vocab("domain"), "Technology domain.")] = None,
    type: Annotated[str | None, choice_query(vocab("event_type"), "Event type.")] = None,  # noqa: A002
    date_from: Annotated[str | None, date_query("From this date"), DateParam] = None,
    date_to: Annotated[str | None, date_query("Up to this date"), DateParam] = None,
    since: Annotated[str | None, date_query("Same as date_from"), DateParam] = None,
    until: Annotated[str | None, date_query("Same as date_to"), DateParam] = None,
    min_weight: Annotated[int, Query(ge=1, le=1000, description="Fewest shared events.")] = 1,
    limit: Annotated[int, Query(ge=1, le=1000, description="Heaviest edges kept.")] = 300,
) -> Any:
    """Chinese and Russian knowledge-base actors linked by the events they share."""
    return views.network(_store(request), NetworkFilter(domain=domain, type=type,
                                                        date_from=date_from or since,
                                                        date_to=date_to or until, min_weight=min_weight,
                                                        limit=limit))


@router.get("/domains", response_model=list[schemas.DomainSummary], summary="Domains")
def list_domains(request: Request, _user: Viewer) -> Any:
    return views.domains(_store(request))


@router.get("/domains/{domain}", response_model=schemas.DomainProfile, summary="One domain")
def get_domain(request: Request, _user: Viewer, domain: str) -> Any:
    """Trajectory per year by stage, rhetoric (announced, signed) against delivery
    (implemented), events by type and the top actors on each side."""
    found = views.domain(_store(request), domain)
    if found is None:
        raise _not_found(f"domain {domain}")
    return found


@router.get("/documents", response_model=schemas.DocumentPage, responses={200: {"content": {"text/csv": {}}}},
            summary="Ingested documents")
def list_documents(
    request: Request, _user: Viewer,
    lang: Annotated[str | None, Query(pattern=LANG)] = None,
    source_kind: Annotated[str | None, choice_query(DOCUMENT_SOURCE_KINDS, "How it arrived.")] = None,
    duplicates: Annotated[str | None, choice_query(("only", "exclude"), "Duplicates only, or none.")] = None,
    relevant: bool | None = None,
    q: Annotated[str | None, text_query("Words in the title or URL.")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    format: Annotated[str, Query(pattern="^(json|csv)$", json_schema_extra={"enum": ["json", "csv"]})] = "json",  # noqa: A002
) -> Any:
    """What was ingested, when, from where, its language, duplicates and the events it yielded."""
    df = DocumentFilter(lang=lang, source_kind=source_kind, duplicates=duplicates, relevant=relevant,
                        q=q, limit=limit, offset=offset)
    if format == "csv":
        df.limit, df.offset = MAX_EXPORT, 0
        data = views.documents(_store(request), df)
        return _csv((asdict(d) for d in data["documents"]), "documents.csv")
    return views.documents(_store(request), df)


@router.get("/documents/{document_id}", response_model=DocumentDetail,
            summary="One document")
def get_document(request: Request, _user: Viewer, document_id: str) -> Any:
    found = views.document(_store(request), document_id)
    if found is None:
        raise _not_found(f"document {document_id}")
    return found


@router.get("/projects", response_model=list[schemas.ProjectOut], summary="Projects")
def list_projects(request: Request, _user: Viewer) -> Any:
    return views.projects(_store(request))


@router.get("/projects/{project_id}", response_model=schemas.ProjectDetail, summary="One project")
def get_project(request: Request, _user: Viewer, project_id: str) -> Any:
    found = views.project(_store(request), project_id)
    if found is None:
        raise _not_found(f"project {project_id}")
    return found


@router.get("/sources", summary="Watched sources and their health")
def list_sources(request: Request, _user: Viewer) -> dict[str, Any]:
    """The feeds and pages `techties watch` polls: last poll, last success, last error,
    documents taken, and health (ok, stale or failing)."""
    return views.sources(_store(request))


@router.get("/stats", summary="Totals of the store")
def stats(request: Request, _user: Viewer) -> dict[str, Any]:
    """Documents, duplicates, events and actors, and events by type, stage, domain, origin
    and language."""
    return event_reads.stats(_store(request))


@router.get("/series", response_model=schemas.Series, summary="Events over time")
def series(
    request: Request, _user: Viewer, f: Filter,
    by: Annotated[str, Query(pattern="^(domain|type|stage|origin)$",
                             json_schema_extra={"enum": ["domain", "type", "stage", "origin"]})] = "domain",
    interval: Annotated[str, Query(pattern="^(quarter|year)$",
                                   json_schema_extra={"enum": ["quarter", "year"]})] = "quarter",
) -> Any:
    """Event counts per quarter or year and per domain, type, stage or origin, with the
    events filters."""
    return series_reads.series(_store(request), by, interval, f)


@router.get("/vocabulary", summary="Event types, stages and domains")
def vocabulary(_user: Viewer) -> dict[str, list[dict[str, str]]]:
    return views.vocabulary()


@router.get("/me", response_model=schemas.Me, summary="Who is asking")
def me(request: Request, user: Viewer) -> Any:
    access = request.app.state.access
    return {"username": user.username, "role": user.role, "mode": access.identify(request).how,
            "login_required": access.login_required()}

