"""The reader's site in headless Chromium, on a phone (390 px) and a desktop, light and dark, on the
repository's sources and the dev corpus: nothing scrolls sideways on any kind of page; provenance
right under a statement's title; Back undoes a filter change; "/" focuses search; dark mode when the
system prefers it; the menu marks the page's section; no invisible Tab stop; no console error, no
request to another host; axe-core finds nothing serious or critical, in light and in dark.
"""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from browser import serve_folder
from build_scripts.records import speaker_slug
from sites import CORPORA, built, records

PHONE = {"width": 390, "height": 844}
SERIOUS = {"serious", "critical"}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def served(request):
    site = built(request.param)
    with serve_folder(site) as url:
        yield site, url


def page_kinds(site) -> dict[str, str]:
    """One page of every kind, the busiest of each where it matters (most quotes, most topics)."""
    data = records(site)
    busiest = max(data, key=lambda r: (len(r["quotes"]), r["slug"]))
    topic = max({t for r in data for t in r["topics"]}, key=lambda t: (sum(t in r["topics"] for r in data), t))
    speaker = next(p.parent.name for p in sorted((site / "speakers").glob("*/index.html")))
    return {"home": "", "timeline": "timeline/", "timeline, oldest first": "timeline/oldest-first/",
            "statement": busiest["url"], "topics": "topics/", "topic": f"topics/{topic}/",
            "speakers": "speakers/", "speaker": f"speakers/{speaker}/", "about the data": "data/"}


class Session:
    """A browser context whose console errors, page errors and requests to other hosts are recorded."""

    def __init__(self, browser, **options):
        self.context = browser.new_context(**options)
        self.context.set_default_timeout(15_000)
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.context.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.context.on("weberror", lambda e: self.errors.append(str(e.error)))
        self.context.on("request", lambda r: self.outside.append(r.url)
                        if urlsplit(r.url).hostname not in ("127.0.0.1", None) else None)
        self.page = self.context.new_page()

    def open(self, url: str) -> None:
        response = self.page.goto(url)
        assert response is not None and response.status == 200, url
        self.page.wait_for_load_state("networkidle")


@pytest.fixture
def session(browser):
    made: list[Session] = []

    def make(**options) -> Session:
        made.append(Session(browser, **options))
        return made[-1]

    yield make
    for s in made:
        s.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_nothing_scrolls_sideways_on_a_phone(served, session, scheme):
    site, url = served
    s = session(viewport=PHONE, color_scheme=scheme, is_mobile=True, has_touch=True)
    wide = {}
    for kind, path in page_kinds(site).items():
        s.open(url + path)
        width = s.page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if width[0] > width[1]:
            wide[kind] = width
        # the site's name stays readable in the header
        title = s.page.locator(".md-header__title .md-header__topic").first
        expect(title).to_be_visible()
        assert title.evaluate("e => e.querySelector('.md-ellipsis').scrollWidth <= e.querySelector('.md-ellipsis').clientWidth + 1"), kind
    assert wide == {}
    assert s.errors == [] and s.outside == []


def test_provenance_is_the_first_thing_under_a_statements_title(served, session):
    site, url = served
    s = session(viewport=PHONE)
    for record in records(site):
        s.open(url + record["url"])
        under = s.page.locator("article h1 + p")
        expect(under).to_have_class("or-provenance")
        said = under.inner_text()
        source = record["source"]
        if source["publisher"]:
            assert said.startswith(f"Reported by {source['publisher']}"), (record["slug"], said)
        else:
            assert "not recorded" in said, (record["slug"], said)
        if source["published"]:
            assert "published " in said and "publication date not recorded" not in said
        else:
            assert "publication date not recorded" in said
        # the title and the provenance are in the first screen of a phone
        assert under.bounding_box()["y"] + under.bounding_box()["height"] < PHONE["height"]
    assert s.errors == [] and s.outside == []


def test_back_undoes_a_filter_change(served, session):
    site, url = served
    s = session(viewport={"width": 1280, "height": 900})
    s.open(url + "timeline/")
    expect(s.page.locator("form.or-filter")).to_be_visible()
    everything = s.page.locator("li.or-entry:visible").count()
    topic = s.page.locator("#or-filter-topic option[value]:not([value=''])").first.get_attribute("value")
    s.page.select_option("#or-filter-topic", topic)
    assert parse_qs(urlsplit(s.page.url).query) == {"topic": [topic]}
    filtered = s.page.locator("li.or-entry:visible").count()
    year = s.page.locator("#or-filter-year option[value]:not([value=''])").first.get_attribute("value")
    s.page.select_option("#or-filter-year", year)
    s.page.go_back()
    expect(s.page.locator("#or-filter-year")).to_have_value("")
    assert parse_qs(urlsplit(s.page.url).query) == {"topic": [topic]}
    assert s.page.locator("li.or-entry:visible").count() == filtered
    s.page.go_back()
    expect(s.page.locator("#or-filter-topic")).to_have_value("")
    assert urlsplit(s.page.url).path.endswith("/timeline/") and not urlsplit(s.page.url).query
    assert s.page.locator("li.or-entry:visible").count() == everything
    s.page.go_forward()
    expect(s.page.locator("#or-filter-topic")).to_have_value(topic)
    assert s.errors == []


def test_slash_focuses_search_but_not_while_typing(served, session):
    site, url = served
    s = session(viewport={"width": 1280, "height": 900})
    s.open(url + "timeline/")
    box = s.page.locator(".or-search input")
    expect(box).to_be_visible()
    s.page.locator("body").click(position={"x": 5, "y": 300})
    s.page.keyboard.press("/")
    expect(box).to_be_focused()
    assert box.input_value() == ""  # the slash is not typed into the box
    box.fill("a/b")
    assert box.input_value() == "a/b"


@pytest.mark.parametrize("scheme, palette", [("dark", "slate"), ("light", "default")])
def test_the_colour_scheme_follows_the_system_and_the_toggle(served, session, scheme, palette):
    site, url = served
    s = session(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    s.open(url + max(records(site), key=lambda r: len(r["quotes"]))["url"])
    assert s.page.evaluate("document.body.getAttribute('data-md-color-scheme')") == palette
    background = s.page.evaluate("getComputedStyle(document.body).backgroundColor")
    channels = [int(c) for c in background[background.index("(") + 1:background.index(")")].split(",")[:3]]
    assert (sum(channels) < 200) == (scheme == "dark"), background
    # the quotation is in the body's full-contrast colour, not Material's grey
    fg = s.page.evaluate("getComputedStyle(document.querySelector('article')).color")
    assert s.page.evaluate("getComputedStyle(document.querySelector('.or-quote blockquote')).color") == fg
    # the toggle switches to the other scheme
    s.page.locator("label.md-header__button[for^='__palette_']:visible").first.click()
    assert s.page.evaluate("document.body.getAttribute('data-md-color-scheme')") != palette
    assert s.errors == []


def test_the_menu_marks_the_section_of_a_generated_page(served, session):
    site, url = served
    s = session(viewport={"width": 1280, "height": 900})
    kinds = page_kinds(site)
    for path, section in ((kinds["statement"], "Timeline"), (kinds["topic"], "Topics"), (kinds["speaker"], "Speakers")):
        s.open(url + path)
        marked = s.page.locator(".md-nav--primary a[aria-current]").evaluate_all("as => as.map(a => a.textContent.trim())")
        assert section in marked, (path, marked)


def test_a_quotation_has_an_address_and_its_link_can_be_copied(served, session):
    site, url = served
    record = max(records(site), key=lambda r: len(r["quotes"]))
    s = session(viewport={"width": 1280, "height": 900}, permissions=["clipboard-read", "clipboard-write"])
    s.open(url + record["url"] + "#quote-2")
    assert s.page.evaluate("document.querySelector(':target').id") == "quote-2"
    button = s.page.locator("#quote-2 button.or-copy-link")
    expect(button).to_be_visible()
    button.click()
    expect(button).to_have_text("Link copied")
    copied = s.page.evaluate("navigator.clipboard.readText()")
    assert copied == url + record["url"] + "#quote-2"
    assert s.errors == []


def test_every_tab_stop_is_visible(served, session):
    site, url = served
    s = session(viewport={"width": 1280, "height": 900})
    for path in (page_kinds(site)["statement"], "timeline/"):
        s.open(url + path)
        hidden = []
        for _ in range(40):
            s.page.keyboard.press("Tab")
            # visible once its focus transition is over (Material's skip link fades in); a visually
            # hidden radio button (Material's palette toggle) shows its focus on the label after it
            seen = s.page.evaluate("""async () => { const e = document.activeElement;
                if (!e || e === document.body) return true;
                await Promise.all(e.getAnimations().map(a => a.finished));
                const shown = x => x && x.checkVisibility({opacityProperty: true, visibilityProperty: true})
                    && x.getBoundingClientRect().width > 0;
                const label = e.nextElementSibling;  // Material outlines .md-option.focus-visible + label
                return shown(e) || (e.matches("input.md-option[type=radio]") && label?.tagName === "LABEL" && shown(label)); }""")
            if not seen:
                hidden.append(s.page.evaluate("document.activeElement.outerHTML.slice(0, 120)"))
        assert hidden == [], path


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_on_a_phone_finds_no_serious_violation(served, session, scheme):
    site, url = served
    s = session(viewport=PHONE, color_scheme=scheme)
    axe = Axe()
    found = {}
    for kind, path in page_kinds(site).items():
        s.open(url + path)
        result = axe.run(s.page)
        serious = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result.response["violations"]
                   if v["impact"] in SERIOUS]
        if serious:
            found[kind] = serious
    assert found == {}
    assert s.errors == [] and s.outside == []


def test_search_results_say_the_kind_of_page_the_speaker_and_the_date(served, session):
    site, url = served
    data = records(site)
    record = next(r for r in data if r["date"] and r["quotes"] and r["speakers"])
    s = session(viewport={"width": 1280, "height": 900})
    s.open(url)
    box = s.page.locator(".or-search input")
    box.fill(record["title"])
    result = s.page.locator(".pagefind-ui__result").filter(
        has=s.page.locator(f".pagefind-ui__result-link[href*='statements/{record['slug']}/']"))
    expect(result).to_have_count(1)
    tags = result.locator(".pagefind-ui__result-tag").all_inner_texts()
    shown = {t.split(":", 1)[0].strip().lower(): t.split(":", 1)[1].strip() for t in tags}
    assert shown.get("kind") == "Statement", tags
    assert shown.get("speaker") == record["speakers"][0], tags
    assert shown.get("date") and record["date"][:4] in shown["date"], tags
    # an index page says what it is (after the statements: "Load more" until it shows)
    box.fill(record["speakers"][0])
    s.page.wait_for_function("q => document.querySelector('.pagefind-ui__message')?.textContent.includes(q)",
                             arg=record["speakers"][0])
    speaker = s.page.locator(".pagefind-ui__result").filter(
        has=s.page.locator(f".pagefind-ui__result-link[href$='speakers/{speaker_slug(record['speakers'][0])}/']"))
    more = s.page.locator(".pagefind-ui__button")
    while not speaker.count() and more.count():
        more.click()
        s.page.wait_for_timeout(300)
    expect(speaker.locator(".pagefind-ui__result-tag")).to_have_text("Kind: Speaker")
    # the excerpt is readable: at least 13 px
    size = result.locator(".pagefind-ui__result-excerpt").evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert size >= 13
    assert s.errors == []
