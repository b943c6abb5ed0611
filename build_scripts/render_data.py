"""The data behind the site, for reuse: statements.json and statements.csv at the site root.

Each statement is its page's front matter, every field of it, with the page's slug and
address in front. The CSV has one row per statement; a field that holds a list or a
record is written as JSON in its cell, so nothing is lost. docs/data.md documents both.

A CSV cell that a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or
a carriage return) gets an apostrophe in front: source text never becomes a formula.
"""
from __future__ import annotations

import csv
import io
import json

from .model import Page, Statement
from .records import statement_data, statement_url

JSON_PATH = "statements.json"
CSV_PATH = "statements.csv"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = (
    "slug", "url", "title", "date", "date_precision", "date_basis", "venue", "speakers", "topics", "quotes",
    "unattributed_quotes", "source_file", "source_url", "source_publisher", "source_published", "source_sha256",
    "source_see_also", "review", "generator",
)


def record(s: Statement) -> dict:
    return {"slug": s.slug, "url": statement_url(s.slug), **statement_data(s)}


def records(statements: list[Statement]) -> list[dict]:
    """In timeline order: oldest first, undated last, ties by slug."""
    return [record(s) for s in sorted(statements, key=lambda s: s.sort_key)]


def flat(rec: dict) -> dict[str, str]:
    """One CSV row: nested source fields as source_*, lists and records as JSON, null as empty."""
    row: dict[str, object] = {k: v for k, v in rec.items() if k != "source"}
    row.update({f"source_{k}": v for k, v in rec["source"].items()})
    out = {}
    for column in CSV_COLUMNS:
        value = row[column]
        if isinstance(value, (list, dict)):
            cell = json.dumps(value, ensure_ascii=False)
        else:
            cell = "" if value is None else str(value)
        out[column] = "'" + cell if cell.startswith(FORMULA_START) else cell
    return out


def render_data(statements: list[Statement]) -> list[Page]:
    recs = records(statements)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(flat(r) for r in recs)
    return [
        # one record per line: C's JSON encoder (indent= would use the slow one), and diffs stay readable
        Page(JSON_PATH, "[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n]\n"),
        Page(CSV_PATH, buffer.getvalue()),
    ]
