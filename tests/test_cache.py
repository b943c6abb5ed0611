"""The conversion cache and the parallel converter change how fast a build is, never what it gives."""
from __future__ import annotations

import shutil

import pytest

from build_scripts import pipeline
from build_scripts.pipeline import convert_folder
from conftest import DEV_CORPUS


@pytest.fixture
def sources(tmp_path):
    folder = tmp_path / "sources"
    shutil.copytree(DEV_CORPUS / "sources", folder)
    return folder


@pytest.fixture
def counted(monkeypatch):
    calls: list[str] = []
    real = pipeline.convert_source

    def counting(path, sources_dir, registry):
        calls.append(path.name)
        return real(path, sources_dir, registry)
    monkeypatch.setattr(pipeline, "convert_source", counting)
    return calls


def pages(result) -> list[tuple[str, str]]:
    return [(p.path, p.content) for p in result.pages]


def test_an_unchanged_source_is_not_converted_again(sources, tmp_path, counted):
    first = convert_folder(sources, cache_dir=tmp_path / "cache", workers=1)
    assert len(counted) == 17
    counted.clear()
    second = convert_folder(sources, cache_dir=tmp_path / "cache", workers=1)
    assert counted == []
    assert pages(second) == pages(first) == pages(convert_folder(sources, workers=1))
    assert second.problems == first.problems


def test_a_changed_source_and_a_changed_registry_are_converted_again(sources, tmp_path, counted):
    convert_folder(sources, cache_dir=tmp_path / "cache", workers=1)
    counted.clear()
    page = sources / "104_two_speakers.txt"
    page.write_text(page.read_text(encoding="utf-8").replace("Wednesday", "Tuesday"), encoding="utf-8")
    result = convert_folder(sources, cache_dir=tmp_path / "cache", workers=1)
    assert counted == ["104_two_speakers.txt"]
    assert next(s for s in result.statements if s.slug == "104-two-speakers").date.isoformat() == "2023-11-07"
    counted.clear()
    with (sources / "topics.yml").open("a", encoding="utf-8") as f:
        f.write("\n- id: new-topic\n  label: New\n  keywords: [borehole]\n")
    convert_folder(sources, cache_dir=tmp_path / "cache", workers=1)
    assert len(counted) == 17


def test_parallel_conversion_gives_the_same_site(sources, monkeypatch):
    serial = convert_folder(sources, workers=1)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 2)
    parallel = convert_folder(sources, workers=2)
    assert pages(parallel) == pages(serial) and parallel.problems == serial.problems


def test_a_conversion_with_nothing_changed_stops_after_a_glance_and_reports_the_same_problems(sources, tmp_path, counted):
    (sources / "zz_empty.txt").write_text("", encoding="utf-8")  # a bad source: its problem must not be forgotten
    out, cache = tmp_path / "out", tmp_path / "cache"
    first = pipeline.convert_into(sources, out, cache_dir=cache, workers=1)
    assert first.statements == 17 and first.changed and len(first.problems) == 1
    counted.clear()
    again = pipeline.convert_into(sources, out, cache_dir=cache, workers=1)
    assert again.statements is None and again.changed == () and again.problems == first.problems
    assert again.pages == first.pages and counted == []

    # a page removed by hand, or an edited source: converted and written again
    (out / "timeline.md").unlink()
    restored = pipeline.convert_into(sources, out, cache_dir=cache, workers=1)
    assert restored.statements == 17 and restored.changed == ("timeline.md",) and counted == []
    edited = sources / "104_two_speakers.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("said", "stated", 1), encoding="utf-8")
    changed = pipeline.convert_into(sources, out, cache_dir=cache, workers=1)
    assert changed.statements == 17 and counted == ["104_two_speakers.txt"]
    assert "statements/104-two-speakers.md" in changed.changed


def test_remembered_statement_pages_and_corroboration_are_the_pages_rendered_afresh(sources, tmp_path):
    fresh = convert_folder(sources)
    convert_folder(sources, cache_dir=tmp_path / "cache")
    remembered = convert_folder(sources, cache_dir=tmp_path / "cache")
    assert pages(remembered) == pages(fresh)
