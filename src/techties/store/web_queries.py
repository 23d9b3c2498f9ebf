"""Read queries of the dashboard and the API: counts over time, the overview, the actor
network, actor and domain profiles, and documents with what they yielded. The events
themselves are listed and counted by `event_filter`, on whose conditions these build.

Like `queries`, every function takes a connection and returns plain dataclasses or dicts,
the same on SQLite and PostgreSQL. Aggregates are computed in SQL (GROUP BY over indexed
columns) so that a store of 100,000 events answers within the dashboard's time budget.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    case,
    func,
    or_,
    select,
)
from sqlalchemy.orm import aliased

from techties.model.behaviour import stages_in_group
from techties.store import counters
from techties.store import event_filter as ef
from techties.store.event_filter import DOCUMENT_SOURCE_KINDS, EventFilter
from techties.store.models import (
    ActorModel,
    DocumentModel,
    DocumentSourceModel,
    EventActorModel,
    EventDomainModel,
    EventModel,
    EventSourceModel,
    PairCountModel,
    PairFacetCountModel,
    PairFacetTotalModel,
    PairTotalModel,
    ProjectModel,
)
from techties.store.queries import EventRow

SIDES = ("CN", "RU")

# -- counts over time -------------------------------------------------------------------


def quarter(month: str) -> str:
    """'2021-05' → '2021-Q2'."""
    return f"{month[:4]}-Q{(int(month[5:7]) - 1) // 3 + 1}"


def _period_rows(conn: Connection, f: EventFilter | None, by: str, precision: int) -> list[Any]:
    period = func.substr(EventModel.date, 1, precision).label("period")
    if by == "domain":
        key: Any = EventDomainModel.domain
        stmt = (select(period, key.label("key"), func.count().label("n"))
                .select_from(EventDomainModel)
                .join(EventModel, EventModel.id == EventDomainModel.event_id))
        if f is not None and ef.needs_document(f):
            stmt = stmt.outerjoin(DocumentModel, DocumentModel.id == EventModel.document_id)
    else:
        key = {"type": EventModel.type, "stage": EventModel.stage,
               "origin": EventModel.origin}[by]
        stmt = select(period, key.label("key"), func.count().label("n")).select_from(EventModel)
        if f is not None and ef.needs_document(f):
            stmt = stmt.outerjoin(DocumentModel, DocumentModel.id == EventModel.document_id)
    stmt = stmt.where(func.length(EventModel.date) >= precision)
    if f is not None:
        stmt = stmt.where(*ef.event_conditions(f))
    return list(conn.execute(stmt.group_by(period, key)))


def series(conn: Connection, by: str = "domain", interval: str = "quarter",
           f: EventFilter | None = None) -> dict[str, Any]:
    """Event counts per period (quarter or year) and per value of `by` (domain, type, stage,
    origin): {"interval", "by", "periods": [...], "series": {value: [count per period]}}.

    Quarters need a month: events dated only by year count in yearly series alone, and
    `undated_in_interval` says how many were left out.
    """
    if by not in ("domain", "type", "stage", "origin"):
        raise ValueError(f"cannot count by {by!r}")
    if f is None and by == "domain" and interval == "quarter":
        return _domain_quarters(conn)
    precision = 7 if interval == "quarter" else 4
    f = ef.resolved(conn, f) if f is not None else None
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in _period_rows(conn, f, by, precision):
        period = quarter(row.period) if interval == "quarter" else row.period
        counts[row.key][period] += row.n
    periods = sorted({p for per in counts.values() for p in per})
    periods = _fill_periods(periods, interval)
    ordered = sorted(counts, key=lambda k: -sum(counts[k].values()))
    coarse = ef.select_events(f or EventFilter(), func.count(EventModel.id), document=False).where(
        or_(EventModel.date.is_(None), func.length(EventModel.date) < precision))
    return {"interval": interval, "by": by, "periods": periods,
            "series": {k: [counts[k].get(p, 0) for p in periods] for k in ordered},
            "undated_in_interval": int(conn.execute(coarse).scalar_one())}


def _domain_quarters(conn: Connection) -> dict[str, Any]:
    """`series(conn, "domain", "quarter")` of the whole store, read from the counters."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (domain, month), n in counters.values(conn, "domain_month").items():
        counts[domain][quarter(month)] += n
    periods = _fill_periods(sorted({p for per in counts.values() for p in per}), "quarter")
    ordered = sorted(counts, key=lambda k: -sum(counts[k].values()))
    dated = counters.by_key(conn, "dated")
    return {"interval": "quarter", "by": "domain", "periods": periods,
            "series": {k: [counts[k].get(p, 0) for p in periods] for k in ordered},
            "undated_in_interval": dated.get("0", 0) + dated.get("4", 0)}


def _fill_periods(periods: list[str], interval: str) -> list[str]:
    """The periods from the first to the last with none missing, so that gaps show as zero."""
    if not periods:
        return []
    first, last = periods[0], periods[-1]
    if interval == "year":
        return [str(y) for y in range(int(first), int(last) + 1)]
    out = []
    year, q = int(first[:4]), int(first[-1])
    while f"{year}-Q{q}" <= last:
        out.append(f"{year}-Q{q}")
        year, q = (year + 1, 1) if q == 4 else (year, q + 1)
    return out


def counts_by(conn: Connection, column: str, f: EventFilter | None = None) -> dict[str, int]:
    """Event counts per type, stage, origin, review status or domain, largest first."""
    if f is None and column in ("type", "stage"):
        rows = list(counters.by_key(conn, column).items())
        return dict(sorted(rows, key=lambda kv: (-kv[1], kv[0])))
    f = ef.resolved(conn, f) if f is not None else None
    if column == "domain":
        stmt = (select(EventDomainModel.domain, func.count())
                .join(EventModel, EventModel.id == EventDomainModel.event_id))
        if f is not None:
            stmt = (stmt.outerjoin(DocumentModel, DocumentModel.id == EventModel.document_id)
                    .where(*ef.event_conditions(f)))
        stmt = stmt.group_by(EventDomainModel.domain)
    else:
        col = {"type": EventModel.type, "stage": EventModel.stage, "origin": EventModel.origin,
               "review_status": EventModel.review_status}[column]
        stmt = ef.select_events(f or EventFilter(), col, func.count(), document=False).group_by(col)
    rows = [(str(k), int(n)) for k, n in conn.execute(stmt)]
    return dict(sorted(rows, key=lambda kv: (-kv[1], kv[0])))


def event_counts(conn: Connection) -> tuple[dict[str, int], dict[str, int]]:
    """Events stored (every row: curated, and extracted ones whether or not they report a
    curated event), curated, extracted, pending review; and counts per review status. The
    dashboard and the demo's summary both count with this."""
    by_origin: dict[str, int] = defaultdict(int)
    by_review: dict[str, int] = defaultdict(int)
    pending = 0
    for key, n in counters.by_key(conn, "events").items():
        origin, _, status = key.partition("|")
        by_origin[origin] += n
        by_review[status] += n
        pending += n if (origin, status) == ("extracted", "pending") else 0
    return {"events": sum(by_origin.values()), "curated": by_origin.get("curated", 0),
            "extracted": by_origin.get("extracted", 0), "pending_review": pending}, by_review


def overview(conn: Connection, latest: int = 10) -> dict[str, Any]:
    """The numbers at a glance, events per quarter by domain, by type and by stage, and the
    latest events."""
    counted, by_review = event_counts(conn)
    documents = counters.by_key(conn, "documents")
    numbers = {
        **counted,
        "documents": documents.get("all", 0),
        "duplicates": documents.get("duplicate", 0),
        "actors": counters.how_many(conn, "actor"),
        "projects": int(conn.execute(select(func.count(ProjectModel.id))).scalar_one()),
    }
    return {
        "numbers": numbers,
        "by_review_status": dict(sorted(by_review.items(), key=lambda kv: -kv[1])),
        "quarterly_by_domain": series(conn, "domain", "quarter"),
        "by_type": counts_by(conn, "type"),
        "by_stage": counts_by(conn, "stage"),
        "latest": ef.find_events(conn, EventFilter(limit=latest)),
    }


# -- the network ------------------------------------------------------------------------


@dataclass
class NetworkFilter:
    domain: str | None = None
    type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    min_weight: int = 1
    limit: int = 300  # the heaviest edges kept, so that the graph stays readable


def network(conn: Connection, nf: NetworkFilter) -> dict[str, Any]:
    """Chinese and Russian actors (nodes) linked by the events they share (edges weighted
    by the number of events); only knowledge-base actors take part. Within whole years and
    at most one domain or one type, the edges are read from the pair counters."""
    if (nf.domain is None or nf.type is None) and all(
            d is None or (len(d) == 4 and d.isdigit()) for d in (nf.date_from, nf.date_to)):
        edges = _counted_edges(conn, nf)
    else:
        edges = _joined_edges(conn, nf)
    return _graph(conn, edges)


def _joined_edges(conn: Connection, nf: NetworkFilter) -> list[dict[str, Any]]:
    """The heaviest edges, counted by joining the actors of every event in the filter."""
    cn = aliased(EventActorModel)
    ru = aliased(EventActorModel)
    weight = func.count().label("weight")
    stmt = (select(cn.actor_id.label("cn"), ru.actor_id.label("ru"), weight)
            .select_from(cn).join(ru, ru.event_id == cn.event_id)
            .where(cn.side == "CN", ru.side == "RU", cn.actor_id.is_not(None),
                   ru.actor_id.is_not(None)))
    f = EventFilter(domain=nf.domain, type=nf.type, date_from=nf.date_from, date_to=nf.date_to)
    conditions = ef.event_conditions(f)
    if conditions:
        stmt = stmt.join(EventModel, EventModel.id == cn.event_id).where(*conditions)
    # Each actor is named once per side of an event (extraction and review de-duplicate
    # them), so counting pairs counts events, without the cost of COUNT(DISTINCT).
    stmt = (stmt.group_by(cn.actor_id, ru.actor_id)
            .having(weight >= max(nf.min_weight, 1))
            .order_by(weight.desc(), cn.actor_id, ru.actor_id)
            .limit(max(nf.limit, 1)))
    return [{"source": r.cn, "target": r.ru, "weight": int(r.weight)} for r in conn.execute(stmt)]


PAIR_BATCH = 500  # pairs the network visits per query


def _pair_tables(nf: NetworkFilter) -> tuple[Any, Any, list[ColumnElement[bool]],
                                              list[ColumnElement[bool]]]:
    """The pair counters the network reads: of every event, or of one domain or one type
    (then with the conditions that pick it in the totals and in the yearly counts)."""
    if nf.domain is None and nf.type is None:
        return PairTotalModel, PairCountModel, [], []
    facet, value = ("domain", nf.domain) if nf.domain is not None else ("type", nf.type)
    total, count = PairFacetTotalModel, PairFacetCountModel
    return (total, count, [total.facet == facet, total.value == value],
            [count.facet == facet, count.value == value])


def _counted_edges(conn: Connection, nf: NetworkFilter) -> list[dict[str, Any]]:
    """The heaviest edges within whole years (of every event, or of one domain or one type),
    from the pair counters: pairs are visited heaviest in all first, and the visit stops once
    no later pair, however many of its events fell in the window, could outweigh the edges
    kept."""
    if nf.domain is not None and nf.type is not None:
        raise ValueError("the pair counters keep one domain or one type, not both")
    limit, least = max(nf.limit, 1), max(nf.min_weight, 1)
    totals, years, picked, picked_years = _pair_tables(nf)
    window = [years.year != ""] if nf.date_from or nf.date_to else []
    if nf.date_from:
        window.append(years.year >= nf.date_from)
    if nf.date_to:
        window.append(years.year <= nf.date_to)
    kept: list[tuple[int, str, str]] = []
    after: tuple[int, str, str] | None = None
    batch = PAIR_BATCH
    while True:
        # a batch of pairs, heaviest in all first (read from the ix_pair_totals_order or
        # ix_pair_facet_totals_order index after the last one seen), each joined to its
        # years in the window through the primary key of the yearly counts
        heavy = select(totals.cn, totals.ru, totals.n).where(
            *picked, totals.n >= least)
        if after is not None:
            n, cn, ru = after
            heavy = heavy.where(or_(totals.n < n, and_(
                totals.n == n, or_(totals.cn > cn, and_(totals.cn == cn, totals.ru > ru)))))
        pairs = (heavy.order_by(totals.n.desc(), totals.cn, totals.ru)
                 .limit(batch).subquery())
        if window:
            rows = list(conn.execute(
                select(pairs.c.cn, pairs.c.ru, pairs.c.n, func.sum(years.n).label("w"))
                .select_from(pairs)
                .outerjoin(years, and_(years.cn == pairs.c.cn, years.ru == pairs.c.ru,
                                       *picked_years, *window))
                .group_by(pairs.c.cn, pairs.c.ru, pairs.c.n)))
        else:  # all time: the weight is the total, but an unresolved actor has no years
            resolved = and_(pairs.c.cn.not_like("~%"), pairs.c.ru.not_like("~%"))
            rows = list(conn.execute(select(
                pairs.c.cn, pairs.c.ru, pairs.c.n,
                case((resolved, pairs.c.n), else_=None).label("w"))))
        if not rows:
            break
        last = max(rows, key=lambda r: (-int(r.n), r.cn, r.ru))
        after = (int(last.n), last.cn, last.ru)
        # unresolved actors ('~' keys) have no yearly counts: their weight stays None
        kept.extend((int(r.w), r.cn, r.ru) for r in rows if r.w is not None and int(r.w) >= least)
        kept.sort(key=lambda k: (-k[0], k[1], k[2]))
        del kept[limit:]
        lightest = min(int(r.n) for r in rows)
        if len(rows) < batch or (len(kept) >= limit and lightest < kept[-1][0]):
            break
    return [{"source": cn, "target": ru, "weight": w} for w, cn, ru in kept]


def _graph(conn: Connection, edges: list[dict[str, Any]]) -> dict[str, Any]:
    degree: dict[str, int] = defaultdict(int)
    for e in edges:
        degree[e["source"]] += e["weight"]
        degree[e["target"]] += e["weight"]
    actors = {a.id: a for a in conn.execute(
        select(ActorModel.id, ActorModel.name, ActorModel.country, ActorModel.kind,
               ActorModel.aliases, ActorModel.defence_linked)
        .where(ActorModel.id.in_(list(degree))))} if degree else {}
    nodes = [{"id": i, "name": actors[i].name if i in actors else i,
              "country": actors[i].country if i in actors else i[:2].upper(),
              "kind": actors[i].kind if i in actors else "unknown",
              "defence_linked": bool(actors[i].defence_linked) if i in actors else False,
              "weight": w}
             for i, w in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"nodes": nodes, "edges": edges}


# -- actors -----------------------------------------------------------------------------


@dataclass
class ActorProfile:
    id: str
    name: str
    country: str
    kind: str
    wikidata: str | None
    parent: str | None
    flags: list[str]
    aliases: dict[str, list[str]]
    acronyms: list[str]
    defence_linked: bool
    events: int
    by_year: dict[str, int]
    by_type: dict[str, int]
    partners: list[dict[str, Any]]
    timeline: list[EventRow] = field(default_factory=list)
    # co-publications (interfaces/web/science_views.for_actor), None without any
    science: dict[str, Any] | None = None


def actor_profile(conn: Connection, actor_id: str, timeline: int = 200) -> ActorProfile | None:
    """A knowledge-base actor with its events per year and type, its partners on the other
    side (most shared events first) and its latest events."""
    a = conn.execute(select(ActorModel).where(ActorModel.id == actor_id)).first()
    if a is None:
        return None
    n = counters.actor_events(conn, actor_id)
    by_year = {y: c for y, c in sorted(counters.by_key(conn, "actor_year", actor_id).items())}
    if by_year:  # every year from the first to the last, so that gaps show as zero
        years = [int(y) for y in by_year if y.isdigit()]
        if years:
            by_year = {str(y): by_year.get(str(y), 0) for y in range(min(years), max(years) + 1)}
    by_type = dict(sorted(counters.by_key(conn, "actor_type", actor_id).items(),
                          key=lambda kv: (-kv[1], kv[0])))
    other = "RU" if a.country == "CN" else "CN"
    partners = _partners(conn, actor_id, other)
    rows = ef.find_events(conn, EventFilter(actor=actor_id, limit=timeline))
    return ActorProfile(
        id=a.id, name=a.name, country=a.country, kind=a.kind, wikidata=a.wikidata,
        parent=a.parent, flags=list(a.flags or []),
        aliases={k: list(v) for k, v in (a.aliases or {}).items()},
        acronyms=list(a.acronyms or []), defence_linked=bool(a.defence_linked), events=n,
        by_year=by_year, by_type=by_type, partners=partners, timeline=rows)


def _partners(conn: Connection, actor_id: str, other: str, top: int = 50
              ) -> list[dict[str, Any]]:
    """The actors on the other side that share most events with this one (pair counters);
    knowledge-base actors by their name, unresolved ones by the name they were found under."""
    mine, theirs, label = ((PairTotalModel.cn, PairTotalModel.ru, PairTotalModel.ru_name)
                           if other == "RU" else
                           (PairTotalModel.ru, PairTotalModel.cn, PairTotalModel.cn_name))
    rows = list(conn.execute(select(theirs.label("key"), label.label("label"), PairTotalModel.n)
                             .where(mine == actor_id, PairTotalModel.n > 0)
                             .order_by(PairTotalModel.n.desc(), theirs).limit(top)))
    ids = [r.key for r in rows if not r.key.startswith("~")]
    names = {str(i): str(name) for i, name in conn.execute(
        select(ActorModel.id, ActorModel.name).where(ActorModel.id.in_(ids)))} if ids else {}
    return [{"id": None if r.key.startswith("~") else r.key,
             "name": r.label if r.key.startswith("~") else names.get(r.key, r.key),
             "country": other, "events": int(r.n), "resolved": not r.key.startswith("~")}
            for r in rows]


# -- domains ----------------------------------------------------------------------------


def domain_profile(conn: Connection, domain: str, top: int = 15) -> dict[str, Any]:
    """A domain's trajectory per year by stage, rhetoric (announced, signed) against delivery
    (implemented) per year, and its most active actors on each side."""
    f = EventFilter(domain=domain)
    trajectory = series(conn, "stage", "year", f)
    rhetoric = {"periods": trajectory["periods"], "rhetoric": [], "delivery": []}
    for i, _p in enumerate(trajectory["periods"]):
        for name in ("rhetoric", "delivery"):
            stages = stages_in_group(name)
            rhetoric[name].append(sum(trajectory["series"].get(s, [0] * (i + 1))[i] for s in stages))
    in_domain = select(EventDomainModel.event_id).where(EventDomainModel.domain == domain)
    n = func.count(func.distinct(EventActorModel.event_id)).label("events")
    actors: dict[str, list[dict[str, Any]]] = {}
    for side in SIDES:
        actors[side] = [{"id": r.id, "name": r.name, "events": int(r.events)} for r in conn.execute(
            select(ActorModel.id, ActorModel.name, n)
            .select_from(EventActorModel).join(ActorModel, ActorModel.id == EventActorModel.actor_id)
            .where(EventActorModel.event_id.in_(in_domain), EventActorModel.side == side)
            .group_by(ActorModel.id, ActorModel.name).order_by(n.desc(), ActorModel.name).limit(top))]
    return {"domain": domain, "events": ef.count_events(conn, f), "trajectory": trajectory,
            "rhetoric_delivery": rhetoric, "by_type": counts_by(conn, "type", f),
            "top_actors": actors,
            "latest": ef.find_events(conn, EventFilter(domain=domain, limit=10))}


# -- documents --------------------------------------------------------------------------


@dataclass
class DocumentFilter:
    lang: str | None = None
    source_kind: str | None = None
    duplicates: str | None = None  # "only", "exclude" or None
    relevant: bool | None = None
    q: str | None = None
    limit: int = 50
    offset: int = 0


@dataclass
class DocumentListRow:
    id: str
    url: str | None
    title: str
    published: str | None
    lang: str | None
    source_kind: str
    source: str | None
    duplicate_of: str | None
    duplicate_kind: str | None
    relevant: bool
    events: int
    ingested_at: datetime


def _document_conditions(df: DocumentFilter) -> list[ColumnElement[bool]]:
    c: list[ColumnElement[bool]] = []
    if df.lang:
        c.append(DocumentModel.lang == df.lang)
    if df.source_kind:
        c.append(DocumentModel.source_kind == df.source_kind)
    if df.duplicates == "only":
        c.append(DocumentModel.duplicate_of.is_not(None))
    elif df.duplicates == "exclude":
        c.append(DocumentModel.duplicate_of.is_(None))
    if df.relevant is not None:
        c.append(DocumentModel.relevant.is_(df.relevant))
    if df.q:
        for word in df.q.split()[:8]:
            c.append(or_(DocumentModel.title.contains(word, autoescape=True),
                          DocumentModel.url.contains(word, autoescape=True)))
    return c


def list_documents(conn: Connection, df: DocumentFilter) -> tuple[list[DocumentListRow], int]:
    """One page of documents, the latest ingested first, with where each was read and how
    many events it yielded; and how many match in all."""
    n_events = (select(func.count(EventModel.id))
                .where(EventModel.document_id == DocumentModel.id).scalar_subquery())
    source = (select(func.min(DocumentSourceModel.source))
              .where(DocumentSourceModel.document_id == DocumentModel.id).scalar_subquery())
    conditions = _document_conditions(df)
    stmt = (select(DocumentModel.id, DocumentModel.url, DocumentModel.title,
                   DocumentModel.published, DocumentModel.lang, DocumentModel.source_kind,
                   source.label("source"), DocumentModel.duplicate_of,
                   DocumentModel.duplicate_kind, DocumentModel.relevant,
                   n_events.label("events"), DocumentModel.ingested_at)
            .where(*conditions)
            .order_by(DocumentModel.ingested_at.desc(), DocumentModel.id)
            .limit(max(df.limit, 0)).offset(max(df.offset, 0)))
    rows = [DocumentListRow(**r._asdict()) for r in conn.execute(stmt)]
    total = int(conn.execute(select(func.count(DocumentModel.id)).where(*conditions)).scalar_one())
    return rows, total


@dataclass
class DocumentDetail:
    id: str
    url: str | None
    title: str
    published: str | None
    lang: str | None
    text: str
    source_kind: str
    duplicate_of: str | None
    duplicate_kind: str | None
    relevant: bool
    ingested_at: datetime
    sources: list[dict[str, Any]]
    duplicates: list[dict[str, Any]]
    events: list[EventRow]


def document_detail(conn: Connection, document_id: str) -> DocumentDetail | None:
    d = conn.execute(select(DocumentModel).where(DocumentModel.id == document_id)).first()
    if d is None:
        return None
    sources = [{"source": s.source, "locator": s.locator, "key": s.key,
                "source_kind": s.source_kind, "ingested_at": s.ingested_at}
               for s in conn.execute(select(DocumentSourceModel)
                                     .where(DocumentSourceModel.document_id == document_id)
                                     .order_by(DocumentSourceModel.ingested_at))]
    duplicates = [{"id": c.id, "title": c.title, "url": c.url, "kind": c.duplicate_kind}
                  for c in conn.execute(select(DocumentModel.id, DocumentModel.title,
                                               DocumentModel.url, DocumentModel.duplicate_kind)
                                        .where(DocumentModel.duplicate_of == document_id)
                                        .order_by(DocumentModel.ingested_at))]
    events = ef.find_events(conn, EventFilter(document_id=document_id, limit=None))
    return DocumentDetail(
        id=d.id, url=d.url, title=d.title, published=d.published, lang=d.lang, text=d.text,
        source_kind=d.source_kind, duplicate_of=d.duplicate_of, duplicate_kind=d.duplicate_kind,
        relevant=bool(d.relevant), ingested_at=d.ingested_at, sources=sources,
        duplicates=duplicates, events=events)


def document_text(conn: Connection, document_id: str) -> str | None:
    return conn.execute(select(DocumentModel.text).where(DocumentModel.id == document_id)).scalar()


def filter_values(conn: Connection) -> dict[str, list[str]]:
    """The values found in the store for the filters not fixed by the vocabulary."""
    langs = sorted(counters.by_key(conn, "document_lang"))
    # each kind found by one seek on ix_event_sources_kind (a loose index scan), not by
    # reading every cited page
    kinds: list[str] = []
    kind = conn.execute(select(func.min(EventSourceModel.kind))).scalar()
    while kind is not None:
        kinds.append(str(kind))
        kind = conn.execute(select(func.min(EventSourceModel.kind))
                            .where(EventSourceModel.kind > kind)).scalar()
    return {"lang": langs, "source": list(DOCUMENT_SOURCE_KINDS) + kinds}
