"""Who said it: people named in the text, and each quotation's speaker.

A careful reader settles a quotation's speaker from the attribution attached to it
(`"…," Zhang said` / `said Zhang` / `The envoy warned: "…"`), resolving pronouns and
descriptions ("she", "the Norwegian envoy") to the person they last pointed at. When
nothing settles it, the speaker is left unknown rather than guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from ..model import Registry
from .lexicon import (
    COUNTRY_WORD, FEMALE_TITLES, MALE_TITLES, NOT_NAME_WORDS, ROLE_NOUN, SPEECH_VERB, TITLES,
    canonical_country, country_forms, longest_first, role_groups,
)
from .quotes import QuoteSpan

UPPER = "".join(chr(c) for c in range(0x41, 0x530) if chr(c).isupper())
# a capitalized word, an initial ("J."), or an abbreviated title; never a sentence's full stop
NAME_WORD = rf"(?:(?:Mr|Ms|Mrs|Dr|St|Jr|Sr|Gen|Prof)\.|[{UPPER}]\.(?:[{UPPER}]\.)*|[{UPPER}][\w'’\-]*)"
PARTICLE = r"(?:de|da|del|della|di|van|von|der|den|la|le|bin|al|el|dos|das|du|ibn|ben)"
NAME_RUN = rf"{NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)*{NAME_WORD}){{0,6}}"
PRONOUN = r"(?:he|she|He|She)\b"  # "said Shehu" is not "said she"
DESCRIPTION = rf"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er)[ \t]+(?:[\w'’.\-]+[ \t]+){{0,3}}?{ROLE_NOUN}\b"
COUNTRY_ROLE = rf"(?:[Tt]he[ \t]+)?{COUNTRY_WORD}(?:'s|’s)?[ \t]+(?:[\w'’\-]+[ \t]+){{0,3}}?{ROLE_NOUN}\b"
ROLE_PHRASE = rf"{COUNTRY_ROLE}|{ROLE_NOUN}[ \t]+of[ \t]+(?:the[ \t]+)?{COUNTRY_WORD}|\b[Aa]n?[ \t]+(?:[\w'’.\-]+[ \t]+){{0,2}}?{ROLE_NOUN}\b"
WHO = rf"(?P<who>{PRONOUN}|{DESCRIPTION}|{COUNTRY_ROLE}|{NAME_RUN})"
ADVERBS = r"(?:[ \t]+(?:also|then|later|further|again|quickly|firmly|repeatedly|previously|earlier|had|has|have|once|simply|flatly|bluntly|\w+ly))*"
APPOSITION = r"(?:[ \t]*,[^,.;\"“”«»]{1,160},|[ \t]*\([^()\"“”]{1,60}\))?"  # ", the envoy," or " (China)"
LEAD_IN = r"^[\s,;:]*[\-–—]*[ \t]*"

INSTITUTION = (r"(?:[Tt]he|[Aa]n?|[Ii]ts)[ \t]+(?:[\w'’\-]+[ \t]+){0,3}?(?:ministry|government|statement|report|resolution"
               r"|council|office|mission|agency|embassy|department|organization|organisation|committee|draft|text"
               r"|letter|communiqué|communique|declaration|press release|authorities|administration|kremlin|white house)\b")
# an institution, not a person, is the attribution: the quotation has no speaker to name
INSTITUTION_CUE = re.compile(LEAD_IN + rf"(?:(?:{SPEECH_VERB})[ \t]+{INSTITUTION}|{INSTITUTION}{APPOSITION}{ADVERBS}[ \t]+{SPEECH_VERB}\b)")
# "said the ambassador of France, Nicolas de Rivière": the name in apposition says who
NAMED_APPOSITION = re.compile(rf"^(?:[ \t]+(?:of|to|from)[ \t]+[^,.;\"“”]{{1,60}})?,[ \t]*(?P<name>{NAME_RUN})")
AFTER_VERB_FIRST = re.compile(LEAD_IN + rf"(?:(?:also|then|later|further|again)[ \t]+)?{SPEECH_VERB}[ \t]+{WHO}")
AFTER_SUBJECT_FIRST = re.compile(LEAD_IN + WHO + APPOSITION + ADVERBS + rf"[ \t]+{SPEECH_VERB}\b")
BEFORE_SUBJECT = re.compile(WHO + APPOSITION + ADVERBS + rf"[ \t]+{SPEECH_VERB}\b")
ACCORDING_TO = re.compile(rf"\b[Aa]ccording to[ \t]+{WHO}")
# a full stop ends a sentence, but not after an initial, a title or an abbreviated month ("on Oct. 2")
ABBREVIATIONS = ("Mr", "Ms", "Mrs", "Dr", "St", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
                 "Oct", "Nov", "Dec", "Gen", "Prof", "Amb", "Rep")
# (the stop comes first and the look-behinds include it: the engine then only stops at a stop, ~10× faster)
SENTENCE_END = re.compile(r"[.!?](?<!\b[A-Z][.!?])" + "".join(rf"(?<!\b{a}[.!?])" for a in ABBREVIATIONS)
                          + r"[\"”’»)]*\s+(?=[\"“«‘(]?[A-Z0-9])")
TRANSCRIPT_TITLE = re.compile(
    r"^(?:(?:(?:Opening|Closing|Concluding|Keynote)\s+)?(?:Remarks|Statement|Speech|Address|Intervention|Explanation of vote"
    r"|Briefing|Press briefing)\b[^\n]*?\bby|(?:Interview|Q&A|Conversation)\s+with)\s+(?P<who>" + NAME_RUN + r")",
)
# the next sentence names the speaker: "Those were the words of X." / "The remarks came from X."
WORDS_OF = re.compile(rf"\b(?:(?:words|remarks|comments|statement)\s+(?:of|by)|came from)\s+{WHO}")
FEMALE_WORDS = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
MALE_WORDS = re.compile(r"\b(?:he|his|him|himself)\b", re.I)


@dataclass
class Person:
    name: str
    forms: set[str] = field(default_factory=set)  # case-folded ways the text may name them
    country: str | None = None
    gender: str | None = None  # "f", "m" or unknown
    registry: bool = False
    roles: set[str] = field(default_factory=set)  # kinds of role (lexicon.ROLE_GROUPS) the text or registry gives
    keys: set[str] = field(default_factory=set)  # the forms with straight apostrophes, as by_form looks them up

    @property
    def unnamed(self) -> bool:
        """'A U.S. spokesperson': someone the text describes but never names."""
        return not self.name

    def add_forms(self, *forms: str) -> None:
        self.forms.update(f.casefold() for f in forms if f)
        self.keys = {f.replace("’", "'") for f in self.forms}


NOBODY = Person("institution")  # an attribution to an institution: a cue that names no person


@dataclass(frozen=True)
class Mention:
    where: tuple[int, int]  # (text index, offset): text 0 is the title, 1… the paragraphs
    person: Person


@dataclass
class Attribution:
    speaker: str | None
    how: str  # "cue", "continuation", "context" or "" when unknown


def _tokens(name: str) -> list[str]:
    return name.replace("’", "'").split()


def strip_title(run: str) -> tuple[str, str | None]:
    """'British Deputy Permanent Representative Eleanor Ashcombe' → ('Eleanor Ashcombe', None);
    'Ms. Ndegwa' → ('Ndegwa', 'f')."""
    words = _tokens(run)
    gender = None
    while words and (words[0].casefold() in TITLES or canonical_country(words[0])):
        low = words[0].casefold()
        gender = "f" if low in FEMALE_TITLES else "m" if low in MALE_TITLES else gender
        words.pop(0)
    while words and words[-1].casefold().endswith("'s"):
        words[-1] = words[-1][:-2]
    return " ".join(words), gender


def looks_like_name(name: str) -> bool:
    words = name.split()
    return bool(words) and all(
        w.casefold().strip(".,") not in NOT_NAME_WORDS and not canonical_country(w) and not w.isupper() or len(w) <= 3 and w.endswith(".")
        for w in words
    ) and not any(ch.isdigit() for ch in name)


class Cast:
    """The people of one article: the registry's, and those the text introduces."""

    def __init__(self, registry: Registry):
        self.people: list[Person] = []
        for s in registry.speakers:
            person = Person(s.name, registry=True, country=(country_forms(s.country) or (None,))[0],
                            roles=set(role_groups(" ".join((s.role, *s.aliases)))))
            person.add_forms(s.name, *s.aliases)
            for alias in s.aliases:
                first = alias.split()[0].casefold()
                person.gender = person.gender or ("f" if first in FEMALE_TITLES else "m" if first in MALE_TITLES else None)
            self.people.append(person)
        self.registry_forms = frozenset(f for p in self.people for f in p.forms)

    def forms_patterns(self) -> list[re.Pattern]:
        registry = _forms_pattern(self.registry_forms)
        introduced = _forms_pattern(frozenset(f for p in self.people if not p.registry for f in p.forms))
        return [p for p in (registry, introduced) if p]

    def by_form(self, text: str) -> list[Person]:
        key = text.casefold().replace("’", "'")
        exact = [p for p in self.people if key in p.keys]
        if exact:
            return exact
        # a bare surname (or the last words of a name) that a person's full name ends with, or starts with
        return [p for p in self.people if len(key) > 2 and (
            p.name.casefold().endswith(" " + key) or p.name.casefold().startswith(key + " "))]

    def introduce(self, name: str, country: str | None, gender: str | None) -> Person:
        person = Person(name, country=country, gender=gender)
        words = name.split()
        person.add_forms(name, words[-1], " ".join(words[-2:]) if len(words) > 2 else "")
        self.people.append(person)
        return person


class Reader:
    """Reads one article's people and attributions, in the order a reader meets them."""

    def __init__(self, title: str, paragraphs: list[str], spans: list[QuoteSpan], registry: Registry):
        self.cast = Cast(registry)
        self.texts = [title, *paragraphs]
        self.spans = spans
        self.masked = [self._mask(0, title, [])] + [
            self._mask(i + 1, p, [s for s in spans if s.paragraph == i]) for i, p in enumerate(paragraphs)
        ]
        self.mentions: list[Mention] = []
        self._find_mentions()

    @staticmethod
    def _mask(_: int, text: str, spans: list[QuoteSpan]) -> str:
        chars = list(text)
        for s in spans:
            for k in range(s.start, min(s.end, len(chars))):
                chars[k] = " "
            # keep a sentence's full stop inside the marks, so sentences still end where they did
            if s.end - 2 > s.start and text[s.end - 2] in ".!?":
                chars[s.end - 2] = text[s.end - 2]
        if not spans:  # the title's own quotation marks hold scare quotes, not names
            return re.sub(r"[\"“”«»]", " ", text)
        return "".join(chars)

    # ---- who is in the text --------------------------------------------------------------

    def _apposition(self, text: str, start: int, end: int) -> tuple[str | None, set[str]]:
        """The country and role of a role phrase beside a name: 'Ghana's envoy, X,' or 'X, the envoy of Russia,'."""
        before = re.split(r"[.;]\s", text[max(0, start - 120): start])[-1]
        after = re.split(r"(?<=[^A-Z])[.;]\s", text[end: end + 120])[0]
        before = before if re.search(r",\s*$", before) else ""  # only a phrase set off by a comma is about X
        after = after.split(",")[1] if re.match(r"\s*,", after) and after.count(",") >= 1 else ""
        country, roles = None, set()
        for window in (before.rsplit(",", 2)[-2] if before.count(",") >= 1 and len(before.rsplit(",", 2)) > 1 else before, after):
            if re.search(ROLE_NOUN, window, re.I):
                roles |= role_groups(window)
                found = re.search(COUNTRY_WORD, window)
                if found and not country:
                    country = canonical_country(found.group(0))
        return country, roles

    def resolve_name(self, run: str, where: tuple[int, int], create: bool, gender_hint: str | None = None,
                     country: str | None = None, roles: set[str] | None = None) -> Person | None:
        name, title_gender = strip_title(run)
        if name.isupper() and len(name) > 3:
            name = name.title()  # "Mr. ZHANG JUN (China)", as UN press releases print speakers
        if not name or not looks_like_name(name):
            # a registry role alias ("China's permanent representative") is still a name for us
            found = self.cast.by_form(run)
            return found[0] if len(found) == 1 else None
        candidates = self.cast.by_form(name) or self.cast.by_form(run)
        if len(candidates) > 1:
            # two people share the name's words: the one the text named last
            recent = self.recent(where, lambda p: p in candidates)
            return recent
        if candidates:
            person = candidates[0]
        elif create and len(name.split()) >= 2:
            person = self.cast.introduce(name, country, title_gender or gender_hint)
        else:
            return None
        if title_gender and not person.gender:
            person.gender = title_gender
        if country and not person.country:
            person.country = country
        person.roles |= roles or set()
        return person

    def _find_mentions(self) -> None:
        found: list[Mention] = []
        for ti, text in enumerate(self.masked):
            if ti and BYLINE.fullmatch(text.strip()):
                continue  # who wrote the article, and for whom: nobody there is speaking
            taken: list[tuple[int, int]] = []
            # the names and aliases we know (the registry's, those the text has introduced), longest first
            for m in _leftmost_longest(text, self.cast.forms_patterns()):
                if m.group(0)[0].islower() and " " not in m.group(0):
                    continue  # a lowercase single word is an ordinary word, not a name
                person = self.resolve_name(m.group(0), (ti, m.start()), create=False)
                if person:
                    found.append(Mention((ti, m.start()), person))
                    taken.append((m.start(), m.end()))
            # names the registry does not know, where a person's name stands
            for m in re.finditer(NAME_RUN, text):
                if any(a <= m.start() < b for a, b in taken) or not self._in_person_slot(text, m.start(), m.end()):
                    continue
                name, _ = strip_title(m.group(0))
                if len(name.split()) < 2 or not looks_like_name(name) or canonical_country(name):
                    continue  # "Sierra Leone" in "…, Sierra Leone's envoy" is a country, not a person
                country, roles = self._apposition(text, m.start(), m.end())
                person = self.resolve_name(m.group(0), (ti, m.start()), create=True, country=country, roles=roles)
                if person:
                    found.append(Mention((ti, m.start() + len(m.group(0)) - len(name)), person))
                    taken.append((m.start(), m.end()))
            found.sort(key=lambda x: x.where)
            self.mentions = found  # role phrases below look up the names found so far
            for m in re.finditer(ROLE_PHRASE, text):
                if any(a <= m.start() < b for a, b in taken):
                    continue
                country = self._country_in(m.group(0))
                person = self.by_country(country, (ti, m.start())) if country else None
                appositive = re.search(r"(?:,|\bas|\bis|\bwas)\s*$", text[max(0, m.start() - 6): m.start()])
                if person is None and not appositive and (country or m.group(0)[0] in "Aa"):
                    # "a U.S. spokesperson", "a Western diplomat": someone described, never named
                    person = Person("", country=country, roles=set(role_groups(m.group(0))))
                if person:
                    found.append(Mention((ti, m.start()), person))
        found.sort(key=lambda x: x.where)
        self.mentions = found
        self._learn_genders()

    @staticmethod
    def _country_in(phrase: str) -> str | None:
        m = re.search(COUNTRY_WORD, phrase)
        return canonical_country(m.group(0)) if m else None

    def _in_person_slot(self, text: str, start: int, end: int) -> bool:
        before, after = text[max(0, start - 60): start], text[end: end + 80]
        run = text[start:end]
        return bool(
            # "X, South Sudan's envoy": a possessive of up to four words ("South Sudan's", "the Central African Republic's")
            re.match(r"\s*,\s*(?:(?:the|a|an|who|whose|(?:[\w.\-]+\s+){0,3}[\w'’.\-]+(?:'s|’s))\b[^,.;]{0,100}" + ROLE_NOUN
                     + r"|who\b)", after, re.I)
            or re.match(ADVERBS + rf"[ \t]+{SPEECH_VERB}\b", after)
            or re.search(rf"\b{SPEECH_VERB}[ \t]*$", before)
            or re.search(ROLE_NOUN + r"[^,.;]{0,60},\s*$", before, re.I)
            or strip_title(run)[0] != run.replace("’", "'") and len(strip_title(run)[0].split()) >= 2
        )

    def by_country(self, country: str | None, where: tuple[int, int]) -> Person | None:
        if not country:
            return None
        people = [p for p in self.cast.people if p.country == country]
        if len(people) == 1:
            return people[0]
        named = [m for m in self.mentions if m.person in people]
        if not named:
            return None
        before = [m for m in named if m.where <= where]
        return (before[-1] if before else named[0]).person

    def recent(self, where: tuple[int, int], accept=lambda p: True) -> Person | None:
        for m in reversed(self.mentions):
            if m.where < where and accept(m.person):
                return m.person
        return None

    def next_named(self, where: tuple[int, int]) -> Person | None:
        return next((m.person for m in self.mentions if m.where > where), None)

    def _learn_genders(self) -> None:
        """'X … her statement': a sentence about one person that uses one gender's pronouns."""
        for ti, text in enumerate(self.masked):
            for sentence_start, sentence in _sentences(text):
                people = {m.person.name: m.person for m in self.mentions
                          if m.where[0] == ti and sentence_start <= m.where[1] < sentence_start + len(sentence)}
                if len(people) != 1:
                    continue
                person = next(iter(people.values()))
                female, male = FEMALE_WORDS.search(sentence), MALE_WORDS.search(sentence)
                if person.gender is None and bool(female) != bool(male):
                    person.gender = "f" if female else "m"

    # ---- who said each quotation ----------------------------------------------------------

    def resolve_who(self, who: str, where: tuple[int, int]) -> Person | None:
        low = who.casefold()
        if low in ("he", "she"):
            gender = "m" if low == "he" else "f"
            person = self.recent(where, lambda p: p.gender in (gender, None))
            if person and person.gender is None:
                person.gender = gender
            return person
        if re.fullmatch(DESCRIPTION, who) or re.fullmatch(COUNTRY_ROLE, who):
            found = self.cast.by_form(who)
            if len(found) == 1:
                return found[0]
            country = self._country_in(who)
            if country:
                return self.by_country(country, where)
            # "the spokesperson" is whoever was last described by that kind of role, named or not
            groups = role_groups(who)
            same_role = self.recent(where, lambda p: bool(p.roles & groups))
            if same_role:
                return same_role
            # else whoever the text was last about, or, at the very start, the one it names next
            return self.recent(where, lambda p: not p.unnamed) or self.next_named(where)
        return self.resolve_name(who, where, create=True)

    def _cue_after(self, text: str, where: tuple[int, int]) -> Person | None:
        if INSTITUTION_CUE.match(text):
            return NOBODY
        for pattern in (AFTER_VERB_FIRST, AFTER_SUBJECT_FIRST):
            m = pattern.match(text)
            if m:
                who = m.group("who")
                named = NAMED_APPOSITION.match(text[m.end("who"):])
                if named and not re.fullmatch(NAME_RUN, who) and looks_like_name(strip_title(named.group("name"))[0]):
                    who = named.group("name")
                person = self.resolve_who(who, where)
                if person:
                    return person
        return None

    def _cue_before(self, text: str, where: tuple[int, int]) -> Person | None:
        sentence = SENTENCE_END.split(text)[-1]
        matches = list(BEFORE_SUBJECT.finditer(sentence)) + list(ACCORDING_TO.finditer(sentence))
        for m in sorted(matches, key=lambda x: x.start(), reverse=True):
            person = self.resolve_who(m.group("who"), where)
            if person:
                return person
        return None

    def _cue_next_sentence(self, text: str, where: tuple[int, int]) -> Person | None:
        """A quotation closed by its own full stop, with the speaker named in the sentence after it."""
        if not re.match(r"^\s+\S", text):
            return None
        sentence = SENTENCE_END.split(text.strip())[0]
        m = BEFORE_SUBJECT.match(sentence) or WORDS_OF.search(sentence)
        return self.resolve_who(m.group("who"), where) if m else None

    def attribute(self) -> list[Attribution]:
        """One Attribution per span, in order (pieces of one quotation share theirs)."""
        spans = self.spans
        result: list[Attribution | None] = [None] * len(spans)
        groups: list[list[int]] = []
        for i, span in enumerate(spans):
            if groups and (spans[i - 1].joined_with_next or span.continued):
                groups[-1].append(i)
            else:
                groups.append([i])
        for group in groups:
            first, last = spans[group[0]], spans[group[-1]]
            para = self.texts[last.paragraph + 1]
            later = [s for s in spans if s.paragraph == last.paragraph and s.start >= last.end]
            after = para[last.end: later[0].start if later else len(para)]
            where_after = (last.paragraph + 1, last.end)
            person = self._cue_after(after, where_after)
            # within an interrupted quotation the attribution sits between the pieces
            for k, j in zip(group, group[1:]):
                if person is None and spans[k].joined_with_next:
                    between = self.texts[spans[k].paragraph + 1][spans[k].end: spans[j].start]
                    person = self._cue_after(between, (spans[k].paragraph + 1, spans[k].end))
            if person is None:
                first_para = self.texts[first.paragraph + 1]
                earlier = [s for s in spans if s.paragraph == first.paragraph and s.end <= first.start]
                before = first_para[earlier[-1].end if earlier else 0: first.start]
                person = self._cue_before(before, (first.paragraph + 1, first.start))
            if person is None:
                person = self._cue_next_sentence(after, where_after)
            if person is NOBODY:
                attribution = Attribution(None, "institution")
            else:
                attribution = Attribution(person.name or None, "cue") if person else None
            for i in group:
                result[i] = attribution
        self._fill_gaps(groups, result)
        return [r or Attribution(None, "") for r in result]

    def _fill_gaps(self, groups: list[list[int]], result: list[Attribution | None]) -> None:
        """A quotation with no attribution of its own: the one beside it in the paragraph, else the context."""
        spans = self.spans
        for gi, group in enumerate(groups):
            if result[group[0]] is not None:
                continue
            first = spans[group[0]]
            found: Attribution | None = None
            prev_group = groups[gi - 1] if gi else None
            next_group = groups[gi + 1] if gi + 1 < len(groups) else None
            if prev_group and result[prev_group[-1]] and spans[prev_group[-1]].paragraph == first.paragraph:
                found = Attribution(result[prev_group[-1]].speaker, "continuation")
            elif next_group and result[next_group[0]] and spans[next_group[0]].paragraph == spans[group[-1]].paragraph:
                gap = self.texts[first.paragraph + 1][spans[group[-1]].end: spans[next_group[0]].start]
                if not re.search(r"[^\W_]", gap):
                    found = Attribution(result[next_group[0]].speaker, "continuation")
            if found is None:
                person = self.recent((first.paragraph + 1, first.start))
                found = Attribution(person.name, "context") if person and not person.unnamed else None
            for i in group:
                result[i] = found

    # ---- whose statement the article is ----------------------------------------------------

    def transcript_speaker(self) -> Person | None:
        """'Remarks by Ambassador X at …': the whole text is X's statement."""
        m = TRANSCRIPT_TITLE.match(self.texts[0])
        if not m:
            return None
        run = re.split(r"\s+(?:at|on|to|before|during|in)\s+", m.group("who"))[0]
        return self.resolve_name(run, (0, m.start("who")), create=True)

    def reported_speaker(self) -> Person | None:
        """The person the opening paragraphs report as speaking, for pieces with no quotation."""
        for ti in range(1, min(4, len(self.masked))):
            for start, sentence in _sentences(self.masked[ti]):
                verb = re.search(rf"\b{SPEECH_VERB}\b", sentence)
                if not verb:
                    continue
                people = [m.person for m in self.mentions
                          if m.where[0] == ti and start <= m.where[1] < start + verb.start() and not m.person.unnamed]
                if people:
                    return people[0]
        return None

    def headline_people(self) -> list[Person]:
        """Those the headline names, by name or by the country they speak for, in its order."""
        title = self.masked[0]
        found = [(m.where[1], m.person) for m in self.mentions if m.where[0] == 0 and not m.person.unnamed]
        for m in re.finditer(COUNTRY_WORD, title):
            country = canonical_country(m.group(0))
            found += [(m.start(), p) for p in self.cast.people if p.country == country]
        return [p for _, p in sorted(found, key=lambda x: x[0])]


# an article's byline, "By Jane Roe, The Daily Example, July 22, 2022": a line of its own, no sentence
BYLINE = re.compile(r"(?:By|From)\s+[A-Z\u00c0-\u024f][^.!?:;\"“”«»]{0,160}")


@lru_cache(maxsize=64)
def _forms_pattern(forms: frozenset[str]) -> re.Pattern | None:
    """One pattern for a set of names and aliases, longest first."""
    if not forms:
        return None
    return re.compile(r"(?<![\w'’])" + longest_first(forms) + r"(?![\w’'])", re.I)


def _leftmost_longest(text: str, patterns: list[re.Pattern]) -> Iterator[re.Match]:
    """The matches one alternation of all the patterns' forms would give: leftmost, then longest.

    The registry's forms make one large pattern that is compiled once (~40 ms); the forms the text
    introduces make a small one that changes as the cast grows, so compiling is cheap."""
    pos = 0
    while True:
        best: re.Match | None = None
        for pattern in patterns:
            m = pattern.search(text, pos)
            if m and (best is None or m.start() < best.start() or m.start() == best.start() and m.end() > best.end()):
                best = m
        if best is None:
            return
        yield best
        pos = best.end()


def _sentences(text: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for m in SENTENCE_END.finditer(text):
        out.append((start, text[start: m.end()]))
        start = m.end()
    out.append((start, text[start:]))
    return out
