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

from pydantic import BaseModel, ConfigDict, ValidationError, ValidationInfo, field_validator
from unidecode import unidecode

from .model import DatePrecision, Extraction, Problem, Quote, Registry, SourceDocument, SourceRef, Statement


WEB_ADDRESS = re.compile(r"https?://[^\s<>\"']+$")
CURATOR_DATE_BASIS = "the curator's front matter"  # the date_basis of a date the curator set


class CuratorDate(BaseModel):
    date: dt.date
    precision: DatePrecision


class CuratorQuote(BaseModel):
    """`quotes: [{text: "opening words", speaker: Name}]`: who said the quotation that opens so."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    text: str
    speaker: str

    @field_validator("text", "speaker")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value:
            raise ValueError("must not be empty")
        return value


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
    quotes: list[CuratorQuote] | None = None  # a quotation's speaker, matched by its opening words
    not_quotes: list[str] | None = None  # quotations that are not statements (a title, a slogan), by opening words

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

    @field_validator("quotes", "not_quotes", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any, info: ValidationInfo) -> Any:
        # a single entry written without the list around it
        value = [value] if isinstance(value, (dict, str)) else value
        if info.field_name == "quotes" and isinstance(value, list):
            for n, entry in enumerate(value, 1):
                if not isinstance(entry, dict):
                    raise ValueError(f"entry {n} is not a mapping {{text: …, speaker: …}}")
        return value

    @field_validator("not_quotes")
    @classmethod
    def _no_blank(cls, value: list[str] | None) -> list[str] | None:
        if value is not None and any(not opening(v) for v in value):
            raise ValueError("an entry is empty")
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
    "quotes": 'write a list of {text: "the quotation\'s opening words", speaker: Name}',
    "not_quotes": 'write a list of the quotations\' opening words, e.g. ["Seeds of Hope"]',
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
                if e["type"] == "extra_forbidden" and len(e["loc"]) > 2:  # inside an entry of a list
                    allowed = ", ".join(CuratorQuote.model_fields)
                    message = (f"front matter '{key}': entry {int(e['loc'][1]) + 1} has the key '{e['loc'][-1]}'; "
                               f"use only {allowed} (the value is ignored)")
                elif e["type"] == "extra_forbidden":
                    known = ", ".join(FrontMatter.model_fields)
                    message = f"front matter key '{key}' is unknown; use one of: {known}"
                else:
                    reason = str(e.get("ctx", {}).get("error") or e["msg"]).removeprefix("Value error, ")
                    reason = "is missing" if e["type"] == "missing" else reason
                    if len(e["loc"]) > 1:  # inside a list: which entry, and which of its keys
                        inner = [f"entry {x + 1}" if isinstance(x, int) else f"'{x}'" for x in e["loc"][1:]]
                        reason = f"{' '.join(inner)}: {reason}"
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


QUOTE_FLAG = re.compile(r"quote (\d+): (.*)")
QUOTE_MARKS = "\"'“”‘’«»„‟‹›"


def opening(text: str) -> str:
    """A quotation's words as a curator may paste them: case, spacing, quotation marks and a closing
    ellipsis do not matter."""
    words = re.sub(r"\s+", " ", text.casefold()).strip(" " + QUOTE_MARKS)
    return re.sub(r"(?:…|\.\.\.)$", "", words).strip(" " + QUOTE_MARKS)


def matches(quote: str, given: str) -> bool:
    """Does the curator's entry name this quotation (its opening words, or all of them)?"""
    start = opening(given)
    return bool(start) and opening(quote).startswith(start)


def settle_quotes(found: Extraction, meta: FrontMatter, registry: Registry) -> tuple[list[Quote], list[str], list[str]]:
    """Extraction's quotations with the curator's `quotes` and `not_quotes` applied, and the review
    flags that still stand, numbered again over the quotations that remain, and the texts of those whose speaker was inferred and is still unconfirmed."""
    flags = {int(m.group(1)): m.group(2) for m in map(QUOTE_FLAG.fullmatch, found.review) if m}
    given = meta.quotes or []
    unquoted = meta.not_quotes or []
    used: set[str] = set()  # the curator's entries that found their quotation
    quotes: list[Quote] = []
    review: list[str] = []
    inferred: list[str] = []
    by_inference = set(found.inferred)  # looked up once per quotation: a list made this quadratic
    for n, quote in enumerate(found.quotes, 1):
        dropped = [t for t in unquoted if matches(quote.text, t)]
        if dropped:
            used.add(dropped[0])
            continue  # not a statement: neither published nor waiting for review
        entry = next((g for g in given if matches(quote.text, g.text)), None)
        if entry:
            used.add(entry.text)
            quotes.append(Quote(quote.text, canonical_speaker(entry.speaker, registry)))
            continue
        quotes.append(quote)
        if n - 1 in by_inference and quote.speaker:
            inferred.append(quote.text)
        if n in flags:
            review.append(f"quote {len(quotes)}: {flags[n]}")
    for key, texts in (("quotes", [g.text for g in given]), ("not_quotes", unquoted)):
        # an entry that names nothing would settle nothing, silently
        review += [f"{key}: “{t}” matches no quotation in the source; check its opening words"
                   for t in texts if t not in used]
    return quotes, review, inferred


def stated_roles(found: Extraction, speakers: tuple[str, ...], quotes: list[Quote],
                 registry: Registry) -> tuple[tuple[str, str], ...]:
    """The roles the text states for this statement's speakers, those of speakers.yml left out: the
    curator's registry says what a registry speaker is, whatever one source calls them."""
    named = set(speakers) | {q.speaker for q in quotes if q.speaker}
    return tuple((name, role) for name, role in found.roles if name in named and registry.speaker(name) is None)


def statement(doc: SourceDocument, meta: FrontMatter, found: Extraction, registry: Registry, slug: str) -> Statement:
    """Curator's front matter over extraction, field by field."""
    quotes, quote_flags, inferred = settle_quotes(found, meta, registry)
    review = [r for r in found.review if r.startswith("title:")] + quote_flags
    review += [r for r in found.review if not r.startswith("title:") and not QUOTE_FLAG.fullmatch(r)]
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
        # a speaker the curator gave a quotation to speaks in this statement
        speakers = tuple(dict.fromkeys([*found.speakers, *(q.speaker for q in quotes if q.speaker)]))
        if speakers:
            review = [r for r in review if not r.startswith("speakers:")]
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
        quotes=tuple(q for q in quotes if q.speaker),
        unattributed_quotes=tuple(q.text for q in quotes if not q.speaker),
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
        inferred_quotes=tuple(inferred),
        roles=stated_roles(found, speakers, quotes, registry),
        curated=tuple(k for k, v in meta.model_dump(exclude_none=True).items() if v not in ([], "")),
    )


__all__ = ["FrontMatter", "Quote", "front_matter", "slug_for", "statement"]
