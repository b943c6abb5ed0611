"""Issue 16, class B: nothing removed outside the output folder, nothing planted in the hook's pages."""
from __future__ import annotations

import hashlib
import json
import os
import tempfile

import pytest

from build_scripts import hook
from build_scripts.model import Page
from build_scripts.write import MANIFEST, write_pages


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("how", ["dotdot", "absolute", "link"])
def test_a_crafted_manifest_cannot_remove_a_file_outside_the_output_folder(tmp_path, how):
    out, victim = tmp_path / "out", tmp_path / "victim.txt"
    out.mkdir()
    victim.write_text("keep me\n", encoding="utf-8")
    listed = {"dotdot": "../victim.txt", "absolute": str(victim), "link": "away/victim.txt"}[how]
    if how == "link":
        (out / "away").symlink_to(tmp_path, target_is_directory=True)
    (out / MANIFEST).write_text(json.dumps({listed: sha(b"keep me\n")}), encoding="utf-8")
    changed, problems = write_pages([Page("index.md", "---\ngenerator: on-record\n---\n")], out)
    assert victim.read_text(encoding="utf-8") == "keep me\n"
    assert listed not in changed
    assert [p.file for p in problems] == [MANIFEST]
    assert f"lists {listed!r}, which is not inside" in problems[0].message


def test_a_manifest_still_removes_our_own_stale_page(tmp_path):
    out = tmp_path / "out"
    write_pages([Page("a.md", "one\n"), Page("sub/b.json", "{}\n")], out)
    changed, problems = write_pages([Page("a.md", "one\n")], out)
    assert changed == ["sub/b.json"] and problems == [] and not (out / "sub" / "b.json").exists()


@pytest.fixture
def temp_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setitem(hook.state, "private", None)
    return tmp_path / f"on-record-{os.getuid()}"


def test_the_pages_folder_with_the_cache_off_is_made_private(temp_folder):
    assert hook.private_temp_folder() == temp_folder
    assert temp_folder.stat().st_mode & 0o777 == 0o700


def test_a_shared_folder_planted_under_the_predictable_name_is_not_used(temp_folder):
    temp_folder.mkdir()
    temp_folder.chmod(0o777)  # anyone could have put pages in it
    (temp_folder / "planted.md").write_text("<script>alert(1)</script>\n", encoding="utf-8")
    folder = hook.private_temp_folder()
    assert folder != temp_folder and not (folder / "planted.md").exists()
    assert folder.stat().st_mode & 0o777 == 0o700 and folder.stat().st_uid == os.getuid()


def test_a_link_planted_under_the_predictable_name_is_not_followed(temp_folder, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    temp_folder.symlink_to(elsewhere, target_is_directory=True)
    assert hook.private_temp_folder() not in (temp_folder, elsewhere)


def test_our_own_folder_from_before_is_made_private_and_kept(temp_folder):
    temp_folder.mkdir(mode=0o755)
    temp_folder.chmod(0o755)
    assert hook.private_temp_folder() == temp_folder
    assert temp_folder.stat().st_mode & 0o777 == 0o700
