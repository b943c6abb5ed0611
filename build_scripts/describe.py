"""Each page's own description, for search engines and for the card a shared link shows
(<meta name="description"> and Open Graph): a statement's is its lead quotation; every other
page's says what it lists. The hook escapes it for the attribute; here it is plain text.
"""
from __future__ import annotations

import re

LIMIT = 200  # characters: what a link preview shows before it cuts


def _cut(value: str, limit: int = LIMIT) -> str:
    value = re.sub(r"\s+", " ", value).strip()
    if len(value) <= limit:
        return value
    return value[:limit - 1].rsplit(" ", 1)[0].rstrip(",;:.") + "…"


def statement_description(meta: dict) -> str:
    """The primary speaker's first quotation, with their name; a statement without one: its title."""
    speakers = [str(n) for n in meta.get("speakers") or []]
    quotes = [q for q in meta.get("quotes") or [] if isinstance(q, dict) and q.get("text")]
    first = speakers[0] if speakers else None
    lead = next((q for q in quotes if q.get("speaker") == first), quotes[0] if quotes else None)
    if lead is None:
        return _cut(str(meta.get("title") or ""))
    who = lead.get("speaker") or "Unknown speaker"
    return _cut(f"{who}: “{str(lead['text']).rstrip(' ,;:')}”")


def describe(meta: dict, path: str, title: str, config) -> str:
    """A description for the page at `path` (its source path in the site)."""
    site = config.site_name
    if "quotes" in meta:
        return statement_description(meta)
    if meta.get("description"):
        return _cut(str(meta["description"]))
    if path == "index.md":
        subject = str((config.extra or {}).get("subject") or "")
        return _cut(f"{site}: a timeline of public statements" + (f" by {subject}" if subject else "")
                    + ", with who reported each one and when.")
    if path.startswith("timeline"):
        return _cut(f"{title}: every statement on {site} by date, with its speaker, topics and lead quotation.")
    if path.startswith("topics/") and path != "topics/index.md":
        return _cut(f"Statements on {title}, on {site}: quotations, dates and sources.")
    if path.startswith("speakers/") and path != "speakers/index.md":
        return _cut(f"Statements by {title}, and reports that quote them, on {site}: quotations, dates and sources.")
    return _cut(f"{title}: {config.site_description or site}")
