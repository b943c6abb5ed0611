"""Every command the README gives works as written in a fresh copy of the repository.

The commands are read from the README itself: the first column of its tables and the lines of its
code blocks. Each `make` command must be a target make knows (a dry run); the quick ones run for
real in a copy of the tracked files, whose .venv reuses the test's installed environment (so the
copy installs nothing and cannot touch the environment's own install).
"""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT

README = ROOT / "README.md"
VENV = Path(sys.executable).parents[1]
SLOW = ("make test", "make bench", "make serve")  # long or endless: dry-run only (tests/test_serve.py runs serve)


def readme_commands() -> list[str]:
    text = README.read_text(encoding="utf-8")
    commands: list[str] = []
    for row in re.findall(r"(?m)^\| *(`[^|]+`) *\|", text):
        commands += re.findall(r"`([^`]+)`", row)
    for block in re.findall(r"(?ms)^```(?:sh|bash|console)?\n(.*?)^```", text):
        commands += [line.split(" #")[0].strip() for line in block.splitlines() if line.strip()]
    for line in re.findall(r"(?m)^    (\S.*)$", text):
        commands.append(line.split(" #")[0].strip())
    return [c for c in dict.fromkeys(commands) if c.split()[0] in ("make", ".venv/bin/python", "python", "python3")]


@pytest.fixture(scope="module")
def clone(tmp_path_factory) -> Path:
    """The tracked files as a fresh clone has them, with a .venv that is the test's environment."""
    folder = tmp_path_factory.mktemp("clone")
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, tracked.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(source.read_bytes())
    os.utime(folder / "pyproject.toml", (0, 0))  # older than the stamps: make installs nothing
    (folder / ".venv").mkdir()
    for entry in VENV.iterdir():
        if not entry.name.startswith(".installed"):
            (folder / ".venv" / entry.name).symlink_to(entry)
    for stamp in (".installed", ".installed-test"):
        (folder / ".venv" / stamp).touch()
    return folder


def run(command: str, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ON_RECORD_SOURCES", "MAKE"))}
    return subprocess.run(command, shell=True, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)


def test_the_readme_gives_the_commands_this_test_runs():
    commands = readme_commands()
    assert {"make site", "make test", "make preview", "make review", "make serve"} <= set(commands), commands


def test_every_make_command_in_the_readme_is_a_target_make_knows(clone):
    for command in readme_commands():
        if command.startswith("make"):
            done = run(command.replace("make", "make -n", 1).replace("SOURCES=folder", "SOURCES=sources"), clone)
            assert done.returncode == 0, (command, done.stderr)


def test_the_quick_commands_run_as_written_in_a_fresh_clone(clone):
    quick = [c for c in readme_commands() if c.startswith("make") and not c.startswith(SLOW)
             and not c.startswith("make preview")]
    assert "make site" in quick and "make review" in quick
    for command in quick:
        done = run(command.replace("SOURCES=folder", "SOURCES=sources"), clone)
        assert done.returncode == 0, (command, done.stdout, done.stderr)
        if command == "make site":
            assert done.stderr == "", done.stderr  # the repository's sources have no problem
            assert done.stdout.count("\n") == 1 and "make preview" in done.stdout, done.stdout
    assert (clone / "site" / "index.html").is_file() and (clone / "build" / "review.html").is_file()
    assert (clone / "build" / "pages" / "timeline.md").is_file()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_make_preview_serves_the_built_site_on_127_0_0_1(clone):
    if not (clone / "site" / "index.html").is_file():
        assert run("make site", clone).returncode == 0
    port = free_port()
    server = subprocess.Popen(["make", "preview", f"PORT={port}"], cwd=clone, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            assert server.poll() is None, server.stdout.read().decode()
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/timeline/", timeout=5) as answer:
                    assert answer.status == 200 and b"Timeline" in answer.read()
                    break
            except OSError:
                assert time.monotonic() < deadline, "make preview never answered"
                time.sleep(0.2)
    finally:
        os.killpg(server.pid, 15)  # make and the http.server it started, by their own process group
        server.wait(timeout=10)
