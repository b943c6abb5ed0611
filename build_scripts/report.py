"""What a site build sums up to: sources, statements published, problems, statements needing review.

The hook writes it (inside MkDocs) to the file named by ON_RECORD_REPORT; `python -m build_scripts
site` reads it once MkDocs has exited and prints the one summary line.
"""
from __future__ import annotations

import json
from pathlib import Path

from .read import read_registry, source_names
from .review import needing_review

REPORT = "ON_RECORD_REPORT"


def write_report(path: Path, sources_dir: Path, conversion) -> None:
    registry, _ = read_registry(sources_dir.resolve())
    report = {
        "sources": len(source_names(sources_dir)),
        "statements": len(conversion.statements),
        "problems": [str(p) for p in conversion.problems],
        "review": needing_review(list(conversion.statements), registry, sources_dir.resolve()),
    }
    path.write_text(json.dumps(report), encoding="utf-8")


def read_report(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def count(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def summary_line(report: dict, problems: int, site_dir: str, built: bool) -> str:
    """"1,000 sources: 994 statements published, 6 problems (listed above), 37 statements need review
    (`make review`)", and where the site is."""
    listed = " (listed above)" if problems else ""
    review = count(report["review"], "statement needs", "statements need")
    line = (f"{count(report['sources'], 'source')}: {count(report['statements'], 'statement')} "
            f"{'published' if built else 'built, not published'}, {count(problems, 'problem')}{listed}, "
            f"{review} review (`make review`)")
    if built:
        line += f"; the site is in {site_dir}/: `make preview` serves it at http://127.0.0.1:8000"
    return line
