"""Charts drawn at build time as SVG files: no script, no request to another host.

- `month_rows`: statements per month of the last WINDOW months, one row a month, newest on top
  (the home page and topic pages, drawn into the page): as narrow as a phone, however many months
  the corpus spans, every label inside the picture; each bar a link to that month's statements.

Only statements dated to the month or the day are charted; a statement known only to
the year, or not dated at all, is never put in a month (the page says how many are left out).
Every label is escaped for XML; the numbers behind each chart are also given as a table
on the page, for readers who cannot see the picture.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from .model import Statement
from .records import month_key, months_between, xml_chars

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
INK = "#1f1f1f"
MUTED = "#5f6368"
GRID = "#d0d4da"
BAR = "#2171b5"
MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class MonthlyCounts:
    months: tuple[str, ...]  # every month from the first charted to the last, YYYY-MM
    total: dict[str, int]  # month → statements
    by_topic: dict[str, dict[str, int]]  # topic id → month → statements
    left_out: int  # statements known only to the year, or undated


def monthly_counts(statements: list[Statement]) -> MonthlyCounts:
    charted = [(s, month_key(s)) for s in statements]
    keys = sorted({m for _, m in charted if m})
    months = tuple(months_between(keys[0], keys[-1])) if keys else ()
    total: Counter[str] = Counter(m for _, m in charted if m)
    by_topic: dict[str, Counter[str]] = {}
    for s, m in charted:
        if m:
            for t in dict.fromkeys(s.topics):
                by_topic.setdefault(t, Counter())[m] += 1
    return MonthlyCounts(months, dict(total), {t: dict(c) for t, c in by_topic.items()},
                         sum(1 for _, m in charted if not m))


def _attr(value: str) -> str:
    return quoteattr(xml_chars(value))


def _text(value: str) -> str:
    return escape(xml_chars(value))


def _svg(width: int, height: int, title: str, desc: str, body: list[str], role: str = "img") -> str:
    # a chart whose bars are links is a group of links (an image's parts are hidden from screen readers)
    return "\n".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="{role}" aria-labelledby="chart-title chart-desc" font-family={_attr(FONT)} font-size="12" fill="{INK}">',
        f'<title id="chart-title">{_text(title)}</title>',
        f'<desc id="chart-desc">{_text(desc)}</desc>',
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        *body,
        "</svg>",
    ]) + "\n"


WINDOW = 24  # months a chart shows: the most recent; earlier years are links under it
ROWS_W, ROW_H, LABEL_W = 340, 22, 74  # fits a 390 px phone with the page's margins; months labelled "Nov 2023"


def window(counts: MonthlyCounts, months: int = WINDOW) -> tuple[str, ...]:
    """The last `months` months charted (every month, with statements or not), oldest first."""
    return counts.months[-months:]


def _row(y: int, m: str, n: int, most: int, href: str | None) -> list[str]:
    label = f"{MONTH_ABBR[int(m[5:]) - 1]} {m[:4]}"
    width = round((ROWS_W - LABEL_W - 40) * n / most) if n else 0
    row = [f'<text x="{LABEL_W - 8}" y="{y + 15}" text-anchor="end">{label}</text>']
    if n:
        row.append(f'<rect x="{LABEL_W}" y="{y + 3}" width="{max(3, width)}" height="{ROW_H - 6}" rx="2" fill="{BAR}"/>')
    row.append(f'<text x="{LABEL_W + max(3, width) + 5 if n else LABEL_W + 2}" y="{y + 15}"'
               f'{"" if n else f" fill={_attr(MUTED)}"}>{n}</text>')
    if href and n:  # a bar that counts statements leads to them; the whole row is the target
        name = f"{MONTH_NAMES[int(m[5:]) - 1]} {m[:4]}: {n} statement{'s' if n != 1 else ''}"
        return [f'<a href={_attr(href)} aria-label={_attr(name)}>',
                f'<rect x="0" y="{y}" width="{ROWS_W}" height="{ROW_H}" fill="#ffffff" fill-opacity="0"/>', *row, "</a>"]
    return row


MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")


def month_rows(counts: MonthlyCounts, title: str, links: dict[str, str] | None = None) -> str:
    """The last WINDOW months, newest on top, one labelled bar a row; `links`: month → address of its statements."""
    months = window(counts)[::-1]
    most = max((counts.total.get(m, 0) for m in months), default=0) or 1
    top = 6
    body = [f'<line x1="{LABEL_W}" x2="{LABEL_W}" y1="{top}" y2="{top + len(months) * ROW_H}" stroke="{GRID}"/>']
    for r, m in enumerate(months):
        body += _row(top + r * ROW_H, m, counts.total.get(m, 0), most, (links or {}).get(m))
    shown = sum(counts.total.get(m, 0) for m in months)
    desc = (f"Statements per month from {months[-1]} to {months[0]}, newest first: {shown} in those months."
            if months else "No statement dated to the month.")
    return _svg(ROWS_W, top * 2 + len(months) * ROW_H, title, desc, body, "group" if links else "img")
