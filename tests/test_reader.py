"""The reader's site, second pass, as built (no browser): provenance under each statement's title,
one speaker per statement, quotations with their own anchors, the date's basis in plain words,
addresses that travel (site_url: sitemap, canonical links, absolute citations, a description of
its own for every page), the home page from the site's configuration, speakers sorted by surname.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from build_scripts import reader
from build_scripts.model import Registry, SourceRef, Speaker, Statement
from conftest import ROOT
from sites import SITE_URL, built, records

SEEDS = {  # the repository's three seeds: what their own text and front matter make known
    "zhang-jun-ukraine-no-geopolitical-gain": "Reported by Xinhua News Agency",
    "zhang-jun-gaza-ceasefire-council-presidency": "The publisher and address of this report are not recorded",
    "zhang-jun-donetsk-civilian-facilities": "The publisher and address of this report are not recorded",
}


def statement(**changes) -> Statement:
    s = Statement(slug="s", title="T", date=dt.date(2022, 4, 5), date_precision="day",
                  date_basis="‘on Tuesday’, on or before the publication date 2022-04-06 (the page's metadata)",
                  speakers=("Zhang Jun", "Dmitry Polyanskiy"), topics=(), quotes=(), unattributed_quotes=(),
                  source=SourceRef(file="s.txt"), paragraphs=(), review=())
    return replace(s, **changes)


def article(page: Path) -> str:
    text = page.read_text(encoding="utf-8")
    return text[text.index("<article"):text.index("</article>")]


def test_the_date_basis_is_said_in_plain_words():
    assert reader.date_basis_words(statement()) == \
        "worked out from ‘on Tuesday’ in an article published on 6 April 2022"
    assert reader.date_basis_words(statement(date_basis="the curator's front matter")) == "set by the site's curator"


def test_provenance_never_guesses():
    bare = reader.provenance(statement())[0]
    assert bare == "The publisher and address of this report are not recorded; publication date not recorded."
    full = reader.provenance(statement(source=SourceRef(file="s.txt", url="https://news.example/a", publisher="Wire",
                                                        published=dt.date(2022, 4, 6))))[0]
    assert full == "Reported by [Wire](https://news.example/a); published 6 April 2022."
    # a javascript: address is never a link; source text is escaped for Markdown
    hostile = reader.provenance(statement(source=SourceRef(file="s.txt", url="javascript:alert(1)", publisher="[x](y)")))[0]
    assert "javascript" not in hostile and "\\[x\\](y)" in hostile


def test_everyone_else_quoted_is_not_a_speaker_of_the_statement():
    s = statement()
    assert reader.primary(s) == "Zhang Jun" and reader.also_quoted(s) == ["Dmitry Polyanskiy"]
    line = reader.speaker_line(s, "../")
    assert line.startswith("**Speaker:** [Zhang Jun]") and "Polyanskiy" not in line
    also = reader.also_quoted_lines(s, "../")[0]
    assert also.startswith("**Also quoted in this report:** [Dmitry Polyanskiy]")
    assert also.endswith("(the date and place above are those of Zhang Jun’s statement)")
    assert reader.also_quoted_lines(statement(speakers=("Zhang Jun",)), "../") == []


def test_speakers_sort_by_surname_with_accents_folded():
    registry = Registry(speakers=(Speaker("Zhang Jun", country="China"),))
    names = ["Ayesha Zafar", "Zhang Jun", "Aïchatou Ousmane", "Ida Kjærgaard", "Émile Dubois", "Vassily Nebenzia"]
    ordered = sorted(names, key=lambda n: reader.surname_key(n, registry))
    assert ordered == ["Émile Dubois", "Ida Kjærgaard", "Vassily Nebenzia", "Aïchatou Ousmane", "Ayesha Zafar",
                       "Zhang Jun"]


def test_the_seeds_front_matter_records_only_what_their_text_establishes():
    for path in sorted((ROOT / "sources").glob("00[0-2]_*.txt")):
        front = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", front["slug"]), path
        body = path.read_text(encoding="utf-8").split("---\n", 2)[2]
        if "publisher" in front:  # named by the article itself
            assert "reported by The Xinhua News Agency" in body and front["publisher"] == "Xinhua News Agency"
        # no address or publication date appears in any of the three files: none is recorded
        assert "url" not in front and "published" not in front, path


@pytest.fixture(scope="module")
def site() -> Path:
    return built("repository")


def test_provenance_is_right_under_the_title(site):
    for slug, said in SEEDS.items():
        page = article(site / "statements" / slug / "index.html")
        after_title = page[page.index("</h1>") + 5:].lstrip()
        assert after_title.startswith('<p class="or-provenance">'), slug
        assert said in after_title[:after_title.index("</p>")], slug


def test_the_sitemap_canonical_links_and_citations_use_the_site_address(site):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    locs = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert locs and all(loc.startswith(SITE_URL) for loc in locs)
    for record in records(site):
        assert f"<loc>{SITE_URL}{record['url']}</loc>" in sitemap
        page = (site / record["url"] / "index.html").read_text(encoding="utf-8")
        assert f'<link rel="canonical" href="{SITE_URL}{record["url"]}">' in page
        # every citation format ends at the absolute address
        assert page.count(f"{SITE_URL}{record['url']}") >= 4  # canonical, og:url, three citations


def test_every_page_has_its_own_description_and_open_graph_card(site):
    seen: dict[str, str] = {}
    for page in sorted(site.rglob("index.html")):
        text = page.read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in text:
            continue
        description = re.search(r'<meta name="description" content="([^"]*)">', text)
        og = re.search(r'<meta property="og:description" content="([^"]*)">', text)
        title = re.search(r'<meta property="og:title" content="([^"]*)">', text)
        assert description and og and title, page
        assert og[1] == description[1] and description[1], page
        assert description[1] not in seen, (page, seen.get(description[1]))
        seen[description[1]] = str(page)
    assert len(seen) >= 10
    # a statement's description is its lead quotation
    for record in records(site):
        text = (site / record["url"] / "index.html").read_text(encoding="utf-8")
        lead = next(q for q in record["quotes"] if q["speaker"] == record["speakers"][0])
        described = html.unescape(re.search(r'<meta name="description" content="([^"]*)">', text)[1])
        assert described.startswith(f"{record['speakers'][0]}: “{lead['text'].rstrip(' ,;:')[:100]}")


def test_the_home_page_says_who_the_site_covers(site):
    subject = yaml.safe_load(re.sub(r"!ENV \w+", "null", (ROOT / "mkdocs.yml").read_text()))["extra"]["subject"]
    home = html.unescape(article(site / "index.html"))
    assert f"A timeline of public statements by {subject}" in home
    # the home page claims only what is true: every seed lacks an address, so none is promised
    assert "links to the source it came from" not in home


def test_statement_pages_carry_quote_anchors_and_corroboration_only_where_another_source_carries_it(site):
    for record in records(site):
        page = article(site / record["url"] / "index.html")
        ids = re.findall(r'<div class="or-quote"[^>]* id="(quote-\d+)"', page)
        assert ids == [f"quote-{n}" for n in range(1, len(record["quotes"]) + 1)]
        assert "Carried by 1 source" not in page
        assert "earlier" in page.lower() or "later" in page.lower()
        assert 'href="../../timeline/#' in page


def test_quotes_over_time_name_each_statement_once_and_give_the_quoted_no_date_of_theirs():
    from build_scripts.model import Quote
    own = statement(slug="own", title="Own words", speakers=("Dmitry Polyanskiy",),
                    quotes=(Quote("First of my own words here", "Dmitry Polyanskiy"),
                            Quote("Second of my own words here", "Dmitry Polyanskiy")))
    other = statement(slug="other", title="Zhang on Donetsk", date=dt.date(2023, 11, 8),
                      quotes=(Quote("We have requested an urgent meeting", "Dmitry Polyanskiy"),))
    lines = "\n".join(reader.quotes_over_time("Dmitry Polyanskiy", [own, other], "../"))
    assert lines.count("[Own words]") == 1 and lines.count("“First of my own") == 1
    mine, theirs = lines.split("### Quoted in reports of other people's statements")
    assert "“We have requested" in theirs and "Zhang Jun’s statement" in theirs
    assert "November" not in theirs and "2023" not in theirs  # the report's date is Zhang Jun's, not his


def test_a_speakers_count_keeps_statements_and_reports_quoting_them_apart():
    own = statement(speakers=("Dmitry Polyanskiy",))
    other = statement(slug="other")
    assert reader.counts("Dmitry Polyanskiy", [own, other]) == "1 statement, quoted in 1 other report"
    assert reader.counts("Dmitry Polyanskiy", [other, other]) == "quoted in 2 reports"
    assert reader.counts("Dmitry Polyanskiy", [other], bold=True) == "quoted in **1** report"
    assert reader.counts("Zhang Jun", [other], bold=True) == "**1** statement"
