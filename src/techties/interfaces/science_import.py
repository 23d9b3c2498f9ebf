"""`techties science import`: OpenAlex works from files or the API become stored
co-publications, their institutions resolved to actors and their topics mapped to domains.

    sources (openalex files, openalex_api) → science.works → science.fields
        → entities.institutions → store.science

Works without both a Chinese and a Russian institution are counted and left out. A broken
line is a failure reported with its place; the rest goes on. API imports save their cursor
after each stored page and resume from it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from typing import Any

from techties.entities.institutions import resolve_institution
from techties.exceptions import ItemError
from techties.science.fields import work_domains
from techties.science.works import Work, parse_work
from techties.sources.openalex import WorkItem, read_works
from techties.sources.openalex_api import fetch_works, query_url
from techties.store import write
from techties.store.read import science as science_reads
from techties.store.store import Store
from techties.store.write import InstitutionRecord, WorkRecord

API_SOURCE = "openalex"  # the SOURCE that means the live API
BATCH = 500


@dataclass
class ScienceImportReport:
    read: int = 0  # works read
    copublications: int = 0  # of which China–Russia co-publications
    added: int = 0  # new in the store
    already_stored: int = 0  # stored before: updated, nothing added
    not_copublications: int = 0
    institutions: int = 0  # Chinese and Russian institutions seen
    resolved: int = 0  # of which resolved to a knowledge-base actor
    pages: int = 0  # API pages fetched
    resumed: bool = False  # an API import that went on from a saved cursor
    failures: list[ItemError] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "failures"}
        data["failures"] = [{"source": f.source, "message": f.message} for f in self.failures]
        return data


def work_record(work: Work) -> WorkRecord:
    """A co-publication ready to store: institutions resolved, topics mapped to domains."""
    institutions = []
    for inst in work.institutions:
        resolution = resolve_institution(inst)
        institutions.append((InstitutionRecord(
            id=inst.id, name=inst.name, country=inst.country, ror=inst.ror,
            actor_id=resolution.actor.id if resolution.actor else None,
            resolved_by=resolution.by), inst.side or ""))
    topics = [{"id": t.id, "name": t.name, "subfield": t.subfield, "field": t.field}
              for t in work.topics]
    return WorkRecord(id=work.id, title=work.title, year=work.year, published=work.published,
                      doi=work.doi, type=work.type, venue=work.venue, cited_by=work.cited_by,
                      topics=topics, domains=work_domains(work), institutions=institutions)


class _Importer:
    def __init__(self, store: Store, report: ScienceImportReport,
                 on_item: Callable[[], None] | None = None):
        self.store, self.report, self.on_item = store, report, on_item
        self.pending: list[WorkRecord] = []
        self.seen: set[str] = set()

    def take(self, items: Iterable[WorkItem | ItemError]) -> None:
        for item in items:
            if self.on_item:
                self.on_item()
            if isinstance(item, ItemError):
                self.report.failures.append(item)
                continue
            try:
                work = parse_work(item.raw, item.key)
            except ItemError as exc:
                self.report.failures.append(exc)
                continue
            self.report.read += 1
            if not work.is_copublication:
                self.report.not_copublications += 1
                continue
            self.report.copublications += 1
            record = work_record(work)
            sided = [inst for inst, side in record.institutions if side]
            self.report.institutions += len(sided)
            self.report.resolved += sum(1 for inst in sided if inst.actor_id)
            if record.id in self.seen:  # the same work twice in one run: store it once
                self.report.already_stored += 1
                continue
            self.seen.add(record.id)
            self.pending.append(record)
            if len(self.pending) >= BATCH:
                self.flush()

    def flush(self, source: str = "") -> None:
        if self.pending:
            new = write.save_works(self.store, self.pending, source)
            self.report.added += new
            self.report.already_stored += len(self.pending) - new
            self.pending = []


def import_files(targets: Iterable[str], store: Store, report: ScienceImportReport,
                 on_item: Callable[[], None] | None = None) -> None:
    for target in targets:
        importer = _Importer(store, report, on_item)
        importer.take(read_works(target))
        importer.flush(target)


def _api_items(pages: Iterator[Any], url: str, start: int) -> Iterator[tuple[int, Any, list[WorkItem]]]:
    for n, page in enumerate(pages, start):
        yield n, page, [WorkItem(f"{url}#page{n}.{i}", w) for i, w in enumerate(page.works, 1)]


def import_api(store: Store, report: ScienceImportReport, *, url: str, restart: bool = False,
               on_item: Callable[[], None] | None = None,
               on_page: Callable[[int, int | None], None] | None = None, **fetch: Any) -> None:
    """Page through the API query `url`, storing each page before saving the next cursor."""
    if restart:
        write.forget_import_cursor(store, url)
    cursor, done = science_reads.import_cursor(store, url)
    if done:  # finished before: start again, which adds only what is new
        cursor = None
    report.resumed = cursor is not None
    importer = _Importer(store, report, on_item)
    for _n, page, items in _api_items(fetch_works(url, cursor, **fetch), url, 1):
        importer.take(items)
        importer.flush(url)
        report.pages += 1
        write.save_import_cursor(store, url, page.next_cursor,
                                 done=not page.next_cursor or not page.works)
        if on_page:
            on_page(report.read, page.count)


def run_science_import(sources: Iterable[str], store: Store, *, mailto: str | None = None,
                       since: str | None = None, until: str | None = None,
                       restart: bool = False, on_item: Callable[[], None] | None = None,
                       on_page: Callable[[int, int | None], None] | None = None,
                       **fetch: Any) -> ScienceImportReport:
    """Import every source: `openalex` (the API) or a file or folder of OpenAlex works."""
    report = ScienceImportReport()
    files = []
    for source in sources:
        if source == API_SOURCE or source.startswith(("http://", "https://")):
            base = None if source == API_SOURCE else source
            import_api(store, report, url=query_url(base, since=since, until=until, mailto=mailto),
                       restart=restart, on_item=on_item, on_page=on_page, **fetch)
        else:
            files.append(source)
    import_files(files, store, report, on_item)
    return report
