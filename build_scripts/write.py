"""Stage 5, write: pages onto disk, touching only what changed and only what is ours."""
from __future__ import annotations

import ctypes
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

from .model import GENERATOR, Page, Problem

MARKER = f"generator: {GENERATOR}"
MANIFEST = ".on-record-manifest.json"  # what we wrote last time, and its hash: our files, whatever their kind


def _sha(content: str | bytes) -> str:
    return hashlib.sha256(content.encode("utf-8") if isinstance(content, str) else content).hexdigest()


def has_marker(path: Path) -> bool:
    """A Markdown page we wrote carries our marker in its front matter."""
    try:
        with path.open(encoding="utf-8") as f:
            head = f.read(8192)
    except (OSError, UnicodeDecodeError):
        return False
    return head.startswith("---\n") and f"\n{MARKER}\n" in head.split("\n---\n", 1)[0] + "\n"


def _read_manifest(out_dir: Path) -> dict[str, str]:
    try:
        data = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def is_ours(path: Path, relative: str, manifest: dict[str, str]) -> bool:
    """Ours: as we last wrote it (by the manifest), or a Markdown page with our marker. Anything else,
    a hand-written page or one of ours edited by hand, is left alone."""
    if relative in manifest:
        return _sha(path.read_bytes()) == manifest[relative]
    return path.suffix == ".md" and has_marker(path)


def _write_atomically(path: Path, content: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(fd, "wb") as f:
        f.write(content.encode("utf-8") if isinstance(content, str) else content)
    os.replace(tmp, path)


def _stat(out_dir: Path, relative: str) -> list[int] | None:
    try:
        stat = os.stat(os.path.join(out_dir, relative))
    except OSError:
        return None  # removed since
    return [stat.st_size, stat.st_mtime_ns]


def stats(out_dir: Path, paths: list[str]) -> dict[str, list[int] | None]:
    """Size and modification time of written pages, to tell next time that they are untouched."""
    return {relative: _stat(out_dir, relative) for relative in paths}


def write_pages(pages: list[Page] | tuple[Page, ...], out_dir: Path, seen: dict[str, list[int]] | None = None,
                last: dict[str, tuple[str | bytes, str]] | None = None) -> tuple[list[str], list[Problem]]:
    """Write changed pages, remove our pages that are no longer generated; returns what changed.

    `seen`: the stats() of the pages after the last run; a page we wrote then, untouched since,
    is compared by the manifest's hash instead of being read again. `last`: in a long-running
    process (`mkdocs serve`), each page's content and hash as this function last left it, kept
    up to date here; an untouched page with the same content is then not even hashed."""
    seen = seen or {}
    out_dir = out_dir.resolve()
    if not last:  # in a long-running process, once is enough
        for leftover in out_dir.rglob(".tmp-*") if out_dir.is_dir() else []:
            leftover.unlink()  # from a run that was killed while it wrote
    manifest = _read_manifest(out_dir)
    written: dict[str, str] = {}
    changed: list[str] = []
    problems: list[Problem] = []
    for page in pages:
        known = last.get(page.path) if last else None
        if known and known[0] == page.content and page.path in seen and _stat(out_dir, page.path) == seen[page.path]:
            written[page.path] = known[1]
            continue
        target = (out_dir / page.path).resolve()
        if not target.is_relative_to(out_dir):
            problems.append(Problem(page.path, "would be written outside the output folder; it is skipped"))
            continue
        digest = _sha(page.content)
        if target.exists():
            untouched = page.path in seen and manifest.get(page.path) == digest and stats(out_dir, [page.path]) == \
                {page.path: seen[page.path]}
            if untouched or _sha(target.read_bytes()) == digest:
                written[page.path] = digest
                if last is not None:
                    last[page.path] = (page.content, digest)
                continue
            if not is_ours(target, page.path, manifest):
                problems.append(Problem(page.path, f"{target} is a hand-written page; it is kept and the generated one is not written"))
                continue
        _write_atomically(target, page.content)
        written[page.path] = digest
        changed.append(page.path)
        if last is not None:
            last[page.path] = (page.content, digest)
    for relative in sorted(set(manifest) - set(written)):
        old = out_dir / relative
        if old.is_file() and is_ours(old, relative, manifest):
            old.unlink()
            changed.append(relative)
    for old in sorted(out_dir.rglob("*.md")) if out_dir.is_dir() and not last else []:
        relative = old.relative_to(out_dir).as_posix()
        if relative not in written and relative not in manifest and has_marker(old):
            old.unlink()  # ours from before the manifest
            changed.append(relative)
    if written != manifest:
        _write_atomically(out_dir / MANIFEST, json.dumps(written, indent=0, sort_keys=True) + "\n")
    return changed, problems


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False where that is not available."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def swap_in(new: Path, target: Path) -> None:
    """Replace the folder `target` by the finished folder `new`, so a reader (or a killed build) never
    sees a half-written one; the old folder is removed afterwards."""
    if not target.exists():
        new.rename(target)
        return
    if not _exchange(new, target):
        old = target.with_name(f".{target.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        target.rename(old)
        new.rename(target)
        new = old
    shutil.rmtree(new, ignore_errors=True)
