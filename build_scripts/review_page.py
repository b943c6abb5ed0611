"""The review queue as a page: a Markdown page for `mkdocs serve` (never for a published build) and
a standalone HTML file for `make review`. Every string from a source is escaped, and the whole
queue is one raw HTML block, so nothing in a source is read as Markdown, HTML or a link.
"""
from __future__ import annotations

import html
from pathlib import Path

from .model import Page
from .read import read_registry
from .review import KIND_NAMES, Item, decisions, squash, review_items, where

REVIEW_PATH = "review/index.md"
TITLE = "Review queue"
INTRO = ("Every decision extraction left to the curator, most important first. Paste the front matter "
         "shown into the top of the source (between two lines of <code>---</code>); a settled item leaves the queue.")


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _item(item: Item) -> str:
    parts = [f'<li class="or-review-{_e(item.kind)}">',
             f"<p><strong>{_e(KIND_NAMES[item.kind])}</strong> · <code>{_e(where(item))}</code>: {_e(item.what)}</p>"]
    if item.sentence:
        parts.append(f"<blockquote><p>{_e(squash(item.sentence))}</p></blockquote>")
    if item.settle:
        parts.append("<p>To settle it, paste one of:</p>")
        parts += [f"<pre><code>{_e(s)}</code></pre>" for s in item.settle]
    parts.append("</li>")
    return "".join(parts)


PAGE_LIMIT = 500  # the preview's page stays light at any size of corpus; `make review` lists everything


def queue_html(items: list[Item], limit: int | None = None) -> str:
    """The queue as one HTML fragment, with no blank line (Markdown leaves it whole)."""
    if not items:
        return '<div class="or-review"><p>Nothing waits for review.</p></div>'
    shown = items[:limit] if limit else items
    body = "".join(_item(i) for i in shown)
    more = (f"<p>The first {len(shown):,} are shown; <code>make review</code> lists all {len(items):,} "
            "and writes them to build/review.html.</p>") if len(shown) < len(items) else ""
    return (f'<div class="or-review"><p>{decisions(len(items))} for review. {INTRO}</p>'
            f"<ol>{body}</ol>{more}</div>")


def review_page(items: list[Item]) -> Page:
    """For the preview only: the hook adds it under `mkdocs serve`."""
    content = "\n".join(["---", f"title: {TITLE}", "search:", "  exclude: true", "---", "", f"# {TITLE}", "",
                         queue_html(items, PAGE_LIMIT), ""])
    return Page(REVIEW_PATH, content)


def review_document(items: list[Item]) -> str:
    """A page the curator can open from disk: no script, no link, no request to anywhere."""
    return "\n".join([
        "<!doctype html>", '<html lang="en">', "<head>", '<meta charset="utf-8">', f"<title>{TITLE}</title>",
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
        "<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
        "li{margin-bottom:1.5rem}blockquote{border-left:3px solid #999;margin:0.5rem 0;padding-left:1rem}"
        "pre{background:#f4f4f4;padding:0.5rem;white-space:pre-wrap}</style>",
        "</head>", "<body>", f"<h1>{TITLE}</h1>", queue_html(items), "</body>", "</html>", ""])


def review_preview(conversion, sources_dir: Path) -> Page:
    """The queue page for a build's statements and problems (`mkdocs serve`: rebuilt at every edit)."""
    registry, _ = read_registry(sources_dir.resolve())
    items = review_items(list(conversion.statements), list(conversion.problems), registry, sources_dir.resolve(),
                         keep=True)
    return review_page(items)
