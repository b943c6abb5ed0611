"""Who said it: the people an article names, and each quotation's speaker.

A quotation gets a speaker only from evidence a careful reader accepts: an attribution beside it
(`cues.py`), a pronoun or description whose antecedent is the only person it can be in that stretch
of text, or a quotation that plainly continues the one before. A name that merely stands nearby is
no evidence; when nothing settles it, the speaker is left unknown rather than guessed.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterator

from ..model import Registry
from . import cues
from .cues import Cue, sentences
from .lexicon import (
    COUNTRY_WORD, FEMALE_TITLES, MALE_TITLES, SPEECH_VERB, canonical_country, country_forms, longest_first,
    role_groups,
)
from .names import (
    NAME_RUN_RE, ROLE_TITLES, Name, given_name, has_suffix, is_body, looks_like_name, split_title, surname,
)
from .quotes import QuoteSpan

PRONOUN_WINDOW = 3  # paragraphs back that a pronoun or description may reach
PERSON_TITLES = ROLE_TITLES - {"the", "a", "an", "of", "by", "and", "his", "her", "state", "high", "first", "un", "u.n."}
SUBJECT_AFTER = re.compile(cues.APPOSITION + cues.ADVERBS + rf"[ \t]+{SPEECH_VERB}\b")
COUNTRY_AFTER = re.compile(rf"\s*(?:,\s*(?:the\s+)?|\(\s*)(?P<c>{COUNTRY_WORD})(?:'s|’s)?(?:\s*\)|\s+[\w\-]+)")
COUNTRY_BEFORE = re.compile(rf"(?P<c>{COUNTRY_WORD})(?:'s|’s)\s+[^,.;\"“”]{{0,80}},\s*$")
GOVERNED = re.compile(r"\b(?:of|for|at|from|with|to|by|in|on|about|against)\s+(?:the\s+)?$", re.I)
FEMALE_RELATIVES = {"wife", "mother", "daughter", "sister", "widow", "niece", "granddaughter", "woman", "girl",
                    "aunt", "grandmother"}
MALE_RELATIVES = {"husband", "father", "son", "brother", "widower", "nephew", "grandson", "man", "boy", "uncle",
                  "grandfather"}
# "his wife", "a woman", "the girl's father": a person the text does not name, of a known gender
RELATIVE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Tt]he)[ \t]+(?:[a-z\-]+[ \t]+)?(?P<noun>"
                      + "|".join(sorted(FEMALE_RELATIVES | MALE_RELATIVES)) + r")\b")
ROLE_AFTER = re.compile(rf",[ \t]+(?:the|a|an|its|his|her)?[ \t]*(?:[\w'’\-]+[ \t]+){{0,4}}?(?P<noun>{cues.PERSON_NOUNS})[,.]")
SUBORDINATOR = re.compile(r"[\s\"“‘(]*(?:When|While|After|Before|As|Although|Though|If|Because|Since|Once|Until|"
                          r"Whereas|Unless)\b")
SPEECH_VERB_WORD = r"(?:said|says|told|tells|added|adds|wrote|writes|asked|argued|noted|explained)\b"
INTRODUCTORY = re.compile(r"[A-Z][a-z]+ing$|(?:In|At|On|After|During|Despite|Like|Unlike|With|Without|For|From|"
                          r"Following|Speaking|Asked|Pressed|Appearing|Earlier|Later)$")
EMBEDDED = re.compile(r"\b(?:that|whether)\s+(?:[\w'’\-]+\s+){0,3}$")
SPEAKING_NOUNS = re.compile(r"\b(?:statement|remarks|speech|address|testimony|interview|briefing|words)\b", re.I)
FEMALE_WORDS = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
MALE_WORDS = re.compile(r"\b(?:he|his|him|himself)\b", re.I)
TRANSCRIPT_TITLE = re.compile(
    r"^(?i:(?:(?:Opening|Closing|Concluding|Keynote)\s+)?(?:Remarks|Statement|Speech|Address|Intervention"
    r"|Explanation\s+of\s+(?:the\s+)?vote|Briefing|Press\s+briefing)\b[^\n]{0,120}?\bby|(?:Interview|Q&A|Conversation)"
    r"\s+with)\s+(?P<who>" + cues.NAME_RUN + r")")
# the title of an official transcript, with or without "by X" after it
TRANSCRIPT_KIND = re.compile(r"(?i:(?:(?:opening|closing|concluding|keynote)\s+)?(?:remarks|statement|speech|address|intervention"
                             r"|explanation\s+of\s+(?:the\s+)?vote|briefing|press\s+briefing))\b")
# an article's byline, "By Jane Roe, The Daily Example, July 22, 2022": a line of its own, no sentence
BYLINE = re.compile(r"(?:By|From)\s+[A-Z\u00c0-\u024f][^.!?:;\"“”«»]{0,160}")


@dataclass(eq=False)
class Person:
    name: str
    forms: set[str] = field(default_factory=set)  # case-folded ways the text may name them
    country: str | None = None
    gender: str | None = None  # "f", "m" or unknown: from a title, or the pronouns of a sentence about them
    given: str | None = None  # what the first name says: "m", "f", "?" (a given name of either), None
    registry: bool = False
    body: bool = False  # a named organization ("Fox News"), quoted as a whole
    titles: set[str] = field(default_factory=set)  # words that stood before the name, case-folded

    def add_forms(self, *forms: str) -> None:
        self.forms.update(_key(f) for f in forms if f)


NOBODY = Person("")  # an attribution to an unnamed institution or person: nobody to name


@dataclass(frozen=True)
class Mention:
    where: tuple[int, int]  # (text index, offset): text 0 is the title, 1… the paragraphs
    person: Person
    subject: bool  # the person speaks, or opens the sentence
    speaks: bool = False  # the subject of a verb of saying, or a quotation's speaker


@dataclass
class Attribution:
    speaker: str | None
    # "cue" (named beside it), "pronoun" or "description" (resolved), "continuation", "institution",
    # or "" when unknown
    how: str

    @property
    def inferred(self) -> bool:
        """Given to a speaker the words beside it do not name: the curator is asked to confirm."""
        return bool(self.speaker) and self.how in ("pronoun", "description", "continuation")


def _key(text: str) -> str:
    return text.casefold().replace("’", "'")


class Cast:
    """The people of one article: the registry's, and those the text introduces."""

    def __init__(self, registry: Registry):
        self.people: list[Person] = []
        self.by_key: dict[str, list[Person]] = {}
        self.by_tail: dict[str, Person] = {}  # the last words (two or more) of each full name the text gave
        for s in registry.speakers:
            person = Person(s.name, registry=True, country=(country_forms(s.country) or (None,))[0])
            person.titles.update(w.casefold() for w in s.role.split())
            for alias in s.aliases:
                first = alias.split()[0].casefold() if alias.split() else ""
                person.gender = person.gender or ("f" if first in FEMALE_TITLES else "m" if first in MALE_TITLES
                                                  else None)
            self._add(person, s.name, *s.aliases)
        self.pattern = _forms_pattern(frozenset(k for k in self.by_key if k))

    def _add(self, person: Person, *forms: str) -> None:
        person.add_forms(*forms)
        self.people.append(person)
        for key in person.forms:
            self.by_key.setdefault(key, []).append(person)

    def named(self, text: str) -> list[Person]:
        return self.by_key.get(_key(text), [])

    def introduce(self, name: Name, body: bool = False) -> Person:
        person = Person(name.name, gender=name.gender, body=body, titles=set(name.titles),
                        given=None if body else given_name(name.name))
        self._add(person, name.name, "" if body else surname(name.name))
        words = _key(name.name).split()
        for k in range(1, len(words) - 1) if not body else ():
            self.by_tail.setdefault(" ".join(words[k:]), person)
        return person

    def same_full_name(self, name: str) -> Person | None:
        """'Wife Huma Abedin' after 'Huma Abedin' (or before it): one person, named with a word more.
        Looked up by the name's last words, never by going through everyone."""
        words = _key(name).split()
        if len(words) < 2:
            return None
        shorter = (p for k in range(1, len(words) - 1) for p in self.named(" ".join(words[k:]))
                   if not p.body and len(p.name.split()) >= 2)
        return next(shorter, None) or self.by_tail.get(" ".join(words))


class Reader:
    """Reads one article's people and attributions, in the order a reader meets them."""

    def __init__(self, title: str, paragraphs: list[str], spans: list[QuoteSpan], registry: Registry):
        self.cast = Cast(registry)
        self.texts = [title, *paragraphs]
        self.spans = spans
        by_paragraph: dict[int, list[QuoteSpan]] = {}
        for s in spans:
            by_paragraph.setdefault(s.paragraph, []).append(s)
        self.masked = [_mask(title, [])] + [_mask(p, by_paragraph.get(i, [])) for i, p in enumerate(paragraphs)]
        self._index_spans(by_paragraph)
        self._quoted_paragraphs = set(by_paragraph)
        # paragraphs that are quotation and nothing else (looked at once, not once per quotation)
        self._all_quotation = [not re.search(r"[^\W_]", t) for t in self.masked]
        self.said_by: list[tuple[tuple[int, int], Person]] = []  # in text order: looked up by bisection
        self.counts: dict[int, int] = {}  # mentions of each person (by id), for surnames several people share
        self.mentions: list[list[Mention]] = [[]]
        for ti in range(1, len(self.masked)):
            self.mentions.append(self._find_mentions(ti, self.masked[ti], create=not in_headline_case(self.masked[ti])))
        # a headline's capitalized words are mostly not names: it only names people the text names
        self.mentions[0] = self._find_mentions(0, self.masked[0], create=False)
        self.mentioned = {id(m.person) for ms in self.mentions for m in ms}
        self.speaking = {id(m.person) for ms in self.mentions for m in ms if m.speaks}
        self._learn_genders()

    def _index_spans(self, by_paragraph: dict[int, list[QuoteSpan]]) -> None:
        """Each span's neighbours in its paragraph, so that no lookup goes through every span."""
        position = {id(s): k for spans in by_paragraph.values() for k, s in enumerate(spans)}
        self._next: dict[int, QuoteSpan | None] = {}
        self._prev: dict[int, QuoteSpan | None] = {}
        for s in self.spans:
            siblings, k = by_paragraph[s.paragraph], position[id(s)]
            self._next[id(s)] = siblings[k + 1] if k + 1 < len(siblings) else None
            self._prev[id(s)] = siblings[k - 1] if k else None

    # ---- who is in the text --------------------------------------------------------------

    def _find_mentions(self, ti: int, text: str, create: bool) -> list[Mention]:
        """Registry names and aliases, and the names the text gives, in one pass over the text."""
        if ti and BYLINE.fullmatch(text.strip()):
            return []  # who wrote the article, and for whom: nobody there is speaking
        found: list[Mention] = []
        taken_until = previous_end = -1
        for start, end, person in self._names_in(ti, text, create):
            if start < taken_until:
                continue
            taken_until = end
            subject, speaks = _subject_and_speaker(text, start, end, found, previous_end)
            previous_end = end
            found.append(Mention((ti, start), person, subject, speaks))
            self.counts[id(person)] = self.counts.get(id(person), 0) + 1
            self._learn_apposition(person, text, start, end)
        return self._with_described_subjects(ti, text, found)

    def _with_described_subjects(self, ti: int, text: str, found: list[Mention]) -> list[Mention]:
        """'The radio host has filled his speeches for Cruz. He …': a sentence whose subject is a description
        is about someone, named or not, so a pronoun after it cannot go to a name mentioned in passing.
        So is 'his wife, Jane,' anywhere: a woman the pronoun 'she' may stand for."""
        described = []
        for start, sentence in sentences(text):
            m = DESCRIBED_SUBJECT.match(sentence)
            if m and not self.cast.named(m.group("who")) and not cues.NAMED_APPOSITION.match(sentence[m.end():]):
                unnamed = Person("", titles={w.casefold() for w in m.group("who").split()}, forms={m.group("who")})
                described.append(Mention((ti, start + m.start("who")), unnamed, True))
        for m in RELATIVE.finditer(text):
            if not any(d.where[1] == m.start() for d in described) and not cues.NAMED_APPOSITION.match(text[m.end():]) \
                    or re.match(r",\s*[A-Z][a-z]+,", text[m.end():]):  # "his wife, Jane,": no full name
                gender = "f" if m.group("noun").casefold() in FEMALE_RELATIVES else "m"
                subject = opens_sentence(text[last_stop(text, m.start()):m.start()])
                described.append(Mention((ti, m.start()), Person("", gender=gender), subject))
        return sorted(found + described, key=lambda m: m.where) if described else found

    def _names_in(self, ti: int, text: str, create: bool) -> Iterator[tuple[int, int, Person]]:
        """Every name in the text in order: the registry's forms first where both fit."""
        registry = [(m.start(), m.end()) for m in self.cast.pattern.finditer(text)] if self.cast.pattern else []
        runs = [(m.start(), m.end()) for m in NAME_RUN_RE.finditer(text)]
        for start, end in sorted(registry + runs, key=lambda x: (x[0], -x[1])):
            run = text[start:end]
            if run[0].islower() and " " not in run:
                continue  # a lowercase single word is an ordinary word, not a name
            person = self.person_named(run, (ti, start), create=create, strict=True)
            if person is not None and person is not NOBODY:
                yield start, end, person

    def _learn_apposition(self, person: Person, text: str, start: int, end: int) -> None:
        """'X, China's ambassador,', 'X (Ghana)' or 'Ghana's envoy to the UN, X': the country a person speaks for;
        'Reince Priebus, the GOP chairman,': what the person is (a title, as if written before the name)."""
        if person.body:
            return
        role = ROLE_AFTER.match(text[end:end + 80])
        if role:
            person.titles.add(role.group("noun").casefold())
        m = COUNTRY_AFTER.match(text[end:end + 80]) or COUNTRY_BEFORE.search(text[max(0, start - 120):start])
        if m and not person.country:
            person.country = canonical_country(m.group("c"))

    def person_named(self, run: str, where: tuple[int, int], create: bool, strict: bool = False) -> Person | None:
        """The person a name stands for: the registry's, one the text named before, or a new one.

        A surname alone is the person of that surname the text means; a gendered title or a 'Jr.'
        that does not fit keeps a namesake or a relative apart ("Mrs. Trump", "Trump Jr.")."""
        name = split_title(run)
        if not name.name:
            return None
        for form in (run, name.name):
            fitting = [p for p in self.cast.named(form) if _fits(name, p)]
            if name.gender and len(fitting) > 1:  # "Mr. Trump" is Donald, not Ivanka, whoever came last
                fitting = [p for p in fitting if _gender_of(p) == name.gender] or fitting
            if len(fitting) == 1 and name.gender and not fitting[0].gender:
                fitting[0].gender = name.gender  # "Mr. Obama" after "Obama": the title tells
            if fitting:
                if len(fitting) == 1:
                    return fitting[0]
                return self._named_more_often(fitting, DOMINANT_TIMES) or self._most_recent(fitting, where) or \
                    self._named_more_often(fitting)
        if strict and len(name.name.split()) < 2 and not set(name.titles) & PERSON_TITLES and \
                not self._speaks_at(where, run):
            return None  # a capitalized word alone is a name only after a person's title, or as a verb of saying's subject
        if not create or not name.name[0].isupper():
            return None
        if looks_like_name(name.name) and not re.fullmatch(r"[A-Z]{2,4}(?:'s|’s)?", run.strip()):  # "HP", "GOP"
            if len(name.name.split()) == 1 and name.gender:  # "Mrs. Trump": the title tells who, keep it
                name = Name(" ".join(run.split()[-2:]), name.gender, name.titles)
            return self.cast.same_full_name(name.name) or self.cast.introduce(name)
        if is_body(run) and not strict:
            return self.cast.introduce(Name(re.sub(r"^[Tt]he\s+", "", run.rstrip(",").removesuffix("'s"))), body=True)
        return None

    def _speaks_at(self, where: tuple[int, int], run: str) -> bool:
        """'Woolson said', 'the news for Cruz, Woolson said,': a single word that a verb of saying follows."""
        ti, offset = where
        text = self.masked[ti] if ti < len(self.masked) else ""
        return ti > 0 and bool(re.match(r"[ \t]+" + SPEECH_VERB_WORD, text[offset + len(run):offset + len(run) + 20]))

    def _most_recent(self, people: list[Person], where: tuple[int, int]) -> Person | None:
        for mention in self.mentions_before(where):
            if mention.person in people:
                return mention.person
        return None

    def _named_more_often(self, people: list[Person], times: int = 1) -> Person | None:
        """Of several people a surname fits, the one the article names most often, if one does. With `times`,
        only one named that many times as often as any other: 'Fiorina' in a profile of Carly Fiorina that
        also names her husband Frank is the person the article is about, not a namesake it brings in."""
        ranked = sorted(people, key=lambda p: self.counts.get(id(p), 0), reverse=True)
        first, second = (self.counts.get(id(p), 0) for p in ranked[:2])
        return ranked[0] if first > second and first >= times * max(second, 1) else None

    def mentions_before(self, where: tuple[int, int], window: int = PRONOUN_WINDOW) -> Iterator[Mention]:
        """Mentions before `where`, most recent first, going back `window` paragraphs."""
        ti, offset = where
        for t in range(min(ti, len(self.mentions) - 1), max(-1, ti - window - 1), -1):
            for m in reversed(self.mentions[t]):
                if t < ti or m.where[1] < offset:
                    yield m

    def _learn_genders(self) -> None:
        """'X … her statement': a sentence about one person that uses one gender's pronouns."""
        for ti, text in enumerate(self.masked):
            mentions = self.mentions[ti]
            k = 0
            for start, sentence in sentences(text):
                people: set[int] = set()
                holder = None
                while k < len(mentions) and mentions[k].where[1] < start + len(sentence):
                    holder = mentions[k].person
                    people.add(id(holder))
                    k += 1
                if len(people) != 1 or holder is None or holder.gender or holder.body or holder.given in ("m", "f"):
                    continue
                female, male = FEMALE_WORDS.search(sentence), MALE_WORDS.search(sentence)
                if bool(female) != bool(male):
                    holder.gender = "f" if female else "m"

    # ---- who said each quotation ----------------------------------------------------------

    def resolve(self, cue: Cue, where: tuple[int, int]) -> Person | None:
        """The person a cue's words stand for, or NOBODY for an institution, or None when unsure."""
        if cue.kind == "pronoun":
            return self.antecedent(where, "m" if cue.who.casefold() == "he" else "f")
        if cue.kind == "institution":
            return NOBODY
        if cue.kind == "description":
            return self.described(cue.who, where)
        return self.person_named(cue.who, where, create=cue.kind == "name")

    def antecedent(self, where: tuple[int, int], gender: str) -> Person | None:
        """'he said': going back a paragraph at a time, the first stretch that names someone of that gender
        (or of unknown gender) must name only one such person, or only one such person speaking or opening
        a sentence; otherwise the pronoun is left unresolved. What a first name says of a gender counts
        unless it leaves nobody at all: 'Amara' is a woman's name in one country and a man's in another."""
        found = self._antecedent(where, gender, by_given_name=True)
        if found is NOBODY:
            found = self._antecedent(where, gender, by_given_name=False)
        return None if found is NOBODY else found

    def _antecedent(self, where: tuple[int, int], gender: str, by_given_name: bool) -> Person | None:
        """The antecedent, None when unsure, NOBODY when nobody of that gender is named in the window."""
        spoke = [Mention(w, p, True, True) for w, p in self._spoken_since(where[0] - PRONOUN_WINDOW, where)]
        for ti in range(where[0], max(0, where[0] - PRONOUN_WINDOW - 1), -1):
            scope = [m for m in self.mentions[ti] if ti < where[0] or m.where[1] < where[1]]
            scope = sorted(scope + [m for m in spoke if m.where[0] == ti], key=lambda m: m.where)
            scope = [self._named(m, where) for m in scope]
            scope = [m for m in scope if (could_be(m.person, self.speaking) or m.speaks and not m.person.body)
                     and _gender_of(m.person, by_given_name) in (gender, None)]
            people = list(dict.fromkeys(m.person for m in scope))
            if not people:
                continue
            if len(people) > 1:
                people = list(dict.fromkeys(m.person for m in scope if m.subject))
            if len(people) > 1:
                people = last_speaker(scope)
            if len(people) != 1 or not people[0].name:
                return None  # several people, or someone described but not named
            people[0].gender = people[0].gender or gender
            return people[0]
        return NOBODY

    def _named(self, mention: Mention, where: tuple[int, int]) -> Mention:
        """A described subject as the person the description stands for, where it settles one."""
        if mention.person.name or not mention.person.forms:
            return mention
        person = self.described(next(iter(mention.person.forms)), where)
        return Mention(mention.where, person, mention.subject) if person and person is not NOBODY else mention

    def _spoken_since(self, first_text: int, where: tuple[int, int]) -> list[tuple[tuple[int, int], Person]]:
        """Who spoke (a quotation attributed by a cue) from text `first_text` up to `where`."""
        end = bisect_left(self.said_by, where, key=lambda entry: entry[0])
        start = bisect_left(self.said_by, (first_text, -1), key=lambda entry: entry[0])
        return self.said_by[start:end]

    def described(self, who: str, where: tuple[int, int]) -> Person | None:
        """'the Chinese envoy', 'the senator': a registry alias, the one person of that country, the one person
        the text titled so, or the only person the whole article names."""
        known = self.cast.named(who)
        if len(known) == 1:
            return known[0]
        if re.match(r"(?:[Aa]n?|[Aa]nother|[Oo]ne)\s", who):
            return NOBODY  # "a U.S. spokesperson", "another voter": someone described, never named
        country = _country_in(who)
        people = [p for p in self.cast.people if not p.body and (id(p) in self.mentioned or p in known)]
        if country:
            same = [p for p in people if p.country == country]
            return same[0] if len(same) == 1 else None
        titled = [p for p in people if _titled_as(who, p)]
        qualifier = [w.casefold() for w in who.split()[1:-1]]  # "the Florida senator": Florida must fit too
        if len(titled) > 1 and qualifier:
            titled = [p for p in titled if set(qualifier) <= p.titles]
        if len(titled) > 1:  # "the ambassador": the only one so titled in the last paragraphs
            titled = list(dict.fromkeys(m.person for m in self.mentions_before(where) if m.person in titled))
        return titled[0] if len(titled) == 1 and not self._about_someone_else(titled[0], where) else None

    def _about_someone_else(self, person: Person, where: tuple[int, int]) -> bool:
        """'Rubio stopped by his headquarters … "…," the senator said': a paragraph whose subject is someone
        else, and which does not name the one person titled so, is about that someone."""
        before = [m for m in self.mentions[where[0]] if m.where[1] < where[1]]
        return any(m.subject and m.person.name and not m.person.body and m.person is not person for m in before) and \
            all(m.person is not person for m in before)

    def attribute(self) -> list[Attribution]:
        """One Attribution per span, in order (pieces of one quotation share theirs)."""
        groups = _groups(self.spans)
        result: list[Attribution | None] = [None] * len(self.spans)
        by_cue = [self._by_cue(group) for group in groups]
        for gi, group in enumerate(groups):
            found = by_cue[gi] or self._by_continuation(groups, gi, result, by_cue)
            for i in group:
                result[i] = found
        return [r or Attribution(None, "") for r in result]

    def _by_cue(self, group: list[int]) -> Attribution | None:
        first, last = self.spans[group[0]], self.spans[group[-1]]
        colon = self._introduced_by_colon(first)
        if colon:
            self.said_by.append(((last.paragraph + 1, last.end), colon))
            return Attribution(colon.name, "cue")
        for rule, text, base in self._cue_places(group):
            cue = rule(text)
            if cue is None:
                continue
            where = (base[0], base[1] + cue.offset)
            person = self.resolve(cue, where)
            if person is NOBODY:
                return Attribution(None, "institution")
            if person is None:
                return Attribution(None, "")
            self.said_by.append(((last.paragraph + 1, last.end), person))
            return Attribution(person.name, "cue" if cue.kind in ("name", "known") else cue.kind)
        return None

    def _cue_places(self, group: list[int]) -> Iterator[tuple[Callable[[str], Cue | None], str, tuple[int, int]]]:
        """Each rule with the stretch of text it reads: after the quotation, between its pieces, before it."""
        spans = self.spans
        first, last = spans[group[0]], spans[group[-1]]
        para = self.texts[last.paragraph + 1]
        following = self._next[id(last)]
        after = para[last.end: following.start if following else len(para)]
        # after a full stop inside the marks, the next sentence may be a statement of its own
        full_stop = bool(re.search(r"[.!?][^\w,]*$", last.text))
        yield cues.said_after_a_full_stop if full_stop else cues.said_after, after, (last.paragraph + 1, last.end)
        yield cues.said_after_any_verb, after, (last.paragraph + 1, last.end)
        yield cues.said_at_sentence_end, after, (last.paragraph + 1, last.end)
        if not full_stop:
            yield cues.said_after_a_long_title, after, (last.paragraph + 1, last.end)
            yield cues.said_after_unclosed_apposition, after, (last.paragraph + 1, last.end)
        for k, j in zip(group, group[1:]):
            if spans[k].joined_with_next:
                between = self.texts[spans[k].paragraph + 1][spans[k].end: spans[j].start]
                yield cues.said_after, between, (spans[k].paragraph + 1, spans[k].end)
        first_para = self.texts[first.paragraph + 1]
        preceding = self._prev[id(first)]
        start = preceding.end if preceding else 0
        before = first_para[start: first.start]
        for rule in (cues.said_before, cues.colon_introduction, cues.clause_colon, cues.issued_a_statement):
            yield rule, before, (first.paragraph + 1, start + max(0, len(before) - len(cues.clause_before(before))))
        yield cues.according_to, cues.clause_before(before), (first.paragraph + 1, first.start - len(cues.clause_before(before)))
        yield cues.said_in_a_statement_before, before, (first.paragraph + 1, start)
        yield cues.according_to, after, (last.paragraph + 1, last.end)
        yield cues.named_next_sentence, after, (last.paragraph + 1, last.end + len(after) - len(after.lstrip()))

    def _by_continuation(self, groups: list[list[int]], gi: int, result: list[Attribution | None],
                         by_cue: list[Attribution | None]) -> Attribution | None:
        """A quotation with no attribution of its own that plainly goes on from one that has one: the next
        sentence in the same paragraph (`"X," she said. "Y."`), or a paragraph that is all quotation
        right after a paragraph whose last quotation has its speaker."""
        spans = self.spans
        first = spans[groups[gi][0]]
        prev = groups[gi - 1] if gi else None
        if prev and result[prev[-1]] and result[prev[-1]].speaker:
            before = spans[prev[-1]]
            same_paragraph = before.paragraph == first.paragraph
            whole = self._all_quotation[first.paragraph + 1]
            speaker = result[prev[-1]].speaker
            if same_paragraph or whole and before.paragraph == first.paragraph - 1 and \
                    not self._others_after(before.paragraph + 1, before.end, speaker):
                return Attribution(speaker, "continuation")
        introduced = self._introduced_by_paragraph_before(first)
        if introduced:
            return Attribution(introduced.name, "continuation")
        following = groups[gi + 1] if gi + 1 < len(groups) else None
        if following:
            nxt, last = spans[following[0]], spans[groups[gi][-1]]
            gap = self.texts[last.paragraph + 1][last.end: nxt.start] if nxt.paragraph == last.paragraph else "x"
            if not re.search(r"[^\W_]", gap) and by_cue[gi + 1] and by_cue[gi + 1].speaker:
                return Attribution(by_cue[gi + 1].speaker, "continuation")
        return None

    def _introduced_by_colon(self, first: QuoteSpan) -> Person | None:
        """`… and Breitbart News responded:` ¶ `"…"`: a paragraph ending with a colon introduces the quotation
        that opens the next one, and its attribution is read as if the two were one sentence."""
        ti = first.paragraph + 1
        if first.continued or ti < 2 or first.start > 2 or not self.texts[ti - 1].rstrip().endswith(":"):
            return None
        before = self.texts[ti - 1].rstrip() + " "
        for rule in (cues.said_before, cues.colon_introduction, cues.according_to, cues.clause_colon):
            cue = rule(before if rule is not cues.according_to else cues.clause_before(before))
            if cue:
                offset = len(before) - len(cues.clause_before(before)) if rule is not cues.said_before else 0
                person = self.resolve(cue, (ti - 1, offset + cue.offset))
                return person if person and person is not NOBODY else None
        return None

    def _introduced_by_paragraph_before(self, first: QuoteSpan) -> Person | None:
        """A paragraph that is all quotation after one about a single person's speaking ("X began her
        statement with an account of …", "X told the Council:"): that person's words."""
        ti = first.paragraph + 1
        if first.continued or ti < 2 or not self._all_quotation[ti]:
            return None
        before = self.masked[ti - 1]
        people = list(dict.fromkeys(m.person for m in self.mentions[ti - 1] if not m.person.body))
        speaking = cues.SPEECH_VERB_RE.search(before) or SPEAKING_NOUNS.search(before) or before.rstrip().endswith(":")
        # others may be named, as objects ("X praised Y's leadership."), if the one who opens it is the only subject
        subjects = list(dict.fromkeys(m.person for m in self.mentions[ti - 1] if m.subject and not m.person.body))
        if len(subjects) == 1 and people and subjects[0] is people[0] and people[0].name and speaking and \
                not self._prev.get(id(first)) and first.paragraph - 1 not in self._quoted_paragraphs:
            return people[0]
        return None

    def _others_after(self, ti: int, offset: int, speaker: str | None) -> bool:
        """Whether the paragraph names someone other than the speaker after the quotation."""
        return any(m.where[1] >= offset and m.subject and m.person.name != speaker for m in self.mentions[ti])

    # ---- whose statement the article is ----------------------------------------------------

    def transcript_speaker(self) -> Person | None:
        """'Remarks by Ambassador X at …', 'Explanation of vote by X': the whole text is X's statement."""
        for ti in range(min(2, len(self.texts))):
            m = TRANSCRIPT_TITLE.match(self.texts[ti].strip())
            if m:
                # "Remarks By Ambassador X At A UN Briefing": a title may capitalize every word
                run = re.split(r"(?i)\s+(?:at|on|to|before|during|in|for)\s+", m.group("who"))[0]
                person = self.person_named(run, (ti, m.start("who")), create=True)
                return person if person and person is not NOBODY and not person.body else None
        return self._speaker_line_under_title() if TRANSCRIPT_KIND.match(self.texts[0].strip()) else None

    def _speaker_line_under_title(self) -> Person | None:
        """'Remarks at a Security Council briefing' over a line 'Ambassador X' (then the role, place and date),
        as official transcripts print them: the speaker's line names the person whose statement it is."""
        for ti in range(1, min(4, len(self.texts))):
            line = self.texts[ti].strip()
            if len(line) > 80 or re.search(r"[.!?:;]\s*$", line) or not NAME_RUN_RE.fullmatch(line):
                continue
            person = self.person_named(line, (ti, 0), create=True)
            if person and person is not NOBODY and not person.body:
                return person
        return None

    def reported_speaker(self) -> Person | None:
        """'Ambassador Zhang said that …': the person the opening paragraphs report as speaking."""
        for ti in range(1, min(4, len(self.masked))):
            for start, sentence in sentences(self.masked[ti]):
                verb = cues.SPEECH_VERB_RE.search(sentence)
                if not verb:
                    continue
                head = sentence[:verb.start()]
                m = cues.SUBJECT_AT_END.search(head, max(0, len(head) - 200))
                if m:
                    person = self.resolve(cues._cue(m), (ti, start + m.start("who")))
                    if person and person is not NOBODY and not person.body:
                        return person
        return None

    def headline_people(self) -> list[Person]:
        """Those the headline names, by name or by the country they speak for, in its order."""
        title = self.masked[0]
        found = [(m.where[1], m.person) for m in self.mentions[0] if not m.person.body]
        for m in re.finditer(COUNTRY_WORD, title):
            country = canonical_country(m.group(0))
            found += [(m.start(), p) for p in self.cast.people if p.country == country]
        return [p for _, p in sorted(found, key=lambda x: x[0])]


def _subject_and_speaker(text: str, start: int, end: int, found: list[Mention], previous_end: int) -> tuple[bool, bool]:
    """Whether the name at text[start:end] is a sentence's subject, and whether it is a verb of saying's."""
    if text[end:end + 2] in ("'s", "’s") or text[start:end].endswith(("'s", "’s")):
        return False, False  # "Carson's longtime friend": a possessive is never the subject
    sentence_start = last_stop(text, start)
    prefix = text[sentence_start:start]
    # "In his address to La Raza, Graham assures …": a name in the opening phrase does not take the subject
    first_in_sentence = (not found or found[-1].where[1] < sentence_start or prefix.rstrip().endswith(",")) and \
        opens_sentence(prefix)
    # "When Mr. Trump tried to defend it, Mr. Kasich differed": the subordinate clause's subject is not the
    # sentence's; the name after the clause's comma is
    if SUBORDINATOR.match(text, sentence_start):  # the sentence opens with it, maybe inside the name's run
        first_in_sentence = prefix.rstrip().endswith(",") and len(prefix.split()) <= 40
    # "Zanetti and Brandt left", "…, and Moreau stayed": subjects joined to one, or opening a clause
    joined = bool(found) and found[-1].subject and re.fullmatch(r"\s*(?:and|or|,)\s*", text[previous_end:start])
    clause = bool(re.search(r"(?:[,;]\s*(?:and|but|while|so)|;)\s+$", text[max(0, start - 12):start]))
    # "a reporter for Agence France-Presse called it": a name after a preposition is no subject
    governed = bool(GOVERNED.search(text[max(0, start - 8):start]))
    verb = SUBJECT_AFTER.match(text[end: end + 160])
    # "pointing out that the paper's Robert Costa had reported": a clause inside another is not who speaks
    embedded = bool(EMBEDDED.search(prefix))
    # "Donald Trump, the front-runner, saying …": a participle's subject is the sentence's, not his
    speaks = bool(verb) and not governed and not embedded and not verb.group(0).endswith("ing")
    return bool(first_in_sentence or joined or clause or speaks), speaks


def _gender_of(person: Person, by_given_name: bool = True) -> str | None:
    return person.gender or (person.given if by_given_name and person.given in ("m", "f") else None)


def could_be(person: Person, speaking: set[int]) -> bool:
    """Whether a pronoun can stand for this person: someone known as a person (the registry, a person's
    title, a given name, a country they speak for, a verb of saying they are the subject of: "Efua Boateng,
    Ghana's envoy", not "Investment Partnership"), not an organization."""
    person_like = person.registry or person.given or person.gender or set(person.titles) & PERSON_TITLES or \
        not person.name or person.country or id(person) in speaking
    return bool(person_like) and not person.body


DOMINANT_TIMES = 3  # named this many times as often as a namesake, a person owns the surname said alone
SMALL_WORDS = {"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "at", "by", "as", "vs", "with", "from"}
LOWER_CASE_WORD = re.compile(r"(?<![\w'’\-])(?!(?:" + "|".join(SMALL_WORDS) + r")\b)[a-zß-öø-ÿ]")


def in_headline_case(text: str) -> bool:
    """'"Broad City" Star Asked Actors To Act Whiter To Make A Point.': a line of a related headline or a section,
    every word capitalized, names only the people the text names elsewhere ("Whiter To" is nobody)."""
    if LOWER_CASE_WORD.search(text):
        return False
    return len([w for w in re.findall(r"[^\W\d_][\w'’\-]*", text) if w.casefold() not in SMALL_WORDS]) >= 4


# kinds of role where the text may say one word and mean another ("the envoy" for the ambassador)
INTERCHANGEABLE_ROLES = {"diplomat", "spokesperson"}
# a word that makes a title another office: a vice president is not "the president"
LESSER_TITLES = {"vice", "deputy", "assistant", "under", "lieutenant", "associate"}


def _titled_as(description: str, person: Person) -> bool:
    """Whether a description fits what the text titled a person: its noun ("the senator"), or a word for the same
    diplomatic role ("the envoy", "the ambassador"); never a lesser office ("Vice President" for "the
    president"), and a proper name in it must be among the person's titles ("the Vermont senator")."""
    words = description.split()
    noun, qualifier = words[-1].casefold(), {w.casefold() for w in words[1:-1]}
    same_role = noun in person.titles or \
        role_groups(noun) & role_groups(" ".join(person.titles)) & INTERCHANGEABLE_ROLES
    lesser = (person.titles & LESSER_TITLES) - qualifier
    proper = {w.casefold() for w in words[1:-1] if w[:1].isupper()}
    return bool(same_role) and not lesser and proper <= person.titles


def last_speaker(scope: list[Mention]) -> list[Person]:
    """'… Cuban said.' ¶ '"…," he said': of several people, the one who spoke last, when nobody else
    of the pronoun's gender is a sentence's subject after that."""
    for k in range(len(scope) - 1, -1, -1):
        if scope[k].speaks:
            later = {id(m.person) for m in scope[k + 1:] if m.subject} - {id(scope[k].person)}
            return [scope[k].person] if not later else []
    return []


def _fits(name: Name, person: Person) -> bool:
    """Whether a name written with its titles can be this person: no clash of gender or of 'Jr.'."""
    gender = _gender_of(person)  # the title, or else what the first name says ("Ms. Lorne" is Ada Lorne)
    if name.gender and gender != name.gender and (name.gender == "f" or gender == "f"):
        return False
    return has_suffix(name.name) == has_suffix(person.name) or person.registry and _key(name.name) in person.forms


# a sentence that opens with a description of a person: "The radio host has …", "A top aide said …"
DESCRIBED_SUBJECT = re.compile(r"[\s\"“‘(]*(?P<who>" + cues.DESCRIPTION + r")(?!['’])")
OPENING_WORDS = {"presidential", "vice", "presumptive", "gop", "republican", "democratic", "the", "a", "an"}


def opens_sentence(prefix: str) -> bool:
    """Whether what stands before a name in its sentence leaves the name its subject: nothing, a short
    opening phrase ("Later, "), or titles ("Republican presidential candidate ")."""
    words = prefix.strip(" \t\"“‘(").split()
    if not words or prefix.rstrip().endswith(",") and len(words) <= 6:
        return True
    # "Repeating from his speech at the convention last week, Biden …": a long opening phrase, ended by its comma
    if prefix.rstrip().endswith(",") and len(words) <= 45 and INTRODUCTORY.match(words[0]):
        return True
    return all(w[0].isupper() or w.casefold() in ROLE_TITLES | OPENING_WORDS for w in words)


# a full stop that ends a sentence, not the one of "Mr." or of an initial
SENTENCE_STOP = re.compile(r"[.!?](?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bJr\.)(?<!\bSr\.)"
                           r"(?<!\bSen\.)(?<!\bRep\.)(?<!\bGov\.)(?<!\bGen\.)(?<!\b[A-Z]\.)[\"”’)]*\s*")


def last_stop(text: str, before: int) -> int:
    """Where the sentence holding position `before` starts (a bounded look back)."""
    starts = _sentence_starts(text)
    k = bisect_right(starts, before) - 1
    return starts[k] if k >= 0 and starts[k] >= before - 300 else 0


@lru_cache(maxsize=64)
def _sentence_starts(text: str) -> list[int]:
    """Where each sentence after the first starts: found once per paragraph, not once per name in it."""
    return [m.end() for m in SENTENCE_STOP.finditer(text)]


def _groups(spans: list[QuoteSpan]) -> list[list[int]]:
    """Spans that make one quotation: pieces around an interruption, paragraphs of a long quotation."""
    groups: list[list[int]] = []
    for i, span in enumerate(spans):
        if groups and (spans[i - 1].joined_with_next or span.continued):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _mask(text: str, spans: list[QuoteSpan]) -> str:
    """The text with its quotations blanked out (same length), keeping their sentence-ending stops."""
    if not spans:  # the title's own quotation marks hold scare quotes, not names
        return re.sub(r"[\"“”«»]", " ", text)
    parts, pos = [], 0
    for s in spans:
        end = min(s.end, len(text))
        parts.append(text[pos:s.start])
        blank = [" "] * (end - s.start)
        if end - 2 > s.start and text[end - 2] in ".!?":
            blank[-2] = text[end - 2]  # so sentences still end where they did
        parts.append("".join(blank))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def _country_in(phrase: str) -> str | None:
    m = re.search(COUNTRY_WORD, phrase)
    return canonical_country(m.group(0)) if m else None


@lru_cache(maxsize=16)
def _forms_pattern(forms: frozenset[str]) -> re.Pattern | None:
    """One pattern for a registry's names and aliases, longest first (compiled once per registry)."""
    if not forms:
        return None
    return re.compile(r"(?<![\w'’])" + longest_first(forms) + r"(?![\w’'])", re.I)
