"""End to end: convert and build with `mkdocs build --strict`, on the repository's sources and the dev corpus."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DEV_CORPUS, FIXTURES, ROOT, digest

MKDOCS = [sys.executable, "-m", "mkdocs"]


def build(sources: Path, site: Path, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "ON_RECORD_SOURCES": str(sources), "SOURCE_DATE_EPOCH": "1700000000",
           "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([*MKDOCS, "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(site)],
                          cwd=cwd, env=env, capture_output=True, text=True)


@pytest.mark.parametrize("sources", [ROOT / "sources", DEV_CORPUS / "sources"], ids=["repository", "dev-corpus"])
def test_strict_build_passes_and_leaves_sources_untouched(sources, tmp_path):
    before = digest(sources)
    run = build(sources, tmp_path / "site")
    assert run.returncode == 0, run.stderr
    assert digest(sources) == before
    statements = sorted(p.parent.name for p in (tmp_path / "site" / "statements").glob("*/index.html"))
    assert len(statements) == len([p for p in sources.iterdir() if p.suffix in (".txt", ".md", ".html")])
    for page in ("index.html", "timeline/index.html", "topics/index.html", "speakers/index.html"):
        assert (tmp_path / "site" / page).is_file()


def test_the_repository_site(tmp_path):
    assert build(ROOT / "sources", tmp_path / "site").returncode == 0
    # the timeline reads newest first; its other page oldest first, in date order
    oldest = (tmp_path / "site" / "timeline" / "oldest-first" / "index.html").read_text(encoding="utf-8")
    order = [m.group(1) for m in re.finditer(r'href="\.\./\.\./statements/([^/]+)/"', oldest)]
    assert order == ["zhang-jun-ukraine-no-geopolitical-gain", "zhang-jun-gaza-ceasefire-council-presidency", "zhang-jun-donetsk-civilian-facilities"]
    timeline = (tmp_path / "site" / "timeline" / "index.html").read_text(encoding="utf-8")
    order = [m.group(1) for m in re.finditer(r'href="\.\./statements/([^/]+)/"', timeline)]
    assert order == ["zhang-jun-donetsk-civilian-facilities", "zhang-jun-gaza-ceasefire-council-presidency", "zhang-jun-ukraine-no-geopolitical-gain"]
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "<strong>3</strong> statements, from 5 April 2022 to 8 November 2023" in home
    page = (tmp_path / "site" / "statements" / "zhang-jun-donetsk-civilian-facilities" / "index.html").read_text(encoding="utf-8")
    polyanskiy = page.index("We have requested an urgent open meeting")
    assert page.index("Dmitry Polyanskiy", polyanskiy) < page.index("</blockquote>", polyanskiy)
    for name in ("zhang-jun", "dmitry-polyanskiy"):
        assert (tmp_path / "site" / "speakers" / name / "index.html").is_file()
    for topic in ("ukraine", "gaza", "civilians"):
        assert (tmp_path / "site" / "topics" / topic / "index.html").is_file()
    # no request to another host: no Google Fonts, no CDN
    for html in (tmp_path / "site").rglob("*.html"):
        assert not re.search(r'(?:src|href)="(?:https?:)?//(?:fonts\.|cdn|unpkg|cdnjs)', html.read_text(encoding="utf-8")), html


def test_two_builds_are_byte_identical(tmp_path):
    assert build(ROOT / "sources", tmp_path / "one").returncode == 0
    other_cwd = tmp_path / "elsewhere"
    other_cwd.mkdir()
    assert build(ROOT / "sources", tmp_path / "two", cwd=other_cwd).returncode == 0
    assert digest(tmp_path / "one") == digest(tmp_path / "two")


def test_hostile_sources_render_as_text(tmp_path):
    sources = FIXTURES / "hostile" / "sources"
    run = build(sources, tmp_path / "site")
    assert run.returncode == 1  # the bad url, data: address and YAML tag are reported, so --strict fails
    run = subprocess.run([*MKDOCS, "build", "-f", str(ROOT / "mkdocs.yml"), "-d", str(tmp_path / "site")], cwd=ROOT,
                         env={**os.environ, "ON_RECORD_SOURCES": str(sources), "NO_MKDOCS_2_WARNING": "1"},
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert not (tmp_path / "escaped").exists() and not Path("/tmp/pwned").exists()
    for html in (tmp_path / "site").rglob("*.html"):
        content = html.read_text(encoding="utf-8")
        body = content.split('<div class="md-content"', 1)[-1]
        assert "<script>alert" not in content, html
        assert not re.search(r"<(?:img|iframe|div)[^>]*(?:onerror|onclick|evil)", body, re.I), html
        assert 'href="javascript:' not in content and 'href="data:' not in content, html
        assert "onmouseover" not in body.replace("onmouseover=alert(1)&gt;", ""), html
