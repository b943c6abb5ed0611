"""When it was said: the statement date apart from the publication date.

The publication date anchors relative expressions ("on Tuesday", "yesterday",
"Nov. 1"); a full date given for the statement beats it; and when nothing
settles the date, it stays unknown.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

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
    re.compile(rf"\b{DAY}-{MONTH}-{YEAR}\b", re.I),  # "16-Nov-2023"
]
PARTIAL_DATES = [
    re.compile(rf"\b(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?!\w)", re.I),
    re.compile(rf"\b{MONTH}\s+{DAY}(?!\d)(?!:)\b", re.I),
]
MONTH_YEAR = re.compile(rf"\b(?:in|during|since)\s+{MONTH},?\s+{YEAR}\b", re.I)
# "in a 2013 interview", "in 2013": only the year is known
YEAR_ONLY = re.compile(rf"\b(?:in|during)\s+(?:a|an|his|her|their|the)?\s*{YEAR}\b(?!\s*[-–/]\s*\d)", re.I)
# numeric dates ("31-01-2022", "22/10/2024", "27.06.2024", "2024.06.27"); dateparser reads them
NUMERIC_DATE = re.compile(r"(?<![\d/.-])(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2})(?![\d/.-]*\d)")
# words before a date that make it another event's: "since it was released Friday", "took effect Friday"
OTHER_EVENT = re.compile(r"\b(?:since|released|took\s+effect|takes\s+effect|until|after|before|following|ahead\s+of|by|"
                         r"scheduled|due|expected|planned|slated|set\s+for|deadline|born|died|elected|election|vote|"
                         r"starting|beginning|from|through)\W+(?:\w+\W+){0,2}$", re.I)
COARSE = ("year", "month")  # an expression that gives no day
RELATIVE_CLAUSE = re.compile(r"\b(?:which|who|whom|whose|where|that\s+(?:was|were|had|has|opened|began|started))\b", re.I)
MAYBE_DATE = re.compile(r"\d|\b(?:" + "|".join(MONTHS) + "|" + "|".join(WEEKDAYS)
                        + r"|yesterday|today|tonight|this\s+(?:morning|afternoon))\b", re.I)
# a verb of saying's reach: a date this many words from it is when it was said
SAYING_REACH = 8
COARSE_REACH = 2  # "told CNN in 2013", "said in March 2011"
# "in a 2013 interview": the year is the occasion's on which someone spoke
SPEAKING_OCCASION = re.compile(r"\s+(?:interview|speech|statement|address|op-ed|column|memoir|book|letter|"
                               r"testimony|debate|hearing|remarks|tweet|post|article|essay|cable|memo|email)\b", re.I)
# a date used as an adjective: "the Sept. 11, 2001, attacks", "a March 3 rally"
ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)
ATTRIBUTIVE_AFTER = re.compile(r",?\s+[a-z]+\b(?!\s+(?:that|said|says))")
# "a company called Harmony": "called" that names
NAMING = re.compile(r"\b(?:a|an|the|so)[\s\-]+[\w\-]+\s+$", re.I)
# a clause of its own between a date and a verb of saying: "…, when the CIA briefed …"
OTHER_CLAUSE = re.compile(r"\b(?:when|after|before|while|because|as|where)\s+(?:the|a|an|he|she|they|it|we|I|[A-Z]\w*)\b")
RELATIVE = [
    re.compile(rf"\b(?:(?P<last>last|this|on|this\s+past)\s+)?{WEEKDAY}\b(?!['’]s)", re.I),
    re.compile(r"\b(?P<rel>yesterday|(?<!\bUSA\s)today|tonight|this morning|this afternoon|earlier today)\b", re.I),
    re.compile(r"\bon\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + MONTH + ")", re.I),
]
DATELINE = re.compile(
    r"^[A-Z][A-Z .,'’\-]{2,40},\s+(?P<date>[A-Za-z]+\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Za-z]+\.?(?:\s+\d{4})?)"
    r"\.?\s*(?:\([^)]{1,60}\)|/[^/]{1,60}/\.?)?\s*[\-–—]",
)
URL_DATE = re.compile(r"/((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)(?:/|$|\D)")
# what htmldate does not read: /20230114/, /2022/0301/
URL_COMPACT_DATE = re.compile(r"/((?:19|20)\d\d)/?([01]\d)([0-3]\d)(?:/|$|[^\d])")
# an embedded post or a photo caption: its dates are not the article's
EMBED = re.compile(r"pic\.twitter\.com|\(@\w+\)|<tweet|^\s*(?:photo|image|picture|credit|file photo|caption)\b"
                   r"|\b(?:AP|AFP|Reuters|Getty Images)\s*(?:Photo|/)", re.I)
# a verb of saying, but not one used as an adjective ("its stated aim")
SAYING = re.compile(rf"(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bthe )\b{SPEECH_VERB}\b", re.I)


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
    if m:
        return _build(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return numeric_date(str(value)) or (full_date(str(value)) or (None,))[0]


@lru_cache(maxsize=1024)
def numeric_date(text: str) -> dt.date | None:
    """A numeric date ("31-01-2022", "22/10/2024"), read by dateparser; None where day and month could be
    swapped ("01/02/2024"): a date is never guessed."""
    m = NUMERIC_DATE.search(text[:200])
    if not m:
        return None
    parts = [int(p) for p in re.split(r"[./-]", m.group(0))]
    day_month = parts[:2] if parts[2] > 31 else parts[1:]
    if parts[2] > 31 and day_month[0] <= 12 and day_month[1] <= 12 and day_month[0] != day_month[1]:
        return None
    import dateparser  # imported here: only sources with a numeric date pay for it
    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False,
                "DATE_ORDER": "DMY" if parts[2] > 31 and parts[0] > 12 else "MDY" if parts[2] > 31 else "YMD",
                "RELATIVE_BASE": dt.datetime(2000, 1, 1)}  # never the clock: nothing relative is read anyway
    found = dateparser.parse(m.group(0), languages=["en"], settings=settings)
    return found.date() if found else None


def url_date(url: str | None) -> dt.date | None:
    """The date in an article's address: htmldate reads the common forms, this the compact ones."""
    if not url:
        return None
    from htmldate import find_date  # imported here: only sources with an address pay for it
    found = find_date("<html></html>", url=url, extensive_search=False, original_date=True,
                      min_date="1900-01-01", max_date="2100-01-01")
    if found:
        return parse_iso(found)
    m = URL_DATE.search(url) or URL_COMPACT_DATE.search(url)
    return _build(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def line_date(line: str) -> tuple[dt.date, str] | None:
    """The date a short line gives ("Published: 13:57, December 9, 2023", "31-01-2022 20:41 IST",
    "Source: Xinhua | 2023-11-16 08:12:37 | Editor: …"), from its first part that is not an update."""
    for part in re.split(r"\s[·|•]\s", line):
        part = re.split(r"\b(?:updated|modified|edited)\b", part, maxsplit=1, flags=re.I)[0]
        found = full_date(part)
        if found:
            return found
        numeric = numeric_date(part)
        if numeric:
            return numeric, NUMERIC_DATE.search(part).group(0)
    return None


def publication_date(paragraphs: list[str], title: str, curator: dt.date | None, html_published: str | None,
                     url: str | None, stamps: tuple[str, ...] = ()) -> Published | None:
    """The article's own date, from the most to the least reliable place that gives it."""
    if curator:
        return Published(curator, "front matter 'published'")
    html_date = parse_iso(html_published)
    if html_date:
        return Published(html_date, "the page's metadata")
    updated: Published | None = None
    for para in paragraphs[:6]:
        m = DATELINE.match(para)
        found = full_date(m.group("date")) if m else None
        if found:
            return Published(found[0], f"the dateline ‘{m.group(0).rstrip(' –—-')}’")
        # a short line under the title (byline, timestamp, "Published …"); an "Updated" line only as a last resort
        if len(para) <= 160 and not re.search(SPEECH_VERB, para) and not EMBED.search(para):
            found = line_date(para) if not re.match(r"\W*(?:last\s+)?updated\b", para, re.I) else None
            if found:
                return Published(found[0], f"the date line ‘{para}’")
            found = full_date(para) or (line_date(para.split(":", 1)[-1]) if ":" in para else None)
            updated = updated or (Published(found[0], f"the date line ‘{para}’") if found else None)
    date = url_date(url)
    if date:
        return Published(date, f"the date in the URL {url}")
    for stamp in stamps if not updated else ():  # "Updated 11:02, 05-Apr-2023", when nothing else dates the page
        found = full_date(stamp)
        updated = Published(found[0], f"the stamp ‘{stamp}’") if found else None
        if updated:
            break
    return updated


def _nearest(anchor: dt.date, month: int, day: int) -> dt.date | None:
    """A day and month without a year: the nearest such date to the anchor, forwards for an event
    to come ("the Nov. 8 election" in an article of 23 October is 8 November of that year)."""
    dates = [d for d in (_build(y, month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)) if d]
    return min(dates, key=lambda d: (abs((d - anchor).days), d > anchor)) if dates else None


@dataclass(frozen=True)
class Expression:
    start: int
    end: int
    kind: str  # full, month, year, partial, relative
    match: re.Match


def expressions(text: str) -> list[Expression]:
    """Every date expression in a text, in order, the longest where two overlap."""
    found: list[Expression] = []
    if not MAYBE_DATE.search(text):
        return found  # most sentences hold no date: one cheap look instead of five patterns
    for kind, patterns in (("full", FULL_DATES), ("month", [MONTH_YEAR]), ("partial", PARTIAL_DATES),
                           ("relative", RELATIVE), ("year", [YEAR_ONLY])):
        for pattern in patterns:
            for m in pattern.finditer(text):
                if not any(e.start <= m.start() < e.end or m.start() <= e.start < m.end() for e in found):
                    found.append(Expression(m.start(), m.end(), kind, m))
    return sorted(found, key=lambda e: e.start)


def _resolved(e: Expression, published: Published | None) -> tuple[DatedExpression | None, str | None]:
    """One expression → (date, None), or (None, why it can't be resolved)."""
    m, kind = e.match, e.kind
    if kind == "full":
        month = int(m.group("month_num")) if "month_num" in m.groupdict() else MONTHS[m.group("month").lower().rstrip(".")]
        date = _build(int(m.group("year")), month, int(m.group("day")))
        return (DatedExpression(date, "day", f"the full date ‘{m.group(0)}’ given for the statement"), None) \
            if date else (None, f"‘{m.group(0)}’ is not a real date")
    if kind == "month":
        date = _build(int(m.group("year")), MONTHS[m.group("month").lower().rstrip(".")], 1)
        return (DatedExpression(date, "month", f"‘{m.group(0)}’ gives only the month"), None) if date else (None, None)
    if kind == "year":
        return DatedExpression(dt.date(int(m.group("year")), 1, 1), "year", f"‘{m.group(0)}’ gives only the year"), None
    words = m.group(0).strip()
    if not published:
        return None, f"‘{words}’ needs a publication date, and the source gives none"
    date = _relative(m, kind, published.date)
    if not date:
        return None, f"‘{words}’ is not a real date"
    return DatedExpression(date, "day", f"‘{words}’, on or before the publication date "
                                        f"{published.date.isoformat()} ({published.basis})"), None


def _relative(m: re.Match, kind: str, anchor: dt.date) -> dt.date | None:
    """A weekday, 'yesterday', a day and month, or 'the 14th', against the publication date."""
    if kind == "partial":
        return _nearest(anchor, MONTHS[m.group("month").lower().rstrip(".")], int(m.group("day")))
    if m.groupdict().get("weekday"):
        back = (anchor.weekday() - WEEKDAYS[m.group("weekday").lower()]) % 7
        if m.groupdict().get("last") and m.group("last").lower() == "last" and back == 0:
            back = 7
        return anchor - dt.timedelta(days=back)
    if m.groupdict().get("rel"):
        return anchor - dt.timedelta(days=1 if m.group("rel").lower() == "yesterday" else 0)
    day = int(m.group("day"))  # "on the 14th": this month, or last month if the 14th is still to come
    date = _build(anchor.year, anchor.month, day)
    if not date or date > anchor:
        prev = anchor.replace(day=1) - dt.timedelta(days=1)
        date = _build(prev.year, prev.month, day)
    return date


def resolve(text: str, published: Published | None, coarse: bool = True) -> tuple[DatedExpression | None, str | None]:
    """The date a sentence gives: its full date where it has one, else its first expression (a year or a
    month alone only when `coarse`)."""
    found = [e for e in expressions(text) if not OTHER_EVENT.search(text[:e.start])
             and (coarse or e.kind not in COARSE)]
    full = [e for e in found if e.kind == "full"]
    if not found:
        return None, None
    return _resolved((full or found)[0], published)


def tied_to_saying(sentence: str, e: Expression) -> bool:
    """Whether a date belongs to a verb of saying: a few words from it, in the same clause, and not
    introduced as another event's ("since it was released Friday", "the pact took effect Friday").
    A year or a month alone must stand closer: "said in 2013", "in a 2013 interview"; "In 2008, he
    complained about …" is background to an article about this week."""
    if OTHER_EVENT.search(sentence[max(0, e.start - 60):e.start]):
        return False
    if e.kind in COARSE and SPEAKING_OCCASION.match(sentence, e.end):
        return True
    if ATTRIBUTIVE_BEFORE.search(sentence, max(0, e.start - 6), e.start) and ATTRIBUTIVE_AFTER.match(sentence, e.end):
        # "the Sept. 11, 2001, attacks" names an event; "the July 9, 2012, cable" dates what it says
        return bool(SPEAKING_OCCASION.match(re.sub(r"^,", "", sentence[e.end:])))
    reach = COARSE_REACH if e.kind in COARSE else SAYING_REACH
    for verb in SAYING.finditer(sentence):
        if verb.group().casefold() == "called" and NAMING.search(sentence, max(0, verb.start() - 30), verb.start()):
            continue  # "a company called Harmony": a name given, nothing said
        between = sentence[verb.end():e.start] if verb.end() <= e.start else sentence[e.end:verb.start()]
        # "said of the course, which opened in 1971": a relative clause dates something else, and so does
        # a clause of its own ("met with him on Sept. 10, when the CIA briefed him")
        if ";" not in between and len(between.split()) <= reach and not RELATIVE_CLAUSE.search(between) \
                and not OTHER_CLAUSE.search(between):
            return True
    return False


def said_on(sentence: str, published: Published | None, coarse: bool = True) -> tuple[DatedExpression | None, str | None]:
    """The date a sentence gives for its verb of saying (a year or a month alone only when `coarse`); a date
    after publication is another event's."""
    fine, rough = _said_on_by_precision(sentence, published)
    return fine if fine != (None, None) or not coarse else rough


def _said_on_by_precision(sentence: str, published: Published | None) -> tuple[tuple, tuple]:
    """The dates a sentence gives its verb of saying: (a day's, a year's or a month's), each (date, why)."""
    found: dict[bool, tuple] = {False: (None, None), True: (None, None)}
    tied = (e for e in expressions(sentence) if tied_to_saying(sentence, e))
    for e in sorted(tied, key=lambda e: e.kind != "full"):
        coarse = e.kind in COARSE
        if found[coarse] != (None, None):
            continue
        date, why = _resolved(e, published)
        if date and published and (date.date > published.date or _background(sentence, e, date, published)):
            continue
        if date or why:
            found[coarse] = (date, why)
    return found[False], found[True]


def _background(sentence: str, e: Expression, date: DatedExpression, published: Published) -> bool:
    """'the union agreed in 2011 to …' in an article of 2016: a year or a month long before publication is
    the story's background, unless it names the occasion someone spoke on ('in a 2013 interview')."""
    return e.kind in COARSE and date.date.year < published.date.year - 1 and \
        not SPEAKING_OCCASION.match(sentence, e.end)


def statement_date(sentences: list[str], lead: list[str], published: Published | None,
                   transcript_line: str | None, dateline: str | None) -> tuple[DatedExpression | None, str | None]:
    """The date the statement was made, and else why it could not be settled."""
    if transcript_line:
        found = full_date(transcript_line)
        if found:
            return DatedExpression(found[0], "day", f"the date line ‘{transcript_line}’ under the title of the remarks"), None
    # a day first, wherever it is said; "in 2008" in one sentence is background more often than the day
    # of a statement another sentence dates "on Thursday"
    (date, why), rough = _said_on_any(sentences, published)
    if date or why:
        return date, why
    # a news lead tells the day of its event even without a verb of saying; a year or a month there is
    # background ("the course, opened in 1971"), not when anyone spoke
    for sentence in lead:
        date, why = resolve(sentence, published, coarse=False)
        if date and published and date.date > published.date:
            continue
        if date or why:
            return date, why
    if dateline:
        date, why = resolve(dateline, published)
        if date or why:
            return date, why
    date, why = rough  # "in a 2013 interview, she said"
    return (date, why) if date or why else (None, "no date for the statement in the text")


def _said_on_any(sentences: list[str], published: Published | None) -> tuple[tuple, tuple]:
    """The first date a sentence with a verb of saying gives for it: a day's, and a year's or a month's."""
    rough: tuple = (None, None)
    for sentence in sentences:
        if SAYING.search(sentence) and not EMBED.search(sentence):
            fine, coarse = _said_on_by_precision(sentence, published)
            if fine != (None, None):
                return fine, rough
            rough = coarse if rough == (None, None) else rough
    return (None, None), rough
