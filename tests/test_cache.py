"""The conversion cache and the parallel converter change how fast a build is, never what it gives."""
from __future__ import annotations

import shutil

import pytest

from build_scripts import corroborate, pipeline
from build_scripts.pipeline import convert_folder
from build_scripts.recent import Recent
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


def test_a_long_running_process_reuses_only_what_did_not_change(sources):
    """`mkdocs serve` keeps what the last build made: after an edit, every page equals a fresh build's,
    and the pages the edit cannot touch are the very ones made before."""
    recent = Recent()
    first = {p.path: p for p in convert_folder(sources, workers=1, recent=recent).pages}
    edited = sources / "104_two_speakers.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("peacekeeping mandate", "peacekeeping mission", 1),
                      encoding="utf-8")
    second = convert_folder(sources, workers=1, recent=recent)
    assert pages(second) == pages(convert_folder(sources, workers=1))
    reused = {p.path for p in second.pages if first.get(p.path) is p}
    assert "statements/101-xinhua-wire.md" in reused
    assert {"statements/104-two-speakers.md", "timeline.md", "statements.json"}.isdisjoint(reused)

    topics = sources / "topics.yml"
    topics.write_text(topics.read_text(encoding="utf-8").replace("War in Ukraine", "Russia's war in Ukraine"),
                      encoding="utf-8")
    third = convert_folder(sources, workers=1, recent=recent)
    assert pages(third) == pages(convert_folder(sources, workers=1))
    assert "Russia's war in Ukraine" in {p.path: p.content for p in third.pages}["topics/ukraine.md"]


def test_an_edit_that_moves_a_statement_in_time_does_not_compare_the_quotations_again(sources, monkeypatch):
    compared: list[int] = []
    real = corroborate._same_pairs
    monkeypatch.setattr(corroborate, "_same_pairs", lambda quotations: compared.append(1) or real(quotations))
    recent = Recent()
    convert_folder(sources, workers=1, recent=recent)
    assert compared == [1]
    edited = sources / "104_two_speakers.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Thursday 9 November 2023", "Tuesday 9 November 2021"),
                      encoding="utf-8")
    moved = convert_folder(sources, workers=1, recent=recent)
    assert compared == [1], "the quotations were compared again"
    assert "2021-11-09" in {p.path: p.content for p in moved.pages}["statements/104-two-speakers.md"]
    assert pages(moved) == pages(convert_folder(sources, workers=1))
