"""Attribution cues: the words beside a quotation that say who spoke.

Each rule is one convention of how news and official texts attribute a quotation, as a function
from the text beside the quotation to a `Cue` (the words naming the speaker, as written) or None.
Resolving those words to a person is `speakers.py`'s job. Every rule looks at a bounded stretch
of text, so a source of any size is read in linear time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from .lexicon import COUNTRY_WORD, ROLE_NOUNS, SPEECH_VERB, longest_first
from .names import GROUP_WORDS, NAME_RUN, looks_like_name, split_title

WINDOW = 240  # characters beside a quotation that an attribution may take

# nouns that describe a person ("the senator", "the CNN host"), beyond the diplomatic roles
PERSON_NOUNS = longest_first(set(ROLE_NOUNS) | {
    "senator", "candidate", "nominee", "congressman", "congresswoman", "lawmaker", "host", "anchor",
    "billionaire", "businessman", "businesswoman", "mogul", "front-runner", "frontrunner", "aide", "strategist",
    "analyst", "professor", "economist", "author", "actor", "actress", "singer", "judge", "lawyer", "attorney",
    "mother", "father", "son", "daughter", "wife", "husband", "man", "woman", "voter", "supporter", "resident",
    "student", "veteran", "agent", "activist", "pastor", "manager", "chairman", "founder", "owner", "reporter",
    "writer", "columnist", "editor", "pollster", "operative", "consultant", "donor", "governor", "mayor",
    "sheriff", "prosecutor", "democrat", "republican", "independent", "politician", "star", "executive",
    "friend", "user", "colleague", "neighbor", "neighbour", "ally", "critic", "member", "worker", "commenter",
    "advocate", "lobbyist", "scholar", "historian", "researcher", "fellow",
})
INSTITUTION_NOUNS = longest_first({
    "ministry", "government", "statement", "report", "resolution", "council", "office", "mission", "agency",
    "embassy", "department", "organization", "organisation", "committee", "draft", "text", "letter",
    "communiqué", "communique", "declaration", "press release", "authorities", "administration", "kremlin",
    "white house", "campaign", "email", "e-mail", "memo", "website", "ad", "advertisement", "release", "filing",
    "lawsuit", "complaint", "document", "documents", "study", "survey", "poll", "article", "editorial", "post",
    "tweet", "message", "group", "company", "firm", "party", "court", "ruling", "opinion", "indictment",
})
PRONOUN = r"(?:he|she|He|She)\b"  # "said Shehu" is not "said she"
# "the Chinese envoy", not "his candidacy for president": no preposition between the article and the noun
DETERMINER = r"(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er)"
DESCRIPTION = (rf"\b{DETERMINER}[ \t]+(?:(?!(?:for|of|to|in|on|with|at|from|by|about)\b)"
               rf"[\w'’.\-]+[ \t]+){{0,3}}?{PERSON_NOUNS}\b")
COUNTRY_ROLE = rf"(?:\b[Tt]he[ \t]+)?{COUNTRY_WORD}(?:'s|’s)?[ \t]+(?:[\w'’\-]+[ \t]+){{0,3}}?{PERSON_NOUNS}\b"
INSTITUTION = (rf"\b(?:{DETERMINER}|[Ii]ts|[Tt]heir)[ \t]+(?:[\w'’\-]+[ \t]+){{0,3}}?"
               rf"{INSTITUTION_NOUNS}\b")
# "GOP strategist Keith Nahigian", "White House press secretary Josh Earnest": a name after what the person is
TITLE_WORD = (r"(?<![\w'’\-])(?!(?:that|the|a|an|of|in|on|to|and|for|with|at|by|from|as|is|was|were|would|will|has|had|have|"
              r"he|she|it|they|who|which|but|or|if|not|about|after|before|his|her|their|when|while|then|also|"
              r"another|one|some|any|each|every|no|since|because|although|though|until|unless|whether|where|so|yet"
              r"|than|like|once)\b)"  # "another leading Supreme Court advocate", "since Trump spoke" name nobody
              # a verb in the past is no title ("Lamb attacked Lorne"), but "retired Gen. X" is one
              r"(?![a-z]+ed\b(?<!retired)(?<!embattled)(?<!elected)(?<!appointed)(?<!designated)(?<!celebrated))"
              r"(?:[a-z][\w\-]*|\d+(?:st|nd|rd|th)\b)")  # "Air Force 1st Lt. Tyler Livingston"
# the words just before the name are what the person is: "former Obama adviser David Axelrod" is Axelrod
# "former secretary of state Hillary Clinton": an office of something, in lower case, is a title too
OFFICE_OF_WORDS = (r"(?:secretary|director|minister|head|chief|chairman|chairwoman|chair|governor|president|mayor"
                   r"|speaker|leader)[ \t]+of[ \t]+(?:the[ \t]+)?(?!the\b)[a-z]+")
# "former Pennsylvania Gov. and party Chairman Ed Rendell": two titles joined after an abbreviated one
TITLED_NAME = (rf"(?:(?:{NAME_RUN}|{OFFICE_OF_WORDS}|{TITLE_WORD})[ \t]+){{0,4}}(?:{OFFICE_OF_WORDS}|{TITLE_WORD}"
               rf"|(?:{TITLE_WORD}[ \t]+)?{NAME_RUN}(?<=\.)[ \t]+and)"
               rf"[ \t]+{NAME_RUN}")
# "Rubio's deputy campaign manager, Rich Beeson": a possessive is never the speaker; the apposition may name one
POSSESSIVE_DESCRIPTION = rf"{NAME_RUN}(?:'s|’s)[ \t]+(?:[\w\-]+[ \t]+){{0,3}}{PERSON_NOUNS}(?:[ \t]+of[ \t]+[a-z]+)?\b"
# "Former Secretary of State Madeleine Albright": an office "of" something before the name
OFFICE_OF = (rf"(?:{NAME_RUN}[ \t]+)?(?:Secretary|Minister|Governor|President|Director|Chairman|Chairwoman|Chair|Head"
             rf"|Mayor|Speaker|Leader|Ambassador|Attorney[ \t]+General|Secretary-General)[ \t]+of[ \t]+(?:the[ \t]+)?"
             rf"{NAME_RUN}")
# "Or, as Tom Ridge, a former secretary, put it": a conjunction opening a sentence is nobody's name
NOT_A_CONJUNCTION = r"(?!(?:Or|And|But|So|As|If|When|While|Yet|Then|Because|Though|Although)\b)"
WHO = (rf"(?P<who>{PRONOUN}|{INSTITUTION}|{DESCRIPTION}|{COUNTRY_ROLE}|{TITLED_NAME}|{POSSESSIVE_DESCRIPTION}|{OFFICE_OF}"
       rf"|{NOT_A_CONJUNCTION}{NAME_RUN}(?!'s|’s))")
ADVERBS = (r"(?:[ \t]+(?:also|then|later|further|again|previously|earlier|once|simply|had|has|have|would|will|"
           r"is|was|himself|herself|[a-z]{2,12}ly|(?:on[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
           r"|Sunday|today|yesterday)(?:[ \t]+(?:morning|afternoon|evening|night))?)){0,3}")
# ", the envoy,", " (D-Vt.)", " of the American Enterprise Institute"
# a full stop inside an apposition only after an initial or a title ("under George W. Bush", "Sen. Cruz")
APPOSITION_CHAR = r"(?:[^,.;\"“”«»]|,(?=[ \t]+[A-Z][a-z]{1,4}\.,)|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.(?=,)|(?<=\b[A-Z][a-z]{2})\.(?=,)|(?<=\b[A-Z][a-z]{3})\.(?=,)|(?<=\bSen)\.|(?<=\bGov)\.|(?<=\bRep)\.|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bDr)\.)"
# ", R-Ky.,": a party and a state, abbreviated with full stops
PARTY_STATE = r"[ \t]*,[ \t]*[RDI]-[A-Z][A-Za-z.]{1,8},"
# appositions in a row share their commas: ", 30, of Raleigh, N.C., who was among those polled,"; the first in a
# row never opens with a name ("Of Carson, Levine, who has given money to Rubio, said" is Levine's), a later one
# may be a place (", who lives outside the state capital, Sacramento,")
NOT_A_NAME_NEXT = r"(?=[ \t]*(?:[a-z\d]|[A-Z]\.))"
APPOSITION = (r"(?:" + PARTY_STATE + r"|[ \t]*,(?:" + NOT_A_NAME_NEXT + APPOSITION_CHAR + r"{1,160}+(?:,(?:"
              + NOT_A_NAME_NEXT + APPOSITION_CHAR + r"{1,160}+|[ \t]*[A-Z][a-z]+(?=,))){0,3}|" + APPOSITION_CHAR
              + r"{1,160}+),|[ \t]*\([^()\"“”]{1,60}\)"
              r"|[ \t]+(?:of|from|at)[ \t]+(?:the[ \t]+)?[A-Z][^,.;\"“”«»]{1,60}?(?=[ \t]+[a-z]|,)){0,3}")
LEAD_IN = r"^[\s,;:'’”\"]*[\-–—]*[ \t]*"  # a closing mark's remnant: the NYT's '' closes as two marks
DAY_WORD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July" \
           r"|August|September|October|November|December)\b"
TIME_AFTER_VERB = r"(?:[ \t]+(?:on[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?"

SUBJECT_THEN_VERB = re.compile(LEAD_IN + WHO + APPOSITION + ADVERBS + rf"[ \t]+{SPEECH_VERB}\b")
# '"…" in the 2008 primary, said X': a short phrase may stand between the quotation and a verb-first attribution
VERB_FIRST = (rf"(?:(?:also|then|later|further|again)[ \t]+)?(?P<verb>(?i:{SPEECH_VERB}))"
              + TIME_AFTER_VERB + rf"[ \t]+{WHO}")
# (a full stop in it only after a title or an initial: '"…" to Mr. Sanders, said X')
PHRASE_CHAR = r"(?:[^,.!?\"“”«»]|(?<=\b(?:Mr|Ms|Dr|Jr|Sr|St))\.|(?<=\bMrs)\.|(?<=\b[A-Z])\.)"
VERB_THEN_SUBJECT = re.compile(LEAD_IN + rf"(?:[a-z]{PHRASE_CHAR}{{0,110}},[ \t]*)?" + VERB_FIRST)
# the verb right after the quotation: '"…," said Kirby, referring to …' is not '"…," said Kirby, (referring to …)'
VERB_RIGHT_AFTER = re.compile(LEAD_IN + VERB_FIRST)
# '"…" that would respond to requests, Justice Department counsel Ada Lorne said': the quoted sentence runs on
# a little before its subject-first attribution
SUBJECT_THEN_VERB_AFTER_A_PHRASE = re.compile(LEAD_IN + rf"[a-z]{PHRASE_CHAR}{{0,110}},[ \t]*" + WHO + APPOSITION
                                              + ADVERBS + rf"[ \t]+{SPEECH_VERB}\b")
ANY_VERB_AFTER = re.compile(r"^[\s'’”\"]*(?P<who>" + NAME_RUN + r")[ \t]+[a-z]{3,}ed(?:[ \t]+(?:back|on|up))?[ \t]*[.,]")
SENTENCE_END_ATTRIBUTION = re.compile(r",[ \t]*(?P<who>" + NAME_RUN + rf")[ \t]+{SPEECH_VERB}[.!?]?[\s\"”’]*$")
# a comma before the verb only after a parenthesis ("Gov. Ann Lee (R-OH), said"): "X, who met Lee, said" is X's
SUBJECT_AT_END = re.compile(r"(?<![\w'’\-])" + WHO + APPOSITION + ADVERBS + r"(?:(?<=\)),)?[ \t]*$")
SPEECH_VERB_RE = re.compile(rf"\b(?:{SPEECH_VERB}|Said|Says)\b")
ACCORDING_TO = re.compile(rf"\b[Aa]ccording[ \t]+to[ \t]+{WHO}")
# "said the ambassador of France, Nicolas de Rivière": the name in apposition says who
# "said American Unity Fund president Margaret Hoover": a description right before a name is the name's title
NAMED_APPOSITION = re.compile(rf"^(?:(?:[ \t]+(?:of|to|from|for|at)[ \t]+[^,.;\"“”]{{1,60}})?,[ \t]*"
                              rf"|[ \t]+(?=[A-Z][a-z])(?!{DAY_WORD}))(?P<name>{NAME_RUN})")
WORDS_OF = re.compile(rf"\b(?:(?:words|remarks|comments|statement|quote)\s+(?:of|by|from)|came\s+from)\s+{WHO}")
COLON_INTRO = re.compile(rf"(?:^|[\-–—][ \t]+)[\s\-–—•*]*(?P<who>{NAME_RUN})(?:[ \t]*\([^()]{{1,30}}\))?"
                         rf"(?:[ \t]*,(?:(?![ \t][\-–—][ \t])[^,:;\"“”]){{1,60}})?[ \t]*:[ \t]*$")
# "… doesn't surprise Republican pollster Daron Shaw: "…"": a titled name just before the colon
TITLED_COLON = re.compile(rf"\b(?P<who>(?:[a-z][\w\-]*[ \t]+){{0,2}}{PERSON_NOUNS}[ \t]+{NAME_RUN})[ \t]*:[ \t]*$")
# a full stop ends a sentence, but not after an initial, a title or an abbreviated month ("on Oct. 2")
ABBREVIATIONS = ("Mr", "Ms", "Mrs", "Dr", "St", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
                 "Oct", "Nov", "Dec", "Gen", "Prof", "Amb", "Rep", "Sen", "Gov", "Lt", "Col", "Gov", "Jr", "Sr")
# (one look back per length of abbreviation, not one per abbreviation: it is tried at every full stop)
NOT_AFTER_AN_ABBREVIATION = "".join(
    rf"(?<!\b(?:{'|'.join(sorted(a for a in set(ABBREVIATIONS) if len(a) == n))})[.!?])"
    for n in sorted({len(a) for a in ABBREVIATIONS}))
SENTENCE_END = re.compile(r"[.!?](?<!\b[A-Z][.!?])" + NOT_AFTER_AN_ABBREVIATION
                          + r"[\"”’»)']*\s+(?=[\"“«‘'(]?[A-Z0-9]|$)")  # at the end: the quotation opens the next one
# a sentence's subject after an opening phrase ("In an interview last year, X …", "Speaking on Monday, X …")
CLAUSE_SUBJECT = re.compile(r"[\s\-–—]*(?:(?:But|And|Or|So|Yet)[ \t]+(?:then[ \t]+)?)?"
                            r"(?:(?:[A-Z][a-z]+ing|In|At|On|After|Before|During|When|While|As|Earlier|Later|Last|Asked"
                            r"|Here|There|Now|Today|Yesterday|Meanwhile|Still|Instead|Then|Also|However|Separately"
                            r"|Afterwards?|Again|Since|Following|Despite|Throughout"
                            r"|Amid|From|With|Without|Under|Upon|By|For|Like|Unlike|Back)\b[^\"“”.!?]{0,120}?,[ \t]*"
                            r"|[A-Za-z][a-z]*(?:[ \t]+[a-z]+){1,3},[ \t]*)?"  # "Hours later, …", "But a day later, …"
                            r"(?:\d+-year-old[ \t]+)?"
                            + WHO + APPOSITION + r"[ \t]+[a-z]")
MAX_WORDS_FROM_VERB = 22  # 'X said Thursday in an interview with CNN that "…"'
MAX_WORDS_OF_REPORTED_SPEECH = 45  # 'X said that support for the plan among … should show that it is "…"'
# a clause of someone else's between the verb and the quotation: "where protesters gathered, chanting"
OTHER_CLAUSE = re.compile(r"\b(?:who|which|where|whom|whose|while|when|as|because|after|before)\b|[;:(]|\w+ing\b")


def too_far_from_verb(between: str) -> bool:
    """Whether a quotation stands too far after the verb to be what its subject said: a few words always do;
    reported speech that runs on ('said that … "…"') does, up to a limit, when no one else's clause comes in."""
    words = len(between.split())
    if words <= MAX_WORDS_FROM_VERB:
        return False
    return words > MAX_WORDS_OF_REPORTED_SPEECH or bool(OTHER_CLAUSE.search(between))

Kind = Literal["pronoun", "description", "institution", "name", "known"]  # known: a name the text gave before


@dataclass(frozen=True)
class Cue:
    who: str  # the words that name the speaker, as written
    offset: int  # where they stand in the text the rule was given
    kind: Kind


# "a reporter for Agence France-Presse called it": a name a preposition governs is not the verb's subject
GOVERNED_NAME = re.compile(r"\b(?:for|of|at|with)[ \t]+(?:the[ \t]+)?$")


# a name, a comma, then what the person is, up to the organization it names (the closing comma left out)
UNCLOSED_APPOSITION = re.compile(rf"(?:^|[.;:]\s+|\b(?:and|but)\s+)(?P<name>{NAME_RUN}),[ \t]+[a-z][^,;:\"“”]{{0,120}}$")


def _cue(m: re.Match, base: int = 0) -> Cue:
    who = m.group("who")
    opens_match = not m.string[m.start():m.start("who")].strip()  # not "the words of X", whose "of" is the cue's
    if who[:1].isupper() and opens_match and GOVERNED_NAME.search(m.string, max(0, m.start() - 10), m.start()):
        named = UNCLOSED_APPOSITION.search(m.string, max(0, m.start("who") - 160), m.start("who"))
        if named:  # "Sam Lau, the communications director for the Iowa Democratic Party said"
            return Cue(named.group("name"), base + named.start("name"), "name")
        return Cue(who, base + m.start("who"), "institution")  # someone described, never named
    kind: Kind = ("pronoun" if re.fullmatch(PRONOUN, who) else "institution" if re.fullmatch(INSTITUTION, who)
                  else "description" if re.fullmatch(DESCRIPTION, who) or re.fullmatch(COUNTRY_ROLE, who)
                  or re.fullmatch(POSSESSIVE_DESCRIPTION, who) else "name")
    return Cue(who, base + m.start("who"), kind)


def with_named_apposition(cue: Cue, text: str) -> Cue:
    """'said the ambassador of France, Nicolas de Rivière', 'A top strategist, John Weaver, said': a description
    followed by the name takes the name."""
    if cue.kind != "description":
        return cue
    named = NAMED_APPOSITION.match(text[cue.offset + len(cue.who):])
    if not named:
        return cue
    return Cue(named.group("name"), cue.offset + len(cue.who) + named.start("name"), "name")


def said_after(after: str) -> Cue | None:
    """`"…," Zhang said.` / `"…," said Zhang.` / `"…" – said Nebenzia.`: the attribution right after the
    closing mark, subject first or verb first."""
    window = after[:WINDOW]
    for pattern in (VERB_THEN_SUBJECT, SUBJECT_THEN_VERB, SUBJECT_THEN_VERB_AFTER_A_PHRASE):
        if pattern is SUBJECT_THEN_VERB_AFTER_A_PHRASE and not re.search(r",[ \t]+\S", window[:120]):
            break  # no phrase ends before a subject: the common case, checked cheaply
        m = pattern.match(window)
        if m and pattern is VERB_THEN_SUBJECT and m.group("verb").split()[0].endswith("ing"):
            m = VERB_RIGHT_AFTER.match(window)  # the phrase before took the attribution itself
        if m and re.match(r"[^\S\n]*:", window[m.end():]):
            return None  # '"…." The candidate reiterated: "…"': a verb before a colon introduces what follows
        if m and not (pattern is VERB_THEN_SUBJECT and m.group("verb").split()[0].endswith("ing")):
            return with_named_apposition(_cue(m), window)  # '"…," referring to X' is not an attribution
    return None


# what opens a reported clause after a verb of saying: '… Ada Lorne said the plan would fail', '… said that'
REPORTED_CLAUSE = re.compile(r"[ \t]+(?:(?:that|the|a|an|he|she|it|they|we|I|his|her|their|its|this|these|there)\b"
                             r"|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*[ \t]+(?!(?:on|in|at|to|for|during|after|before|last"
                             r"|this|from|with|about|of)\b)[a-z]{2,})")


def said_after_a_full_stop(after: str) -> Cue | None:
    """`"… in the region." Zhang said.`: after a quotation that ends its own sentence, the next sentence is its
    attribution only if it says who spoke and no more; `"…." Ada Lorne said the plan would fail` opens a statement
    of its own."""
    cue = said_after(after)
    m = SUBJECT_THEN_VERB.match(after[:WINDOW]) if cue else None
    if m and REPORTED_CLAUSE.match(after, m.end()):
        return None
    return cue


def said_after_any_verb(after: str) -> Cue | None:
    """`"…," Oliver barked.`: a name and any verb in the past tense closing the sentence right after the
    quotation is its attribution, whatever the verb."""
    m = ANY_VERB_AFTER.match(after[:WINDOW])
    return _cue(m) if m else None


OTHER_CLAUSE_OPENER = re.compile(r"\b(?:after|before|when|while|as|because|since|if|although|though|until|whether|"
                                 r"that)\b")


def said_after_a_long_title(after: str) -> Cue | None:
    """`"…," Fight for $15 organizing director Kendall Fells told Fox News.`: the sentence after the quotation
    is its attribution, a name right before the verb, after words that only say who the person is."""
    sentence = first_sentence(after[:WINDOW])
    verb = SPEECH_VERB_RE.search(sentence)
    if not verb or verb.group().split()[0].endswith("ing"):
        return None
    head = sentence[:verb.start()]
    m = SUBJECT_AT_END.search(head, max(0, len(head) - 200))
    if not m or not re.fullmatch(r"[\s,;:'’”\"\-–—]*[^,.;:!?\"“”]{0,60}", head[:m.start()]) or \
            OTHER_CLAUSE_OPENER.search(head[:m.start()]):
        return None  # '"…," after Clinton spokesman Brian Fallon expressed': another clause's subject
    cue = _cue(m)
    return cue if cue.kind == "name" and " " in cue.who.strip() else None


# '"…," Katie Packer, who is chairman of Our Principles PAC said': the apposition's closing comma left out
UNCLOSED_APPOSITION_AFTER = re.compile(LEAD_IN + rf"(?P<who>{NAME_RUN}),[ \t]+(?:who|the|an?|[a-z]+)\b"
                                       rf"[^,;:!?\"“”«»]{{0,120}}?[ \t]+(?P<verb>{SPEECH_VERB})\b")


# '"…," another friend, Mariam Emara told CNN': the name in apposition to a description, its closing comma left out
DESCRIBED_NAME_AFTER = re.compile(LEAD_IN + rf"{DESCRIPTION},[ \t]*(?P<who>{NAME_RUN})" + ADVERBS
                                  + rf"[ \t]+(?P<verb>{SPEECH_VERB})\b")


def said_after_unclosed_apposition(after: str) -> Cue | None:
    """`"…," Nate Silver, the polling guru who founded fivethirtyeight.com tweeted.` / `"…," another friend, Ada
    Lorne told CNN.`: a full name and what the person is, with the apposition's closing comma left out, before
    the verb; the name is the verb's subject."""
    m = UNCLOSED_APPOSITION_AFTER.match(after[:WINDOW]) or DESCRIBED_NAME_AFTER.match(after[:WINDOW])
    if not m or m.group("verb").endswith("ing") or " " not in m.group("who").strip() \
            or SENTENCE_END.search(after, m.end("who"), m.start("verb") + 1):
        return None
    return _cue(m)


def said_at_sentence_end(after: str) -> Cue | None:
    """`"We are horrified" by the shooting, Nefzi said.`: the sentence the quotation opens ends with its
    attribution after a comma."""
    sentence = first_sentence(after[:WINDOW])
    m = SENTENCE_END_ATTRIBUTION.search(sentence)
    return _cue(m) if m else None


def said_before(before: str) -> Cue | None:
    """`Zhang said: "…"` / `Zhang told reporters that "…"` / `Zhang, the envoy, warned, "…"`: the last speech
    verb of the sentence that opens the quotation, at most a few words before it, and its subject. A verb
    in -ing after a comma (`…, saying "…"`) speaks for the sentence's subject."""
    window = clause_before(before)
    verbs = list(SPEECH_VERB_RE.finditer(window))
    if not verbs or too_far_from_verb(window[verbs[-1].end():]):
        return None
    verb = verbs[-1]
    if verb.group().split()[0].endswith("ing"):  # "…, saying", "issued a statement saying": no subject of its own
        # "Spicer said, adding, "…"": the subject of the verb it follows, else of the sentence
        for earlier in reversed(verbs[:-1]):
            head = window[:earlier.start()]
            m = SUBJECT_AT_END.search(head, max(0, len(head) - 200))
            if m:
                return with_named_apposition(_cue(m), head)
            inverted = VERB_THEN_SUBJECT.match(window, earlier.start())  # '"…," said Skelly, explaining: "…"'
            if inverted:
                return _cue(inverted)
        return clause_subject(window, verb.start(), participle=True)
    head = window[:verb.start()]
    m = SUBJECT_AT_END.search(head, max(0, len(head) - 200))
    if m:
        return with_named_apposition(_cue(m), head)
    inverted = VERB_THEN_SUBJECT.match(window[verb.start():])  # 'as said Zhang, "…"', not 'said Trump had "…"'
    rest = window[verb.start() + inverted.end():] if inverted else ""
    # "… record, said she “isn't going to …”": a pronoun after the verb opens the reported clause
    # "Said Ada Lorne, who grew up with him, "…"": what the person is may stand between
    if inverted and inverted.group("who")[0].isupper():
        rest = re.sub(r"^" + APPOSITION, "", rest)
    if inverted and re.fullmatch(r"[\s,:]*", rest) and (re.search(r"[,:]", rest) or inverted.group("who")[0].isupper()):
        return _cue(inverted, verb.start())
    return clause_subject(window, verb.start())


def clause_subject(clause: str, verb_at: int, participle: bool = False) -> Cue | None:
    """`Carson did not name them, but told his supporters, "…"`: the speech verb's subject opens the sentence,
    when nothing between could be a subject of its own (no 'who said'; for a finite verb, no second name)."""
    head = clause[:verb_at]
    if re.search(r"\b(?:who|which|that|whom|whose)\s+$", head):
        return None
    m = CLAUSE_SUBJECT.match(head)
    if not m or not participle and re.search(rf"\b{PRONOUN}", head[m.end():]) or names_a_kind(head, m.end() - 1):
        return None
    cue = with_named_apposition(_cue(m), head)
    # a capitalized word opening a sentence ("Hours later, …") is a name only if the text named that person
    return Cue(cue.who, cue.offset, "known") if cue.kind == "name" and " " not in cue.who.strip() else cue


def names_a_kind(text: str, at: int) -> bool:
    """'White House officials say', 'Trump aides said': a name before a noun for people only says which
    people; whoever speaks is not named."""
    word = re.match(r"[a-z][\w\-]*", text[at:])
    return bool(word) and (word.group().casefold() in GROUP_WORDS or bool(re.fullmatch(PERSON_NOUNS + "s?", word.group())))


def according_to(text: str) -> Cue | None:
    """`According to Zhang, "…"` or `"…," according to Zhang.`"""
    m = ACCORDING_TO.search(text[:WINDOW])
    return _cue(m) if m else None


def colon_introduction(before: str) -> Cue | None:
    """`Joel Pollak, Breitbart: "…"`: a name (and who they are) before a colon opens the quotation."""
    clause = clause_before(before)
    m = COLON_INTRO.search(clause, max(0, len(clause) - 120)) or TITLED_COLON.search(clause, max(0, len(clause) - 120))
    return _cue(m) if m else None


def clause_colon(before: str) -> Cue | None:
    """`Clinton has since apologized for what happened: "…"`: a sentence about one person, ending with a colon
    that opens the quotation, introduces that person's words (no one else named or pronoun in it)."""
    clause = clause_before(before)
    if not re.search(r":[ \t]*$", clause):
        return None
    m = CLAUSE_SUBJECT.match(clause)
    if not m or re.search(rf"\b{PRONOUN}|\b[A-Z][a-z]+[ \t]+[A-Z]", clause[m.end():]):
        return None
    cue = with_named_apposition(_cue(m), clause)
    if cue.kind == "name" and not looks_like_name(split_title(cue.who).name):
        return None  # "The plan had three parts:"
    return Cue(cue.who, cue.offset, "known") if cue.kind == "name" and " " not in cue.who.strip() else cue


# "in a statement", "in an email to supporters", "on Twitter": where a statement was made, which the quotation gives
STATEMENT_PLACE = (r"(?:in|on)[ \t]+(?:(?:a|an|his|her|their|its)[ \t]+(?:[\w\-]+[ \t]+){0,2}(?:statement|email|e-mail"
                   r"|release|post|tweet|message|letter|memo)|Twitter|Facebook|Instagram)\b")
# "… tweeted a warning.", "… issued the following statement."
STATEMENT_OBJECT_NOUN = (r"(?:a|an|the[ \t]+following|this)[ \t]+(?:[\w\-]+[ \t]+)?(?:warning|statement|message|response"
                         r"|reply|tweet)\b")
STATEMENT_BEFORE = re.compile(r"^[ \t]*(?:" + WHO + APPOSITION + r"|(?P<unclosed>" + NAME_RUN + r"),[ \t]+[a-z]"
                              r"[^,;:!?\"“”«»]{0,120}?)" + ADVERBS + rf"[ \t]+(?:{SPEECH_VERB}|issued|released)[ \t]+"
                              rf"(?:{STATEMENT_PLACE}|{STATEMENT_OBJECT_NOUN})"
                              r"[^.!?\"“”«»]{0,60}\.[ \t]*$")


def said_in_a_statement_before(before: str) -> Cue | None:
    """`Ada Lorne, the party's spokeswoman, said in a statement. "…"`: a sentence that says someone made a
    statement, right before the quotation that opens the next one, introduces that statement."""
    if not before.rstrip().endswith("."):
        return None
    parts = sentences(before)
    if len(parts) < 2 or parts[-1][1].strip():
        return None  # the quotation must open a sentence of its own
    start, sentence = parts[-2]
    m = STATEMENT_BEFORE.match(sentence)
    if not m:
        return None
    if m.group("unclosed"):
        return Cue(m.group("unclosed"), start + m.start("unclosed"), "name")
    cue = _cue(m)
    return Cue(cue.who, start + cue.offset, cue.kind)


# "Trump issued a statement, "…"": a statement given out, the quotation following its noun
STATEMENT_OBJECT = re.compile(r"\b(?:issued|released|put[ \t]+out|posted|sent|gave|delivered)[ \t]+(?:a|an|the[ \t]+"
                              r"following|this|his|her|their)[ \t]+(?:[\w\-]+[ \t]+){0,2}(?:statement|tweet|message"
                              r"|response|reply|post|note|remarks)[ \t]*[,:][ \t]*$")


def issued_a_statement(before: str) -> Cue | None:
    """`Immediately after the attacks, Ada Lorne issued a statement, "…"`: the statement someone gave out is the
    quotation after its noun; the sentence's subject gave it."""
    if not re.search(r"[,:][ \t]*$", before):
        return None
    clause = clause_before(before)
    m = STATEMENT_OBJECT.search(clause)
    return clause_subject(clause, len(clause)) if m else None


def named_next_sentence(after: str) -> Cue | None:
    """`"…." Those were the words of Zhang.` / `"…." Zhang said.`: a quotation closed by its own full stop
    whose speaker the next sentence names."""
    if not re.match(r"^\s+\S", after):
        return None
    sentence = first_sentence(after.strip()[:WINDOW])
    m = SUBJECT_THEN_VERB.match(sentence) or WORDS_OF.search(sentence)
    return _cue(m) if m else None


def clause_before(before: str) -> str:
    """The sentence that the quotation continues: the text before it, from the last sentence end."""
    return _clause_in_window(before[-WINDOW:], len(before) > WINDOW)


@lru_cache(maxsize=256)  # every rule that reads before a quotation asks for it: found once a quotation
def _clause_in_window(window: str, cut: bool) -> str:
    ends = list(SENTENCE_END.finditer(window))
    if ends:
        return window[ends[-1].end():]
    # a window cut inside a word starts at the next one: "…ing Apple" is no name
    return window[window.find(" ") + 1:] if cut else window


@lru_cache(maxsize=256)  # so is the sentence after it
def first_sentence(text: str) -> str:
    m = SENTENCE_END.search(text)
    return text[:m.end()] if m else text


def sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of a text, each with where it starts."""
    out, start = [], 0
    for m in SENTENCE_END.finditer(text):
        out.append((start, text[start: m.end()]))
        start = m.end()
    out.append((start, text[start:]))
    return out
