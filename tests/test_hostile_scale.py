"""Issue 16, class D: output stays proportional to the input, whatever one source holds."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import markdown

from build_scripts.caps import PAGE_BUDGET
from build_scripts.corroborate import _same_pairs, corroboration, words
from build_scripts.model import Quote, Registry, SourceRef, Statement
from build_scripts.pipeline import convert_folder
from build_scripts.records import quote_url
from build_scripts.review import statement_items
from build_scripts.statement_page import statement_pages
from conftest import FIXTURES
from linkcheck import check_site, reachable
from sites import build

GOOD = FIXTURES / "bad" / "sources" / "good_source.txt"
REGISTRIES = FIXTURES / "bad" / "registries" / "speakers_share_an_alias"
QUOTE = "We will keep working for peace in the region with all our partners"


def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    shutil.copy(REGISTRIES / "topics.yml", folder)
    (folder / "speakers.yml").write_text("- name: Zhang Jun\n  aliases: [Zhang]\n", encoding="utf-8")
    return folder


def test_corroboration_holds_beyond_a_hundred_sources(tmp_path):
    folder = sources(tmp_path)
    for n in range(101):
        (folder / f"report_{n:03d}.txt").write_text(f"Envoy speaks, report {n}\n\n\u201c{QUOTE},\u201d Zhang Jun said.\n",
                                                    encoding="utf-8")
    result = convert_folder(folder, workers=1)
    pages = {p.path: p.content for p in result.pages}
    for n in (0, 50, 100):
        page = pages[f"statements/report-{n:03d}.md"]
        assert "Carried by 101 sources: this one; also reported in " in page
        assert "and 80 other sources." in page  # 20 linked by name, the rest counted


def monster(n_quotes: int = 300, n_speakers: int = 3_000) -> str:
    speakers = ", ".join(f"Speaker Number{n:04d} Qorvath" for n in range(n_speakers))
    quotes = "\n\n".join(f"\u201cWe call for calm and restraint in the region, number {n} of many,\u201d Zhang Jun said."
                         for n in range(n_quotes))
    title = "A very long title " * 6_000  # 108 KB (a 1 MB one takes PyYAML seconds to read)
    return (f"---\ntitle: {title.strip()}\nspeakers: [{speakers}]\nvenue: {'Hall ' * 5000}\n"
            f"see_also: [{', '.join(f'https://example.org/{n}' for n in range(500))}]\n---\n"
            f"Envoy speaks\n\n{quotes}\n\n" + "Plain text of the article goes on. " * 3_000)


def test_no_page_is_larger_than_300_kb_whatever_one_source_holds(tmp_path, monkeypatch):
    monkeypatch.setenv("ON_RECORD_WATCHDOG", "off")  # sizes are tested here, not time (speaker attribution is slow on this)
    folder = sources(tmp_path)
    (folder / "monster.md").write_text(monster(), encoding="utf-8")
    for n in range(3):
        shutil.copy(GOOD, folder / f"good_{n}.txt")
    result = convert_folder(folder, workers=1)
    sizes = {p.path: len(p.content.encode("utf-8") if isinstance(p.content, str) else p.content) for p in result.pages}
    assert {path: size for path, size in sizes.items() if size > 300_000} == {}
    later = [p for p in sizes if p.startswith("statements/monster/page-")]
    assert len(later) == 7  # its 300 quotations, 40 a page: none is dropped
    assert len(result.pages) - len(later) < 60  # not a page per listed speaker (3,000 made 6,027 files)
    assert sorted(str(p) for p in result.problems if p.file == "monster.md") == sorted([
        "monster.md: has a title of 107,999 characters; it is cut to 300. Set a shorter 'title' in its front matter",
        "monster.md: has more than 80,000 characters of text; the statement page shows the beginning. Keep only the "
        "article in it",
        "monster.md: has 300 quotations; they are published over 8 pages of 40. Split the source, or keep only the "
        "article in it",
        "monster.md: names 3000 speakers; the first 8 are published. Keep the speakers of the statement in 'speakers'",
        "monster.md: has a speaker, venue or publisher longer than 50 characters; it is cut there. Check it",
        "monster.md: lists 500 addresses in 'see_also'; the first 20 are published",
    ])


def test_a_date_before_1900_is_set_aside_with_a_message(tmp_path):
    folder = sources(tmp_path)
    (folder / "ancient.md").write_text("---\ndate: 0023-05-05\n---\n" + GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "dated.md").write_text("---\ndate: 2024-05-05\n---\n" + GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    result = convert_folder(folder, workers=1)
    assert [str(p) for p in result.problems] == [
        "ancient.md: has the date 0023-05-05, before 1900; it is published undated. Check the date (in its front "
        "matter, or in the text)"]
    assert {s.slug: s.date for s in result.statements}["ancient"] is None
    assert max(len(p.content) for p in result.pages if p.path.startswith("charts/")) < 100_000  # not 16 MB


def test_a_speaker_page_stays_small_however_much_each_statement_quotes(tmp_path):
    folder = sources(tmp_path)
    long_quote = " ".join(f"word{n} of a long statement" for n in range(40))  # 200 words
    for s in range(100):
        quotes = "\n\n".join(f"\u201c{long_quote} part {s} {n},\u201d Zhang Jun said." for n in range(40))
        (folder / f"speech_{s:03d}.txt").write_text(f"Envoy speaks at length, speech {s}\n\n{quotes}\n", encoding="utf-8")
    result = convert_folder(folder)
    page = next(p.content for p in result.pages if p.path == "speakers/zhang-jun.md")
    shown = page.count("> “word0 of a long statement")
    assert 0 < shown < 4000 and f"{4000 - shown} earlier quotations on the statements' own pages." in page
    data = ("statements.json", "statements.csv")  # the whole data set: it grows with the corpus, as it should
    assert max(len(p.content.encode("utf-8")) for p in result.pages if p.path not in data) <= 300_000


def test_a_timeline_page_of_maximal_entries_stays_under_300_kb(tmp_path):
    folder = sources(tmp_path)
    names = ", ".join(f"Speaker {n:02d} {'Q' * 60}" for n in range(12))
    for i in range(210):  # a timeline page holds 200
        quote = "Wordwordwordword" * 90 + " and many more words here"
        (folder / f"s{i:03d}.md").write_text(
            f"---\ntitle: Title {i} {'x' * 400}\ndate: 2024-05-{1 + i % 28:02d}\nspeakers: [Zhang Jun, {names}]\n---\n"
            f"Envoy speaks\n\n\u201c{quote},\u201d Zhang Jun said.\n", encoding="utf-8")
    result = convert_folder(folder, workers=1)
    pages = {p.path: p.content for p in result.pages}
    assert "Wordwordword" in pages["timeline/2024-05.md"]  # the lead quote is listed, cut short
    data = ("statements.json", "statements.csv")
    assert {p: len(c.encode("utf-8")) for p, c in pages.items() if p not in data and len(c.encode("utf-8")) > 300_000} == {}


# ---- a statement's quotations over pages of MAX_QUOTES (nothing dropped) ----------------------

def test_twenty_thousand_quotations_are_all_published_over_pages_of_at_most_300_kb(tmp_path):
    folder = sources(tmp_path)
    said = "\n\n".join(f"\u201cWe ask for calm, number {n} of many,\u201d Zhang Jun said." for n in range(20_000))
    (folder / "many.md").write_text(f"Envoy speaks\n\n{said}\n", encoding="utf-8")
    # another source carries quotation 12,346 (index 12,345): on page 309 of the first
    (folder / "echo.txt").write_text("Envoy answers\n\n\u201cWe ask for calm, number 12345 of many,\u201d Zhang Jun said.\n",
                                     encoding="utf-8")
    run = build(folder, tmp_path / "site", strict=False, ON_RECORD_WATCHDOG="off")  # sizes here, not time
    assert run.returncode == 0, run.stderr
    assert "many.md: has 20000 quotations; they are published over 500 pages of 40. Split the source" in run.stderr
    site = tmp_path / "site"
    sizes = {p.relative_to(site).as_posix(): p.stat().st_size for p in site.rglob("*.html")}
    assert {p: n for p, n in sizes.items() if n > PAGE_BUDGET} == {}
    pages = ["statements/many/index.html"] + [f"statements/many/page-{n}/index.html" for n in range(2, 501)]
    assert sorted(p for p in sizes if p.startswith("statements/many/")) == sorted(pages)
    found: list[tuple[int, int]] = []  # (anchor's number, the quotation's own number), in page order
    for n, page in enumerate(pages, 1):
        html = (site / page).read_text(encoding="utf-8")
        here = [(int(a), int(q)) for a, q in re.findall(r'id="quote-(\d+)".*?number (\d+) of many', html, re.S)]
        assert [a for a, _ in here] == list(range(40 * n - 39, 40 * n + 1)), page  # 40 a page, numbered across
        found += here
    assert found == [(n + 1, n) for n in range(20_000)]  # each quotation once, under its own number
    echo = (site / "statements/echo/index.html").read_text(encoding="utf-8")
    assert 'href="../many/page-309/#quote-12346"' in echo  # "also reported in": to the quotation itself
    report = check_site(site)
    assert report.broken == []  # that link, the pagers, the speaker page's links to quotations: every anchor
    assert set(pages) <= reachable(report)  # every page of quotations is reached through the pagers


def test_each_quotation_has_one_address_on_the_page_that_holds_it():
    attributed = tuple(Quote(f"Attributed words number {n} here", "Zhang Jun") for n in range(85))
    unattributed = tuple(f"Unattributed words number {n} here" for n in range(10))
    s = Statement(slug="long", title="A long statement", date=None, date_precision="unknown", date_basis="none",
                  speakers=("Zhang Jun",), topics=(), quotes=attributed, unattributed_quotes=unattributed,
                  source=SourceRef(file="long.txt"), paragraphs=("Text.",), review=())
    pages = {p.path: p.content for p in statement_pages(s, Registry())}
    assert list(pages) == ["statements/long.md", "statements/long/page-2.md", "statements/long/page-3.md"]
    # a box's id (attributed), an attribute list's (the others): every quotation once, numbered across the pages
    held = {path: [a or b for a, b in re.findall(r'id="(quote-\d+)"|\{: #(quote-\d+) \}', c)] for path, c in pages.items()}
    assert [anchor for path in pages for anchor in held[path]] == [f"quote-{n}" for n in range(1, 96)]
    for index in range(95):
        path, anchor = quote_url("long", index, markdown=True).split("#")
        assert anchor in held[path]
    assert quote_url("long", 40) == "statements/long/page-2/#quote-41"
    later = pages["statements/long/page-3.md"]
    assert "# A long statement (page 3 of 3)" in later and "Quotations 81 to 95 of 95" in later
    assert "Reported by" in later or "not recorded" in later  # the provenance header on every page
    assert "[← previous](page-2.md)" in later and "[1](../long.md)" in later and "next →" not in later
    assert "## Source text" not in later and "## Cite this" not in later  # on the first page only
    assert "[next →](long/page-2.md)" in pages["statements/long.md"]


def test_a_sentence_two_sources_repeat_a_thousand_times_links_each_copy_without_pairing_every_two():
    def repeating(slug: str) -> Statement:
        quotes = tuple(Quote("We ask for calm and restraint from every side now", "Zhang Jun") for _ in range(1_000))
        return Statement(slug=slug, title=slug, date=None, date_precision="unknown", date_basis="none",
                         speakers=("Zhang Jun",), topics=(), quotes=quotes, unattributed_quotes=(),
                         source=SourceRef(file=f"{slug}.txt"), paragraphs=(), review=())
    found = corroboration([repeating("a"), repeating("b")])
    # every copy is carried by the other source, at its first copy (quote-1)
    assert all([(c.statement.slug, c.index) for c in found[(slug, i)]] == [(other, 0)]
               for slug, other in (("a", "b"), ("b", "a")) for i in range(1_000))
    ws = words("We ask for calm and restraint from every side now")
    assert len(_same_pairs([("a", ws)] * 1_000 + [("b", ws)] * 1_000)) == 1_999  # not 1,000,000 (20,000: 400 million)


def test_the_review_queue_lists_a_sources_quotations_forty_at_a_time(tmp_path):
    folder = sources(tmp_path)
    said = "\n\n".join(f"The crowd heard it. \u201cNumber {n} of many, we ask for calm in the region.\u201d" for n in range(2_000))
    (folder / "anon.md").write_text(f"Envoys speak\n\n{said}\n", encoding="utf-8")
    result = convert_folder(folder, workers=1)
    [s] = result.statements
    assert len(s.unattributed_quotes) == 2_000  # published, every one (over 50 pages)
    quotes = [i for i in statement_items(s, Registry(), folder) if i.kind == "quote"]
    # finding each in the source reads it again: 20,000 took 20 minutes, in every build's summary
    assert len(quotes) == 41 and quotes[0].what.startswith("2000 quotations wait for a speaker or a confirmation; "
                                                           "the queue lists 40 at a time")
    assert [i.line for i in quotes[1:]] == [3 + 2 * n for n in range(40)]  # each still found on its line


def test_quotations_given_to_thousands_of_people_make_pages_for_forty_and_keep_every_word(tmp_path):
    folder = sources(tmp_path)
    people = [f"{first} Q{a}{b}{c}vath" for a in "abcdefghij" for b in "abcdefghij" for c in "abcdef"
              for first in ("Anna", "Boris", "Carla", "Dmitri", "Elena")][:3_000]
    said = "\n\n".join(f"\u201cWe ask for calm in the region, number {n} of many,\u201d {name} said."
                       for n, name in enumerate(people))
    (folder / "crowd.md").write_text(f"Envoys speak\n\n{said}\n", encoding="utf-8")
    result = convert_folder(folder, workers=1)
    [s] = result.statements
    speakers = {q.speaker for q in s.quotes}
    assert len(speakers) == 48  # the statement's 8 and 40 others: a page and a feed each, not 3,000 of each
    assert len([p for p in result.pages if p.path.startswith("speakers/")]) == 49  # and the index
    assert len(s.quotes) + len(s.unattributed_quotes) == 3_000  # the others' words, without a speaker
    assert "crowd.md: gives quotations to 3000 people; those of 48 keep their speaker, the other 2952 are published " \
           "without one. Split the source, or keep only the article in it" in [str(p) for p in result.problems]


def test_a_page_of_quotations_each_carried_by_many_long_titled_sources_stays_under_300_kb():
    quotes = tuple(Quote(" ".join(f"w{i}n{n}" for n in range(250)), "Zhang Jun") for i in range(40))  # 1,500 characters
    reports = [Statement(slug=f"report-{k:02d}", title=f"Report {k} " + "of a long title " * 18, date=None,
                         date_precision="unknown", date_basis="none", speakers=("Zhang Jun",), topics=(), quotes=quotes,
                         unattributed_quotes=(), source=SourceRef(file=f"report-{k:02d}.txt"),
                         paragraphs=("Plain text of the article goes on. " * 2_285,), review=()) for k in range(22)]
    found = corroboration(reports)
    [page] = statement_pages(reports[0], Registry(), found)
    shown = markdown.markdown(page.content.split("\n---\n", 1)[1], extensions=["attr_list", "md_in_html"])
    # what MkDocs makes of it, and room for the theme (20 KB): 480 KB with 20 links under each quotation
    assert len(shown.encode("utf-8")) <= PAGE_BUDGET - 50_000
    assert page.content.count("Carried by 22 sources: this one; also reported in ") == 40  # the count, always exact
    assert 0 < page.content.count("](report-01.md#quote-") < 40  # links while the page has room,
    assert "this one; also reported in 21 other sources." in page.content  # then counts
