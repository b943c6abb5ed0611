"""What every output shares about a statement: its record, its address, its dates in words.

The Markdown pages (render.py), the feeds (render_feeds.py), the data files (render_data.py)
and the citations (cite.py) all take these, so a statement reads the same everywhere.
Nothing here escapes text: each output escapes for its own context.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from urllib.parse import quote as url_quote

from .caps import MAX_QUOTES
from .model import GENERATOR, Quote, Registry, Statement
from .paging import page_path, page_url
from .validate import CURATOR_DATE_BASIS, RESERVED_SLUGS, slugify

UNKNOWN_YEAR = "unknown"  # the year filter's value for undated statements


def show_date(date: dt.date | None, precision: str) -> str:
    """A date at its precision: '5 April 2022', 'April 2022', '2022' or 'Date unknown'."""
    if date is None:
        return "Date unknown"
    if precision == "year":
        return str(date.year)
    if precision == "month":
        return date.strftime("%B %Y")
    return f"{date.day} {date.strftime('%B %Y')}"


def iso_date(date: dt.date | None, precision: str) -> str | None:
    """ISO 8601 at the date's precision: 2022-04-05, 2022-04 or 2022."""
    if date is None:
        return None
    return {"year": f"{date.year:04d}", "month": f"{date.year:04d}-{date.month:02d}"}.get(precision, date.isoformat())


def safe_url(url: str | None) -> str | None:
    """Only http(s) addresses become links, with anything that could end the link encoded."""
    if not url or not re.match(r"https?://", url, re.I):
        return None
    return url_quote(url, safe=":/?#&=%+@,;~!$'*")


def speaker_slug(name: str) -> str:
    slug = slugify(name)
    return f"{slug}-speaker" if slug in RESERVED_SLUGS else slug  # "Index" must not replace speakers/index


def statement_path(slug: str, page: int = 1) -> str:
    """The Markdown page of a statement's page `page` (its quotations past the first page's are on the next ones)."""
    return page_path(f"statements/{slug}", page)


def statement_url(slug: str, page: int = 1) -> str:
    """The statement page's address (or its page `page`'s), relative to the site root (MkDocs' directory URLs)."""
    return page_url(f"statements/{slug}", page)


def quote_page(index: int) -> int:
    """The page of a statement that holds its quotation `index` (from 0: the attributed ones, then the others)."""
    return index // MAX_QUOTES + 1


def quote_url(slug: str, index: int, markdown: bool = False) -> str:
    """Where a statement's quotation `index` is, from the top of the site: its page and its anchor, which
    numbers the quotation in the whole statement (quote-41 is on page 2). `markdown`: the Markdown page's
    path, for links between generated pages (MkDocs turns them into addresses and checks them).
    Every link to one quotation is made here, so that none can point at the wrong page."""
    page = quote_page(index)
    where = statement_path(slug, page) if markdown else statement_url(slug, page)
    return f"{where}#quote-{index + 1}"


def statement_data(s: Statement) -> dict:
    """The front matter of a statement page: the record other tools read."""
    return {
        "title": s.title,
        "date": s.date.isoformat() if s.date else None,
        "date_precision": s.date_precision,
        "date_basis": s.date_basis,
        "venue": s.venue,
        "speakers": list(s.speakers),
        "topics": list(s.topics),
        "quotes": [{"speaker": q.speaker, "text": q.text} for q in s.quotes],
        "unattributed_quotes": list(s.unattributed_quotes),
        "source": {
            "file": s.source.file,
            "url": s.source.url,
            "publisher": s.source.publisher,
            "published": s.source.published.isoformat() if s.source.published else None,
            "sha256": s.source.sha256,
            "see_also": list(s.source.see_also),
        },
        "review": list(s.review),
        "generator": GENERATOR,
    }


def stated_role(name: str, statements: Iterable[Statement]) -> str:
    """The role the sources state for a speaker outside speakers.yml ("" when none does). Where sources
    differ ("Colombia's ambassador", "Colombia's permanent representative"), the role most of them state;
    a tie goes to the role stated earliest (by statement date, undated last, then slug), then to the
    role's text: the same choice whatever order the sources were read in."""
    first: dict[str, tuple] = {}
    count: dict[str, int] = {}
    for s in statements:
        for who, role in s.roles:
            if who == name:
                count[role] = count.get(role, 0) + 1
                first[role] = min(first.get(role, s.sort_key), s.sort_key)
    return min(count, key=lambda role: (-count[role], first[role], role), default="")


def topic_label(topic_id: str, registry: Registry) -> str:
    topic = registry.topic(topic_id)
    return topic.label if topic else topic_id


def lead_quote(s: Statement) -> Quote | None:
    """The quotation a listing shows: the primary speaker's first, else the first."""
    if not s.quotes:
        return None
    primary = s.speakers[0] if s.speakers else None
    return next((q for q in s.quotes if q.speaker == primary), s.quotes[0])


def shorten(value: str, words: int = 30) -> str:
    """At most `words` words (and about 10 characters a word: one 1,500-character "word" made every
    listing entry 1.5 KB), cut at a word and marked with an ellipsis."""
    parts = value.rstrip(" ,;:").split()
    if len(parts) <= words and len(value) <= words * 10:
        return " ".join(parts)
    cut = " ".join(parts[:words])
    if len(cut) > words * 10:
        cut = cut[: words * 10]
    return cut.rstrip(",;:.") + "…"


def date_is_curated(s: Statement) -> bool:
    return s.date is not None and s.date_basis == CURATOR_DATE_BASIS


def newest_first(statements: Iterable[Statement]) -> list[Statement]:
    """Dated statements newest first (exactly the reverse of oldest first), then the undated by slug."""
    items = oldest_first(statements)
    return [s for s in reversed(items) if s.date] + [s for s in items if not s.date]


def oldest_first(statements: Iterable[Statement]) -> list[Statement]:
    return sorted(statements, key=lambda s: s.sort_key)


def year_key(s: Statement) -> str:
    return str(s.date.year) if s.date else UNKNOWN_YEAR


def month_key(s: Statement) -> str | None:
    """YYYY-MM for a statement dated to the month or day; None when only the year (or nothing) is known."""
    if s.date is None or s.date_precision not in ("day", "month"):
        return None
    return f"{s.date.year:04d}-{s.date.month:02d}"


# characters XML 1.0 does not allow, even escaped (C0 controls but tab, newline and return; surrogates; U+FFFE/F)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_chars(value: str) -> str:
    """Text with the characters XML cannot carry removed; escape it for its context afterwards."""
    return _NOT_XML.sub("", value)


def months_between(first: str, last: str) -> list[str]:
    """Every YYYY-MM from first to last, inclusive."""
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def month_name(key: str) -> str:
    return dt.date(int(key[:4]), int(key[5:7]), 1).strftime("%B %Y")
