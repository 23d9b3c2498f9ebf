"""The records that flow between stages: raw input, clean documents, extracted events.

Plain dataclasses, so every stage can be tested without a database.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from techties.model.names import actor_key
from techties.model.partial_dates import precision_of


def content_id(*parts: str, prefix: str = "", length: int = 16) -> str:
    """A deterministic id: the same content always gets the same id."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]
    return f"{prefix}{digest}"


# Where an event's date comes from: its evidence sentence, the document's own date, a
# dateline at the top of the text, or nowhere.
DATE_BASES = ("stated", "document", "dateline", "unknown")


@dataclass
class RawDocument:
    """One item as a source delivers it, before cleaning.

    `source` is where it came from (a path or URL) and `locator` where inside it
    (a JSON Lines line number, a feed entry id); together they are its provenance.
    Exactly one of `text` or `html` is normally set.
    """

    source: str
    locator: str = ""
    url: str | None = None
    title: str | None = None
    published: str | None = None
    lang: str | None = None
    text: str | None = None
    html: str | None = None
    external_id: str | None = None
    source_kind: str = "file"

    @property
    def key(self) -> str:
        """Identity of the item within its source, used to resume and skip re-ingests."""
        return f"{self.source}#{self.locator}" if self.locator else self.source


@dataclass
class Document:
    """A cleaned document: main text, title, language, date and duplicate links."""

    id: str
    text: str
    title: str = ""
    url: str | None = None
    published: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    date_basis: str | None = None  # where `published` came from: "document" or "dateline"
    lang: str | None = None  # en, ru, zh, or another ISO 639-1 code
    source: str = ""
    locator: str = ""
    source_kind: str = "file"
    content_hash: str = ""
    duplicate_of: str | None = None
    duplicate_kind: str | None = None  # "exact" or "near"
    external_id: str | None = None
    cut: bool = False  # the text is the head of a longer one (TECHTIES_MAX_TEXT_CHARS)


@dataclass
class Evidence:
    """A sentence that supports an event, with character offsets into the document text."""

    text: str
    start: int
    end: int


@dataclass
class ActorRef:
    """An actor named in an event: resolved to the knowledge base, or kept as found."""

    name: str  # canonical English name when resolved, the surface form otherwise
    country: str  # "CN" or "RU"
    actor_id: str | None = None  # knowledge-base id; None when unresolved
    mention: str = ""
    person: bool = False  # people sign for organisations; they do not tell two events apart

    @property
    def resolved(self) -> bool:
        return self.actor_id is not None

    @property
    def key(self) -> str:
        """Identity for de-duplication: the knowledge-base id, else the name in any case."""
        return actor_key(self.actor_id, self.name)


@dataclass
class Event:
    """A China–Russia technology-cooperation event found in one document."""

    document_id: str
    type: str
    stage: str
    domains: list[str]
    china_actors: list[ActorRef] = field(default_factory=list)
    russia_actors: list[ActorRef] = field(default_factory=list)
    date: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5
    date_basis: str = "unknown"  # one of DATE_BASES
    summary: str = ""
    id: str = ""

    def __post_init__(self) -> None:
        if not self.date:
            self.date_basis = "unknown"
        if not self.id:
            first = self.evidence[0].start if self.evidence else 0
            self.id = content_id(self.document_id, self.type, str(first),
                                 ",".join(sorted(a.name for a in self.china_actors + self.russia_actors)),
                                 prefix="ev_")

    @property
    def date_precision(self) -> str | None:
        return precision_of(self.date)

    def prediction(self) -> dict:
        """The event in the prediction format of shared/eval/score.py."""
        return {
            "id": self.id,
            "type": self.type,
            "stage": self.stage,
            "domains": list(self.domains),
            "china_actors": [a.name for a in self.china_actors],
            "russia_actors": [a.name for a in self.russia_actors],
            "date": self.date or "",
            "date_precision": precision_of(self.date) or "",
            "date_basis": self.date_basis,
            "summary": self.summary,
            "evidence": [{"text": e.text, "start": e.start, "end": e.end} for e in self.evidence],
            "confidence": round(self.confidence, 3),
        }
