"""Atom feeds (RFC 4287): the latest statements, and one feed per topic and per speaker.

Reproducible and free of any address that is not ours:

- ids are tag: URIs (RFC 4151) made from the slug, so an entry keeps its id for good;
- times come from the statements: an entry's `updated` is its statement date when known to
  the day, else its source's publication date, else the first day of the month or year the
  statement is known to, else the newest date of the feed (a feed with no date at all says
  1970-01-01); `published` is given only for a statement dated to the day; never the clock;
- links are relative to the feed's own address, which RFC 4287 allows (IRI references), so
  the feeds work wherever the site is served without knowing its address.

Entries: dated statements newest first, then the undated, at most FEED_SIZE.
Every string from a source is XML-escaped, and an entry's HTML content is built from
escaped text only.
"""
from __future__ import annotations

import datetime as dt
import html
import posixpath
from xml.sax.saxutils import escape, quoteattr

from .model import Page, Registry, Statement
from .recent import Recent, made
from .records import lead_quote, newest_first, safe_url, show_date, speaker_slug, statement_url, topic_label, xml_chars

FEED_SIZE = 20
FEED_ENTRY_CHARS = 10_000  # quotations in one entry up to this; the others are on the statement's page
TAG = "tag:on-record,2024:"  # the authority and date of every id: never change them, or every id changes
EPOCH = dt.date(1970, 1, 1)


def feed_path(kind: str, key: str = "") -> str:
    """Where a feed lives: feeds/statements.xml, feeds/topics/<id>.xml, feeds/speakers/<slug>.xml."""
    return "feeds/statements.xml" if kind == "all" else f"feeds/{kind}/{key}.xml"


def _x(value: str) -> str:
    return escape(xml_chars(value))


def _a(value: str) -> str:
    return quoteattr(xml_chars(value))


def _h(value: str) -> str:
    """Text for the HTML inside an entry's content: escaped for HTML here, then for XML when written."""
    return html.escape(xml_chars(value), quote=True)


def _time(date: dt.date) -> str:
    return f"{date.isoformat()}T00:00:00Z"


def entry_date(s: Statement) -> dt.date | None:
    """The day an entry stands at: the statement's date when known to the day, else its source's
    publication date, else the first day of the month or year it is known to."""
    if s.date and s.date_precision == "day":
        return s.date
    return s.source.published or s.date


def _content(s: Statement, registry: Registry) -> str:
    """The entry as HTML: when, where, who, every quotation with its speaker, and the source."""
    parts = [f"<p>{_h(show_date(s.date, s.date_precision))}"
             + (f" · {_h(s.venue)}" if s.venue else "")
             + f" · {_h(', '.join(s.speakers) or 'speaker unknown')}</p>"]
    if s.topics:
        parts.append(f"<p>Topics: {_h(', '.join(topic_label(t, registry) for t in s.topics))}</p>")
    used = 0
    for n, q in enumerate(s.quotes):  # every quotation, while the entry stays small (a feed holds 20 entries)
        quote = f"<blockquote><p>“{_h(q.text.rstrip(' ,;:'))}”</p><p>— {_h(q.speaker or '')}</p></blockquote>"
        used += len(quote)
        if used > FEED_ENTRY_CHARS:
            parts.append(f"<p>{len(s.quotes) - n} more quotations on the statement's page.</p>")
            break
        parts.append(quote)
    source = s.source.publisher or s.source.file
    url = safe_url(s.source.url)
    parts.append("<p>Source: " + (f'<a href="{_h(url)}">{_h(source)}</a>' if url else _h(source)) + "</p>")
    return "".join(parts)


def _summary(s: Statement) -> str:
    q = lead_quote(s)
    said = show_date(s.date, s.date_precision)
    who = ", ".join(s.speakers) or "Speaker unknown"
    return f"{said}. {who}" + (f": “{q.text.rstrip(' ,;:')}”" if q else ".")


def atom(path: str, title: str, alternate: str, statements: list[Statement], registry: Registry,
         site_name: str) -> Page:
    """One feed at `path`; `alternate` is the page it stands for, relative to the site root."""
    here = posixpath.dirname(path)
    entries = newest_first(statements)[:FEED_SIZE]
    known = [d for d in (entry_date(s) for s in entries) if d]
    updated = max(known, default=EPOCH)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
        f"  <id>{_x(TAG + path)}</id>",
        f"  <title>{_x(title)}</title>",
        f"  <updated>{_time(updated)}</updated>",
        f"  <author><name>{_x(site_name)}</name></author>",
        f"  <link rel=\"self\" type=\"application/atom+xml\" href={_a(posixpath.basename(path))}/>",
        f"  <link rel=\"alternate\" type=\"text/html\" href={_a(posixpath.relpath(alternate or '.', here) + '/')}/>",
        f"  <generator>{_x(site_name)}</generator>",
    ]
    for s in entries:
        href = posixpath.relpath(statement_url(s.slug), here) + "/"
        lines += [
            "  <entry>",
            f"    <id>{_x(TAG + 'statements/' + s.slug)}</id>",
            f"    <title type=\"text\">{_x(s.title)}</title>",
            f"    <link rel=\"alternate\" type=\"text/html\" href={_a(href)}/>",
            f"    <updated>{_time(entry_date(s) or updated)}</updated>",
        ]
        if s.date and s.date_precision == "day":  # never a day the statement is not known to
            lines.append(f"    <published>{_time(s.date)}</published>")
        for t in s.topics:
            lines.append(f"    <category term={_a(t)} label={_a(topic_label(t, registry))}/>")
        lines += [
            f"    <summary type=\"text\">{_x(_summary(s))}</summary>",
            f"    <content type=\"html\">{_x(_content(s, registry))}</content>",
            "  </entry>",
        ]
    lines.append("</feed>")
    return Page(path, "\n".join(lines) + "\n")


def render_feeds(statements: list[Statement], registry: Registry, site_name: str,
                 speakers: dict[str, list[Statement]], recent: Recent | None = None) -> list[Page]:
    """The site's feed, then one per topic of the registry, then one per speaker (by page slug).
    With `recent`, a feed whose statements did not change is the last build's."""
    feeds = [(feed_path("all"), f"{site_name}: latest statements", "", statements)]
    for topic in sorted(registry.topics, key=lambda t: t.id):
        items = [s for s in statements if topic.id in s.topics]
        feeds.append((feed_path("topics", topic.id), f"{site_name}: {topic.label}", f"topics/{topic.id}", items))
    for name in sorted(speakers, key=lambda n: (speaker_slug(n), n)):
        feeds.append((feed_path("speakers", speaker_slug(name)), f"{site_name}: {name}",
                      f"speakers/{speaker_slug(name)}", speakers[name]))
    return [made(recent, ("feed", path), (title, alternate, items, registry, site_name),
                 lambda: atom(path, title, alternate, items, registry, site_name))
            for path, title, alternate, items in feeds]
