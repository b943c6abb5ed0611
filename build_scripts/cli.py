"""The command line.

    python -m build_scripts convert SOURCES_DIR OUT_DIR [--strict]   # the generated pages
    python -m build_scripts site [--strict]                          # the site, swapped in whole
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .cache import default_folder, unchanged_run
from .search import INDEX_LATER, index_site
from .write import output_problem, swap_in


def build_site(config: Path, site_dir: Path, strict: bool) -> int:
    """`mkdocs build` into a temporary folder beside site_dir; only a finished build replaces it."""
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-", dir=site_dir.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; a site is for everyone to read
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(staging)]
    # the search index is built here, once MkDocs has exited: the two never hold memory at once
    built = subprocess.run(command + (["--strict"] if strict else []), env={**os.environ, INDEX_LATER: "1"})
    failed = "MkDocs" if built.returncode != 0 else index_site(staging)
    if failed:
        shutil.rmtree(staging, ignore_errors=True)
        print(f"error: the build failed ({failed}); {site_dir} is unchanged", file=sys.stderr)
        return 1
    swap_in(staging, site_dir)
    return 0


def _convert(args: argparse.Namespace):
    # a glance first: when nothing changed, the converter is not even imported
    done = unchanged_run(args.sources, args.out, args.cache, "On Record") if args.cache else None
    if done is None:
        from .pipeline import convert_into
        done = convert_into(args.sources, args.out, cache_dir=args.cache, workers=args.workers, glance=False)
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_scripts", description="On Record: sources → statement pages")
    sub = parser.add_subparsers(dest="command", required=True)
    convert = sub.add_parser("convert", help="write a Markdown page per source, plus timeline, topic and speaker pages")
    convert.add_argument("sources", type=Path, help="folder of sources, with topics.yml and speakers.yml")
    convert.add_argument("out", type=Path, help="folder to write the pages into (e.g. a docs folder)")
    convert.add_argument("--strict", action="store_true", help="exit 1 when any source has a problem")
    convert.add_argument("--cache", type=Path, default=default_folder(),
                         help="cache of converted sources (default: %(default)s; ON_RECORD_CACHE=off for none)")
    convert.add_argument("--no-cache", dest="cache", action="store_const", const=None, help="convert every source afresh")
    convert.add_argument("--workers", type=int, default=None, help="processes to convert with (default: one per core)")
    site = sub.add_parser("site", help="build the site with MkDocs into a fresh folder, then swap it in for site/")
    site.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help="the MkDocs configuration")
    site.add_argument("--site-dir", type=Path, default=Path("site"), help="where the finished site goes")
    site.add_argument("--strict", action="store_true", help="fail on any warning, as `mkdocs build --strict`")
    args = parser.parse_args(argv)
    if args.command == "site":
        return build_site(args.config, args.site_dir, args.strict)

    if not args.sources.is_dir():
        print(f"error: {args.sources} is not a folder of sources", file=sys.stderr)
        return 2
    unwritable = output_problem(args.out)
    if unwritable:
        print(f"error: {unwritable}", file=sys.stderr)
        return 2
    try:
        done = _convert(args)
    except OSError as err:  # a full disk, a file-size limit, a folder made read-only meanwhile
        print(f"error: the pages could not all be written into {args.out} ({err.strerror or err}: "
              f"{err.filename or ''}); those written are whole and the next run finishes the job. "
              "Free some space or fix the permissions, then run again", file=sys.stderr)
        return 2
    for problem in done.problems:
        print(f"WARNING: {problem}", file=sys.stderr)
    converted = "nothing changed since the last run" if done.statements is None else f"{done.statements} statements"
    print(f"{converted}, {done.pages} pages, {len(done.changed)} changed, {len(done.problems)} problems", file=sys.stderr)
    return 1 if args.strict and done.problems else 0
