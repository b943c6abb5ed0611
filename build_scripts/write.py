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
# what a run is writing, one JSON line per file *before* it is written: the manifest is written at the
# end, so a run killed halfway (SIGKILL, disk full) would otherwise leave its new pages looking hand-written
JOURNAL = ".on-record-journal"


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
        data = {}
    manifest = {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)} if isinstance(data, dict) else {}
    return _replay_journal(out_dir, manifest)


def _replay_journal(out_dir: Path, manifest: dict[str, str]) -> dict[str, str]:
    """After a run that was stopped while it wrote: a file it wrote (its content as the journal says)
    is ours, as if the manifest had been written."""
    try:
        lines = (out_dir / JOURNAL).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return manifest
    for line in lines:
        try:
            relative, digest = json.loads(line)
        except (ValueError, TypeError):
            continue  # the line being written when the run stopped
        path = inside(out_dir, relative) if isinstance(relative, str) and isinstance(digest, str) else None
        if path is not None and path.is_file() and _sha(path.read_bytes()) == digest:
            manifest[relative] = digest
    return manifest


class Journal:
    """Appends (path, hash) before each write; removed once the manifest is written."""

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / JOURNAL
        self.file = None

    def note(self, relative: str, digest: str) -> None:
        if self.file is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.file = self.path.open("a", encoding="utf-8")
        self.file.write(json.dumps([relative, digest]) + "\n")
        self.file.flush()  # in the kernel before the page is: enough for a killed process

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
        self.path.unlink(missing_ok=True)


def is_ours(path: Path, relative: str, manifest: dict[str, str]) -> bool:
    """Ours: as we last wrote it (by the manifest), or a Markdown page with our marker. Anything else,
    a hand-written page or one of ours edited by hand, is left alone."""
    if relative in manifest:
        return _sha(path.read_bytes()) == manifest[relative]
    return path.suffix == ".md" and has_marker(path)


def inside(out_dir: Path, relative: str) -> Path | None:
    """out_dir/relative, when it is inside out_dir (out_dir resolved); None for an absolute path, a
    `..` or a link that leads out. The manifest is a file in the output folder, which anyone who can
    write there can craft: what it lists is removed only when this holds."""
    if not isinstance(relative, str) or not relative or os.path.isabs(relative) or ".." in Path(relative).parts:
        return None
    path = out_dir / relative
    try:
        parent = path.parent.resolve()
    except (OSError, RuntimeError):  # a loop of links
        return None
    return path if parent == out_dir or parent.is_relative_to(out_dir) else None


def _umask() -> int:
    """The process's umask (read by setting it, so set back at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write_atomically(path: Path, content: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes it private (0600); a page is as any file the user writes
    with os.fdopen(fd, "wb") as f:
        f.write(content.encode("utf-8") if isinstance(content, str) else content)
    os.replace(tmp, path)


def output_problem(out_dir: Path) -> str | None:
    """Why pages cannot be written into out_dir, in words; None when they can (as far as one can tell
    before trying: a full disk shows only when writing)."""
    existing = next((p for p in [out_dir, *out_dir.parents] if p.exists()), None)
    if out_dir.exists() and not out_dir.is_dir():
        return f"{out_dir} is a file, not a folder: give a folder for the pages (it is created if missing)"
    if existing is not None and existing.is_dir() and not os.access(existing, os.W_OK | os.X_OK):
        return f"{existing} cannot be written to (permission denied): make it writable, or give another folder"
    if existing is not None and not existing.is_dir():
        return f"{existing} is a file, so {out_dir} cannot be created: give another folder"
    return None


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
            if inside(out_dir, leftover.relative_to(out_dir).as_posix()):
                leftover.unlink()  # from a run that was killed while it wrote
    manifest = _read_manifest(out_dir)
    written: dict[str, str] = {}
    changed: list[str] = []
    problems: list[Problem] = []
    journal = Journal(out_dir)
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
        journal.note(page.path, digest)
        _write_atomically(target, page.content)
        written[page.path] = digest
        changed.append(page.path)
        if last is not None:
            last[page.path] = (page.content, digest)
    for relative in sorted(set(manifest) - set(written), key=str):
        old = inside(out_dir, relative)
        if old is None:
            problems.append(Problem(MANIFEST, f"lists {relative!r}, which is not inside {out_dir}; it is left alone. "
                                              "Delete the manifest if you did not write this"))
            continue
        if old.is_file() and not old.is_symlink() and is_ours(old, relative, manifest):
            old.unlink()
            changed.append(relative)
    for old in sorted(out_dir.rglob("*.md")) if out_dir.is_dir() and not last else []:
        relative = old.relative_to(out_dir).as_posix()
        if relative not in written and relative not in manifest and inside(out_dir, relative) and has_marker(old):
            old.unlink()  # ours from before the manifest
            changed.append(relative)
    if written != manifest or journal.path.exists():
        _write_atomically(out_dir / MANIFEST, json.dumps(written, indent=0, sort_keys=True) + "\n")
    journal.close()
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
