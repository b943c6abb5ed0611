"""The fast ways of matching names, words and topic keywords find exactly what the plain ways find.

Extraction was made ~2.5× faster by matching word lists as tries and by scanning a paragraph once
for every topic; these tests hold them to the plain alternation and the plain `finditer` they replace.
"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from build_scripts.extract.lexicon import longest_first
from build_scripts.extract.speakers import _forms_pattern
from build_scripts.extract.topics import _matches, keywords_pattern, starts_pattern
from build_scripts.model import Topic

WORDS = ["zhang", "zhang jun", "zh", "jun", "juno", "u.s.", "us", "ab-c", "a", "nebenzia", "neben"]
# texts made of the words' own pieces, so matches, near-misses and overlaps are common
texts = st.lists(st.sampled_from(["zhang", " jun", "o", "zh", "u.s.", "us", " ", ".", "ab-c", "a", "Neben", "zia",
                                  "’", "'", "-", "x", ",", "Zhang Jun"]), max_size=14).map("".join)
word_lists = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8, unique=True)
EXAMPLES = settings(max_examples=400, deadline=None)


def plain_alternation(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


@EXAMPLES
@given(word_lists, texts)
def test_a_trie_matches_what_the_longest_first_alternation_matches(words, text):
    for rest in ("", r"(?![\w’'])", r" said", r"\b"):  # what follows may make the engine fall back to a shorter word
        trie, plain = re.compile(longest_first(words) + rest, re.I), re.compile(plain_alternation(words) + rest, re.I)
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_trie_falls_back_to_a_shorter_word_when_what_follows_needs_it():
    pattern = re.compile(longest_first(["zhang", "zhang jun"]) + r" said")
    assert pattern.search("Then zhang jun said").group() == "zhang jun said"
    assert pattern.search("Then zhang said").group() == "zhang said"


@EXAMPLES
@given(word_lists, texts)
def test_a_registrys_names_match_as_a_plain_alternation_of_them_would(forms, text):
    plain = re.compile(r"(?<![\w'’])" + plain_alternation(forms) + r"(?![\w’'])", re.I)
    assert [m.span() for m in _forms_pattern(frozenset(forms)).finditer(text)] == [m.span() for m in plain.finditer(text)]


KEYWORDS = ["zhang", "zhang jun", "jun", "us sanctions", "ab-c", "u.s. veto"]


@EXAMPLES
@given(st.lists(st.lists(st.sampled_from(KEYWORDS), min_size=1, max_size=3, unique=True), min_size=1, max_size=3), texts)
def test_scanning_once_for_all_topics_finds_what_each_topic_finds_alone(keyword_lists, text):
    topics = tuple(Topic(f"t{i}", f"T{i}", keywords=tuple(k)) for i, k in enumerate(keyword_lists))
    starts = [m.start() for m in starts_pattern(topics).finditer(text)]
    for topic in topics:
        pattern = keywords_pattern(topic.keywords)
        assert [m.span() for m in _matches(text, pattern, starts)] == [m.span() for m in pattern.finditer(text)]
