"""The MkDocs hook: statement pages handed to MkDocs, rebuilt when a source changes; the search index.

Nothing is written into docs/, so `mkdocs serve` cannot loop on its own output (mkdocs#1933),
and a hand-written page in docs/ always wins over a generated one. The generated pages (and the
files beside them: statements.json and .csv, the feeds, the charts) are written to a folder of
their own in the cache, and only those that changed: under `mkdocs serve --dirty`, an edit to
one source rebuilds only the pages it changed. After a build, Pagefind indexes the site.
Set ON_RECORD_SOURCES to build from another sources folder.
"""
from __future__ import annotations

import atexit
import gc
import hashlib
import html
import logging
import os
import re
import shutil
import stat
import tempfile
from pathlib import Path

from mkdocs.structure.files import File, Files

from build_scripts.cache import default_folder
from build_scripts.describe import describe
from build_scripts.pipeline import convert_folder
from build_scripts.report import REPORT, write_report
from build_scripts.review_page import REVIEW_PATH, review_preview
from build_scripts.recent import Recent
from build_scripts.search import INDEX_LATER, index_site
from build_scripts.write import stats, write_pages

# a child of the "mkdocs" logger, so `mkdocs build --strict` counts these warnings
log = logging.getLogger("mkdocs.hooks.on_record")


class _NoDirtyScare(logging.Filter):
    """`make serve` runs `mkdocs serve --dirty` on purpose (only changed pages are rebuilt; the README
    says another page's menu may lag until the next full build): MkDocs' warning about it at every
    rebuild would only teach the curator to ignore warnings."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("A 'dirty' build is being performed")


logging.getLogger("mkdocs.commands.build").addFilter(_NoDirtyScare())

# kept from build to build under `mkdocs serve`: what the last build made, and what it wrote
state: dict = {"command": "build", "indexed": False, "seen": {}, "recent": Recent(), "written": {},
               "files": {}, "file_setting": None, "frozen": False}


def sources_dir(config) -> Path:
    configured = os.environ.get("ON_RECORD_SOURCES")
    return Path(configured) if configured else Path(config.config_file_path).parent / "sources"


def pages_dir(config) -> Path:
    """Where the generated pages are written: one folder per sources folder, in the cache (or, with
    the cache off, in a folder of the temporary folder private to this user)."""
    key = hashlib.sha256(f"{sources_dir(config).resolve()}\0{config.site_name}".encode()).hexdigest()[:16]
    return (default_folder() or private_temp_folder()) / "pages" / key


def _is_private(folder: Path) -> bool:
    """A real folder (not a link), owned by this user, that nobody else may enter or write to."""
    try:
        found = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(found.st_mode) and found.st_uid == os.getuid() and found.st_mode & 0o077 == 0


def _tighten(folder: Path) -> None:
    """Ours from before this check (0755: others could read, not write, so nothing was planted): made private."""
    found = os.lstat(folder)
    if stat.S_ISDIR(found.st_mode) and found.st_uid == os.getuid() and found.st_mode & 0o022 == 0:
        os.chmod(folder, 0o700, follow_symlinks=False)


def private_temp_folder() -> Path:
    """/tmp/on-record-<uid>, made private (0700) by us; kept from build to build so that unchanged
    pages are not written again. Anyone can create that name first: when the folder there is not
    ours and private, pages planted in it would be published, so a fresh folder is made instead."""
    if state.get("private") and _is_private(state["private"]):
        return state["private"]
    folder = Path(tempfile.gettempdir()) / f"on-record-{os.getuid()}"
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        _tighten(folder)
    except OSError:
        folder = None
    if folder is None or not _is_private(folder):
        log.info("%s is not a private folder of this user; the pages go to a fresh one", folder)
        folder = Path(tempfile.mkdtemp(prefix="on-record-"))  # 0700, a name nobody could guess
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
    state["private"] = folder
    return folder


def on_startup(command: str, **_) -> None:
    state["command"] = command


def _reproducible(config) -> None:
    """A bare `mkdocs build` stamps what `make site` stamps: the last commit's time, never the clock
    (MkDocs reads SOURCE_DATE_EPOCH for sitemap.xml and its page dates)."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return
    import subprocess
    folder = Path(config.config_file_path or ".").resolve().parent
    last = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=folder, capture_output=True, text=True)
    os.environ["SOURCE_DATE_EPOCH"] = last.stdout.strip() if last.returncode == 0 and last.stdout.strip() else "0"


def on_config(config, **_):
    _reproducible(config)
    # a preview needs no sitemap: under `mkdocs serve` it is not rebuilt at every edit (at 10,000 pages
    # it costs a fraction of a second each time); `mkdocs build` and `make site` always write it
    if state["command"] == "serve":
        config.theme.static_templates.discard("sitemap.xml")
        # the curator's review queue is in the preview's menu; the published site has neither
        if config.nav is not None and REVIEW_PATH not in str(config.nav):
            config.nav = [*config.nav, {"Review queue": REVIEW_PATH}]
    return config


def on_files(files: Files, config, **_) -> Files:
    # only `mkdocs serve` builds again in this process: a single build keeps nothing (memory is for MkDocs)
    serving = state["command"] == "serve"
    # site_url (mkdocs.yml, from $SITE_URL) makes citations absolute; extra.subject says who the site covers
    result = convert_folder(sources_dir(config), site_name=config.site_name, cache_dir=default_folder(),
                            recent=state["recent"] if serving else None, site_url=config.site_url or "",
                            subject=str((config.extra or {}).get("subject") or ""))
    for problem in result.problems:
        log.warning(str(problem))
    if os.environ.get(REPORT):  # `python -m build_scripts site` sums the build up from this
        write_report(Path(os.environ[REPORT]), sources_dir(config), result)
    folder = pages_dir(config)
    ours = []
    # the curator's review queue is a page of the preview only, never of a published build
    preview = [review_preview(result, sources_dir(config))] if serving else []
    for page in [*result.pages, *preview]:
        if files.get_file_from_path(page.path) is not None:
            log.info("docs/%s is hand-written; it is kept and the generated page is not used", page.path)
            continue
        ours.append(page)
    # only changed pages are written, so their modification times tell `serve --dirty` what to rebuild
    changed, problems = write_pages(ours, folder, seen=state["seen"], last=state["written"] if serving else None)
    for problem in problems:
        log.warning(str(problem))
    state["seen"] = stats(folder, [p.path for p in ours])
    # under `mkdocs serve`, a page that did not change keeps its File, and so its Page (MkDocs makes a
    # Page only for a File without one): at 10,000 pages, making them again costs a second a rebuild
    setting = (str(folder), config.site_dir, config.use_directory_urls, config.site_url, _modified(config))
    before = state["files"] if serving and state["file_setting"] == setting else {}
    fresh = set(changed)
    kept = {}
    for page in ours:
        file = before.get(page.path)
        if file is None or page.path in fresh:
            if file is not None:
                file.page = None  # File and Page point at each other: the old Page is freed at once
            file = File(page.path, str(folder), config.site_dir, config.use_directory_urls)
        kept[page.path] = file
        files.append(file)
    state["files"], state["file_setting"] = (kept, setting) if serving else ({}, None)
    return files


def _modified(config) -> int | None:
    """When mkdocs.yml last changed: a changed configuration makes every File and Page afresh."""
    try:
        return os.stat(config.config_file_path).st_mtime_ns
    except (OSError, TypeError):
        return None


def on_serve(server, config, builder, **_):
    # a changed, added or removed source rebuilds the site, without a restart
    if os.environ.get("ON_RECORD_WATCH") == "poll" or not _notified(server, sources_dir(config)):
        server.watch(str(sources_dir(config)))
    address = config.dev_addr
    log.info("The curator's review queue: http://%s:%s/review/ (this preview only)", address.host, address.port)
    return server


def _notified(server, folder: Path) -> bool:
    """Watch the sources through the system's file notifications (inotify, FSEvents), as the MkDocs
    maintainers suggest doing from on_serve. MkDocs itself polls what it watches: a stat of every
    file twice a second (mkdocs#2477 chose that for network and Docker mounts), which at 10,000
    sources takes the CPU a rebuild needs. False where this MkDocs or this system cannot."""
    try:
        from watchdog.events import FileSystemEventHandler
        from watchdog.observers import Observer
        condition = server._rebuild_cond
    except (ImportError, AttributeError):
        return False

    class Rebuild(FileSystemEventHandler):
        def on_any_event(self, event) -> None:
            # a change, not a read: the build itself opens every source
            if event.is_directory or event.event_type not in ("created", "modified", "deleted", "moved"):
                return
            with condition:  # what MkDocs' own watcher does on a change
                server._want_rebuild = True
                condition.notify_all()

    observer = Observer()
    try:
        observer.schedule(Rebuild(), str(folder), recursive=True)
        observer.start()
    except OSError:  # e.g. out of inotify watches
        return False
    log.info("Watching %s for changes (system notifications; ON_RECORD_WATCH=poll to poll instead)", folder)
    return True


ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">')
SEARCH_SCRIPT = re.compile(r'\s*<script src="(?P<base>[^"]*)assets/javascripts/search\.js"></script>')


def on_post_page(output: str, page, config, **_) -> str:
    # what Pagefind indexes: the article of every page not excluded from search (the timeline's pages,
    # later pages of long listings), less the parts search.PAGEFIND_SKIPS lists
    if not (page.meta.get("search") or {}).get("exclude"):
        output = ARTICLE.sub(r'<article class="md-content__inner md-typeset" data-pagefind-body>', output, count=1)
    return _search_from_head(_open_graph(output, page, config))


def _open_graph(output: str, page, config) -> str:
    """What a shared link shows: the page's Open Graph card, from the title and description
    on_page_markdown set (both escaped there for an attribute)."""
    if not page.meta.get("og_title"):
        return output
    tags = [("og:type", "article" if "quotes" in page.meta else "website"),
            ("og:site_name", html.escape(config.site_name, quote=True)),
            ("og:title", page.meta["og_title"]), ("og:description", page.meta.get("description", ""))]
    if page.canonical_url:
        tags.append(("og:url", html.escape(page.canonical_url, quote=True)))
    head = "".join(f'<meta property="{name}" content="{value}">' for name, value in tags)
    return output.replace("</head>", head + "</head>", 1)


def _search_from_head(output: str) -> str:
    """search.js moved from the end of the page into <head>, async, with what it loads asked for at
    once: Pagefind's engine then loads while the page is read, not after (10,000 statements, headless
    Chromium: the first result ~0.1 s sooner). Material puts extra_javascript at the end of <body>."""
    found = SEARCH_SCRIPT.search(output)
    if not found:
        return output
    base = found["base"]  # as MkDocs wrote it in the attribute
    head = (f'<link rel="preload" href="{base}pagefind/pagefind-ui.css" as="style">'
            f'<link rel="preload" href="{base}pagefind/pagefind-ui.js" as="script">'
            f'<link rel="modulepreload" href="{base}pagefind/pagefind.js">'
            f'<script async src="{base}assets/javascripts/search.js"></script>')
    output = output[:found.start()] + output[found.end():]
    return output.replace("</head>", head + "</head>", 1)


def on_page_markdown(markdown: str, page, config, **_) -> str:
    # each page's own description (Material puts it in <meta name="description">) and Open Graph
    # title (on_post_page), escaped for an attribute
    title = str(page.meta.get("title") or page.title or config.site_name)
    page.meta["og_title"] = html.escape(title, quote=True)
    page.meta["description"] = html.escape(describe(page.meta, page.file.src_uri, title, config), quote=True)
    # MkDocs puts a page's title into its templates unescaped; a title is text, never markup
    if "title" in page.meta:
        page.meta["title"] = html.escape(str(page.meta["title"]), quote=True)
    return markdown


def on_post_build(config, **_) -> None:
    # `python -m build_scripts site` indexes after MkDocs exits; under `mkdocs serve` the index is
    # built once (rebuilding it at every edit would slow the preview)
    if not os.environ.get(INDEX_LATER) and not (state["command"] == "serve" and state["indexed"]):
        failed = index_site(Path(config.site_dir))
        if failed:
            log.warning("the search index could not be built (Pagefind: %s); the site has no search", failed)
        else:
            state["indexed"] = True
    if state["command"] == "serve" and not state["frozen"]:
        # what the first build made lives as long as the preview: Python's cyclic garbage collector
        # need not go through it again at every rebuild (half a second each at 10,000 statements).
        # Once only, after a collection, so what is frozen is what the first build left alive.
        gc.collect()
        gc.freeze()
        state["frozen"] = True
