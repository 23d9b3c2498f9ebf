"""The web app: the analyst's pages and the REST API over one store, in one FastAPI app.

`create_app` wires the store, the accounts, the page and API routers, the static files
(vendored ECharts and Cytoscape.js: no CDN), the security headers and the one place where
errors become HTTP answers: JSON under /api, a page everywhere else.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib import resources
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from techties import __version__, settings
from techties.exceptions import TechtiesError
from techties.interfaces.web import auth
from techties.interfaces.web.hosts import HostPolicy
from techties.interfaces.web.render import Renderer
from techties.store import write
from techties.store.accounts import AccountError, User
from techties.store.read import events as event_reads
from techties.store.review import ReviewError
from techties.store.store import Store

log = logging.getLogger(__name__)

# No inline script anywhere; styles only from the app (ECharts and Cytoscape set element
# styles through the CSSOM, which style-src does not govern).
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
HSTS = "max-age=31536000"  # sent on HTTPS answers only (behind a proxy: see proxy.py)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def open_store(db_url: str | None) -> Store:
    """The store at `db_url` (else TECHTIES_DB, else the default file). Its actor table is the
    one ingest or seeding last wrote: serving a page does not rewrite it."""
    return Store.open(db_url)


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def create_app(db_url: str | None = None, *, host: str = "127.0.0.1",
               store: Store | None = None, port: int | None = None,
               allowed_hosts: tuple[str, ...] | None = None) -> FastAPI:
    """The app over `store` (or the store at `db_url`), for a server bound to `host`:
    a loopback host with no user created means single-user mode, anything else a login.

    `port` (the server's, when known) and `allowed_hosts` (default TECHTIES_ALLOWED_HOSTS)
    decide which Host headers are answered: see hosts.py."""
    from techties.interfaces.api.routes import router as api_router
    from techties.interfaces.api.science_routes import router as science_api_router
    from techties.interfaces.web.pages import router as page_router
    from techties.interfaces.web.science_pages import router as science_page_router

    owned = store is None
    the_store = store if store is not None else open_store(db_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            the_store.close()

    app = FastAPI(
        title="techties", version=__version__, lifespan=lifespan,
        description="China–Russia technology cooperation events: the analyst's REST API. "
                    "Every page of the dashboard has its JSON twin here.",
        docs_url=None, redoc_url=None, openapi_url=None)  # served below, behind the login
    app.state.store = the_store
    app.state.accounts = write.accounts(the_store)
    app.state.access = auth.Access(app.state.accounts, host)
    app.state.renderer = Renderer()
    app.state.hosts = HostPolicy(settings.allowed_hosts() if allowed_hosts is None else allowed_hosts,
                                 port)

    def pending_count() -> int:
        return event_reads.pending_count(the_store)

    app.state.pending_count = pending_count

    static = resources.files("techties.interfaces.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    _install_schema(app)
    app.include_router(api_router)
    app.include_router(science_api_router)
    app.include_router(page_router)
    app.include_router(science_page_router)
    _install_middleware(app)
    _install_error_handlers(app)
    return app


def _install_schema(app: FastAPI) -> None:
    """The OpenAPI schema at /openapi.json, for whoever may read the API."""

    @app.get("/openapi.json", include_in_schema=False)
    def openapi(_user: Annotated[User, Depends(auth.api_user("viewer"))]) -> JSONResponse:
        return JSONResponse(app.openapi())


def _install_middleware(app: FastAPI) -> None:
    @app.middleware("http")
    async def headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        hosts: HostPolicy = request.app.state.hosts
        if "%00" in request.url.query or "\x00" in request.url.path:
            response: Response = JSONResponse({"detail": "NUL characters are not allowed"}, 400)
        elif not hosts.accepts(request.headers.get("host", ""),
                               request.app.state.access.login_required):
            log.warning("refused Host header %r from %s", request.headers.get("host", "")[:100],
                        request.client.host if request.client else "?")
            request.state.identity = auth.Identity(None, "")  # served as nobody
            response = _error(request, 400, "unknown Host header: this server answers only to its "
                                            "own names (see --allowed-host)")
        else:
            response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if request.url.scheme == "https":
            response.headers.setdefault("Strict-Transport-Security", HSTS)
        if request.url.path.startswith("/static/"):
            response.headers.setdefault("Cache-Control", "public, max-age=86400")
        else:
            response.headers.setdefault("Cache-Control", "no-store")
        new_csrf = getattr(request.state, "new_csrf", None)
        if new_csrf:
            response.set_cookie(auth.CSRF_COOKIE, new_csrf, httponly=True, samesite="strict",
                                secure=request.url.scheme == "https", path="/")
        return response


def _error(request: Request, status: int, message: str,
           headers: dict[str, str] | None = None) -> Response:
    """The one place where an error becomes an answer: JSON under /api, else a page."""
    if _is_api(request) or request.url.path == "/openapi.json":
        return JSONResponse({"detail": message}, status_code=status, headers=headers)
    renderer: Renderer = request.app.state.renderer
    response = renderer.page(request, "error.html", {"status": status, "message": message},
                             status=status)
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        if _is_api(request):
            errors: Any = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")}
                           for e in exc.errors()]
            return JSONResponse({"detail": errors}, status_code=422)
        fields = ", ".join(str(e.get("loc", ["?"])[-1]) for e in exc.errors())
        return _error(request, 400, f"bad value for {fields}")

    @app.exception_handler(auth.LoginRequired)
    async def login_required(request: Request, exc: auth.LoginRequired) -> Response:
        from urllib.parse import urlencode

        return RedirectResponse("/login?" + urlencode({"next": exc.next_url}), status_code=303)

    @app.exception_handler(ReviewError)
    async def review_error(request: Request, exc: ReviewError) -> Response:
        return _error(request, exc.status, str(exc))

    @app.exception_handler(AccountError)
    async def account_error(request: Request, exc: AccountError) -> Response:
        return _error(request, 400, str(exc))

    @app.exception_handler(TechtiesError)
    async def techties_error(request: Request, exc: TechtiesError) -> Response:
        log.warning("%s %s: %s", request.method, request.url.path, exc)
        return _error(request, 400, str(exc))

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("%s %s failed", request.method, request.url.path)
        return _error(request, 500, "internal error: the server log has the details")
