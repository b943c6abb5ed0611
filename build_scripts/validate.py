"""Stage 3, validate: the curator's front matter through a schema, then one typed `Statement`.

The schema coerces what a curator naturally writes (a single speaker as a string,
a date as `2023-05` or `2023`) and names the file, the line and the key in every error.
The curator's word always beats extraction.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import PurePosixPath
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator
from unidecode import unidecode

from .model import DatePrecision, Extraction, Problem, Quote, Registry, SourceDocument, SourceRef, Statement


WEB_ADDRESS = re.compile(r"https?://[^\s<>\"']+$")
CURATOR_DATE_BASIS = "the curator's front matter"  # the date_basis of a date the curator set


class CuratorDate(BaseModel):
    date: dt.date
    precision: DatePrecision


class FrontMatter(BaseModel):
    """What a curator may write at the top of a source. Every key is optional."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    title: str | None = None
    date: CuratorDate | None = None
    published: dt.date | None = None
    url: str | None = None
    publisher: str | None = None
    speakers: list[str] | None = None
    topics: list[str] | None = None
    venue: str | None = None
    see_also: list[str] | None = None  # other reports or the official text of the same statement
    slug: str | None = None

    @field_validator("date", mode="before")
    @classmethod
    def _partial_date(cls, value: Any) -> Any:
        if value is None or isinstance(value, (CuratorDate, dict)):
            return value
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return {"date": value, "precision": "day"}
        text = str(value).strip()
        for pattern, precision in ((r"\d{4}-\d{2}-\d{2}", "day"), (r"\d{4}-\d{2}", "month"), (r"\d{4}", "year")):
            if re.fullmatch(pattern, text):
                parts = [int(p) for p in text.split("-")] + [1, 1]
                try:
                    return {"date": dt.date(parts[0], parts[1], parts[2]), "precision": precision}
                except ValueError:
                    raise ValueError(f"'{text}' is not a real date") from None
        raise ValueError(f"'{text}' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")

    @field_validator("published", mode="before")
    @classmethod
    def _published(cls, value: Any) -> Any:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ].*", value.strip()):
            return value.strip()[:10]
        return value

    @field_validator("speakers", "topics", "see_also", mode="before")
    @classmethod
    def _listify(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [v.strip() for v in value.split(",") if v.strip()]
        return value

    @field_validator("url")
    @classmethod
    def _web_address(cls, value: str | None) -> str | None:
        if value is not None and not WEB_ADDRESS.match(value):
            raise ValueError("must be an http:// or https:// address")
        return value

    @field_validator("see_also")
    @classmethod
    def _web_addresses(cls, value: list[str] | None) -> list[str] | None:
        for url in value or []:
            if not WEB_ADDRESS.match(url):
                raise ValueError(f"'{url}' is not an http:// or https:// address")
        return value

    @field_validator("title", "publisher", "venue")
    @classmethod
    def _one_line(cls, value: str | None) -> str | None:
        return re.sub(r"\s+", " ", value) if value is not None else None


FIELD_HINTS = {
    "date": "write YYYY-MM-DD, YYYY-MM or YYYY",
    "published": "write YYYY-MM-DD",
    "url": "write the full http(s) address",
    "speakers": "write a list of names",
    "topics": "write a list of topic ids from topics.yml",
    "see_also": "write a list of full http(s) addresses",
}


def front_matter(doc: SourceDocument, registry: Registry, today: dt.date) -> tuple[FrontMatter, list[Problem]]:
    """Validate a source's front matter; a bad key is reported and ignored, the rest still counts."""
    values = dict(doc.front_matter)
    problems: list[Problem] = []
    for _ in range(len(values) + 1):
        try:
            meta = FrontMatter.model_validate(values)
            break
        except ValidationError as err:
            bad = set()
            for e in err.errors():
                key = str(e["loc"][0]) if e["loc"] else "?"
                if key in bad:
                    continue
                bad.add(key)
                if e["type"] == "extra_forbidden":
                    known = ", ".join(FrontMatter.model_fields)
                    message = f"front matter key '{key}' is unknown; use one of: {known}"
                else:
                    reason = str(e.get("ctx", {}).get("error") or e["msg"]).removeprefix("Value error, ")
                    hint = FIELD_HINTS.get(key, "fix the value")
                    message = f"front matter '{key}': {reason}; {hint} (the value is ignored)"
                problems.append(Problem(doc.path, message, doc.front_matter_lines.get(key)))
                values.pop(key, None)
    else:  # pragma: no cover - each round removes at least one key
        meta = FrontMatter()
    if meta.date and meta.date.date > today:
        problems.append(Problem(doc.path, f"front matter 'date' {meta.date.date} is in the future; check it",
                                doc.front_matter_lines.get("date")))
    if meta.topics:
        known = {t.id for t in registry.topics}
        unknown = [t for t in meta.topics if t not in known]
        for topic in unknown:
            problems.append(Problem(doc.path, f"front matter topic '{topic}' is not in topics.yml; add it there or fix the id",
                                    doc.front_matter_lines.get("topics")))
        meta = meta.model_copy(update={"topics": [t for t in meta.topics if t in known]})
    return meta, problems


RESERVED_SLUGS = {"index"}  # a folder's own page (statements/index.md is statements/): never a statement's, speaker's


def _foreign(char: str) -> bool:
    """A letter or digit of a script other than Latin: transliterated, where it used to be dropped."""
    return unicodedata.category(char)[0] in "LN" and not char.isascii() \
        and not unicodedata.name(char, "").startswith("LATIN")


def to_ascii(text: str) -> str:
    """Latin letters lose their accents as they always have (so no address changes); runs of other
    scripts are transliterated whole (张军 → Zhang Jun, Сергей Лавров → Sergei Lavrov)."""
    out: list[str] = []
    run: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        if _foreign(char) or (run and unicodedata.category(char)[0] == "M"):  # a vowel sign goes with its letter
            run.append(char)
            continue
        if run:
            out.append(f" {unidecode(''.join(run))} ")
            run = []
        out.append(unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode())
    if run:
        out.append(f" {unidecode(''.join(run))} ")
    return "".join(out)


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", to_ascii(text).lower()).strip("-")[:80].strip("-") or "statement"


def speaker_name(name: str) -> str:
    """One way to write a name: composed accents, single spaces ("Zhang  Jun" is Zhang Jun)."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def slug_for(doc: SourceDocument, meta: FrontMatter) -> str:
    """Stable across rebuilds and extractor changes: from the file's name, unless the curator sets one."""
    return slugify(meta.slug or PurePosixPath(doc.path).with_suffix("").as_posix().replace("/", "-"))


def canonical_speaker(name: str, registry: Registry) -> str:
    name = speaker_name(name)
    key = name.casefold()
    for s in registry.speakers:
        if key == s.name.casefold() or key in (a.casefold() for a in s.aliases):
            return s.name
    return name


def statement(doc: SourceDocument, meta: FrontMatter, found: Extraction, registry: Registry, slug: str) -> Statement:
    """Curator's front matter over extraction, field by field."""
    review = list(found.review)
    if meta.title:
        review = [r for r in review if not r.startswith("title:")]
    if meta.date:
        date, precision = meta.date.date, meta.date.precision
        basis = CURATOR_DATE_BASIS
        review = [r for r in review if not r.startswith("date:")]
    elif found.date:
        date, precision, basis = found.date.date, found.date.precision, found.date.basis
    else:
        date, precision, basis = None, "unknown", "could not be determined from the source"
    if meta.speakers:
        speakers = tuple(dict.fromkeys(canonical_speaker(s, registry) for s in meta.speakers))
        review = [r for r in review if not r.startswith("speakers:")]
    else:
        speakers = found.speakers
    topics = tuple(meta.topics) if meta.topics else found.topics
    if not topics:
        review.append("topics: no topic from topics.yml matched")
    html = doc.html
    return Statement(
        slug=slug,
        title=meta.title or found.title or PurePosixPath(doc.path).stem,
        date=date,
        date_precision=precision,
        date_basis=basis,
        speakers=speakers,
        topics=topics,
        quotes=tuple(q for q in found.quotes if q.speaker),
        unattributed_quotes=tuple(q.text for q in found.quotes if not q.speaker),
        source=SourceRef(
            file=doc.path,
            url=meta.url or (html.url if html and html.url and html.url.startswith(("http://", "https://")) else None),
            publisher=meta.publisher or (html.publisher if html else None),
            published=meta.published or found.published,
            sha256=doc.sha256,
            see_also=tuple(meta.see_also or ()),
        ),
        venue=meta.venue,
        paragraphs=found.paragraphs,
        review=tuple(review),
    )


__all__ = ["FrontMatter", "Quote", "front_matter", "slug_for", "statement"]
