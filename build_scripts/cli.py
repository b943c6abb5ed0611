"""The command line: `python -m build_scripts convert SOURCES_DIR OUT_DIR [--strict]`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .pipeline import convert_folder
from .write import write_pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_scripts", description="On Record: sources → statement pages")
    sub = parser.add_subparsers(dest="command", required=True)
    convert = sub.add_parser("convert", help="write a Markdown page per source, plus timeline, topic and speaker pages")
    convert.add_argument("sources", type=Path, help="folder of sources, with topics.yml and speakers.yml")
    convert.add_argument("out", type=Path, help="folder to write the pages into (e.g. a docs folder)")
    convert.add_argument("--strict", action="store_true", help="exit 1 when any source has a problem")
    args = parser.parse_args(argv)

    if not args.sources.is_dir():
        print(f"error: {args.sources} is not a folder of sources", file=sys.stderr)
        return 2
    result = convert_folder(args.sources)
    changed, write_problems = write_pages(result.pages, args.out)
    problems = list(result.problems) + write_problems
    for problem in problems:
        print(f"WARNING: {problem}", file=sys.stderr)
    print(f"{len(result.statements)} statements, {len(result.pages)} pages, {len(changed)} changed, "
          f"{len(problems)} problems", file=sys.stderr)
    return 1 if args.strict and problems else 0
