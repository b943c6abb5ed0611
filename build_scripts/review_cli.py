"""`python -m build_scripts review`: the queue printed, and written as a page the curator can open."""
from __future__ import annotations

import sys
from pathlib import Path

from .cache import default_folder
from .pipeline import convert_folder
from .read import read_registry
from .review import plain_text, review_items
from .review_page import review_document


def queue(sources_dir: Path) -> list:
    """Every item waiting on the curator for a folder of sources (conversion cached as for a build)."""
    sources_dir = sources_dir.resolve()
    done = convert_folder(sources_dir, cache_dir=default_folder())
    registry, _ = read_registry(sources_dir)
    return review_items(list(done.statements), list(done.problems), registry, sources_dir)


def review_command(sources_dir: Path, out: Path) -> int:
    if not sources_dir.is_dir():
        print(f"error: {sources_dir} is not a folder of sources", file=sys.stderr)
        return 2
    items = queue(sources_dir)
    sys.stdout.write(plain_text(items))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(review_document(items), encoding="utf-8")
    print(f"\nThe queue as a page: {out} (open it in a browser; under `make serve`: http://127.0.0.1:8000/review/)")
    return 0
