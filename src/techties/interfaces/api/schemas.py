"""The shapes the API answers with and accepts, for the OpenAPI schema and validation.

Rows are the store's own dataclasses (`EventRow`, `ActorRow` …), so the API and the store
use one word and one shape for each thing.
"""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING, Annotated, Any, Literal, get_type_hints

from pydantic import AfterValidator, BaseModel, Field, create_model

from techties.interfaces.user_dates import optional_partial_date
from techties.model.partial_dates import WELL_FORMED_PATTERN
from techties.store.read.actors import ActorRow
from techties.store.read.documents import DocumentListRow
from techties.store.read.events import EventDetail, EventRow, ReviewRow
from techties.store.read.science import CoPublication

PARTIAL_DATE = rf"^({WELL_FORMED_PATTERN})?$"  # or '', which clears the date
Name = str


class Page(BaseModel):
    total: int = Field(description="How many match in all.")
    limit: int
    offset: int


class EventPage(Page):
    filters: dict[str, str]
    sort: str
    order: str
    events: list[EventRow]


class ActorPage(Page):
    actors: list[ActorRow]


class DocumentPage(Page):
    documents: list[DocumentListRow]


class Series(BaseModel):
    interval: str
    by: str
    periods: list[str]
    series: dict[str, list[int]]
    undated_in_interval: int = Field(description="Events left out for want of a date precise "
                                                 "enough for the interval.")


class Overview(BaseModel):
    numbers: dict[str, int]
    by_review_status: dict[str, int]
    quarterly_by_domain: Series
    by_type: dict[str, int]
    by_stage: dict[str, int]
    latest: list[EventRow]
    alerts: list[dict[str, Any]] | None = Field(
        description="Active alerts of the analysis capability; null where it is not installed.")
    changes: dict[str, Any] = Field(
        description="What entered the store since `since`: counts and the latest new events, "
                    "actors, China–Russia ties and alerts.")


class EventOut(BaseModel):
    event: EventDetail
    history: list[ReviewRow]


class NetworkNode(BaseModel):
    id: str
    name: str
    country: str
    kind: str
    defence_linked: bool
    weight: int


class NetworkEdge(BaseModel):
    source: str
    target: str
    weight: int = Field(description="Events the two actors share.")


class Network(BaseModel):
    filters: dict[str, Any]
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class DomainSummary(BaseModel):
    value: str
    label: str
    description: str
    events: int


class DomainProfile(BaseModel):
    domain: str
    label: str
    description: str
    events: int
    trajectory: Series
    rhetoric_delivery: dict[str, list[Any]]
    by_type: dict[str, int]
    top_actors: dict[str, list[dict[str, Any]]]
    latest: list[EventRow]


class ProjectOut(BaseModel):
    id: str
    name: str
    summary: str
    domains: list[str]
    events: int
    latest_stage: str | None = Field(None, description="Stage of the project's latest dated event.")
    latest_date: str | None = Field(None, description="Date of that event (partial: YYYY, YYYY-MM or YYYY-MM-DD).")
    quiet: bool = Field(False, description="No event for 18 months: stalled, finished or unreported.")
    months_quiet: int | None = Field(None, description="Whole months since the latest event.")


class ProjectDetail(BaseModel):
    project: ProjectOut
    events: list[EventRow]


def _edited_date(value: str | None) -> str | None:
    """'' (clear the date) stays ''; a date must be a real one (no 2023-02-30)."""
    return value if not value else optional_partial_date(value)


class ReviewIn(BaseModel):
    """A verdict on an extracted event. For `edit`, the fields given replace the event's;
    actors are knowledge-base ids or names as written."""

    action: Literal["accept", "reject", "edit", "reopen"]
    note: str = Field("", max_length=2000)
    type: str | None = Field(None, max_length=64)
    stage: str | None = Field(None, max_length=64)
    date: Annotated[str | None, AfterValidator(_edited_date)] = Field(
        None, pattern=PARTIAL_DATE, description="'' clears the date.")
    summary: str | None = Field(None, max_length=2000)
    domains: list[str] | None = Field(None, max_length=20)
    china_actors: list[Name] | None = Field(None, max_length=30)
    russia_actors: list[Name] | None = Field(None, max_length=30)


class ReviewResult(BaseModel):
    review: ReviewRow
    event: EventDetail


class Me(BaseModel):
    username: str
    role: str
    mode: str = Field(description="How the caller is known: token, session or single-user.")
    login_required: bool



# -- science: co-publications (issue: science ties) -----------------------------------------


class SciencePair(BaseModel):
    """A Chinese and a Russian institution (a knowledge-base actor id, else the OpenAlex id)."""

    china: str
    china_id: str
    china_resolved: bool
    russia: str
    russia_id: str
    russia_resolved: bool
    works: int
    first_year: int | None
    last_year: int | None
    defence_linked: bool
    domains: dict[str, int]
    by_year: dict[str, int]


class SciencePairPage(Page):
    pairs: list[SciencePair]


def _work_fields() -> dict[str, Any]:
    """The fields of a stored co-publication (`CoPublication`), in its order, as the API shows
    them: with the work's OpenAlex page (`url`) and each signer as its key, name and actor id."""
    hints = get_type_hints(CoPublication)
    shown: dict[str, Any] = {}
    for f in fields(CoPublication):
        if f.name == "china":
            shown["url"] = (str, ...)
        signer = f.name in ("china", "russia")
        shown[f.name] = (list[dict[str, Any]] if signer else hints[f.name], ...)
    return shown


if TYPE_CHECKING:  # a model built at run time is a plain BaseModel to the type checker
    ScienceWork = BaseModel
else:
    ScienceWork = create_model("ScienceWork", **_work_fields())


class ScienceOverview(BaseModel):
    domain: str | None
    summary: dict[str, Any]
    trajectory: dict[str, Any]
    by_year: list[dict[str, Any]]
    top_pairs: list[SciencePair]
    defence_pairs: list[SciencePair]
    latest: list[ScienceWork]


class SciencePairYear(BaseModel):
    year: int
    events: list[EventRow]
    works: list[ScienceWork]


class SciencePairView(BaseModel):
    china: dict[str, Any]
    russia: dict[str, Any]
    works: int
    events: int
    timeline: list[SciencePairYear]
    undated_events: list[EventRow]
    domains: dict[str, int]
