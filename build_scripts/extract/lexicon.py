"""Words of the trade: speech verbs, roles, titles and the countries diplomats speak for.

These are facts about how English news and official texts are written, not about
any one corpus; extending a list here is the way to teach the extractor a new habit.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

def longest_first(words: Iterable[str]) -> str:
    """A regular expression for any of the words, trying the longest first where several fit.

    It matches exactly what `(?:w1|w2|…)` with the longest words first would, but is written as
    a trie ("zhang(?: jun)?"), so the engine tries one branch per letter instead of every word
    at every position: ~6× faster on the registry's 250 names. (Words that differ only in case
    would make two branches fit under re.I: callers pass case-folded words there.)"""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def branch(node: dict[str, dict]) -> str:
        longer = [re.escape(char) + branch(node[char]) for char in sorted(node) if char]
        if not longer:
            return ""
        body = longer[0] if len(longer) == 1 else "(?:" + "|".join(longer) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + branch(trie) + ")"


SPEECH_VERBS = (
    "said", "says", "say", "told", "tells", "stated", "states", "added", "adds", "noted", "notes",
    "stressed", "stresses", "emphasized", "emphasised", "emphasizes", "underlined", "underscored",
    "warned", "warns", "urged", "urges", "called", "calls", "announced", "announces", "declared",
    "remarked", "argued", "argues", "insisted", "explained", "pointed out", "points out", "observed",
    "expressed", "reiterated", "appealed", "demanded", "pledged", "affirmed", "asserted", "claimed",
    "acknowledged", "conceded", "cautioned", "countered", "replied", "responded", "answered",
    "continued", "concluded", "wrote", "commented", "recalled", "suggested", "proposed", "maintained",
    "agreed", "admitted", "complained", "lamented", "predicted", "promised", "vowed", "assured",
    "briefed", "spoke", "speaking", "addressed", "stating", "saying", "adding", "telling", "noting",
    "set out", "sets out", "questioned", "asked", "recounted", "tweeted", "tweets", "posted", "writes",
    "quipped", "joked", "shouted", "yelled", "boasted", "mused", "retorted", "interjected", "testified",
    "explains", "reads", "declares", "says of", "wrote on", "cautions", "predicts", "insists", "explained",
    "asks", "answers", "praising", "praised", "describing", "described", "calling", "labeling", "labeled",
    "dubbed", "pledging", "promising", "vowing", "arguing", "insisting", "warning", "urging", "claiming",
    "declaring", "asking", "answering", "replying", "responding", "writing", "tweeting", "announcing",
    "stressing", "explaining", "suggesting", "predicting", "complaining", "joking", "boasting", "admitting",
    "acknowledging", "conceding", "recalling", "repeating", "repeated", "reiterating", "demanding", "asserting",
    "proclaiming", "proclaimed", "referred to", "referring to", "wondered", "wondering", "echoed", "echoing",
    "quoted", "quoting", "testifying", "texted", "emailed", "e-mailed", "mentioned", "mentioning",
    "accused", "accusing", "opined", "reported", "reporting", "reports", "replies", "shot back", "fired back",
    "snapped", "barked", "scoffed", "sniped", "chided", "cracked", "gushed", "confessed", "exclaimed",
    "thundered", "bellowed", "whispered", "sighed", "laughed", "went on", "summed up", "pleaded", "begged",
    "estimated", "estimates", "contended", "contends", "observes", "recalls", "writes in", "told of",
    "agrees", "reveals", "revealed", "notes", "puts it", "put it", "chiding", "quipping", "mocking", "scolding",
    "lamenting", "demand", "ask", "tell", "warn", "argue", "insist", "declare", "urge", "claim", "describe",
    "praise", "announce", "predict", "pledge", "promise", "vow", "write", "tweet", "explain", "suggest",
    "concludes", "continues", "charged", "charges", "admits", "describes", "insisted", "offered", "offers",
    "gloated", "thanked", "remembered", "marveled", "marvelled", "groused", "grumbled", "fumed", "mocked",
    "touted", "bragged", "crowed", "griped", "hinted", "speculated", "surmised", "reasoned", "objected",
    "chimed in", "weighed in", "cautioned", "conceded", "advised", "announced", "clarified", "elaborated",
    "decried", "denounced", "condemned", "blasted", "slammed", "hailed", "lauded", "derided", "ridiculed",
    "criticized", "criticised", "lambasted", "assailed", "pledges", "vows", "promises", "decries", "denounces",
)
SPEECH_VERB = longest_first(SPEECH_VERBS)

ROLE_NOUNS = (
    "ambassador", "envoy", "representative", "diplomat", "delegate", "minister", "secretary",
    "spokesperson", "spokesman", "spokeswoman", "president", "chief", "head", "official", "chair",
    "chairman", "chairwoman", "chairperson", "director", "coordinator", "commissioner", "negotiator",
    "mediator", "emissary", "counsellor", "counselor", "secretary-general", "under-secretary-general",
    "deputy", "premier", "chancellor", "foreign minister", "prime minister", "leader", "officer",
    "observer", "adviser", "advisor", "rapporteur", "expert", "governor", "mayor", "general",
)
ROLE_NOUN = longest_first(ROLE_NOUNS)

# Role nouns that describe the same kind of person: "the envoy" may be the ambassador named before.
ROLE_GROUPS = {
    **dict.fromkeys(("ambassador", "envoy", "representative", "diplomat", "delegate", "emissary", "counsellor",
                     "counselor", "negotiator", "mediator", "observer"), "diplomat"),
    **dict.fromkeys(("spokesperson", "spokesman", "spokeswoman"), "spokesperson"),
    **dict.fromkeys(("minister", "foreign minister", "prime minister", "premier", "chancellor", "president",
                     "leader", "governor", "mayor"), "leader"),
    **dict.fromkeys(("chief", "head", "director", "coordinator", "commissioner", "secretary", "secretary-general",
                     "under-secretary-general", "official", "officer", "chair", "chairman", "chairwoman",
                     "chairperson", "adviser", "advisor", "rapporteur", "expert", "deputy", "general"), "official"),
}


_ROLE_NOUNS = {noun: re.compile(rf"\b{re.escape(noun)}\b") for noun in ROLE_GROUPS}  # compiled once, not per call


@lru_cache(maxsize=4096)
def role_groups(text: str) -> frozenset[str]:
    """The kinds of role a phrase or a speakers.yml role names: 'Deputy Permanent Representative' → diplomat, official."""
    low = text.casefold()
    return frozenset(ROLE_GROUPS[noun] for noun, pattern in _ROLE_NOUNS.items() if pattern.search(low))


# Words that stand before a name as a title, and are not part of it.
TITLES = {
    "ambassador", "president", "vice", "vice-president", "minister", "foreign", "prime", "secretary",
    "secretary-general", "under-secretary-general", "assistant", "deputy", "permanent", "representative",
    "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "miss", "dr", "dr.", "prof", "prof.", "professor", "sir", "dame",
    "madam", "madame", "h.e.", "his", "her", "excellency", "general", "gen.", "colonel", "envoy", "special",
    "spokesperson", "spokesman", "spokeswoman", "chief", "senator", "judge", "justice", "king", "queen",
    "prince", "princess", "chancellor", "premier", "commissioner", "director", "director-general",
    "high", "coordinator", "counsellor", "state", "of", "the", "a", "an", "un", "u.n.", "by", "and",
}
FEMALE_TITLES = {"ms", "ms.", "mrs", "mrs.", "miss", "madam", "madame", "dame", "queen", "princess"}
MALE_TITLES = {"mr", "mr.", "sir", "king", "prince"}

# Capitalized words that never belong to a person's name.
NOT_NAME_WORDS = {
    "united", "nations", "council", "security", "general", "assembly", "union", "republic", "ministry",
    "office", "agency", "organization", "organisation", "committee", "fund", "programme", "program",
    "bank", "court", "house", "government", "kingdom", "states", "federation", "africa", "african",
    "asia", "europe", "european", "america", "east", "west", "north", "south", "middle", "news",
    "press", "wire", "agency", "times", "post", "daily", "reuters", "xinhua", "tass", "the", "this",
    "that", "these", "those", "his", "her", "their", "our", "its", "on", "in", "at", "for", "with",
    "by", "from", "and", "but", "or", "as", "after", "before", "while", "when", "if", "since",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "charter", "headquarters", "mission", "peninsula", "sea", "strip",
    "bank", "gulf", "ocean", "island", "islands", "city", "region", "province", "plant", "convention",
    "treaty", "resolution", "summit", "forum", "conference", "institute", "university", "school",
    "hospital", "ministry", "department", "parliament", "congress", "senate", "army", "forces",
    "party", "front", "movement", "group", "association", "foundation", "centre", "center", "world",
    "international", "national", "global", "health", "humanitarian", "affairs", "relief", "peace",
    "war", "according", "speaking", "asked", "meanwhile", "however", "moreover", "also", "both",
    "several", "many", "some", "other", "others", "members", "member", "diplomats", "officials",
    "read", "share", "comments", "related", "photo", "reporting", "updated", "published", "i", "we",
    "you", "he", "she", "they", "it", "not", "no", "yes", "thank", "mr", "ms", "mrs", "key", "points",
    "statement", "remarks", "briefing", "debate", "meeting", "session", "council's",
}

# Country → the words that name it or its people. A speaker's "country" in speakers.yml
# is matched against all of these, so "the British envoy" finds the United Kingdom's speaker.
COUNTRIES: dict[str, tuple[str, ...]] = {
    "United Nations": ("United Nations", "UN", "U.N.", "UN's", "U.N.'s"),
    "China": ("China", "Chinese", "PRC", "People's Republic of China", "Beijing"),
    "United Kingdom": ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "British", "London"),
    "United States": ("United States", "US", "U.S.", "USA", "America", "American", "Washington"),
    "Russia": ("Russia", "Russian Federation", "Russian", "Moscow", "RF"),
    "France": ("France", "French", "Paris"),
    "Brazil": ("Brazil", "Brazilian"),
    "Kenya": ("Kenya", "Kenyan"),
    "Norway": ("Norway", "Norwegian"),
    "Ghana": ("Ghana", "Ghanaian"),
    "Gabon": ("Gabon", "Gabonese"),
    "Albania": ("Albania", "Albanian"),
    "Ecuador": ("Ecuador", "Ecuadorian"),
    "Japan": ("Japan", "Japanese"),
    "Malta": ("Malta", "Maltese"),
    "Mozambique": ("Mozambique", "Mozambican"),
    "Switzerland": ("Switzerland", "Swiss"),
    "United Arab Emirates": ("United Arab Emirates", "UAE", "Emirati"),
    "Algeria": ("Algeria", "Algerian"),
    "Guyana": ("Guyana", "Guyanese"),
    "Republic of Korea": ("Republic of Korea", "South Korea", "South Korean"),
    "Sierra Leone": ("Sierra Leone", "Sierra Leonean"),
    "Slovenia": ("Slovenia", "Slovenian", "Slovene"),
    "Denmark": ("Denmark", "Danish"),
    "Greece": ("Greece", "Greek"),
    "Pakistan": ("Pakistan", "Pakistani"),
    "Panama": ("Panama", "Panamanian"),
    "Somalia": ("Somalia", "Somali"),
    "Germany": ("Germany", "German", "Berlin"),
    "India": ("India", "Indian", "New Delhi"),
    "Italy": ("Italy", "Italian"),
    "Spain": ("Spain", "Spanish"),
    "Canada": ("Canada", "Canadian"),
    "Australia": ("Australia", "Australian"),
    "Netherlands": ("Netherlands", "Dutch"),
    "Belgium": ("Belgium", "Belgian"),
    "Sweden": ("Sweden", "Swedish"),
    "Finland": ("Finland", "Finnish"),
    "Poland": ("Poland", "Polish"),
    "Ireland": ("Ireland", "Irish"),
    "Estonia": ("Estonia", "Estonian"),
    "Ukraine": ("Ukraine", "Ukrainian", "Kyiv", "Kiev"),
    "Belarus": ("Belarus", "Belarusian"),
    "Israel": ("Israel", "Israeli"),
    "Palestine": ("Palestine", "State of Palestine", "Palestinian"),
    "Iran": ("Iran", "Iranian", "Tehran"),
    "Iraq": ("Iraq", "Iraqi"),
    "Syria": ("Syria", "Syrian", "Damascus"),
    "Lebanon": ("Lebanon", "Lebanese"),
    "Jordan": ("Jordan", "Jordanian"),
    "Egypt": ("Egypt", "Egyptian", "Cairo"),
    "Saudi Arabia": ("Saudi Arabia", "Saudi"),
    "Qatar": ("Qatar", "Qatari"),
    "Turkey": ("Turkey", "Türkiye", "Turkish"),
    "Sudan": ("Sudan", "Sudanese"),
    "South Sudan": ("South Sudan", "South Sudanese"),
    "Ethiopia": ("Ethiopia", "Ethiopian"),
    "Nigeria": ("Nigeria", "Nigerian"),
    "Niger": ("Niger", "Nigerien"),
    "Mali": ("Mali", "Malian"),
    "Senegal": ("Senegal", "Senegalese"),
    "South Africa": ("South Africa", "South African"),
    "Rwanda": ("Rwanda", "Rwandan"),
    "Uganda": ("Uganda", "Ugandan"),
    "Tanzania": ("Tanzania", "Tanzanian"),
    "Mexico": ("Mexico", "Mexican"),
    "Argentina": ("Argentina", "Argentine", "Argentinian"),
    "Chile": ("Chile", "Chilean"),
    "Colombia": ("Colombia", "Colombian"),
    "Venezuela": ("Venezuela", "Venezuelan"),
    "Cuba": ("Cuba", "Cuban"),
    "Haiti": ("Haiti", "Haitian"),
    "Indonesia": ("Indonesia", "Indonesian"),
    "Viet Nam": ("Viet Nam", "Vietnam", "Vietnamese"),
    "Philippines": ("Philippines", "Philippine", "Filipino"),
    "Democratic People's Republic of Korea": ("DPRK", "North Korea", "North Korean"),
    "Afghanistan": ("Afghanistan", "Afghan"),
    "Bangladesh": ("Bangladesh", "Bangladeshi"),
    "Myanmar": ("Myanmar",),
    "Libya": ("Libya", "Libyan"),
    "Tunisia": ("Tunisia", "Tunisian"),
    "Morocco": ("Morocco", "Moroccan"),
    "Yemen": ("Yemen", "Yemeni"),
    "Armenia": ("Armenia", "Armenian"),
    "Azerbaijan": ("Azerbaijan", "Azerbaijani"),
    "Georgia": ("Georgia", "Georgian"),
    "Kazakhstan": ("Kazakhstan", "Kazakh"),
    "European Union": ("European Union", "EU", "E.U."),
    "African Union": ("African Union", "AU"),
}


@lru_cache(maxsize=1024)
def country_forms(country: str) -> tuple[str, ...]:
    """Every word for a country, for a country named in speakers.yml too."""
    for key, forms in COUNTRIES.items():
        if country.casefold() == key.casefold() or country.casefold() in (f.casefold() for f in forms):
            return (key, *forms)
    return (country,) if country else ()


_COUNTRY_BY_WORD = {form: key for key, forms in COUNTRIES.items() for form in (key, *forms)}


def canonical_country(word: str) -> str | None:
    """'British' → 'United Kingdom'; None when the word names no country we know."""
    return _COUNTRY_BY_WORD.get(word.strip().removesuffix("'s").removesuffix("’s"))


COUNTRY_WORD = r"(?<![\w.])" + longest_first(
    {f for forms in COUNTRIES.values() for f in forms if not f.endswith("'s")} | set(COUNTRIES)
) + r"(?![\w])"
