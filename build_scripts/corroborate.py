"""Which other sources in the corpus carry the same quotation ("Also reported in").

Two reports of one quotation rarely match to the letter: one drops a word, another
changes "favourable" to "favorable", a third quotes only the second half. Quotations
are compared as words (case, punctuation and the kind of quotation mark ignored) and
count as the same when

- their words overlap with an F1 of at least SAME_WORDS (small wording differences), or
- one of at least MIN_CONTAINED words stands, in order, at least CONTAINED of it, inside the
  other (a report that quotes only part of what was said).

Candidates are found through shared runs of three words, so the work grows with the
number of quotations, not with its square.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher

from .model import Statement

SAME_WORDS = 0.8
CONTAINED = 0.9
MIN_WORDS = 5  # shorter quotations ("a ceasefire in name") are too common to tell anything
MIN_CONTAINED = 8
SHINGLE = 3


def words(value: str) -> tuple[str, ...]:
    value = re.sub(r"[\u2018\u2019\u201b\u2032`´]", "'", value.casefold())
    return tuple(w.strip("'") for w in re.findall(r"[\w']+", value) if w.strip("'"))


def word_f1(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    common = sum((Counter(a) & Counter(b)).values())
    return 2 * common / (len(a) + len(b)) if common else 0.0


def contained(short: tuple[str, ...], long: tuple[str, ...]) -> float:
    """The share of `short`'s words found in order in `long`."""
    blocks = SequenceMatcher(None, short, long, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks) / len(short)


def same_quote(a: str | tuple[str, ...], b: str | tuple[str, ...]) -> bool:
    wa = words(a) if isinstance(a, str) else a
    wb = words(b) if isinstance(b, str) else b
    if len(wa) < MIN_WORDS or len(wb) < MIN_WORDS:
        return False
    if word_f1(wa, wb) >= SAME_WORDS:
        return True
    short, long = sorted((wa, wb), key=len)
    return len(short) >= MIN_CONTAINED and contained(short, long) >= CONTAINED


@dataclass(frozen=True)
class Carrier:
    """Another statement that carries a quotation, and whom it gives the words to (None: nobody)."""

    statement: Statement
    speaker: str | None


def shingles(ws: tuple[str, ...]) -> set[tuple[str, ...]]:
    return {ws[i:i + SHINGLE] for i in range(max(1, len(ws) - SHINGLE + 1))}


def corroboration(statements: list[Statement]) -> dict[tuple[str, int], tuple[Carrier, ...]]:
    """(slug, index of the quote in statement.quotes) → the other statements carrying that quote, in timeline order."""
    ordered = sorted(statements, key=lambda s: s.sort_key)
    # every quotation, attributed or not: an unattributed report still corroborates the words
    items: list[tuple[Statement, int | None, tuple[str, ...], str | None]] = []
    for s in ordered:
        items += [(s, i, words(q.text), q.speaker) for i, q in enumerate(s.quotes)]
        items += [(s, None, words(t), None) for t in s.unattributed_quotes]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for n, (_, _, ws, _) in enumerate(items):
        if len(ws) >= MIN_WORDS:
            for sh in shingles(ws):
                index[sh].append(n)

    found: dict[tuple[str, int], tuple[Carrier, ...]] = {}
    for n, (s, i, ws, _) in enumerate(items):
        if i is None or len(ws) < MIN_WORDS:
            continue
        candidates = sorted({m for sh in shingles(ws) for m in index[sh]})
        carriers: dict[str, Carrier] = {}
        for m in candidates:
            other, _, other_words, other_speaker = items[m]
            if other.slug == s.slug or other.slug in carriers:
                continue
            if same_quote(ws, other_words):
                carriers[other.slug] = Carrier(other, other_speaker)
        if carriers:
            found[(s.slug, i)] = tuple(sorted(carriers.values(), key=lambda c: c.statement.sort_key))
    return found
