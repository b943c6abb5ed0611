"""Quotation marks of every kind, on sentences written for these tests."""
from __future__ import annotations

import pytest

from build_scripts.extract.quotes import find_quotes


def texts(*paragraphs: str) -> list[str]:
    spans = find_quotes(list(paragraphs))
    out, pending = [], []
    for span in spans:
        pending.append(span.text)
        if not span.joined_with_next:
            out.append(" ".join(pending))
            pending = []
    return out


@pytest.mark.parametrize("paragraph, expected", [
    ('"We will not accept this outcome," the minister said.', ["We will not accept this outcome,"]),
    ("“We will not accept this outcome,” the minister said.", ["We will not accept this outcome,"]),
    ("«Nous ne l'accepterons pas du tout», a-t-il dit.", ["Nous ne l'accepterons pas du tout"]),
    ("„Wir werden das nicht akzeptieren“, sagte er.", ["Wir werden das nicht akzeptieren"]),
    ("‘We won’t accept the members’ decision on this,’ he said.", ["We won’t accept the members’ decision on this,"]),
    ("'It isn't over until the talks end,' she said.", ["It isn't over until the talks end,"]),
])
def test_every_kind_of_mark(paragraph, expected):
    assert texts(paragraph) == expected


def test_a_quote_inside_a_quote_belongs_to_the_outer_one():
    got = texts("“They called it a ‘turning point’ for the region, and it was,” she said.")
    assert got == ["They called it a ‘turning point’ for the region, and it was,"]


def test_apostrophes_do_not_end_a_quotation():
    got = texts("“The country’s people haven’t given up, and they won’t,” he said.")
    assert got == ["The country’s people haven’t given up, and they won’t,"]


def test_an_interrupted_quotation_is_joined_with_one_space():
    assert texts('"Talks," the envoy said, "are the only road left to us."') == [
        "Talks, are the only road left to us."]


def test_an_attribution_that_goes_on_with_a_clause_of_its_own_makes_two_quotations():
    got = texts('"His normal manner is gruff," she said, but despite the tone, "I think he will do it in the end."')
    assert got == ["His normal manner is gruff,", "I think he will do it in the end."]


def test_a_finished_sentence_before_the_attribution_makes_two_quotations():
    got = texts('"The vote was a mistake," she said. "We will ask for it again next week."')
    assert got == ["The vote was a mistake,", "We will ask for it again next week."]


def test_a_quotation_over_several_paragraphs_is_one_per_paragraph():
    spans = find_quotes([
        '"The first paragraph of a long statement goes here.',
        '"The second paragraph ends the statement here."',
        "Then the reporter wrote something else.",
    ])
    assert [s.text for s in spans] == [
        "The first paragraph of a long statement goes here.",
        "The second paragraph ends the statement here.",
    ]
    assert spans[0].runs_on and spans[1].continued


def test_scare_quotes_are_found_but_are_short():
    spans = find_quotes(['The so-called "cease-fire" did not hold, and the "red lines" were crossed.'])
    assert [s.words() for s in spans] == [1, 2]


def test_titles_of_works_and_headline_words_are_not_statements():
    from build_scripts.extract.quotes import is_not_a_statement
    assert is_not_a_statement("Practicing Multilateralism for a Safer World", "the debate had the theme ")
    assert is_not_a_statement("The long road home from the valley", "her memoir, titled ")
    assert is_not_a_statement("It Is Not A Radical Idea", "He wrote: ")
    assert is_not_a_statement("EVENTUALLY VOTERS MAKE GOOD DECISIONS", "")
    assert not is_not_a_statement("We will not walk away from the people of Sudan", "She said: ")


def test_an_unclosed_quotation_does_not_swallow_the_next_one():
    from build_scripts.extract.quotes import find_spans
    para = "“We will keep talking to all sides, the envoy said. “Every week of delay costs lives,” she added."
    assert [s.text for s in find_spans(para, 0)] == ["Every week of delay costs lives,"]


def test_doubled_apostrophes_open_and_close_with_single_quotes_inside():
    """The New York Times sets quotation marks as '' … '': a '…' inside is a quote within the quote."""
    spans = find_quotes(["''We met as the 'inner circle' today,'' Ms. Lorne added."])
    assert [s.text for s in spans] == ["We met as the 'inner circle' today,"]
    assert spans[0].end == len("''We met as the 'inner circle' today,''")


def test_an_opening_curly_mark_used_to_close():
    spans = find_quotes(["She asked for an “expedited review of the pipes“ and a “health monitoring system” at once."])
    assert [s.text for s in spans] == ["expedited review of the pipes", "health monitoring system"]


def test_an_elided_year_opens_no_quotation():
    spans = find_quotes(["He had covered casinos since the late '70s, and said: \"It won't make it this winter.\""])
    assert [s.text for s in spans] == ["It won't make it this winter."]
