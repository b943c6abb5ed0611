"""The MkDocs hook: statement pages handed to MkDocs in memory, rebuilt when a source changes.

Nothing is written into docs/, so `mkdocs serve` cannot loop on its own output
(mkdocs#1933), and a hand-written page in docs/ always wins over a generated one.
The files beside the pages (statements.json, statements.csv, the feeds, the charts) go
the same way: MkDocs copies a generated non-Markdown file to the site as it is.
Set ON_RECORD_SOURCES to build from another sources folder.
"""
from __future__ import annotations

import html
import logging
import os
import re
from pathlib import Path

from mkdocs.structure.files import File, Files

from build_scripts.cache import default_folder
from build_scripts.pipeline import convert_folder

# a child of the "mkdocs" logger, so `mkdocs build --strict` counts these warnings
log = logging.getLogger("mkdocs.hooks.on_record")


def sources_dir(config) -> Path:
    configured = os.environ.get("ON_RECORD_SOURCES")
    return Path(configured) if configured else Path(config.config_file_path).parent / "sources"


def on_files(files: Files, config, **_) -> Files:
    result = convert_folder(sources_dir(config), site_name=config.site_name, cache_dir=default_folder())
    for problem in result.problems:
        log.warning(str(problem))
    for page in result.pages:
        if files.get_file_from_path(page.path) is not None:
            log.info("docs/%s is hand-written; it is kept and the generated page is not used", page.path)
            continue
        files.append(File.generated(config, page.path, content=page.content))
    return files


def on_serve(server, config, builder, **_):
    # a changed, added or removed source rebuilds the site, without a restart
    server.watch(str(sources_dir(config)))
    return server


# Material's search is a dialog without a name (axe: aria-dialog-name); it gets one.
# (No <link rel="alternate"> for the feeds: Material takes every such link for a language
# version and fetches a sitemap beside it. The feeds are linked on the pages instead.)
SEARCH_DIALOG = re.compile(r'(<div class="md-search"[^>]*role="dialog")(?![^>]*aria-label)')


def on_post_page(output: str, page, config, **_) -> str:
    return SEARCH_DIALOG.sub(r'\1 aria-label="Search"', output, count=1)


def on_page_markdown(markdown: str, page, **_) -> str:
    # MkDocs puts a page's title into its templates unescaped; a title is text, never markup
    if "title" in page.meta:
        page.meta["title"] = html.escape(str(page.meta["title"]), quote=True)
    return markdown
