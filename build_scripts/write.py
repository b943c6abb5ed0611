"""Stage 5, write: pages onto disk, touching only what changed and only what is ours."""
from __future__ import annotations

import os
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
