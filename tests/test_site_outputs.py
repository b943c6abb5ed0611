"""The built site's files, on the repository's sources and on the dev corpus: statements.json and
statements.csv match the pages, the feeds are valid Atom holding the right entries, and no
internal link anywhere in site/ is broken.
"""
from __future__ import annotations

import csv
import html
import json
import re
from pathlib import Path

import feedparser
import pytest

from atom import problems as atom_problems
from build_scripts.pipeline import convert_folder
from build_scripts.render_data import CSV_COLUMNS
from build_scripts.render_feeds import FEED_SIZE
from conftest import FIXTURES, ROOT, front_matter
from linkcheck import check_site, reachable
from sites import CORPORA, built, records

CORPUS_IDS = sorted(CORPORA)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


@pytest.fixture(scope="module", params=CORPUS_IDS)
def corpus(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def site(corpus) -> Path:
    return built(corpus)


def shown_date(record: dict) -> str:
    if not record["date"]:
        return "Date unknown"
    year, month, day = (int(x) for x in record["date"].split("-"))
    return {"year": str(year), "month": f"{MONTHS[month - 1]} {year}"}.get(record["date_precision"],
                                                                            f"{day} {MONTHS[month - 1]} {year}")


def page_text(site: Path, url: str) -> str:
    """A page's main content as text: tags dropped, entities decoded, white space collapsed."""
    raw = (site / url / "index.html").read_text(encoding="utf-8")
    article = raw[raw.index('<article class="md-content__inner'):raw.index("</article>")]
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", article)))


def norm(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


# ---- data -------------------------------------------------------------------------------------

def test_statements_json_is_the_front_matter_of_every_statement_page(corpus, site, tmp_path):
    data = records(site)
    pages = sorted(p.parent.name for p in (site / "statements").glob("*/index.html"))
    assert sorted(r["slug"] for r in data) == pages and len(data) == len(list(CORPORA[corpus].glob("*.*"))) - 2
    # the Markdown pages a renderer would get: their front matter is the record, field for field
    for page in convert_folder(CORPORA[corpus]).pages:
        if page.path.startswith("statements/"):
            (tmp_path / page.path).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / page.path).write_text(page.content, encoding="utf-8")
    for record in data:
        meta = front_matter(tmp_path / "statements" / f"{record['slug']}.md")
        assert {k: v for k, v in record.items() if k not in ("slug", "url")} == meta


def test_statements_json_matches_what_each_page_shows(site):
    for record in records(site):
        text = page_text(site, record["url"])
        assert norm(record["title"]) in text, record["slug"]
        assert f"Said: {shown_date(record)}" in text, record["slug"]
        for name in record["speakers"]:
            assert norm(name) in text
        for quote in record["quotes"]:
            assert f"“{norm(quote['text']).rstrip(' ,;:')}” — {norm(quote['speaker'])}" in text, quote
        for quote in record["unattributed_quotes"]:
            assert norm(quote).rstrip(" ,;:") in text
        assert record["source"]["sha256"] in text and norm(record["source"]["file"]) in text
        if record["source"]["publisher"]:
            assert f"Publisher: {norm(record['source']['publisher'])}" in text


def test_statements_csv_holds_the_same_records(site):
    data = {r["slug"]: r for r in records(site)}
    with (site / "statements.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["slug"] for r in rows] == list(data)
    for row in rows:
        record = data[row["slug"]]
        flat = {**{k: v for k, v in record.items() if k != "source"},
                **{f"source_{k}": v for k, v in record["source"].items()}}
        assert set(row) == set(flat) == set(CSV_COLUMNS)
        for column, value in flat.items():
            cell = row[column]
            if isinstance(value, (list, dict)):
                assert json.loads(cell) == value
            else:
                assert cell.removeprefix("'") == ("" if value is None else str(value)), column


def test_the_data_page_documents_every_field_and_column(site):
    documented = set(re.findall(r"^\| `([a-z0-9_.]+)` \| `([a-z0-9_]+)` \|", (ROOT / "docs" / "data.md").read_text(encoding="utf-8"), re.M))
    record = records(site)[0]
    fields = {k for k in record if k != "source"} | {f"source.{k}" for k in record["source"]}
    assert {f for f, _ in documented} == fields
    assert {c for _, c in documented} == set(CSV_COLUMNS)
    page = page_text(site, "data/")
    assert "statements.json" in page and "statements.csv" in page


# ---- feeds ------------------------------------------------------------------------------------

def expected_feed(data: list[dict]) -> list[str]:
    """The rule About the data states: dated statements newest first, then the undated, at most FEED_SIZE."""
    dated = sorted((r for r in data if r["date"]), key=lambda r: (r["date"], r["slug"]))
    return ([r["slug"] for r in reversed(dated)] + sorted(r["slug"] for r in data if not r["date"]))[:FEED_SIZE]


def feeds_of(site: Path) -> dict[str, list[dict]]:
    """Each feed's path → the records it must hold (all of them when the feed has room)."""
    data = records(site)
    wanted = {"feeds/statements.xml": data}
    for topic_page in sorted((site / "topics").glob("*/index.html")):
        topic = topic_page.parent.name
        wanted[f"feeds/topics/{topic}.xml"] = [r for r in data if topic in r["topics"]]
    for speaker_page in sorted((site / "speakers").glob("*/index.html")):
        # the speaker's name, as their own page gives it
        name = html.unescape(re.search(r"<h1[^>]*>(.*?)<", speaker_page.read_text(encoding="utf-8")).group(1))
        wanted[f"feeds/speakers/{speaker_page.parent.name}.xml"] = [r for r in data if name in r["speakers"]]
    return wanted


def test_every_feed_is_valid_atom(site):
    feeds = sorted(p.relative_to(site).as_posix() for p in (site / "feeds").rglob("*.xml"))
    assert feeds == sorted(feeds_of(site))
    for path in feeds:
        raw = (site / path).read_bytes()
        assert atom_problems(raw) == [], path
        parsed = feedparser.parse(raw)
        assert not parsed.bozo, (path, parsed.get("bozo_exception"))
        assert parsed.version == "atom10", path


def test_the_feeds_hold_the_right_entries(site):
    for path, wanted in feeds_of(site).items():
        parsed = feedparser.parse((site / path).read_bytes(), response_headers={
            "content-location": f"http://127.0.0.1/{path}"})
        ids = [e.id for e in parsed.entries]
        assert ids == [f"tag:on-record,2024:statements/{slug}" for slug in expected_feed(wanted)], path
        assert len(set(ids)) == len(ids)
        by_slug = {r["slug"]: r for r in wanted}
        for entry in parsed.entries:
            record = by_slug[entry.id.rsplit("/", 1)[1]]
            assert norm(entry.title) == norm(record["title"])
            assert entry.link == f"http://127.0.0.1/{record['url']}"  # relative links, resolved against the feed
            assert [t.term for t in entry.get("tags", [])] == record["topics"]
            assert entry.updated.startswith(record["date"] if record["date_precision"] == "day"
                                            else record["source"]["published"] or record["date"] or "")
            for quote in record["quotes"]:
                assert html.escape(norm(quote["text"]).rstrip(" ,;:"), quote=True) in norm(entry.content[0].value)


# ---- links ------------------------------------------------------------------------------------

def test_no_internal_link_in_the_site_is_broken(site):
    report = check_site(site)
    assert report.checked > 100
    assert report.broken == []
    # every page is reachable by links from the home page
    pages = {p.relative_to(site).as_posix() for p in site.rglob("index.html")} - {"index.html"}
    assert pages - reachable(report) == set()


def test_the_link_checker_finds_broken_links_and_fragments():
    report = check_site(FIXTURES / "linkcheck")
    assert sorted((page, link) for page, link, _ in report.broken) == [
        ("a/index.html", "../b/#no-such-id"),
        ("a/index.html", "../missing/"),
        ("a/index.html", "javascript:alert(1)"),
        ("feeds/x.xml", "../gone/"),
        ("index.html", "style.css"),
    ]
    assert reachable(report) == {"index.html", "a/index.html", "b/index.html"}
    assert report.external == {"https://example.org/elsewhere"}


def test_every_page_loads_search_once_from_its_head_and_the_404_page_still_has_it(site):
    for page in [*site.glob("*.html"), *site.glob("*/*.html"), *site.glob("statements/*/*.html")]:
        markup = page.read_text(encoding="utf-8")
        assert markup.count("assets/javascripts/search.js") == 1, page
        head = markup.split("</head>", 1)[0]
        if page.name == "404.html":  # a static template: no hook runs on it, and search.js stays at the end
            assert "search.js" not in head
            continue
        assert re.search(r'<script async src="(\.\./)*assets/javascripts/search\.js"></script>', head), page
        prefix = re.search(r'src="((?:\.\./)*)assets/javascripts/search\.js"', head)[1]
        assert f'<link rel="modulepreload" href="{prefix}pagefind/pagefind.js">' in head, page
        assert (page.parent / prefix / "assets/javascripts/search.js").resolve().is_file()
