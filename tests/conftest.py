"""Shared paths and helpers for the tests: every test reads real files under tests/fixtures/."""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import pytest
import yaml

# Every conversion in the tests starts cold, so timings and kills mean the same on every run;
# tests/test_cache.py passes its own cache folder.
os.environ["ON_RECORD_CACHE"] = "off"

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
DEV_CORPUS = FIXTURES / "corpus" / "dev"


def digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def front_matter(page: Path) -> dict:
    text = page.read_text(encoding="utf-8")
    m = re.match(r"\A---\n(.*?)\n---\n", text, re.S)
    assert m, f"{page} has no front matter"
    return yaml.safe_load(m.group(1))


def words(text: str) -> list[str]:
    """Words as the scorer compares them: case, punctuation and quotation marks ignored."""
    text = re.sub(r"[\u2018\u2019\u201b\u2032`´]", "'", (text or "").lower())
    return [w.strip("'") for w in re.findall(r"[\w']+", text) if w.strip("'")]


@pytest.fixture
def registry():
    from build_scripts.read import read_registry
    found, problems = read_registry(DEV_CORPUS / "sources")
    assert problems == []
    return found


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium per test module (Debian's, see tests/browser.py)."""
    from playwright.sync_api import sync_playwright

    from browser import launch
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        try:
            yield chromium
        finally:
            chromium.close()
