"""One source through read → validate front matter → extract → merge into a Statement.

The only part of the pipeline whose results the extraction cache keeps: the cache's key
holds this module's code and what it calls (cache.CONVERSION_CODE), so a change anywhere
else (rendering, writing, the cache itself) does not convert every source again.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from .caps import within_caps
from .extract import extract
from .model import Problem, Registry, Result
from .read import SourceError, read_source
from .validate import front_matter, slug_for, statement

INTERNAL_ERROR = "could not be converted because of a fault in On Record"


def convert_source(path: Path, sources_dir: Path, registry: Registry) -> Result:
    """One file through read → validate front matter → extract → merge."""
    try:
        doc, problems = read_source(path, sources_dir)
        today = dt.date.today()
        meta, found = front_matter(doc, registry, today)  # only warns: the output never depends on it
        extraction = extract(doc, registry, published=meta.published, url=meta.url)
        capped, over = within_caps(statement(doc, meta, extraction, registry, slug_for(doc, meta)), today)
        return capped, problems + found + over
    except SourceError as err:
        return None, [err.problem]
    except Exception as err:  # noqa: BLE001 - one bad source must not stop the site; the fuzz tests keep this unreached
        name = path.relative_to(sources_dir).as_posix()
        return None, [Problem(name, f"{INTERNAL_ERROR} ({type(err).__name__}: {err}); it is skipped. "
                                    "Please report this with the file")]
