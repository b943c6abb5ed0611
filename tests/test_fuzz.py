"""Property-based tests: random text, front matter and HTML never crash the converter.

Every problem a random source causes must be one of the catalogued, clear messages, never
the safety net's "fault in On Record" (which would mean an unexpected exception).
"""
from __future__ import annotations

import re
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from build_scripts.convert import INTERNAL_ERROR
from build_scripts.pipeline import convert_folder
from build_scripts.render import text as escape
from conftest import DEV_CORPUS

REGISTRY = {name: (DEV_CORPUS / "sources" / name).read_text(encoding="utf-8") for name in ("topics.yml", "speakers.yml")}
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KEYS = ["title", "date", "published", "url", "publisher", "speakers", "topics", "venue", "see_also", "slug"]

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=40),
                    st.dates().map(str), st.sampled_from(["2023-13-45", "2023-02", "2023", "javascript:x",
                                                          "https://example.org/a", "ukraine", "Zhang Jun"]))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                      max_leaves=8)
front_matters = st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=10), values, max_size=6)
words = st.sampled_from(["Zhang", "said", "the", "envoy", "\"", "“", "”", "‘", "’", "«", "»", "on", "Tuesday",
                         "Nov.", "1", "2023", "she", "he", "—", ",", ".", "\n", "\n\n", "Ukraine", "Ms.", "told",
                         "UNITED NATIONS, March 14 (Xinhua) --", "<script>", "{{", "---", "#", "> ", "[x](y)"])
articles = st.one_of(st.text(max_size=400), st.lists(words, max_size=80).map(" ".join))
tags = st.sampled_from(["div", "p", "span", "article", "nav", "footer", "script", "h1", "time", "aside", "main", "a"])


@st.composite
def html_pages(draw) -> str:
    def element(depth: int) -> str:
        tag = draw(tags)
        attrs = draw(st.sampled_from(["", ' class="x"', ' onerror="alert(1)"', ' datetime="2023-05-01"', ' href="javascript:x"']))
        inner = "".join(element(depth + 1) if depth < 4 and draw(st.booleans()) else draw(articles)
                        for _ in range(draw(st.integers(0, 3))))
        return f"<{tag}{attrs}>{inner}</{tag}>"
    head = draw(st.sampled_from(["", "<title>T</title>", '<meta property="article:published_time" content="2023-06-12">',
                                 '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": 5}</script>']))
    return f"<html><head>{head}</head><body>{element(0)}</body></html>"


def convert(files: dict[str, str | bytes]) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, content in {**REGISTRY, **files}.items():
            (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass"))
        result = convert_folder(folder)
        for s in result.statements:
            assert all(q.speaker for q in s.quotes)  # a published quote always has its speaker
        return [str(p) for p in result.problems]


# The forms of the catalogued messages (tests/fixtures/bad/expected.yml and the README)
CATALOGUE = re.compile(r"^[^:]+(?::\d+)?: (?:" + "|".join([
    r"is empty; add the article text", r"is a binary file, not text", r"is not valid UTF-8; it was read as Windows-1252",
    r"is UTF-16 text", r"claims to be UTF-16", r"starts with a byte-order mark", r"has Windows \(CRLF\) line endings",
    r"front matter opens with '---' but never closes", r"front matter is not valid YAML \(.*\); fix the YAML",
    r"front matter is (?:a list|a single string|a number|a true/false value|a single value), not a mapping",
    r"front matter key '.*' is unknown; use one of", r"front matter '\w+': .*\(the value is ignored\)",
    r"front matter 'date' .* is in the future", r"front matter topic '.*' is not in topics.yml",
    r"has no article text to read", r"the article could not be told apart from the rest of the page",
    r"has spaces or letters outside ASCII in its name", r"would have the same address as",
    # what one source may multiply is capped, and a date outside 1900–today set aside (build_scripts/caps.py)
    r"has \d+ quotations; they are published over \d+ pages of \d+", r"has a quotation longer than",
    r"names \d+ speakers; the first", r"has \d+ topics; the first", r"has a speaker, venue or publisher longer",
    r"gives quotations to \d+ people; those of \d+ keep their speaker",
    r"lists \d+ addresses in 'see_also'", r"has the date [\d-]+, (?:before 1900|after today); it is published undated",
    r"has a title of [\d,]+ characters", r"has more than [\d,]+ characters of text",
]) + r")", re.S)


def assert_only_catalogued(problems: list[str]) -> None:
    assert not [p for p in problems if INTERNAL_ERROR in p], problems
    assert all(CATALOGUE.match(p) for p in problems), [p for p in problems if not CATALOGUE.match(p)]


@FUZZ
@given(articles)
def test_random_text(article):
    assert_only_catalogued(convert({"random.txt": article.encode("utf-8", "replace")}))


@FUZZ
@given(front_matters, articles)
def test_random_front_matter(meta, article):
    head = yaml.safe_dump(meta, allow_unicode=True) if meta else ""
    assert_only_catalogued(convert({"random.md": f"---\n{head}---\n{article}".encode("utf-8", "replace")}))


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes(data):
    assert_only_catalogued(convert({"random.txt": data}))


@FUZZ
@given(html_pages())
def test_random_html(page):
    assert_only_catalogued(convert({"random.html": page.encode("utf-8", "replace")}))


@FUZZ
@given(st.text(max_size=200))
def test_escaped_text_never_holds_markup(value):
    out = escape(value)
    assert "<" not in out and not re.search(r"(?<!\\)\[", out) and "\n" not in out
