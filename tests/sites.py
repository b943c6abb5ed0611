"""Built sites for the tests that read or browse them, built once per test run and shared.

Not a test module. `built("repository")` is this repository's sources/, `built("dev")` the dev
corpus (tests/fixtures/corpus/dev); each is built with `mkdocs build --strict`, as the published
site is, into a temporary folder removed when the run ends.
"""
from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from conftest import DEV_CORPUS, ROOT

SITE_URL = "https://on-record.example/"  # a reserved name: never a real host (at its root: 404.html links from there)
CORPORA = {"repository": ROOT / "sources", "dev": DEV_CORPUS / "sources"}
_built: dict[str, Path] = {}


def build(sources: Path, out: Path, strict: bool = True, **env: str) -> subprocess.CompletedProcess:
    """`mkdocs build` of a sources folder; not `strict` for sources that are meant to give messages,
    `env` for more of the environment (ON_RECORD_WATCHDOG=off)."""
    # built as it is deployed, with its address (mkdocs.yml reads SITE_URL): canonical links, sitemap, citations
    env = {**os.environ, "ON_RECORD_SOURCES": str(sources), "SOURCE_DATE_EPOCH": "1700000000",
           "NO_MKDOCS_2_WARNING": "1", "SITE_URL": SITE_URL, **env}
    command = [sys.executable, "-m", "mkdocs", "build", *(["--strict"] if strict else []), "-f", str(ROOT / "mkdocs.yml"),
               "-d", str(out)]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def built(corpus: str) -> Path:
    """The site of a corpus, built on first use."""
    if corpus not in _built:
        folder = Path(tempfile.mkdtemp(prefix=f"on-record-{corpus}-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        run = build(CORPORA[corpus], folder / "site")
        assert run.returncode == 0, f"mkdocs build --strict failed for {corpus}:\n{run.stdout}\n{run.stderr}"
        _built[corpus] = folder / "site"
    return _built[corpus]


def records(site: Path) -> list[dict]:
    return json.loads((site / "statements.json").read_text(encoding="utf-8"))
