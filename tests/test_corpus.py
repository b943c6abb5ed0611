"""The converter's contract on the labeled dev corpus (a copy in tests/fixtures/corpus/dev).

`python -m build_scripts convert SOURCES OUT` runs as other tools run it; every page's front
matter is compared with expected.yml the way ../shared/eval/score.py compares it.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import DEV_CORPUS, ROOT, digest, front_matter, words

LABELS: dict = yaml.safe_load((DEV_CORPUS / "expected.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, dict]:
    out = tmp_path_factory.mktemp("dev-pages")
    before = digest(DEV_CORPUS / "sources")
    run = subprocess.run([sys.executable, "-m", "build_scripts", "convert", str(DEV_CORPUS / "sources"), str(out)],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert digest(DEV_CORPUS / "sources") == before, "the converter changed its sources"
    found = {}
    for page in sorted((out / "statements").rglob("*.md")):
        meta = front_matter(page)
        found[Path(meta["source"]["file"]).name] = meta
    return found


def test_one_page_per_source(pages):
    assert sorted(pages) == sorted(LABELS)


@pytest.mark.parametrize("name", sorted(LABELS))
def test_date_and_precision(pages, name):
    want = LABELS[name]
    got = pages[name]
    assert (str(got["date"]) if got["date"] else None, got["date_precision"]) == \
        (str(want["date"]) if want["date"] else None, want["date_precision"])
    if got["date"] is None:
        assert any(r.startswith("date:") for r in got["review"]), "an undated page must be flagged"


@pytest.mark.parametrize("name", sorted(LABELS))
def test_speakers_primary_first(pages, name):
    assert pages[name]["speakers"] == LABELS[name]["speakers"]


@pytest.mark.parametrize("name", sorted(LABELS))
def test_quotes_and_who_said_them(pages, name):
    got = [(words(q["text"]), q["speaker"]) for q in pages[name]["quotes"] if len(q["text"].split()) >= 5]
    want = [(words(q["text"]), q["speaker"]) for q in LABELS[name].get("quotes") or []]
    assert got == want


def test_topics_overall(pages):
    tp = pred = gold = 0
    for name, want in LABELS.items():
        g, w = set(pages[name]["topics"]), set(want["topics"] or [])
        tp, pred, gold = tp + len(g & w), pred + len(g), gold + len(w)
    precision, recall = tp / pred, tp / gold
    f1 = 2 * precision * recall / (precision + recall)
    print(f"topic precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}")
    assert f1 >= 0.95
