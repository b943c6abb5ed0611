"""What it is about: topics from `topics.yml`, main subjects over passing mentions.

A topic applies when the headline names it or a paragraph is mainly about it. Where
a statement was made ("told the Security Council") and a passing clause ("…, including
respect for sovereignty") do not make a topic.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..model import Topic
from .lexicon import longest_first

MAX_TOPICS = 4
SHORT_PARAGRAPH = 40  # words: one mention early in a short paragraph is what it is about
# Where, or to whom, a statement was made is not what it is about.
VENUE_BEFORE = re.compile(
    r"(?:told|tells|addressed|addresses|briefed|briefs|urged|urges|asked|asks|warned|warns|called on|calls on"
    r"|before|at|in|to)\s+(?:the\s+|a\s+|an\s+)?(?:UN\s+|U\.N\.\s+|United Nations\s+)?$", re.I)
VENUE_AFTER = re.compile(r"(?:'s|’s)?\s*(?:open\s+)?(?:briefing|debate|meeting|session|chamber|consultations)\b", re.I)
INSTITUTION = re.compile(r"\b(?:Council|Assembly|Committee|Conference|Summit|Forum|Commission)\b", re.I)
# a capitalized keyword inside someone's job title or an office's name
JOB_TITLE_BEFORE = re.compile(r"\b(?:Secretary|Under-Secretary-General|Secretary-General|Minister|Ministry|Department"
                              r"|Office|Commissioner|Director|Coordinator|Envoy|Adviser|Advisor|Representative|Chief|Head)"
                              r"\b(?:\s+(?:for|of|on|and|the|[A-Z][\w’']*(?:-[\w’']+)*)){0,8}\s+$")
ASIDE = re.compile(r"\s*[(\[]?\s*(?:photo|image|picture|video|credit|caption|file photo|editor['’]s note|"
                   r"read more|related|see also|advertisement)\b", re.I)
PASSING = re.compile(r"\b(?:including|such as|as well as|in accordance with|among them|along with)\b", re.I)


# Between a phrase's words: spaces, or a hyphen with spaces around it, and at most one other word
# ("elected Council members"). The word inside has hyphens only between letters, and a separator
# never begins or ends with what a word holds: no two quantifiers can share a character, so a run
# of hyphens or spaces is matched in one pass (the old `(?:[\s\-]+[\w’'-]+)?[\s\-]+` took 24 s
# on 2 KB of hyphens).
_SEPARATOR = r"(?:\s*-+\s*|\s+)"
_INSIDE_WORD = r"[\w’']+(?:-[\w’']+)*"


def _keyword(keyword: str) -> str:
    words = [re.escape(w) for w in keyword.split()]
    return f"(?:{_SEPARATOR}{_INSIDE_WORD})?{_SEPARATOR}".join(words)


def is_acronym(keyword: str) -> bool:
    """'AI', 'UN', 'DPRK', 'U.N.': written in capitals, matched only so, and never inflected
    ('AI' + 'd' is not 'aid')."""
    return bool(re.fullmatch(r"(?:[A-Z]\.?){2,6}", keyword))


@lru_cache(maxsize=None)  # one per topic: a bound (512) made the 513th topic recompile them all
def keywords_pattern(keywords: tuple[str, ...]) -> re.Pattern:
    """A topic's keywords, longest first, with their inflections ("vetoed", "sanctions") and one word
    allowed inside a phrase ("elected Council members" for "elected members"); acronyms as written."""
    words = [k for k in sorted(keywords, key=len, reverse=True) if not is_acronym(k)]
    acronyms = [re.escape(k) for k in sorted(keywords, key=len, reverse=True) if is_acronym(k)]
    parts = [rf"(?:{'|'.join(_keyword(k) for k in words)})(?:s|es|d|ed|ing|['’]s)?"] if words else []
    parts += [rf"(?-i:{'|'.join(acronyms)})(?:['’]s)?"] if acronyms else []
    return re.compile(rf"(?<![\w\-])(?:{'|'.join(parts)})(?![\w\-])", re.I)


@lru_cache(maxsize=64)
def starts_pattern(topics: tuple[Topic, ...]) -> re.Pattern:
    """Where any topic's keyword could begin: its first word, after no letter or hyphen."""
    return re.compile(r"(?<![\w\-])(?=" + longest_first(k.split()[0] for t in topics for k in t.keywords) + ")", re.I)


def _matches(text: str, pattern: re.Pattern, starts: list[int]) -> Iterator[re.Match]:
    """What pattern.finditer(text) gives, trying only where a keyword can start: one scan of a
    paragraph for all topics instead of one per topic (topics took a fifth of extraction)."""
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)):
            yield m
            end = m.end()


@dataclass(frozen=True)
class Sentences:
    """Where a paragraph's sentences (and clauses after a semicolon) begin, and where its passing
    phrases are: found once per paragraph, so that each mention looks them up instead of scanning
    back through the paragraph (quadratic in a long paragraph without a full stop)."""
    starts: list[int]
    passing: list[tuple[int, int]]

    @classmethod
    def of(cls, text: str) -> "Sentences":
        starts = [0] + [m.end() for m in re.finditer(r"[.;] ", text)]
        return cls(starts, [m.span() for m in PASSING.finditer(text)])

    def passing_before(self, at: int) -> bool:
        """A passing phrase ("including", "such as") between the sentence's start and `at`."""
        start = self.starts[bisect_right(self.starts, at) - 1]
        i = bisect_left(self.passing, (start, -1))
        return i < len(self.passing) and self.passing[i][1] <= at


def _mentions(text: str, pattern: re.Pattern, starts: list[int], sentences: Sentences | None = None) -> list[int]:
    """Where the topic is mentioned, not counting venues, passing clauses and job titles; one place per mention."""
    sentences = sentences or Sentences.of(text)
    found: list[int] = []
    for m in _matches(text, pattern, starts):  # non-overlapping: "humanitarian access" is one mention
        before = text[max(0, m.start() - 40): m.start()]
        if INSTITUTION.search(m.group(0)) and (VENUE_BEFORE.search(before) or VENUE_AFTER.match(text, m.end())):
            continue
        if m.group(0)[0].isupper() and JOB_TITLE_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue  # "Under-Secretary-General for Political Affairs and Peacekeeping": a title, not a subject
        if sentences.passing_before(m.start()):
            continue
        found.append(m.start())
    return found


def _central(paragraph: str, at: int) -> bool:
    """One mention early in the first sentence of a short paragraph: what the paragraph is about."""
    words = paragraph.split()
    if len(words) > SHORT_PARAGRAPH:
        return False
    return len(paragraph[:at].split()) <= len(words) // 3


def is_aside(paragraph: str) -> bool:
    """A photo caption, an editor's note or a line of navigation: not what the article is about."""
    return bool(ASIDE.match(paragraph)) or len(paragraph.split()) < 8 and not re.search(r"[.!?][\"”’)]*$", paragraph)


def find_topics(title: str, paragraphs: list[str], topics: tuple[Topic, ...]) -> list[str]:
    """Topic ids, strongest first: named in the headline, or the main subject of a paragraph."""
    paragraphs = [p for p in paragraphs if not is_aside(p)]
    scores: Counter[str] = Counter()
    chosen: set[str] = set()
    starts = starts_pattern(topics)
    title_starts = [m.start() for m in starts.finditer(title)]
    paragraph_starts = [[m.start() for m in starts.finditer(p)] for p in paragraphs]
    title_sentences, paragraph_sentences = Sentences.of(title), [Sentences.of(p) for p in paragraphs]
    for topic in topics:
        if not topic.keywords:
            continue
        pattern = keywords_pattern(topic.keywords)
        in_title = len(_mentions(title, pattern, title_starts, title_sentences))
        per_paragraph = [_mentions(p, pattern, s, t) for p, s, t in zip(paragraphs, paragraph_starts, paragraph_sentences)]
        counts = [len(m) for m in per_paragraph]
        total = sum(counts)
        scores[topic.id] = 3 * in_title + total
        if (in_title or max(counts, default=0) >= 2 or (total >= 3 and sum(1 for c in counts if c) >= 2)
                or any(len(m) == 1 and _central(p, m[0]) for p, m in zip(paragraphs, per_paragraph))):
            chosen.add(topic.id)
    return sorted(chosen, key=lambda t: (-scores[t], t))[:MAX_TOPICS]
