"""The stages in order: sources folder → statements → pages, with every problem collected.

One bad source gives one message and drops out; the rest of the site still builds.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from .extract import extract
from .model import Page, Problem, Registry, Statement
from .read import SourceError, list_sources, read_registry, read_source
from .render import render_site
from .validate import front_matter, slug_for, statement


INTERNAL_ERROR = "could not be converted because of a fault in On Record"


@dataclass(frozen=True)
class Conversion:
    statements: tuple[Statement, ...]
    pages: tuple[Page, ...]
    problems: tuple[Problem, ...]


def convert_source(path: Path, sources_dir: Path, registry: Registry) -> tuple[Statement | None, list[Problem]]:
    """One file through read → validate front matter → extract → merge."""
    try:
        doc, problems = read_source(path, sources_dir)
        meta, found = front_matter(doc, registry, dt.date.today())  # only warns: the output never depends on it
        extraction = extract(doc, registry, published=meta.published, url=meta.url)
        return statement(doc, meta, extraction, registry, slug_for(doc, meta)), problems + found
    except SourceError as err:
        return None, [err.problem]
    except Exception as err:  # noqa: BLE001 - one bad source must not stop the site; the fuzz tests keep this unreached
        name = path.relative_to(sources_dir).as_posix()
        return None, [Problem(name, f"{INTERNAL_ERROR} ({type(err).__name__}: {err}); it is skipped. "
                                    "Please report this with the file")]


def convert_folder(sources_dir: Path, site_name: str = "On Record") -> Conversion:
    sources_dir = sources_dir.resolve()
    registry, problems = read_registry(sources_dir)
    statements: list[Statement] = []
    owners: dict[str, str] = {}
    for path in list_sources(sources_dir):
        name = path.relative_to(sources_dir).as_posix()
        if path.is_symlink() and not path.exists():
            problems.append(Problem(name, "is a link to a file that does not exist; remove the link or copy the file in"))
            continue
        if path.is_symlink() and not path.resolve().is_relative_to(sources_dir):
            problems.append(Problem(name, "is a link to a file outside the sources folder; copy the file in instead"))
            continue
        result, found = convert_source(path, sources_dir, registry)
        problems += found
        if result is None:
            continue
        if not found and (not path.stem.isascii() or " " in path.name):
            problems.append(Problem(name, f"has spaces or letters outside ASCII in its name; it is published as "
                                          f"statements/{result.slug}. Rename it {result.slug}{path.suffix.lower()} "
                                          "so that its name and its address match"))
        if result.slug in owners:
            # keep both: the later file (in path order) gets its extension in its address
            new_slug = f"{result.slug}-{path.suffix.lstrip('.').lower()}"
            problems.append(Problem(name, f"would have the same address as {owners[result.slug]} "
                                          f"(statements/{result.slug}); it is published as statements/{new_slug}. "
                                          "Rename one of the files, or set 'slug' in its front matter"))
            result = Statement(**{**result.__dict__, "slug": new_slug})
        owners[result.slug] = name
        statements.append(result)
    statements.sort(key=lambda s: s.sort_key)
    pages = render_site(statements, registry, site_name)
    return Conversion(tuple(statements), tuple(pages), tuple(problems))
