"""Each broken source in tests/fixtures/bad/ gives exactly its one message; the rest still builds."""
from __future__ import annotations

import subprocess
import sys
from collections import Counter

import pytest
import yaml

from build_scripts.pipeline import convert_folder
from conftest import FIXTURES, ROOT

BAD = FIXTURES / "bad" / "sources"
EXPECTED_FILE = FIXTURES / "bad" / "expected.yml"
EXPECTED: dict[str, str] = yaml.safe_load(EXPECTED_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def conversion():
    return convert_folder(BAD)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_one_exact_message_per_bad_source(conversion, name):
    about = [str(p) for p in conversion.problems if p.file == name]
    assert about == [EXPECTED[name]]


def test_no_message_without_a_bad_source(conversion):
    assert Counter(p.file for p in conversion.problems).keys() <= EXPECTED.keys()


def test_the_good_source_still_builds(conversion):
    assert "good-source" in {s.slug for s in conversion.statements}
    good = next(s for s in conversion.statements if s.slug == "good-source")
    assert [q.speaker for q in good.quotes] == ["Zhang Jun"]


def test_strict_turns_the_warnings_into_a_failing_exit(tmp_path):
    def run(*extra: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "build_scripts", "convert", str(BAD), str(tmp_path), *extra],
                              cwd=ROOT, capture_output=True, text=True)
    assert run().returncode == 0
    strict = run("--strict")
    assert strict.returncode == 1
    assert "empty.txt: is empty" in strict.stderr
