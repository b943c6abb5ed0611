"""A cache of converted sources, so an unchanged source is not read or extracted again.

A result is keyed by the source's path and content, the registries, the conversion code
(and trafilatura's version) and the day (the future-date check depends on it): change any
of them and the source is converted afresh. A file whose size and modification time are as
last seen is not even read. Rendering results (which quotations corroborate each other, the
statement pages) are kept too, keyed by what they depend on and all of the code.
One SQLite file holds it all; deleting it is always safe.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
import sqlite3
import zlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from .model import Result
from .read import REGISTRY_FILES, read_regular, source_names
from .write import JOURNAL, MANIFEST, stats



def default_folder() -> Path | None:
    """ON_RECORD_CACHE (or 'off'), else the user's cache folder."""
    configured = os.environ.get("ON_RECORD_CACHE")
    if configured:
        return None if configured.lower() in ("off", "0", "no") else Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "on-record"


# The code a converted source depends on: a change to rendering does not convert every source again.
CONVERSION_CODE = ("model.py", "read.py", "validate.py", "convert.py", "caps.py", "extract/*.py")


@lru_cache(maxsize=2)
def code_version(conversion_only: bool = False) -> str:
    """This package's code (all of it, or what conversion depends on), and the HTML extractor's version."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    files = {p for pattern in CONVERSION_CODE for p in package.glob(pattern)} if conversion_only else package.rglob("*.py")
    for path in sorted(files):
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
        self.db.execute("CREATE TABLE IF NOT EXISTS derived (key TEXT PRIMARY KEY, value BLOB)")
        self.db.execute("CREATE TABLE IF NOT EXISTS runs (out TEXT PRIMARY KEY, state BLOB)")

    def content_sha(self, path: Path) -> str:
        """The file's SHA-256, read only when its size or modification time changed since last seen."""
        stat = path.stat()
        row = self.db.execute("SELECT size, mtime_ns, sha FROM seen WHERE path = ?", (str(path),)).fetchone()
        if row and row[0] == stat.st_size and row[1] == stat.st_mtime_ns:
            return row[2]
        sha = hashlib.sha256(read_regular(path)).hexdigest()  # never waits on a FIFO
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

    # Rendering results (corroboration, statement pages), keyed by a digest of everything they depend on.
    # The code version is part of every key, so a change to the renderer is never served stale.
    def remembered(self, what: str) -> object | None:
        row = self.db.execute("SELECT value FROM derived WHERE key = ?", (_derived_key(what),)).fetchone()
        if row is None:
            return None
        try:
            return pickle.loads(zlib.decompress(row[0]))
        except Exception:  # noqa: BLE001 - a stale or damaged entry is only a miss
            return None

    def remember(self, what: str, value: object) -> None:
        blob = zlib.compress(pickle.dumps(value, protocol=5), 1)
        self.db.execute("INSERT OR REPLACE INTO derived VALUES (?, ?)", (_derived_key(what), blob))

    # The last conversion into an output folder: its inputs' fingerprint, the pages' stats, the problems.
    def last_run(self, out_dir: Path) -> dict:
        row = self.db.execute("SELECT state FROM runs WHERE out = ?", (str(out_dir),)).fetchone()
        try:
            state = pickle.loads(row[0]) if row else {}
        except Exception:  # noqa: BLE001 - a damaged entry is only a miss
            state = {}
        return state if isinstance(state, dict) else {}

    def record_run(self, out_dir: Path, state: dict) -> None:
        self.db.execute("INSERT OR REPLACE INTO runs VALUES (?, ?)", (str(out_dir), pickle.dumps(state, protocol=5)))

    def close(self) -> None:
        self.db.commit()
        self.db.close()


def _derived_key(what: str) -> str:
    return hashlib.sha256((code_version() + "\0" + what).encode("utf-8", "surrogatepass")).hexdigest()


def result_key(name: str, content_sha: str, registry_sha: str, today: str) -> str:
    parts = (code_version(conversion_only=True), registry_sha, today, name, content_sha)
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def registry_sha(sources_dir: Path) -> str:
    digest = hashlib.sha256()
    for name in REGISTRY_FILES:
        path = sources_dir / name
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.is_file() else b""))
    return digest.hexdigest()


# ---- a conversion with nothing changed -------------------------------------------------------

def fingerprint(sources_dir: Path, site_name: str) -> str:
    """Everything a conversion depends on, at a glance: the code, the registries, the day, and every
    source's name, size and modification time (a stat each, nothing read)."""
    sources_dir = sources_dir.resolve()
    digest = hashlib.sha256("\0".join((code_version(), registry_sha(sources_dir), dt.date.today().isoformat(),
                                       site_name)).encode())
    for name in source_names(sources_dir):
        stat = os.stat(sources_dir / name)
        digest.update(f"\0{name}\0{stat.st_size}\0{stat.st_mtime_ns}".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


@dataclass(frozen=True)
class Written:
    """What a conversion into a folder did."""

    statements: int | None  # None: nothing had changed, nothing was converted
    pages: int
    changed: tuple[str, ...]
    problems: tuple[str, ...]


def unchanged_run(sources_dir: Path, out_dir: Path, cache_dir: Path, site_name: str) -> Written | None:
    """When out_dir was last written from these very inputs and none of its pages changed since:
    what that run found (its problems, to report again). Otherwise None: convert."""
    out_dir = out_dir.resolve()
    cache = ConversionCache(cache_dir)
    try:
        last = cache.last_run(out_dir)
        if last.get("inputs") == fingerprint(sources_dir, site_name) and (out_dir / MANIFEST).is_file() \
                and not (out_dir / JOURNAL).exists() and stats(out_dir, list(last["stats"])) == last["stats"]:
            return Written(None, len(last["stats"]), (), tuple(last["problems"]))
    except (OSError, KeyError, TypeError):
        pass  # a page is missing, or the record is damaged: convert
    finally:
        cache.close()
    return None


def record_run(sources_dir: Path, out_dir: Path, cache_dir: Path, site_name: str, pages: list[str],
               problems: tuple[str, ...]) -> None:
    cache = ConversionCache(cache_dir)
    written = [p for p in pages if (out_dir / p).is_file()]
    cache.record_run(out_dir, {"inputs": fingerprint(sources_dir, site_name), "stats": stats(out_dir, written),
                               "problems": problems})
    cache.close()
