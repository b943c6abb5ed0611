""""Cite this": a statement as plain text, BibTeX and CSL-JSON.

Each format escapes for itself (BibTeX's special characters, JSON through json.dumps);
the page shows them in code blocks, where Markdown and HTML are not interpreted.
"""
from __future__ import annotations

import json
import re

from .model import Statement
from .records import iso_date, show_date, statement_url

BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&", "$": r"\$",
    "#": r"\#", "_": r"\_", "^": r"\^{}", "~": r"\~{}",
}
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _one_line(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


def _names(names: tuple[str, ...] | list[str]) -> str:
    names = [_one_line(n) for n in names]
    if not names:
        return "Unknown speaker"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def key(s: Statement) -> str:
    return f"onrecord-{s.slug}"


def plain(s: Statement, site_name: str) -> str:
    """One line a reader can paste: who, what, when, where, who reported it, where to find it."""
    parts = [f"{_names(s.speakers)}.", f"“{_one_line(s.title)}.”"]
    said = "Statement" + (f", {_one_line(s.venue)}" if s.venue else "")
    said += f", {show_date(s.date, s.date_precision)}." if s.date else ", date unknown."
    parts.append(said)
    if s.source.publisher:
        reported = f"Reported by {_one_line(s.source.publisher)}"
        if s.source.published:
            reported += f", {show_date(s.source.published, 'day')}"
        parts.append(reported + ".")
    elif s.source.published:
        parts.append(f"Source published {show_date(s.source.published, 'day')}.")
    if s.source.url:
        parts.append(_one_line(s.source.url) + ".")
    parts.append(f"{_one_line(site_name)}, {statement_url(s.slug)}")
    return " ".join(parts)


def bibtex_escape(value: str) -> str:
    return "".join(BIBTEX_SPECIAL.get(c, c) for c in _one_line(value))


def bibtex(s: Statement, site_name: str) -> str:
    def braced(value: str) -> str:
        return "{" + value + "}"

    fields: list[tuple[str, str]] = [
        ("author", braced(" and ".join(braced(bibtex_escape(n)) for n in s.speakers) or "{Unknown speaker}")),
        ("title", braced(braced(bibtex_escape(s.title)))),
    ]
    if s.date:
        fields.append(("date", braced(iso_date(s.date, s.date_precision) or "")))
        fields.append(("year", braced(str(s.date.year))))
        if s.date_precision in ("day", "month"):
            fields.append(("month", MONTHS[s.date.month - 1]))  # BibTeX's month macro, unbraced
    if s.venue:
        fields.append(("howpublished", braced(bibtex_escape(s.venue))))
    if s.source.publisher:
        fields.append(("publisher", braced(bibtex_escape(s.source.publisher))))
    if s.source.url:
        # url is verbatim in BibTeX: only braces and backslashes could break it, so they are %-encoded
        url = _one_line(s.source.url).replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D")
        fields.append(("url", braced(url)))
    note = f"Quoted in {bibtex_escape(site_name)}, {bibtex_escape(statement_url(s.slug))}"
    if s.source.published:
        note = f"Reported {s.source.published.isoformat()}. {note}"
    fields.append(("note", braced(note)))
    body = ",\n".join(f"  {name} = {value}" for name, value in fields)
    return f"@misc{{{key(s)},\n{body}\n}}"


def csl_json(s: Statement, site_name: str) -> str:
    item: dict = {
        "id": key(s),
        "type": "speech",
        "title": _one_line(s.title),
        "author": [{"literal": _one_line(n)} for n in s.speakers] or [{"literal": "Unknown speaker"}],
    }
    if s.date:
        parts = [s.date.year] + ([s.date.month] if s.date_precision in ("day", "month") else []) \
            + ([s.date.day] if s.date_precision == "day" else [])
        item["issued"] = {"date-parts": [parts]}
    if s.venue:
        item["event-title"] = _one_line(s.venue)
    if s.source.publisher:
        item["publisher"] = _one_line(s.source.publisher)
    if s.source.url:
        item["URL"] = s.source.url
    item["note"] = f"Quoted in {_one_line(site_name)}, {statement_url(s.slug)}" + (
        f"; reported {s.source.published.isoformat()}" if s.source.published else "")
    # one field a line, each value compact: readable, and still JSON
    fields = ",\n".join(f"    {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in item.items())
    return "[\n  {\n" + fields + "\n  }\n]"
