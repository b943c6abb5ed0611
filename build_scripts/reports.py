"""Reports of one statement, grouped into one timeline entry.

Several outlets often report the same statement: the same person's words on the same date. The
timeline lists them once, "Reported by N sources", with the other reports linked from that entry.
Which reports carry the same words is corroborate.py's finding (the quotations compared as words);
this module only groups: two statements are reports of one when the lead quotation of either is
carried by the other, they are the same speaker's, and they have the same date at the same precision
(a report of the words at another date, or given to someone else, is kept apart: never merged on a guess).
"""
from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from . import render as _render  # render imports this module: its helpers are looked up at call time
from .corroborate import Carrier
from .model import Statement
from .records import lead_quote

# slug → the slugs of every report of its statement (itself included), in timeline order; only groups of 2+
Groups = dict[str, tuple[str, ...]]


def _same_statement(s: Statement, t: Statement) -> bool:
    return bool(s.speakers) and s.speakers[:1] == t.speakers[:1] and (s.date, s.date_precision) == (
        t.date, t.date_precision) and s.date is not None


def _root(parent: dict[str, str], slug: str) -> str:
    while parent[slug] != slug:
        parent[slug] = parent[parent[slug]]  # halve the path: groups stay flat
        slug = parent[slug]
    return slug


def groups(statements: list[Statement], carried: dict[tuple[str, int], tuple[Carrier, ...]]) -> Groups:
    """The reports of each statement (statements in timeline order, oldest first)."""
    parent = {s.slug: s.slug for s in statements}
    for s in statements:
        q = lead_quote(s)
        if q is None:
            continue
        for c in carried.get((s.slug, s.quotes.index(q)), ()):
            if c.statement.slug in parent and _same_statement(s, c.statement):
                parent[_root(parent, c.statement.slug)] = _root(parent, s.slug)
    members: dict[str, list[str]] = {}
    for s in statements:  # timeline order, so each group's members are too
        members.setdefault(_root(parent, s.slug), []).append(s.slug)
    return {slug: tuple(group) for group in members.values() if len(group) > 1 for slug in group}


def grouped(items: Iterable[Statement], found: Groups | None) -> list[tuple[Statement, list[Statement]]]:
    """A listing's statements, each report of one statement after the first folded into its entry:
    (the statement shown, the other reports listed in the same run of statements)."""
    items = list(items)
    if not found:
        return [(s, []) for s in items]
    by_slug = {s.slug: s for s in items}
    shown: set[str] = set()
    out = []
    for s in items:
        if s.slug in shown:
            continue
        # the first report in timeline order leads, whichever way the listing reads
        members = [by_slug[o] for o in found.get(s.slug, (s.slug,)) if o in by_slug]
        shown.update(o.slug for o in members)
        out.append((members[0], members[1:]))
    return out


def _name(s: Statement) -> str:
    """A report named by who published it, or where, or (neither recorded) its title."""
    if s.source.publisher:
        return s.source.publisher
    if s.source.url and urlsplit(s.source.url).hostname:
        return urlsplit(s.source.url).hostname or ""
    return _render.shorten(s.title, 8)


def reported_line(others: list[Statement], prefix: str) -> str:
    """The line in a grouped entry: how many report it, and a link to each other report's page."""
    links = [_render.link(_name(o), f"{prefix}statements/{o.slug}.md") for o in others]
    return f"  *Reported by {len(others) + 1} sources*{{: .or-reported }}: also {', '.join(links)}  "
