"""The published site's pages and files as render_site makes them: listings in date order, notices,
corroboration, citations, charts, feeds and data, and source text kept inert in every format.

Read from real fixtures: the render fixture (tests/fixtures/render), the dev corpus and the
hostile sources. The built site, in a browser, is tests/test_site_browser.py's.
"""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import posixpath
import re
from html.parser import HTMLParser

import pytest
import yaml
from lxml import etree

from build_scripts import cite
from build_scripts.corroborate import corroboration, same_quote
from build_scripts.model import Quote, Registry
from build_scripts.pipeline import convert_folder
from build_scripts.read import read_registry
from build_scripts.records import newest_first, speaker_slug
from build_scripts.render import (
    render_site, speaker_pages, timeline_pages, timeline_parts, topic_pages,
)
from build_scripts.render_data import CSV_COLUMNS, FORMULA_START
from build_scripts.statement_page import fence as _fence, statement_pages
from conftest import DEV_CORPUS, FIXTURES

ENTRY = re.compile(r"^- \*\*(?P<date>[^*]+)\*\*\{: \.or-date \}(?: \*date worked out\*\{[^}]*\})? "
                   r"\[.*?\]\((?:\.\./)*statements/(?P<slug>[^)]+)\.md\)", re.M)
HEADING = re.compile(r"^(#{2,4}) (.+?) \{[^}]*\}$", re.M)


@pytest.fixture(scope="module")
def render_fixture():
    result = convert_folder(FIXTURES / "render" / "sources")
    assert result.problems == ()
    return result.statements, {p.path: p.content for p in result.pages}


@pytest.fixture(scope="module")
def dev():
    result = convert_folder(DEV_CORPUS / "sources")
    return result.statements, {p.path: p.content for p in result.pages}


@pytest.fixture(scope="module")
def hostile():
    result = convert_folder(FIXTURES / "hostile" / "sources")
    return result.statements, {p.path: p.content for p in result.pages}


def entries(page: str) -> list[tuple[str, str]]:
    return [(m.group("slug"), m.group("date")) for m in ENTRY.finditer(page)]


def section(page: str, title: str) -> str:
    start = page.index(f"## {title}\n") if f"## {title}\n" in page else page.index(f"## {title} ")
    nxt = page.find("\n## ", start + 1)
    return page[start: nxt if nxt != -1 else len(page)]


# ---- the timeline -----------------------------------------------------------------------------

def test_the_timeline_is_newest_first_and_its_other_page_oldest_first(dev):
    statements, pages = dev
    dated = sorted((s for s in statements if s.date), key=lambda s: s.sort_key)
    undated = sorted(s.slug for s in statements if not s.date)
    newest = [slug for slug, _ in entries(pages["timeline.md"])]
    oldest = [slug for slug, _ in entries(pages["timeline/oldest-first.md"])]
    assert len(dated) >= 10 and undated
    assert newest == [s.slug for s in reversed(dated)] + undated
    assert oldest == [s.slug for s in dated] + undated
    # grouped by year, then month, in the page's own order
    years = [h for level, h in HEADING.findall(pages["timeline.md"]) if level == "##"]
    assert years == sorted({str(s.date.year) for s in dated}, reverse=True) + ["Date unknown"]


def test_undated_statements_are_only_under_date_unknown(dev):
    statements, pages = dev
    page = pages["timeline.md"]
    unknown = page[page.index("## Date unknown"):]
    undated = {s.slug for s in statements if not s.date}
    assert {slug for slug, _ in entries(unknown)} == undated
    assert not {slug for slug, _ in entries(page[:page.index("## Date unknown")])} & undated
    assert all(date == "Date unknown" for _, date in entries(unknown))


def test_each_entry_shows_its_date_at_its_precision(render_fixture):
    statements, pages = render_fixture
    shown = dict(entries(pages["timeline.md"]))
    assert shown == {"envoys-disagree-on-mandate": "8 November 2023", "month-only-curator-date": "October 2023",
                     "year-in-review": "2023"}
    # a date known only to the year is never put into a month
    page = pages["timeline.md"]
    assert page.index("### 2023, month unknown") < page.index("statements/year-in-review.md")
    for month in ("### October 2023", "### November 2023"):
        block = page[page.index(month):]
        block = block[:block.index("\n### ", 1) if "\n### " in block[1:] else len(block)]
        assert "year-in-review" not in block


def test_an_entry_carries_speakers_topics_lead_quote_and_filter_data(render_fixture):
    _, pages = render_fixture
    page = pages["timeline.md"]
    start = page.index("statements/envoys-disagree-on-mandate.md")
    block = page[start: page.index("{: .or-entry", start)]
    # the statement is its primary speaker's: the other person quoted is not listed as its speaker
    assert ("[Eleanor Ashcombe](speakers/eleanor-ashcombe.md){: .or-chip .or-chip--speaker } "
            "[Peacekeeping](topics/peacekeeping.md){: .or-chip }") in block and "Teixeira" not in block.split("“")[0]
    # a date worked out from the text is marked as such; a curator's is not
    line = page[page.rindex("\n- ", 0, start):start]
    assert "*date worked out*" in line
    curated = page[page.index("statements/month-only-curator-date.md") - 80:page.index("statements/month-only-curator-date.md")]
    assert "worked out" not in curated
    # the lead quotation, set as one; its speaker is the chip above
    assert "*“A mission that cannot protect people will lose the trust of the population”*{: .or-lead-quote }\n" in block
    attrs = page[page.index("{: .or-entry", start): page.index("}", page.index("{: .or-entry", start))]
    assert 'data-year="2023"' in attrs and 'data-month="2023-11"' in attrs and 'data-topics="peacekeeping"' in attrs
    assert 'data-speakers="eleanor-ashcombe"' in attrs


def test_the_filter_offers_exactly_the_topics_speakers_and_years_of_the_statements(dev):
    statements, pages = dev
    form = pages["timeline.md"][pages["timeline.md"].index("<form"):pages["timeline.md"].index("</form>")]
    options = dict(re.findall(r'<select id="or-filter-(\w+)"[^>]*>(.*?)</select>', form))
    values = {k: re.findall(r'<option value="([^"]+)"', v) for k, v in options.items()}
    assert set(values["topic"]) == {t for s in statements for t in s.topics}
    assert len(values["speaker"]) == len({s.speakers[0] for s in statements if s.speakers})
    assert set(values["year"]) == {str(s.date.year) for s in statements if s.date} | {"unknown"}
    counts = dict(re.findall(r'<option value="([^"]+)" data-count="(\d+)">[^<]*\(\2\)</option>', options["topic"]))
    assert counts == {t: str(sum(t in s.topics for s in statements)) for t in values["topic"]}
    assert "<form class=\"or-filter\" hidden" in form  # shown by the script; without it, the full list stands


# ---- statement pages --------------------------------------------------------------------------

def test_notices_say_when_a_date_or_an_attribution_is_not_verified(dev):
    statements, pages = dev
    by_slug = {s.slug: s for s in statements}

    def notice(slug: str) -> str:
        page = pages[f"statements/{slug}.md"]
        return page[page.index('<div class="or-notice"'):page.index("</div>")] if "or-notice" in page else ""

    for slug, s in by_slug.items():
        text = notice(slug)
        if s.date is None:
            assert "**Date unknown.**" in text, slug
        elif s.date_basis == "the curator's front matter":
            assert "Date" not in text, slug
        else:
            assert "**Date not verified.**" in text, slug
        assert ("**Speaker unknown.**" in text) == bool(s.unattributed_quotes or not s.speakers), slug
        assert "Attribution not verified" not in text, slug  # a speaker is named or left unknown, never guessed
    # a quotation whose speaker was worked out (a pronoun, a continuation) is the curator's to confirm,
    # in the review queue; the reader's page does not mark it (extraction never guesses from context)
    s = by_slug["105-multiparagraph-quote"]
    assert s.inferred_quotes
    quotes = section(pages["statements/105-multiparagraph-quote.md"], "Quotes").split('<div class="or-quote"')[1:]
    assert quotes and not [i for i, q in enumerate(quotes) if "attribution not verified" in q]


def test_the_source_box_and_cite_this(render_fixture):
    statements, pages = render_fixture
    page = pages["statements/month-only-curator-date.md"]
    box = section(page, "Source")
    for field in ("**Publisher:** Example Wire", "**Link:** [https://example.org/2023/10/teixeira-mandate]",
                  "**Published:** *not recorded*", "**Source file:** month\\_only\\_curator\\_date.md",
                  "**Content hash (SHA-256):** `"):
        assert field in box
    s = next(s for s in statements if s.slug == "month-only-curator-date")
    assert s.source.sha256 in box
    cited = section(page, "Cite this")
    assert cite.plain(s, "On Record") in cited and cite.bibtex(s, "On Record") in cited
    csl = json.loads(cite.csl_json(s, "On Record"))
    # a news article's citation: the outlet and its headline; the speaker is not an author
    assert csl[0]["type"] == "article-newspaper" and "author" not in csl[0]
    assert csl[0]["container-title"] == "Example Wire" and "issued" not in csl[0]  # no publication date recorded
    assert csl[0]["note"].startswith("Statement by Rafael Moura Teixeira, October 2023")
    bib = cite.bibtex(s, "On Record")
    assert bib.startswith("@article{") and "journal = {Example Wire}" in bib and "author" not in bib
    assert "date =" not in bib  # the statement's month is not the article's date
    assert cite.plain(s, "On Record").startswith("Example Wire. “Teixeira on the mandate review.” Date of publication not recorded.")
    # with the site's address, the citation points at the page absolutely
    assert cite.plain(s, "On Record", "https://example.org/site/").endswith(
        "https://example.org/site/statements/month-only-curator-date/")


def test_citations_escape_what_each_format_needs(hostile):
    statements, _ = hostile
    s = next(s for s in statements if s.slug == "every-field-injected")
    bib = cite.bibtex(s, "On Record")
    body = bib[bib.index(",\n"):bib.rindex("}")]  # the fields, without the entry's closing brace
    # braces balance, so no value can end early and start a field of its own
    depth = 0
    for n, c in enumerate(body):
        if c == "{" and body[n - 1] != "\\":
            depth += 1
        elif c == "}" and body[n - 1] != "\\":
            depth -= 1
        assert depth >= 0, body
    assert depth == 0 and r"\{\{ config \}\}" in bib
    assert json.loads(cite.csl_json(s, "On Record"))[0]["title"] == re.sub(r"\s+", " ", s.title).strip()


def test_a_fence_no_line_of_its_content_can_close():
    content = "```\n````\nnot the end"
    fence = _fence(content, "text")
    assert fence[0].startswith("`````") and fence[2] == fence[0][: len(fence[2])] and len(fence[2]) == 5


# ---- corroboration ----------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("A mission that cannot protect people will lose the trust of the population,",
     "“A mission that cannot protect people will lose the trust of the local population”"),
    ("We call on all parties to exercise restraint and return to dialogue",
     "We call on all parties to exercise maximum restraint and to return to dialogue."),
    ("dialogue and negotiation is the only way leading to the door for peace",
     "As we have stressed many times, dialogue and negotiation is the only way leading to the door for peace"),
    ("It's not our mindset to watch the situation indifferently from the sideline",
     "It’s not our mindset to watch the situation indifferently from the sideline"),
])
def test_the_same_quote_with_small_differences_matches(a, b):
    assert same_quote(a, b) and same_quote(b, a)


@pytest.mark.parametrize("a, b", [
    ("A mission that cannot protect people will lose the trust of the population",
     "No mandate can succeed against the will of the state that hosts it"),
    ("China will continue to promote peace talks", "China will continue to provide humanitarian assistance"),
    ("a ceasefire in name", "a ceasefire in name"),  # too short to tell anything
    ("the Council must act now to protect the civilians of Darfur",
     "the Council failed to act when it still could have protected civilians in Darfur"),  # shared words, other words
])
def test_different_quotes_do_not_match(a, b):
    assert not same_quote(a, b)


def test_a_quote_reported_by_several_sources_links_them_all(render_fixture):
    _, pages = render_fixture
    review = section(pages["statements/year-in-review.md"], "Quotes")
    # each link goes to the very quotation on the other page, by its number there
    for n in (1, 2):
        assert review.count("Carried by 2 sources: this one; also reported in [Britain and Brazil disagree over a "
                            f"peacekeeping mandate](envoys-disagree-on-mandate.md#quote-{n})") == 1
    envoys = section(pages["statements/envoys-disagree-on-mandate.md"], "Quotes")
    assert envoys.count("Carried by 2 sources") == 2
    assert envoys.count("(year-in-review.md#quote-1)") == envoys.count("(year-in-review.md#quote-2)") == 1
    # a quotation no other source carries says nothing about it
    assert "Carried by" not in pages["statements/month-only-curator-date.md"]


def test_corroboration_tells_where_another_source_gives_the_words_to_someone_else(render_fixture):
    statements, _ = render_fixture
    envoys = next(s for s in statements if s.slug == "envoys-disagree-on-mandate")
    words = envoys.quotes[0].text
    other = dataclasses.replace(envoys, slug="wire-copy", title="Wire copy", quotes=(Quote(words, "Rafael Moura Teixeira"),))
    unsure = dataclasses.replace(envoys, slug="blog-copy", title="Blog copy", quotes=(), unattributed_quotes=(words,))
    found = corroboration([envoys, other, unsure])
    assert [c.statement.slug for c in found[("envoys-disagree-on-mandate", 0)]] == ["blog-copy", "wire-copy"]
    page = statement_pages(envoys, Registry(), found)[0].content
    assert "Carried by 3 sources" in page
    assert "[Wire copy](wire-copy.md#quote-1) (8 November 2023, given there to Rafael Moura Teixeira)" in page
    assert "[Blog copy](blog-copy.md#quote-1) (8 November 2023, without a confirmed speaker there)" in page
    assert ("envoys-disagree-on-mandate", 1) not in found  # the other quote is in no other source


# ---- charts, feeds and data -------------------------------------------------------------------

def test_the_charts_count_what_the_statements_say(dev):
    statements, pages = dev
    home = pages["index.md"]
    monthly = [s for s in statements if s.date and s.date_precision in ("day", "month")]
    last = max(s.date for s in monthly)
    # the last 24 months, newest on top: as many rows whatever the span of the corpus
    window = [f"{(last.year * 12 + last.month - 1 - k) // 12}-{(last.year * 12 + last.month - 1 - k) % 12 + 1:02d}"
              for k in range(24)]
    shown = [s for s in monthly if f"{s.date.year}-{s.date.month:02d}" in window]
    table = home[home.index("| Month | Statements | By topic |"):home.index("</details>")]
    rows = re.findall(r"^\| ([A-Z][a-z]+ \d{4}) \| (\d+) \| (.*) \|$", table, re.M)
    assert sum(int(n) for _, n, _ in rows) == len(shown)
    for month, n, _ in rows:
        assert int(n) == sum(s.date.strftime("%B %Y") == month for s in monthly)
    # drawn into the page, each bar a link to its month on the timeline, named with its count
    svg = etree.fromstring(home[home.index("<svg"):home.index("</svg>") + len("</svg>")].encode())
    ns = "{http://www.w3.org/2000/svg}"
    assert svg.find(f"{ns}title").text.startswith("Statements per month, ")
    labels = [t.text for t in svg.iter(f"{ns}text") if not t.text.isdigit()]
    first = min(s.date for s in monthly)
    span = (last.year - first.year) * 12 + last.month - first.month + 1
    assert len(labels) == min(24, span) and labels[0] == last.strftime("%b %Y")
    for a in svg.iter(f"{ns}a"):
        month, n = re.fullmatch(r"(\w+ \d{4}): (\d+) statements?", a.get("aria-label")).groups()
        assert int(n) == sum(s.date.strftime("%B %Y") == month for s in monthly)
        assert a.get("href").startswith("timeline/") and a.get("href").endswith("#" + month.lower().replace(" ", "-"))
    assert len(list(svg.iter(f"{ns}a"))) == len({s.date.strftime("%B %Y") for s in shown})
    # earlier years are a link away, with their counts
    earlier = {s.date.year for s in monthly if s not in shown}
    for year in earlier:
        assert re.search(rf"\[{year}\]\(timeline[^)]*#{year}\) \(\d+\)", home), year
    for topic in {t for s in statements for t in s.topics}:
        assert f"charts/topics/{topic}.svg" in pages or not any(
            t == topic and s in monthly for s in statements for t in s.topics)


def test_data_files_hold_every_field_of_the_front_matter(dev):
    statements, pages = dev
    data = json.loads(pages["statements.json"])
    assert [r["slug"] for r in data] == [s.slug for s in sorted(statements, key=lambda s: s.sort_key)]
    for record in data:
        page = pages[f"statements/{record['slug']}.md"]
        front = re.match(r"---\n(.*?)\n---\n", page, re.S).group(1)
        assert {k: v for k, v in record.items() if k not in ("slug", "url")} == yaml.safe_load(front)
        assert record["url"] == f"statements/{record['slug']}/"
    rows = list(csv.DictReader(io.StringIO(pages["statements.csv"], newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == len(data)
    assert "\r\n" in pages["statements.csv"]


def test_a_csv_cell_never_starts_a_formula(hostile):
    statements, pages = hostile
    rows = list(csv.DictReader(io.StringIO(pages["statements.csv"], newline="")))
    records = {r["slug"]: r for r in json.loads(pages["statements.json"])}
    guarded = 0
    for row in rows:
        for column, cell in row.items():
            assert not cell.startswith(FORMULA_START), (column, cell)
            record = records[row["slug"]]
            value = record["source"][column[7:]] if column.startswith("source_") else record[column]
            if value is None:
                assert cell == ""
            elif not isinstance(value, (list, dict)):
                guarded += cell != str(value)
                assert cell in (str(value), "'" + str(value)), (column, cell)
    assert guarded  # the hostile fixture has a value that starts like a formula


def test_feeds_take_their_times_from_the_statements_never_the_clock(render_fixture, monkeypatch):
    statements, pages = render_fixture
    feed = etree.fromstring(pages["feeds/statements.xml"].encode())
    atom = "{http://www.w3.org/2005/Atom}"
    updated = [e.findtext(f"{atom}updated") for e in feed.iter(f"{atom}entry")]
    assert feed.findtext(f"{atom}updated") == max(updated) == "2023-11-08T00:00:00Z"
    published = {e.findtext(f"{atom}id"): e.findtext(f"{atom}published") for e in feed.iter(f"{atom}entry")}
    assert published["tag:on-record,2024:statements/month-only-curator-date"] is None  # known to the month only

    class Later(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return dt.datetime(2099, 1, 1, tzinfo=tz)
    registry = read_registry(FIXTURES / "render" / "sources")[0]
    monkeypatch.setattr(dt, "datetime", Later)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "4000000000")
    assert {p.path: p.content for p in render_site(list(statements), registry)} == pages


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.bad: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "iframe", "object", "embed", "img", "style"):
            self.bad.append(tag)
        for name, value in attrs:
            if name.startswith("on") or (name in ("href", "src") and not re.match(r"https?://|\.\./|[a-z0-9-]", value or "")):
                self.bad.append(f"{tag} {name}={value}")


def test_hostile_text_stays_text_in_feeds_charts_and_data(hostile):
    statements, pages = hostile
    assert statements
    for path, content in pages.items():
        if path.endswith((".xml", ".svg")):
            root = etree.fromstring(content.encode(), etree.XMLParser(resolve_entities=False, no_network=True))
            for el in root.iter():
                assert not (isinstance(el.tag, str) and el.tag.endswith(("script", "foreignObject"))), path
                assert not [a for a in el.attrib if a.startswith("on") or a.endswith("href") and path.endswith(".svg")], path
            for content_el in root.iter("{http://www.w3.org/2005/Atom}content"):
                tags = _Tags()
                tags.feed(content_el.text or "")
                assert tags.bad == [], (path, tags.bad)
        elif path.endswith(".json"):
            json.loads(content)
    timeline = pages["timeline.md"]
    form = timeline[timeline.index("<form"):timeline.index("</form>")]
    assert "<script" not in form and "&lt;script&gt;" in form  # a speaker named <script>… is an option's text


def test_renders_are_the_same_whatever_order_the_statements_come_in(dev):
    statements, pages = dev
    again = render_site(list(reversed(statements)), read_registry(DEV_CORPUS / "sources")[0])
    assert {p.path: p.content for p in again} == pages


def test_a_feed_holds_the_newest_statements_up_to_its_size(dev, monkeypatch):
    import build_scripts.render_feeds as feeds
    statements, _ = dev
    monkeypatch.setattr(feeds, "FEED_SIZE", 5)
    registry = read_registry(DEV_CORPUS / "sources")[0]
    page = next(p for p in feeds.render_feeds(list(statements), registry, "On Record", {}) if p.path == "feeds/statements.xml")
    ids = re.findall(r"<id>tag:on-record,2024:statements/([^<]+)</id>", page.content)
    dated = sorted((s for s in statements if s.date), key=lambda s: s.sort_key)
    assert ids == [s.slug for s in reversed(dated)][:5]


# ---- pages that stay light: the timeline split, long topic and speaker pages paginated ------------

LINK = re.compile(r"\]\(([^)\s]+\.md)\)")


def resolve(page_path: str, target: str) -> str:
    return posixpath.normpath(posixpath.join(posixpath.dirname(page_path), target))


def links_resolve(pages: dict[str, str], among: dict[str, str]) -> None:
    for path, content in among.items():
        for target in LINK.findall(content):
            if "statements/" not in target and "feeds/" not in target:
                assert resolve(path, target) in pages, (path, target)


def test_a_long_timeline_is_split_by_year_then_by_month_and_keeps_every_statement_once(dev):
    statements, _ = dev
    registry, _ = read_registry(DEV_CORPUS / "sources")
    pages = {p.path: p.content for p in timeline_pages(list(statements), registry, size=3)}
    parts = timeline_parts(list(statements), size=3)
    assert len(parts) > 3 and all(len(p.statements) <= 3 for p in parts)
    # a year that fits is one page; a year that does not is split by month (or slices of a month)
    assert "2024" in {p.key for p in parts} and any(re.fullmatch(r"2023-\d\d", p.key) for p in parts)
    assert [p.key for p in parts[-2:]] == ["undated", "undated-part-2"]  # too many undated for one page
    newest = [slug for p in parts for slug, _ in entries(pages[f"timeline/{p.key}.md"])]
    oldest_pages = [p for p in parts if p.statements[0].date][::-1] + [p for p in parts if not p.statements[0].date]
    oldest = [slug for p in oldest_pages for slug, _ in entries(pages[f"timeline/oldest-first/{p.key}.md"])]
    dated = sorted((s for s in statements if s.date), key=lambda s: s.sort_key)
    undated = sorted(s.slug for s in statements if not s.date)
    assert newest == [s.slug for s in reversed(dated)] + undated
    assert oldest == [s.slug for s in dated] + undated
    # the timeline's own addresses open each reading at its first page
    assert entries(pages["timeline.md"]) == entries(pages[f"timeline/{parts[0].key}.md"])
    assert entries(pages["timeline/oldest-first.md"]) == entries(pages[f"timeline/oldest-first/{oldest_pages[0].key}.md"])
    # every page links to every other, and its neighbours, with links that keep the filter
    links_resolve({**pages, **{p.path: p.content for p in render_site(list(statements), registry)}}, pages)
    middle = pages[f"timeline/{parts[1].key}.md"]
    assert f"Newer: [{parts[0].label}]({parts[0].key}.md){{: .or-keep-filter }}" in middle
    assert f"Older: [{parts[2].label}]({parts[2].key}.md){{: .or-keep-filter }}" in middle
    assert middle.count(".or-keep-filter") >= len(parts) + 1
    # each page filters every statement (through the filter files); search does not list the timeline's pages
    assert all("data-index=" in content and "exclude: true" in content for content in pages.values())


def test_moving_a_statement_in_time_rewrites_only_the_timeline_pages_it_leaves_and_joins(dev):
    """Under `make serve` each rewritten page costs MkDocs a render: at 10,000 statements, a date
    edit that changed a count on every page of the timeline rewrote 190 pages (40 s)."""
    statements, _ = dev
    registry, _ = read_registry(DEV_CORPUS / "sources")

    def outline(group: list) -> list[tuple[str, str]]:
        return [(p.key, p.label) for p in timeline_parts(group, size=3)]

    def part_of(slug: str, group: list) -> str:
        return next(p.key for p in timeline_parts(group, size=3) if slug in {s.slug for s in p.statements})

    def moved_to(moved, other) -> list:
        return [dataclasses.replace(s, date=other.date, date_precision=other.date_precision) if s is moved else s for s in statements]

    # a statement given the date of another on another page, where the timeline keeps its pages (their sizes change)
    dated = [s for s in statements if s.date]
    later, slug = next((moved_to(m, o), m.slug) for m in dated for o in dated
                       if part_of(m.slug, list(statements)) != part_of(o.slug, list(statements))
                       and outline(moved_to(m, o)) == outline(list(statements)))
    before = {p.path: p.content for p in timeline_pages(list(statements), registry, size=3)}
    after = {p.path: p.content for p in timeline_pages(later, registry, size=3)}
    left, joined = part_of(slug, list(statements)), part_of(slug, later)
    changed = {path for path in before if before[path] != after[path]}
    assert changed == {"timeline.md", "timeline/oldest-first.md", f"timeline/{left}.md", f"timeline/{joined}.md",
                       f"timeline/oldest-first/{left}.md", f"timeline/oldest-first/{joined}.md"}
    # the timeline's own address sums up the whole; the other pages name the others, without sizes
    assert re.search(r"\d+ statements, .*, over \d+ pages\. This page:", after["timeline.md"])
    assert "statements, from" not in after[f"timeline/{left}.md"]


def test_a_timeline_that_fits_is_one_page_each_way(dev):
    statements, _ = dev
    registry, _ = read_registry(DEV_CORPUS / "sources")
    pages = timeline_pages(list(statements), registry, size=len(statements))
    assert [p.path for p in pages] == ["timeline.md", "timeline/oldest-first.md"]
    assert "data-index" not in pages[0].content and 'name="year"' in pages[0].content


def test_long_topic_and_speaker_pages_are_paginated_newest_first(dev):
    statements, _ = dev
    registry, _ = read_registry(DEV_CORPUS / "sources")
    by_topic, by_speaker = {}, {}
    for s in statements:
        for t in s.topics:
            by_topic.setdefault(t, []).append(s)
        for n in s.speakers:
            by_speaker.setdefault(n, []).append(s)
    pages = {p.path: p.content for p in topic_pages(registry, by_topic, size=2)}
    pages |= {p.path: p.content for p in speaker_pages(registry, by_speaker, size=2)}
    long_topic = max(by_topic, key=lambda t: len(by_topic[t]))
    long_speaker = max(by_speaker, key=lambda n: len(by_speaker[n]))
    for base, items in ((f"topics/{long_topic}", by_topic[long_topic]),
                        (f"speakers/{speaker_slug(long_speaker)}", by_speaker[long_speaker])):
        count = (len(items) + 1) // 2
        assert count >= 2
        paths = [f"{base}.md"] + [f"{base}/page-{n}.md" for n in range(2, count + 1)]
        assert f"{base}/page-{count + 1}.md" not in pages
        listed = [slug for path in paths for slug, _ in entries(pages[path])]
        if base.startswith("topics/"):
            assert listed == [s.slug for s in newest_first(items)]
        else:
            # each page of a speaker: their own statements, then the reports that only quote them, each newest first
            order = newest_first(items)
            want = []
            for chunk in (order[i:i + 2] for i in range(0, len(order), 2)):
                want += [s.slug for s in chunk if s.speakers[0] == long_speaker]
                want += [s.slug for s in chunk if s.speakers[0] != long_speaker]
            assert listed == want
        assert all(len(entries(pages[path])) <= 2 for path in paths)
        assert f"Page 1 of {count}, newest first: **1** · [2]({base.rsplit('/', 1)[1]}/page-2.md)" in pages[paths[0]]
        assert "search:\n  exclude: true" in pages[paths[1]] and "[the first page](../" in pages[paths[1]]
    links_resolve(pages, pages)
