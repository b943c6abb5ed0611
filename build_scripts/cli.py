"""The command line.

    python -m build_scripts convert SOURCES_DIR OUT_DIR [--strict]   # the generated pages
    python -m build_scripts site [--strict] [--sources DIR]          # the site, swapped in whole
    python -m build_scripts review [SOURCES_DIR] [--out FILE]        # what waits for the curator
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .cache import default_folder, unchanged_run
from .report import REPORT, read_report, summary_line
from .search import INDEX_LATER, index_site
from .write import output_problem, swap_in


MKDOCS_LINE = re.compile(r"(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL)\s+-\s+(?P<message>.*)")


def build_env(sources: Path | None, report: Path) -> dict[str, str]:
    """What MkDocs runs with: reproducible (SOURCE_DATE_EPOCH from the last commit, as the Makefile
    sets it), without Material's end-of-life banner, with the search index left to us."""
    env = {**os.environ, INDEX_LATER: "1", REPORT: str(report), "NO_MKDOCS_2_WARNING": "1"}
    if "SOURCE_DATE_EPOCH" not in env:
        last = subprocess.run(["git", "log", "-1", "--format=%ct"], capture_output=True, text=True)
        env["SOURCE_DATE_EPOCH"] = last.stdout.strip() if last.returncode == 0 and last.stdout.strip() else "0"
    if sources is not None:
        env["ON_RECORD_SOURCES"] = str(sources.resolve())
    return env


def run_mkdocs(command: list[str], env: dict[str, str]) -> tuple[int, int]:
    """Run MkDocs, printing only its problems, one line each, as they come (its INFO lines are
    progress, not news). (exit code, problems printed)"""
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               errors="replace")
    problems, quiet = 0, False
    assert process.stdout is not None
    for line in process.stdout:
        found = MKDOCS_LINE.match(line.rstrip("\n"))
        if found:
            quiet = found["level"] in ("DEBUG", "INFO")  # its continuation lines go with it
            problems += not quiet
            if not quiet:
                print(found["message"], file=sys.stderr, flush=True)
        elif line.strip() and not quiet:
            print(line.rstrip("\n"), file=sys.stderr, flush=True)  # e.g. "Aborted with 3 warnings in strict mode!"
    return process.wait(), problems


def build_site(config: Path, site_dir: Path, strict: bool, sources: Path | None = None) -> int:
    """`mkdocs build` into a temporary folder beside site_dir; only a finished build replaces it. Bad
    sources are reported and left out; with strict, any problem fails the build and keeps the old site."""
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-", dir=site_dir.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; a site is for everyone to read
    report_file = staging.with_name(staging.name + ".report.json")
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(staging)]
    # the search index is built here, once MkDocs has exited: the two never hold memory at once
    code, problems = run_mkdocs(command + (["--strict"] if strict else []), build_env(sources, report_file))
    report = read_report(report_file)
    report_file.unlink(missing_ok=True)
    if strict and problems:
        failed = f"strict, and there {'is 1 problem' if problems == 1 else f'are {problems:,} problems'}"
    else:
        failed = "MkDocs" if code != 0 else index_site(staging)
    if failed:
        shutil.rmtree(staging, ignore_errors=True)
        if report:
            print(summary_line(report, problems, _shown(site_dir), built=False), flush=True)
        print(f"error: the build failed ({failed}); {_shown(site_dir)} is unchanged", file=sys.stderr)
        return 1
    swap_in(staging, site_dir)
    if report:
        print(summary_line(report, problems, _shown(site_dir), built=True), flush=True)
    return 0


def _shown(path: Path) -> str:
    """A folder as the user would name it: relative to where they are, when it is below."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


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
    site.add_argument("--strict", action="store_true", help="fail on any problem (for CI); by default bad sources "
                      "are reported and left out, and the rest is published")
    site.add_argument("--sources", type=Path, default=None, help="the sources folder (default: sources/ beside the "
                      "configuration, or ON_RECORD_SOURCES)")
    review = sub.add_parser("review", help="print every decision waiting on the curator, and write it as a page")
    review.add_argument("sources", type=Path, nargs="?", default=Path("sources"), help="folder of sources")
    review.add_argument("--out", type=Path, default=Path("build/review.html"), help="the page (default: %(default)s)")
    args = parser.parse_args(argv)
    if args.command == "site":
        return build_site(args.config, args.site_dir, args.strict, args.sources)
    if args.command == "review":
        from .review_cli import review_command
        return review_command(args.sources, args.out)

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
