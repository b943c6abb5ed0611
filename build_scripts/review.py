"""The curator's review queue: every decision extraction left to the curator, most important first.

Built from what the statements already carry (their review flags, unattributed quotations, how
the date was found, the keys the curator set) and the problems of the build. Each item names the
file and line, shows the sentence the decision rests on, and gives the front matter that settles
it; once pasted, the key is curated and the item leaves the queue. Nothing here is published:
`make review` prints it and writes review.html, and `mkdocs serve` shows it (review_page.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .caps import MAX_QUOTES
from .extract.topics import keywords_pattern
from .model import Problem, Registry, Statement
from .validate import CURATOR_DATE_BASIS

# most important first: what a reader is told wrong, then who said it, then what it is about
RANKS = {"date": 1, "quote": 2, "speaker": 3, "topic": 4, "title": 5, "problem": 6}
OPENING_WORDS = 8  # enough of a quotation to match it, short enough to paste


@dataclass(frozen=True)
class Item:
    kind: str  # a key of RANKS
    file: str  # relative to the sources folder
    line: int | None
    what: str  # the decision waiting, in words
    sentence: str = ""  # what it rests on, as the source says it
    settle: tuple[str, ...] = ()  # front matter to paste, one way to settle it per entry
    missing: bool = False  # nothing was found (no date, no speaker): before what was found but is unconfirmed

    @property
    def order(self) -> tuple:
        return (RANKS[self.kind], not self.missing, self.file, self.line or 0, self.what)


def review_items(statements: list[Statement], problems: list[Problem], registry: Registry,
                 sources_dir: Path, keep: bool = False) -> list[Item]:
    """Every unsettled decision, most important first (then by file and line, never by chance).
    With keep (`mkdocs serve`, which makes the queue again at every rebuild), a statement that did not
    change (the same object, from recent.py) keeps its items until the next call."""
    global _kept
    setting = (registry, sources_dir)
    before = _kept[1] if _kept[0] == setting else {}
    fresh: dict[int, tuple[Statement, list[Item]]] = {}
    items: list[Item] = []
    for s in statements:
        hit = before.get(id(s))
        found = hit[1] if hit and hit[0] is s else statement_items(s, registry, sources_dir)
        fresh[id(s)] = (s, found)
        items += found
    _kept = (setting, fresh) if keep else (None, {})  # only the last build's: it never grows
    items += [Item("problem", p.file, p.line, p.message) for p in problems]
    return sorted(items, key=lambda i: i.order)


_kept: tuple[object, dict[int, tuple[Statement, list[Item]]]] = (None, {})


def statement_items(s: Statement, registry: Registry, sources_dir: Path) -> list[Item]:
    lines = _source_lines(sources_dir / s.source.file)
    found = date_items(s, lines) + quote_items(s, lines) + speaker_items(s, registry, lines)
    return found + topic_items(s, registry, lines) + title_items(s, lines)


def needing_review(statements: list[Statement], registry: Registry, sources_dir: Path) -> int:
    """How many statements have at least one decision waiting."""
    files = {i.file for i in review_items(statements, [], registry, sources_dir)}
    return sum(1 for s in statements if s.source.file in files)


# ---- where in the source ----------------------------------------------------------------------

def _source_lines(path: Path) -> list[str]:
    try:
        return path.read_bytes().decode("utf-8", errors="replace").splitlines()
    except OSError:
        return []


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def line_of(lines: list[str], text: str) -> int | None:
    """The line of the source where text starts (its first words), or None where it cannot be found
    (an HTML source's markup between the words)."""
    words = squash(text).split()
    for size in (6, 3, 2, 1):  # fewer words where an attribution interrupts the quotation ("Peace," she said, "is …")
        if len(words) >= size:
            probe = " ".join(words[:size])
            found = next((n for n, line in enumerate(lines, 1) if probe and probe in squash(line)), None)
            if found:
                return found
    return None


def sentence_with(s: Statement, needle: str) -> str:
    """The sentence of the article text holding needle (case-insensitive), or ""."""
    key = needle.casefold()
    for paragraph in (*s.paragraphs, s.title):
        for sentence in re.split(r"(?<=[.!?])\s+(?=[“\"A-Z])", paragraph):
            if key in sentence.casefold():
                return sentence
    return ""


def opening_words(text: str) -> str:
    words = text.split()
    return " ".join(words[:OPENING_WORDS]) + ("…" if len(words) > OPENING_WORDS else "")


def yaml_string(text: str) -> str:
    """A double-quoted YAML string: safe to paste whatever the quotation holds."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\x{ord(m.group(0)):02x}", escaped) + '"'


PLAIN = re.compile(r"[A-Za-z][\w .'’-]*[\w.]")
YAML_WORDS = {"yes", "no", "true", "false", "null", "on", "off", "y", "n"}  # would not be read as names


def yaml_list(values: list[str]) -> str:
    plain = [v if PLAIN.fullmatch(v) and v.lower() not in YAML_WORDS else yaml_string(v) for v in values]
    return "[" + ", ".join(plain) + "]"


# ---- the items ---------------------------------------------------------------------------------

def shown_date(s: Statement) -> str:
    assert s.date is not None
    return {"day": s.date.isoformat(), "month": s.date.isoformat()[:7]}.get(s.date_precision, str(s.date.year))


def date_items(s: Statement, lines: list[str]) -> list[Item]:
    if "date" in s.curated or s.date_basis == CURATOR_DATE_BASIS:
        return []
    if s.date is None:
        why = next((r.removeprefix("date:").strip() for r in s.review if r.startswith("date:")), s.date_basis)
        lead = sentence_with(s, s.paragraphs[0][:40]) if s.paragraphs else ""
        published = f" (published {s.source.published.isoformat()})" if s.source.published else ""
        settle = ["date: YYYY-MM-DD   # or YYYY-MM, or YYYY: when it was said"]
        if s.source.published is None and "publication date" in why:
            settle.append("published: YYYY-MM-DD   # the article's date: the text's own date then counts from it")
        return [Item("date", s.source.file, line_of(lines, lead), f"no date: {why}{published}", lead, tuple(settle),
                     missing=True)]
    cue = re.search(r"[‘'“\"]([^’'”\"]{2,80})[’'”\"]", s.date_basis)
    sentence = sentence_with(s, cue.group(1)) if cue else ""
    return [Item("date", s.source.file, line_of(lines, sentence) if sentence else None,
                 f"date {shown_date(s)} worked out, not confirmed: {s.date_basis}", sentence,
                 (f"date: {shown_date(s)}",))]


def quote_items(s: Statement, lines: list[str]) -> list[Item]:
    # the curator's own entries that name no quotation come first: they were meant to settle something
    items = [Item("quote", s.source.file, None, r, "", ()) for r in s.review if r.startswith(("quotes:", "not_quotes:"))]
    unconfirmed = set(s.inferred_quotes)  # a set: 20,000 quotations looked up in a tuple of 20,000 took minutes
    inferred = [i for i, q in enumerate(s.quotes) if q.text in unconfirmed]
    waiting = len(s.unattributed_quotes) + len(inferred)
    if waiting > MAX_QUOTES:
        # finding each one in the source reads the source again: 20,000 of them took 20 minutes
        items.append(Item("quote", s.source.file, None, f"{waiting} quotations wait for a speaker or a confirmation; "
                          f"the queue lists {MAX_QUOTES} at a time: settle these and build again for the next", "", ()))
    for text in s.unattributed_quotes[:MAX_QUOTES]:
        start = opening_words(text)
        items.append(Item("quote", s.source.file, line_of(lines, text), "quotation left without a speaker",
                          sentence_with(s, " ".join(text.split()[:6])) or text,
                          (f"quotes: [{{text: {yaml_string(start)}, speaker: NAME}}]   # NAME: who said it",
                           f"not_quotes: [{yaml_string(start)}]   # a title or a slogan, not a statement"),
                          missing=True))
    for i in inferred[:max(0, MAX_QUOTES - len(s.unattributed_quotes))]:
        q = s.quotes[i]
        start = opening_words(q.text)
        items.append(Item("quote", s.source.file, line_of(lines, q.text),
                          f"quotation given to {q.speaker} by inference (the context, a pronoun or a "
                          "description), not named beside it: confirm",
                          sentence_with(s, " ".join(q.text.split()[:6])) or q.text,
                          (f"quotes: [{{text: {yaml_string(start)}, speaker: {yaml_list([q.speaker or ''])[1:-1]}}}]",
                           f"not_quotes: [{yaml_string(start)}]   # a title or a slogan, not a statement")))
    return items


def speaker_items(s: Statement, registry: Registry, lines: list[str]) -> list[Item]:
    if "speakers" in s.curated:
        return []
    if not s.speakers:
        lead = sentence_with(s, s.paragraphs[0][:40]) if s.paragraphs else s.title
        return [Item("speaker", s.source.file, line_of(lines, lead), "nobody could be identified as the speaker",
                     lead, ("speakers: [NAME]   # who made the statement, as in speakers.yml",), missing=True)]
    outside = [name for name in s.speakers if registry.speaker(name) is None]
    if not outside:
        return []
    sentence = sentence_with(s, outside[0])
    return [Item("speaker", s.source.file, line_of(lines, sentence) if sentence else None,
                 f"{', '.join(outside)} {'is' if len(outside) == 1 else 'are'} not in speakers.yml; "
                 "confirm (or add them to speakers.yml)", sentence, (f"speakers: {yaml_list(list(s.speakers))}",))]


def topic_items(s: Statement, registry: Registry, lines: list[str]) -> list[Item]:
    if "topics" in s.curated or not registry.topics:  # no topics.yml: nothing to choose from
        return []
    if not s.topics:
        ids = ", ".join(t.id for t in registry.topics)
        return [Item("topic", s.source.file, None, f"no topic from topics.yml matched (topics: {ids})",
                     s.title, ("topics: [ID]   # one or more ids from topics.yml",), missing=True)]
    weak = [t for t in s.topics if _weak(s, registry, t)]
    if not weak:
        return []
    kept = [t for t in s.topics if t not in weak]
    sentence = _first_mention(s, registry, weak[0])
    settle = [f"topics: {yaml_list(list(s.topics))}   # confirm them all"]
    if kept:
        settle.append(f"topics: {yaml_list(kept)}   # without {', '.join(weak)}")
    return [Item("topic", s.source.file, line_of(lines, sentence) if sentence else None,
                 f"weak evidence for {', '.join(weak)}: not in the headline and mentioned at most twice",
                 sentence, tuple(settle))]


def title_items(s: Statement, lines: list[str]) -> list[Item]:
    """A source without a headline: its first sentence stands in until the curator gives one."""
    if "title" in s.curated or not any(r.startswith("title:") for r in s.review):
        return []
    return [Item("title", s.source.file, line_of(lines, s.title.rstrip("…")), "the source has no headline; "
                 "its first sentence stands in", s.title, (f"title: {yaml_string(s.title)}",))]


def _weak(s: Statement, registry: Registry, topic_id: str) -> bool:
    topic = registry.topic(topic_id)
    if topic is None or not topic.keywords:
        return False
    pattern = keywords_pattern(topic.keywords)
    if pattern.search(s.title):
        return False
    return sum(len(pattern.findall(p)) for p in s.paragraphs) <= 2


def _first_mention(s: Statement, registry: Registry, topic_id: str) -> str:
    topic = registry.topic(topic_id)
    pattern = keywords_pattern(topic.keywords) if topic else None
    for paragraph in s.paragraphs if pattern else ():
        found = pattern.search(paragraph)
        if found:
            return sentence_with(s, found.group(0))
    return ""


# ---- as text -----------------------------------------------------------------------------------

KIND_NAMES = {"date": "date", "quote": "quotation", "speaker": "speaker", "topic": "topic", "title": "title",
              "problem": "problem"}


CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Source text for a terminal: no escape sequences or direction marks can reach it."""
    return CONTROL.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def decisions(n: int) -> str:
    return f"{n:,} decision waits" if n == 1 else f"{n:,} decisions wait"


def where(item: Item) -> str:
    return f"{item.file}:{item.line}" if item.line else item.file


def plain_text(items: list[Item]) -> str:
    """The queue for a terminal: one block per item."""
    if not items:
        return "Nothing waits for review.\n"
    out = [f"{decisions(len(items))} for review, most important first.", ""]
    for item in items:
        out.append(printable(f"{where(item)}: [{KIND_NAMES[item.kind]}] {item.what}"))
        if item.sentence:
            out.append(printable(f"    sentence: {squash(item.sentence)}"))
        for settle in item.settle:
            out.append(printable(f"    paste:    {settle}"))
        out.append("")
    return "\n".join(out)
