"""Hostile sources, proven harmless in headless Chromium: no dialog opens, no script from a source
runs, nothing active is on the page and no request leaves for another host."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import sync_playwright

from browser import launch, serve_folder
from conftest import FIXTURES, ROOT

HOSTILE = FIXTURES / "hostile" / "sources"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("hostile") / "site"
    env = {**os.environ, "ON_RECORD_SOURCES": str(HOSTILE), "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-d", str(out)], cwd=ROOT, env=env,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return out


def test_every_page_is_inert_in_a_browser(site):
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("index.html"))
    assert any(p.startswith("statements/saved-page-with-scripts") for p in pages)
    dialogs, foreign, errors = [], [], []
    with serve_folder(site) as base, sync_playwright() as pw:
        browser = launch(pw)
        context = browser.new_context()
        context.on("request", lambda r: foreign.append(r.url) if urlparse(r.url).hostname not in ("127.0.0.1", None) else None)
        page = context.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: errors.append(str(e)))
        for path in pages:
            page.goto(f"{base}/{path.removesuffix('index.html')}")
            page.wait_for_load_state("networkidle")
            active = page.evaluate("""() => ({
                handlers: document.querySelectorAll('[onerror],[onclick],[onmouseover],[onload]').length,
                scripts: [...document.scripts].filter(s => !s.src.startsWith(location.origin) && s.textContent.includes('alert')).length,
                javascriptLinks: document.querySelectorAll('a[href^="javascript:"], a[href^="data:"]').length,
                frames: document.querySelectorAll('iframe, object, embed').length,
                images: [...document.images].filter(i => !i.src.startsWith(location.origin)).length,
            })""")
            assert active == {"handlers": 0, "scripts": 0, "javascriptLinks": 0, "frames": 0, "images": 0}, path
        browser.close()
    assert dialogs == [] and foreign == [] and errors == []


def test_the_hostile_text_is_shown_as_text(site):
    html = (site / "statements" / "every-field-injected" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in html or "&lt;script&gt;alert('title')&lt;/script&gt;" in html
    assert "{{ config }}" in html  # template syntax is shown, not run
