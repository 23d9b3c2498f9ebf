"""REST API of science ties under /api/v1/science: the Science page, pairs, trends and a
pair's view, JSON or CSV, twins of the dashboard's pages."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request

from techties.interfaces.api import schemas
from techties.interfaces.api.routes import MAX_EXPORT, Viewer, _csv, _store
from techties.interfaces.web import science_views
from techties.interfaces.web.params import MAX_LIMIT, MAX_OFFSET, choice_query, vocab

router = APIRouter(prefix="/api/v1/science", tags=["science"])
DomainQuery = Annotated[str | None, choice_query(vocab("domain"), "Only works in this domain.")]
CSV: dict[int | str, dict[str, Any]] = {200: {"content": {"text/csv": {"schema": {"type": "string"}}}}}


def _flat(rows: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for row in rows:
        yield {k: "; ".join(f"{a} {b}" for a, b in v.items()) if isinstance(v, dict) else v
               for k, v in row.items()}


@router.get("", response_model=schemas.ScienceOverview, summary="The Science page")
def overview(request: Request, _user: Viewer, domain: DomainQuery = None) -> Any:
    """Co-publications in total, per year by domain, with the share in sensitive domains and
    new pairs per year, the top institution pairs and the newest defence-linked pairs."""
    return science_views.overview(_store(request), domain)


@router.get("/pairs", response_model=schemas.SciencePairPage, responses=CSV,
            summary="China–Russia institution pairs")
def pairs(request: Request, _user: Viewer, domain: DomainQuery = None,
          defence_linked: Annotated[bool, Query(description="Only pairs with a defence-linked "
                                                            "side.")] = False,
          limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
          offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
          format: Annotated[str, Query(pattern="^(json|csv)$",  # noqa: A002
                                       json_schema_extra={"enum": ["json", "csv"]})] = "json") -> Any:
    """Pairs with their number of co-publications, most first."""
    if format == "csv":
        data = science_views.pairs(_store(request), domain, defence_linked, MAX_EXPORT, 0)
        return _csv(_flat(data["pairs"]), "science-pairs.csv")
    return science_views.pairs(_store(request), domain, defence_linked, limit, offset)


@router.get("/trend", response_model=list[dict[str, Any]], summary="Co-publications per year")
def trend(request: Request, _user: Viewer, domain: DomainQuery = None,
          by: Annotated[str, Query(pattern="^(domain|pair|year)$",
                                   json_schema_extra={"enum": ["domain", "pair", "year"]})] = "domain"
          ) -> Any:
    """Works per year and domain, per year and pair (the top pairs), or per year in total
    with the sensitive share and new pairs."""
    return science_views.trend(_store(request), by, domain)


@router.get("/pairs/{china}/{russia}", response_model=schemas.SciencePairView,
            summary="A pair's events and co-publications")
def pair(request: Request, _user: Viewer, china: str, russia: str) -> Any:
    """A pair's news events and co-publications year by year, side by side."""
    found = science_views.pair(_store(request), china[:200], russia[:200])
    if found is None:
        raise HTTPException(404, f"no pair {china} – {russia}")
    return found
