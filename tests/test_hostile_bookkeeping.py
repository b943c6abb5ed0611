"""Issue 16, class C (bookkeeping): a run stopped while it wrote strands nothing as hand-written, files
follow the user's umask, and an output folder that cannot be one gets a message, not a traceback."""
from __future__ import annotations

import errno
import os
import subprocess
import sys

import pytest

from build_scripts import write
from build_scripts.model import Page
from build_scripts.write import JOURNAL, write_pages
from conftest import DEV_CORPUS, ROOT


def pages(version: str) -> list[Page]:
    return [Page(f"statements/s{i}.md", f"---\ngenerator: on-record\n---\n{version} {i}\n") for i in range(5)] + \
           [Page("feeds/all.xml", f"<feed>{version}</feed>\n"), Page("data.json", f'["{version}"]\n')]


def full_disk_after(count: int, monkeypatch) -> None:
    real, done = write._write_atomically, []

    def writing(path, content):
        if len(done) == count:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        real(path, content)
        done.append(path)
    monkeypatch.setattr(write, "_write_atomically", writing)


@pytest.mark.parametrize("count", [1, 4, 6])
def test_pages_written_by_an_interrupted_run_stay_ours(tmp_path, monkeypatch, count):
    out = tmp_path / "out"
    write_pages(pages("old"), out)
    with monkeypatch.context() as disk:
        full_disk_after(count, disk)
        with pytest.raises(OSError):
            write_pages(pages("new"), out)
    assert (out / JOURNAL).is_file()
    changed, problems = write_pages(pages("third")[:3], out)  # the next run: other content, fewer pages
    assert problems == []
    assert all((out / p.path).read_text(encoding="utf-8") == p.content for p in pages("third")[:3])
    assert not [p.path for p in pages("x")[3:] if (out / p.path).exists()]  # stale ones removed, none stranded
    assert not (out / JOURNAL).exists()


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_files_are_written_with_the_users_umask(tmp_path, mask, mode):
    old = os.umask(mask)
    try:
        write_pages(pages("one"), tmp_path / "out")
    finally:
        os.umask(old)
    assert {oct((tmp_path / "out" / p.path).stat().st_mode & 0o777) for p in pages("one")} == {oct(mode)}


def test_an_output_folder_that_is_a_file_gets_a_message(tmp_path):
    (tmp_path / "out").write_text("not a folder\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "build_scripts", "convert", str(DEV_CORPUS / "sources"),
                          str(tmp_path / "out" / "pages")], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr == f"error: {tmp_path / 'out'} is a file, so {tmp_path / 'out' / 'pages'} cannot be created: " \
                         "give another folder\n"
    run = subprocess.run([sys.executable, "-m", "build_scripts", "convert", str(DEV_CORPUS / "sources"),
                          str(tmp_path / "out")], cwd=ROOT, capture_output=True, text=True)
    assert (run.returncode, run.stderr) == (2, f"error: {tmp_path / 'out'} is a file, not a folder: give a folder for "
                                               "the pages (it is created if missing)\n")


def test_a_file_size_limit_mid_run_gives_a_message_and_the_next_run_finishes(tmp_path):
    import resource
    out = tmp_path / "out"

    def limited() -> None:  # as `ulimit -f`: writing past it fails with EFBIG (Python ignores SIGXFSZ)
        resource.setrlimit(resource.RLIMIT_FSIZE, (16_000, 16_000))
    command = [sys.executable, "-m", "build_scripts", "convert", str(DEV_CORPUS / "sources"), str(out)]
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, preexec_fn=limited)
    assert run.returncode == 2, run.stderr
    assert run.stderr.startswith(f"error: the pages could not all be written into {out} (File too large: ")
    assert run.stderr.endswith("those written are whole and the next run finishes the job. Free some space or fix "
                               "the permissions, then run again\n")
    assert "Traceback" not in run.stderr
    again = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert again.returncode == 0 and "hand-written" not in again.stderr, again.stderr
    assert not (out / JOURNAL).exists()
