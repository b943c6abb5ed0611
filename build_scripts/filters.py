"""The timeline's filters over the whole corpus, for a timeline split into pages.

Past one page of statements the timeline is split, and a page can only filter what it shows. So the
build also writes, per filter value, the statements with that value, newest first, one compact row
each, in files of 100 rows: filters/topic/<id>/1.json, 2.json, … (likewise speaker/<slug>/ and
year/<yyyy>/), and filters/counts.json, how many statements have each value. With one filter chosen,
timeline.js fetches the value's first file and the next at "Show more" (the count is known); with
several, every file of the value with the fewest statements, keeping the rows that match the others,
which every row carries. Applying a filter never fetches the corpus: at 10,000 statements, a
year's files at most (about 1,500 rows).

Rows are JSON arrays (no repeated key names, the bytes matter at 10,000 statements):
[slug, date as shown, date worked out (0/1), title, speaker slug, year, [topic ids]].
Speaker names and topic labels are the form's options, so they are not repeated in every row.
Everything from a source is JSON-encoded here and set as text (textContent) by the script.
"""
from __future__ import annotations

import json
import re
from collections import Counter

from .model import Page, Registry, Statement
from .records import (
    UNKNOWN_YEAR, date_is_curated, newest_first, show_date, speaker_slug, topic_label, year_key,
)

FOLDER = "filters"
FIELDS = ("topic", "speaker", "year")
ROW_TITLE = 100  # characters of a title in a row: the whole is on the statement's page
CHUNK = 100  # rows a file: what the timeline lists at a time
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

# one filter's options: (value, label, how many statements have it), in the order the form shows them
Options = tuple[tuple[str, str, int], ...]


def keys(s: Statement) -> dict[str, list[str]]:
    """The values a statement has for each filter: its topics, whose statement it is, its year."""
    return {
        "topic": [t for t in dict.fromkeys(s.topics) if SLUG.fullmatch(t)],
        "speaker": [slug for slug in map(speaker_slug, s.speakers[:1]) if SLUG.fullmatch(slug)],
        "year": [year_key(s)],
    }


def options(statements: list[Statement], registry: Registry) -> dict[str, Options]:
    """Every filter's options over these statements, with counts: topics and speakers by label, years newest first."""
    counts: dict[str, Counter] = {field: Counter() for field in FIELDS}
    names: dict[str, str] = {}
    for s in statements:
        for field, values in keys(s).items():
            counts[field].update(values)
        for name in s.speakers[:1]:
            names.setdefault(speaker_slug(name), name)  # the first name seen, in the statements' fixed order
    topics = sorted(((t, topic_label(t, registry), n) for t, n in counts["topic"].items()),
                    key=lambda x: (x[1].casefold(), x[0]))
    speakers = sorted(((k, names[k], n) for k, n in counts["speaker"].items()), key=lambda x: (x[1].casefold(), x[0]))
    years = [(y, y, n) for y, n in sorted(counts["year"].items(), reverse=True) if y != UNKNOWN_YEAR]
    if counts["year"].get(UNKNOWN_YEAR):
        years.append((UNKNOWN_YEAR, "Date unknown", counts["year"][UNKNOWN_YEAR]))
    return {"topic": tuple(topics), "speaker": tuple(speakers), "year": tuple(years)}


def row(s: Statement) -> list:
    title = s.title if len(s.title) <= ROW_TITLE else s.title[:ROW_TITLE - 1].rstrip() + "…"
    k = keys(s)
    return [s.slug, show_date(s.date, s.date_precision), int(bool(s.date) and not date_is_curated(s)), title,
            (k["speaker"] or [""])[0], k["year"][0], k["topic"]]


def path(field: str, value: str, n: int) -> str:
    return f"{FOLDER}/{field}/{value}/{n}.json"


COUNTS = f"{FOLDER}/counts.json"


def counts_file(statements: list[Statement], registry: Registry) -> Page:
    """How many statements in all, and for each filter value. Kept out of the timeline's pages: a
    statement added, or moved to another year, then rewrites this file, not every page of the timeline."""
    data = {"total": len(statements), **{field: {v: n for v, _, n in opts} for field, opts in options(statements, registry).items()}}
    return Page(COUNTS, json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")


def labels(opts: dict[str, Options]) -> dict[str, Options]:
    """The options without their counts (a count of 0: timeline.js fills them in from counts.json)."""
    return {field: tuple((v, label, 0) for v, label, _ in values) for field, values in opts.items()}


def filter_files(statements: list[Statement], registry: Registry) -> list[Page]:
    """counts.json, then each filter value's files, in a fixed order (field, then value), rows newest first."""
    rows: dict[tuple[str, str], list[str]] = {}
    for s in newest_first(statements):
        line = json.dumps(row(s), ensure_ascii=False, separators=(",", ":"))
        for field, values in keys(s).items():
            for value in values:
                rows.setdefault((field, value), []).append(line)
    pages = [counts_file(statements, registry)]
    for (field, value), lines in sorted(rows.items()):
        for n, start in enumerate(range(0, len(lines), CHUNK), 1):
            pages.append(Page(path(field, value, n), "[\n" + ",\n".join(lines[start:start + CHUNK]) + "\n]\n"))
    return pages
