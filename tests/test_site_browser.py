"""The published site in headless Chromium, on the repository's sources and on the dev corpus:
the timeline's filter (by topic, speaker and year, kept in the address), the list without
JavaScript, search by a phrase of a quote, no console error, and axe-core's accessibility check.

Sites are built with `mkdocs build --strict` (tests/sites.py) and served on 127.0.0.1
(tests/browser.py). What each view must show is worked out from the site's statements.json.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from browser import pagefind_search, serve_folder
from sites import CORPORA, built, records

SERIOUS = {"serious", "critical"}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def served(request):
    site = built(request.param)
    with serve_folder(site) as url:
        yield request.param, site, url


class Watched:
    """A page whose console errors and uncaught exceptions are recorded."""

    def __init__(self, context):
        self.errors: list[str] = []
        context.on("console", lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None)
        context.on("weberror", lambda e: self.errors.append(f"page error: {e.error}"))
        self.page = context.new_page()


@pytest.fixture
def watched(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    try:
        yield Watched(context)
    finally:
        context.close()


def newest_first(data: list[dict]) -> list[str]:
    dated = sorted((r for r in data if r["date"]), key=lambda r: (r["date"], r["slug"]))
    return [r["slug"] for r in reversed(dated)] + sorted(r["slug"] for r in data if not r["date"])


def oldest_first(data: list[dict]) -> list[str]:
    dated = sorted((r for r in data if r["date"]), key=lambda r: (r["date"], r["slug"]))
    return [r["slug"] for r in dated] + sorted(r["slug"] for r in data if not r["date"])


def shown(page) -> list[str]:
    """The statements the timeline shows, in page order."""
    return page.locator("li.or-entry").evaluate_all("""items => items
        .filter(li => li.checkVisibility())
        .map(li => li.querySelector("a[href*='statements/']").getAttribute("href").match(/statements\\/([^/]+)\\//)[1])""")


def options(page, field: str) -> list[tuple[str, str]]:
    return page.locator(f"#or-filter-{field} option").evaluate_all(
        "os => os.filter(o => o.value).map(o => [o.value, o.textContent.replace(/ \\(\\d+\\)$/, '')])")


def matches(record: dict, field: str, value: str, label: str) -> bool:
    if field == "topic":
        return value in record["topics"]
    if field == "speaker":  # whose statement it is: its primary speaker
        return record["speakers"][:1] == [label]
    return (record["date"] or "unknown")[:4] == value if value != "unknown" else record["date"] is None


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def open_timeline(watched, url: str, path: str = "timeline/"):
    page = watched.page
    page.goto(url + path)
    expect(page.locator("form.or-filter")).to_be_visible()
    return page


@pytest.mark.parametrize("field", ["topic", "speaker", "year"])
def test_filtering_shows_exactly_the_matching_statements(served, watched, field):
    _, site, url = served
    data = records(site)
    page = open_timeline(watched, url)
    assert shown(page) == newest_first(data)
    choices = options(page, field)
    assert choices, f"no {field} to filter by"
    for value, label in choices:
        page.select_option(f"#or-filter-{field}", value)
        want = [slug for slug in newest_first(data) if matches(next(r for r in data if r["slug"] == slug), field, value, label)]
        assert want, (field, value)
        expect(page.locator(".or-filter__status")).to_have_text(f"Showing {len(want)} of {len(data)} statements.")
        assert shown(page) == want, (field, value)
        assert query(page) == {field: [value]}
        # a heading shows only while a statement under it is shown
        headings = page.locator(".or-group").evaluate_all("hs => hs.filter(h => h.checkVisibility()).map(h => h.textContent.trim())")
        years = {(r["date"] or "")[:4] or "Date unknown" for r in data if r["slug"] in want}
        assert {h for h in headings if re.fullmatch(r"\d{4}|Date unknown", h)} == years
    page.get_by_role("button", name="Show all").click()
    assert shown(page) == newest_first(data) and query(page) == {}
    assert watched.errors == []


def test_a_filtered_view_survives_a_reload_and_can_be_shared(served, watched, browser):
    _, site, url = served
    data = records(site)
    page = open_timeline(watched, url)
    # the most common topic, with the year of its newest statement
    topic = max(options(page, "topic"), key=lambda o: (sum(o[0] in r["topics"] for r in data), o[0]))[0]
    newest = next(r for slug in newest_first(data) for r in data if r["slug"] == slug and topic in r["topics"])
    year = (newest["date"] or "unknown")[:4] if newest["date"] else "unknown"
    page.select_option("#or-filter-topic", topic)
    page.select_option("#or-filter-year", year)
    want = [slug for slug in newest_first(data)
            if matches(next(r for r in data if r["slug"] == slug), "topic", topic, "")
            and matches(next(r for r in data if r["slug"] == slug), "year", year, "")]
    assert shown(page) == want and query(page) == {"topic": [topic], "year": [year]}

    page.reload()
    expect(page.locator("form.or-filter")).to_be_visible()
    assert shown(page) == want
    assert page.locator("#or-filter-topic").input_value() == topic
    assert page.locator("#or-filter-year").input_value() == year

    # the address alone, in another browser context, shows the same view
    other = browser.new_context()
    try:
        shared = other.new_page()
        shared.goto(page.url)
        expect(shared.locator("form.or-filter")).to_be_visible()
        assert shown(shared) == want
    finally:
        other.close()

    # the oldest-first view keeps the filter, and reads the same statements the other way round
    page.get_by_role("link", name="read it oldest first").click()
    expect(page.locator("h1")).to_have_text("Timeline, oldest first")
    assert query(page) == {"topic": [topic], "year": [year]}
    assert shown(page) == [slug for slug in oldest_first(data) if slug in want]
    assert watched.errors == []


def test_oldest_first_reads_in_date_order_and_newest_first_the_other_way(served, watched):
    _, site, url = served
    data = records(site)
    page = open_timeline(watched, url, "timeline/oldest-first/")
    assert shown(page) == oldest_first(data)
    dates = [r["date"] for slug in shown(page) for r in data if r["slug"] == slug and r["date"]]
    assert dates == sorted(dates) and len(dates) >= 3
    page = open_timeline(watched, url)
    dates = [r["date"] for slug in shown(page) for r in data if r["slug"] == slug and r["date"]]
    assert dates == sorted(dates, reverse=True)
    assert watched.errors == []


def test_without_javascript_the_full_list_is_there(served, browser):
    _, site, url = served
    data = records(site)
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        topic = next(t for r in data for t in r["topics"])
        page.goto(f"{url}timeline/?topic={topic}")  # a filtered address still shows everything
        expect(page.locator("form.or-filter")).to_be_hidden()
        assert shown(page) == newest_first(data)
        page.goto(url + "timeline/oldest-first/")
        assert shown(page) == oldest_first(data)
    finally:
        context.close()


def distinctive_phrase(record: dict, data: list[dict]) -> str:
    """Three words in a row from one of the record's quotes, the rarest in the corpus's quotes and titles."""
    vocabulary = [{w.lower() for w in re.findall(r"[A-Za-z]+", " ".join([r["title"]] + [q["text"] for q in r["quotes"]]))}
                  for r in data]
    best: tuple[int, str] | None = None
    for quote in record["quotes"]:
        words = re.findall(r"[A-Za-z]+", quote["text"])
        for i in range(len(words) - 2):
            run = words[i:i + 3]
            if all(len(w) >= 4 for w in run):
                rarity = sum(sum(w.lower() in v for v in vocabulary) for w in run)
                if best is None or rarity < best[0]:
                    best = (rarity, " ".join(run))
    assert best, f"{record['slug']} has no three-word phrase to search for"
    return best[1]


def test_search_finds_a_statement_by_a_phrase_from_its_quote(served, watched):
    _, site, url = served
    data = records(site)
    quoted = [r for r in data if r["quotes"]]
    for record in (quoted[0], quoted[len(quoted) // 2], quoted[-1]):
        phrase = distinctive_phrase(record, data)
        watched.page.goto(url)
        found = [urlsplit(h).path for h in pagefind_search(watched.page, phrase)]
        # among the first three statements found
        assert f"/statements/{record['slug']}/" in [p for p in found if "/statements/" in p][:3], (phrase, found)
    assert watched.errors == []


def test_statements_come_before_index_pages_for_a_topic_s_own_word(served, watched):
    """A topic's page is short and named by the word: it came first for "civilians", the Gaza statement after it."""
    _, site, url = served
    data = records(site)
    topic = next(t for r in data for t in r["topics"] if sum(t in x["topics"] for x in data) >= 2)
    word = topic.split("-")[0]
    watched.page.goto(url)
    found = [urlsplit(h).path for h in pagefind_search(watched.page, word)]
    kinds = [p.startswith("/statements/") for p in found]
    assert kinds[0] and kinds == sorted(kinds, reverse=True), (word, found)
    assert watched.errors == []


def test_search_finds_statements_by_speaker_and_by_topic(served, watched):
    _, site, url = served
    data = records(site)
    record = next(r for r in data if r["speakers"] and r["topics"])
    for term in (record["speakers"][0], record["topics"][0]):
        watched.page.goto(url)
        found = pagefind_search(watched.page, term.replace("-", " "))
        assert any("/statements/" in h for h in found), (term, found)
    assert watched.errors == []


# the worker answers a search in 1.5 s and takes 0.5 s to stop
SLOWER = {'case"search":{': 1500, 'case"destroy":{': 500}


def test_switching_the_order_waits_for_the_engine_to_stop(served, watched):
    """Ending a search box stops Pagefind's worker, and that takes time: a new box that searched before
    it was done lost its answer ("Searching …" for ever, once in ten on a loaded machine). Here the
    worker is slow to search and to stop, every time."""
    _, site, url = served
    word = records(site)[0]["topics"][0].split("-")[0]

    def slow_stop(route):
        body = route.fetch().text()
        for case, delay in SLOWER.items():
            assert case in body, f"Pagefind's worker changed: no {case} to slow down"
            body = body.replace(case, case + f"await new Promise(r=>setTimeout(r,{delay}));")
        route.fulfill(body=body, content_type="text/javascript")

    watched.page.route("**/pagefind-worker.js", slow_stop)
    watched.page.goto(url)
    pagefind_search(watched.page, word)
    for label in ("Show best match first", "Show newest first", "Show best match first"):
        watched.page.locator(".or-search__order").click()
        expect(watched.page.locator(".or-search__order")).to_have_text(label)
        watched.page.locator(".pagefind-ui__result-link").first.wait_for()
    assert watched.errors == []


def pages_to_check(site) -> list[str]:
    data = records(site)
    record = next(r for r in data if r["quotes"] and r["topics"])
    return ["", "timeline/", "timeline/oldest-first/", record["url"], f"topics/{record['topics'][0]}/",
            "speakers/" + next(p.parent.name for p in sorted((site / "speakers").glob("*/index.html"))) + "/", "data/"]


def test_no_console_errors_and_nothing_from_another_host(served, watched):
    _, site, url = served
    requests: list[str] = []
    watched.page.context.on("request", lambda r: requests.append(r.url))
    for path in pages_to_check(site):
        response = watched.page.goto(url + path, wait_until="load")
        assert response is not None and response.status == 200, path
        watched.page.wait_for_load_state("networkidle")
    assert [r for r in requests if urlsplit(r).hostname not in ("127.0.0.1", None)] == []
    assert watched.errors == []


def test_axe_finds_no_serious_or_critical_violation(served, watched):
    _, site, url = served
    axe = Axe()
    found = {}
    for path in pages_to_check(site):
        watched.page.goto(url + path)
        watched.page.wait_for_load_state("networkidle")
        result = axe.run(watched.page)
        serious = [v for v in result.response["violations"] if v["impact"] in SERIOUS]
        if serious:
            found[path] = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in serious]
    assert found == {}
    assert result.response["testEngine"]["name"] == "axe-core"  # the check did run
