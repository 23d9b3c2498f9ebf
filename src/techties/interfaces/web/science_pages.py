"""The dashboard's Science pages: the trajectory of co-publications and a pair's view, where
news events and co-publications of one China–Russia pair sit side by side."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import Response

from techties.interfaces.web import auth, science_views
from techties.interfaces.web.params import vocab
from techties.interfaces.web.render import Renderer
from techties.store.accounts import User
from techties.store.store import Store

router = APIRouter(include_in_schema=False)
Reader = Annotated[User, Depends(auth.page_user("viewer"))]


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


@router.get("/science")
def science_page(request: Request, user: Reader) -> Response:
    domain = request.query_params.get("domain")
    domain = domain if domain in vocab("domain") else None
    data = science_views.overview(_store(request), domain)
    renderer: Renderer = request.app.state.renderer
    twin = "/api/v1/science" + (f"?domain={domain}" if domain else "")
    return renderer.page(request, "science.html", {"data": data}, twin=twin)


@router.get("/science/pairs/{china}/{russia}")
def pair_page(request: Request, user: Reader, china: str, russia: str) -> Response:
    data = science_views.pair(_store(request), china, russia)
    if data is None:
        raise HTTPException(404, f"no pair {china} – {russia}")
    renderer: Renderer = request.app.state.renderer
    return renderer.page(request, "science_pair.html", {"p": data},
                         twin=f"/api/v1/science/pairs/{quote(china)}/{quote(russia)}")
