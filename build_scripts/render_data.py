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
from .recent import Recent, made
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


def _csv_line(row: dict[str, str] | None) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writerow(row) if row else writer.writeheader()
    return buffer.getvalue()


def _lines(s: Statement) -> tuple[str, str]:
    """A statement's line of the JSON (one record per line: C's JSON encoder, and diffs stay readable)
    and of the CSV."""
    rec = record(s)
    return json.dumps(rec, ensure_ascii=False), _csv_line(flat(rec))


def render_data(statements: list[Statement], recent: Recent | None = None) -> list[Page]:
    """statements.json and .csv, in timeline order (oldest first, undated last, ties by slug); with
    `recent`, the lines of unchanged statements are the last build's."""
    lines = [made(recent, ("data", s.slug), s, lambda: _lines(s)) for s in sorted(statements, key=lambda s: s.sort_key)]
    return [
        Page(JSON_PATH, "[\n" + ",\n".join(j for j, _ in lines) + "\n]\n"),
        Page(CSV_PATH, _csv_line(None) + "".join(c for _, c in lines)),
    ]
