"""Plain-text clean-up: site boilerplate out, Markdown marks off, the title found, paragraphs kept."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Lines a website builder scatters around an article: never part of what was said.
BOILERPLATE_LINE = re.compile(
    r"""^(?:
        top\ of\ page | bottom\ of\ page | back\ to\ top | skip\ to\ (?:main\ )?content | jump\ to\ content
      | share(?:\ this(?:\ article|\ story|\ page)?)?:? | share\ on\ \w+ | copy\ link | print(?:\ this)?
      | facebook | x\ \(twitter\) | twitter | linkedin | e-?mail\*? | whatsapp | telegram | reddit | pinterest
      | advertisement | sponsored(?:\ content)? | ad | log\ ?in | sign\ ?in | sign\ up | register
      | subscribe(?:\ now|\ to\ our\ newsletter)? | thanks\ for\ subscribing!? | newsletter
      | menu | search | see\ all | view\ all | read\ more | load\ more | home
      | writer'?s\ picture | write\ a\ comment\.*| leave\ a\ (?:comment|reply) | \d+\ comments?
      | \d+\ min(?:ute)?s?\ read
      | accept(?:\ all)?(?:\ cookies)? | reject\ all | manage\ (?:preferences|cookies) | cookie\ settings
      | (?:last\ )?updated:?\ .* | modified:?\ .*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Headings after which a page holds only links, comments and sign-up forms.
END_OF_ARTICLE = re.compile(
    r"^(?:related(?:\ articles|\ posts|\ stories|\ content|\ news)?|recent\ posts|more\ stories|comments"
    r"|you\ (?:may|might)\ also\ like|most\ read|most\ popular|read\ next|more\ from\ .+)\s*:?$",
    re.IGNORECASE | re.VERBOSE,
)
COOKIE_NOTICE = re.compile(r"\b(?:we|this (?:site|website)) uses? cookies\b|\bcookies? (?:policy|consent|preferences)\b", re.I)
COPYRIGHT = re.compile(r"^(?:©|\(c\)\s|copyright\b|all rights reserved)", re.I)
READING_TIME = re.compile(r"\s*[·|•]\s*\d+\s*min(?:ute)?s?\s+read\s*$", re.I)
STAMP = re.compile(r"(?:last\s+)?(?:updated|modified)\b", re.I)
HASHTAGS = re.compile(r"^(?:#\w+\s*)+$")
# A date with an optional time: a line holding only this sits under a title, not in the article.
# Link and emphasis marks. A link's text holds no bracket and its address no parenthesis, and emphasis
# ends at the first mark that can close it: each attempt stops at the next mark, so "[a [a [a …" or
# "*a *a *a …" is one pass, not one scan to the end of the line per mark (15 minutes for 1 MB).
MARKDOWN_LINK = re.compile(r"!\[[^\[\]]*\]\((?:[^()]|\([^()]*\))*\)|\[([^\[\]]+)\]\((?:[^()]|\([^()]*\))*\)")
# inside single emphasis, a mark only between two letters ("*a*b*", "_snake_case_"): a mark after a
# space would let one attempt run over every later "*a " of the line
MARKDOWN_EMPHASIS = re.compile(
    r"\*\*((?:[^*]|\*(?!\*))+?)\*\*|__((?:[^_]|_(?!_))+?)__"
    r"|(?<![\w*])\*(?!\s)((?:[^*]|(?<=\w)\*(?=\w))+?)(?<!\s)\*(?![\w*])"
    r"|(?<!\w)_(?!\s)((?:[^_]|(?<=\w)_(?=\w))+?)(?<!\s)_(?!\w)")


@dataclass(frozen=True)
class CleanText:
    title: str
    title_was_heading: bool
    paragraphs: tuple[str, ...]  # the article after the title, boilerplate out
    # short lines above the title (a menu, or "SC/15632 · 22 March 2024" over a UN press release): read for
    # a date, never as the article
    above_title: tuple[str, ...] = ()
    stamps: tuple[str, ...] = ()  # "Updated 11:02, 05-Apr-2023": out of the article, a date of last resort


def strip_markdown(line: str) -> tuple[str, bool]:
    """Markdown marks off a line, keeping its words. Returns (text, was it a heading)."""
    heading = bool(re.match(r"^#{1,6}\s", line))
    line = re.sub(r"^#{1,6}\s+", "", line)
    line = re.sub(r"^(?:>\s?)+", "", line)
    line = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", line)
    line = MARKDOWN_LINK.sub(lambda m: m.group(1) or "", line)
    line = MARKDOWN_EMPHASIS.sub(lambda m: next(filter(None, m.groups()), ""), line)
    line = re.sub(r"`([^`]*)`", r"\1", line)
    return line.strip(), heading


def is_boilerplate(line: str) -> bool:
    return bool(
        BOILERPLATE_LINE.match(line) or COPYRIGHT.match(line) or HASHTAGS.match(line)
        or (COOKIE_NOTICE.search(line) and len(line) < 400)
    )


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """A block whose lines were wrapped at a fixed width is one paragraph, not several."""
    if len(lines) < 3:
        return False
    body = lines[:-1]
    return all(40 <= len(x) <= 100 for x in body) and sum(not x.rstrip().endswith((".", '"', "”", ":")) for x in body) * 2 >= len(body)


def paragraphs_of(text: str) -> list[str]:
    """Blank-line blocks, each either one hard-wrapped paragraph or one paragraph per line."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [x.strip() for x in block.splitlines() if x.strip()]
        if _looks_hard_wrapped(lines):
            out.append(" ".join(lines))
        else:
            out.extend(lines)
    return out


MAX_HEADLINE_WORDS = 30
MAX_TITLE_LINE_WORDS = 20
# a lead sentence tells who said what and on which day; a headline ("X says …") does not
LEAD_WORDS = re.compile(r"\b(?:said|told|(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")
MAX_MENU_WORDS = 8  # "Home", "World news", "Share this": a longer line before any headline is the article's


def looks_like_headline(line: str) -> bool:
    """A headline has a few words and no closing full stop; a lead paragraph has neither."""
    return 3 <= word_count(line) <= MAX_HEADLINE_WORDS and not re.search(r"[.;][\"”’»]?$", line)


def is_title_line(line: str) -> bool:
    """A text's first line, one short sentence, with or without a full stop ("O'Malley campaign to shift
    staff, resources to Iowa."): its title, as the scraped text was laid out."""
    return 3 <= word_count(line) <= MAX_TITLE_LINE_WORDS and not re.search(r"[.!?][\"”’]?\s+[\"“‘]?[A-Z]", line) \
        and not line.startswith(("\"", "“", "«", "‘")) and not LEAD_WORDS.search(line)


def word_count(line: str) -> int:
    return len(re.findall(r"[^\W\d_][\w'’-]*", line))


def clean(text: str, markdown: bool = True, title_hint: str | None = None) -> CleanText:
    """Raw article text → its title and its paragraphs, boilerplate out."""
    kept: list[tuple[str, bool]] = []
    stamps: list[str] = []
    for raw in paragraphs_of(text):
        line, heading = strip_markdown(raw) if markdown else (raw, False)
        line = re.sub(r"\s+", " ", line).strip()
        line = READING_TIME.sub("", line)  # "Nov 21, 2023 · 3 min read": keep the date
        if not line or re.fullmatch(r"[-=_*#~\s■□•|]+", line):
            continue
        if END_OF_ARTICLE.match(line) and kept and len(kept) >= 3:
            # only once the article has begun: a closing "Comments" or "Related" ends it
            break
        if is_boilerplate(line):
            stamps += [line] if STAMP.match(line) and len(stamps) < 3 else []
            continue
        kept.append((line, heading))

    title, was_heading, start = "", False, 0
    if title_hint:
        title = title_hint
        # a page that repeats its title as the first line should not print it twice
        if kept and _same_words(kept[0][0], title_hint):
            start = 1
    else:
        for i, (line, heading) in enumerate(kept):
            if heading or looks_like_headline(line) or i == 0 and len(kept) > 1 and is_title_line(line):
                title, was_heading, start = line, heading, i + 1
                break
            if word_count(line) > MAX_MENU_WORDS:
                break  # the article began without a headline (a sentence, not a menu item): keep every line
            # a short line before the title is a menu item
    paragraphs = tuple(line for line, _ in kept[start:])
    above = tuple(line for line, _ in kept[:max(0, start - 1)]) if title and not title_hint else ()
    return CleanText(title=title, title_was_heading=was_heading, paragraphs=paragraphs, above_title=above,
                     stamps=tuple(stamps))


def _same_words(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return " ".join(re.findall(r"\w+", s.lower()))
    return norm(a) == norm(b) or norm(b).startswith(norm(a)) and len(norm(a)) > 20
