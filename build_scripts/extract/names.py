"""People's names as news and official texts write them: titles, initials, possessives, bodies.

Every pattern here is bounded (a name is at most seven words), so reading names stays linear in
the length of the text whatever it holds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gender_guesser.detector import Detector

from .lexicon import FEMALE_TITLES, MALE_TITLES, NOT_NAME_WORDS, TITLES, canonical_country

UPPER = "".join(chr(c) for c in range(0x41, 0x530) if chr(c).isupper())
ABBREVIATED_TITLES = ("Mr", "Ms", "Mrs", "Dr", "St", "Jr", "Sr", "Gen", "Prof", "Sen", "Rep", "Gov", "Lt", "Col",
                      "Sgt", "Capt", "Adm", "Amb", "Pres", "Atty", "Rev", "Hon", "Maj", "Cmdr", "Supt", "Fr")
# a capitalized word, an initial ("J."), or an abbreviated title; never a sentence's full stop
NAME_WORD = (rf"(?:(?:{'|'.join(ABBREVIATED_TITLES)})\.|[{UPPER}]\.(?:[{UPPER}]\.)*"
             rf"|[{UPPER}][\w'’\-]*)")
PARTICLE = r"(?:de|da|del|della|di|van|von|der|den|la|le|bin|al|el|dos|das|du|ibn|ben)"
NAME_RUN = rf"{NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{NAME_WORD}){{0,6}}"
NAME_RUN_RE = re.compile(NAME_RUN)
GENDERED_TITLES = FEMALE_TITLES | MALE_TITLES

# Words that, standing before a name, say what the person is, not who: "Tampa Mayor Bob Buckhorn".
ROLE_TITLES = TITLES | {
    "sen.", "rep.", "gov.", "lt.", "col.", "sgt.", "capt.", "adm.", "amb.", "pres.", "atty.", "rev.", "hon.",
    "maj.", "cmdr.", "supt.", "fr.", "gen.", "mayor", "governor", "speaker", "leader", "candidate", "nominee",
    "chairman", "chairwoman", "congressman", "congresswoman", "councilman", "councilwoman", "sheriff",
    "attorney", "host", "anchor", "correspondent", "reporter", "analyst", "strategist", "pollster", "adviser",
    "advisor", "aide", "spokesperson", "founder", "ceo", "chair", "whip", "majority", "minority", "sir",
    "lieutenant", "sergeant", "captain", "admiral", "pastor", "reverend", "rabbi", "father", "bishop",
    "cardinal", "pope", "coach", "officer", "superintendent", "commander", "professor", "economist", "lawyer",
    "author", "writer", "columnist", "editor", "director", "executive", "manager", "president-elect", "first",
    "lady", "former", "senior", "acting", "interim", "assemblyman", "assemblywoman", "delegate", "ambassador",
    "envoy", "emissary", "counsel", "prosecutor", "comptroller", "treasurer", "commissioner", "chancellor",
    # relations that stand before a name as titles do: "Wife Huma Abedin", "his son Eric"
    "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "uncle", "aunt", "cousin",
    "friend", "widow", "niece", "nephew", "grandson", "granddaughter", "grandfather", "grandmother", "spouse",
}
# Capitalized words that name a body, not a person: "Fox News", "the Heritage Foundation".
BODY_WORDS = NOT_NAME_WORDS | {
    "network", "business", "channel", "company", "corp", "corp.", "inc", "inc.", "club", "journal",
    "magazine", "review", "campaign", "project", "commission", "administration", "service", "church",
    "college", "committee", "coalition", "alliance", "council", "board", "bureau", "institute", "media",
    "radio", "television", "tv", "cnn", "msnbc", "nbc", "abc", "cbs", "fox", "pac", "caucus", "court",
    "police", "republicans", "democrats", "gop", "county", "district", "state", "post", "tribune", "herald",
    "gazette", "register", "observer", "chronicle", "telegraph", "guardian", "globe", "breitbart", "politico",
    "huffpost", "twitter", "facebook", "instagram", "youtube", "google", "white", "capitol", "pentagon",
    # places that read like names ("New York", "Los Angeles")
    "new", "york", "los", "angeles", "san", "las", "vegas", "francisco", "diego", "jersey", "hampshire",
    "carolina", "dakota", "virginia", "iowa", "ohio", "texas", "florida", "nevada", "california", "michigan",
    "wisconsin", "pennsylvania", "colorado", "arizona", "georgia", "massachusetts", "illinois", "indiana",
    "kentucky", "tennessee", "alabama", "mississippi", "louisiana", "missouri", "minnesota", "oregon",
    "maryland", "connecticut", "vermont", "maine", "utah", "montana", "alaska", "hawaii", "arkansas",
    "oklahoma", "kansas", "nebraska", "idaho", "wyoming", "delaware", "island", "valley", "street", "avenue",
    "hill", "park", "beach", "airport", "square", "tower", "super", "day", "year", "week", "act", "bill",
    "amendment", "law", "street", "wall", "republican", "republicans", "democrat", "democrats", "democratic",
    "conservative", "conservatives", "liberal", "liberals", "independent", "senate", "house", "gop",
}
TITLE_ABBREVIATIONS = {"sen.": "senator", "gov.": "governor", "rep.": "representative", "pres.": "president",
                       "amb.": "ambassador", "gen.": "general", "lt.": "lieutenant", "col.": "colonel",
                       "atty.": "attorney", "prof.": "professor", "rev.": "reverend", "dr.": "doctor"}
# capitalized only because they open a sentence
LEADING_WORDS = {
    "yet", "but", "and", "so", "now", "still", "even", "just", "then", "thus", "here", "there", "why", "what", "how",
    "where", "who", "when", "while", "if", "as", "after", "before", "since", "because", "although", "though",
    "until", "unless", "once", "whether", "both", "either", "neither", "each", "every", "all", "many", "most",
    "some", "few", "several", "other", "another", "such", "this", "that", "these", "those", "my", "your", "our",
    "see", "can", "could", "will", "would", "should", "did", "does", "do", "is", "was", "are", "were", "has",
    "have", "had", "may", "might", "must", "let", "ask", "tell", "meet", "like", "unlike", "despite", "during",
    "without", "within", "among", "against", "through", "meanwhile", "however", "moreover", "indeed", "instead",
    "also", "only", "not", "no", "yes", "well", "oh", "dear", "sorry", "thanks", "please", "today", "tonight",
    "yesterday", "tomorrow", "last", "next", "finally", "again", "with", "without", "for", "from", "to", "in",
    "on", "at", "by", "of", "about", "into", "over", "under", "like", "via", "per", "than", "whom", "whose",
}
# plural nouns for groups of people, capitalized only at the start of a sentence
GROUP_WORDS = {
    "aides", "officials", "critics", "supporters", "voters", "others", "police", "experts", "analysts", "sources",
    "witnesses", "residents", "protesters", "leaders", "members", "advocates", "opponents", "people", "another",
    "everyone", "somebody", "someone", "nobody", "anyone", "organizers", "investigators", "prosecutors",
    "researchers", "economists", "lawmakers", "diplomats", "delegates", "staffers", "observers", "activists",
}
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


@dataclass(frozen=True)
class Name:
    """A name as the text gives it: the person's words apart from the titles before them."""

    name: str
    gender: str | None = None  # from a gendered title: "f", "m" or None
    titles: tuple[str, ...] = ()  # the words that stood before the name, case-folded


@lru_cache(maxsize=4096)  # the same runs come back on every line that names someone
def split_title(run: str) -> Name:
    """'Tampa Mayor Bob Buckhorn' → Bob Buckhorn, titled (tampa, mayor); 'Ms. Ndegwa' → Ndegwa, female.

    The name is what follows the last title word, so a place before a title ("Vermont Sen.") goes
    with the title; a trailing possessive ("Trump's") is not part of the name."""
    words = run.replace("’", "'").split()
    while len(words) > 1 and words[0].casefold() in LEADING_WORDS:
        words.pop(0)  # "Yet Trump is", "See Sexton's": a sentence's first word, not part of the name
    if words and words[-1].endswith("'s"):
        words[-1] = words[-1][:-2]
    # "ABC's Carson", "Obama's press secretary Josh Earnest": a possessive before the name says whose, not who
    last_title = max((i for i, w in enumerate(words[:-1]) if w.casefold() in ROLE_TITLES | BODY_WORDS
                      or w[0].islower() and not re.fullmatch(PARTICLE, w) or w.endswith("'s")), default=-1)
    gender = next(("f" if w.casefold() in FEMALE_TITLES else "m" for w in reversed(words[:last_title + 1])
                   if w.casefold() in FEMALE_TITLES | MALE_TITLES), None)
    titles = tuple(TITLE_ABBREVIATIONS.get(w.casefold(), w.casefold()) for w in words[:last_title + 1])
    rest = words[last_title + 1:]
    while rest and canonical_country(rest[0]) and len(rest) > 1:
        titles, rest = titles + (rest[0].casefold(),), rest[1:]  # "British envoy" has gone; "Chinese Zhang Jun"
    # "Mr. ZHANG JUN (China)", "Vassily NEBENZIA": UN press releases print names in capitals
    name = " ".join(w.title() if w.isupper() and len(w) > 1 and not w.endswith(".") else w for w in rest)
    return Name(name, gender, titles)


@lru_cache(maxsize=1)
def _given_names() -> Detector:
    """The given-name dictionary, loaded on first use (0.2 s), once a process."""
    from gender_guesser.detector import Detector
    return Detector(case_sensitive=False)


def given_name(name: str) -> str | None:
    """'Michael Capellas' is a man's name, 'Susan Crawford' a woman's: "m" or "f" where the given-name
    dictionary knows a full name's first word as one gender only, "?" where it knows it as a given name of
    either, None where it is no given name it knows ("No Child Left Behind", "Boca Raton")."""
    words = name.split()
    if len(words) < 2 or not words[0].isalpha() or len(words[0]) < 2:
        return None
    return _gender_of_given_name(words[0])


@lru_cache(maxsize=8192)
def _gender_of_given_name(word: str) -> str | None:
    # the dictionary's worldwide answer, checked against its American one: "Rand" is a woman's name in one
    # and a man's in the other, so it says nothing
    gender = {"male": "m", "female": "f", "unknown": None}
    worldwide = gender.get(_given_names().get_gender(word), "?")
    american = gender.get(_given_names().get_gender(word, "usa"), "?")
    return worldwide if american in (None, worldwide) else "?"


# words of NOT_NAME_WORDS that are common surnames too ("Ian Read", "Theresa May")
SURNAME_WORDS = {"read", "may", "white", "young", "king", "house", "bush", "post", "price", "key", "rice", "west", "hill",
                 "park", "wall", "day", "law", "street", "long", "black", "green", "brown", "north", "south", "lee"}


def looks_like_name(name: str) -> bool:
    """Whether words could be a person's name: no body words, no countries, no digits, not all capitals."""
    words = name.split()
    if not words or any(ch.isdigit() for ch in name) or len(words) > 5 or canonical_country(name):
        return False
    if len(words) == 1 and canonical_country(words[0]) or words[0].casefold() in ROLE_TITLES:
        return False  # "Cuban" alone is a nationality; "Mark Cuban" is a name
    if len(words) == 1 and (words[0].casefold() in LEADING_WORDS | GROUP_WORDS
                            or canonical_country(re.sub(r"s$", "", words[0]))):
        return False  # "Then", "Aides", "Americans": words that open a sentence, not names
    for w in words:
        low = w.casefold().strip(".,")
        if re.search(r"['’](?:m|re|ve|ll|d|t)$", low):
            return False  # "I'm", "Don't": words, not names
        if low in BODY_WORDS and low not in SURNAME_WORDS:
            return False
        if w.isupper() and len(w) > 3 and "." not in w:
            return False
    return True


# words that make a capitalized run an organization's name
ORGANIZATION_WORDS = {
    "network", "company", "corp", "inc", "club", "journal", "magazine", "review", "campaign", "project",
    "commission", "administration", "service", "church", "college", "committee", "coalition", "alliance",
    "council", "board", "bureau", "institute", "media", "radio", "television", "pac", "caucus", "court",
    "police", "post", "tribune", "herald", "gazette", "chronicle", "telegraph", "guardian", "globe", "times",
    "news", "press", "party", "foundation", "association", "ministry", "department", "agency", "office",
    "university", "center", "centre", "group", "union", "organization", "organisation", "fund", "bank",
    "breitbart", "politico", "huffpost", "reuters", "xinhua", "tass", "kremlin", "pentagon",
}
CALENDAR_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                  "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december", "today", "yesterday"}


def is_body(run: str) -> bool:
    """'Fox News', 'the Heritage Foundation', 'CNN': a named organization that can be quoted."""
    words = [w.strip(".,").removesuffix("'s") for w in run.replace("’", "'").split()]
    if not words or any(w.casefold() in CALENDAR_WORDS for w in words):
        return False
    return any(w.casefold() in ORGANIZATION_WORDS or w.isalpha() and w.isupper() and 2 <= len(w) <= 6 for w in words)


def surname(name: str) -> str:
    """The word a text uses alone for the person: the last, or the one before 'Jr.'."""
    words = [w for w in name.split() if w.casefold() not in SUFFIXES]
    return words[-1] if words else name


def has_suffix(name: str) -> bool:
    return any(w.casefold() in SUFFIXES for w in name.split())
