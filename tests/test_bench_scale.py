"""The scale benchmark's edit-loop step: a `mkdocs serve` that dies stops the wait at once, with its output."""
from __future__ import annotations

import subprocess
import sys
import time

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
import bench_scale  # noqa: E402


def test_a_server_that_dies_stops_the_wait_and_shows_its_last_output(tmp_path):
    log = tmp_path / "serve.log"
    with open(log, "wb") as out:
        server = subprocess.Popen([sys.executable, "-c", "print('OSError: [Errno 98] Address already in use'); exit(1)"],
                                  stdout=out, stderr=subprocess.STDOUT)
    started = time.monotonic()
    with pytest.raises(SystemExit) as stopped:
        bench_scale.wait_for("http://127.0.0.1:9/", lambda body: True, 1200, server, log)
    assert time.monotonic() - started < 60  # not the 1,200 s the wait allows
    assert "exited (1)" in str(stopped.value) and "Address already in use" in str(stopped.value)


def test_the_filter_benchmark_measures_each_fields_heaviest_value_and_the_most_expensive_pair():
    counts = {"total": 9, "topic": {"a": 3, "b": 5}, "speaker": {"x": 4}, "year": {"2020": 6, "unknown": 1}}
    chosen = bench_scale.filter_choices(counts)
    assert [name for name, _ in chosen] == ["topic=b", "speaker=x", "year=2020", "topic=b + year=2020"]
    assert chosen[-1][1] == {"topic": "b", "year": "2020"}  # every file of topic b (5), the smaller of the two
    assert bench_scale.filter_choices({"total": 0, "topic": {}, "speaker": {}, "year": {}}) == []
