"""Roles the text states beside a speaker's name (build_scripts/extract/roles.py), for speakers outside
speakers.yml: each rule on a sentence of its own, what is not a role, the first clear statement, the
choice between sources, and the speaker's page through a fixture (tests/fixtures/roles)."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from build_scripts.extract import roles
from build_scripts.extract.roles import stated_roles
from build_scripts.pipeline import convert_folder
from build_scripts.records import stated_role
from conftest import FIXTURES

ROLES = FIXTURES / "roles" / "sources"


def at(rule, sentence: str, name: str) -> str | None:
    """A rule applied at the name's first mention in the sentence."""
    start = sentence.index(name)
    return rule(sentence, start, start + len(name))


# ---- one rule, one convention ----------------------------------------------------------------

def test_apposition_before_the_name():
    sentence = "Veloria's ambassador, Marisol Quintero Abad, said the Council had waited too long."
    assert at(roles.apposition_before, sentence, "Marisol Quintero Abad") == "Veloria's ambassador"


def test_apposition_before_the_name_after_an_opening_phrase_and_after_said():
    assert at(roles.apposition_before, "On Monday, the Norland envoy, Anselm Varga, spoke first.",
              "Anselm Varga") == "the Norland envoy"
    assert roles.tidy(at(roles.apposition_before, "         said the ambassador of Norland, Anselm Varga.",
                         "Anselm Varga")) == "ambassador of Norland"


def test_apposition_after_the_name_before_a_speech_verb():
    sentence = "Anselm Varga, Norland's permanent representative, said repairs could not wait."
    assert at(roles.apposition_after, sentence, "Anselm Varga") == "Norland's permanent representative"
    sentence = "Ines Marlow, senior director of water policy at the Delta Research Council, told reporters."
    assert at(roles.apposition_after, sentence, "Ines Marlow") == ("senior director of water policy at the "
                                                                   "Delta Research Council")


def test_apposition_after_said_and_the_name_to_the_end_of_the_sentence():
    sentence = "          said Renata Solberg, director of the Open Water Institute."
    assert roles.tidy(at(roles.apposition_after_verb, sentence, "Renata Solberg")) == ("director of the Open Water "
                                                                                      "Institute")
    # without a speech verb before the name the words after it are the sentence's, not a role
    assert at(roles.apposition_after_verb, "They met Renata Solberg, director of the Open Water Institute.",
              "Renata Solberg") is None


def test_a_title_run_directly_before_the_name():
    assert at(roles.title_before, "Harbourton Mayor Tomas Okafor said the barriers would fail.",
              "Tomas Okafor") == "Harbourton Mayor"
    assert at(roles.title_before, "Yesterday Norland Ambassador Anselm Varga left.", "Anselm Varga") == "Norland Ambassador"
    assert at(roles.title_before, "Then Mr. Anselm Varga left.", "Anselm Varga") is None  # how to address, not what


def test_a_title_run_after_a_blanked_quotation_or_inside_a_longer_name_is_not_taken():
    # read with quotations blanked: the words before the blank belong to another phrase
    assert at(roles.title_before, "Friday on Channel Four's              Sen. Ada Brenner spoke.",
              "Ada Brenner") == "Sen."
    assert at(roles.title_before, "The Council on Delta Relations National Director Ines Marlow spoke.",
              "Ines Marlow") is None


def test_a_blanked_quotation_ends_the_phrase_before_the_name():
    sentence = "                                  Norland's chief negotiator, Anselm Varga, told reporters."
    assert roles.tidy(at(roles.apposition_before, sentence, "Anselm Varga")) == "Norland's chief negotiator"


def test_an_office_of_something_before_the_name():
    assert at(roles.title_of_office, "Former Minister of Water Affairs Ada Brenner spoke.",
              "Ada Brenner") == "Former Minister of Water Affairs"
    # and the capitalized words after "of the" are not a title of their own
    assert at(roles.title_before, "The Speaker of the House Rep. Ada Brenner spoke.", "Ada Brenner") is None


# ---- what is not a role -------------------------------------------------------------------------

@pytest.mark.parametrize("phrase", [
    "In Harbourton",                             # a place
    "On Tuesday",                                # a date
    "In March 2024",                             # a date
    "who spoke to the ambassador",               # a clause
    "the council heard from the ambassador",     # a clause whose object is a role
    "former governor challenged by Okafor",      # a passive clause
    "Mr.",                                       # a form of address
    "chair of the board " + "and more " * 6,     # too long
])
def test_phrases_that_are_not_roles(phrase):
    assert not roles.is_role(phrase)


def test_no_role_where_the_text_gives_none():
    texts = ["In Harbourton, Tomas Okafor, said the walls were old.", "Tomas Okafor spoke again on Monday."]
    assert stated_roles(texts, ["Tomas Okafor"]) == ()


def test_the_phrase_is_kept_as_written_without_an_article_or_a_full_stop():
    assert roles.tidy(" the director of the Open Water Institute. ' . '") == "director of the Open Water Institute"
    assert roles.tidy("a Norland Sen.") == "Norland Sen."


# ---- the first clear statement, the choice between sources ----------------------------------------

def test_the_first_clear_statement_wins_and_a_bare_title_only_when_nothing_clearer():
    texts = ["Ambassador Anselm Varga arrived.",
             "Later Anselm Varga, Norland's permanent representative, said more.",
             "Anselm Varga, the head of the delegation, said it again."]
    assert stated_roles(texts, ["Anselm Varga"]) == (("Anselm Varga", "Norland's permanent representative"),)
    assert stated_roles(texts[:1], ["Anselm Varga"]) == (("Anselm Varga", "Ambassador"),)


def test_a_source_naming_someone_at_every_turn_runs_the_rules_a_bounded_number_of_times(monkeypatch):
    calls = []
    monkeypatch.setattr(roles, "role_at", lambda *a: calls.append(a) or "")
    stated_roles(["Anselm Varga spoke, " * 100_000], ["Anselm Varga"])
    assert len(calls) == roles.MAX_MENTIONS
    monkeypatch.undo()
    line = "Anselm Varga spoke, " * 50 + "and Anselm Varga, Norland's envoy, said so. " + "Anselm Varga spoke. " * 50_000
    assert stated_roles([line], ["Anselm Varga"]) == (("Anselm Varga", "Norland's envoy"),)


@pytest.fixture(scope="module")
def converted():
    result = convert_folder(ROLES)
    assert result.problems == ()
    return result.statements, {p.path: p.content for p in result.pages}


def test_between_sources_the_most_stated_role_wins_then_the_earliest_then_the_text(converted):
    statements, _ = converted
    base = statements[0]

    def said(role: str, day: int, slug: str):
        return dataclasses.replace(base, slug=slug, date=dt.date(2024, 5, day), roles=(("Anselm Varga", role),))

    a, b, c = said("Norland's envoy", 3, "a"), said("Norland's ambassador", 1, "b"), said("Norland's envoy", 9, "c")
    assert stated_role("Anselm Varga", [b, a, c]) == "Norland's envoy"  # two sources against one
    assert stated_role("Anselm Varga", [a, b]) == "Norland's ambassador" == stated_role("Anselm Varga", [b, a])
    assert stated_role("Nobody Named", [a, b]) == ""


def test_a_role_inside_a_quotation_is_not_the_texts_own(tmp_path):
    (tmp_path / "quoted.txt").write_text(
        "Envoys meet on water\n\nUNITED NATIONS — Envoys met on Monday 3 June 2024 to discuss water.\n\n"
        "\"I hear Anselm Varga, Norland's chief engineer, said it would hold,\" Ada Brenner said.\n\n"
        "\"Water cannot wait for the politicians to agree,\" Anselm Varga said.\n", encoding="utf-8")
    result = convert_folder(tmp_path)
    assert all(role == () for role in (s.roles for s in result.statements))


# ---- through a fixture: the speaker's page -------------------------------------------------------

def test_the_speaker_page_shows_the_role_the_source_states(converted):
    _, pages = converted
    page = pages["speakers/marisol-quintero-abad.md"]
    assert "**Role:** Veloria's ambassador *(as the sources state it; not in the speaker registry)*" in page
    assert "**Role:** Norland's permanent representative" in pages["speakers/anselm-varga.md"]
    assert "**Role:** Harbourton Mayor" in pages["speakers/tomas-okafor.md"]
    assert "- [Tomas Okafor](tomas-okafor.md) (1 statement): Harbourton Mayor" in pages["speakers/index.md"]


def test_the_registry_role_wins_over_the_text(converted):
    statements, pages = converted
    page = pages["speakers/eleanor-ashcombe.md"]
    assert "**Role:** Deputy Permanent Representative of the United Kingdom to the United Nations" in page
    assert "deputy envoy" not in page
    assert all(name != "Eleanor Ashcombe" for s in statements for name, _ in s.roles)


def test_a_role_from_the_text_is_escaped_like_any_source_text(converted):
    _, pages = converted
    page = pages["speakers/renata-solberg.md"]
    assert "director of the Open Water &lt;em&gt;Institute&lt;/em&gt;" in page
    assert "<em>" not in page and "<em>" not in pages["speakers/index.md"]


# ---- never invented ---------------------------------------------------------------------------------

WORDS = ["Anselm", "Varga", "Norland's", "ambassador", "envoy", "Mayor", "said", "told", "the", "of", "Minister",
         "Water", "senior", "director", "at", "On", "Tuesday", "Mr.", ",", ".", "\"", "  ", "who", "In", "Harbourton"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.sampled_from(["Anselm Varga", "Varga", "Harbourton"]))
def test_a_role_is_always_words_of_the_text_around_the_name(words, name):
    text = " ".join(words)
    for who, role in stated_roles([text], [name]):
        assert who == name and role in text and name in text
        assert 1 <= len(role.split()) <= roles.MAX_WORDS


def test_a_registry_speaker_with_no_role_is_not_said_to_be_outside_the_registry(tmp_path):
    import shutil
    folder = tmp_path / "sources"
    shutil.copytree(ROLES, folder)
    (folder / "speakers.yml").write_text("- name: Eleanor Ashcombe\n  aliases: [Ashcombe, Ms. Ashcombe]\n",
                                         encoding="utf-8")
    pages = {p.path: p.content for p in convert_folder(folder).pages}
    page = pages["speakers/eleanor-ashcombe.md"]
    assert "Role and country are not recorded." in page and "Not in the speaker registry" not in page
