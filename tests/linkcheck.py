"""A small link checker over a built site's files: every internal link, script, stylesheet and
image must point at a file of the site, and every #fragment at an id on the page it names.

Not a test module. Links to other hosts are collected, not followed (the network is closed);
`javascript:` links are always broken. Atom feeds' links and statements.json's addresses are
checked too.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree

LINKING = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("source", "src"),
           ("iframe", "src"), ("audio", "src"), ("video", "src")}
ATOM = "{http://www.w3.org/2005/Atom}"
ORIGIN = "http://site.invalid"


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []  # (tag, value)

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for name in ("id", "name") if tag == "a" else ("id",):
            if values.get(name):
                self.ids.add(values[name])
        for attr in ("href", "src"):
            if (tag, attr) in LINKING and values.get(attr) is not None:
                self.links.append((tag, values[attr]))


@dataclass
class Report:
    broken: list[tuple[str, str, str]] = field(default_factory=list)  # (page, link, why)
    external: set[str] = field(default_factory=set)
    graph: dict[str, set[str]] = field(default_factory=dict)  # page → the site's pages it links to
    checked: int = 0


def _target(root: Path, path: str) -> str | None:
    """The file a site path is served from, relative to root, or None when there is none."""
    relative = unquote(path).lstrip("/")
    candidates = [relative + "index.html"] if relative.endswith("/") or not relative else [relative, relative + "/index.html"]
    for candidate in candidates:
        if (root / candidate).is_file() and (root / candidate).resolve().is_relative_to(root.resolve()):
            return PurePosixPath(candidate).as_posix()
    return None


def check_site(root: Path) -> Report:
    root = root.resolve()
    report = Report()
    pages: dict[str, _Page] = {}
    for html in sorted(root.rglob("*.html")):
        parser = _Page()
        parser.feed(html.read_text(encoding="utf-8"))
        pages[html.relative_to(root).as_posix()] = parser

    def follow(source: str, value: str, tag: str = "a") -> None:
        report.checked += 1
        url = urljoin(f"{ORIGIN}/{source}", value.strip())
        parts = urlsplit(url)
        if parts.scheme == "javascript" or (parts.scheme == "data" and tag == "a"):
            report.broken.append((source, value, f"{parts.scheme}: link"))
            return
        if parts.scheme in ("mailto", "tel", "data"):
            return
        if f"{parts.scheme}://{parts.netloc}" != ORIGIN:
            report.external.add(url)
            return
        target = _target(root, parts.path)
        if target is None:
            report.broken.append((source, value, "no such file"))
            return
        if target.endswith(".html"):
            report.graph.setdefault(source, set()).add(target)
            if parts.fragment and unquote(parts.fragment) not in pages[target].ids:
                report.broken.append((source, value, f"no id '{parts.fragment}' on {target}"))

    for name, parser in pages.items():
        report.graph.setdefault(name, set())
        for tag, value in parser.links:
            if value.strip() in ("", "#"):
                continue
            follow(name, value, tag)
    for feed in sorted(root.rglob("*.xml")):
        tree = etree.parse(str(feed), etree.XMLParser(resolve_entities=False, no_network=True))
        if tree.getroot().tag != f"{ATOM}feed":
            continue  # sitemap.xml: absolute addresses only where the site has a site_url
        for link in tree.iter(f"{ATOM}link"):
            follow(feed.relative_to(root).as_posix(), link.get("href", ""))
    data = root / "statements.json"
    if data.is_file():
        for record in json.loads(data.read_text(encoding="utf-8")):
            follow("statements.json", record["url"])
    return report


def reachable(report: Report, start: str = "index.html") -> set[str]:
    seen, todo = {start}, [start]
    while todo:
        for nxt in report.graph.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen
