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


WINDOW = 2  # pages linked by number on either side of the current one


def shown_pages(n: int, total: int, window: int = WINDOW) -> list[int | None]:
    """The page numbers a pager on page n names: the first, the last, and those within `window` of n;
    None where some are left out. A pager naming every page grew with the square of the pages (a
    statement of 20,000 quotations has 500: 250,000 links, and a 12 s build spent on them)."""
    keep = sorted({1, total, *range(max(1, n - window), min(total, n + window) + 1)})
    out: list[int | None] = []
    for i in keep:
        if out and i - (out[-1] or 0) > 1:
            out.append(None)
        out.append(i)
    return out


def pager(parts: Sequence[tuple[str, Sequence[object]]], n: int, order: str = "newest first") -> list[str]:
    """From page n, links to the previous and next pages, the first and last, and the pages near n;
    `order` says how the items run across them."""
    if len(parts) == 1:
        return []
    here = posixpath.dirname(parts[n - 1][0])

    def to(i: int) -> str:
        return posixpath.relpath(parts[i - 1][0], here)

    items = [f"[← previous]({to(n - 1)})"] if n > 1 else []
    items += ["…" if i is None else f"**{i}**" if i == n else f"[{i}]({to(i)})" for i in shown_pages(n, len(parts))]
    items += [f"[next →]({to(n + 1)})"] if n < len(parts) else []
    return [f"Page {n} of {len(parts)}, {order}: " + " · ".join(items), "{: .or-pager }", ""]
