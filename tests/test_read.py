"""Reading sources: front matter apart from the text, and a saved page's article and metadata."""
from __future__ import annotations

from build_scripts.read import read_registry, read_source, source_names
from conftest import DEV_CORPUS, FIXTURES

SOURCES = DEV_CORPUS / "sources"


def test_front_matter_is_split_off_with_the_line_of_each_key():
    doc, problems = read_source(SOURCES / "110_curator_override.md", SOURCES)
    assert problems == []
    assert doc.front_matter["publisher"] == "UN Desk Weekly"
    assert doc.front_matter["date"] == "2023-09-19"  # left as text: the schema judges dates
    assert doc.front_matter_lines["date"] == 3
    assert doc.text.lstrip().startswith("# China says climate change")


def test_a_saved_web_page_gives_its_article_and_metadata_but_not_its_furniture():
    doc, _ = read_source(SOURCES / "103_saved_page.html", SOURCES)
    assert doc.html.published == "2023-06-12T09:30:00Z"
    assert doc.html.publisher == "The Meridian Dispatch"
    assert doc.html.url == "https://meridian-dispatch.example/world/africa/horn-of-africa-appeal-funding"
    assert "We are being asked to choose which hungry families to feed" in doc.text
    for furniture in ("Most read", "Grain prices ease", "We use cookies", "Get the Africa briefing", "All rights reserved"):
        assert furniture not in doc.text


def test_sources_are_listed_in_path_order_without_the_registries():
    names = source_names(SOURCES)
    assert names == sorted(names) and "topics.yml" not in names and len(names) == 17


def test_sources_in_folders_are_listed_folder_by_folder_hidden_ones_left_out(tmp_path):
    for name in ("b.txt", "a-b/c.md", "a/z.html", "a/.hidden.txt", ".drafts/x.txt", "a/notes.pdf"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    # as paths sort: the folder "a" before "a-b", though "-" sorts before "/" in a string
    assert source_names(tmp_path) == ["a/z.html", "a-b/c.md", "b.txt"]


def test_registry_reads_topics_and_speakers():
    registry, problems = read_registry(SOURCES)
    assert problems == []
    assert registry.speaker("Zhang Jun").country == "China"
    assert registry.topic("ukraine").label == "War in Ukraine"


def test_utf8_with_a_bom_and_crlf_lines_read_cleanly_with_one_message(tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeffEnvoy speaks today\r\n\r\nText here.\r\n".encode("utf-8"))
    doc, problems = read_source(tmp_path / "bom.txt", tmp_path)
    assert doc.text == "Envoy speaks today\n\nText here.\n"
    assert [p.message for p in problems] == [
        "starts with a byte-order mark; it was read without it. Save it as UTF-8 without BOM"]
    assert (FIXTURES / "bad" / "sources").is_dir()


def test_a_saved_page_with_its_date_only_in_a_byline_has_a_publication_date():
    from build_scripts.read import html_metadata
    page = ('<html><head><title>Envoy speaks</title></head><body><div class="byline">Published on '
            '<span class="date">March 3, 2024</span></div><p>The envoy spoke.</p></body></html>')
    assert html_metadata(page).published == "2024-03-03"
    assert html_metadata("<html><body><p>The envoy spoke.</p></body></html>").published is None
