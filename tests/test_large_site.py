"""A site past the size where pages split: the timeline by year, long topic and speaker pages in
pages of 100, the filter across the timeline's pages, and search, in a real build and browser.

The corpus is generated (the benchmark's seeded generator: the same 300 sources every run),
converted and built as the published site is, with `mkdocs build --strict`.
"""
from __future__ import annotations

import datetime
import re
import subprocess
import sys
from collections import Counter
from urllib.parse import parse_qs, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from browser import pagefind_search, serve_folder
from build_scripts.records import speaker_slug
from conftest import ROOT
from sites import build, records

SOURCES = 300  # over 2019-2025: more than one timeline page (200), a year each
STATEMENT_LINK = re.compile(r'href="(?:\.\./)+statements/([^/"]+)/"')


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("large")
    generate = [sys.executable, str(ROOT / "tests" / "benchmarks" / "generate_corpus.py"), str(folder / "sources"),
                str(SOURCES), "--seed", "5"]
    subprocess.run(generate, check=True, capture_output=True)
    run = build(folder / "sources", folder / "site")
    assert run.returncode == 0, run.stdout + run.stderr
    return folder / "site"


def linked_statements(page) -> list[str]:
    return STATEMENT_LINK.findall(page.read_text(encoding="utf-8"))


def test_every_statement_is_on_exactly_one_page_of_each_reading_and_no_page_is_heavy(site):
    data = records(site)
    assert len(data) == SOURCES
    newest = sorted(p for p in (site / "timeline").glob("*/index.html") if p.parent.name != "oldest-first")
    oldest = sorted((site / "timeline" / "oldest-first").glob("*/index.html"))
    assert [p.parent.name for p in newest] == [p.parent.name for p in oldest]
    assert {p.parent.name for p in newest} >= {"2019", "2025"}
    for reading in (newest, oldest):
        listed = Counter(slug for page in reading for slug in linked_statements(page))
        assert sorted(listed) == sorted(r["slug"] for r in data) and set(listed.values()) == {1}
    # the timeline's own page is its newest part, and every page stays light
    latest = max((p for p in newest if p.parent.name.isdigit()), key=lambda p: p.parent.name)
    assert linked_statements(site / "timeline" / "index.html") == linked_statements(latest)
    heaviest = max(site.rglob("*.html"), key=lambda p: p.stat().st_size)
    assert heaviest.stat().st_size < 300_000, heaviest
    assert (site / "index.html").stat().st_size < 100_000


def test_a_topic_with_more_than_a_page_of_statements_is_paginated(site):
    data = records(site)
    topics = Counter(t for r in data for t in r["topics"])
    topic, count = topics.most_common(1)[0]
    assert count > 100, "the generated corpus should have a topic longer than one page"
    pages = [site / "topics" / topic / "index.html"]
    pages += sorted((site / "topics" / topic).glob("page-*/index.html"), key=lambda p: int(p.parent.name[5:]))
    assert len(pages) == (count + 99) // 100
    listed = [slug for page in pages for slug in linked_statements(page)]
    assert sorted(set(listed)) == sorted(r["slug"] for r in data if topic in r["topics"])
    assert all(len(set(linked_statements(page))) <= 100 for page in pages)


def found_slugs(page) -> list[str]:
    """The statements the filter lists across the timeline, every one (after each "Show more")."""
    listed = page.locator(".or-filter__results li")
    while page.locator(".or-filter__results button:enabled").count():
        before = listed.count()
        page.locator(".or-filter__results button").click()
        page.wait_for_function("n => document.querySelectorAll('.or-filter__results li').length > n", arg=before)
    return [re.search(r"/statements/([^/]+)/$", href).group(1) for href in
            page.locator(".or-filter__results li a").evaluate_all("links => links.map(a => a.href)")]


def newest_first_slugs(data: list[dict], keep) -> list[str]:
    dated = sorted((r for r in data if r["date"] and keep(r)), key=lambda r: (r["date"], r["slug"]), reverse=True)
    return [r["slug"] for r in dated] + sorted(r["slug"] for r in data if not r["date"] and keep(r))


def test_the_filter_covers_every_page_of_the_timeline_and_back_undoes_it(site, browser):
    data = records(site)
    topic, count = Counter(t for r in data for t in r["topics"]).most_common(1)[0]
    years = {(r["date"] or "")[:4] for r in data if topic in r["topics"]}
    assert count > 100 and len(years) > 1, "the topic should span several pages of the timeline"
    with serve_folder(site) as url:
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        fetched: list[tuple[str, int]] = []
        page.on("response", lambda r: fetched.append((r.url, int(r.headers.get("content-length") or 0))) if "/filters/" in r.url else None)
        outside: list[str] = []
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(url) else None)
        page.goto(url + "timeline/")
        label = page.locator(f"select[name=topic] option[value='{topic}']").text_content()
        assert label == f"{topic_label(site, topic)} ({count})"  # the label and the count over the whole corpus
        page.select_option("select[name=topic]", topic)
        status = page.locator(".or-filter__status")
        expect(status).to_have_text(f"{count} of {len(data)} statements match, across the whole timeline.")
        assert found_slugs(page) == newest_first_slugs(data, lambda r: topic in r["topics"])
        assert page.locator("li.or-entry:visible").count() == 0  # the page's own list gives way
        # a second filter narrows it; one file fetched per filter, none past the largest
        speaker = speaker_slug(Counter(r["speakers"][0] for r in data if topic in r["topics"] and r["speakers"])
                               .most_common(1)[0][0])
        page.select_option("select[name=speaker]", speaker)
        want = newest_first_slugs(data, lambda r: topic in r["topics"] and r["speakers"]
                                  and speaker_slug(r["speakers"][0]) == speaker)
        expect(status).to_have_text(f"{len(want)} of {len(data)} statements match, across the whole timeline.")
        assert found_slugs(page) == want
        # the counts, then for each filter one file, the chosen value with the fewest statements: never the corpus
        files = [urlsplit(u).path for u, _ in fetched]
        topic_files = [f"/filters/topic/{topic}/{n}.json" for n in range(1, (count + 99) // 100 + 1)]
        speaker_files = [f"/filters/speaker/{speaker}/1.json"]  # fewer statements than the topic: one file
        assert files == ["/filters/counts.json", *topic_files, *speaker_files], files
        assert sum(n for _, n in fetched) < (site / "statements.json").stat().st_size / 10
        # Back undoes the speaker, then the topic; Forward takes it again
        page.go_back()
        expect(page.locator("select[name=speaker]")).to_have_value("")
        expect(status).to_have_text(f"{count} of {len(data)} statements match, across the whole timeline.")
        page.go_back()
        expect(page.locator("select[name=topic]")).to_have_value("")
        assert page.locator("li.or-entry:visible").count() > 0
        page.go_forward()
        expect(status).to_contain_text(f"{count} of {len(data)}")
        # another page of the timeline opens with the same filter, and lists the same statements
        page.locator(".or-pager a.or-keep-filter").first.click()
        assert parse_qs(urlsplit(page.url).query)["topic"] == [topic]
        expect(page.locator(".or-filter__status")).to_contain_text(f"{count} of {len(data)}")
        assert found_slugs(page) == newest_first_slugs(data, lambda r: topic in r["topics"])
        assert errors == [] and outside == []
        page.close()


def topic_label(site, topic: str) -> str:
    """A topic's label as its own page titles it."""
    return re.search(r"<h1[^>]*>(.*?)<", (site / "topics" / topic / "index.html").read_text(encoding="utf-8")).group(1)


def test_search_finds_a_statement_by_its_title_in_a_large_site(site, browser):
    record = records(site)[SOURCES // 2]
    with serve_folder(site) as url:
        page = browser.new_page()
        page.goto(url + "timeline/")
        found = [urlsplit(h).path for h in pagefind_search(page, record["title"])]
        assert f"/statements/{record['slug']}/" in found[:3], (record["title"], found)
        page.close()


def test_on_a_phone_no_page_scrolls_sideways_and_a_statement_leads_to_its_date_on_the_timeline(site, browser):
    data = records(site)
    record = max((r for r in data if r["date"]), key=lambda r: (len(r["quotes"]), r["slug"]))
    topic = Counter(t for r in data for t in r["topics"]).most_common(1)[0][0]
    speaker = speaker_slug(Counter(r["speakers"][0] for r in data if r["speakers"]).most_common(1)[0][0])
    year = (record["date"] or "")[:4]
    kinds = ["", "timeline/", f"timeline/{year}/", "timeline/oldest-first/", record["url"], "topics/",
             f"topics/{topic}/", f"topics/{topic}/page-2/", "speakers/", f"speakers/{speaker}/", "data/"]
    with serve_folder(site) as url:
        context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        wide = {}
        for path in kinds:
            page.goto(url + path)
            width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            if width[0] > width[1]:
                wide[path] = width
        assert wide == {}
        # "This date on the timeline": the page of the split timeline that lists it, at its month
        page.goto(url + record["url"])
        page.get_by_role("link", name="This date on the timeline").click()
        page.wait_for_load_state()  # the click returns once the next page is on its way, not read
        target = urlsplit(page.url)
        assert target.fragment and page.locator(f"#{target.fragment}").count() == 1, page.url
        assert record["slug"] in linked_statements_of(page.content())
        # earlier and later in time: the dated statements beside it
        dated = sorted((r for r in data if r["date"]), key=lambda r: (r["date"], r["slug"]))
        i = next(n for n, r in enumerate(dated) if r["slug"] == record["slug"])
        page.goto(url + record["url"])
        if i > 0:
            assert page.get_by_role("link", name="Earlier statement").get_attribute("href") == f"../{dated[i - 1]['slug']}/"
        if i + 1 < len(dated):
            assert page.get_by_role("link", name="Later statement").get_attribute("href") == f"../{dated[i + 1]['slug']}/"
        assert errors == []
        context.close()


def linked_statements_of(html: str) -> list[str]:
    return STATEMENT_LINK.findall(html)


GROUPED = re.compile(r'<li class="or-entry"[^>]*data-reports="(\d+)"[^>]*>(.*?)</li>', re.S)


def test_reports_of_one_statement_are_one_timeline_entry_with_the_others_a_click_away(site, browser):
    data = {r["slug"]: r for r in records(site)}
    pages = [p for p in (site / "timeline").glob("*/index.html") if p.parent.name != "oldest-first"]
    groups = [(int(n), STATEMENT_LINK.findall(body)) for page in pages for n, body in
              GROUPED.findall(page.read_text(encoding="utf-8"))]
    assert len(groups) >= 5, "the generated corpus reports some statements in several sources"
    for n, slugs in groups:
        # the entry's own statement, then each other report: one person's words at one date
        assert len(slugs) == n, slugs
        assert len({(data[s]["speakers"][0], data[s]["date"], data[s]["date_precision"]) for s in slugs}) == 1
    with serve_folder(site) as url:
        page = browser.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(url + "timeline/")
        entry = page.locator("li.or-entry[data-reports]").first
        n = int(entry.get_attribute("data-reports"))
        expect(entry.locator(".or-reported")).to_have_text(f"Reported by {n} sources")
        lead = re.search(r"statements/([^/]+)/", entry.locator("a[href*='statements/']").first.get_attribute("href"))[1]
        others = entry.locator("em.or-reported ~ a")
        assert others.count() == n - 1
        others.first.click()
        other = re.search(r"/statements/([^/]+)/", page.url)[1]
        assert other != lead and data[other]["speakers"][0] == data[lead]["speakers"][0]
        # that page says the quote is carried by the other report, and links back to it
        expect(page.locator(".or-corroboration").first).to_contain_text("also reported in")
        assert page.locator(f".or-corroboration a[href^='../{lead}/#quote-']").count() >= 1  # to the quotation
        # the timeline's filter counts statements, not entries: with nothing chosen, all of them
        page.goto(url + "timeline/2023/")
        listed = page.locator("li.or-entry").evaluate_all("lis => lis.reduce((n, li) => n + Number(li.dataset.reports || 1), 0)")
        assert listed == sum(1 for r in data.values() if (r["date"] or "").startswith("2023"))
        assert errors == []
        page.close()


def test_the_charts_read_on_a_phone_and_each_bar_leads_to_its_statements(site, browser):
    data = records(site)
    monthly = Counter(r["date"][:7] for r in data if r["date"] and r["date_precision"] in ("day", "month"))
    topic = Counter(t for r in data for t in r["topics"]).most_common(1)[0][0]
    with serve_folder(site) as url:
        context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
        page = context.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        for path in ("", f"topics/{topic}/"):
            page.goto(url + path)
            assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), path
            # every label inside the screen, at a size that reads (at least 11 px as drawn)
            boxes = page.locator("figure.or-chart--rows svg text").evaluate_all(
                "ts => ts.map(t => { const r = t.getBoundingClientRect(); return [r.left, r.right, r.height]; })")
            assert len(boxes) >= 24 * 2 - 24  # a month label a row, and a count on each bar
            assert all(left >= 0 and right <= 390 and height >= 11 for left, right, height in boxes), (path, boxes)
        # at 300 statements over seven years: the last 24 months, the earlier years a link away
        page.goto(url)
        months = page.locator("figure.or-chart--rows svg a")
        newest = max(monthly)
        assert months.first.get_attribute("aria-label").startswith(
            f"{['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][int(newest[5:]) - 1]} {newest[:4]}: {monthly[newest]} statement")
        earliest = min(monthly)[:4]
        assert page.locator(".or-chart-earlier a", has_text=earliest).count() == 1
        # a bar leads to its month on the timeline, where its statements are
        bar = months.nth(2)
        month_name, n = re.fullmatch(r"(\w+ \d{4}): (\d+) statements?", bar.get_attribute("aria-label")).groups()
        bar.click()
        fragment = urlsplit(page.url).fragment
        assert fragment == month_name.lower().replace(" ", "-")
        month = datetime.datetime.strptime(month_name, "%B %Y").strftime("%Y-%m")
        listed = page.locator(f"li.or-entry[data-month='{month}']").evaluate_all(
            "lis => lis.reduce((n, li) => n + Number(li.dataset.reports || 1), 0)")
        assert listed == int(n) == monthly[month]
        page.locator(f"#{fragment}").wait_for()
        # on a topic's page, a bar leads to that month among the topic's statements (its pages of 100)
        page.goto(url + f"topics/{topic}/")
        bar = page.locator("figure.or-chart--rows svg a").first
        month_name, n = re.fullmatch(r"(\w+ \d{4}): (\d+) statements?", bar.get_attribute("aria-label")).groups()
        bar.click()
        assert urlsplit(page.url).path.startswith(f"/topics/{topic}/")
        month = datetime.datetime.strptime(month_name, "%B %Y").strftime("%Y-%m")
        listed = page.locator(f"li.or-entry[data-month='{month}']").count()
        assert listed == int(n) == sum(1 for r in data if topic in r["topics"] and (r["date"] or "").startswith(month)
                                       and r["date_precision"] in ("day", "month"))
        assert errors == []
        context.close()


def words_of(text: str) -> list[str]:
    return re.findall(r"[\w’']+", text.lower())


def unique_phrase(data: list[dict], word: str, size: int = 5) -> tuple[dict, str] | None:
    """A statement and a run of words from its quotation, with `word` in it, that no other statement quotes."""
    quoted = {r["slug"]: " ".join(words_of(" ".join(q["text"] for q in r["quotes"]))) for r in data}
    for r in data:
        words = words_of(" ".join(q["text"] for q in r["quotes"]))
        for i in (n for n, w in enumerate(words) if w == word):
            run = " ".join(words[max(0, i - size + 1):i + 1])
            if len(run.split()) == size and [s for s, text in quoted.items() if run in text] == [r["slug"]]:
                return r, run
    return None


def test_search_ranks_statements_before_index_pages_and_puts_them_in_date_order(site, browser):
    data = records(site)
    topic = Counter(t for r in data for t in r["topics"]).most_common(1)[0][0]
    word = topic_label(site, topic).split()[0].lower()  # "humanitarian": the topic page's own name
    record, phrase = unique_phrase(data, word)
    with serve_folder(site) as url:
        page = browser.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(url + "timeline/")
        for query in (phrase, word):
            found = [urlsplit(h).path for h in pagefind_search(page, query)]
            kinds = ["statement" if p.startswith("/statements/") else "index" for p in found]
            # every statement found comes before any index page (the topic's own page names the word)
            assert kinds == sorted(kinds, key=lambda k: k != "statement") and kinds[0] == "statement", (query, found)
        found = [urlsplit(h).path for h in pagefind_search(page, phrase)]
        assert f"/statements/{record['slug']}/" in found[:3], (phrase, found)
        # date order: the newest statements first, each result saying its date
        page.locator(".or-search__order").click()
        expect(page.locator(".or-search__order")).to_have_text("Show best match first")
        page.wait_for_function("() => document.querySelectorAll('.pagefind-ui__result-link').length > 1", timeout=90_000)
        links = page.locator(".pagefind-ui__result-link").evaluate_all("links => links.map(a => a.href)")
        slugs = [re.search(r"/statements/([^/]+)/", h)[1] for h in links]
        dates = [next(r["date"] for r in data if r["slug"] == s) for s in slugs]
        assert dates == sorted(dates, reverse=True) and None not in dates, dates
        page.locator(".or-search__order").click()
        expect(page.locator(".or-search__order")).to_have_text("Show newest first")
        assert errors == []
        page.close()


def test_on_a_phone_a_timeline_entry_takes_about_four_lines(site, browser):
    with serve_folder(site) as url:
        context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
        page = context.new_page()
        page.goto(url + "timeline/")
        lines = page.locator("li.or-entry").evaluate_all(
            "lis => lis.map(li => li.getBoundingClientRect().height / parseFloat(getComputedStyle(li).lineHeight))")
        lines.sort()
        assert len(lines) > 20
        assert lines[len(lines) // 2] <= 4.5, lines[len(lines) // 2]  # the median entry
        assert lines[len(lines) * 9 // 10] <= 6, lines  # nine in ten
        # and each still names its speaker and a topic, links its statement and shows its quotation's start
        first = page.locator("li.or-entry").first
        assert first.locator("a.or-chip--speaker").is_visible() and first.locator("em.or-lead-quote").is_visible()
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_serious_in_the_chart_the_filtered_timeline_and_ordered_search(site, browser, scheme):
    data = records(site)
    topic = Counter(t for r in data for t in r["topics"]).most_common(1)[0][0]
    with serve_folder(site) as url:
        context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, color_scheme=scheme)
        page = context.new_page()
        errors: list[str] = []
        outside: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(url) else None)
        axe = Axe()
        found = {}

        def check(name: str) -> None:
            result = axe.run(page)
            serious = [(v["id"], [(n["target"], n["failureSummary"][:200]) for n in v["nodes"]][:3])
                       for v in result.response["violations"] if v["impact"] in ("serious", "critical")]
            if serious:
                found[name] = serious

        page.goto(url)
        check("home, its chart")
        page.goto(url + f"topics/{topic}/")
        check("a topic, its chart")
        page.goto(url + f"timeline/?topic={topic}")
        expect(page.locator(".or-filter__status")).to_contain_text("statements match")
        check("the timeline filtered across its pages")
        pagefind_search(page, "humanitarian")
        page.locator(".or-search__order").click()
        expect(page.locator(".or-search__order")).to_have_text("Show best match first")
        page.locator(".pagefind-ui__result-link").first.wait_for(timeout=90_000)  # a loaded machine: once 30 s
        check("search results, newest first")
        assert found == {}
        assert errors == [] and outside == []
        context.close()


def test_a_second_build_of_the_split_site_is_byte_identical(site, tmp_path):
    """The filter files, the charts drawn into pages, grouped entries and Pagefind's sort index included."""
    again = build(site.parent / "sources", tmp_path / "again")
    assert again.returncode == 0, again.stdout + again.stderr

    def files(root) -> dict[str, bytes]:
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}

    first, second = files(site), files(tmp_path / "again")
    assert sorted(first) == sorted(second)
    assert [path for path in first if first[path] != second[path]] == []
    assert any(path.startswith("filters/") for path in first) and any(path.endswith(".pf_meta") for path in first)
