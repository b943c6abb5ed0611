"""What a reader meets on a statement page beyond its record: who reported it (provenance, right
under the title), the date's basis in plain words, each quotation with its own address, the
people quoted beside the speaker, and the way to the statements before and after it in time.

Kept apart from render.py so that the page's parts can change without moving its code. Every
string from a source is escaped here through render's `text` and `link`, for Markdown.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from . import render as _render  # render imports this module: its helpers are looked up at call time
from .model import Registry, Statement
from .records import date_is_curated, newest_first, quote_url, safe_url, show_date, speaker_slug

BASIS_ANCHORED = re.compile(r"‘(?P<words>.+)’, on or before the publication date (?P<date>\d{4}-\d{2}-\d{2})\b.*")


@dataclass(frozen=True)
class Neighbours:
    """A statement's place in time: the dated statements just before and after it, and its
    timeline page (the page's address from the top of the site, and the heading's anchor)."""

    before: tuple[str, str] | None = None  # (slug, its date in words)
    after: tuple[str, str] | None = None
    timeline: str = "timeline.md"
    anchor: str = ""


def _host(url: str) -> str:
    return urlsplit(url).hostname or url


def provenance(s: Statement) -> list[str]:
    """One line under the title: who reported the statement (linked) and when, or plainly that
    it is not recorded. Never a guess: only the curator's or the page's own metadata."""
    url = safe_url(s.source.url)
    publisher = s.source.publisher
    if publisher and url:
        who = f"Reported by {_render.link(publisher, url)}"
    elif publisher:
        who = f"Reported by {_render.text(publisher)} (the report's address is not recorded)"
    elif url:
        who = f"Reported at {_render.link(_host(s.source.url or ''), url)} (the publisher is not recorded)"
    else:
        who = "The publisher and address of this report are not recorded"
    when = (f"published {_render.text(show_date(s.source.published, 'day'))}" if s.source.published
            else "publication date not recorded")
    line = f"{who}; {when}."
    others = [(o, safe_url(o)) for o in s.source.see_also]
    links = [_render.link(_host(o), u) for o, u in others if u]
    if links:
        line += " Also reported at " + ", ".join(links) + "."
    return [line, "{: .or-provenance }", ""]


def date_basis_words(s: Statement) -> str:
    """How the date was found, as a sentence a reader follows: "worked out from ‘on Tuesday’ in
    an article published on 6 April 2022"."""
    if date_is_curated(s):
        return "set by the site's curator"
    m = BASIS_ANCHORED.fullmatch(s.date_basis)
    if m:
        published = show_date(dt.date.fromisoformat(m["date"]), "day")
        return f"worked out from ‘{m['words']}’ in an article published on {published}"
    return f"worked out from the text: {s.date_basis}"


def primary(s: Statement) -> str | None:
    return s.speakers[0] if s.speakers else None


def also_quoted(s: Statement) -> list[str]:
    """Everyone else quoted in the report, in order: not co-speakers of the statement."""
    first = primary(s)
    names = [*s.speakers[1:], *(q.speaker for q in s.quotes if q.speaker)]
    return [n for n in dict.fromkeys(names) if n and n != first]


def speaker_line(s: Statement, prefix: str) -> str:
    """Whose statement it is: its primary speaker."""
    first = primary(s)
    # the speaker's name is what search results show beside the statement (Pagefind takes the link's text)
    speaker = (_render.link(first, f"{prefix}speakers/{speaker_slug(first)}.md") + '{: data-pagefind-meta="speaker" }'
               if first else "unknown")
    return f"**Speaker:** {speaker}  "


def also_quoted_lines(s: Statement, prefix: str) -> list[str]:
    """Those only quoted in the same report, apart from the statement's own date and place, which
    are not theirs."""
    others = also_quoted(s)
    if not others:
        return []
    named = ", ".join(_render.link(n, f"{prefix}speakers/{speaker_slug(n)}.md") for n in others)
    whose = f"{_render.text(primary(s))}’s statement" if primary(s) else "the statement"
    return [f"**Also quoted in this report:** {named} (the date and place above are those of {whose})", ""]


QUOTE_WEIGHT = 7  # Pagefind's weight of a statement's quotations (body text is 1, an h1 7)
INDEX_WEIGHT = 1  # and of an index page's title (topic, speaker)


def quote_block(n: int, body: list[str], after: list[str]) -> list[str]:
    """A quotation in a box with its own anchor (quote-N), a link to it and a copy button that
    reader.js shows (hidden, it takes no Tab stop without the script)."""
    anchor = f"quote-{n}"
    tools = (f"[Link to quotation {n}](#{anchor}){{: .or-quote-link }} "
             f'<button type="button" class="or-copy-link" data-anchor="{anchor}" hidden>Copy link</button>')
    # a quotation's words weigh in search as a title does: a phrase from it finds the statement first
    return [f'<div class="or-quote" id="{anchor}" data-pagefind-weight="{QUOTE_WEIGHT}" markdown>', "", *body, "", tools,
            "", *after, "</div>", ""]


def neighbours_lines(nb: Neighbours | None, prefix: str) -> list[str]:
    """Previous and next statement in time, and this date on the timeline."""
    if nb is None:
        return []
    parts = []
    if nb.before:
        parts.append(f"← {_render.link('Earlier statement', f'{nb.before[0]}.md')} ({_render.text(nb.before[1])})")
    if nb.after:
        parts.append(f"{_render.link('Later statement', f'{nb.after[0]}.md')} ({_render.text(nb.after[1])}) →")
    target = f"{prefix}{nb.timeline}" + (f"#{nb.anchor}" if nb.anchor else "")
    parts.append(f"[This date on the timeline]({target})")
    return [" · ".join(parts), "{: .or-neighbours }", ""]


def fold(value: str) -> str:
    """Accents and case folded, for sorting the way readers look names up."""
    return "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c)).casefold()


# where the family name is written first (Zhang Jun is Mr Zhang): by the registry's country
FAMILY_NAME_FIRST = frozenset({"china", "taiwan", "japan", "korea", "south korea", "north korea",
                               "republic of korea", "democratic people's republic of korea",
                               "vietnam", "viet nam", "hungary", "cambodia", "mongolia"})


def surname_key(name: str, registry: Registry) -> tuple[str, str]:
    """A speaker's place in the index: by surname (the last word, or the first where the registry's
    country writes the family name first), accents folded, then the whole name."""
    words = name.split()
    known = registry.speaker(name)
    first_is_family = bool(known and known.country.strip().casefold() in FAMILY_NAME_FIRST)
    surname = (words[0] if first_is_family else words[-1]) if words else name
    return fold(surname), fold(name)


def home_intro(subject: str, statements: list[Statement]) -> list[str]:
    """What the site covers, in the site's own words (mkdocs.yml `extra: subject`), and what a
    reader finds for each statement; only what every page does show."""
    what = ("A timeline of public statements" + (f" by {_render.text(subject)}" if subject.strip() else "")
            + ": what was said, when and where, and who reported it.")
    how = ("Each statement has a page with its quotations, the source text, the source's publisher, "
           "address and date where they are known (and says so where they are not), and a citation.")
    return [what, "", how, ""]


def split_by_role(name: str, items: list[Statement]) -> tuple[list[Statement], list[Statement]]:
    """A speaker's own statements (they are its primary speaker), and the reports that only quote them."""
    own = [s for s in items if primary(s) == name]
    return own, [s for s in items if primary(s) != name]


def counts(name: str, items: list[Statement], bold: bool = False) -> str:
    """"3 statements; quoted in 2 reports": statements and quotations in others' reports apart."""
    own, quoted_in = split_by_role(name, items)

    def number(n: int) -> str:
        return f"**{n}**" if bold else str(n)

    reports = f"report{'s' if len(quoted_in) != 1 else ''}"
    if not own:  # only ever quoted in others' reports: no "0 statements"
        return f"quoted in {number(len(quoted_in))} {reports}"
    out = f"{number(len(own))} statement{'s' if len(own) != 1 else ''}"
    return out + (f", quoted in {len(quoted_in)} other {reports}" if quoted_in else "")


def entry_date(s: Statement) -> str:
    """A listing entry's date, at its precision, with a visible mark where it was worked out from
    the text rather than set by the curator."""
    shown = f"**{_render.text(show_date(s.date, s.date_precision))}**{{: .or-date }}"
    if s.date and not date_is_curated(s):
        shown += ' *date worked out*{: .or-date-inferred }'
    return shown


def chips(s: Statement, registry: Registry, prefix: str) -> str:
    """The statement's speaker and its topics as links, each a chip (CSS)."""
    first = primary(s)
    who = (_render.link(first, f"{prefix}speakers/{speaker_slug(first)}.md") + "{: .or-chip .or-chip--speaker }"
           if first else "*speaker unknown*")
    topics = [_render.link(_render.topic_label(t, registry), f"{prefix}topics/{t}.md") + "{: .or-chip }"
              for t in s.topics]
    return " ".join([who, *topics])


def index_heading(kind: str) -> str:
    """The attribute list of a page's title that tells search results what kind of page it is."""
    assert kind in ("Statement", "Topic", "Speaker"), kind
    # an index page's title weighs in search as body text does (a heading's is 7): the statements on a
    # subject come before the page that lists them
    weight = "" if kind == "Statement" else f' data-pagefind-weight="{INDEX_WEIGHT}"'
    return f'{{: data-pagefind-meta="kind:{kind}"{weight} }}'


QUOTES_OVER_TIME_CHARS = 120_000  # a speaker page's quotations, however much its statements quote


def quotes_over_time(name: str, statements: list[Statement], prefix: str) -> list[str]:
    """A speaker's quotations, newest first, under each statement once (its date and title), and
    apart, what they are quoted saying in reports of someone else's statement: with no date of
    their own, since the report dates the other person's statement, not theirs. Within a budget,
    the earlier ones counted: a page of 100 statements quoting at length stayed 4 MB otherwise."""
    own, elsewhere = split_by_role(name, newest_first(statements))
    own = [s for s in own if any(q.speaker == name for q in s.quotes)]
    elsewhere = [s for s in elsewhere if any(q.speaker == name for q in s.quotes)]
    if not own and not elsewhere:
        return []
    budget = Budget(QUOTES_OVER_TIME_CHARS)
    lines = ["## Quotes over time", "", "Newest first.", "", '<div class="or-quotes-over-time" markdown>', ""]
    year = None
    for s in own:
        label = str(s.date.year) if s.date else "Date unknown"
        if label != year:
            year = label
            lines += [f"### {label}", ""]
        lines += [f"**{_render.text(show_date(s.date, s.date_precision))}** · "
                  f"{_render.link(s.title, f'{prefix}statements/{s.slug}.md')}", ""]
        lines += _their_quotes(name, s, budget, prefix)
    if elsewhere:
        lines += ["### Quoted in reports of other people's statements", ""]
        for s in elsewhere:
            lines += [f"In {_render.link(s.title, f'{prefix}statements/{s.slug}.md')}, a report of "
                      f"{_render.text(primary(s) or 'an unknown speaker')}’s statement:", ""]
            lines += _their_quotes(name, s, budget, prefix)
    if budget.left_out:
        lines += [f"{_render.plural(budget.left_out, 'earlier quotation')} on the statements' own pages.", ""]
    return lines + ["</div>", ""]


class Budget:
    """Characters a page may still give to something (quotations, links), and how many did not fit."""

    def __init__(self, chars: int) -> None:
        self.chars, self.left_out = chars, 0

    def take(self, size: int) -> bool:
        self.chars -= size
        self.left_out += self.chars < 0
        return self.chars >= 0


def _their_quotes(name: str, s: Statement, budget: Budget, prefix: str) -> list[str]:
    """Each of the speaker's quotations in the statement, with a link to it on the statement's page
    (a statement of many quotations has several: the title's link leads to the first)."""
    out: list[str] = []
    for i, q in enumerate(s.quotes):
        if q.speaker != name:
            continue
        to = f" ([quotation {i + 1}]({prefix}{quote_url(s.slug, i, markdown=True)}){{: .or-quote-link }})"
        if budget.take(len(q.text) + len(to) + 20):
            out += [f"> “{_render.quoted(q.text)}”{to}", "", _render.QUOTE_BREAK, ""]
    return out
