"""Stage 1, read: files in the sources folder → `SourceDocument`s and a `Registry`.

Nothing here interprets the article; it only decodes bytes, splits off the
curator's front matter and, for saved web pages, finds the article text.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import frontmatter
import yaml
from lxml import html as lxml_html

from .model import HtmlMetadata, Problem, Registry, SourceDocument, Speaker, Topic

SOURCE_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
REGISTRY_FILES = ("topics.yml", "speakers.yml")
MAX_SOURCE_BYTES = 5 * 10**6  # a saved page with its scripts is well under this; a larger file is not one article


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


FILE_KINDS = {stat.S_IFIFO: "named pipe (FIFO)", stat.S_IFCHR: "character device", stat.S_IFBLK: "block device",
              stat.S_IFSOCK: "socket", stat.S_IFDIR: "folder"}


class NotRegular(OSError):
    """A path that is not a regular file (reading a FIFO would wait for ever, a device for ever more)."""

    def __init__(self, mode: int, path: Path):
        super().__init__(errno.EINVAL, FILE_KINDS.get(stat.S_IFMT(mode), "special file"), str(path))


def read_regular(path: Path) -> bytes:
    """A regular file's bytes. Opened without waiting (O_NONBLOCK: a FIFO put in its place since it was
    listed does not block the open), then checked to be a regular file before a byte is read."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        found = os.fstat(fd)
        if not stat.S_ISREG(found.st_mode):
            raise NotRegular(found.st_mode, path)
        with os.fdopen(os.dup(fd), "rb") as f:
            return f.read()
    finally:
        os.close(fd)


def file_problem(name: str, path: Path, err: OSError) -> Problem:
    """The one message for a source that cannot be read as a file, with what to do. Transient: the
    same content may read well next time (permissions fixed, the file put back), so it is not cached."""
    if isinstance(err, NotRegular):
        message = f"is a {err.strerror}, not a regular file; only files are read. Remove it from the sources folder"
    elif err.errno == errno.ELOOP:
        message = "is a link that leads round in a loop; remove the link or point it at a file"
    elif err.errno == errno.ENOENT and os.path.islink(path):
        message = "is a link to a file that does not exist; remove the link or copy the file in"
    elif err.errno == errno.ENOENT:
        message = "was removed while the build read it; it is skipped this time (run again)"
    elif err.errno in (errno.EACCES, errno.EPERM):
        message = "cannot be read (permission denied); make it readable (chmod a+r) or remove it"
    else:
        message = f"could not be read ({err.strerror or err}); it is skipped this time. Check the file and run again"
    return Problem(name, message, transient=True)


def source_names(sources_dir: Path) -> list[str]:
    """Every source file's path within the folder, sorted as paths are (folder by folder) so no run
    depends on file-system order; hidden files and folders left out. (os.walk and strings, not
    Path.rglob: a glance at 10,000 sources must stay cheap.)"""
    found = []
    top = len(os.path.join(sources_dir, ""))
    for folder, subfolders, names in os.walk(sources_dir):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        inside = os.path.join(folder, "")[top:]
        found += [inside + n for n in names if not n.startswith(".") and os.path.splitext(n)[1].lower() in SOURCE_SUFFIXES]
    return sorted(found, key=lambda name: name.split("/"))


def decode(data: bytes, name: str) -> tuple[str, list[Problem]]:
    """Bytes → text with plain line ends. Anything but BOM-less UTF-8 with LF line ends is read,
    and reported once, so the curator can save it the way every other source is saved."""
    problems: list[Problem] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise SourceError(Problem(name, "claims to be UTF-16 but is not; save it as UTF-8")) from None
        problems.append(Problem(name, "is UTF-16 text; it was read as such. Save it as UTF-8"))
    elif b"\x00" in data[:8192]:
        raise SourceError(Problem(name, "is a binary file, not text; remove it or save the article as UTF-8 text"))
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            line = data[: err.start].count(b"\n") + 1
            text = data.decode("cp1252", errors="replace")
            problems.append(Problem(name, "is not valid UTF-8; it was read as Windows-1252. Save it as UTF-8", line))
        if text.startswith("\ufeff"):
            text = text[1:]
            problems.append(Problem(name, "starts with a byte-order mark; it was read without it. Save it as UTF-8 without BOM"))
    if "\r" in text:
        if not problems:
            problems.append(Problem(name, "has Windows (CRLF) line endings; they were read as plain line ends. "
                                          "Save it with LF line endings"))
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, problems


def yaml_error(err: yaml.YAMLError, first_line: int) -> tuple[int | None, str]:
    """(line in the file, reason) of a YAML error. Where a quoted value or a block began says
    more than where the parser gave up, so that line is named when YAML knows it."""
    mark = getattr(err, "context_mark", None) or getattr(err, "problem_mark", None)
    reason = "; ".join(x for x in (getattr(err, "context", None), getattr(err, "problem", None)) if x)
    return (mark.line + first_line if mark else None), reason or str(err).splitlines()[0]


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
        line, reason = yaml_error(err, first_line)
        raise SourceError(Problem(name, f"front matter is not valid YAML ({reason}); fix the YAML", line)) from None
    if values is None:
        return {}, {}, body
    if not isinstance(values, dict):
        kind = {"list": "a list", "str": "a single string", "int": "a number", "float": "a number",
                "bool": "a true/false value"}.get(type(values).__name__, "a single value")
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


def _htmldate(tree) -> str | None:
    """The publication date htmldate reads from a page's markup (its own list of the many places sites
    put it), where our own look found none; the original date, never the last update, and never a
    bound taken from the clock."""
    from htmldate import find_date  # imported here: only pages without a date in the usual places pay for it
    try:
        return find_date(tree, extensive_search=False, original_date=True, min_date="1900-01-01",
                         max_date="2100-01-01")
    except Exception:  # noqa: BLE001 - a third-party reader on untrusted markup: no date rather than no page
        return None


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

    ld = _ld_article(tree)
    publisher = ld.get("publisher")
    times = [t.get("datetime") for t in tree.xpath("//article//time[@datetime] | //time[@datetime]") if t.get("datetime")]
    titles = tree.xpath("//title")
    return HtmlMetadata(
        title=meta("og:title", "twitter:title") or _ld_text(ld.get("headline")) or (_text_of(titles[0]) if titles else None),
        published=meta("article:published_time", "datePublished", "date", "DC.date.issued", "pubdate")
        or _ld_text(ld.get("datePublished")) or (times[0] if times else None) or _htmldate(tree),
        publisher=meta("og:site_name") or _ld_text(publisher.get("name") if isinstance(publisher, dict) else publisher),
        url=str((tree.xpath("//link[@rel='canonical']/@href") or [""])[0]) or meta("og:url"),
    )


LD_DEPTH = 4  # how deep a value is looked into for its text: a name in a list in an object is enough


def _ld_text(value: object, depth: int = 0) -> str | None:
    """The text of a JSON-LD value of any shape schema.org allows: a string, a list of them (the
    first), an object with a name or @value, a number. Anything else, or nested deeper, is ignored."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if depth >= LD_DEPTH:
        return None
    if isinstance(value, list):
        return next((t for t in (_ld_text(v, depth + 1) for v in value) if t), None)
    if isinstance(value, dict):
        return _ld_text(value.get("name"), depth + 1) or _ld_text(value.get("@value"), depth + 1)
    return None


def _ld_items(data: object) -> list:
    """The objects of a JSON-LD block: a list of them, an object with a @graph (a list, one object, or
    null), or the object itself."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        graph = data.get("@graph")
        return graph if isinstance(graph, list) else [graph] if isinstance(graph, dict) else [data]
    return []


def _ld_article(tree) -> dict:
    """The first Article (NewsArticle, …) among the page's JSON-LD blocks; {} when there is none."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):  # not JSON, or nested too deep to read: ignored
            continue
        for item in _ld_items(data):
            if isinstance(item, dict) and "Article" in (_ld_text(item.get("@type")) or ""):
                return item
    return {}


class _Paragraphs(HTMLParser):
    """Every paragraph and heading of a page, for pages trafilatura cannot read (e.g. nested
    deeper than lxml follows). Event-based, so no depth is too deep."""

    BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote"}
    SKIP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] | None = None
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self.SKIP:
            self._skipping += 1
        elif tag in self.BLOCKS and not self._skipping:
            self._flush()
            self._current = []

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self._skipping:
            self._skipping -= 1
        elif tag in self.BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._current is not None and not self._skipping:
            self._current.append(data)

    def _flush(self) -> None:
        if self._current:
            text = re.sub(r"\s+", " ", "".join(self._current)).strip()
            if text:
                self.paragraphs.append(text)
        self._current = None


def html_article_text(page: str, name: str) -> tuple[str, list[Problem]]:
    """The article body of a saved web page, one paragraph per line, via trafilatura."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    try:
        text = trafilatura.extract(
            page, include_comments=False, include_tables=False, include_links=False,
            include_images=False, favor_precision=True, deduplicate=False,
        )
    except (ValueError, RecursionError):  # lxml gives up on some malformed or very deep pages
        text = None
    if text:
        return text, []
    reader = _Paragraphs()
    reader.feed(page)
    reader.close()
    if not reader.paragraphs:
        return "", []
    return "\n\n".join(reader.paragraphs), [Problem(
        name, "the article could not be told apart from the rest of the page, so every paragraph was read; "
              "check its statement page, or save only the article")]


def read_source(path: Path, sources_dir: Path) -> tuple[SourceDocument, list[Problem]]:
    """One file → a SourceDocument, or SourceError with the one message that explains why not."""
    name = path.relative_to(sources_dir).as_posix()
    try:
        found = os.stat(path)
        if not stat.S_ISREG(found.st_mode):
            raise NotRegular(found.st_mode, path)
        size = found.st_size
        if size > MAX_SOURCE_BYTES:
            raise SourceError(Problem(name, f"is {size / 1e6:.1f} MB, more than the {MAX_SOURCE_BYTES // 10**6} MB "
                                            "a source may hold; it is skipped. Keep only the article in it"))
        data = read_regular(path)
    except OSError as err:
        raise SourceError(file_problem(name, path, err)) from None
    if not data.strip():
        raise SourceError(Problem(name, "is empty; add the article text or remove the file"))
    text, problems = decode(data, name)
    kind = SOURCE_SUFFIXES[path.suffix.lower()]
    values, lines, body = split_front_matter(text, name)
    html_meta = None
    if kind == "html":
        html_meta = html_metadata(body)
        body, found = html_article_text(body, name)
        problems += found
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
        line, reason = yaml_error(err, 1)
        return [], problems + [Problem(name, f"is not valid YAML ({reason}); fix it, until then it is ignored", line)]
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


RESERVED_IDS = {"index"}  # topics/index.md and speakers/index.md are the lists themselves


def _blank_dropped(values: tuple[str, ...], what: str, owner: str, problems: list[Problem], file: str) -> list[str]:
    """The values that hold a word; each blank one is reported and ignored (a blank keyword would
    match everywhere, and broke every source)."""
    kept = []
    for value in values:
        if value.strip():
            kept.append(" ".join(value.split()))
        else:
            problems.append(Problem(file, f"{owner} has a blank {what} ({value!r}); it is ignored. Remove it"))
    return kept


def _read_topics(sources_dir: Path, problems: list[Problem]) -> list[Topic]:
    topics: list[Topic] = []
    raw_topics, found = _load_yaml_list(sources_dir / "topics.yml", "topics.yml")
    problems += found
    for i, entry in enumerate(raw_topics, 1):
        topic_id = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(topic_id, str) or not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", topic_id):
            problems.append(Problem("topics.yml", f"entry {i} needs an 'id' that is a lowercase slug (like 'climate'); it is skipped"
                                    + (f" ({topic_id!r} is a number: write it in quotes)" if isinstance(topic_id, (int, float)) else "")))
            continue
        if topic_id in RESERVED_IDS:
            problems.append(Problem("topics.yml", f"entry {i}: the id '{topic_id}' is reserved (topics/{topic_id} is the list "
                                                  "of topics); choose another id. It is skipped"))
            continue
        if any(t.id == topic_id for t in topics):
            problems.append(Problem("topics.yml", f"topic id '{topic_id}' is defined twice; keep one"))
            continue
        keywords = _blank_dropped(_strings(entry.get("keywords")), "keyword", f"topic '{topic_id}'", problems, "topics.yml")
        topics.append(Topic(
            id=topic_id, label=str(entry.get("label") or topic_id),
            description=str(entry.get("description") or ""), keywords=tuple(keywords),
        ))
    return topics


def _read_speakers(sources_dir: Path, problems: list[Problem]) -> list[Speaker]:
    speakers: list[Speaker] = []
    raw_speakers, found = _load_yaml_list(sources_dir / "speakers.yml", "speakers.yml")
    problems += found
    owner: dict[str, str] = {}
    for i, entry in enumerate(raw_speakers, 1):
        if not isinstance(entry, dict) or not str(entry.get("name") or "").strip():
            problems.append(Problem("speakers.yml", f"entry {i} needs a 'name'; it is skipped"))
            continue
        name = " ".join(unicodedata.normalize("NFC", str(entry["name"])).split())  # "Zhang  Jun" is Zhang Jun
        aliases = []
        for alias in _blank_dropped(_strings(entry.get("aliases")), "alias", name, problems, "speakers.yml"):
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
    return speakers


def read_registry(sources_dir: Path) -> tuple[Registry, list[Problem]]:
    """topics.yml and speakers.yml beside the sources; a bad entry (or a bad value in one) is reported
    and skipped, the rest still counts."""
    problems: list[Problem] = []
    topics = _read_topics(sources_dir, problems)
    speakers = _read_speakers(sources_dir, problems)
    return Registry(topics=tuple(topics), speakers=tuple(speakers)), problems
