"""Charts drawn at build time as SVG files: no script, no request to another host.

- `topic_heatmap`: statements per month by topic (the home page). One row per topic and
  a first row counting each statement once; a cell's shade and number give the count.
- `month_bars`: statements per month (a topic page).

Only statements dated to the month or the day are charted; a statement known only to
the year, or not dated at all, is never put in a month (the page says how many are left out).
Every label is escaped for XML; the numbers behind each chart are also given as a table
on the page, for readers who cannot see the picture.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from .model import Registry, Statement
from .records import month_key, months_between, topic_label, xml_chars

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
INK = "#1f1f1f"
MUTED = "#5f6368"
EMPTY = "#f3f4f6"
GRID = "#d0d4da"
# ColorBrewer "Blues", light to dark; a number on the two darkest is white, on the others black
SHADES = ("#deebf7", "#9ecae1", "#6baed6", "#2171b5", "#08306b")
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


def _svg(width: int, height: int, title: str, desc: str, body: list[str]) -> str:
    return "\n".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-labelledby="chart-title chart-desc" font-family={_attr(FONT)} font-size="12" fill="{INK}">',
        f'<title id="chart-title">{_text(title)}</title>',
        f'<desc id="chart-desc">{_text(desc)}</desc>',
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        *body,
        "</svg>",
    ]) + "\n"


def _month_labels(months: tuple[str, ...], x0: int, step: int, width: int, y: int) -> list[str]:
    """The month under (or over) each column, and the year where it starts or changes."""
    out = []
    for n, m in enumerate(months):
        cx = x0 + n * step + width // 2
        out.append(f'<text x="{cx}" y="{y}" text-anchor="middle" font-size="11" fill="{MUTED}">{MONTH_ABBR[int(m[5:]) - 1]}</text>')
        if n == 0 or m.endswith("-01"):
            out.append(f'<text x="{cx}" y="{y + 14}" text-anchor="middle" font-size="11" font-weight="bold">{m[:4]}</text>')
    return out


def _shade(count: int, most: int) -> tuple[str, str]:
    level = min(len(SHADES), max(1, -(-count * len(SHADES) // most)))  # ceil, 1..5
    return SHADES[level - 1], "#ffffff" if level >= 4 else INK


def _clip(label: str, limit: int = 36) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def topic_heatmap(counts: MonthlyCounts, registry: Registry, title: str) -> str:
    """Rows: all statements, then each topic (most statements first); columns: months."""
    topics = sorted(counts.by_topic, key=lambda t: (-sum(counts.by_topic[t].values()), topic_label(t, registry).casefold(), t))
    rows = [("All statements", counts.total)] + [(topic_label(t, registry), counts.by_topic[t]) for t in topics]
    cell, gap, pad = 34, 2, 10
    label_w = 12 + 7 * max(len(_clip(label)) for label, _ in rows)
    top = 22
    x0 = pad + label_w
    step = cell + gap
    grid_w = len(counts.months) * step
    total_x = x0 + grid_w + 8
    width = total_x + 56
    height = top + len(rows) * (24 + gap) + 8 + 36
    body = [f'<text x="{total_x + 24}" y="{top - 8}" text-anchor="middle" font-size="11" fill="{MUTED}">Total</text>']
    most = max(counts.total.values(), default=1)  # one scale for every row: a shade means the same count everywhere
    for r, (label, by_month) in enumerate(rows):
        y = top + r * (24 + gap) + (6 if r else 0)
        weight = ' font-weight="bold"' if r == 0 else ""
        body.append(f'<text x="{x0 - 8}" y="{y + 16}" text-anchor="end"{weight}>{_text(_clip(label))}'
                    + (f"<title>{_text(label)}</title>" if _clip(label) != label else "") + "</text>")
        for c, m in enumerate(counts.months):
            x = x0 + c * step
            n = by_month.get(m, 0)
            if n:
                fill, ink = _shade(n, most)
                body.append(f'<rect x="{x}" y="{y}" width="{cell}" height="24" rx="3" fill="{fill}"/>')
                body.append(f'<text x="{x + cell // 2}" y="{y + 16}" text-anchor="middle" fill="{ink}">{n}</text>')
            else:
                body.append(f'<rect x="{x}" y="{y}" width="{cell}" height="24" rx="3" fill="{EMPTY}"/>')
        body.append(f'<text x="{total_x + 24}" y="{y + 16}" text-anchor="middle"{weight}>{sum(by_month.values())}</text>')
    body.append(f'<line x1="{x0}" x2="{x0 + grid_w - gap}" y1="{top + 24 + 4}" y2="{top + 24 + 4}" stroke="{GRID}"/>')
    body += _month_labels(counts.months, x0, step, cell, height - 24)
    first, last = counts.months[0], counts.months[-1]
    desc = (f"Statements per month from {first} to {last}: {sum(counts.total.values())} statements in all; "
            "a statement on several topics counts once in each topic's row.")
    return _svg(width, height, title, desc, body)


def month_bars(counts: MonthlyCounts, title: str) -> str:
    """One bar per month, its count above it."""
    bar, gap, pad, plot_h = 28, 8, 16, 120
    most = max(counts.total.values(), default=1)
    step = bar + gap
    top = 20
    width = pad * 2 + len(counts.months) * step
    height = top + plot_h + 40
    base = top + plot_h
    body = [f'<line x1="{pad - 4}" x2="{width - pad + 4}" y1="{base}" y2="{base}" stroke="{GRID}"/>']
    for c, m in enumerate(counts.months):
        n = counts.total.get(m, 0)
        x = pad + c * step + gap // 2
        if n:
            h = max(4, round(plot_h * n / most))
            body.append(f'<rect x="{x}" y="{base - h}" width="{bar}" height="{h}" rx="2" fill="{BAR}"/>')
            body.append(f'<text x="{x + bar // 2}" y="{base - h - 5}" text-anchor="middle">{n}</text>')
    body += _month_labels(counts.months, pad + gap // 2, step, bar, base + 16)
    desc = f"Statements per month from {counts.months[0]} to {counts.months[-1]}: {sum(counts.total.values())} in all."
    return _svg(width, height, title, desc, body)
