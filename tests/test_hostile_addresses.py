"""Issue 16, class C (addresses, metadata, the cache under serve): every address unique and every link
resolving, JSON-LD of any allowed shape read or ignored, and a failed build that releases the cache."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from build_scripts import pipeline
from build_scripts.pipeline import convert_folder
from conftest import FIXTURES

GOOD = FIXTURES / "bad" / "sources" / "good_source.txt"
REGISTRIES = FIXTURES / "bad" / "registries" / "speakers_share_an_alias"


def folder(tmp_path: Path, files: dict[str, str]) -> Path:
    sources = tmp_path / "sources"
    sources.mkdir()
    shutil.copy(REGISTRIES / "topics.yml", sources)
    (sources / "speakers.yml").write_text("- name: Zhang Jun\n  aliases: [Zhang]\n", encoding="utf-8")
    for name, text in files.items():
        (sources / name).write_text(text, encoding="utf-8")
    return sources


def paths(result) -> set[str]:
    return {p.path for p in result.pages}


def test_any_number_of_files_with_one_slug_get_addresses_of_their_own(tmp_path):
    text = GOOD.read_text(encoding="utf-8")
    result = convert_folder(folder(tmp_path, {"A.txt": text, "a-txt.txt": text, "a.md": text, "a.txt": text}))
    assert sorted(s.slug for s in result.statements) == ["a", "a-md", "a-txt", "a-txt-2"]
    assert [str(p) for p in result.problems] == [
        "a.md: would have the same address as A.txt (statements/a); it is published as statements/a-md. "
        "Rename one of the files, or set 'slug' in its front matter",
        "a.txt: would have the same address as A.txt (statements/a); it is published as statements/a-txt-2. "
        "Rename one of the files, or set 'slug' in its front matter"]
    assert {"statements/a.md", "statements/a-md.md", "statements/a-txt.md", "statements/a-txt-2.md"} <= paths(result)


def test_a_source_named_index_is_published_where_the_feeds_and_data_point(tmp_path):
    result = convert_folder(folder(tmp_path, {"index.txt": GOOD.read_text(encoding="utf-8")}))
    assert [str(p) for p in result.problems] == [
        "index.txt: would be published as statements/index, which is the address of the folder itself; it is "
        "published as statements/index-txt. Rename the file, or set 'slug' in its front matter"]
    assert "statements/index.md" not in paths(result) and "statements/index-txt.md" in paths(result)
    data = json.loads(next(p.content for p in result.pages if p.path == "statements.json"))
    assert [d["url"] for d in data] == ["statements/index-txt/"]


def with_speakers(*names: str) -> str:
    return "---\nspeakers: [" + ", ".join(json.dumps(n, ensure_ascii=False) for n in names) + "]\n---\n" + \
        GOOD.read_text(encoding="utf-8")


def test_non_latin_and_oddly_spaced_names_get_pages_of_their_own(tmp_path):
    result = convert_folder(folder(tmp_path, {"one.md": with_speakers("张军"), "two.md": with_speakers("王毅"),
                                              "three.md": with_speakers("Zhang  Jun"), "four.md": with_speakers("Index")}))
    speakers = {p.path for p in result.pages if p.path.startswith("speakers/") and p.path.endswith(".md")}
    assert {"speakers/zhang-jun.md", "speakers/wang-yi.md", "speakers/index-speaker.md", "speakers/index.md"} <= speakers
    assert "speakers/statement.md" not in speakers
    three = next(s for s in result.statements if s.slug == "three")
    assert three.speakers == ("Zhang Jun",)  # the registry's name, one page with the others it said
    listing = next(p.content for p in result.pages if p.path == "speakers/index.md")
    assert "index-speaker.md" in listing and "zhang-jun.md" in listing and "wang-yi.md" in listing


def html_page(ld: str) -> str:
    return ("<html><head><title>Envoy speaks on the crisis in the region today</title>"
            f'<script type="application/ld+json">{ld}</script></head><body><article>'
            "<h1>Envoy speaks on the crisis in the region today</h1>"
            "<p>\u201cWe will keep working for peace in the region,\u201d Zhang Jun said on Tuesday.</p>"
            "</article></body></html>")


@pytest.mark.parametrize("ld", [
    json.dumps({"@type": "NewsArticle", "publisher": {"name": ["Xinhua"]}, "headline": "Envoy speaks"}),
    json.dumps({"@type": ["NewsArticle"], "headline": ["Envoy speaks", "Other"], "datePublished": ["2024-05-07"]}),
    json.dumps({"@context": "https://schema.org", "@graph": None}),
    json.dumps({"@graph": {"@type": "Article", "publisher": [{"name": "AP"}]}}),
    "[" * 5000 + "]" * 5000,
    json.dumps([1, None, "x", {"@type": "Article", "headline": {"@value": "Envoy"}}]),
])
def test_json_ld_of_any_allowed_shape_is_read_or_ignored(tmp_path, ld):
    result = convert_folder(folder(tmp_path, {"page.html": html_page(ld)}))
    assert [s.slug for s in result.statements] == ["page"]
    assert not [str(p) for p in result.problems if "fault in On Record" in p.message]


def test_a_failed_build_releases_the_cache_for_the_next(tmp_path, monkeypatch):
    sources = folder(tmp_path, {"one.txt": GOOD.read_text(encoding="utf-8")})
    real = pipeline.render_site
    with monkeypatch.context() as broken:
        broken.setattr(pipeline, "render_site", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("a bad edit")))
        with pytest.raises(RuntimeError) as failed:  # kept, as a long-running process may keep it
            convert_folder(sources, cache_dir=tmp_path / "cache", workers=1)
    (sources / "two.txt").write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")  # the next edit
    assert pipeline.render_site is real
    again = convert_folder(sources, cache_dir=tmp_path / "cache", workers=1)
    assert sorted(s.slug for s in again.statements) == ["one", "two"] and failed.value
