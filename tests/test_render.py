"""Rendering: generated pages match the golden files beside their sources; source text stays text.

To accept a deliberate change in the output: UPDATE_GOLDEN=1 pytest tests/test_render.py, then review the diff.
"""
from __future__ import annotations

import os

import pytest

from build_scripts.pipeline import convert_folder
from build_scripts.render import quoted, text
from conftest import FIXTURES

RENDER = FIXTURES / "render"


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    result = convert_folder(RENDER / "sources")
    assert result.problems == ()
    return {p.path: p.content for p in result.pages}


def test_pages_match_the_golden_files(pages):
    """Every generated file: the Markdown pages, and the charts, feeds and data files beside them (bytes)."""
    golden = RENDER / "expected"
    if os.environ.get("UPDATE_GOLDEN"):
        for path, content in pages.items():
            (golden / path).parent.mkdir(parents=True, exist_ok=True)
            (golden / path).write_bytes(content.encode("utf-8"))
    on_disk = {p.relative_to(golden).as_posix(): p.read_bytes().decode("utf-8") for p in golden.rglob("*") if p.is_file()}
    assert sorted(on_disk) == sorted(pages)
    for path, content in pages.items():
        assert content == on_disk[path], f"{path} differs from its golden file"


def test_month_precision_shows_only_the_month(pages):
    assert "**Said:** October 2023" in pages["statements/month-only-curator-date.md"]
    assert "date_precision: month" in pages["statements/month-only-curator-date.md"]


@pytest.mark.parametrize("hostile, rendered", [
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
    ("![i](https://evil.example/x.png)", "!\\[i\\](https://evil.example/x.png)"),
    ("# not a heading", "\\# not a heading"),
    ("- not a list", "\\- not a list"),
    ("{{ config }} {% x %}", "\\{\\{ config \\}\\} \\{% x %\\}"),
    ("a & b", "a &amp; b"),
])
def test_source_text_is_escaped(hostile, rendered):
    assert text(hostile) == rendered


def test_a_quotation_drops_the_articles_trailing_comma():
    assert quoted("We will not walk away,") == "We will not walk away"
