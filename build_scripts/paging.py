"""Pages cut into numbered pages: where page n lives, what it holds, and the links between them.

Topic and speaker listings (render.py) and a statement's quotations (statement_page.py) are
paginated the same way, so that an address can be worked out from a number alone: page 1 is
base.md, then base/page-2.md, base/page-3.md, … (MkDocs: base/, base/page-2/, …).
"""
from __future__ import annotations

import posixpath
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def page_path(base: str, n: int) -> str:
    """The Markdown page of page n (from 1) of `base`."""
    return f"{base}.md" if n == 1 else f"{base}/page-{n}.md"


def page_url(base: str, n: int) -> str:
    """Page n's address from the top of the site, as MkDocs publishes it (directory URLs)."""
    return f"{base}/" if n == 1 else f"{base}/page-{n}/"


def paged(base: str, items: Sequence[T], size: int) -> list[tuple[str, list[T]]]:
    """`items`, in their order, cut into pages of at most `size`: (page path, items); one page even
    when there are none, as the page itself always exists."""
    chunks = [list(items[i:i + size]) for i in range(0, len(items), size)] or [[]]
    return [(page_path(base, n), chunk) for n, chunk in enumerate(chunks, 1)]


def prefix(path: str) -> str:
    """From a page to the top of the site."""
    return "../" * path.count("/")


def pager(parts: Sequence[tuple[str, Sequence[object]]], n: int, order: str = "newest first") -> list[str]:
    """Links to every page, from page n; `order` says how the items run across them."""
    if len(parts) == 1:
        return []
    here = posixpath.dirname(parts[n - 1][0])
    numbers = [f"**{i}**" if i == n else f"[{i}]({posixpath.relpath(path, here)})"
               for i, (path, _) in enumerate(parts, 1)]
    return [f"Page {n} of {len(parts)}, {order}: " + " · ".join(numbers), "{: .or-pager }", ""]
