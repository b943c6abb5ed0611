"""The search index: Pagefind over the built site, after MkDocs.

Pagefind splits its index into small pieces, so a query fetches a few hundred KB however
large the site. What it indexes is each page's article (the hook marks it) minus the parts
below: a statement is found by its title, speakers, topics and quotations, not by the
words of the article around them (indexing every source's full text more than doubles
Pagefind's memory: 2.8 GB instead of 1.1 GB at 10,000 statements).
"""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

# citations (code blocks), the other reports of a quote, listings of other statements, charts and
# their tables, pagers, a speaker's quotes (each is on its statement's page), notices, the source
# text and the source box, section headings; the provenance line, the earlier and later statements
# and a quotation's link (the same words on every page, or other statements' titles)
PAGEFIND_SKIPS = ("pre, .or-corroboration, li.or-entry, .or-group, .or-chart, .or-chart-data, .or-pager, "
                  ".or-quotes-over-time, .or-notice, .or-source-text, .or-source, .headerlink, h2, h3, "
                  ".or-provenance, .or-neighbours, .or-quote-link, .or-copy-link")

# `python -m build_scripts site` indexes the site itself once MkDocs has exited (so the two never
# hold memory at the same time) and tells the hook so through this variable
INDEX_LATER = "ON_RECORD_INDEX_LATER"


def index_site(site_dir: Path) -> str | None:
    """Build the search index into site_dir/pagefind; None, or what went wrong."""
    from pagefind_bin import get_executable  # the Pagefind binary from PyPI (pagefind-bin)

    command = [str(get_executable()), "--site", str(site_dir), "--exclude-selectors", PAGEFIND_SKIPS, "--quiet"]
    done = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    if done.returncode != 0:
        return (done.stderr or done.stdout).strip()[-500:] or f"Pagefind exited with {done.returncode}"
    return None
