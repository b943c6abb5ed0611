"""The stages in order: sources folder → statements → pages, with every problem collected.

One bad source gives one message and drops out; the rest of the site still builds.
"""
from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import stat
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from itertools import repeat
from pathlib import Path

from .cache import ConversionCache, Written, record_run, registry_sha, result_key, unchanged_run
from .convert import convert_source
from .model import Page, Problem, Registry, Result, Statement
from .read import NotRegular, file_problem, read_registry, source_names
from .recent import Recent
from .render import render_site
from .validate import RESERVED_SLUGS
from .watchdog import convert_within_limit
from .write import write_pages


@dataclass(frozen=True)
class Conversion:
    statements: tuple[Statement, ...]
    pages: tuple[Page, ...]
    problems: tuple[Problem, ...]


PARALLEL_FROM = 48  # fewer sources than this convert faster in one process than in a pool


def _convert_many(paths: list[Path], sources_dir: Path, registry: Registry, workers: int) -> list[Result]:
    """Convert in parallel across cores when there is enough to share out."""
    if workers <= 1 or len(paths) < PARALLEL_FROM:
        return [convert_within_limit(p, sources_dir, registry, convert_source) for p in paths]
    context = multiprocessing.get_context("fork")  # the children inherit the imported package: no start-up cost
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        chunk = max(1, len(paths) // (workers * 8))
        return list(pool.map(convert_within_limit, paths, repeat(sources_dir), repeat(registry), repeat(convert_source),
                             chunksize=chunk))


def _what_it_is(path: Path, name: str, sources_dir: Path, found: os.stat_result) -> tuple[os.stat_result, Problem | None]:
    """The stat of what the source is (through a link), or why it is not read: a link that leads out
    of the folder or nowhere, a FIFO, device, socket or folder under a source's name."""
    if stat.S_ISLNK(found.st_mode):
        found = os.stat(path)  # OSError for a dangling link or a loop: the caller words it
        if not path.resolve().is_relative_to(sources_dir):
            return found, Problem(path.relative_to(sources_dir).as_posix(),
                                  "is a link to a file outside the sources folder; copy the file in instead")
    if not stat.S_ISREG(found.st_mode):
        return found, file_problem(name, path, NotRegular(found.st_mode, path))
    return found, None


def _free_slug(slug: str, suffix: str, owners: dict[str, str]) -> str:
    """The address of a file whose slug is taken: its extension added (same-slug-md), then a number,
    until one is free, however many files share the slug."""
    base = f"{slug}-{suffix.lstrip('.').lower() or 'file'}"
    candidate, n = base, 1
    while candidate in owners or candidate in RESERVED_SLUGS:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _clash(name: str, slug: str, new_slug: str, owner: str | None) -> Problem:
    if owner is None:  # a reserved slug: statements/index.md would be the folder's own page
        return Problem(name, f"would be published as statements/{slug}, which is the address of the folder itself; "
                             f"it is published as statements/{new_slug}. Rename the file, or set 'slug' in its front matter")
    # keep both: the later file (in path order) gets another address
    return Problem(name, f"would have the same address as {owner} (statements/{slug}); it is published as "
                         f"statements/{new_slug}. Rename one of the files, or set 'slug' in its front matter")


def _transient(result: Result) -> bool:
    """About this run only (unreadable now, too slow now): not kept for the next."""
    return any(p.transient for p in result[1])


def convert_folder(sources_dir: Path, site_name: str = "On Record", cache_dir: Path | None = None,
                   workers: int | None = None, recent: Recent | None = None, site_url: str = "",
                   subject: str = "") -> Conversion:
    """Every source of a folder → statements and pages. With a cache folder, unchanged sources
    are not converted again; with several cores, the others are converted in parallel. With
    `recent` (a long-running process: `mkdocs serve`), what the last build made is reused where
    its inputs are unchanged: a source whose size and modification time are as then is not even
    looked up in the cache."""
    sources_dir = sources_dir.resolve()
    if recent:
        recent.begin()
    registry, problems = read_registry(sources_dir)
    readable: list[tuple[Path, str]] = []
    stats: dict[str, os.stat_result] = {}
    top = os.path.join(sources_dir, "")
    for name in source_names(sources_dir):
        # one lstat of a string per source: at 10,000 sources, Path objects and a second stat cost
        # a tenth of a second at every rebuild under `mkdocs serve`
        try:
            stats[name] = os.lstat(top + name)
        except FileNotFoundError:  # removed since the folder was listed: gone, as at the next build
            continue
        path = sources_dir / name
        try:
            stats[name], problem = _what_it_is(path, name, sources_dir, stats[name])
        except OSError as err:  # a looping link, a target that cannot be reached
            stats[name], problem = stats[name], file_problem(name, path, err)
        if problem:
            problems.append(problem)
            continue
        readable.append((path, name))

    cache = ConversionCache(cache_dir) if cache_dir else None
    try:  # under `mkdocs serve` a failed rebuild must not keep the database locked for the next
        results: dict[str, Result] = {}
        keys: dict[str, str] = {}
        registries, today = registry_sha(sources_dir), dt.date.today().isoformat()
        signatures: dict[str, tuple] = {}
        if recent:
            for path, name in readable:
                signatures[name] = (stats[name].st_size, stats[name].st_mtime_ns, stats[name].st_ino, registries, today)
                hit = recent.known(("source", name), signatures[name])
                if hit is not None:
                    results[name] = hit  # type: ignore[assignment]
        if cache:
            for path, name in readable:
                if name in results:
                    continue
                try:
                    keys[name] = result_key(name, cache.content_sha(path), registries, today)
                except OSError as err:  # unreadable, or gone since it was listed: said once, as without a cache
                    results[name] = (None, [file_problem(name, path, err)])
                    continue
                hit = cache.get(keys[name])
                if hit is not None:
                    results[name] = hit
        todo = [(path, name) for path, name in readable if name not in results]
        fresh = _convert_many([p for p, _ in todo], sources_dir, registry, workers or os.cpu_count() or 1)
        for (_, name), result in zip(todo, fresh):
            results[name] = result
            if cache and not _transient(result):  # e.g. a source that overran may convert in time on a quieter machine
                cache.put(keys[name], result)
        for name, result in results.items() if recent else ():
            if _transient(result):
                continue
            recent.keep(("source", name), signatures[name], result)  # type: ignore[union-attr]

        statements: list[Statement] = []
        owners: dict[str, str] = {}
        for path, name in readable:
            result, found = results[name]
            problems += found
            if result is None:
                continue
            if not found and (not path.stem.isascii() or " " in path.name):
                problems.append(Problem(name, f"has spaces or letters outside ASCII in its name; it is published as "
                                              f"statements/{result.slug}. Rename it {result.slug}{path.suffix.lower()} "
                                              "so that its name and its address match"))
            if result.slug in owners or result.slug in RESERVED_SLUGS:
                new_slug = _free_slug(result.slug, path.suffix, owners)
                problems.append(_clash(name, result.slug, new_slug, owners.get(result.slug)))
                result = replace(result, slug=new_slug)
            owners[result.slug] = name
            statements.append(result)
        statements.sort(key=lambda s: s.sort_key)
        pages = render_site(statements, registry, site_name, memo=cache, recent=recent, site_url=site_url,
                            subject=subject)
        return Conversion(tuple(statements), tuple(pages), tuple(problems))
    finally:
        if cache:
            cache.close()



def convert_into(sources_dir: Path, out_dir: Path, site_name: str = "On Record", cache_dir: Path | None = None,
                 workers: int | None = None, glance: bool = True) -> Written:
    """Convert a folder of sources and write the pages into out_dir. With a cache, a run with no
    change to the sources, the registries, the code or the pages written stops after a glance
    (unless the caller has just glanced itself), reporting the problems found last time again."""
    out_dir = out_dir.resolve()
    if glance and cache_dir and (done := unchanged_run(sources_dir, out_dir, cache_dir, site_name)):
        return done
    result = convert_folder(sources_dir, site_name, cache_dir, workers)
    previous: dict = {}
    if cache_dir:
        cache = ConversionCache(cache_dir)
        previous = cache.last_run(out_dir)
        cache.close()
    changed, write_problems = write_pages(result.pages, out_dir, seen=previous.get("stats"))
    problems = tuple(map(str, [*result.problems, *write_problems]))
    if cache_dir:
        record_run(sources_dir, out_dir, cache_dir, site_name, [p.path for p in result.pages], problems)
    return Written(len(result.statements), len(result.pages), tuple(changed), problems)
