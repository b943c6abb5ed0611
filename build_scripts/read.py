"""Stage 1, read: files in the sources folder → `SourceDocument`s and a `Registry`.

Nothing here interprets the article; it only decodes bytes, splits off the
curator's front matter and, for saved web pages, finds the article text.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import frontmatter
import yaml
from lxml import html as lxml_html

from .model import HtmlMetadata, Problem, Registry, SourceDocument, Speaker, Topic

SOURCE_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
REGISTRY_FILES = ("topics.yml", "speakers.yml")


class FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML that leaves dates as text, so the schema (not YAML) judges them and names the key."""


FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class SourceError(Exception):
    """A source that cannot be read; carries its one message."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def list_sources(sources_dir: Path) -> list[Path]:
    """Every source file, sorted by path so no run depends on file-system order."""
    return sorted(
        p for p in sources_dir.rglob("*")
        if p.suffix.lower() in SOURCE_SUFFIXES and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(sources_dir).parts)
    )


def decode(data: bytes, name: str) -> tuple[str, list[Problem]]:
    """Bytes → text. UTF-8 (with or without BOM) and UTF-16 with a BOM are fine."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), []
    if b"\x00" in data[:8192]:
        raise SourceError(Problem(name, "is a binary file, not text; remove it or save the article as UTF-8 text"))
    try:
        text = data.decode("utf-8-sig")
        problems: list[Problem] = []
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        text = data.decode("cp1252", errors="replace")
        problems = [Problem(name, "is not valid UTF-8; it was read as Windows-1252. Save it as UTF-8", line)]
    return text.replace("\r\n", "\n").replace("\r", "\n"), problems


def split_front_matter(text: str, name: str) -> tuple[dict, dict[str, int], str]:
    """Curator front matter → (values, key → line number in the file, body). YAML errors name the line."""
    if not re.match(r"\A---[ \t]*\n", text):
        return {}, {}, text
    try:
        raw, body = frontmatter.YAMLHandler().split(text)
    except ValueError:
        raise SourceError(Problem(
            name, "front matter opens with '---' but never closes; add a line '---' after the last key", 1)) from None
    first_line = text[: text.find(raw)].count("\n") + 1 if raw.strip() else 2  # the file line of raw's line 0
    try:
        node = yaml.compose(raw, Loader=FrontMatterLoader)
        values = yaml.load(raw, Loader=FrontMatterLoader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as err:
        # where a quoted value or block began says more than where the parser gave up
        mark = getattr(err, "context_mark", None) or getattr(err, "problem_mark", None)
        line = mark.line + first_line if mark else 1
        reason = "; ".join(x for x in (getattr(err, "context", None), getattr(err, "problem", None)) if x)
        raise SourceError(Problem(name, f"front matter is not valid YAML ({reason or err}); fix the YAML", line)) from None
    if values is None:
        return {}, {}, body
    if not isinstance(values, dict):
        kind = {"list": "a list", "str": "a single string"}.get(type(values).__name__, f"a {type(values).__name__}")
        raise SourceError(Problem(
            name, f"front matter is {kind}, not a mapping of keys to values; write it as 'key: value' lines", first_line + 1))
    lines = {
        str(key.value): key.start_mark.line + first_line
        for key, _ in getattr(node, "value", [])
        if isinstance(key, yaml.ScalarNode)
    }
    return values, lines, body


def _text_of(element) -> str:
    return re.sub(r"\s+", " ", element.text_content() or "").strip()


def html_metadata(page: str) -> HtmlMetadata:
    """Metadata from <meta>, JSON-LD, <time datetime> and <title>, most specific first."""
    try:
        tree = lxml_html.fromstring(page)
    except (ValueError, lxml_html.etree.ParserError):
        return HtmlMetadata()

    def meta(*names: str) -> str | None:
        for n in names:
            for el in tree.xpath(f'//meta[@property="{n}" or @name="{n}" or @itemprop="{n}"]'):
                if el.get("content", "").strip():
                    return el.get("content").strip()
        return None

    ld: dict = {}
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []:
            if isinstance(item, dict) and "Article" in str(item.get("@type", "")):
                ld = item
                break
    publisher = ld.get("publisher") if isinstance(ld.get("publisher"), dict) else {}
    times = [t.get("datetime") for t in tree.xpath("//article//time[@datetime] | //time[@datetime]") if t.get("datetime")]
    titles = tree.xpath("//title")
    return HtmlMetadata(
        title=meta("og:title", "twitter:title") or ld.get("headline") or (_text_of(titles[0]) if titles else None),
        published=meta("article:published_time", "datePublished", "date", "DC.date.issued", "pubdate")
        or ld.get("datePublished") or (times[0] if times else None),
        publisher=meta("og:site_name") or publisher.get("name"),
        url=str((tree.xpath("//link[@rel='canonical']/@href") or [""])[0]) or meta("og:url"),
    )


def html_article_text(page: str) -> str:
    """The article body of a saved web page, one paragraph per line, via trafilatura."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    text = trafilatura.extract(
        page, include_comments=False, include_tables=False, include_links=False,
        include_images=False, favor_precision=True, deduplicate=False,
    )
    return text or ""


def read_source(path: Path, sources_dir: Path) -> tuple[SourceDocument, list[Problem]]:
    """One file → a SourceDocument, or SourceError with the one message that explains why not."""
    name = path.relative_to(sources_dir).as_posix()
    data = path.read_bytes()
    if not data.strip():
        raise SourceError(Problem(name, "is empty; add the article text or remove the file"))
    text, problems = decode(data, name)
    kind = SOURCE_SUFFIXES[path.suffix.lower()]
    values, lines, body = split_front_matter(text, name)
    html_meta = None
    if kind == "html":
        html_meta = html_metadata(body)
        body = html_article_text(body)
    if not body.strip():
        raise SourceError(Problem(name, "has no article text to read; check that the file holds the article"))
    doc = SourceDocument(
        path=name, kind=kind, text=body, front_matter=values, front_matter_lines=lines,
        html=html_meta, sha256=hashlib.sha256(data).hexdigest(),
    )
    return doc, problems


# ---- the registries -------------------------------------------------------------------------

def _load_yaml_list(path: Path, name: str) -> tuple[list, list[Problem]]:
    if not path.is_file():
        return [], []
    text, problems = decode(path.read_bytes(), name)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        reason = getattr(err, "problem", None) or "syntax error"
        return [], problems + [Problem(name, f"is not valid YAML ({reason}); fix it, until then it is ignored",
                                       mark.line + 1 if mark else None)]
    if data is None:
        return [], problems
    if not isinstance(data, list):
        return [], problems + [Problem(name, "must be a YAML list of entries ('- id: …'); it is ignored until fixed")]
    return data, problems


def _strings(value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value if v is not None) if isinstance(value, list) else (str(value),)


def read_registry(sources_dir: Path) -> tuple[Registry, list[Problem]]:
    """topics.yml and speakers.yml beside the sources; a bad entry is reported and skipped."""
    problems: list[Problem] = []
    topics: list[Topic] = []
    raw_topics, found = _load_yaml_list(sources_dir / "topics.yml", "topics.yml")
    problems += found
    for i, entry in enumerate(raw_topics, 1):
        if not isinstance(entry, dict) or not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", str(entry.get("id", ""))):
            problems.append(Problem("topics.yml", f"entry {i} needs an 'id' that is a lowercase slug (like 'climate'); it is skipped"))
            continue
        if any(t.id == entry["id"] for t in topics):
            problems.append(Problem("topics.yml", f"topic id '{entry['id']}' is defined twice; keep one"))
            continue
        topics.append(Topic(
            id=entry["id"], label=str(entry.get("label") or entry["id"]),
            description=str(entry.get("description") or ""), keywords=_strings(entry.get("keywords")),
        ))
    speakers: list[Speaker] = []
    raw_speakers, found = _load_yaml_list(sources_dir / "speakers.yml", "speakers.yml")
    problems += found
    owner: dict[str, str] = {}
    for i, entry in enumerate(raw_speakers, 1):
        if not isinstance(entry, dict) or not str(entry.get("name") or "").strip():
            problems.append(Problem("speakers.yml", f"entry {i} needs a 'name'; it is skipped"))
            continue
        name = str(entry["name"]).strip()
        aliases = []
        for alias in _strings(entry.get("aliases")):
            other = owner.get(alias.casefold())
            if other and other != name:
                problems.append(Problem(
                    "speakers.yml", f"alias '{alias}' belongs to both {other} and {name}; keep it on one of them (it is ignored for {name})"))
                continue
            owner[alias.casefold()] = name
            aliases.append(alias)
        owner.setdefault(name.casefold(), name)
        speakers.append(Speaker(
            name=name, aliases=tuple(aliases), role=str(entry.get("role") or ""), country=str(entry.get("country") or ""),
        ))
    return Registry(topics=tuple(topics), speakers=tuple(speakers)), problems
