"""The dashboard's pages, server-rendered; each shows what its JSON twin under /api/v1 returns."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated, Any, TypeVar
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from techties.interfaces.user_dates import DateInputError, optional_partial_date
from techties.interfaces.web import auth, views, visits
from techties.interfaces.web.params import (
    DOCUMENT_SOURCE_KINDS,
    ORIGINS,
    REVIEW_STATUSES,
    SIDES,
    Parsed,
    page_document_filter,
    page_event_filter,
    page_network_filter,
)
from techties.interfaces.web.render import Renderer, domain_colours
from techties.model.behaviour import stage_inks
from techties.store import write
from techties.store.accounts import User
from techties.store.read import actors as actor_reads
from techties.store.read import events as event_reads
from techties.store.review import ACTIONS, EventEdit, ReviewError
from techties.store.store import Store

router = APIRouter(include_in_schema=False)
Reader = Annotated[User, Depends(auth.page_user("viewer"))]
Analyst = Annotated[User, Depends(auth.page_user("analyst"))]


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _render(request: Request, template: str, twin: str | None = None, status: int = 200,
            **context: Any) -> Response:
    renderer: Renderer = request.app.state.renderer
    return renderer.page(request, template, context, status=status, twin=twin)


T = TypeVar("T")


def _found(value: T | None, what: str, key: str) -> T:
    """`value`, or a 404 page saying which `what` has no `key`."""
    if value is None:
        raise HTTPException(404, f"no {what} {key}")
    return value


def _twin(path: str, request: Request) -> str:
    return f"{path}?{request.url.query}" if request.url.query else path


def _filter_page(request: Request, template: str, api: str, parsed: Parsed, data: Any,
                 **context: Any) -> Response:
    """A page of rows picked by the query's filter: the values it dropped and the dates it
    did not understand are shown, and its JSON twin is `api` with the same query."""
    return _render(request, template, twin=_twin(api, request), data=data,
                   params=dict(request.query_params), dropped=parsed.dropped, notes=parsed.notes,
                   **context)


def _actor_choices(store: Store) -> list[tuple[str, str, str]]:
    """(id, name, country) of every knowledge-base actor, for the actor pickers."""
    return actor_reads.choices(store)


def _filter_values(store: Store) -> dict[str, list[str]]:
    return event_reads.filter_values(store)


@router.get("/theme.css")
def theme() -> Response:
    """Domain and stage colours as CSS classes (inline styles are barred by the CSP); a stage's
    badge takes its `ink` (vocab/stages.yaml)."""
    rules = [f".dom-{d}, .dom-border-{d} {{ --c: {colour}; }}" for d, colour in domain_colours().items()]
    rules += [f".stage-{s} {{ color: {ink}; }}" for s, ink in stage_inks().items()]
    return Response("\n".join(rules) + "\n", media_type="text/css",
                    headers={"Cache-Control": "public, max-age=86400"})


@router.get("/favicon.ico")
def favicon() -> Response:
    return RedirectResponse("/static/favicon.svg", status_code=301)


@router.get("/")
def overview_page(request: Request, user: Reader) -> Response:
    """The overview opens with what is new since the date the analyst picks (?since=),
    else since their last visit, else over the last 30 days."""
    now = datetime.now(UTC)
    previous, cookie = visits.last_visit(request.cookies.get(visits.COOKIE), now)
    picked, note = None, None
    try:
        picked = optional_partial_date(request.query_params.get("since"))
    except DateInputError as exc:
        note = f"since: {exc}"
    since = views.start_of(picked) if picked else previous
    data = views.overview(_store(request), since)
    twin = "/api/v1/overview?" + urlencode({"since": data["changes"]["since"][:10]})
    response = _render(request, "overview.html", twin=twin, data=data, picked=picked,
                       last_visit=previous if not picked else None, notes=[note] if note else [])
    response.set_cookie(visits.COOKIE, cookie, httponly=True, samesite="lax", path="/",
                        secure=request.url.scheme == "https", max_age=visits.MAX_AGE_S)
    return response


@router.get("/events")
def events_page(request: Request, user: Reader) -> Response:
    parsed = page_event_filter(request.query_params)
    store = _store(request)
    data = views.events(store, parsed.value)
    return _filter_page(request, "events.html", "/api/v1/events", parsed, data, f=parsed.value,
                             values=_filter_values(store), actors=_actor_choices(store), sides=SIDES,
                        origins=ORIGINS, statuses=REVIEW_STATUSES,
                        export=urlencode(parsed.value.active() | {"sort": parsed.value.sort,
                                                                  "order": parsed.value.order}))


@router.get("/events/{event_id}")
def event_page(request: Request, user: Reader, event_id: str) -> Response:
    store = _store(request)
    data = _found(views.event(store, event_id), "event", event_id)
    detail = data["event"]
    text = views.document_text(store, detail.document_id) if detail.document_id else None
    spans = [(e.start, e.end, e.text) for e in detail.evidence]
    editing = {"CN": [a.actor_id or a.name for a in detail.actors if a.side == "CN"],
               "RU": [a.actor_id or a.name for a in detail.actors if a.side == "RU"]}
    return _render(request, "event.html", twin=f"/api/v1/events/{event_id}", data=data,
                   e=detail, text=text, spans=spans, editing=editing,
                   actors=_actor_choices(store) if user.can("analyst") else [],
                   done=request.query_params.get("done"))


def _form_list(value: str) -> list[str]:
    return [line.strip() for line in value.replace(",", "\n").splitlines() if line.strip()]


@router.post("/events/{event_id}/review")
async def review_page_action(request: Request, user: Analyst, event_id: str) -> Response:
    form = await request.form()
    auth.check_csrf(request, str(form.get("csrf", "")))
    action = str(form.get("action", ""))
    edit = None
    if action == "edit":
        try:
            optional_partial_date(str(form.get("date", "")))
        except DateInputError as exc:
            raise ReviewError(f"date: {exc}", 422) from None
        edit = EventEdit(
            type=str(form.get("type") or "") or None, stage=str(form.get("stage") or "") or None,
            date=str(form.get("date", "")).strip(), summary=str(form.get("summary", "")) or None,
            domains=[str(d) for d in form.getlist("domains")],
            china_actors=_form_list(str(form.get("china_actors", ""))),
            russia_actors=_form_list(str(form.get("russia_actors", ""))))
    write.review_event(_store(request), event_id, action, user.username, edit,
                       str(form.get("note", "")))
    target = auth.safe_next(str(form.get("next") or f"/events/{event_id}"))
    sep = "&" if "?" in target else "?"
    return RedirectResponse(f"{target}{sep}{urlencode({'done': ACTIONS[action]})}",
                            status_code=303)


@router.get("/review")
def review_page(request: Request, user: Reader) -> Response:
    parsed = page_event_filter(request.query_params, limit=25)
    store = _store(request)
    data = views.events(store, views.review_filter(parsed.value))
    recent = event_reads.recent_reviews(store, 15)
    return _filter_page(request, "review.html", "/api/v1/review/queue", parsed, data,
                        f=parsed.value, recent=recent, done=request.query_params.get("done"))


@router.get("/actors")
def actors_page(request: Request, user: Reader) -> Response:
    params = request.query_params
    country = params.get("country") if params.get("country") in SIDES else None
    search = (params.get("search") or "").strip()[:200] or None
    resolved = {"yes": True, "no": False}.get(params.get("resolved", ""))
    try:
        offset = max(int(params.get("offset") or 0), 0)
    except ValueError:
        offset = 0
    data = views.actors(_store(request), country, search, resolved, 100, offset)
    return _render(request, "actors.html", twin=_twin("/api/v1/actors", request), data=data,
                   params=dict(params), country=country, search=search or "")


@router.get("/network")
def network_page(request: Request, user: Reader) -> Response:
    store = _store(request)
    start = views.default_network_start(store)
    parsed = page_network_filter(request.query_params, start)
    data = views.network(store, parsed.value)
    twin = "/api/v1/network?" + urlencode({k: v for k, v in data["filters"].items()})
    return _render(request, "network.html", twin=twin, data=data, nf=parsed.value,
                   dropped=parsed.dropped, notes=parsed.notes, default_start=start)


@router.get("/domains")
def domains_page(request: Request, user: Reader) -> Response:
    return _render(request, "domains.html", twin="/api/v1/domains", domains=views.domains(_store(request)))


@router.get("/documents")
def documents_page(request: Request, user: Reader) -> Response:
    parsed = page_document_filter(request.query_params)
    store = _store(request)
    data = views.documents(store, parsed.value)
    return _filter_page(request, "documents.html", "/api/v1/documents", parsed, data,
                        df=parsed.value, langs=_filter_values(store)["lang"],
                        source_kinds=DOCUMENT_SOURCE_KINDS)


@router.get("/documents/{document_id}")
def document_page(request: Request, user: Reader, document_id: str) -> Response:
    doc = _found(views.document(_store(request), document_id), "document", document_id)
    store = _store(request)
    spans: list[tuple[int, int, str]] = []
    for row in doc.events:
        detail = event_reads.detail(store, row.id)
        if detail is not None:
            spans.extend((e.start, e.end, e.text) for e in detail.evidence)
    return _render(request, "document.html", twin=f"/api/v1/documents/{document_id}", doc=doc,
                   spans=spans)


@router.get("/projects")
def projects_page(request: Request, user: Reader) -> Response:
    return _render(request, "projects.html", twin="/api/v1/projects",
                   projects=views.projects(_store(request)))


def _detail_page(collection: str, what: str, read: Callable[[Store, str], object | None],
                 name: str) -> None:
    """The page of one actor, domain or project: its record (404 when there is none),
    rendered by `<what>.html` as `name`, beside its JSON twin."""
    def page(request: Request, user: Reader, key: str) -> Response:
        context: dict[str, Any] = {name: _found(read(_store(request), key), what, key)}
        return _render(request, f"{what}.html", twin=f"/api/v1/{collection}/{key}", **context)
    router.add_api_route(f"/{collection}/{{key}}", page, methods=["GET"], name=f"{what}_page")


_detail_page("actors", "actor", views.actor, "a")
_detail_page("domains", "domain", views.domain, "d")
_detail_page("projects", "project", views.project, "data")


@router.get("/sources")
def sources_page(request: Request, user: Reader) -> Response:
    return _render(request, "sources.html", twin="/api/v1/sources", data=views.sources(_store(request)))


# -- login ------------------------------------------------------------------------------


@router.get("/login")
def login_page(request: Request) -> Response:
    next_url = auth.safe_next(request.query_params.get("next"))
    access: auth.Access = request.app.state.access
    return _render(request, "login.html", next_url=next_url, error=None,
                   no_users=not access.accounts.has_users())


@router.post("/login")
async def login(request: Request) -> Response:
    form = await request.form()
    auth.check_csrf(request, str(form.get("csrf", "")))
    next_url = auth.safe_next(str(form.get("next") or "/"))
    access: auth.Access = request.app.state.access
    username = str(form.get("username", ""))[:64]
    keys = (auth.client_key(request), f"account {username.strip().lower()}")
    wait = access.throttle.wait(*keys)
    if wait:
        raise auth.too_many(wait)
    user = access.accounts.authenticate(username, str(form.get("password", ""))[:1024])
    if user is None:
        access.throttle.fail(*keys)
        # 200, not 401: a form page with its error, which browsers do not log as a failure
        return _render(request, "login.html", next_url=next_url,
                       error="Wrong user name or password.", no_users=not access.accounts.has_users())
    access.throttle.clear(keys[1])
    token = access.accounts.start_session(user)
    auth.rotate_csrf(request)
    response = RedirectResponse(next_url, status_code=303)
    response.set_cookie(auth.SESSION_COOKIE, token, httponly=True, samesite="lax",
                        secure=request.url.scheme == "https", path="/",
                        max_age=60 * 60 * 24 * 14)
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    form = await request.form()
    auth.check_csrf(request, str(form.get("csrf", "")))
    cookie = request.cookies.get(auth.SESSION_COOKIE)
    if cookie:
        request.app.state.access.accounts.end_session(cookie)
    auth.rotate_csrf(request)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(auth.SESSION_COOKIE, path="/")
    return response

