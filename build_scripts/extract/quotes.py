"""Direct quotations: where they start and end, whatever marks the writer used.

A quotation here is only its position and words; who said it is settled in
`speakers.py`, from the words around it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import SPEECH_VERB

MIN_QUOTE_WORDS = 5  # below this a quoted phrase is a scare quote ("cease-fire"), not a statement

DOUBLE_OPEN = {"“": "”", "«": "»", "„": "“", "‹": "›"}
DASHES = "-–—"
MARKS = re.compile("[" + re.escape("".join(sorted({*DOUBLE_OPEN, *DOUBLE_OPEN.values(), '"', "‘", "’", "'"}))) + "]")


@dataclass
class QuoteSpan:
    paragraph: int
    start: int  # index of the opening mark
    end: int  # index just after the closing mark (or the paragraph's end when it runs on)
    text: str
    runs_on: bool = False  # opened but not closed: the quotation goes on in the next paragraph
    continued: bool = False  # this paragraph opened again a quotation left running in the last one
    joined_with_next: bool = False  # the writer's attribution interrupts it; the next span is its rest

    def words(self) -> int:
        return len([w for w in self.text.split() if re.search(r"\w", w)])


SENTENCE_BREAK = re.compile(r"[.!?]\s+(?:[A-Z][^“«]*)?$")
# what stands before the title of a work, not a statement: 'a book titled "…"', 'the theme "…"'
WORK_BEFORE = re.compile(r"\b(?:titled|entitled|headlined|theme|slogan|motto|hashtag|book|memoir|novel|film|movie"
                         r"|documentary|song|album|op-ed|column|essay|headline|banner|sign|placard|T-shirt|shirt)"
                         r"\W{0,3}$", re.I)
SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "to", "and", "for", "with", "at", "by", "or", "is", "as"}


def is_not_a_statement(text: str, before: str) -> bool:
    """A title, not words someone said: a work named as such ('a book titled "…"'), or words in Title Case
    or capitals, as headlines, books and shows are written ("It Is Not A Radical Idea")."""
    if WORK_BEFORE.search(before[-40:]):
        return True
    words = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", text) if w.casefold() not in SMALL_WORDS]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def find_spans(paragraph: str, index: int) -> list[QuoteSpan]:
    """Top-level quotations in one paragraph; quotes inside quotes stay part of the outer one."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    closer = ""
    n = len(paragraph)
    skip = -1  # the second mark of a doubled one
    for mark in MARKS.finditer(paragraph):  # only a mark opens or closes: skip the letters between
        i, ch = mark.start(), mark.group()
        if i == skip:
            continue
        prev = paragraph[i - 1] if i else " "
        nxt = paragraph[i + 1] if i + 1 < n else " "
        if open_at is None:
            if ch == "'" and nxt == "'" and not _is_letter(prev):
                open_at, closer, skip = i, "''", i + 1  # the New York Times' '' … '': inner '…' stay inside
            elif ch in DOUBLE_OPEN:
                open_at, closer = i, DOUBLE_OPEN[ch]
            elif ch == '"':
                open_at, closer = i, '"'
            elif ch == "”" and not _is_letter(prev):
                # some writers use the closing curly mark for both ends
                open_at, closer = i, "”"
            elif ch in "‘'" and not _is_letter(prev) and (nxt.isalpha() or nxt in "\"“"):  # not "the late '70s"
                open_at, closer = i, "’'" if ch == "‘" else "'"
        else:
            if ch in "“«" and closer in ("”", "»") and SENTENCE_BREAK.search(paragraph, max(open_at, i - 200), i):
                # a fresh opening mark after a full stop: the last quotation was never closed, so it
                # must not swallow this one (an unclosed mark opens nothing we can trust)
                open_at, closer = i, DOUBLE_OPEN[ch]
                continue
            closes = False
            if closer == "''":
                closes = ch == "'" and nxt == "'"
                skip = i + 1 if closes else skip
            elif closer in ("’'", "'"):
                # a single mark closes where it is not an apostrophe inside a word
                closes = ch in closer and not _is_letter(nxt) and prev != " "
                if closes and prev in "sS" and nxt == " " and i + 2 < n and paragraph[i + 2].islower():
                    later = paragraph.find(ch, i + 1)
                    closes = later == -1  # "members’ views": a plural possessive, when a later mark can close
            elif ch == closer or (closer == "“" and ch == "”") or (closer == "”" and ch in '"“' and not _is_letter(nxt)
                                                                 and prev != " "):
                # news copy often opens with a curly mark and closes with a straight one, or with another
                # opening one ("an “expedited review“ of")
                closes = True
            if closes:
                text = paragraph[open_at + len(closer) if closer == "''" else open_at + 1: i].strip()
                spans.append(QuoteSpan(index, open_at, i + 2 if closer == "''" else i + 1, text))
                open_at = None
    if open_at is not None:
        text = paragraph[open_at + len(closer) if closer == "''" else open_at + 1:].strip()
        if closer not in ("’'", "'") or open_at == 0:
            spans.append(QuoteSpan(index, open_at, n, text, runs_on=True))
    return spans


# An attribution that interrupts a quotation: `"Peace," he said, "is…"`; not one that goes on with a clause of
# its own (`"…," she said, but despite the tone, "…"`): those are two quotations
INTERRUPTION = re.compile(
    r"^(?!.*\b(?:but|and|though"
    r"|although|while|before|after)\b)"
    r"\s*[,;]?\s*[" + DASHES + r"]*\s*(?:(?:Mr|Ms|Mrs|Dr|Prof|Gen)\.|[^\"“”«».!?]){1,80}?,\s*[" + DASHES + r"]*\s*$"
)


# Russian-style attribution inside the marks: «The danger is real – said X. – We warned of it.»
INNER_ATTRIBUTION = re.compile(r"[ \t]+[" + DASHES + r"][ \t]*(?:" + SPEECH_VERB + r")[ \t]+[^" + DASHES
                               + r"\"“”«»]{1,80}?(?P<stop>[.,])[ \t]*[" + DASHES + r"][ \t]+")


def split_inner_attribution(span: QuoteSpan, paragraph: str) -> list[QuoteSpan]:
    """A quotation with its attribution set inside the marks, between dashes, is two pieces around it:
    two quotations when the attribution ends a sentence, one interrupted quotation when it does not."""
    if span.runs_on:
        return [span]
    pieces: list[QuoteSpan] = []
    while m := INNER_ATTRIBUTION.search(paragraph, span.start + 1, max(span.start + 1, span.end - 1)):
        pieces.append(QuoteSpan(span.paragraph, span.start, m.start(), paragraph[span.start + 1:m.start()].strip(),
                                continued=span.continued and not pieces, joined_with_next=m.group("stop") == ","))
        span = QuoteSpan(span.paragraph, m.end() - 1, span.end, paragraph[m.end():span.end - 1].strip())
    return pieces + [span]


def ends_a_sentence(text: str) -> bool:
    """A full stop, "!" or "?" among the marks that end the text (what `[.!?]\\W*$` asked, in one pass
    from the end: the pattern tried every mark of a long "!!!…" or ". . ." run to the end again)."""
    end = len(text)
    while end and not (text[end - 1].isalnum() or text[end - 1] == "_"):
        end -= 1
        if text[end] in ".!?":
            return True
    return False


def find_quotes(paragraphs: list[str]) -> list[QuoteSpan]:
    """Every quotation in the article, in order, with runs over paragraphs and interruptions marked."""
    spans: list[QuoteSpan] = []
    for index, paragraph in enumerate(paragraphs):
        found = [piece for span in find_spans(paragraph, index) for piece in split_inner_attribution(span, paragraph)]
        if spans and spans[-1].runs_on and found and found[0].start == 0:
            found[0].continued = True
        spans.extend(found)
    for first, second in zip(spans, spans[1:]):
        if first.paragraph != second.paragraph or first.runs_on:
            continue
        gap = paragraphs[first.paragraph][first.end: second.start]
        # the first piece ends mid-sentence (a comma or no stop) and only an attribution stands between
        if not ends_a_sentence(first.text) and INTERRUPTION.match(gap):
            first.joined_with_next = True
    return spans
