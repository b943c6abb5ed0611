"""Helpers for the browser tests: find Chromium, launch it offline, serve a built site.

Not a test module. Playwright's own browser download does not work everywhere this
project is built, so the tests launch an installed Chromium (or Chrome) through
`executable_path`. Set CHROMIUM to pick one; `make browser` installs Debian's chromium.
"""
from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

# everything that would let Chromium talk to another host on its own
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    """The Chromium to launch: $CHROMIUM first, then the first browser found on PATH."""
    configured = os.environ.get("CHROMIUM", "").strip()
    if configured:
        found = shutil.which(configured)
        if found is None:
            raise RuntimeError(
                f"CHROMIUM is set to {configured!r}, which is not an executable; "
                "point it at Chromium or Chrome, or unset it and run `make browser`"
            )
        return found
    for name in CANDIDATES:
        found = shutil.which(name)
        if found is not None:
            return found
    raise RuntimeError(
        "no Chromium found (looked for $CHROMIUM, then " + ", ".join(CANDIDATES) + " on PATH); "
        "run `make browser` to install it, or set CHROMIUM to a Chromium or Chrome executable"
    )


def launch(playwright):
    """A headless Chromium that makes no request of its own to another host."""
    return playwright.chromium.launch(
        executable_path=chromium_path(),
        headless=True,
        args=list(CHROMIUM_ARGS),
    )


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@contextlib.contextmanager
def serve_folder(path: str | os.PathLike) -> Iterator[str]:
    """Serve `path` over HTTP on 127.0.0.1 (a free port); yields the base URL, ending in '/'."""
    folder = Path(path)
    if not folder.is_dir():
        raise FileNotFoundError(f"nothing to serve: {folder} is not a folder")
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name=f"serve {folder}", daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host}:{port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def pagefind_search(page, query: str) -> list[str]:
    """Type a query into the header's search (Pagefind) and return the addresses of the results, best first."""
    box = page.locator(".or-search input")
    box.fill(query)
    # a loaded machine (CI, two browsers and a build at once) once took more than the default 30 s
    page.locator(".pagefind-ui__result-link").first.wait_for(timeout=90_000)
    page.wait_for_function("q => document.querySelector('.pagefind-ui__message')?.textContent.includes(q)", arg=query,
                           timeout=90_000)
    return page.locator(".pagefind-ui__result-link").evaluate_all("links => links.map(a => a.href)")
