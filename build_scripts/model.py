"""The record types every stage passes along, in one place.

read → `SourceDocument`; extract → `Extraction`; validate → `Statement`;
render → `Page`. `Problem` is what any stage reports about bad input.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from typing import Literal, Protocol

DatePrecision = Literal["day", "month", "year", "unknown"]
GENERATOR = "on-record"  # marks a page as ours: only such pages are ever overwritten or removed


class Severity(str, Enum):
    # A warning is bad input the curator must fix (fails --strict);
    # a review flag is something extraction could not settle (never fails a build).
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Problem:
    """One clear message about one bad input: which file, which line, what to do."""

    file: str
    message: str
    line: int | None = None
    severity: Severity = Severity.WARNING
    transient: bool = False  # about this run only (a file unreadable for now, a slow machine): never cached

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Topic:
    id: str
    label: str
    description: str = ""
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Speaker:
    name: str
    aliases: tuple[str, ...] = ()
    role: str = ""
    country: str = ""


@dataclass(frozen=True)
class Registry:
    """The corpus's `topics.yml` and `speakers.yml`."""

    topics: tuple[Topic, ...] = ()
    speakers: tuple[Speaker, ...] = ()

    def topic(self, topic_id: str) -> Topic | None:
        return next((t for t in self.topics if t.id == topic_id), None)

    def speaker(self, name: str) -> Speaker | None:
        return next((s for s in self.speakers if s.name == name), None)


@dataclass(frozen=True)
class HtmlMetadata:
    """What a saved web page says about itself outside its article text."""

    title: str | None = None
    published: str | None = None  # an ISO date or timestamp as the page gives it
    publisher: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class SourceDocument:
    """A source as read from disk: curator front matter apart from the text."""

    path: str  # relative to the sources folder, with forward slashes
    kind: Literal["txt", "md", "html"]
    text: str  # the article as plain text, one paragraph per line block
    front_matter: dict = field(default_factory=dict)
    front_matter_lines: dict[str, int] = field(default_factory=dict)  # key → line in the file
    html: HtmlMetadata | None = None
    sha256: str = ""


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None  # None: extraction could not tell who said it


@dataclass(frozen=True)
class DatedExpression:
    date: dt.date
    precision: DatePrecision
    basis: str  # how it was found, in words a curator can check


@dataclass(frozen=True)
class Extraction:
    """What the text itself tells, before the curator's front matter is applied."""

    title: str
    paragraphs: tuple[str, ...]
    quotes: tuple[Quote, ...]
    speakers: tuple[str, ...]  # primary first
    topics: tuple[str, ...]
    date: DatedExpression | None
    published: dt.date | None
    review: tuple[str, ...] = ()
    # indexes into `quotes` of quotations given a speaker who is not named beside them (a pronoun, a
    # description, a continuation): the curator's review queue asks for a confirmation. To be filled
    # by extraction (extract/__init__.py); empty, the queue lists only what the review flags say.
    inferred: tuple[int, ...] = ()
    # (name, role as written) for the people outside speakers.yml whose role the text states beside their
    # name ("Colombia's ambassador, Catalina Restrepo Ossa"): extract/roles.py
    roles: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class SourceRef:
    file: str
    url: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    sha256: str = ""
    see_also: tuple[str, ...] = ()  # other reports, or the official text, of the same statement


@dataclass(frozen=True)
class Statement:
    """One published statement page: the curator's word over extraction's."""

    slug: str
    title: str
    date: dt.date | None
    date_precision: DatePrecision
    date_basis: str
    speakers: tuple[str, ...]
    topics: tuple[str, ...]
    quotes: tuple[Quote, ...]  # every one has a speaker
    unattributed_quotes: tuple[str, ...]
    source: SourceRef
    paragraphs: tuple[str, ...]
    review: tuple[str, ...]
    venue: str | None = None
    # the front matter keys the curator set ("date", "speakers", "topics", "quotes", …): what the
    # curator has settled leaves the review queue (build_scripts/review.py)
    curated: tuple[str, ...] = ()
    inferred_quotes: tuple[str, ...] = ()  # texts of quotations whose speaker was inferred (Extraction.inferred), unconfirmed
    # (speaker, role as this source states it) for this statement's speakers outside speakers.yml: the
    # registry's role always wins, so a registry speaker is never here
    roles: tuple[tuple[str, str], ...] = ()

    @property
    def sort_key(self) -> tuple:
        # undated last; ties broken by slug so order never depends on the file system
        return (self.date is None, self.date or dt.date.min, self.slug)


@dataclass(frozen=True)
class Page:
    """A generated Markdown page, by its path under the output folder."""

    path: str
    content: str


# one source converted: its statement (None when it could not be), and every problem found on the way
Result = tuple[Statement | None, list[Problem]]


class Memo(Protocol):
    """Somewhere to keep results of rendering between builds (the conversion cache), keyed by
    a description of everything they depend on."""

    def remembered(self, what: str) -> object | None: ...

    def remember(self, what: str, value: object) -> None: ...
