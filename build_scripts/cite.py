""""Cite this": a statement as plain text, BibTeX and CSL-JSON.

A statement is cited as the news report it came from: the outlet (publisher) and its headline,
as a citation of a news article is; the speaker is what the report is about, not its author,
and is named in the note with the statement's date and venue.

Each format escapes for itself (BibTeX's special characters, JSON through json.dumps);
the page shows them in code blocks, where Markdown and HTML are not interpreted.
"""
from __future__ import annotations

import json
import re

from .model import Statement
from .records import show_date, statement_url

BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&", "$": r"\$",
    "#": r"\#", "_": r"\_", "^": r"\^{}", "~": r"\~{}",
}
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _one_line(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


def key(s: Statement) -> str:
    return f"onrecord-{s.slug}"


def address(s: Statement, site_url: str = "") -> str:
    """The statement page's address: absolute where the site's address is known (`site_url`)."""
    base = _one_line(site_url)
    return (base.rstrip("/") + "/" if base else "") + statement_url(s.slug)


def about(s: Statement) -> str:
    """What the report records: whose statement, where and when (the speaker's, primary first)."""
    who = _one_line(s.speakers[0]) if s.speakers else "an unknown speaker"
    said = f"Statement by {who}" + (f", {_one_line(s.venue)}" if s.venue else "")
    return said + (f", {show_date(s.date, s.date_precision)}" if s.date else ", date unknown")


def plain(s: Statement, site_name: str, site_url: str = "") -> str:
    """One line a reader can paste: outlet, headline, date of publication, address; then whose
    statement it reports, and where this site keeps it."""
    parts = [f"{_one_line(s.source.publisher)}." if s.source.publisher else "Publisher not recorded.",
             f"“{_one_line(s.title)}.”"]
    parts.append(f"{show_date(s.source.published, 'day')}." if s.source.published else "Date of publication not recorded.")
    if s.source.url:
        parts.append(_one_line(s.source.url) + ".")
    parts.append(about(s) + ".")
    parts.append(f"{_one_line(site_name)}, {address(s, site_url)}")
    return " ".join(parts)


def bibtex_escape(value: str) -> str:
    return "".join(BIBTEX_SPECIAL.get(c, c) for c in _one_line(value))


def bibtex(s: Statement, site_name: str, site_url: str = "") -> str:
    def braced(value: str) -> str:
        return "{" + value + "}"

    fields: list[tuple[str, str]] = [("title", braced(braced(bibtex_escape(s.title))))]
    if s.source.publisher:
        # the outlet, as the journal of a news article; no author: the speaker did not write it
        fields.append(("journal", braced(bibtex_escape(s.source.publisher))))
    if s.source.published:
        fields.append(("date", braced(s.source.published.isoformat())))
        fields.append(("year", braced(str(s.source.published.year))))
        fields.append(("month", MONTHS[s.source.published.month - 1]))  # BibTeX's month macro, unbraced
    if s.source.url:
        # url is verbatim in BibTeX: only braces and backslashes could break it, so they are %-encoded
        url = _one_line(s.source.url).replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D")
        fields.append(("url", braced(url)))
    note = f"{bibtex_escape(about(s))}. Quoted in {bibtex_escape(site_name)}, {bibtex_escape(address(s, site_url))}"
    fields.append(("note", braced(note)))
    body = ",\n".join(f"  {name} = {value}" for name, value in fields)
    kind = "article" if s.source.publisher else "misc"
    return f"@{kind}{{{key(s)},\n{body}\n}}"


def csl_json(s: Statement, site_name: str, site_url: str = "") -> str:
    item: dict = {"id": key(s), "type": "article-newspaper", "title": _one_line(s.title)}
    if s.source.publisher:
        item["container-title"] = _one_line(s.source.publisher)
    if s.source.published:
        p = s.source.published
        item["issued"] = {"date-parts": [[p.year, p.month, p.day]]}
    if s.source.url:
        item["URL"] = s.source.url
    item["note"] = f"{about(s)}. Quoted in {_one_line(site_name)}, {address(s, site_url)}"
    # one field a line, each value compact: readable, and still JSON
    fields = ",\n".join(f"    {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in item.items())
    return "[\n  {\n" + fields + "\n  }\n]"
