"""Stage 2, extract: a `SourceDocument` → what its text says (`Extraction`).

One module per question a careful reader asks: what is the article (text), what
was quoted (quotes), who said it (speakers), when (dates), about what (topics).
"""
from __future__ import annotations

import datetime as dt
import re

from ..model import DatedExpression, Extraction, Quote, Registry, SourceDocument
from . import dates
from .quotes import MIN_QUOTE_WORDS, find_quotes, is_not_a_statement
from .roles import stated_roles
from .cues import sentences as _sentences
from .speakers import Person, Reader
from .text import CleanText, clean
from .topics import find_topics


def _html_title(raw: str | None) -> str | None:
    if not raw:
        return None
    # "Headline | Site name" in <title>: the site's name is not the headline
    parts = re.split(r"\s+[|–—]\s+", raw)
    return parts[0].strip() if len(parts) > 1 and len(parts[0]) > 15 else raw.strip()


def _first_sentence(paragraph: str, limit: int = 100) -> str:
    sentence = _sentences(paragraph)[0][1].strip() if paragraph else ""
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _quotes(paragraphs: list[str], spans: list, attributions: list) -> tuple[list[Quote], list[str], tuple[int, ...]]:
    """The quotations (pieces of one joined, fragments and titles left out), the review flags about their
    speakers, and the indexes of those whose speaker was inferred rather than named beside them."""
    quotes: list[Quote] = []
    review: list[str] = []
    inferred: list[int] = []
    pending: list[str] = []
    first = spans[0] if spans else None
    for span, attribution in zip(spans, attributions):
        first = span if not pending else first
        pending.append(span.text)
        if span.joined_with_next:
            continue
        words, pending = " ".join(pending), []
        if len([w for w in words.split() if re.search(r"\w", w)]) < MIN_QUOTE_WORDS \
                or is_not_a_statement(words, paragraphs[first.paragraph][max(0, first.start - 60):first.start]):
            continue
        quotes.append(Quote(text=words, speaker=attribution.speaker))
        n = len(quotes)
        if attribution.how == "institution":
            review.append(f"quote {n}: attributed to an institution, not a person; it is listed without a speaker")
        elif attribution.speaker is None:
            review.append(f"quote {n}: the speaker could not be determined")
        elif attribution.inferred:
            inferred.append(n - 1)  # the curator's queue asks to confirm it; readers see the speaker
    return quotes, review, tuple(inferred)


def extract(doc: SourceDocument, registry: Registry, published: dt.date | None = None,
            url: str | None = None) -> Extraction:
    """Read one source's text; `published` and `url` are the curator's, where given."""
    title_hint = _html_title(doc.html.title) if doc.html else None
    text = clean(doc.text, markdown=doc.kind != "html", title_hint=title_hint)
    paragraphs = list(text.paragraphs)
    review: list[str] = []
    title = text.title
    if not title:
        title = _first_sentence(paragraphs[0] if paragraphs else "")
        review.append("title: the source has no headline; its first sentence stands in")

    spans = find_quotes(paragraphs)
    reader = Reader(text.title, paragraphs, spans, registry)
    quotes, flags, inferred = _quotes(paragraphs, spans, reader.attribute())
    review += flags
    transcript = reader.transcript_speaker()
    speakers = _speakers(reader, quotes, transcript)
    if not speakers:
        review.append("speakers: nobody could be identified as the speaker")
    pub = dates.publication_date([*text.above_title[-3:], *reader.masked[1:]], text.title, published,
                                 doc.html.published if doc.html else None,
                                 url or (doc.html.url if doc.html else None), text.stamps)
    date, why = _statement_date(reader, text, pub, transcript is not None)
    if date is None:
        review.append(f"date: {why}")

    # roles of everyone the text introduces (the curator may name any of them a speaker), read with the
    # quotations blanked (what a quoted person says of someone is not the article's own statement) and
    # without the headline, whose Title Case makes every word look like part of a title
    people = [p.name for p in reader.cast.people if not p.registry and not p.body and p.name]
    return Extraction(
        title=title,
        paragraphs=tuple(paragraphs),
        quotes=tuple(quotes),
        speakers=tuple(speakers),
        topics=tuple(find_topics(text.title, paragraphs, registry.topics)),
        date=date,
        published=pub.date if pub else None,
        review=tuple(review),
        inferred=inferred,
        roles=stated_roles(reader.masked[1:], people),
    )


def _speakers(reader: Reader, quotes: list[Quote], transcript: Person | None) -> list[str]:
    """Everyone quoted, the primary speaker first: the one the headline names, else the one the opening
    reports speaking; a transcript's or a paraphrase-only piece's speaker where nobody is quoted."""
    quoted = list(dict.fromkeys(q.speaker for q in quotes if q.speaker))
    if transcript and not quotes:
        return [transcript.name]
    reported = reader.reported_speaker()
    if not quoted:
        return [reported.name] if reported else []
    headline = [p.name for p in reader.headline_people() if p.name in quoted]
    lead = headline or ([reported.name] if reported and reported.name in quoted else [])
    return [lead[0]] + [s for s in quoted if s != lead[0]] if lead else quoted


SUMMARY_LABEL = re.compile(r"(?i)(?:abstract|summary|highlights|key\s+points|in\s+brief)[.:]?")


def _statement_date(reader: Reader, text: CleanText, pub: dates.Published | None,
                    transcript: bool) -> tuple[DatedExpression | None, str | None]:
    """When the statement was made, read from the text with quotations masked (a date inside a
    quotation is not when it was said)."""
    body = reader.masked[1:]
    dateline = None
    sentences: list[str] = []
    lead: list[str] = []
    lead_paragraphs = 1
    for para in body:
        m = dates.DATELINE.match(para)
        if m:
            dateline, para = m.group("date"), para[m.end():]
        found = [s for _, s in _sentences(para)]
        if lead_paragraphs and len(para.split()) >= 15:
            lead += found  # the first real paragraph of the article
            lead_paragraphs -= 1
        elif SUMMARY_LABEL.fullmatch(para.strip()) and not lead:
            lead_paragraphs = 2  # "ABSTRACT." over a summary: the summary and the article's first paragraph
        sentences.extend(found)
    # a transcript's date is printed in or under its title ("…, New York, 7 May 2024")
    transcript_line = None
    if transcript:
        transcript_line = text.title if dates.full_date(text.title) else next(
            (line for line in body[:5] if len(line) <= 80 and dates.full_date(line)), None)
    return dates.statement_date(sentences, lead, pub, transcript_line, dateline)
