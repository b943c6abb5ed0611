"""A cache of converted sources, so an unchanged source is not read or extracted again.

A result is keyed by the source's path and content, the registries, the code of this
package (and of trafilatura) and the day (the future-date check depends on it): change
any of them and the source is converted afresh. A file whose size and modification time
are as last seen is not even read. One SQLite file holds it all; deleting it is always safe.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from .model import Problem, Statement

Result = tuple[Statement | None, list[Problem]]


def default_folder() -> Path | None:
    """ON_RECORD_CACHE (or 'off'), else the user's cache folder."""
    configured = os.environ.get("ON_RECORD_CACHE")
    if configured:
        return None if configured.lower() in ("off", "0", "no") else Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "on-record"


@lru_cache(maxsize=1)
def code_version() -> str:
    """Everything in this package's code, and the HTML extractor's version."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    for dependency in ("trafilatura", "lxml", "pydantic", "pyyaml"):
        try:
            digest.update(f"{dependency}={metadata.version(dependency)}".encode())
        except metadata.PackageNotFoundError:
            pass
    return digest.hexdigest()


class ConversionCache:
    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(folder / "conversions.sqlite3", timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS seen (path TEXT PRIMARY KEY, size INT, mtime_ns INT, sha TEXT)")
        self.db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, result BLOB)")

    def content_sha(self, path: Path) -> str:
        """The file's SHA-256, read only when its size or modification time changed since last seen."""
        stat = path.stat()
        row = self.db.execute("SELECT size, mtime_ns, sha FROM seen WHERE path = ?", (str(path),)).fetchone()
        if row and row[0] == stat.st_size and row[1] == stat.st_mtime_ns:
            return row[2]
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        self.db.execute("INSERT OR REPLACE INTO seen VALUES (?, ?, ?, ?)", (str(path), stat.st_size, stat.st_mtime_ns, sha))
        return sha

    def get(self, key: str) -> Result | None:
        row = self.db.execute("SELECT result FROM results WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return pickle.loads(row[0])
        except Exception:  # noqa: BLE001 - a stale or damaged entry is only a miss
            return None

    def put(self, key: str, result: Result) -> None:
        self.db.execute("INSERT OR REPLACE INTO results VALUES (?, ?)", (key, pickle.dumps(result, protocol=5)))

    def close(self) -> None:
        self.db.commit()
        self.db.close()


def result_key(name: str, content_sha: str, registry_sha: str, today: str) -> str:
    return hashlib.sha256("\0".join((code_version(), registry_sha, today, name, content_sha)).encode()).hexdigest()
