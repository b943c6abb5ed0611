"""Stage 4, render: `Statement`s → Markdown `Page`s any MkDocs-compatible renderer can take,
plus the files beside them: charts (SVG), feeds (Atom), and the data (JSON, CSV).

Every string that came from a source is escaped here, once, so nothing in a
source can become HTML, a script, a link or Markdown structure on the site.
The pages use plain Markdown with `attr_list` (classes and data-* attributes on list
items, headings and paragraphs) and `md_in_html` (a few boxes), and one raw HTML form
(the timeline's filter, escaped with html.escape). The filter's script is a static file,
docs/assets/javascripts/timeline.js; no source data is ever put into a script.
"""
from __future__ import annotations

import html
import posixpath
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

import yaml

from . import charts, filters, reader, reports
from . import statement_page as _statement_page  # it uses this module's helpers: looked up at call time
from .corroborate import corroboration
from .model import Memo, Page, Registry, Statement, Topic
from .paging import pager as _pager, paged, prefix as _prefix
from .recent import Recent, made
from .records import (  # noqa: F401 - GENERATOR, show_date, speaker_slug, statement_data, safe_url: used by others
    GENERATOR, lead_quote, month_key, month_name, newest_first, oldest_first,
    safe_url, shorten, show_date, speaker_slug, stated_role, statement_data, topic_label, year_key,
)
from .render_data import CSV_PATH, JSON_PATH, render_data
from .render_feeds import feed_path, render_feeds

MD_INLINE = re.compile(r"([\\`*_{}\[\]|~^$])")
MD_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
LATEST = 5  # statements on the home page
HOME_CHART = "charts/statements-per-month.svg"


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


# Markdown joins block quotes separated only by a blank line; each quotation is its own
QUOTE_BREAK = "<!-- one quotation per block quote -->"


def link(label: str, target: str) -> str:
    return f"[{text(label)}]({target})"


# libyaml's emitter where it is built in: the same YAML, several times faster
SafeDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def front(data: dict) -> str:
    return "---\n" + yaml.dump(data, Dumper=SafeDumper, sort_keys=False, allow_unicode=True, width=1000) + "---\n\n"


def head(title: str, **extra) -> str:
    # an explicit title: MkDocs would take it from the heading and unescape it into <title>
    return front({"title": title, "generator": GENERATOR, **extra})


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def attrs(*classes: str, **data: str) -> str:
    """An attr_list block: classes and data-* attributes whose values are slugs we made, never source text."""
    parts = [f".{c}" for c in classes]
    for name, value in data.items():
        assert all(SLUG.fullmatch(v) for v in value.split()), (name, value)
        parts.append(f'data-{name.replace("_", "-")}="{value}"')
    return "{: " + " ".join(parts) + " }"


def _span(statements: list[Statement]) -> str:
    dated = [s for s in oldest_first(statements) if s.date]
    if not dated:
        return "none of them dated yet"
    first, last = dated[0], dated[-1]
    a, b = show_date(first.date, first.date_precision), show_date(last.date, last.date_precision)
    if a == b:
        span = ("on " if first.date_precision == "day" else "in ") + a
    else:
        span = f"from {a} to {b}"
    undated = len(statements) - len(dated)
    return span + (f" ({undated} undated)" if undated else "")


# ---- listings ---------------------------------------------------------------------------------

# A statement is listed on several pages (timeline, topics, speakers): each entry is made once per
# build, and again only when the statement or the registry changed.
_ENTRIES = Recent()


def entry(s: Statement, registry: Registry, prefix: str) -> str:
    """One statement in a listing: date at its precision, title, speakers, topics, lead quote.

    Its data-* attributes carry what the timeline's filter needs (ids and slugs only).
    """
    return _ENTRIES.made((s.slug, prefix), (s, registry), lambda: _entry(s, registry, prefix))


LISTED_TITLE = 150  # characters of a title in a listing (200 entries a page): the whole is on its page


def _entry(s: Statement, registry: Registry, prefix: str) -> str:
    # the date in its own column (CSS), marked where it was worked out; speaker and topics as linked chips
    title = s.title if len(s.title) <= LISTED_TITLE else s.title[:LISTED_TITLE - 1].rstrip() + "…"
    lines = [f"- {reader.entry_date(s)} {link(title, f'{prefix}statements/{s.slug}.md')}  ",
             f"  {reader.chips(s, registry, prefix)}"]
    q = lead_quote(s)
    if q:
        lines[-1] += "  "
        # the speaker's chip above names who said it; another speaker's quotation is named
        by = f" — {text(q.speaker)}" if q.speaker and q.speaker != (s.speakers[:1] or [None])[0] else ""
        lines.append(f"  *“{text(shorten(q.text, 20))}”*{{: .or-lead-quote }}{by}")
    data = {"year": year_key(s),
            "topics": " ".join(dict.fromkeys(t for t in s.topics if SLUG.fullmatch(t))),
            "speakers": " ".join(slug for slug in map(speaker_slug, s.speakers[:1]) if SLUG.fullmatch(slug))}
    if month_key(s):
        data["month"] = month_key(s) or ""
    lines.append("  " + attrs("or-entry", **{k: v for k, v in data.items() if v}))
    return "\n".join(lines)


def _entries(items: list[Statement], registry: Registry, prefix: str, groups: reports.Groups | None) -> list[str]:
    """The entries of a run of statements; with `groups` (the timeline), the reports of one statement
    are one entry, "Reported by N sources", the other reports linked from it."""
    out = []
    for s, others in reports.grouped(items, groups):
        shown = entry(s, registry, prefix)
        if others:
            body, attributes = shown.rsplit("\n", 1)
            # the entry stands for several statements: the filter's count says so (data-reports)
            attributes = attributes.replace("{: .or-entry", f'{{: .or-entry data-reports="{len(others) + 1}"', 1)
            shown = "\n".join([body.rstrip() + "  ", reports.reported_line(others, prefix), attributes])
        out.append(shown)
    return out


def listing(statements: list[Statement], registry: Registry, prefix: str, heading: int = 2,
            newest: bool = True, groups: reports.Groups | None = None) -> list[str]:
    """Grouped by year and month; a year-only date in its year's "month unknown" group;
    undated statements in their own section, never at a made-up date."""
    order = newest_first(statements) if newest else oldest_first(statements)
    h1, h2 = "#" * heading, "#" * (heading + 1)
    group = "{ .or-group }"
    # one pass: year → month (None: the year only) → statements, in reading order
    years: dict[int | None, dict[str | None, list[Statement]]] = {}
    for s in order:
        years.setdefault(s.date.year if s.date else None, {}).setdefault(month_key(s), []).append(s)
    lines: list[str] = []
    for year, months in years.items():
        if year is None:
            continue
        lines += [f"{h1} {year} {group}", ""]
        for month, items in months.items():
            if month:
                lines += [f"{h2} {month_name(month)} {group}", ""]
                lines += _entries(items, registry, prefix, groups) + [""]
        if None in months:
            lines += [f"{h2} {year}, month unknown {group}", ""]
            lines += _entries(months[None], registry, prefix, groups) + [""]
    if None in years:
        lines += [f"{h1} Date unknown {group}", ""]
        lines += _entries(years[None][None], registry, prefix, groups) + [""]
    return lines


def _options(pairs: filters.Options, everything: str) -> str:
    # the count is also data-count: timeline.js fetches the file of the value with the fewest statements
    out = [f'<option value="">{html.escape(everything)}</option>']
    out += [f'<option value="{html.escape(v)}" data-count="{n}">{html.escape(label)} ({n})</option>' if n else
            f'<option value="{html.escape(v)}">{html.escape(label)}</option>' for v, label, n in pairs]
    return "".join(out)


def filter_form(statements: list[Statement], registry: Registry) -> list[str]:
    """The filter of a timeline on one page: its own statements are the whole corpus."""
    return _form(filters.options(statements, registry))


def _form(options: dict[str, filters.Options], index: str = "", oldest: bool = False) -> list[str]:
    """The timeline's filter: hidden until timeline.js shows it, so without JavaScript the full list stands.
    With `index` (a split timeline: the address of the filter files from this page), it covers every
    statement, fetching the matching ones, rather than the statements on the page; its options come
    without counts, which timeline.js reads from counts.json."""
    field = ('<div class="or-filter__field"><label for="or-filter-{name}">{label}</label>'
             '<select id="or-filter-{name}" name="{name}">{options}</select></div>')
    labels = {"topic": ("Topic", "All topics"), "speaker": ("Speaker", "All speakers"), "year": ("Year", "All years")}
    across = f' data-index="{html.escape(index)}"' if index else ""
    across += " data-oldest-first" if index and oldest else ""
    return [
        f'<form class="or-filter" hidden aria-label="Filter the timeline"{across}>',
        *(field.format(name=name, label=labels[name][0], options=_options(options[name], labels[name][1]))
          for name in filters.FIELDS),
        '<button type="reset" class="md-button">Show all</button>',
        '<p class="or-filter__status" role="status" aria-live="polite"></p>',
        "</form>",
        *(['<div class="or-filter__results" hidden></div>'] if index else []),
        "",
    ]


# No page grows with the corpus: past these sizes a listing is split over several pages.
TIMELINE_PART = 200  # statements on one page of the timeline
LISTING_PAGE = 100   # statements on one page of a topic or speaker


@dataclass(frozen=True)
class Part:
    """One page of a split timeline: a year, or a month of a busy year, or a slice of a busy month."""
    key: str    # its address: 2023, 2023-11, 2023-11-part-2, 2023-month-unknown, undated
    label: str  # 2023, November 2023, November 2023 (page 2), 2023 (month unknown), Date unknown
    statements: list[Statement]  # newest first


def _slices(key: str, label: str, items: list[Statement], size: int) -> list[Part]:
    chunks = [items[i:i + size] for i in range(0, len(items), size)]
    return [Part(key if n == 1 else f"{key}-part-{n}", label if n == 1 else f"{label} (page {n})", chunk)
            for n, chunk in enumerate(chunks, 1)]


def timeline_parts(statements: list[Statement], size: int = TIMELINE_PART) -> list[Part]:
    """The timeline's pages, newest first: a year per page, or a month per page when the year is
    too long, or slices of a month; undated statements last, never at a made-up date."""
    years: dict[int, list[Statement]] = {}
    undated: list[Statement] = []
    for s in newest_first(statements):
        (years.setdefault(s.date.year, []) if s.date else undated).append(s)
    parts: list[Part] = []
    for year, in_year in years.items():
        if len(in_year) <= size:
            parts.append(Part(str(year), str(year), in_year))
            continue
        months: dict[str | None, list[Statement]] = {}  # None: the year only
        for s in in_year:
            months.setdefault(month_key(s), []).append(s)
        for month, items in months.items():
            if month:
                parts += _slices(month, month_name(month), items, size)
        if None in months:
            parts += _slices(f"{year}-month-unknown", f"{year} (month unknown)", months[None], size)
    if undated:
        parts += _slices("undated", "Date unknown", undated, size)
    return parts


def _year(part: Part) -> str:
    """The year a page of the timeline belongs to; "" for the undated."""
    first = part.statements[0].date
    return str(first.year) if first else ""


def timeline_pages(statements: list[Statement], registry: Registry, size: int = TIMELINE_PART,
                   recent: Recent | None = None, groups: reports.Groups | None = None) -> list[Page]:
    """The timeline, whole or split into pages; `groups`: the reports of one statement, one entry each."""
    count = plural(len(statements), "statement")
    span = text(_span(statements))
    if len(statements) <= size:
        return _whole_timeline(statements, registry, count, span, groups)
    parts = timeline_parts(statements, size)
    # every page filters the whole timeline; its options are labels only (their counts are in counts.json),
    # so that a statement added or moved rewrites the pages it joins and leaves, not every page
    across = filters.labels(filters.options(statements, registry))
    pages: list[Page] = []
    for newest in (True, False):
        # oldest first: the dated pages the other way round; the undated stay last
        reading = parts if newest else [*reversed([p for p in parts if _year(p)]), *[p for p in parts if not _year(p)]]
        # a page shows its own statements and, of the others, only their pages' names: a statement added,
        # removed or moved in time rewrites the pages it leaves and joins, not every page of the timeline
        outline = tuple((p.key, p.label) for p in reading)
        # the timeline's own address also sums up the whole: how many statements, when, on which pages
        summary = (count, span, tuple(len(p.statements) for p in reading))
        for i, part in enumerate(reading):
            own = {s.slug: groups[s.slug] for s in part.statements if groups and s.slug in groups}
            before, after = (reading[i - 1] if i else None), (reading[i + 1] if i + 1 < len(reading) else None)
            paths = [f"timeline/{part.key}.md" if newest else f"timeline/oldest-first/{part.key}.md"]
            if i == 0:  # the reading's first page is also the timeline's own address
                paths.append("timeline.md" if newest else "timeline/oldest-first.md")
            for path in paths:
                whole = summary if path in ("timeline.md", "timeline/oldest-first.md") else None
                pages.append(made(recent, ("timeline", path), (part.statements, outline, i, registry, whole, across, own),
                                  lambda: _part_page(path, part, before, after, reading, newest, registry, whole,
                                                     across, own)))
    return pages


def _whole_timeline(statements: list[Statement], registry: Registry, count: str, span: str,
                    groups: reports.Groups | None = None) -> list[Page]:
    feed = "[Atom feed](feeds/statements.xml){: .or-feed }"
    newest = [head("Timeline", search={"exclude": True}) + "# Timeline", "",
              f"{count}, {span}. Newest first; [read it oldest first](timeline/oldest-first.md){{: .or-keep-filter }}. {feed}.",
              ""]
    oldest = [head("Timeline, oldest first", search={"exclude": True}) + "# Timeline, oldest first", "",
              f"{count}, {span}. Oldest first; [read it newest first](../timeline.md){{: .or-keep-filter }}. "
              f"{feed.replace('(feeds/', '(../feeds/')}.", ""]
    form = filter_form(statements, registry) if statements else []
    return [
        Page("timeline.md", "\n".join(newest + form + listing(statements, registry, "", groups=groups))),
        Page("timeline/oldest-first.md", "\n".join(oldest + form + listing(statements, registry, "../", newest=False,
                                                                                     groups=groups))),
    ]


def _part_page(path: str, part: Part, before: Part | None, after: Part | None, reading: list[Part], newest: bool,
               registry: Registry, whole: tuple[str, str, tuple[int, ...]] | None,
               across: dict[str, filters.Options], groups: reports.Groups) -> Page:
    """One page of a split timeline: a filter over every statement (`across`: its options),
    its neighbours and every page's name; `whole` (the timeline's own address): how many statements,
    their span and each page's size."""
    prefix = _prefix(path)
    folder = posixpath.dirname(path)
    reading_folder = "timeline" if newest else "timeline/oldest-first"
    other = posixpath.relpath(f"timeline/{'oldest-first/' if newest else ''}{part.key}.md", folder)

    def to(p: Part) -> str:
        return link(p.label, posixpath.relpath(f"{reading_folder}/{p.key}.md", folder)) + "{: .or-keep-filter }"

    title = "Timeline" if newest else "Timeline, oldest first"
    if path not in ("timeline.md", "timeline/oldest-first.md"):
        title += f": {part.label}"
    steps = [f"{'Newer' if newest else 'Earlier'}: {to(before)}" if before else "",
             f"{'Older' if newest else 'Later'}: {to(after)}" if after else ""]
    pager = " · ".join(x for x in steps if x)
    total = f"{whole[0]}, {whole[1]}, over {plural(len(reading), 'page')}. " if whole else ""
    lines = [head(title, search={"exclude": True}) + f"# {text(title)}", "",
             f"{total}This page: **{text(part.label)}**, "
             f"{plural(len(part.statements), 'statement')}, {'newest' if newest else 'oldest'} first; "
             f"[read it {'oldest' if newest else 'newest'} first]({other}){{: .or-keep-filter }}. "
             f"[Atom feed]({prefix}feeds/statements.xml){{: .or-feed }}.", ""]
    if pager:
        lines += [pager, "{: .or-pager }", ""]
    # raw HTML is not rewritten by MkDocs: the filter files' address from the page's own (directory) URL
    root = "../" * len(path[:-len(".md")].split("/"))
    lines += _form(across, f"{root}{filters.FOLDER}/", oldest=not newest)
    lines += listing(part.statements, registry, prefix, newest=newest, groups=groups)
    if pager:
        lines += [pager, "{: .or-pager }", ""]
    lines += ["## Every page of the timeline", ""]
    sizes = dict(zip((p.key for p in reading), whole[2])) if whole else {}
    for year in dict.fromkeys(map(_year, reading)):
        named = [(f"**{text(p.label)}**" if p is part else to(p)) + (f" ({sizes[p.key]})" if sizes else "")
                 for p in reading if _year(p) == year]
        lines.append(f"- {' · '.join(named)}")
    return Page(path, "\n".join(lines + [""]))


# ---- charts -----------------------------------------------------------------------------------

def _dir_url(md_path: str) -> str:
    """A page's address as MkDocs serves it (directory URLs), for raw HTML, which MkDocs does not rewrite."""
    stem = md_path[:-len(".md")]
    return "" if stem == "index" else (stem[:-len("index")] if stem.endswith("/index") else stem + "/")


def _places(pages: list[tuple[str, list[Statement]]]) -> dict[str, str]:
    """Where each month ("2023-11") and year ("2023") of a listing is: its page and heading, the newest first."""
    found: dict[str, str] = {}
    for path, items in pages:
        for s in items:
            if month_key(s):
                found.setdefault(month_key(s) or "", f"{path}#{month_name(month_key(s) or '').lower().replace(' ', '-')}")
            if s.date:
                found.setdefault(str(s.date.year), f"{path}#{s.date.year}")
    return found


def _timeline_places(statements: list[Statement]) -> dict[str, str]:
    if len(statements) <= TIMELINE_PART:
        return _places([("timeline.md", statements)])
    return _places([(f"timeline/{p.key}.md", p.statements) for p in timeline_parts(statements)])


def _which_months(counts: charts.MonthlyCounts) -> str:
    shown = len(charts.window(counts))
    return f"The last {shown} months" if shown < len(counts.months) else f"Every month from the first statement ({shown})"


def rows_chart(counts: charts.MonthlyCounts, title: str, places: dict[str, str], page: str, caption: str) -> list[str]:
    """The last months' chart drawn into the page (its bars are links, which a picture's cannot be), then
    links to the earlier years, so that a chart stays readable at any size of corpus and on a phone."""
    root = "../" * _dir_url(page).count("/")
    links = {m: root + _dir_url(where.split("#")[0]) + "#" + where.split("#")[1] for m, where in places.items() if "-" in m}
    svg = charts.month_rows(counts, title, links)
    lines = ['<figure class="or-chart or-chart--rows">', *svg.strip().splitlines(),
             f"<figcaption>{html.escape(caption)}</figcaption>", "</figure>", ""]
    shown = set(charts.window(counts))
    earlier: Counter = Counter(m[:4] for m in counts.months if m not in shown for _ in range(counts.total.get(m, 0)))
    if earlier:
        here = posixpath.dirname(page)
        named = [f"{link(y, posixpath.relpath(places[y].split('#')[0], here) + '#' + y)} ({earlier[y]})"
                 for y in sorted(earlier, reverse=True) if y in places]
        lines += ["Earlier, by year: " + " · ".join(named), "{: .or-chart-earlier }", ""]
    return lines


def chart_table(counts: charts.MonthlyCounts, registry: Registry, by_topic: bool) -> list[str]:
    """The numbers behind a chart, for readers who cannot see it: the months it shows that have statements."""
    header = "| Month | Statements | By topic |" if by_topic else "| Month | Statements |"
    lines = ['<details class="or-chart-data" markdown>', "<summary>The numbers behind the chart</summary>", "",
             header, "|---|---|---|" if by_topic else "|---|---|"]
    for m in reversed(charts.window(counts)):
        n = counts.total.get(m, 0)
        if not n:
            continue
        row = f"| {month_name(m)} | {n} |"
        if by_topic:
            parts = sorted(((topic_label(t, registry), c[m]) for t, c in counts.by_topic.items() if c.get(m)),
                           key=lambda x: (-x[1], x[0].casefold()))
            row += " " + (", ".join(f"{text(label)} {c}" for label, c in parts) or "none") + " |"
        lines.append(row)
    return lines + ["", "</details>", ""]


def _left_out(counts: charts.MonthlyCounts) -> str:
    if not counts.left_out:
        return ""
    return (f" {plural(counts.left_out, 'statement')} known only to the year, or not dated at all, "
            f"{'is' if counts.left_out == 1 else 'are'} not charted.")


# ---- the pages --------------------------------------------------------------------------------

def home_page(statements: list[Statement], registry: Registry, site_name: str,
              by_topic: dict[str, list[Statement]], by_speaker: dict[str, list[Statement]],
              subject: str = "") -> tuple[Page, list[Page]]:
    count = len(statements)
    publishers = {s.source.publisher for s in statements if s.source.publisher}
    top = sorted(by_topic.items(), key=lambda kv: (-len(kv[1]), topic_label(kv[0], registry).casefold()))[:3]
    lines = [head(site_name) + f"# {text(site_name)}", "", *reader.home_intro(subject, statements)]
    lines += [
             f"The site holds **{count}** statement{'s' if count != 1 else ''}, {text(_span(statements))}.", ""]
    if statements:
        # a statement is its primary speaker's; those only quoted in a report are not counted as its speakers
        speakers = {s.speakers[0] for s in statements if s.speakers}
        unnamed = sum(not s.source.publisher for s in statements)
        covers = (f"They are by {plural(len(speakers), 'speaker')}, on {plural(len(by_topic), 'topic')}"
                  + (f", reported by {plural(len(publishers), 'named publisher')}" if publishers else "")
                  + (f" ({unnamed} with no publisher recorded)" if unnamed else ""))
        if top:
            named = [f"{link(topic_label(t, registry), f'topics/{t}.md')} ({len(items)})" for t, items in top]
            covers += "; most often " + (named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1])
        lines += [covers + ".", ""]
    lines += ["- [Timeline](timeline.md): every statement, newest first, to filter by topic, speaker and year",
              "- [Topics](topics/index.md): statements by subject",
              "- [Speakers](speakers/index.md): statements by who made them",
              "- [About this site](about.md) and [about the data](data.md)", ""]
    extra: list[Page] = []
    counts = charts.monthly_counts(statements)
    if counts.months:
        title = "Statements per month"
        shown = charts.window(counts)
        extra.append(Page(HOME_CHART, charts.month_rows(counts, title)))  # the picture alone, to reuse
        lines += [f"## {title}", ""]
        lines += rows_chart(counts, f"{title}, {month_name(shown[0])} to {month_name(shown[-1])}",
                            _timeline_places(statements), "index.md",
                            f"{_which_months(counts)}, newest first; each bar leads to its month on the "
                            "timeline. The numbers are in the table below." + _left_out(counts))
        lines += chart_table(counts, registry, by_topic=True)
    latest = newest_first([s for s in statements if s.date])[:LATEST]
    if latest:
        lines += ["## Latest statements", ""] + [entry(s, registry, "") for s in latest] + [""]
    lines += ["## Follow and reuse", "",
              "- [Atom feed of the latest statements](feeds/statements.xml); every topic and speaker has its own feed",
              f"- [{JSON_PATH}]({JSON_PATH}) and [{CSV_PATH}]({CSV_PATH}): every statement's record, "
              "described in [About the data](data.md)", ""]
    return Page("index.md", "\n".join(lines)), extra


def topic_pages(registry: Registry, by_topic: dict[str, list[Statement]], size: int = LISTING_PAGE,
                recent: Recent | None = None) -> list[Page]:
    pages: list[Page] = []
    index = [head("Topics") + f'# Topics {{: data-pagefind-weight="{reader.INDEX_WEIGHT}" }}', ""]
    for topic in sorted(registry.topics, key=lambda t: t.label.casefold()):
        items = by_topic.get(topic.id, [])
        index.append(f"- {link(topic.label, f'{topic.id}.md')} ({len(items)})"
                     + (f": {text(topic.description)}" if topic.description else ""))
        pages += made(recent, ("topic", topic.id), (topic, items, registry, size),
                      lambda: _topic_pages(topic, items, registry, size))
    pages.append(Page("topics/index.md", "\n".join(index) + "\n"))
    return pages


def _topic_pages(topic: Topic, items: list[Statement], registry: Registry, size: int) -> list[Page]:
    """A topic's page (and its later pages, and its chart)."""
    pages: list[Page] = []
    feed = feed_path("topics", topic.id)
    page = [head(topic.label) + f"# {text(topic.label)} {reader.index_heading('Topic')}", ""]
    if topic.description:
        page += [text(topic.description), ""]
    page += [f"**{len(items)}** statement{'s' if len(items) != 1 else ''}, {text(_span(items))}. "
             f"[Atom feed of this topic](../{feed}){{: .or-feed }}.", ""]
    counts = charts.monthly_counts(items)
    parts = _pages_of(f"topics/{topic.id}", items, size)
    if counts.months:
        src = f"charts/topics/{topic.id}.svg"
        title = f"Statements per month: {topic.label}"
        shown = charts.window(counts)
        pages.append(Page(src, charts.month_rows(counts, title)))  # the picture alone, to reuse
        page += ["## Over time", ""]
        page += rows_chart(counts, f"{title}, {month_name(shown[0])} to {month_name(shown[-1])}", _places(parts),
                           parts[0][0], f"{_which_months(counts)}, newest first; each bar leads to that "
                           "month's statements on this topic. The numbers are in the table below." + _left_out(counts))
        page += chart_table(counts, registry, by_topic=False)
    related = Counter(t for s in items for t in dict.fromkeys(s.topics) if t != topic.id)
    page += ["## Related topics", ""]
    page += _topic_counts(related, registry, "", " in common", "No other topic shares a statement with this one.")
    for n, (path, chunk) in enumerate(parts, 1):
        if n > 1:
            page = _later_page(topic.label, parts, n)
        if chunk:
            page += ["## Statements", ""]
            page += _pager(parts, n) + listing(chunk, registry, _prefix(path), heading=3) + _pager(parts, n)
        pages.append(Page(path, "\n".join(page)))
    return pages


def _topic_counts(counts: Counter, registry: Registry, prefix: str, after: str, none: str) -> list[str]:
    """Topics as a list, most statements first, each with its count; or a line saying there are none."""
    if not counts:
        return [none, ""]
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], topic_label(kv[0], registry).casefold()))
    return [f"- {link(topic_label(t, registry), f'{prefix}{t}.md')}: {plural(n, 'statement')}{after}"
            for t, n in ranked] + [""]


def speaker_pages(registry: Registry, by_speaker: dict[str, list[Statement]], size: int = LISTING_PAGE,
                  recent: Recent | None = None) -> list[Page]:
    pages: list[Page] = []
    index = [head("Speakers") + f'# Speakers {{: data-pagefind-weight="{reader.INDEX_WEIGHT}" }}', ""]
    for name in sorted(by_speaker, key=lambda n: reader.surname_key(n, registry)):
        items = by_speaker[name]
        known = registry.speaker(name)
        about = ", ".join(x for x in (known.role, known.country) if x) if known else stated_role(name, items)
        index.append(f"- {link(name, f'{speaker_slug(name)}.md')} ({reader.counts(name, items)})"
                     + (f": {text(about)}" if about else ""))
        pages += made(recent, ("speaker", name), (items, registry, size),
                      lambda: _speaker_pages(name, items, registry, size))
    pages.append(Page("speakers/index.md", "\n".join(index) + "\n"))
    return pages


def _speaker_pages(name: str, items: list[Statement], registry: Registry, size: int) -> list[Page]:
    """A speaker's page (and its later pages)."""
    pages: list[Page] = []
    known = registry.speaker(name)
    feed = feed_path("speakers", speaker_slug(name))
    page = [head(name) + f"# {text(name)} {reader.index_heading('Speaker')}", ""]
    if known and (known.role or known.country):
        page += [f"**Role:** {text(known.role) if known.role else '*not recorded*'}  ",
                 f"**Country:** {text(known.country) if known.country else '*not recorded*'}", ""]
    elif not known and (role := stated_role(name, items)):
        # the registry says nothing of this speaker; the text does, and the page says where the role comes from
        page += [f"**Role:** {text(role)} *(as the sources state it; not in the speaker registry)*  ",
                 "**Country:** *not recorded*", ""]
    elif known:  # in the registry, which records neither
        page += ["Role and country are not recorded.", ""]
    else:
        page += ["Not in the speaker registry: role and country are not recorded.", ""]
    quotes = sum(q.speaker == name for s in items for q in s.quotes)
    page += [f"{reader.counts(name, items, bold=True)}; {plural(quotes, 'quotation')}, "
             f"{text(_span(items))}. [Atom feed of this speaker](../{feed}){{: .or-feed }}.", ""]
    topics = Counter(t for s in items for t in dict.fromkeys(s.topics))
    page += ["## Topics", ""]
    page += _topic_counts(topics, registry, "../topics/", "", "No topic from the registry yet.")
    for n, (path, chunk) in enumerate(parts := _pages_of(f"speakers/{speaker_slug(name)}", items, size), 1):
        if n > 1:
            page = _later_page(name, parts, n)
        page += reader.quotes_over_time(name, chunk, _prefix(path))
        own, quoted_in = reader.split_by_role(name, chunk)
        page += _pager(parts, n)
        if own:
            page += ["## Statements", ""] + listing(own, registry, _prefix(path), heading=3)
        if quoted_in:
            page += ["## Quoted in these reports", "", "Reports of another person's statement that quote "
                     f"{text(name)}; the date and venue are that statement's.", ""]
            page += listing(quoted_in, registry, _prefix(path), heading=3)
        page += _pager(parts, n)
        pages.append(Page(path, "\n".join(page)))
    return pages


# ---- pagination of topic and speaker pages ----------------------------------------------------

def _pages_of(base: str, items: list[Statement], size: int) -> list[tuple[str, list[Statement]]]:
    """A listing cut into pages of `size`, newest first: base.md, then base/page-2.md, base/page-3.md, …"""
    return paged(base, newest_first(items), size)


def _later_page(name: str, parts: list[tuple[str, list[Statement]]], n: int) -> list[str]:
    """The top of page n (> 1) of a topic's or speaker's listing."""
    first = posixpath.relpath(parts[0][0], posixpath.dirname(parts[n - 1][0]))
    total = sum(len(chunk) for _, chunk in parts)
    return [head(f"{name}, page {n}", search={"exclude": True}) + f"# {text(name)}, page {n} of {len(parts)}", "",
            f"{plural(total, 'statement')} in all, newest first; [the first page]({first}) has the summary.", ""]


def render_site(statements: list[Statement], registry: Registry, site_name: str = "On Record",
                memo: Memo | None = None, recent: Recent | None = None, site_url: str = "",
                subject: str = "") -> list[Page]:
    """Every generated page and file, in a fixed order. With a memo, statement pages (most of the work)
    are rendered again only when the statement, its registry entries or what corroborates it changed.
    With `recent` (`mkdocs serve`), every page the last build made is reused unless what it shows changed."""
    statements = oldest_first(statements)
    _ENTRIES.begin()
    # an unchanged registry becomes the very object the last build used: comparing it is then instant
    registry = made(recent, ("registry",), registry, lambda: registry)
    by_topic: dict[str, list[Statement]] = defaultdict(list)
    by_speaker: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        for t in dict.fromkeys(s.topics):
            by_topic[t].append(s)
        # everyone quoted has a page, even where the curator's list of speakers leaves them out
        for n in dict.fromkeys([*s.speakers, *(q.speaker for q in s.quotes if q.speaker)]):
            by_speaker[n].append(s)
    carried = made(recent, ("carried",), statements, lambda: corroboration(statements, memo, recent))
    pages = []
    places = neighbours(statements)
    for s in statements:
        own = tuple(carried.get((s.slug, i)) for i in range(len(s.quotes)))
        nb = places.get(s.slug)
        pages += made(recent, ("statement", s.slug), (s, own, registry, site_name, site_url, nb),
                      lambda: _statement_page.remembered_statement_pages(s, registry, carried, site_name, memo, site_url, nb))
    home, home_files = made(recent, ("home",), (statements, registry, site_name, subject),
                            lambda: home_page(statements, registry, site_name, by_topic, by_speaker, subject))
    pages += [home, *home_files]
    pages += timeline_pages(statements, registry, recent=recent, groups=reports.groups(statements, carried))
    if len(statements) > TIMELINE_PART:  # a split timeline filters every statement through these files
        pages += made(recent, ("filters",), (statements, registry), lambda: filters.filter_files(statements, registry))
    pages += topic_pages(registry, by_topic, recent=recent)
    pages += speaker_pages(registry, by_speaker, recent=recent)
    pages += render_feeds(statements, registry, site_name, by_speaker, recent)
    pages += render_data(statements, recent)
    return pages


def _when(s: Statement) -> str:
    return show_date(s.date, s.date_precision)


def neighbours(statements: list[Statement], size: int = TIMELINE_PART) -> dict[str, reader.Neighbours]:
    """Each statement's place in time (statements oldest first): the dated ones before and after
    it, and where its date is on the timeline (its page, split or not, and its month's heading)."""
    dated = [s for s in statements if s.date]
    page_of: dict[str, str] = {}
    if len(statements) > size:
        for part in timeline_parts(statements, size):
            page_of.update((s.slug, f"timeline/{part.key}.md") for s in part.statements)
    places = {}
    for i, s in enumerate(dated):
        # named by their dates, not their titles: a title edited under `make serve` rewrites no other page
        before = (dated[i - 1].slug, _when(dated[i - 1])) if i else None
        after = (dated[i + 1].slug, _when(dated[i + 1])) if i + 1 < len(dated) else None
        # MkDocs' heading ids: "November 2023" → november-2023; a year-only date → its year's heading
        anchor = month_name(month_key(s) or "").lower().replace(" ", "-") if month_key(s) else str(s.date.year)
        places[s.slug] = reader.Neighbours(before, after, page_of.get(s.slug, "timeline.md"), anchor)
    for s in statements:
        if not s.date:
            places[s.slug] = reader.Neighbours(None, None, page_of.get(s.slug, "timeline.md"), "date-unknown")
    return places
