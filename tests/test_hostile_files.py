"""Issue 16, class C (files): only regular files are read; what cannot be read gets its one message
with the cache on (the default) and off, and a failure that may pass is not cached."""
from __future__ import annotations

import errno
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from build_scripts import read
from build_scripts.pipeline import convert_folder
from conftest import DEV_CORPUS, FIXTURES, ROOT

BAD = FIXTURES / "bad"
EXPECTED: dict[str, str] = yaml.safe_load((BAD / "expected.yml").read_text(encoding="utf-8"))["sources"]
CACHE = ["off", "on"]


def sources_with_good_one(tmp_path: Path) -> Path:
    sources = tmp_path / "sources"
    sources.mkdir()
    for name in ("topics.yml", "speakers.yml", "101_xinhua_wire.txt"):
        shutil.copy(DEV_CORPUS / "sources" / name, sources)
    return sources


def convert(sources: Path, tmp_path: Path, cache: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """The command line, as a curator runs it; a hang fails the test instead of stalling the suite."""
    env = {**os.environ, "ON_RECORD_CACHE": str(tmp_path / "cache") if cache == "on" else "off"}
    return subprocess.run([sys.executable, "-m", "build_scripts", "convert", str(sources), str(tmp_path / "out")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize("cache", CACHE)
def test_a_fifo_named_like_a_source_gets_a_message_not_a_hang(tmp_path, cache):
    sources = sources_with_good_one(tmp_path)
    os.mkfifo(sources / "x.txt")
    run = convert(sources, tmp_path, cache)
    assert run.returncode == 0, run.stderr
    assert "WARNING: x.txt: is a named pipe (FIFO), not a regular file; only files are read. Remove it from the " \
           "sources folder\n" in run.stderr
    assert (tmp_path / "out" / "statements" / "101-xinhua-wire.md").is_file()


@pytest.mark.parametrize("cache", CACHE)
def test_a_socket_named_like_a_source_gets_a_message(tmp_path, cache):
    sources = sources_with_good_one(tmp_path)
    server = socket.socket(socket.AF_UNIX)
    os.chdir(sources)  # a socket's path is limited to about 100 bytes: bind it by its short name
    try:
        server.bind("y.md")
        run = convert(sources, tmp_path, cache)
    finally:
        os.chdir(ROOT)
        server.close()
    assert "WARNING: y.md: is a socket, not a regular file; only files are read. Remove it from the sources folder\n" \
        in run.stderr


def test_a_fifo_put_in_place_of_a_source_after_it_was_listed_does_not_block(tmp_path):
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(read.NotRegular):
        read.read_regular(tmp_path / "fifo")  # opened without waiting, refused before reading


@pytest.mark.parametrize("cache", CACHE)
@pytest.mark.parametrize("name", ["link_loop.txt", "link_dangling.txt"])
def test_broken_links_get_their_message_with_the_cache_on_and_off(tmp_path, cache, name):
    sources = sources_with_good_one(tmp_path)
    os.symlink(os.readlink(BAD / "sources" / name), sources / name)
    result = convert_folder(sources, cache_dir=tmp_path / "cache" if cache == "on" else None, workers=1)
    assert [str(p) for p in result.problems] == [EXPECTED[name]]
    assert [s.slug for s in result.statements] == ["101-xinhua-wire"]


def refuse(name: str, err: int, monkeypatch, times: int = 10**9) -> None:
    """Reading `name` fails with `err` (as for a file made unreadable, or moved away and back):
    root reads a chmod 000 file all the same, so the failure is made here."""
    real, failed = read.read_regular, []

    def reading(path: Path) -> bytes:
        if path.name == name and len(failed) < times:
            failed.append(path)
            raise PermissionError(err, os.strerror(err), str(path)) if err == errno.EACCES else \
                FileNotFoundError(err, os.strerror(err), str(path))
        return real(path)
    monkeypatch.setattr(read, "read_regular", reading)
    monkeypatch.setattr("build_scripts.cache.read_regular", reading)


@pytest.mark.parametrize("cache", CACHE)
def test_an_unreadable_source_gets_its_message_with_the_cache_on_and_off(tmp_path, cache, monkeypatch):
    sources = sources_with_good_one(tmp_path)
    shutil.copy(sources / "101_xinhua_wire.txt", sources / "locked.txt")
    refuse("locked.txt", errno.EACCES, monkeypatch)
    result = convert_folder(sources, cache_dir=tmp_path / "cache" if cache == "on" else None, workers=1)
    assert [str(p) for p in result.problems] == [
        "locked.txt: cannot be read (permission denied); make it readable (chmod a+r) or remove it"]


def test_a_read_that_failed_once_is_not_cached(tmp_path, monkeypatch):
    sources = sources_with_good_one(tmp_path)
    real = read.read_regular
    with monkeypatch.context() as moved:
        refuse("101_xinhua_wire.txt", errno.ENOENT, moved, times=1)
        moved.setattr("build_scripts.cache.read_regular", real)  # hashed for the cache, then moved away
        first = convert_folder(sources, cache_dir=tmp_path / "cache", workers=1)
    assert [str(p) for p in first.problems] == [
        "101_xinhua_wire.txt: was removed while the build read it; it is skipped this time (run again)"]
    again = convert_folder(sources, cache_dir=tmp_path / "cache", workers=1)  # the file is back
    assert [s.slug for s in again.statements] == ["101-xinhua-wire"] and again.problems == ()


@pytest.mark.parametrize("cache", CACHE)
def test_the_bad_sources_catalogue_gives_the_same_messages_with_the_cache_on(tmp_path, cache):
    """conftest.py turns the cache off for every test; the default path is the cache's."""
    result = convert_folder(BAD / "sources", cache_dir=tmp_path / "cache" if cache == "on" else None, workers=1)
    again = convert_folder(BAD / "sources", cache_dir=tmp_path / "cache" if cache == "on" else None, workers=1)
    for run in (result, again):
        assert sorted(str(p) for p in run.problems) == sorted(EXPECTED.values())


def test_the_default_path_with_the_cache_writes_what_a_cold_run_writes(tmp_path):
    """The cache is on by default (conftest.py turns it off for the other tests): a first and a second
    run with it write exactly what a run without it writes."""
    from conftest import digest
    runs = {}
    for name, cache in (("cold", "off"), ("first", "on"), ("second", "on")):
        env = {**os.environ, "ON_RECORD_CACHE": str(tmp_path / "cache") if cache == "on" else "off"}
        out = tmp_path / name
        done = subprocess.run([sys.executable, "-m", "build_scripts", "convert", str(DEV_CORPUS / "sources"), str(out)],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        runs[name] = digest(out)
    assert runs["cold"] == runs["first"] == runs["second"]
    assert (tmp_path / "cache" / "conversions.sqlite3").is_file()
