"""What RFC 4287 (Atom) requires of a feed document, checked on its XML.

Not a test module. `problems(xml)` lists every breach found, empty for a valid feed: the
elements a feed and an entry must have exactly once, dates in RFC 3339, absolute ids, a
person's name, text construct types, a link's href, content or an alternate link per entry,
no element of the Atom namespace that RFC 4287 does not define, ids unique per feed.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

NS = "http://www.w3.org/2005/Atom"
A = "{%s}" % NS
DATE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})")  # RFC 3339, upper-case T and Z
TAG_URI = re.compile(r"tag:[a-z0-9.-]+(?:@[a-z0-9.-]+)?,\d{4}(?:-\d{2}(?:-\d{2})?)?:\S*")  # RFC 4151
FEED_CHILDREN = {"author", "category", "contributor", "generator", "icon", "id", "link", "logo", "rights",
                 "subtitle", "title", "updated", "entry"}
ENTRY_CHILDREN = {"author", "category", "content", "contributor", "id", "link", "published", "rights", "source",
                  "summary", "title", "updated"}
TEXT_TYPES = {None, "text", "html", "xhtml"}


def _local(el) -> str | None:
    return el.tag[len(A):] if isinstance(el.tag, str) and el.tag.startswith(A) else None


def _check_children(el, allowed: set[str], where: str, out: list[str]) -> None:
    for child in el:
        name = _local(child)
        if name is not None and name not in allowed:
            out.append(f"{where}: atom:{name} is not allowed here")


def _exactly_one(el, name: str, where: str, out: list[str]):
    found = el.findall(A + name)
    if len(found) != 1:
        out.append(f"{where}: must have exactly one atom:{name}, has {len(found)}")
    return found[0] if found else None


def _id(el, where: str, out: list[str]) -> str | None:
    found = _exactly_one(el, "id", where, out)
    if found is None:
        return None
    value = (found.text or "").strip()
    if not urlsplit(value).scheme:
        out.append(f"{where}: atom:id {value!r} is not an absolute IRI")
    if value.startswith("tag:") and not TAG_URI.fullmatch(value):
        out.append(f"{where}: atom:id {value!r} is not a valid tag: URI")
    return value


def _date(el, name: str, where: str, out: list[str], required: bool = True) -> None:
    found = el.findall(A + name)
    if len(found) > 1 or (required and not found):
        out.append(f"{where}: must have {'exactly' if required else 'at most'} one atom:{name}, has {len(found)}")
    for d in found:
        if not DATE.fullmatch((d.text or "").strip()):
            out.append(f"{where}: atom:{name} {d.text!r} is not an RFC 3339 date-time")


def _texts(el, where: str, out: list[str]) -> None:
    for name in ("title", "subtitle", "summary", "rights", "content"):
        for t in el.findall(A + name):
            if t.get("type") not in TEXT_TYPES and name != "content":
                out.append(f"{where}: atom:{name} has type {t.get('type')!r}")
            if t.get("type") == "xhtml" and t.find("{http://www.w3.org/1999/xhtml}div") is None:
                out.append(f"{where}: xhtml atom:{name} needs an xhtml:div")


def _people(el, where: str, out: list[str]) -> None:
    for person in el.findall(A + "author") + el.findall(A + "contributor"):
        if len(person.findall(A + "name")) != 1:
            out.append(f"{where}: a person construct needs exactly one atom:name")


def _links(el, where: str, out: list[str]) -> None:
    alternates = set()
    for link in el.findall(A + "link"):
        if not link.get("href"):
            out.append(f"{where}: atom:link without href")
        if link.get("rel", "alternate") == "alternate":
            key = (link.get("type"), link.get("hreflang"))
            if key in alternates:
                out.append(f"{where}: two alternate links with the same type and hreflang")
            alternates.add(key)
    for category in el.findall(A + "category"):
        if not category.get("term"):
            out.append(f"{where}: atom:category without term")


def problems(xml: bytes) -> list[str]:
    out: list[str] = []
    root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True))
    if root.tag != A + "feed":
        return [f"the document element is {root.tag}, not atom:feed"]
    _check_children(root, FEED_CHILDREN, "feed", out)
    _id(root, "feed", out)
    _exactly_one(root, "title", "feed", out)
    _date(root, "updated", "feed", out)
    _texts(root, "feed", out)
    _people(root, "feed", out)
    _links(root, "feed", out)
    if not any(link.get("rel") == "self" for link in root.findall(A + "link")):
        out.append("feed: should have a link rel=self")
    feed_has_author = bool(root.findall(A + "author"))
    ids = []
    for n, entry in enumerate(root.findall(A + "entry"), 1):
        where = f"entry {n}"
        _check_children(entry, ENTRY_CHILDREN, where, out)
        ids.append(_id(entry, where, out))
        _exactly_one(entry, "title", where, out)
        _date(entry, "updated", where, out)
        _date(entry, "published", where, out, required=False)
        _texts(entry, where, out)
        _people(entry, where, out)
        _links(entry, where, out)
        if not feed_has_author and not entry.findall(A + "author"):
            out.append(f"{where}: no atom:author, and the feed has none")
        if not entry.findall(A + "content") and not any(l.get("rel", "alternate") == "alternate" for l in entry.findall(A + "link")):
            out.append(f"{where}: needs atom:content or an alternate link")
        if len(entry.findall(A + "summary")) > 1 or len(entry.findall(A + "content")) > 1:
            out.append(f"{where}: at most one atom:summary and one atom:content")
    if len(ids) != len(set(ids)):
        out.append("feed: two entries share an id")
    return out
