"""The built site in a real browser: timeline order, search, no other host, quotes with speakers.

The site is built from this repository's own sources with `mkdocs build --strict`,
served on 127.0.0.1 and opened in one headless Chromium (see tests/browser.py).
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from browser import pagefind_search, serve_folder

REPO = Path(__file__).parents[1]

# the three statements of sources/, newest source file first, oldest statement last
OLDEST_FIRST = [
    ("statements/zhang-jun-ukraine-no-geopolitical-gain/", "5 April 2022"),
    ("statements/zhang-jun-gaza-ceasefire-council-presidency/", "1 November 2023"),
    ("statements/zhang-jun-donetsk-civilian-facilities/", "8 November 2023"),
]
DATE = re.compile(r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|"
                  r"September|October|November|December) \d{4}\b")
LOCAL_HOSTS = {"127.0.0.1"}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("browser") / "site"
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "NO_MKDOCS_2_WARNING": "1"}
    env.pop("ON_RECORD_SOURCES", None)  # this repository's own sources/
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, f"mkdocs build --strict failed:\n{run.stdout}\n{run.stderr}"
    assert (out / "timeline" / "index.html").is_file()
    return out


@pytest.fixture(scope="module")
def base_url(site) -> str:
    with serve_folder(site) as url:
        yield url


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    try:
        yield context.new_page()
    finally:
        context.close()


def content(page):
    """The page's main content: Material's `article` inside `.md-content`."""
    return page.locator(".md-content article").first


def statement_hrefs(page) -> list[str]:
    """The statement links of the main content, in document order, relative to the site root."""
    return content(page).locator("a[href*='statements/']").evaluate_all(
        "links => links.map(a => a.href)"
    )


def check_timeline_order(page, base_url, path, expected):
    page.goto(base_url + path)
    expect(content(page)).to_be_visible()

    links = [href.removeprefix(base_url) for href in statement_hrefs(page)]
    assert links == [p for p, _ in expected], links

    # each entry shows its own date, and the entries' dates run in that order
    entries = content(page).locator("li").filter(has=page.locator("a[href*='statements/']"))
    texts = entries.all_inner_texts()
    assert len(texts) == len(expected), texts
    shown = [DATE.findall(t) for t in texts]
    assert shown == [[date] for _, date in expected], shown

    # and the page as a whole reads in that order too, after the summary line
    body = content(page).inner_text()
    first_entry = body.index(texts[0].strip())
    positions = [body.find(date, first_entry) for _, date in expected]
    assert -1 not in positions and positions == sorted(positions), positions


def test_the_oldest_first_timeline_lists_the_statements_in_date_order(page, base_url):
    check_timeline_order(page, base_url, "timeline/oldest-first/", OLDEST_FIRST)


def test_the_timeline_lists_the_statements_newest_first(page, base_url):
    check_timeline_order(page, base_url, "timeline/", list(reversed(OLDEST_FIRST)))
    # and links to the oldest-first reading
    page.get_by_role("link", name="read it oldest first").click()
    expect(content(page).locator("h1")).to_have_text("Timeline, oldest first")


def test_search_finds_the_statement_about_bucha(page, base_url):
    page.goto(base_url + "timeline/")
    hrefs = pagefind_search(page, "Bucha")
    assert any("statements/zhang-jun-ukraine-no-geopolitical-gain/" in h for h in hrefs), hrefs
    # the statements that never mention Bucha are not found
    assert not any("zhang-jun-donetsk-civilian-facilities" in h or "zhang-jun-gaza-ceasefire-council-presidency" in h for h in hrefs), hrefs
    # the best match is the statement itself
    assert "statements/zhang-jun-ukraine-no-geopolitical-gain/" in hrefs[0], hrefs


def test_pages_load_only_from_this_host_without_errors(page, base_url):
    requests: list[str] = []
    errors: list[str] = []
    # on the context, so the search worker's requests are recorded too
    page.context.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda message: errors.append(f"console: {message.text}")
            if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(f"page error: {error}"))

    for path in ("", "timeline/", OLDEST_FIRST[0][0]):
        response = page.goto(base_url + path, wait_until="load")
        assert response is not None and response.status == 200, (path, response and response.status)
        expect(content(page).locator("h1")).to_be_visible()
        page.wait_for_load_state("networkidle")

    assert any(url.endswith("/pagefind/pagefind-ui.js") for url in requests), requests
    elsewhere = [url for url in requests
                 if urlsplit(url).scheme not in ("data", "blob", "about")
                 and urlsplit(url).hostname not in LOCAL_HOSTS]
    assert elsewhere == [], f"requests to another host: {elsewhere}"
    assert errors == [], errors


# quote (its beginning) -> who the page must name for it
QUOTES_000 = {
    "We have requested an urgent open meeting": "Dmitry Polyanskiy",
    "China is deeply concerned": "Zhang Jun",
}

# for every quote paragraph in a blockquote: its text and the attribution that follows it
QUOTES_WITH_ATTRIBUTION = """
article => [...article.querySelectorAll("blockquote p")]
  .filter(p => !/^\\s*[—―–]/.test(p.textContent))
  .map(p => {
    let next = p.nextElementSibling;
    while (next && !/^\\s*[—―–]/.test(next.textContent)) next = next.nextElementSibling;
    const own = p.closest("blockquote");
    return {
      quote: p.textContent.trim(),
      attribution: next ? next.textContent.trim() : null,
      linked: next ? [...next.querySelectorAll("a[href*='speakers/']")].map(a => a.textContent.trim()) : [],
      blockquote: own.textContent,
    };
  })
"""


def quotes_on(page, base_url, path):
    page.goto(base_url + path)
    expect(content(page).locator("blockquote").first).to_be_visible()
    return content(page).evaluate(QUOTES_WITH_ATTRIBUTION)


@pytest.mark.parametrize("beginning, speaker", QUOTES_000.items())
def test_a_quote_is_shown_with_its_speaker(page, base_url, beginning, speaker):
    quotes = quotes_on(page, base_url, "statements/zhang-jun-donetsk-civilian-facilities/")
    matching = [q for q in quotes if q["quote"].lstrip("“\"'‘ ").startswith(beginning)]
    assert len(matching) == 1, [q["quote"][:60] for q in quotes]
    quote = matching[0]
    assert speaker in quote["blockquote"], quote
    # the attribution that belongs to this quote is the one naming the speaker
    assert quote["attribution"] is not None, f"no attribution follows {beginning!r}"
    assert speaker in quote["attribution"], quote


@pytest.mark.parametrize("path", [path for path, _ in OLDEST_FIRST])
def test_every_quote_on_a_statement_page_names_a_speaker(page, base_url, path):
    quotes = quotes_on(page, base_url, path)
    assert quotes, f"{path} shows no quotes"
    for quote in quotes:
        assert quote["attribution"], f"{path}: no speaker for {quote['quote'][:60]!r}"
        # every speaker of these sources is in speakers.yml, so each is a link to their page
        assert quote["linked"] and all(quote["linked"]), quote
        assert all(name in quote["attribution"] for name in quote["linked"]), quote
