"""A statement's page: its record, its quotations, its source text and how to cite it; and, past
MAX_QUOTES quotations, its later pages (statements/<slug>/page-2/, …), each with the statement's
header, the pager and the next MAX_QUOTES quotations. Nothing is dropped: a source quoting 20,000
times is published whole, and no page grows past a page's worth of quotations.

Quotations are numbered across the statement (the attributed ones, then the others), so an anchor
keeps its number whichever page it is on (quote-41 is on page 2), and every link to a quotation
comes from records.quote_url. Every string from a source is escaped through render's `text`.
"""
from __future__ import annotations

import posixpath
import re
from functools import lru_cache

from . import cite, reader
from . import render as _render  # render imports this module: its helpers are looked up at call time
from .caps import MAX_QUOTES
from .corroborate import Carrier
from .model import Memo, Page, Quote, Registry, Statement
from .paging import pager, paged, prefix
from .records import date_is_curated, quote_url, safe_url, show_date, speaker_slug, statement_data, topic_label

Carried = dict[tuple[str, int], tuple[Carrier, ...]]
ORDER = "in the order of the source"  # how the quotations run across the pages
CARRIERS_SHOWN = 20  # other sources of a quotation linked by name; the rest are counted
# and on one page, at most this many characters of such links: 40 quotations each carried by 20 sources with
# 300-character titles made a page of 480 KB
CARRIED_CHARS = 40_000


def _names(names: list[str | None], up: str) -> str:
    return ", ".join(_render.link(n, f"{up}speakers/{speaker_slug(n)}.md") for n in names if n) or "unknown"


def _topics(ids: tuple[str, ...], registry: Registry, up: str) -> str:
    return ", ".join(_render.link(topic_label(t, registry), f"{up}topics/{t}.md") for t in ids) or "none"


def _search_data(s: Statement) -> list[str]:
    """What Pagefind keeps of a statement page besides its text: its date, to sort by and to show.
    (No Pagefind filters: Pagefind 1.5 writes its filter index differently at every run, and
    builds must be byte-identical; the timeline has the filters.)"""
    if s.date is None:
        return []
    shown = show_date(s.date, s.date_precision)
    assert re.fullmatch(r"[\w ]+", shown), shown
    return [f'{{: data-pagefind-sort="date:{s.date.isoformat()}" data-pagefind-meta="date:{shown}" }}']


def fence(content: str, info: str) -> list[str]:
    """A fenced code block no line of `content` can close: longer than any run of backticks in it."""
    longest = max((len(m) for m in re.findall(r"`+", content)), default=0)
    marks = "`" * max(3, longest + 1)
    return [f"{marks}{info}", content, marks, ""]


@lru_cache(maxsize=4)
def _described(registry: Registry) -> str:
    return repr(registry)


def _notice(s: Statement) -> list[str]:
    """What a reader must know before trusting the date or an attribution."""
    text, out = _render.text, []
    if s.date is None:
        why = next((r.removeprefix("date:").strip() for r in s.review if r.startswith("date:")), s.date_basis)
        out.append(f"**Date unknown.** {text(why.rstrip('.'))}. This statement is listed under “Date unknown”, "
                   "never at a guessed date.")
    elif not date_is_curated(s):
        out.append(f"**Date not verified.** It was {text(reader.date_basis_words(s))}; "
                   "no curator has confirmed it.")
    if s.unattributed_quotes:
        n = len(s.unattributed_quotes)
        out.append(f"**Speaker unknown.** {_render.plural(n, 'quotation')} could not be given to anyone; "
                   f"{'it is' if n == 1 else 'they are'} listed apart, under “Quotations without a confirmed speaker”.")
    if not s.speakers:
        out.append("**Speaker unknown.** Nobody could be identified as the speaker of this statement.")
    if not out:
        return []
    return ['<div class="or-notice" role="note" markdown>', "", *[p + "\n" for p in out], "</div>", ""]


def _carried(carriers: tuple[Carrier, ...], quote_speaker: str | None, here: str, budget: reader.Budget) -> str:
    """How many sources carry a quotation, and links to the others: to the quotation itself, on
    whichever of their pages it is (`here`: the page the links are on), while the page's budget lasts."""
    others = []
    for c in carriers[:CARRIERS_SHOWN]:  # a quote carried by thousands: the page stays small, the count exact
        target = posixpath.relpath(quote_url(c.statement.slug, c.index, markdown=True), posixpath.dirname(here))
        when = show_date(c.statement.date, c.statement.date_precision)
        if c.speaker is None:
            note = f"{when}, without a confirmed speaker there"
        elif c.speaker != quote_speaker:
            note = f"{when}, given there to {c.speaker}"
        else:
            note = when
        shown = f"{_render.link(c.statement.title, target)} ({_render.text(note)})"
        if not budget.take(len(shown)):
            break
        others.append(shown)
    if len(carriers) > len(others):
        others.append(_render.plural(len(carriers) - len(others), "other source"))
    listed = others[0] if len(others) == 1 else ", ".join(others[:-1]) + " and " + others[-1]
    return f"Carried by {_render.plural(len(carriers) + 1, 'source')}: this one; also reported in {listed}."


def numbered(s: Statement) -> list[tuple[int, Quote | str]]:
    """Every quotation of the statement with its index in it (its anchor is quote-<index + 1>):
    the attributed ones, then those without a confirmed speaker (their text alone)."""
    return [*enumerate(s.quotes), *enumerate(s.unattributed_quotes, len(s.quotes))]


def _quotations(s: Statement, chunk: list[tuple[int, Quote | str]], carried: Carried, path: str) -> list[str]:
    """One page's quotations: each attributed one in its box, then the others, each with its anchor."""
    up, lines, budget = prefix(path), [], reader.Budget(CARRIED_CHARS)
    attributed = [(i, q) for i, q in chunk if isinstance(q, Quote)]
    if attributed:
        lines += ["## Quotes", ""]
    for i, q in attributed:
        # "carried by" only where another source carries the quotation
        others = carried.get((s.slug, i), ())
        after = [_carried(others, q.speaker, path, budget), "{: .or-corroboration }", ""] if others else []
        body = [f"> “{_render.quoted(q.text)}”", ">", f"> — {_names([q.speaker], up)}"]
        lines += reader.quote_block(i + 1, body, after)
    unattributed = [(i, t) for i, t in chunk if isinstance(t, str)]
    if unattributed:
        lines += ["## Quotations without a confirmed speaker", ""]
        lines += [f"- “{_render.quoted(t)}”\n  {{: #quote-{i + 1} }}" for i, t in unattributed] + [""]
    return lines


def _header(s: Statement, registry: Registry, path: str) -> list[str]:
    """Who said it, when and where, and on what: at the top of every page of the statement."""
    up, said = prefix(path), show_date(s.date, s.date_precision)
    lines = reader.provenance(s) + [reader.speaker_line(s, up), f"**Said:** {_render.text(said)}  "]
    if s.venue:
        lines.append(f"**Where:** {_render.text(s.venue)}  ")
    lines.append(f"**Topics:** {_topics(s.topics, registry, up)}")
    return lines + _search_data(s) + [""]


def _later_top(s: Statement, parts: list[tuple[str, list]], n: int, total: int) -> list[str]:
    """The top of page n (> 1): the title, marked with the page's number, and where the rest is."""
    chunk = parts[n - 1][1]
    first = posixpath.relpath(parts[0][0], posixpath.dirname(parts[n - 1][0]))
    span = f"Quotations {chunk[0][0] + 1} to {chunk[-1][0] + 1} of {total}"
    # not left out of search as a listing's later pages are: its quotations are found here, at their anchors
    title = f"{s.title} (page {n} of {len(parts)})"
    return [_render.head(title, description=f"{span} in “{s.title}”."),
            f"# {_render.text(title)} {reader.index_heading('Statement')}", "",
            f"{span}; [the first page]({first}) has the source text, the source and how to cite it.", ""]


def statement_pages(s: Statement, registry: Registry, carried: Carried | None = None, site_name: str = "On Record",
                    site_url: str = "", nb: reader.Neighbours | None = None) -> list[Page]:
    """The statement's page, then its later pages when it has more than MAX_QUOTES quotations."""
    carried = carried or {}
    quotations = numbered(s)
    parts = paged(f"statements/{s.slug}", quotations, MAX_QUOTES)
    pages = []
    for n, (path, chunk) in enumerate(parts, 1):
        if n == 1:
            lines = [_render.front(statement_data(s)), f"# {_render.text(s.title)} {reader.index_heading('Statement')}", ""]
            lines += _header(s, registry, path) + reader.also_quoted_lines(s, prefix(path))
            lines += _notice(s)  # what extraction could not settle is the curator's: `make review`
        else:
            lines = _later_top(s, parts, n, len(quotations)) + _header(s, registry, path)
        lines += pager(parts, n, ORDER) + _quotations(s, chunk, carried, path) + pager(parts, n, ORDER)
        if n == 1:
            lines += _rest(s, site_name, site_url, nb)
        pages.append(Page(path, "\n".join(lines)))
    return pages


def _rest(s: Statement, site_name: str, site_url: str, nb: reader.Neighbours | None) -> list[str]:
    """What only the first page has: the source text, the source, the neighbours in time, the citations."""
    text = _render.text
    lines = ["## Source text", "", '<div class="or-source-text" markdown>', ""]
    lines += [text(p) + "\n" for p in s.paragraphs] + ["</div>", ""]
    return lines + _source_box(s) + reader.neighbours_lines(nb, "../") + _cite(s, site_name, site_url)


def _source_box(s: Statement) -> list[str]:
    text, url, missing = _render.text, safe_url(s.source.url), "*not recorded*"
    items = [
        f"- **Publisher:** {text(s.source.publisher) if s.source.publisher else missing}",
        f"- **Link:** [{text(s.source.url or '')}]({url})" if url else f"- **Link:** {missing}",
        f"- **Published:** {text(show_date(s.source.published, 'day')) if s.source.published else missing}",
        f"- **Source file:** {text(s.source.file)}",
        f"- **Content hash (SHA-256):** `{s.source.sha256}`" if re.fullmatch(r"[0-9a-f]*", s.source.sha256)
        else f"- **Content hash (SHA-256):** {text(s.source.sha256)}",
        f"- **How the date was found:** {text(reader.date_basis_words(s) if s.date else s.date_basis)}",
    ]
    for other in s.source.see_also:
        if safe_url(other):
            items.append(f"- **Also reported at:** [{text(other)}]({safe_url(other)})")
    return ["## Source", "", '<div class="or-source" markdown>', "", *items, "", "</div>", ""]


def _cite(s: Statement, site_name: str, site_url: str = "") -> list[str]:
    lines = ["## Cite this", "", "Plain text:", ""]
    lines += fence(cite.plain(s, site_name, site_url), "text")
    lines += ["BibTeX:", ""] + fence(cite.bibtex(s, site_name, site_url), "bibtex")
    lines += ["CSL-JSON:", ""] + fence(cite.csl_json(s, site_name, site_url), "json")
    return lines


def remembered_statement_pages(s: Statement, registry: Registry, carried: Carried, site_name: str,
                               memo: Memo | None, site_url: str = "", nb: reader.Neighbours | None = None) -> list[Page]:
    """statement_pages, from the memo when nothing they show changed: the statement, what carries its
    quotations (and where those are), the registry, the site."""
    if memo is None:
        return statement_pages(s, registry, carried, site_name, site_url, nb)
    own = {k: v for k, v in ((i, carried.get((s.slug, i))) for i in range(len(s.quotes))) if v}
    others = {i: [(c.statement.slug, c.statement.title, c.statement.date, c.statement.date_precision, c.speaker,
                   c.index) for c in v] for i, v in own.items()}
    what = "\0".join(("statement pages", repr(s), repr(others), _described(registry), site_name, site_url,
                      repr(nb)))
    kept = memo.remembered(what)
    if isinstance(kept, list) and all(isinstance(p, tuple) and len(p) == 2 for p in kept):
        return [Page(path, content) for path, content in kept]
    pages = statement_pages(s, registry, carried, site_name, site_url, nb)
    memo.remember(what, [(p.path, p.content) for p in pages])
    return pages
