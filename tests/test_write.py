"""Writing pages: only what changed, never a hand-written page, and stale pages of ours removed."""
from __future__ import annotations

import os

from build_scripts.model import Page
from build_scripts.render import front
from build_scripts.write import write_pages

OURS = front({"generator": "on-record"})


def test_a_hand_written_page_is_never_overwritten(tmp_path):
    (tmp_path / "timeline.md").write_text("# My own timeline\n", encoding="utf-8")
    changed, problems = write_pages([Page("timeline.md", OURS + "# Generated\n")], tmp_path)
    assert changed == [] and len(problems) == 1 and "hand-written" in problems[0].message
    assert (tmp_path / "timeline.md").read_text(encoding="utf-8") == "# My own timeline\n"


def test_unchanged_pages_are_not_rewritten_and_stale_ones_are_removed(tmp_path):
    pages = [Page("a.md", OURS + "A\n"), Page("statements/b.md", OURS + "B\n")]
    assert sorted(write_pages(pages, tmp_path)[0]) == ["a.md", "statements/b.md"]
    os.utime(tmp_path / "a.md", (1, 1))
    changed, _ = write_pages([pages[0]], tmp_path)
    assert changed == ["statements/b.md"] and not (tmp_path / "statements" / "b.md").exists()
    assert os.stat(tmp_path / "a.md").st_mtime == 1  # untouched


def test_a_page_cannot_be_written_outside_the_output_folder(tmp_path):
    out = tmp_path / "out"
    changed, problems = write_pages([Page("../escaped.md", OURS)], out)
    assert changed == [] and problems and not (tmp_path / "escaped.md").exists()


def test_data_files_are_ours_by_the_manifest_and_edits_by_hand_are_kept(tmp_path):
    pages = [Page("statements.json", "[1]\n"), Page("feed.xml", "<feed/>\n")]
    assert sorted(write_pages(pages, tmp_path)[0]) == ["feed.xml", "statements.json"]
    changed, problems = write_pages([Page("statements.json", "[1, 2]\n"), Page("feed.xml", "<feed/>\n")], tmp_path)
    assert changed == ["statements.json"] and problems == []
    (tmp_path / "feed.xml").write_text("<feed>edited by hand</feed>\n", encoding="utf-8")
    changed, problems = write_pages([Page("statements.json", "[1, 2]\n"), Page("feed.xml", "<feed>new</feed>\n")], tmp_path)
    assert changed == [] and len(problems) == 1 and "hand-written" in problems[0].message
    changed, _ = write_pages([Page("feed.xml", "<feed>edited by hand</feed>\n")], tmp_path)
    assert changed == ["statements.json"] and not (tmp_path / "statements.json").exists()
