"""What a speaker is, where the text says it beside their name: a role for someone not in speakers.yml.

Each rule is one convention of how news and official texts introduce a person, as a function from
a sentence and where the person's name stands in it to the role phrase as written, or None:

- apposition before the name: "Colombia's ambassador, Catalina Restrepo Ossa, said …"
- apposition after the name, before a speech verb: "Vassily Nebenzia, Russia's permanent representative, said …"
- apposition after "said <name>" at the end of a sentence: "… said Steve Bell, senior director of … ."
- a title run directly before the name: "Tampa Mayor Bob Buckhorn" → "Tampa Mayor"
- an office of something before the name: "Secretary of State Antony Blinken" → "Secretary of State"

A phrase counts as a role only if it names an office or occupation (a word of ROLE_WORDS), holds no
verb, no date and at most MAX_WORDS words: "In Bogotá, Catalina Restrepo Ossa" or "On Tuesday, …"
give nothing. Nothing is guessed: no rule fits, no role. The phrase is kept as written (trimmed, no
leading article, no sentence's full stop). Sentences are read with quotations blanked
out (Reader.masked), so what a quoted person says about someone is not the text's own statement.
Every pattern is anchored at the name and bounded, so reading stays linear in the text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence

from .cues import sentences
from .lexicon import ROLE_NOUNS, SPEECH_VERB, SPEECH_VERBS
from .names import ABBREVIATED_TITLES, CALENDAR_WORDS, LEADING_WORDS

MAX_WORDS = 12
# mentions of one person looked at: a role is stated where the text introduces someone, and a source naming
# one person at every line cannot make the rules run a hundred thousand times
MAX_MENTIONS = 100
# words that name an office or an occupation: a phrase with none of them is not a role
ROLE_WORDS = frozenset(noun.split()[-1] for noun in ROLE_NOUNS) | {
    "senator", "sen.", "rep.", "gov.", "amb.", "pres.", "gen.", "secretary", "congressman", "congresswoman",
    "lawmaker", "legislator", "councilman", "councilwoman", "councillor", "councilor", "sheriff", "judge",
    "justice", "attorney", "prosecutor", "lawyer", "counsel", "host", "anchor", "correspondent", "reporter",
    "analyst", "strategist", "pollster", "economist", "professor", "researcher", "scientist", "fellow",
    "aide", "spokesperson", "spokesman", "spokeswoman", "founder", "co-founder", "ceo", "cfo", "executive",
    "manager", "editor", "columnist", "commander", "colonel", "captain", "lieutenant", "sergeant", "admiral",
    "king", "queen", "prince", "princess", "pope", "cardinal", "bishop", "pastor", "rabbi", "imam", "chancellor",
    "vice-president", "president-elect", "director-general", "secretary-general", "under-secretary-general",
    "commissioner", "treasurer", "comptroller", "superintendent", "dean", "rector", "chairperson",
    "member", "lecturer", "consultant", "negotiator", "campaigner", "organizer", "organiser", "partner",
}
# words before a name that say how to address a person, not what they are: never a role alone
HONORIFICS = frozenset({"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "miss", "dr", "dr.", "sir", "dame", "madam",
                        "madame", "h.e.", "his", "her", "excellency", "hon.", "the", "honourable", "honorable"})
# a role is a noun phrase: these words make it a clause (or a sentence's opening), not a role
CLAUSE_WORDS = frozenset({
    "is", "was", "are", "were", "be", "been", "being", "has", "had", "have", "will", "would", "can", "could",
    "shall", "should", "may", "might", "must", "do", "does", "did", "who", "whom", "which", "that", "he", "she",
    "it", "they", "we", "i", "you", "not", "when", "while", "if", "because", "although", "after", "before",
}) | {v for v in SPEECH_VERBS if " " not in v}
# before the office word a role has only its qualifiers ("Russia's permanent", "senior"): a preposition or a
# second article there means another noun phrase ("the council heard from the ambassador")
PREPOSITIONS = frozenset({"from", "to", "by", "with", "in", "on", "at", "into", "over", "under", "about", "during",
                          "for", "of", "across", "through", "near", "against", "among"})
WORD = re.compile(r"(?<![\w'’\-])[^\W\d_][\w'’.\-]*")  # where a name may start

# Each rule reads at most WINDOW characters either side of the name (a slice, or a compiled pattern's pos and endpos),
# so a source of one endless sentence naming someone at every line is still read in linear time.
WINDOW = 240
BOUNDARY_CHARS = ",;:()[]\"“”«»—–"  # where an apposition's phrase starts or ends
NAME_CLOSED = re.compile(r"\s*(?:[,.;!?]|\Z)")
LEADING_VERBS = re.compile(rf"^(?:(?:{SPEECH_VERB})\s+)+")
ROLE_THEN_VERB = re.compile(rf"\s*,\s*(?P<role>[^,;:()\[\]\"“”«»—–]{{1,160}}?)\s*,\s*(?:[a-z]+ly\s+|also\s+)?"
                            rf"(?:{SPEECH_VERB})\b")
VERB_BEFORE = re.compile(rf"(?<![\w'’\-])(?:{SPEECH_VERB})\s*\Z")
ROLE_TO_END = re.compile(r"\s*,\s*(?P<role>[^,;:()\[\]\"“”«»—–]{1,160}?)\s*[.!?]?[\s\"”’»)]*\Z")
TITLE_WORD = re.compile(r"[A-Z][\w.'’\-]*")  # a capitalized word of a title run: "Mayor", "Sen.", "Russia's"
NAME_CONNECTORS = frozenset({"of", "on", "for", "and", "the", "de", "du", "des"})
ADDRESS_WORDS = frozenset(a.casefold() + "." for a in ABBREVIATED_TITLES)
# words whose full stop is their own, not the sentence's ("Sen.", "Inc."); a single letter ("R.") is an initial
ABBREVIATIONS = frozenset(a.casefold() for a in ABBREVIATED_TITLES) | {"inc", "co", "corp", "ltd", "bros", "no", "gov"}


def tidy(phrase: str) -> str:
    """The phrase as written, trimmed: no surrounding spaces or commas, no leading "the", "a" or "an", no
    sentence's full stop, and none of what a blanked quotation leaves at the end of a sentence (" . ' . '")."""
    # what a blanked quotation leaves before it ("' ' Ms. Merkel's spokesman"), and a sentence's "And"
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,;:")
    phrase = re.sub(r"^(?:['’\"”] ?)+|^(?:And|But|So|Yet|Or) ", "", phrase)
    phrase = re.sub(r"(?: [.!?'’\"”»]+)+$", "", phrase)
    # the sentence's full stop ("member of parliament."), not an abbreviation's ("Sen.", "Lt. Gov.", "Jr.")
    last = re.search(r"(?<![\w.])(\w[\w\-]*)\.$", phrase)
    if last and len(last.group(1)) > 1 and last.group(1).casefold() not in ABBREVIATIONS:
        phrase = phrase[:-1]
    return re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)


def _is_office(word: str) -> bool:
    low = word.casefold().strip(",'’")
    return low in ROLE_WORDS or low.rstrip(".") in ROLE_WORDS


def is_role(phrase: str) -> bool:
    """Whether a phrase names what a person is: an office word with only its qualifiers before it, no
    verb or clause word, no date, at most MAX_WORDS words.

    "Russia's permanent representative" is; "In Bogotá" (a place), "On Tuesday" (a date),
    "who spoke to reporters" (a clause) and "the council heard from the ambassador" are not."""
    words = phrase.split()
    if not words or len(words) > MAX_WORDS or re.search(r"\b\d{4}\b", phrase):
        return False
    low = [w.casefold().strip(".,'’") for w in words]
    if any(w in CALENDAR_WORDS for w in low):
        return False
    # "governor challenged by Sanders": a passive clause, not a role
    if re.search(r"\b[a-z]+ed by\b", phrase):
        return False
    # a clause word counts only written in lower case: "United States" is no verb
    if any(w in CLAUSE_WORDS and words[i][0].islower() for i, w in enumerate(low)):
        return False
    first = next((i for i, w in enumerate(words) if _is_office(w)), None)
    if first is None or all(w.casefold() in HONORIFICS for w in words):
        return False
    before = low[:first]
    return not any(w in PREPOSITIONS for w in before) and not any(w in ("the", "a", "an") for w in before[1:])


def _comma_after(sentence: str, end: int) -> bool:
    return sentence[end:end + 3].lstrip().startswith(",")


def apposition_before(sentence: str, start: int, end: int) -> str | None:
    """"<role>, <Name>," — "Colombia's ambassador, Catalina Restrepo Ossa, said": the phrase between the
    previous comma (or the sentence's start) and the comma before the name, the name closed by a comma or
    the sentence's end. "said the ambassador of France, Nicolas de Rivière." loses its "said"."""
    if not sentence[max(0, start - 3):start].rstrip().endswith(",") or not NAME_CLOSED.match(sentence, end, end + WINDOW):
        return None
    head = sentence[max(0, start - WINDOW):start].rstrip()[:-1]
    # a blanked quotation (a run of spaces) ends a phrase as a comma does
    blank = head.rfind("  ")
    cut = max(max(head.rfind(c) for c in BOUNDARY_CHARS), blank + 1 if blank >= 0 else -1)
    if cut < 0 and start > WINDOW or len(head) - cut > 160:
        return None  # the phrase's start is not in sight, or it is too long to be one
    role = LEADING_VERBS.sub("", head[cut + 1:].strip())
    return role if is_role(tidy(role)) else None


def apposition_after(sentence: str, start: int, end: int) -> str | None:
    """"<Name>, <role>, said" — "Vassily Nebenzia, Russia's permanent representative, said" and "Steve Bell,
    senior director of economic policy at the Bipartisan Policy Center, told": the phrase between two
    commas after the name, a speech verb right after it (a word such as "also" may stand between)."""
    m = ROLE_THEN_VERB.match(sentence, end, end + WINDOW) if _comma_after(sentence, end) else None
    return m.group("role") if m and is_role(tidy(m.group("role"))) else None


def apposition_after_verb(sentence: str, start: int, end: int) -> str | None:
    """"… said <Name>, <role>." — "'We will not wait,' said Steve Bell, senior director of economic policy at
    the Bipartisan Policy Center.": a speech verb just before the name, the role from its comma to the
    sentence's end."""
    if not _comma_after(sentence, end) or not VERB_BEFORE.search(sentence, max(0, start - 40), start):
        return None
    m = ROLE_TO_END.match(sentence, end, len(sentence)) if len(sentence) - end <= WINDOW else None
    return m.group("role") if m and is_role(tidy(m.group("role"))) else None


def _words_before(sentence: str, start: int, connectors: frozenset[str] = frozenset()) -> tuple[list[str], list[str]]:
    """The capitalized words (and connectors) right before the name, one space apart, at most MAX_WORDS + 2;
    and the words before those. Walked back word by word over WINDOW characters, never searched for. One
    space only: a quotation blanked out ("on CNN's “New Day,” Sen. Kristen Gillibrand") leaves several, and
    what stands before it is no part of the title."""
    before = sentence[max(0, start - WINDOW):start]
    if not before.endswith(" "):
        return [], []
    rest = before[:-1].rsplit(" ", MAX_WORDS + 2)
    if start > WINDOW or len(rest) > MAX_WORDS + 2:
        rest = rest[1:]  # cut by the window, or more words than a run may take: not a whole word
    run: list[str] = []
    while rest and len(run) < MAX_WORDS + 2 and (TITLE_WORD.fullmatch(rest[-1]) or rest[-1] in connectors):
        run.insert(0, rest.pop())
    return run, rest


def title_before(sentence: str, start: int, end: int) -> str | None:
    """"<Title run> <Name>" — "Tampa Mayor Bob Buckhorn" → "Tampa Mayor", "French Ambassador Nicolas de
    Rivière" → "French Ambassador": the capitalized words right before the name, ending with an office
    word, less a sentence's capitalized opening word ("Yesterday") and honorifics ("Mr."), which say how
    to address a person, not what they are."""
    words, rest = _words_before(sentence, start)
    # "Council on Delta Relations National Director Ines Marlow": after "on" and a capitalized word, the run
    # is the end of a longer name, not a whole title
    tail = rest[:-1] if rest and rest[-1] == "the" else rest  # "Speaker of the House Rep. Paul Ryan"
    if len(tail) >= 2 and tail[-1] in NAME_CONNECTORS and TITLE_WORD.fullmatch(tail[-2]):
        return None
    while words and words[-1].casefold() in HONORIFICS:
        words.pop()  # "French Ambassador Mr." keeps "French Ambassador"; "Mr." alone gives nothing
    if not words or not (_is_office(words[-1]) or words[-1].casefold() in ADDRESS_WORDS - HONORIFICS):
        return None  # the run ends with the office: "Norland Ambassador", not "Ambassador Norland"
    # the run's first words may open the sentence ("Yesterday", "Speaking Tuesday"): the role is the longest
    # end of the run that reads as one
    while words and (words[0].casefold() in LEADING_WORDS or not is_role(" ".join(words))):
        words.pop(0)
    return " ".join(words) or None


def title_of_office(sentence: str, start: int, end: int) -> str | None:
    """"<Office> of <Place> <Name>" — "Secretary of State Antony Blinken", "Minister of Water Affairs Ada
    Brenner": a capitalized office word, "of" (and "the") and what it is of, right before the name."""
    words, _ = _words_before(sentence, start, frozenset({"of", "the"}))
    while words and (words[0] in ("of", "the") or words[0].casefold() in LEADING_WORDS):
        words.pop(0)
    if "of" not in words:
        return None
    at = words.index("of")
    head, tail = words[:at], [w for w in words[at + 1:] if w != "the"]
    if not head or not tail or len(head) > 4 or len(tail) > 4 or not _is_office(head[-1]):
        return None
    role = " ".join(words)
    return role if is_role(role) else None


# an office "of" something before the name first: "Speaker of the House Rep. Paul Ryan" is not "House Rep."
RULES = (apposition_before, apposition_after, apposition_after_verb, title_of_office, title_before)


def role_at(sentence: str, start: int, end: int) -> str:
    """The role the rules find at one mention of a name, in the order of RULES ("" for none)."""
    for rule in RULES:
        role = rule(sentence, start, end)
        if role:
            return tidy(role)
    return ""


def _mentions(text: str, by_first_word: dict[str, list[tuple[str, str]]]) -> list[tuple[int, int, str]]:
    """(start, end, name) of each mention of a wanted name, found by its first word: a dictionary lookup per
    word of the text, so fifteen thousand names cost no more than one (no pattern of them all is built)."""
    found = []
    for m in WORD.finditer(text):
        word = m.group().lower()  # "Zhang." at a sentence's end is "Zhang"; "J." in "J. Doe" keeps its stop
        for name, low in by_first_word.get(word) or by_first_word.get(word.rstrip("."), ()):  # longest first
            end = m.start() + len(name)
            after = text[end:end + 1]
            if text[m.start():end].lower() == low and not (after.isalnum() or after in ("'", "’", "-", "_")):
                found.append((m.start(), end, name))
                break
    return found


def stated_roles(texts: Sequence[str], names: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """(name, role) for each name whose role the texts state, in the order of `names`: the first role
    stated, reading the texts (the paragraphs) in order, a sentence at a time. A bare title
    ("Ambassador Nicolas de Rivière") says less than "France's permanent representative" later: it is
    kept only when the text states nothing clearer. One pass over the text for all the names, and at most
    MAX_MENTIONS mentions of each looked at."""
    order = list(dict.fromkeys(n for n in names if n.strip()))
    by_first_word: dict[str, list[tuple[str, str]]] = {}
    for name in sorted(order, key=len, reverse=True):
        by_first_word.setdefault(name.split()[0].lower(), []).append((name, name.lower()))
    clear: dict[str, str] = {}
    bare: dict[str, str] = {}
    seen: dict[str, int] = {}
    for text in texts:
        if len(clear) == len(order):
            break
        mentions = _mentions(text, by_first_word)
        if not mentions:
            continue  # most paragraphs name nobody wanted: not cut into sentences
        parts = sentences(text)
        starts = [offset for offset, _ in parts]
        for start, end, name in mentions:
            if name in clear or seen.get(name, 0) >= MAX_MENTIONS:
                continue
            seen[name] = seen.get(name, 0) + 1
            offset, sentence = parts[bisect_right(starts, start) - 1]
            if end - offset > len(sentence):
                continue  # a name across two sentences is no mention
            role = role_at(sentence, start - offset, end - offset)
            if len(role.split()) > 1:
                clear[name] = role
            elif role:
                bare.setdefault(name, role)
    found = {**bare, **clear}
    return tuple((n, found[n]) for n in order if n in found)
