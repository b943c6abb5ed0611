"""The catalogue of bad sources (tests/fixtures/bad/): each gives exactly its one message, the rest still builds."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
import yaml

from build_scripts.pipeline import convert_folder
from conftest import FIXTURES, ROOT

BAD = FIXTURES / "bad"
EXPECTED: dict[str, dict[str, str]] = yaml.safe_load((BAD / "expected.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def conversion():
    return convert_folder(BAD / "sources")


@pytest.mark.parametrize("name", sorted(EXPECTED["sources"]))
def test_one_exact_message_per_bad_source(conversion, name):
    about = [str(p) for p in conversion.problems if p.file == name]
    assert about == [EXPECTED["sources"][name]]


def test_no_message_about_anything_else(conversion):
    assert {p.file for p in conversion.problems} == set(EXPECTED["sources"])


def test_the_good_sources_still_build(conversion):
    slugs = {s.slug for s in conversion.statements}
    assert {"good-source", "same-slug", "same-slug-md", "file-name-with-spaces", "declaration-geneve",
            "crlf-line-endings", "utf8-with-bom", "utf16-text", "cp1252-not-utf8"} <= slugs
    good = next(s for s in conversion.statements if s.slug == "good-source")
    assert [q.speaker for q in good.quotes] == ["Zhang Jun"]


@pytest.mark.parametrize("case", sorted(EXPECTED["registries"]))
def test_a_bad_registry_gives_one_message_and_the_source_still_builds(case):
    result = convert_folder(BAD / "registries" / case)
    assert [str(p) for p in result.problems] == [EXPECTED["registries"][case]]
    assert [s.slug for s in result.statements] == ["good-source"]


def test_a_20_mb_source_is_skipped_with_one_message(tmp_path):
    shutil.copy(BAD / "sources" / "good_source.txt", tmp_path)
    with (tmp_path / "huge_20mb.txt").open("w", encoding="utf-8") as f:
        f.write("Envoy speaks\n\n" + ("The envoy said that talks must go on. " * 1000 + "\n\n") * 526)
    result = convert_folder(tmp_path)
    assert [str(p) for p in result.problems] == [EXPECTED["written_by_the_test"]["huge_20mb.txt"]]
    assert [s.slug for s in result.statements] == ["good-source"]


def test_strict_turns_the_warnings_into_a_failing_exit(tmp_path):
    def run(*extra: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "build_scripts", "convert", str(BAD / "sources"), str(tmp_path),
                               *extra], cwd=ROOT, capture_output=True, text=True)
    assert run().returncode == 0
    strict = run("--strict")
    assert strict.returncode == 1
    assert "empty.txt: is empty" in strict.stderr
