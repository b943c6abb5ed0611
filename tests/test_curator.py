"""The curator's side: a build publishes what is good and sums up; the review queue lists every
decision waiting, with the front matter that settles it; pasting it settles it; `quotes` and
`not_quotes` in the front matter settle quotations."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from build_scripts.model import Extraction, Quote, Registry, SourceDocument
from build_scripts.pipeline import convert_folder
from build_scripts.review import review_items
from build_scripts.validate import FrontMatter, statement
from build_scripts.validate import CURATOR_DATE_BASIS
from conftest import DEV_CORPUS, FIXTURES, ROOT

BAD_ONES = {  # a broken, a hostile and an empty source, each with the one thing the build says about it
    "front_matter_not_closed.md": FIXTURES / "bad" / "sources" / "front_matter_not_closed.md",
    "yaml_python_tag.md": FIXTURES / "hostile" / "sources" / "yaml_python_tag.md",
    "empty.txt": FIXTURES / "bad" / "sources" / "empty.txt",
}
SUMMARY = re.compile(r"(?P<sources>[\d,]+) sources: (?P<statements>[\d,]+) statements? (?P<how>published|built, not published), "
                     r"(?P<problems>[\d,]+) problems?(?: \(listed above\))?, (?P<review>[\d,]+) statements? needs? review "
                     r"\(`make review`\)")


def site_command(sources: Path, site_dir: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "build_scripts", "site", "--sources", str(sources),
                           "--site-dir", str(site_dir), *extra], cwd=ROOT, capture_output=True, text=True, timeout=600)


def sources_with_bad_ones(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    shutil.copytree(ROOT / "sources", folder)
    for name, path in BAD_ONES.items():
        shutil.copy(path, folder / name)
    return folder


def test_the_site_publishes_every_good_statement_names_each_bad_file_once_and_sums_up(tmp_path):
    sources = sources_with_bad_ones(tmp_path)
    good = convert_folder(ROOT / "sources").statements
    done = site_command(sources, tmp_path / "site")
    assert done.returncode == 0, done.stderr
    for s in good:
        assert (tmp_path / "site" / "statements" / s.slug / "index.html").is_file(), s.slug
    assert not (tmp_path / "site" / "review").exists()  # the curator's queue is never published
    assert 'href="review/"' not in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    problems = done.stderr.splitlines()
    for name in BAD_ONES:
        assert sum(name in line for line in problems) == 1, (name, problems)
    assert len(problems) == len(BAD_ONES), problems  # nothing but the problems: no INFO line, no banner
    lines = done.stdout.splitlines()
    assert len(lines) == 1, lines  # and the one summary line
    summary = SUMMARY.match(lines[0])
    assert summary, lines[0]
    sources_count = len([p for p in sources.iterdir() if p.suffix in (".txt", ".md", ".html")])
    assert (int(summary["sources"]), int(summary["statements"]), int(summary["problems"])) == \
        (sources_count, len(good), len(BAD_ONES))
    assert summary["how"] == "published" and "make preview" in lines[0] and "127.0.0.1" in lines[0]


def test_strict_fails_on_any_problem_and_keeps_the_last_site(tmp_path):
    sources = sources_with_bad_ones(tmp_path)
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("the last site", encoding="utf-8")
    done = site_command(sources, tmp_path / "site", "--strict")
    assert done.returncode == 1
    assert (tmp_path / "site" / "index.html").read_text(encoding="utf-8") == "the last site"
    assert all(name in done.stderr for name in BAD_ONES)


def test_make_site_strict_passes_strict_and_sources_pass_the_folder():
    dry = subprocess.run(["make", "-n", "site", "STRICT=1", "SOURCES=elsewhere"], cwd=ROOT, capture_output=True, text=True)
    assert "--strict" in dry.stdout and '--sources "elsewhere"' in dry.stdout
    dry = subprocess.run(["make", "-n", "site"], cwd=ROOT, capture_output=True, text=True)
    assert "--strict" not in dry.stdout


# ---- the review queue -------------------------------------------------------------------------

def dev_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "dev"
    shutil.copytree(DEV_CORPUS / "sources", folder / "sources")
    for name in ("topics.yml", "speakers.yml"):
        if (DEV_CORPUS / name).exists():
            shutil.copy(DEV_CORPUS / name, folder / name)
    return folder / "sources"


def review(sources: Path, out: Path) -> list[dict]:
    """`python -m build_scripts review` (what `make review` runs): the items it prints."""
    done = subprocess.run([sys.executable, "-m", "build_scripts", "review", str(sources), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    items: list[dict] = []
    for line in done.stdout.splitlines():
        head = re.match(r"(?P<file>[^\s:][^:]*?)(?::(?P<line>\d+))?: \[(?P<kind>\w+)\] (?P<what>.*)", line)
        if head:
            items.append({**head.groupdict(), "paste": []})
        elif line.startswith("    paste:"):
            items[-1]["paste"].append(line.removeprefix("    paste:").strip())
    return items


def test_make_review_runs_the_queue_on_the_sources():
    dry = subprocess.run(["make", "-n", "review"], cwd=ROOT, capture_output=True, text=True)
    assert "-m build_scripts review sources" in dry.stdout


def test_the_queue_lists_every_unsettled_item_of_the_dev_corpus_with_its_front_matter(tmp_path):
    sources = dev_copy(tmp_path)
    items = review(sources, tmp_path / "review.html")
    statements = convert_folder(sources).statements
    assert statements
    for s in statements:
        mine = [i for i in items if i["file"] == s.source.file]
        dated = [i for i in mine if i["kind"] == "date"]
        if s.date_basis == CURATOR_DATE_BASIS:
            assert dated == [], s.slug
        elif s.date is None:
            assert dated and any(p.startswith("date: YYYY-MM-DD") for p in dated[0]["paste"]), s.slug
        else:
            assert dated and dated[0]["paste"][0] == f"date: {s.date.isoformat()[:{'day': 10, 'month': 7}.get(s.date_precision, 4)]}"
        unsettled = [i for i in mine if i["kind"] == "quotation"]
        context = len({i for i, q in enumerate(s.quotes) if q.text in s.inferred_quotes})
        assert len(unsettled) == len(s.unattributed_quotes) + context, s.slug
        for item in unsettled:
            assert any(p.startswith("quotes: [{text: ") for p in item["paste"])
            assert any(p.startswith("not_quotes: [") for p in item["paste"])
        assert all(i["line"] for i in unsettled + dated if i["kind"] == "quotation"), mine
    order = [i["kind"] for i in items]
    ranks = ["date", "quotation", "speaker", "topic", "title", "problem"]
    assert order == sorted(order, key=ranks.index)  # most important first
    page = (tmp_path / "review.html").read_text(encoding="utf-8")
    assert f"{len(items)} decisions wait for review" in page and len(items) > 1


FILL = {"YYYY-MM-DD": "2023-01-01", "NAME": "Zhang Jun", "ID": "ukraine"}


def paste(source: Path, lines: list[str]) -> None:
    """What a curator does: the front matter from the queue, at the top of the source."""
    text = source.read_text(encoding="utf-8")
    current: dict = {}
    if text.startswith("---\n"):
        head, text = text[4:].split("\n---\n", 1)
        current = yaml.safe_load(head) or {}
    for line in lines:
        for placeholder, value in FILL.items():
            line = re.sub(rf"\b{placeholder}\b", value, line)
        for key, value in yaml.safe_load(line).items():
            if isinstance(value, list) and key in ("quotes", "not_quotes"):
                current[key] = [*current.get(key, []), *value]
            else:
                current[key] = value
    front = yaml.safe_dump(current, allow_unicode=True, sort_keys=False)
    source.write_text(f"---\n{front}---\n{text}", encoding="utf-8")


def test_pasting_the_front_matter_settles_each_item(tmp_path):
    sources = dev_copy(tmp_path)
    items = [i for i in review(sources, tmp_path / "before.html") if i["kind"] != "problem"]
    assert items
    by_file: dict[str, list[str]] = {}
    for item in items:
        # a quotation is settled as "not a statement" here: the other way needs a name the queue cannot know
        chosen = next((p for p in item["paste"] if p.startswith("not_quotes")), item["paste"][0])
        by_file.setdefault(item["file"], []).append(chosen)
    for name, lines in by_file.items():
        paste(sources / name, lines)
    left = [i for i in review(sources, tmp_path / "after.html") if i["kind"] != "problem"]
    assert left == [], left


def test_a_speaker_pasted_for_a_quotation_settles_it_and_the_rest_still_waits(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "s.txt").write_text("Envoy speaks on hunger\n\n\"We will never accept that hunger is used as a "
                                   "weapon of war,\" was heard at the meeting.\n", encoding="utf-8")
    items = review(sources, tmp_path / "before.html")
    quotation = next(i for i in items if i["kind"] == "quotation")
    assert quotation["line"] == "3"
    paste(sources / "s.txt", [quotation["paste"][0]])  # quotes: [{text: …, speaker: NAME}], NAME filled in
    after = review(sources, tmp_path / "after.html")
    assert not any(i["kind"] == "quotation" for i in after), after
    assert any(i["kind"] == "date" for i in after)  # the rest of that file still waits
    s = convert_folder(sources).statements[0]
    assert [q.speaker for q in s.quotes] == ["Zhang Jun"] and s.unattributed_quotes == ()


def test_curator_quotes_give_a_speaker_and_not_quotes_drop_a_quotation(tmp_path):
    (tmp_path / "s.txt").write_text(
        "---\nquotes: [{text: \"we will never\", speaker: Zhang Jun}]\nnot_quotes: [\"Seeds of Hope\"]\n---\n"
        "Envoy speaks\n\nThe envoy praised the film \"Seeds of Hope: A Story of Many Hands\" at the event.\n\n"
        "\"We will never accept that hunger is used as a weapon of war,\" someone shouted.\n", encoding="utf-8")
    s = convert_folder(tmp_path).statements[0]
    assert [(q.text[:13], q.speaker) for q in s.quotes] == [("We will never", "Zhang Jun")]
    assert not any("Seeds of Hope" in t for t in [*s.unattributed_quotes, *(q.text for q in s.quotes)])
    assert "quotes" in s.curated and "not_quotes" in s.curated


def test_source_text_on_the_review_page_is_escaped(tmp_path):
    sources = tmp_path / "sources"
    shutil.copytree(FIXTURES / "hostile" / "sources", sources)
    review(sources, tmp_path / "review.html")
    page = (tmp_path / "review.html").read_text(encoding="utf-8")
    assert "<script" not in page.lower() and "&lt;div onclick" in page  # shown, as text
    assert re.search(r"<(?!/?(html|head|meta|title|style|body|h1|div|p|strong|code|ol|li|blockquote|pre)\b)[a-z]",
                     page) is None


def test_a_curator_entry_that_names_no_quotation_waits_in_the_queue(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "s.txt").write_text(
        "---\nquotes: [{text: \"words nobody said\", speaker: Zhang Jun}]\nnot_quotes: [\"No such title\"]\n---\n"
        "Envoy speaks\n\n\"We will never accept that hunger is used as a weapon of war,\" Zhang Jun said.\n",
        encoding="utf-8")
    items = [i for i in review(sources, tmp_path / "review.html") if i["kind"] == "quotation"]
    assert [i["what"].split(" matches")[0] for i in items] == ["not_quotes: “No such title”",
                                                                "quotes: “words nobody said”"]


def test_a_quotation_whose_speaker_extraction_inferred_waits_until_confirmed(tmp_path):
    """Extraction.inferred (indexes of quotations given a speaker not named beside them) → the queue."""
    text = "Envoy speaks\n\n\"We will never accept hunger as a weapon of war,\" he said.\n"
    (tmp_path / "s.txt").write_text(text, encoding="utf-8")
    doc = SourceDocument(path="s.txt", kind="txt", text=text)
    found = Extraction(title="Envoy speaks", paragraphs=(text.split("\n\n")[1].strip(),),
                       quotes=(Quote("We will never accept hunger as a weapon of war,", "Zhang Jun"),),
                       speakers=("Zhang Jun",), topics=(), date=None, published=None, inferred=(0,))

    def quotations(meta: FrontMatter) -> list:
        s = statement(doc, meta, found, Registry(), "s")
        return [i for i in review_items([s], [], Registry(), tmp_path) if i.kind == "quote"]

    waiting = quotations(FrontMatter())
    assert len(waiting) == 1 and "Zhang Jun" in waiting[0].what and waiting[0].line == 3
    pasted = yaml.safe_load(waiting[0].settle[0])
    assert pasted == {"quotes": [{"text": "We will never accept hunger as a weapon…", "speaker": "Zhang Jun"}]}
    assert quotations(FrontMatter.model_validate(pasted)) == []


def test_the_preview_page_shows_the_first_items_and_says_how_to_see_all():
    from build_scripts.review import Item
    from build_scripts.review_page import PAGE_LIMIT, review_page
    items = [Item("date", f"s{n:04}.txt", 1, "no date: <b>none</b>") for n in range(PAGE_LIMIT + 20)]
    page = review_page(items).content
    assert page.count("<li ") == PAGE_LIMIT and f"lists all {PAGE_LIMIT + 20:,}" in page
    assert "<b>" not in page and "&lt;b&gt;none" in page
    assert "\n\n" not in page.split("# Review queue", 1)[1].strip()  # one raw HTML block: Markdown leaves it whole


def test_pasted_front_matter_reads_back_as_written():
    from build_scripts.review import yaml_list, yaml_string
    for text in ['He said "no" \\ then', "tab\there", "Yes", "a: b, c"]:
        assert yaml.safe_load(f"k: {yaml_string(text)}")["k"] == text
    assert yaml.safe_load(f"k: {yaml_list(['Zhang Jun', 'No', 'O’Brien', 'A, B'])}")["k"] == \
        ["Zhang Jun", "No", "O’Brien", "A, B"]


def test_what_is_missing_comes_before_what_is_unconfirmed(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "z.txt").write_text("Envoy speaks\n\nThe envoy spoke at length on Tuesday about peace.\n",
                                   encoding="utf-8")
    (sources / "a.txt").write_text("---\npublished: 2023-05-05\n---\nEnvoy speaks\n\nThe envoy spoke at length "
                                   "on Tuesday about peace.\n", encoding="utf-8")
    dates = [i for i in review(sources, tmp_path / "r.html") if i["kind"] == "date"]
    assert [(i["file"], i["what"].split(":")[0]) for i in dates] == [("z.txt", "no date"), ("a.txt",
                                                                      "date 2023-05-02 worked out, not confirmed")]
