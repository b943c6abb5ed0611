"""What it is about: topics from `topics.yml`, main subjects over passing mentions."""
from __future__ import annotations

import re
from collections import Counter

from ..model import Topic

MAX_TOPICS = 4
# Where a statement was made is not what it is about: "told the Security Council",
# "a Security Council briefing on Ukraine".
VENUE_BEFORE = re.compile(r"(?:told|addressed|briefed|before|at|in|to|of)\s+(?:the\s+|a\s+|an\s+)?(?:UN\s+|U\.N\.\s+|United Nations\s+)?$", re.I)
VENUE_AFTER = re.compile(r"^(?:'s|’s)?\s*(?:open\s+)?(?:briefing|debate|meeting|session|chamber|consultations|members|presidency)\b", re.I)


def keyword_pattern(keyword: str) -> re.Pattern:
    words = [re.escape(w) for w in keyword.split()]
    body = r"[\s\-]+".join(words)
    # plurals and possessives of the keyword count too ("sanctions", "Ukraine's")
    return re.compile(rf"(?<![\w\-]){body}(?:s|es|['’]s)?(?![\w\-])", re.I)


def _hits(text: str, patterns: list[re.Pattern], venue: bool) -> int:
    spans: list[tuple[int, int]] = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in spans):
                continue  # "humanitarian access" and "humanitarian" are one mention
            if venue and VENUE_BEFORE.search(text[max(0, m.start() - 40): m.start()]) and VENUE_AFTER.match(text[m.end():]):
                continue
            if venue and VENUE_BEFORE.search(text[max(0, m.start() - 40): m.start()]) and re.match(r"(?i)\s*(?:council|security council)", m.group(0)):
                continue
            spans.append((m.start(), m.end()))
    return len(spans)


def find_topics(title: str, paragraphs: list[str], topics: tuple[Topic, ...]) -> list[str]:
    """Topic ids, strongest first: named in the headline, or the main subject of a paragraph."""
    scores: Counter[str] = Counter()
    chosen: set[str] = set()
    for topic in topics:
        patterns = sorted((keyword_pattern(k) for k in topic.keywords), key=lambda p: len(p.pattern), reverse=True)
        if not patterns:
            continue
        in_title = _hits(title, patterns, venue=True)
        per_paragraph = [_hits(p, patterns, venue=True) for p in paragraphs]
        total = sum(per_paragraph)
        strongest = max(per_paragraph, default=0)
        scores[topic.id] = 3 * in_title + total
        if in_title or strongest >= 2 or (total >= 3 and sum(1 for h in per_paragraph if h) >= 2):
            chosen.add(topic.id)
    order = sorted(chosen, key=lambda t: (-scores[t], t))
    return order[:MAX_TOPICS]
