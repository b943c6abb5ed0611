"""Which other sources in the corpus carry the same quotation ("Also reported in").

Two reports of one quotation rarely match to the letter: one drops a word, another
changes "favourable" to "favorable", a third quotes only the second half. Quotations
are compared as words (case, punctuation and the kind of quotation mark ignored) and
count as the same when

- their words overlap with an F1 of at least SAME_WORDS (small wording differences), or
- one of at least MIN_CONTAINED words stands, in order, at least CONTAINED of it, inside the
  other (a report that quotes only part of what was said).

Candidates are found through a quotation's rarest runs of three words (common phrases such
as "we call on" would make every quotation a candidate), and a pair found from either side
links both, so the work grows with the number of quotations, not with its square.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from .model import Statement

SAME_WORDS = 0.8
CONTAINED = 0.9
MIN_WORDS = 5  # shorter quotations ("a ceasefire in name") are too common to tell anything
MIN_CONTAINED = 8
SHINGLE = 3
RAREST_RUNS = 6  # candidates come through a quotation's rarest runs of three words
COMMON_RUN = 100  # a run in more quotations than this is a set phrase, not a sign of the same quotation


def words(value: str) -> tuple[str, ...]:
    value = re.sub(r"[\u2018\u2019\u201b\u2032`´]", "'", value.casefold())
    return tuple(w.strip("'") for w in re.findall(r"[\w']+", value) if w.strip("'"))


@lru_cache(maxsize=65536)
def _bag(ws: tuple[str, ...]) -> Counter:
    return Counter(ws)


def word_f1(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    common = sum((_bag(a) & _bag(b)).values())
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
    if len(short) < MIN_CONTAINED:
        return False
    present = set(long)
    if sum(w in present for w in short) < CONTAINED * len(short):
        return False  # cannot be contained in order: skip the costly alignment
    return contained(short, long) >= CONTAINED


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
        for sh in shingles(ws) if len(ws) >= MIN_WORDS else ():
            index[sh].append(n)

    # "the same quotation" is symmetric: a pair found from either side links both
    linked: dict[int, set[int]] = defaultdict(set)
    for n, (s, _, ws, _) in enumerate(items):
        if len(ws) < MIN_WORDS:
            continue
        # the same words share most of their runs of three, so they share some of the rarest ones;
        # common phrases ("we call on") would make every quotation a candidate
        rarest = [sh for sh in sorted(shingles(ws), key=lambda sh: (len(index[sh]), sh))[:RAREST_RUNS]
                  if len(index[sh]) <= COMMON_RUN]
        for m in sorted({m for sh in rarest for m in index[sh]}):
            if m != n and items[m][0].slug != s.slug and m not in linked[n] and same_quote(ws, items[m][2]):
                linked[n].add(m)
                linked[m].add(n)

    found: dict[tuple[str, int], tuple[Carrier, ...]] = {}
    for n, others in linked.items():
        s, i = items[n][0], items[n][1]
        if i is None:
            continue
        carriers: dict[str, Carrier] = {}
        for m in sorted(others):
            other, _, _, other_speaker = items[m]
            carriers.setdefault(other.slug, Carrier(other, other_speaker))
        found[(s.slug, i)] = tuple(sorted(carriers.values(), key=lambda c: c.statement.sort_key))
    return found
