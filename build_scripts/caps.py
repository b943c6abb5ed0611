"""Caps on what one source can multiply: the speakers and topics it names, its quotations, the length of
its title, names and text, and its date. A source listing 3,000 speakers made 6,027 files and 709 MB;
20,000 quotations a 6.5 MB page (now they go on over pages of MAX_QUOTES); `date: 0023-05-05` a chart
864,590 px wide. Each cap, when hit, is reported once with the file and what to do, and the statement
is kept with what fits (and with every one of its quotations, over as many pages as they need).

The caps keep every page under PAGE_BUDGET (tests/test_hostile_scale.py builds the worst case).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from .model import Problem, Quote, Statement
from .validate import CURATOR_DATE_BASIS

PAGE_BUDGET = 300_000  # bytes: no page, whatever the input, is larger
MAX_SPEAKERS = 8  # with MAX_NAME_CHARS: a listing entry (200 a page) stays under 1.5 KB
MAX_TOPICS = 10
MAX_QUOTES = 40  # attributed and unattributed together, on each page of a statement (then page-2, …)
MAX_QUOTE_CHARS = 1_500
MAX_QUOTED_SPEAKERS = 40  # people given quotations in one source: each has a page and a feed (40 quotations
# named at most 40 when the rest were dropped; now that none is, 3,000 people quoted made 6,107 files)
MAX_TITLE_CHARS = 300
MAX_NAME_CHARS = 50  # a speaker's name, a venue, a publisher
MAX_SEE_ALSO = 20
MAX_TEXT_CHARS = 80_000  # the cleaned source text on the statement page
EARLIEST = dt.date(1900, 1, 1)


def _cut(value: str, limit: int) -> str:
    """At most `limit` characters, cut at a word where there is one, marked with an ellipsis."""
    if len(value) <= limit:
        return value
    head = value[: limit - 1]
    return (head.rsplit(" ", 1)[0] if " " in head[limit // 2:] else head).rstrip(" ,;:") + "…"


def _text_within(paragraphs: tuple[str, ...], limit: int) -> tuple[str, ...]:
    kept, used = [], 0
    for paragraph in paragraphs:
        if used + len(paragraph) > limit:
            kept.append(_cut(paragraph, max(limit - used, 2)))
            break
        kept.append(paragraph)
        used += len(paragraph)
    return tuple(kept)


def _quotes_within(s: Statement, problems: list[Problem]) -> Statement:
    """Every quotation is kept (nothing is lost): past MAX_QUOTES the statement page goes on over
    further pages (statement_page.py), and that is reported, as a source quoting so much is most
    often several articles in one. No cap on the number itself: a page of quotations costs the same
    whatever the count, so the build grows with the source, as it may (a source holds at most 5 MB)."""
    count = len(s.quotes) + len(s.unattributed_quotes)
    if count > MAX_QUOTES:
        pages = -(-count // MAX_QUOTES)
        problems.append(Problem(s.source.file, f"has {count} quotations; they are published over {pages} pages of "
                                               f"{MAX_QUOTES}. Split the source, or keep only the article in it"))
    if any(len(q.text) > MAX_QUOTE_CHARS for q in s.quotes) or any(len(t) > MAX_QUOTE_CHARS
                                                                   for t in s.unattributed_quotes):
        problems.append(Problem(s.source.file, f"has a quotation longer than {MAX_QUOTE_CHARS:,} characters; it is "
                                               "cut there. Check the quotation marks around it"))
    quotes = tuple(Quote(text=_cut(q.text, MAX_QUOTE_CHARS), speaker=q.speaker) for q in s.quotes)
    return replace(s, quotes=quotes, unattributed_quotes=tuple(_cut(t, MAX_QUOTE_CHARS) for t in s.unattributed_quotes))


def _names_within(s: Statement, problems: list[Problem]) -> Statement:
    speakers, topics = s.speakers, s.topics
    if len(speakers) > MAX_SPEAKERS:
        problems.append(Problem(s.source.file, f"names {len(speakers)} speakers; the first {MAX_SPEAKERS} are "
                                               "published. Keep the speakers of the statement in 'speakers'"))
    if len(topics) > MAX_TOPICS:
        problems.append(Problem(s.source.file, f"has {len(topics)} topics; the first {MAX_TOPICS} are published. "
                                               "Keep the main ones in 'topics'"))
    named = [n for n in speakers[:MAX_SPEAKERS]] + [v for v in (s.venue, s.source.publisher) if v]
    if any(len(n) > MAX_NAME_CHARS for n in named):
        problems.append(Problem(s.source.file, f"has a speaker, venue or publisher longer than {MAX_NAME_CHARS} "
                                               "characters; it is cut there. Check it"))
    source = replace(s.source, publisher=s.source.publisher and _cut(s.source.publisher, MAX_NAME_CHARS),
                     see_also=s.source.see_also[:MAX_SEE_ALSO])
    if len(s.source.see_also) > MAX_SEE_ALSO:
        problems.append(Problem(s.source.file, f"lists {len(s.source.see_also)} addresses in 'see_also'; the first "
                                               f"{MAX_SEE_ALSO} are published"))
    return replace(s, speakers=tuple(dict.fromkeys(_cut(n, MAX_NAME_CHARS) for n in speakers[:MAX_SPEAKERS])),
                   topics=topics[:MAX_TOPICS], venue=s.venue and _cut(s.venue, MAX_NAME_CHARS), source=source)


def _quoted_within(s: Statement, problems: list[Problem]) -> Statement:
    """The quotations of the statement's speakers and of the first MAX_QUOTED_SPEAKERS others keep their
    speaker; the others' are published without one (their words are all there), and that is reported."""
    named = list(dict.fromkeys(q.speaker for q in s.quotes if q.speaker))
    kept = {*s.speakers, *[n for n in named if n not in s.speakers][:MAX_QUOTED_SPEAKERS]}
    if all(n in kept for n in named):
        return s
    moved = [q.text for q in s.quotes if q.speaker not in kept]
    problems.append(Problem(s.source.file, f"gives quotations to {len(named)} people; those of {len(kept)} keep their "
                                           f"speaker, the other {len(moved)} are published without one. Split the "
                                           "source, or keep only the article in it"))
    return replace(s, quotes=tuple(q for q in s.quotes if q.speaker in kept),
                   unattributed_quotes=(*s.unattributed_quotes, *moved))


def _date_within(s: Statement, today: dt.date, problems: list[Problem]) -> Statement:
    """A date before 1900 or after today is not when a statement on record was made: it is dropped
    (the statement is undated) and reported, as a chart from year 23 to now would be 864,590 px wide."""
    if s.date is None or EARLIEST <= s.date <= today:
        return s
    if s.date > today and s.date_basis == CURATOR_DATE_BASIS:
        return s  # the curator's: already reported by validate.front_matter, and kept as written
    when = "before 1900" if s.date < EARLIEST else "after today"
    problems.append(Problem(s.source.file, f"has the date {s.date.isoformat()}, {when}; it is published undated. "
                                           "Check the date (in its front matter, or in the text)"))
    why = f"the date found ({s.date.isoformat()}) is {when}, so it was set aside"
    return replace(s, date=None, date_precision="unknown", date_basis=why, review=(*s.review, f"date: {why}"))


def within_caps(s: Statement, today: dt.date) -> tuple[Statement, list[Problem]]:
    """The statement with what one source can multiply cut to size, and a message per cap hit."""
    problems: list[Problem] = []
    if len(s.title) > MAX_TITLE_CHARS:
        problems.append(Problem(s.source.file, f"has a title of {len(s.title):,} characters; it is cut to "
                                               f"{MAX_TITLE_CHARS}. Set a shorter 'title' in its front matter"))
        s = replace(s, title=_cut(s.title, MAX_TITLE_CHARS))
    if sum(map(len, s.paragraphs)) > MAX_TEXT_CHARS:
        problems.append(Problem(s.source.file, f"has more than {MAX_TEXT_CHARS:,} characters of text; the statement "
                                               "page shows the beginning. Keep only the article in it"))
        s = replace(s, paragraphs=_text_within(s.paragraphs, MAX_TEXT_CHARS))
    s = _quotes_within(s, problems)
    s = _quoted_within(_names_within(s, problems), problems)
    return _date_within(s, today, problems), problems
