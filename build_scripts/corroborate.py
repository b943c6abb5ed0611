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

from .model import Memo, Statement
from .recent import Recent, made

SAME_WORDS = 0.8
CONTAINED = 0.9
MIN_WORDS = 5  # shorter quotations ("a ceasefire in name") are too common to tell anything
MIN_CONTAINED = 8
SHINGLE = 3
RAREST_RUNS = 6  # candidates come through a quotation's rarest runs of three words
SHARED_RUNS = 2  # a candidate shares at least this many of them
COMMON_RUN = 100  # a run in more quotations than this is a set phrase, not a sign of the same quotation


@lru_cache(maxsize=1 << 17)  # a quotation is compared in every build: its words are found once
def words(value: str) -> tuple[str, ...]:
    value = re.sub(r"[\u2018\u2019\u201b\u2032`´]", "'", value.casefold())
    return tuple(w.strip("'") for w in re.findall(r"[\w']+", value) if w.strip("'"))


def _bag(ws: tuple[str, ...]) -> dict[str, int]:
    bag: dict[str, int] = {}
    for w in ws:
        bag[w] = bag.get(w, 0) + 1
    return bag


def word_f1(a: tuple[str, ...], b: tuple[str, ...], bag_a: dict[str, int] | None = None,
            bag_b: dict[str, int] | None = None) -> float:
    bag_a, bag_b = bag_a or _bag(a), bag_b or _bag(b)
    common = sum(min(bag_a[w], bag_b[w]) for w in bag_a.keys() & bag_b.keys())
    return 2 * common / (len(a) + len(b)) if common else 0.0


def contained(short: tuple[str, ...], long: tuple[str, ...]) -> float:
    """The share of `short`'s words found in order in `long`."""
    blocks = SequenceMatcher(None, short, long, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks) / len(short)


def same_quote(a: str | tuple[str, ...], b: str | tuple[str, ...], bag_a: dict[str, int] | None = None,
               bag_b: dict[str, int] | None = None) -> bool:
    wa = words(a) if isinstance(a, str) else a
    wb = words(b) if isinstance(b, str) else b
    if len(wa) < MIN_WORDS or len(wb) < MIN_WORDS:
        return False
    bag_a, bag_b = bag_a or _bag(wa), bag_b or _bag(wb)
    if word_f1(wa, wb, bag_a, bag_b) >= SAME_WORDS:
        return True
    (short, short_bag), (long, long_bag) = sorted(((wa, bag_a), (wb, bag_b)), key=lambda x: len(x[0]))
    if len(short) < MIN_CONTAINED:
        return False
    if sum(short_bag[w] for w in short_bag.keys() & long_bag.keys()) < CONTAINED * len(short):
        return False  # cannot be contained in order: skip the costly alignment
    return contained(short, long) >= CONTAINED


@dataclass(frozen=True)
class Carrier:
    """Another statement that carries a quotation, and whom it gives the words to (None: nobody)."""

    statement: Statement
    speaker: str | None
    # where the words are in it (from 0, attributed then unattributed quotations): the link goes to that
    # quotation, on whichever page of the statement holds it (records.quote_url)
    index: int = 0


def shingles(ws: tuple[str, ...]) -> set[tuple[str, ...]]:
    return {ws[i:i + SHINGLE] for i in range(max(1, len(ws) - SHINGLE + 1))}


def _same_pairs(items: list[tuple[str, tuple[str, ...]]]) -> list[tuple[int, int]]:
    """Pairs (n, m), n < m, of quotations (slug, words) from different statements that are the same quotation."""
    bags = [_bag(ws) for _, ws in items]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for n, (_, ws) in enumerate(items):
        for sh in shingles(ws) if len(ws) >= MIN_WORDS else ():
            index[sh].append(n)
    pairs: set[tuple[int, int]] = set()
    same_words: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for n, (slug, ws) in enumerate(items):
        if len(ws) < MIN_WORDS:
            continue
        same_words[ws].append(n)
        # the same words share most of their runs of three, so they share some of the rarest ones;
        # common phrases ("we call on") would make every quotation a candidate
        rarest = [sh for sh in sorted(shingles(ws), key=lambda sh: (len(index[sh]), sh))[:RAREST_RUNS]
                  if len(index[sh]) <= COMMON_RUN]
        # and several of them: one shared run alone is most often a shared phrase
        shared = Counter(m for sh in rarest for m in index[sh])
        enough = min(SHARED_RUNS, len(rarest))
        for m in sorted(m for m, k in shared.items() if k >= enough):
            # "the same quotation" is symmetric: a pair found from either side links both
            pair = (min(n, m), max(n, m))
            if m != n and items[m][0] != slug and pair not in pairs and same_quote(ws, items[m][1], bags[n], bags[m]):
                pairs.add(pair)
    pairs |= _copies(items, same_words, index)
    return sorted(pairs)


def _copies(items: list[tuple[str, tuple[str, ...]]], same_words: dict[tuple[str, ...], list[int]],
            index: dict[tuple[str, ...], list[int]]) -> set[tuple[int, int]]:
    """Word-for-word copies of a quotation carried so widely that every run of three of its words is
    "common" (in more than COMMON_RUN quotations): the rarest runs found no candidate for them, and a
    quote in 101 sources read "Carried by 1 source". Copies are found by their words, at any count."""
    pairs: set[tuple[int, int]] = set()
    for group in same_words.values():
        if len(group) < 2 or not all(len(index[sh]) > COMMON_RUN for sh in shingles(items[group[0]][1])):
            continue  # the rarest runs found these
        # each copy is paired with the first copy in every other statement only: a statement names another
        # once, at its first copy, and two sources repeating one sentence 20,000 times made 400 million pairs
        first: dict[str, int] = {}
        for n in group:
            first.setdefault(items[n][0], n)
        for n in group:
            pairs.update((min(n, m), max(n, m)) for slug, m in first.items() if slug != items[n][0])
    return pairs


def _remembered_pairs(quotations: list[tuple[str, tuple[str, ...]]], memo: Memo | None) -> list[tuple[int, int]]:
    what = "corroboration\0" + repr(quotations)
    pairs = memo.remembered(what) if memo else None
    if not isinstance(pairs, list):
        pairs = _same_pairs(quotations)
        if memo:
            memo.remember(what, pairs)
    return pairs


def corroboration(statements: list[Statement], memo: Memo | None = None,
                  recent: Recent | None = None) -> dict[tuple[str, int], tuple[Carrier, ...]]:
    """(slug, index of the quote in statement.quotes) → the other statements carrying that quote, in timeline order.

    With a memo, the pairs found are kept under the quotations' words: a build whose quotations
    did not change (most edits touch only front matter) does not compare them again; with `recent`,
    nor look them up in the memo."""
    # by slug, not by date: an edit that moves a statement in time leaves the quotations, and so the
    # pairs already found, as they were
    ordered = sorted(statements, key=lambda s: s.slug)
    # every quotation, attributed or not: an unattributed report still corroborates the words
    items: list[tuple[Statement, int | None, tuple[str, ...], str | None, int]] = []
    for s in ordered:
        items += [(s, i, words(q.text), q.speaker, i) for i, q in enumerate(s.quotes)]
        items += [(s, None, words(t), None, len(s.quotes) + j) for j, t in enumerate(s.unattributed_quotes)]
    quotations = [(s.slug, ws) for s, _, ws, _, _ in items]
    pairs = made(recent, ("corroboration",), quotations, lambda: _remembered_pairs(quotations, memo))
    linked: dict[int, set[int]] = defaultdict(set)
    for n, m in pairs:
        linked[n].add(m)
        linked[m].add(n)

    # (at 10,000 statements this loop runs at every rebuild under `mkdocs serve`: each carrier is made
    # once, and timeline order is a number looked up)
    timeline_order = {s.slug: n for n, s in enumerate(sorted(statements, key=lambda s: s.sort_key))}
    carrier_of: dict[int, Carrier] = {}
    found: dict[tuple[str, int], tuple[Carrier, ...]] = {}
    for n, others in sorted(linked.items()):
        s, i = items[n][0], items[n][1]
        if i is None:
            continue
        carriers: dict[str, Carrier] = {}
        for m in sorted(others):
            other, _, _, other_speaker, place = items[m]
            if other.slug not in carriers:
                if m not in carrier_of:
                    carrier_of[m] = Carrier(other, other_speaker, place)
                carriers[other.slug] = carrier_of[m]
        found[(s.slug, i)] = tuple(sorted(carriers.values(), key=lambda c: timeline_order[c.statement.slug]))
    return found
