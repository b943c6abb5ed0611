"""Stage 4, render: `Statement`s → Markdown `Page`s any MkDocs-compatible renderer can take.

Every string that came from a source is escaped here, once, so nothing in a
source can become HTML, a script, a link or Markdown structure on the site.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import quote as url_quote

import yaml

from .model import Page, Registry, Statement
from .validate import slugify

GENERATOR = "on-record"  # marks a page as ours: only such pages are ever overwritten or removed
MD_INLINE = re.compile(r"([\\`*_{}\[\]|~^$])")
MD_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")


def text(value: str) -> str:
    """Untrusted text → Markdown that renders as exactly that text: no HTML, links or structure."""
    value = re.sub(r"\s+", " ", value).strip()
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = MD_INLINE.sub(r"\\\1", value)
    # at the start of a line these would open a heading, list or quote
    return MD_LINE_START.sub(lambda m: m.group(1) + "".join("\\" + c if not c.isdigit() else c for c in m.group(2)), value)


def quoted(value: str) -> str:
    """A quotation for display: the sentence's trailing comma belongs to the article, not the quote."""
    return text(value.rstrip(" ,;:"))


def safe_url(url: str | None) -> str | None:
    """Only http(s) addresses become links, with anything that could end the link encoded."""
    if not url or not re.match(r"https?://", url, re.I):
        return None
    return url_quote(url, safe=":/?#&=%+@,;~!$'*")


# Markdown joins block quotes separated only by a blank line; each quotation is its own
QUOTE_BREAK = "<!-- one quotation per block quote -->"


def link(label: str, target: str) -> str:
    return f"[{text(label)}]({target})"


def show_date(date: dt.date | None, precision: str) -> str:
    if date is None:
        return "Date unknown"
    if precision == "year":
        return str(date.year)
    if precision == "month":
        return date.strftime("%B %Y")
    return f"{date.day} {date.strftime('%B %Y')}"


# libyaml's emitter where it is built in: the same YAML, several times faster
SafeDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def front(data: dict) -> str:
    return "---\n" + yaml.dump(data, Dumper=SafeDumper, sort_keys=False, allow_unicode=True, width=1000) + "---\n\n"


def speaker_slug(name: str) -> str:
    return slugify(name)


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


def _names(names: Iterable[str], prefix: str) -> str:
    return ", ".join(link(n, f"{prefix}speakers/{speaker_slug(n)}.md") for n in names) or "unknown"


def _topics(ids: Iterable[str], registry: Registry, prefix: str) -> str:
    out = []
    for tid in ids:
        topic = registry.topic(tid)
        out.append(link(topic.label if topic else tid, f"{prefix}topics/{tid}.md"))
    return ", ".join(out) or "none"


def statement_page(s: Statement, registry: Registry) -> Page:
    lines = [front(statement_data(s)), f"# {text(s.title)}", ""]
    lines.append(f"**Said:** {text(show_date(s.date, s.date_precision))}  ")
    if s.venue:
        lines.append(f"**Where:** {text(s.venue)}  ")
    lines.append(f"**Speakers:** {_names(s.speakers, '../')}  ")
    lines.append(f"**Topics:** {_topics(s.topics, registry, '../')}")
    lines.append("")
    if s.review:
        lines += ["**Needs review** (extraction could not settle these):", ""]
        lines += [f"- {text(r)}" for r in s.review] + [""]
    if s.quotes:
        lines += ["## Quotes", ""]
        for q in s.quotes:
            lines += [f"> “{quoted(q.text)}”", ">", f"> — {_names([q.speaker], '../')}", "", QUOTE_BREAK, ""]
    if s.unattributed_quotes:
        lines += ["## Quotations without a confirmed speaker", ""]
        lines += [f"- “{quoted(t)}”" for t in s.unattributed_quotes] + [""]
    lines += ["## Source text", ""]
    lines += [text(p) + "\n" for p in s.paragraphs]
    lines += ["## Where it came from", ""]
    url = safe_url(s.source.url)
    if s.source.publisher:
        lines.append(f"- Publisher: {text(s.source.publisher)}")
    if url:
        lines.append(f"- Link: [{text(s.source.url or '')}]({url})")
    if s.source.published:
        lines.append(f"- Published: {text(show_date(s.source.published, 'day'))}")
    for other in s.source.see_also:
        if safe_url(other):
            lines.append(f"- Also reported at: [{text(other)}]({safe_url(other)})")
    lines.append(f"- Date said: {text(s.date_basis)}")
    lines.append(f"- Source file: {text(s.source.file)}")
    lines.append(f"- SHA-256: {s.source.sha256}")
    return Page(f"statements/{s.slug}.md", "\n".join(lines) + "\n")


def _entry(s: Statement, registry: Registry, prefix: str) -> str:
    who = ", ".join(text(n) for n in s.speakers) or "speaker unknown"
    return (f"- **{text(show_date(s.date, s.date_precision))}** — "
            f"{link(s.title, f'{prefix}statements/{s.slug}.md')} — {who}")


def _timeline(statements: list[Statement], registry: Registry, prefix: str, heading: int = 2) -> list[str]:
    """Chronological, grouped by year and month; undated statements in their own section."""
    lines: list[str] = []
    dated = [s for s in statements if s.date]
    year = month = None
    for s in dated:
        assert s.date is not None
        if s.date.year != year:
            year, month = s.date.year, None
            lines += [f"{'#' * heading} {year}", ""]
        if s.date_precision != "year" and s.date.month != month:
            month = s.date.month
            lines += [f"{'#' * (heading + 1)} {s.date.strftime('%B %Y')}", ""]
        lines += [_entry(s, registry, prefix), ""]
    undated = [s for s in statements if not s.date]
    if undated:
        lines += [f"{'#' * heading} Date unknown", ""]
        lines += [_entry(s, registry, prefix) + "\n" for s in undated]
    return lines


def _span(statements: list[Statement]) -> str:
    dated = [s for s in statements if s.date]
    if not dated:
        return "none of them dated yet"
    first, last = dated[0], dated[-1]
    return f"from {show_date(first.date, first.date_precision)} to {show_date(last.date, last.date_precision)}"


def render_site(statements: list[Statement], registry: Registry, site_name: str = "On Record") -> list[Page]:
    """Every generated page, in a fixed order."""
    statements = sorted(statements, key=lambda s: s.sort_key)
    pages = [statement_page(s, registry) for s in statements]

    def head(title: str) -> str:
        # an explicit title: MkDocs would take it from the heading and unescape it into <title>
        return front({"title": title, "generator": GENERATOR})

    count = len(statements)

    home = [head(site_name) + f"# {text(site_name)}", "",
            "A timeline of public statements: what was said, when, by whom, and which source reported it. "
            "Every quotation names its speaker and links to the source it came from.", "",
            f"The site holds **{count}** statement{'s' if count != 1 else ''}, {text(_span(statements))}.", "",
            "- [Timeline](timeline.md): every statement in date order",
            "- [Topics](topics/index.md): statements by subject",
            "- [Speakers](speakers/index.md): statements by who made them",
            "- [About this site](about.md)", ""]
    latest = [s for s in reversed(statements) if s.date][:5]
    if latest:
        home += ["## Latest statements", ""] + [_entry(s, registry, "") for s in latest] + [""]
    pages.append(Page("index.md", "\n".join(home)))

    timeline = [head("Timeline") + "# Timeline", "", f"{count} statements, {text(_span(statements))}, oldest first.", ""]
    pages.append(Page("timeline.md", "\n".join(timeline + _timeline(statements, registry, ""))))

    by_topic: dict[str, list[Statement]] = defaultdict(list)
    by_speaker: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        for t in s.topics:
            by_topic[t].append(s)
        for n in s.speakers:
            by_speaker[n].append(s)

    topic_index = [head("Topics") + "# Topics", ""]
    for topic in sorted(registry.topics, key=lambda t: t.label.casefold()):
        items = by_topic.get(topic.id, [])
        topic_index.append(f"- {link(topic.label, f'{topic.id}.md')} ({len(items)})")
        page = [head(topic.label) + f"# {text(topic.label)}", "", text(topic.description), "",
                f"{len(items)} statement{'s' if len(items) != 1 else ''}, {text(_span(items))}.", ""]
        pages.append(Page(f"topics/{topic.id}.md", "\n".join(page + _timeline(items, registry, "../", 2))))
    pages.append(Page("topics/index.md", "\n".join(topic_index) + "\n"))

    speaker_index = [head("Speakers") + "# Speakers", ""]
    for name in sorted(by_speaker, key=str.casefold):
        items = by_speaker[name]
        known = registry.speaker(name)
        speaker_index.append(f"- {link(name, f'{speaker_slug(name)}.md')} ({len(items)})")
        page = [head(name) + f"# {text(name)}", ""]
        if known and (known.role or known.country):
            page += [text(", ".join(x for x in (known.role, known.country) if x)), ""]
        page += [f"{len(items)} statement{'s' if len(items) != 1 else ''}, {text(_span(items))}.", ""]
        page += _timeline(items, registry, "../", 2)
        quotes = [(s, q) for s in items for q in s.quotes if q.speaker == name]
        if quotes:
            page += ["## Quotes", ""]
            for s, q in quotes:
                page += [f"> “{quoted(q.text)}”", ">",
                         f"> — {text(show_date(s.date, s.date_precision))}, {link(s.title, f'../statements/{s.slug}.md')}",
                         "", QUOTE_BREAK, ""]
        pages.append(Page(f"speakers/{speaker_slug(name)}.md", "\n".join(page)))
    pages.append(Page("speakers/index.md", "\n".join(speaker_index) + "\n"))
    return pages
