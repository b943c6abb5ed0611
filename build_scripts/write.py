"""Stage 5, write: pages onto disk, touching only what changed and only what is ours."""
from __future__ import annotations

import ctypes
import os
import shutil
import tempfile
from pathlib import Path

from .model import Page, Problem
from .render import GENERATOR

MARKER = f"generator: {GENERATOR}"


def is_generated(path: Path) -> bool:
    """A page we wrote before carries our marker in its front matter; anything else is hand-written."""
    try:
        with path.open(encoding="utf-8") as f:
            head = f.read(8192)
    except (OSError, UnicodeDecodeError):
        return False
    return head.startswith("---\n") and f"\n{MARKER}\n" in head.split("\n---\n", 1)[0] + "\n"


def _write_atomically(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".md")
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
        f.write(content)
    os.replace(tmp, path)


def write_pages(pages: list[Page] | tuple[Page, ...], out_dir: Path) -> tuple[list[str], list[Problem]]:
    """Write changed pages, remove our pages that are no longer generated; returns what changed."""
    out_dir = out_dir.resolve()
    for leftover in out_dir.rglob(".tmp-*.md") if out_dir.is_dir() else []:
        leftover.unlink()  # from a run that was killed while it wrote
    changed: list[str] = []
    problems: list[Problem] = []
    wanted = set()
    for page in pages:
        target = (out_dir / page.path).resolve()
        if not target.is_relative_to(out_dir):
            problems.append(Problem(page.path, "would be written outside the output folder; it is skipped"))
            continue
        wanted.add(target)
        if target.exists():
            if not is_generated(target):
                problems.append(Problem(page.path, f"{target} is a hand-written page; it is kept and the generated one is not written"))
                continue
            if target.read_text(encoding="utf-8") == page.content:
                continue
        _write_atomically(target, page.content)
        changed.append(page.path)
    if out_dir.is_dir():
        for old in sorted(out_dir.rglob("*.md")):
            if old.resolve() not in wanted and is_generated(old):
                old.unlink()
                changed.append(old.relative_to(out_dir).as_posix())
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
