"""When it was said: the statement date apart from the publication date.

The publication date anchors relative expressions ("on Tuesday", "yesterday",
"Nov. 1"); a full date given for the statement beats it; and when nothing
settles the date, it stays unknown.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..model import DatedExpression
from .lexicon import SPEECH_VERB

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"

# Each pattern names the parts it finds; a missing part is taken from the publication date.
FULL_DATES = [
    re.compile(rf"\b{YEAR}-(?P<month_num>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}\b", re.I),
    re.compile(rf"\b{MONTH}\s+{DAY},?\s+{YEAR}\b", re.I),
]
PARTIAL_DATES = [
    re.compile(rf"\b(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?!\w)", re.I),
    re.compile(rf"\b{MONTH}\s+{DAY}(?!\d)(?!:)\b", re.I),
]
MONTH_YEAR = re.compile(rf"\b(?:in|during|since)\s+{MONTH},?\s+{YEAR}\b", re.I)
RELATIVE = [
    re.compile(rf"\b(?:(?P<last>last|this|on|this\s+past)\s+)?{WEEKDAY}\b(?!['’]s)", re.I),
    re.compile(r"\b(?P<rel>yesterday|today|tonight|this morning|this afternoon|earlier today)\b", re.I),
    re.compile(r"\bon\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + MONTH + ")", re.I),
]
DATELINE = re.compile(
    r"^[A-Z][A-Z .,'’\-]{2,40},\s+(?P<date>[A-Za-z]+\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Za-z]+\.?(?:\s+\d{4})?)"
    r"\.?\s*(?:\([^)]{1,60}\)|/[^/]{1,60}/\.?)?\s*[\-–—]",
)
URL_DATE = re.compile(r"/((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)(?:/|$|\D)")
# a verb of saying, but not one used as an adjective ("its stated aim")
SAYING = re.compile(rf"(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bthe )\b{SPEECH_VERB}\b", re.I)
UPDATED = re.compile(r"\b(?:updated|modified|edited|corrected)\b", re.I)


@dataclass(frozen=True)
class Published:
    date: dt.date
    basis: str


def _build(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def full_date(text: str) -> tuple[dt.date, str] | None:
    """The first complete day-month-year date in a text, and the words that gave it."""
    best = None
    for pattern in FULL_DATES:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0].start()):
            best = (m, pattern)
    if not best:
        return None
    m = best[0]
    month = int(m.group("month_num")) if "month_num" in m.groupdict() else MONTHS[m.group("month").lower().rstrip(".")]
    date = _build(int(m.group("year")), month, int(m.group("day")))
    return (date, m.group(0)) if date else None


def parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    m = re.match(r"\s*((?:19|20)\d\d)-(\d\d)-(\d\d)", str(value))
    return _build(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def publication_date(paragraphs: list[str], title: str, curator: dt.date | None, html_published: str | None,
                     url: str | None) -> Published | None:
    """The article's own date, from the most to the least reliable place that gives it."""
    if curator:
        return Published(curator, "front matter 'published'")
    html_date = parse_iso(html_published)
    if html_date:
        return Published(html_date, "the page's metadata")
    for i, para in enumerate(paragraphs[:6]):
        m = DATELINE.match(para)
        found = full_date(m.group("date")) if m else None
        if found:
            return Published(found[0], f"the dateline ‘{m.group(0).rstrip(' –—-')}’")
        # a short line under the title (byline, timestamp, "Published …"), but never an "Updated" line
        if len(para) <= 120 and not UPDATED.search(para) and not re.search(SPEECH_VERB, para):
            found = full_date(para)
            if found:
                return Published(found[0], f"the date line ‘{para}’")
    m = URL_DATE.search(url or "")
    if m:
        date = _build(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if date:
            return Published(date, f"the date in the URL {url}")
    return None


def _on_or_before(anchor: dt.date, month: int, day: int) -> dt.date | None:
    """A day and month without a year: the latest such date on or before the anchor."""
    for year in (anchor.year, anchor.year - 1):
        date = _build(year, month, day)
        if date and date <= anchor:
            return date
    return None


def resolve(text: str, published: Published | None) -> tuple[DatedExpression | None, str | None]:
    """The first date expression in a sentence → (date, None), or (None, why it can't be resolved)."""
    found = full_date(text)
    candidates: list[tuple[int, str, re.Match]] = []
    if found:
        idx = text.find(found[1])
        candidates.append((idx, "full", found))  # type: ignore[arg-type]
    m = MONTH_YEAR.search(text)
    if m:
        candidates.append((m.start(), "month", m))
    for pattern in PARTIAL_DATES:
        m = pattern.search(text)
        if m and not (found and found[1] in text[m.start(): m.start() + len(found[1]) + 2]):
            candidates.append((m.start(), "partial", m))
    for pattern in RELATIVE:
        m = pattern.search(text)
        if m:
            candidates.append((m.start(), "relative", m))
    if not candidates:
        return None, None
    # the full date wins where a sentence has one; else the first expression in it
    full = [c for c in candidates if c[1] == "full"]
    _, kind, m = full[0] if full else min(candidates, key=lambda c: c[0])
    if kind == "full":
        date, words = m  # type: ignore[misc]
        return DatedExpression(date, "day", f"the full date ‘{words}’ given for the statement"), None
    if kind == "month":
        date = _build(int(m.group("year")), MONTHS[m.group("month").lower().rstrip(".")], 1)
        return (DatedExpression(date, "month", f"‘{m.group(0)}’ gives only the month"), None) if date else (None, None)
    words = m.group(0).strip()
    if not published:
        return None, f"‘{words}’ needs a publication date, and the source gives none"
    anchor = published.date
    if kind == "partial":
        date = _on_or_before(anchor, MONTHS[m.group("month").lower().rstrip(".")], int(m.group("day")))
    elif m.groupdict().get("weekday"):
        back = (anchor.weekday() - WEEKDAYS[m.group("weekday").lower()]) % 7
        if m.groupdict().get("last") and m.group("last").lower() == "last" and back == 0:
            back = 7
        date = anchor - dt.timedelta(days=back)
    elif m.groupdict().get("rel"):
        date = anchor - dt.timedelta(days=1 if m.group("rel").lower() == "yesterday" else 0)
    else:  # "on the 14th": this month, or last month if the 14th is still to come
        day = int(m.group("day"))
        date = _build(anchor.year, anchor.month, day)
        if not date or date > anchor:
            prev = anchor.replace(day=1) - dt.timedelta(days=1)
            date = _build(prev.year, prev.month, day)
    if not date:
        return None, f"‘{words}’ is not a real date"
    return DatedExpression(date, "day", f"‘{words}’, on or before the publication date {anchor.isoformat()} ({published.basis})"), None


def statement_date(sentences: list[str], lead: list[str], published: Published | None,
                   transcript_line: str | None, dateline: str | None) -> tuple[DatedExpression | None, str | None]:
    """The date the statement was made, and else why it could not be settled."""
    if transcript_line:
        found = full_date(transcript_line)
        if found:
            return DatedExpression(found[0], "day", f"the date line ‘{transcript_line}’ under the title of the remarks"), None
    for sentence in sentences:
        if not SAYING.search(sentence):
            continue
        date, why = resolve(sentence, published)
        if date or why:
            return date, why
    # a news lead tells when its event happened even without a verb of saying
    for sentence in lead:
        date, why = resolve(sentence, published)
        if date or why:
            return date, why
    if dateline:
        date, why = resolve(dateline, published)
        if date or why:
            return date, why
    return None, "no date for the statement in the text"
