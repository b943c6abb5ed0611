"""Builds you can trust: killed builds leave the last output usable, nothing hand-written is lost,
stale pages go, and the order files are listed in changes nothing."""
from __future__ import annotations

import os
import pathlib
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from build_scripts.pipeline import convert_folder
from conftest import DEV_CORPUS, ROOT, digest, front_matter


def big_corpus(folder: Path, copies: int) -> Path:
    """The dev corpus many times over: a conversion long enough to be killed halfway."""
    folder.mkdir()
    for name in ("topics.yml", "speakers.yml"):
        shutil.copy(DEV_CORPUS / "sources" / name, folder)
    for i in range(copies):
        for source in (DEV_CORPUS / "sources").glob("*.txt"):
            shutil.copy(source, folder / f"{source.stem}_{i}.txt")
    return folder


def convert_cli(sources: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "build_scripts", "convert", str(sources), str(out)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


KILLPOINT = ROOT / "tests" / "killpoint.py"


def stopped_at(point: str, count: int, args: list[str], env: dict[str, str] | None = None) -> subprocess.Popen:
    """Run the command line until it stops itself at a point the build reaches (tests/killpoint.py),
    and return it stopped there: the kill then lands at that point, whatever the machine's speed."""
    run = subprocess.Popen([sys.executable, str(KILLPOINT), point, str(count), "--", *args], cwd=ROOT, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    _, status = os.waitpid(run.pid, os.WUNTRACED)
    if not os.WIFSTOPPED(status):
        run.returncode = os.waitstatus_to_exitcode(status)
        pytest.fail(f"the build exited ({run.returncode}) before it reached the point '{point} {count}'")
    return run


def kill(run: subprocess.Popen) -> None:
    os.killpg(run.pid, signal.SIGKILL)  # the command and its workers, as when its terminal is closed
    assert run.wait() == -signal.SIGKILL


@pytest.mark.parametrize("pages", [1, 7, 40])
def test_a_conversion_killed_halfway_leaves_the_previous_pages_intact(tmp_path, pages):
    sources = big_corpus(tmp_path / "sources", 20)
    out = tmp_path / "out"
    assert convert_cli(sources, out).wait() == 0
    before = digest(out)
    for page in (sources).glob("1*_1*.txt"):  # change some sources, so a finished run would change pages
        page.write_text(page.read_text(encoding="utf-8").replace("said", "stated"), encoding="utf-8")
    kill(stopped_at("page", pages, ["convert", str(sources), str(out)]))  # killed after its nth page
    def visible(found: dict[str, str]) -> set[str]:
        return {k for k in found if not Path(k).name.startswith(".")}
    after = digest(out)
    assert after != before  # it was killed while it wrote
    assert visible(after) == visible(before)  # no page lost, none half-added
    visible = visible(after)
    for name in visible:
        if name.endswith(".md"):
            front_matter(out / name)  # every page is whole and readable
    assert convert_cli(sources, out).wait() == 0
    assert not [k for k in digest(out) if Path(k).name.startswith(".tmp-")]


@pytest.mark.parametrize("point", ["index", "swap"])
def test_a_site_build_killed_halfway_leaves_the_previous_site(tmp_path, point):
    site = tmp_path / "site"
    env = {**os.environ, "ON_RECORD_SOURCES": str(ROOT / "sources"), "NO_MKDOCS_2_WARNING": "1"}
    command = ["site", "--site-dir", str(site), "--config", str(ROOT / "mkdocs.yml")]
    assert subprocess.run([sys.executable, "-m", "build_scripts", *command], cwd=ROOT, env=env,
                          capture_output=True).returncode == 0
    before = digest(site)
    env["ON_RECORD_SOURCES"] = str(big_corpus(tmp_path / "sources", 3))
    run = stopped_at(point, 1, command, env)  # MkDocs has built the new site beside the old one
    staging = [p for p in tmp_path.iterdir() if p.name.startswith(".site-")]
    assert staging and any(staging[0].rglob("*.html"))
    kill(run)
    assert digest(site) == before


def test_a_finished_site_build_replaces_the_site_whole(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "stale.html").write_text("old", encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    run = subprocess.run([sys.executable, "-m", "build_scripts", "site", "--strict", "--site-dir", str(site)],
                         cwd=ROOT, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert (site / "timeline" / "index.html").is_file() and not (site / "stale.html").exists()
    assert oct(site.stat().st_mode & 0o777) == "0o755"


def test_hand_written_pages_in_docs_win_and_are_never_touched(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copy(ROOT / "mkdocs.yml", project)
    (project / "build_scripts").mkdir()
    shutil.copy(ROOT / "build_scripts" / "hook.py", project / "build_scripts")
    (project / "docs" / "timeline.md").write_text("# Our own timeline\n\nWritten by hand.\n", encoding="utf-8")
    before = digest(project / "docs")
    env = {**os.environ, "ON_RECORD_SOURCES": str(ROOT / "sources"), "NO_MKDOCS_2_WARNING": "1"}
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
                         cwd=project, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert digest(project / "docs") == before
    assert "Written by hand." in (tmp_path / "site" / "timeline" / "index.html").read_text(encoding="utf-8")


def test_the_page_of_a_removed_source_is_removed_on_the_next_conversion(tmp_path):
    sources = tmp_path / "sources"
    shutil.copytree(DEV_CORPUS / "sources", sources)
    out = tmp_path / "out"
    (out / "notes").mkdir(parents=True)
    (out / "notes" / "mine.md").write_text("# Mine\n", encoding="utf-8")
    assert convert_cli(sources, out).wait() == 0
    assert (out / "statements" / "104-two-speakers.md").is_file()
    (sources / "104_two_speakers.txt").unlink()
    assert convert_cli(sources, out).wait() == 0
    assert not (out / "statements" / "104-two-speakers.md").exists()
    assert (out / "notes" / "mine.md").read_text(encoding="utf-8") == "# Mine\n"


def test_the_order_files_are_listed_in_changes_nothing(monkeypatch):
    forward = convert_folder(DEV_CORPUS / "sources")
    real_rglob = pathlib.Path.rglob
    monkeypatch.setattr(pathlib.Path, "rglob", lambda self, pattern: reversed(list(real_rglob(self, pattern))))
    backward = convert_folder(DEV_CORPUS / "sources")
    assert [(p.path, p.content) for p in forward.pages] == [(p.path, p.content) for p in backward.pages]


def test_two_conversions_from_different_folders_write_identical_pages(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for out, cwd in ((tmp_path / "one", ROOT), (tmp_path / "two", elsewhere)):
        run = subprocess.run([sys.executable, "-m", "build_scripts", "convert", str(DEV_CORPUS / "sources"), str(out)],
                             cwd=cwd, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert run.returncode == 0, run.stderr
    assert digest(tmp_path / "one") == digest(tmp_path / "two")
