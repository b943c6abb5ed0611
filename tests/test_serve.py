"""`mkdocs serve` shows an edited and an added source without a restart and without a rebuild loop.

The server runs on a copy of the site's configuration, docs and sources in a temporary
folder, so editing a source there never touches the repository.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).parents[1]
MKDOCS = Path(sys.executable).parent / "mkdocs"

EDITED_SOURCE = "001_a096b4644050c45c.txt"
EDITED_TITLE = "Edited title for the serve test"
ADDED_SOURCE = "003_added.txt"
ADDED_PAGE = "statements/003-added/"
ADDED_QUOTE = "We call on all parties to exercise restraint and return to dialogue"
ADDED_TEXT = f"""---
date: 2023-12-01
---
China calls for restraint in the Red Sea

"{ADDED_QUOTE}," Zhang Jun said at the Security Council on Friday.
"""
REBUILD_LINES = ("Building documentation", "Detected file changes")


@dataclass
class Served:
    folder: Path
    url: str
    process: subprocess.Popen
    log: Path

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def rebuilds(self) -> int:
        text = self.log_text()
        return sum(text.count(line) for line in REBUILD_LINES)

    def tail(self) -> str:
        return "\n--- mkdocs serve log (tail) ---\n" + "\n".join(self.log_text().splitlines()[-40:])


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> tuple[int, str] | None:
    """(status, body), or None while nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8", errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, ""
    except (urllib.error.URLError, ConnectionError, TimeoutError, socket.timeout):
        return None


def wait_for(condition, timeout: float, what: str, served: Served, interval: float = 0.25):
    """Poll `condition()` until it returns something truthy; fail with the server's log if it never does."""
    deadline = time.monotonic() + timeout
    while True:
        assert served.process.poll() is None, f"mkdocs serve exited ({served.process.returncode}) while waiting for {what}{served.tail()}"
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}{served.tail()}")
        time.sleep(interval)


def wait_until_quiet(served: Served, quiet: float = 2.0, timeout: float = 30.0) -> None:
    """Wait until the log has not grown for `quiet` seconds."""
    deadline = time.monotonic() + timeout
    size, since = served.log.stat().st_size, time.monotonic()
    while time.monotonic() - since < quiet:
        if time.monotonic() > deadline:
            pytest.fail(f"the server's log never went quiet for {quiet:.0f} s: a rebuild loop?{served.tail()}")
        time.sleep(0.2)
        now = served.log.stat().st_size
        if now != size:
            size, since = now, time.monotonic()


@pytest.fixture
def served(tmp_path) -> Served:
    folder = tmp_path / "site-src"
    folder.mkdir()
    shutil.copy2(REPO / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(REPO / "docs", folder / "docs")
    shutil.copytree(REPO / "sources", folder / "sources")
    # mkdocs.yml names its hook relative to itself; the hook imports the installed package
    (folder / "build_scripts").mkdir()
    shutil.copy2(REPO / "build_scripts" / "hook.py", folder / "build_scripts" / "hook.py")

    assert MKDOCS.is_file(), f"no mkdocs beside {sys.executable}"
    port = free_port()
    log = tmp_path / "serve.log"
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "NO_MKDOCS_2_WARNING": "1",
           "PYTHONUNBUFFERED": "1"}
    env.pop("ON_RECORD_SOURCES", None)  # the copied sources/ beside the copied mkdocs.yml
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [str(MKDOCS), "serve", "--dirty", "-a", f"127.0.0.1:{port}"],  # as `make serve` runs it
            cwd=folder, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )
    served = Served(folder, f"http://127.0.0.1:{port}/", process, log)
    try:
        yield served
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


def test_serve_shows_an_edited_and_an_added_source_without_restart_or_loop(served):
    def timeline():
        answer = fetch(served.url + "timeline/")
        return answer if answer and answer[0] == 200 else None

    status, page = wait_for(timeline, 60, "/timeline/ to answer", served)
    pid = served.process.pid
    assert EDITED_TITLE not in page
    assert "China to push for Gaza cease-fire" in page, "the unedited title is listed" + served.tail()
    assert fetch(served.url + ADDED_PAGE)[0] == 404, "the added page exists before its source"
    wait_until_quiet(served)

    # (a) an edited source: a title set in its front matter
    source = served.folder / "sources" / EDITED_SOURCE
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[0].strip() == "---", f"{EDITED_SOURCE} has no front matter"
    source.write_text("".join([lines[0], f"title: {EDITED_TITLE}\n", *lines[1:]]), encoding="utf-8")

    def edited():
        answer = timeline()
        return answer if answer and EDITED_TITLE in answer[1] else None

    _, page = wait_for(edited, 30, "the edited title on /timeline/", served)
    assert "China to push for Gaza cease-fire" not in page, "the old title is still listed" + served.tail()

    # (b) an added source
    (served.folder / "sources" / ADDED_SOURCE).write_text(ADDED_TEXT, encoding="utf-8")

    def added():
        answer = fetch(served.url + ADDED_PAGE)
        return answer if answer and answer[0] == 200 and ADDED_QUOTE in answer[1] else None

    wait_for(added, 30, f"/{ADDED_PAGE} with the added quote", served)
    wait_for(lambda: (t := timeline()) and ADDED_PAGE in t[1], 30,
             f"/timeline/ to list {ADDED_PAGE}", served)

    # the same server did all of it: no restart
    assert served.process.poll() is None, "mkdocs serve exited" + served.tail()
    assert served.process.pid == pid
    assert served.log_text().count("Serving on") == 1, "mkdocs serve started more than once" + served.tail()
    assert "A 'dirty' build" not in served.log_text(), "the preview's dirty rebuilds are on purpose" + served.tail()
    assert served.rebuilds() >= 5, "the changes were not rebuilt by the running server" + served.tail()

    # and no rebuild loop: once quiet, nothing rebuilds without a change
    wait_until_quiet(served)
    before = served.rebuilds()
    time.sleep(6)
    after = served.rebuilds()
    assert after == before, f"{after - before} rebuild(s) with no change to any file" + served.tail()
    assert served.process.poll() is None, "mkdocs serve exited" + served.tail()


def test_the_hook_rewrites_only_the_generated_pages_that_changed(tmp_path, monkeypatch):
    """What lets `serve --dirty` rebuild only what an edit changed: the generated pages MkDocs reads
    keep their modification times unless their content changed."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import Files

    from build_scripts import hook

    sources = tmp_path / "sources"
    shutil.copytree(REPO / "sources", sources)
    monkeypatch.setenv("ON_RECORD_SOURCES", str(sources))
    monkeypatch.setenv("ON_RECORD_CACHE", str(tmp_path / "cache"))
    monkeypatch.setitem(hook.state, "seen", {})
    config = load_config(str(REPO / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    files = hook.on_files(Files([]), config)
    folder = hook.pages_dir(config)
    assert folder.is_relative_to(tmp_path / "cache")
    ours = [f for f in files if f.abs_src_path and Path(f.abs_src_path).is_relative_to(folder)]
    assert {f.src_uri for f in ours} >= {"timeline.md", "statements/zhang-jun-ukraine-no-geopolitical-gain.md"}
    before = {p: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}

    edited = sources / EDITED_SOURCE
    lines = edited.read_text(encoding="utf-8").splitlines(keepends=True)
    edited.write_text("".join([lines[0], f"title: {EDITED_TITLE}\n", *lines[1:]]), encoding="utf-8")
    hook.on_files(Files([]), config)
    after = {p: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}
    changed = {p.relative_to(folder).as_posix() for p in after if before.get(p) != after[p]}
    assert "statements/zhang-jun-gaza-ceasefire-council-presidency.md" in changed and "timeline.md" in changed
    assert "statements/zhang-jun-ukraine-no-geopolitical-gain.md" not in changed and "statements/zhang-jun-donetsk-civilian-facilities.md" not in changed
    assert EDITED_TITLE in (folder / "statements/zhang-jun-gaza-ceasefire-council-presidency.md").read_text(encoding="utf-8")


def test_under_serve_a_page_that_did_not_change_keeps_its_file_and_page(tmp_path, monkeypatch):
    """MkDocs makes a Page only for a File without one: reusing the File of an unchanged page spares
    remaking 10,000 Pages at each rebuild. A changed page, or any page after mkdocs.yml changed, is made afresh."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import get_navigation

    from build_scripts import hook
    from build_scripts.recent import Recent

    sources = tmp_path / "sources"
    shutil.copytree(REPO / "sources", sources)
    config_file = tmp_path / "mkdocs.yml"
    shutil.copy(REPO / "mkdocs.yml", config_file)
    shutil.copytree(REPO / "docs", tmp_path / "docs")
    shutil.copytree(REPO / "build_scripts", tmp_path / "build_scripts")
    monkeypatch.setenv("ON_RECORD_SOURCES", str(sources))
    monkeypatch.setenv("ON_RECORD_CACHE", str(tmp_path / "cache"))
    for key, value in {"command": "serve", "seen": {}, "recent": Recent(), "written": {}, "files": {},
                       "file_setting": None}.items():
        monkeypatch.setitem(hook.state, key, value)

    def build() -> dict[str, object]:
        config = load_config(str(config_file), site_dir=str(tmp_path / "site"))
        files = hook.on_files(Files([]), config)
        get_navigation(files, config)  # as MkDocs does next: a Page for every File without one
        return {f.src_uri: f for f in files}

    first = build()
    edited = sources / EDITED_SOURCE
    # a new title (the curator's): the statement stays where it is in time, so its neighbours' pages
    # (which link to it by date) do not change
    lines = edited.read_text(encoding="utf-8").splitlines(keepends=True)
    edited.write_text("".join([lines[0], f"title: {EDITED_TITLE}\n", *lines[1:]]), encoding="utf-8")
    second = build()
    kept, changed = "statements/zhang-jun-ukraine-no-geopolitical-gain.md", "statements/zhang-jun-gaza-ceasefire-council-presidency.md"
    assert second[kept] is first[kept] and second[kept].page is first[kept].page
    assert second[changed] is not first[changed] and second[changed].page is not first[changed].page

    os.utime(config_file, ns=(time.time_ns(), time.time_ns() + 10**9))  # mkdocs.yml edited
    third = build()
    assert third[kept] is not second[kept] and third[kept].page is not second[kept].page


def test_the_review_queue_is_a_page_of_the_preview_that_follows_an_edit(served):
    """The curator's queue (build_scripts/review_page.py) under `mkdocs serve`: the front matter it
    shows, pasted into the source, takes the item off the page without a restart."""
    import html
    import re

    def queue():
        answer = fetch(served.url + "review/")
        return answer if answer and answer[0] == 200 else None

    _, page = wait_for(queue, 60, "/review/ to answer", served)
    assert 'href="review/"' in fetch(served.url)[1], "the preview's menu leads to the queue" + served.tail()
    first = re.search(r'<li class="or-review-(\w+)"><p><strong>\w+</strong> · <code>([^<:]+)[^<]*</code>.*?'
                      r"<pre><code>([^<]*)</code></pre>", page)
    assert first, "no item with front matter to paste on /review/" + served.tail()
    kind, name, settle = first.group(1), html.unescape(first.group(2)), html.unescape(first.group(3))
    item = f'<li class="or-review-{kind}"><p><strong>{kind}</strong> · <code>{name}'
    wait_until_quiet(served)
    source = served.folder / "sources" / name
    text = source.read_text(encoding="utf-8")
    pasted = text.replace("---\n", f"---\n{settle}\n", 1) if text.startswith("---\n") else f"---\n{settle}\n---\n{text}"
    source.write_text(pasted, encoding="utf-8")
    wait_for(lambda: (q := queue()) and item not in q[1], 30, f"the settled item ({settle}) to leave /review/", served)
    assert served.log_text().count("Serving on") == 1, "mkdocs serve started more than once" + served.tail()
    assert "A 'dirty' build" not in served.log_text(), "the preview's dirty rebuilds are on purpose" + served.tail()


@pytest.fixture
def cache_on(tmp_path, monkeypatch):
    """The default path: the conversion cache on (conftest.py turns it off for every other test)."""
    monkeypatch.setenv("ON_RECORD_CACHE", str(tmp_path / "cache"))


def test_under_serve_a_fifo_among_the_sources_neither_hangs_the_preview_nor_its_next_rebuild(cache_on, served, tmp_path):
    def timeline():
        answer = fetch(served.url + "timeline/")
        return answer if answer and answer[0] == 200 else None

    wait_for(timeline, 60, "/timeline/ to answer", served)
    wait_until_quiet(served)
    os.mkfifo(served.folder / "sources" / "x.txt")  # issue 16: this hung the preview for good
    wait_for(lambda: "x.txt: is a named pipe (FIFO), not a regular file" in served.log_text(), 30,
             "the FIFO's message in the log", served)
    assert timeline(), "the preview stopped answering" + served.tail()
    (served.folder / "sources" / ADDED_SOURCE).write_text(ADDED_TEXT, encoding="utf-8")

    def added():
        answer = fetch(served.url + ADDED_PAGE)
        return answer if answer and answer[0] == 200 and ADDED_QUOTE in answer[1] else None

    wait_for(added, 30, f"/{ADDED_PAGE} after the FIFO", served)
    assert "Traceback" not in served.log_text(), served.tail()
    assert (tmp_path / "cache" / "conversions.sqlite3").is_file()  # it ran with the cache on
