"""The statement date, apart from the publication date, on sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from build_scripts.extract import extract
from build_scripts.extract.dates import Published, publication_date, resolve
from build_scripts.model import SourceDocument

PUB = Published(dt.date(2022, 4, 6), "test")  # a Wednesday


@pytest.mark.parametrize("sentence, expected", [
    ("The envoy said on Tuesday that talks would go on.", dt.date(2022, 4, 5)),
    ("The envoy said on Wednesday that talks would go on.", dt.date(2022, 4, 6)),
    ("The envoy said yesterday that talks would go on.", dt.date(2022, 4, 5)),
    ("The envoy said last Thursday that talks would go on.", dt.date(2022, 3, 31)),
    ("The envoy told reporters on Nov. 1 that talks would go on.", dt.date(2021, 11, 1)),
    ("The envoy told reporters on April 2 that talks would go on.", dt.date(2022, 4, 2)),
    ("The envoy spoke on the 14th about the talks.", dt.date(2022, 3, 14)),
    ("The envoy spoke on the 7th of May 2024 about the talks.", dt.date(2024, 5, 7)),
    ("On 14 September 2023, the envoy said talks would go on.", dt.date(2023, 9, 14)),
    ("The envoy said on Tuesday, 29 March 2022, that talks would go on.", dt.date(2022, 3, 29)),
])
def test_expressions_resolve_against_the_publication_date(sentence, expected):
    found, why = resolve(sentence, PUB)
    assert why is None and found is not None
    assert found.date == expected and found.precision == "day"


def test_a_relative_date_without_a_publication_date_is_not_guessed():
    found, why = resolve("The envoy said on Tuesday that talks would go on.", None)
    assert found is None and "needs a publication date" in why


def test_month_and_year_only_give_month_precision():
    found, _ = resolve("The envoy said in March 2023 that talks would go on.", None)
    assert (found.date, found.precision) == (dt.date(2023, 3, 1), "month")


@pytest.mark.parametrize("lines, expected", [
    (["GENEVA, Nov. 3, 2023 — The envoy said on Friday…"], dt.date(2023, 11, 3)),
    (["By Staff Reporter | Thursday 9 November 2023", "The envoy said…"], dt.date(2023, 11, 9)),
    (["Updated: Nov 22, 2023", "Nov 21, 2023", "The envoy said…"], dt.date(2023, 11, 21)),
    (["The envoy said on Friday that the talks would go on."], None),
])
def test_publication_dates_from_datelines_and_date_lines(lines, expected):
    found = publication_date(lines, "A headline", None, None, None)
    assert (found.date if found else None) == expected


def test_a_date_in_the_url_is_a_publication_date():
    found = publication_date(["No date here."], "A headline", None, None, "https://x.example/2023/11/08/story.html")
    assert found.date == dt.date(2023, 11, 8)


def dated(text: str, registry, published: dt.date | None = None):
    found = extract(SourceDocument(path="t.txt", kind="txt", text=text), registry, published=published)
    return found.date.date if found.date else None


def test_a_dateline_without_a_year_takes_it_from_the_publication_date(registry):
    text = ("Envoy urges calm on the peninsula\n\n"
            "UNITED NATIONS, March 14 (Xinhua) -- A Chinese envoy urged all parties to keep calm.")
    assert dated(text, registry, published=dt.date(2023, 3, 15)) == dt.date(2023, 3, 14)


def test_a_full_date_for_the_statement_beats_the_publication_date(registry):
    text = ("Brazil renews its call for reform\nPublished 2 October 2023\n\n"
            "On 14 September 2023, Brazil's ambassador told a seminar that reform was overdue.")
    assert dated(text, registry) == dt.date(2023, 9, 14)


def test_a_date_inside_a_quotation_is_not_when_it_was_said(registry):
    text = ("Envoy recalls the attack\nJune 7, 2023\n\n"
            "\"What happened on 1 May 2021 must never happen again,\" Zhang Jun said on Tuesday.")
    assert dated(text, registry) == dt.date(2023, 6, 6)


def test_background_dates_in_sentences_with_no_speaker_are_not_the_statement_date(registry):
    text = ("Envoy voices concern\n\n"
            "On February 24, 2022, the war escalated sharply in the east.\n\n"
            "\"We are deeply concerned about the new attacks,\" Zhang Jun said.")
    found = extract(SourceDocument(path="t.txt", kind="txt", text=text), registry)
    assert found.date is None
    assert any(r.startswith("date:") for r in found.review)


def test_an_abbreviated_month_does_not_end_the_sentence(registry):
    text = ("Envoy urges calm\nOct. 5, 2023\n\n"
            "The envoy told the Council on Oct. 2 that talks must go on, Zhang Jun said.")
    assert dated(text, registry) == dt.date(2023, 10, 2)


@pytest.mark.parametrize("line, expected", [
    ("Published: 13:57, December 9, 2023", dt.date(2023, 12, 9)),
    ("31-01-2022 20:41 IST", dt.date(2022, 1, 31)),
    ("22/10/2024", dt.date(2024, 10, 22)),
    ("27.06.2024", dt.date(2024, 6, 27)),
    ("April 16, 2024 1:52 AM GMT · Updated 3 hours ago", dt.date(2024, 4, 16)),
    ("01/02/2024", None),  # 1 February or 2 January: never guessed
    ("Source: Xinhua | 2023-11-16 08:12:37 | Editor: huaxia", dt.date(2023, 11, 16)),
    ("Updated 14:05, 16-Nov-2023", dt.date(2023, 11, 16)),
])
def test_publication_dates_in_the_forms_sites_print_them(line, expected):
    found = publication_date([line, "The envoy said on Friday that talks would go on."], "A headline", None, None, None)
    assert (found.date if found else None) == expected


def test_an_updated_stamp_is_the_publication_date_only_when_nothing_else_is():
    found = publication_date(["Updated 22 March 2024", "The envoy said on Friday that talks would go on."],
                             "A headline", None, None, None)
    assert found.date == dt.date(2024, 3, 22)
    found = publication_date(["Updated 22 March 2024", "20 March 2024"], "A headline", None, None, None)
    assert found.date == dt.date(2024, 3, 20)


@pytest.mark.parametrize("url, expected", [
    ("https://news.example/20230114/envoy-speaks.html", dt.date(2023, 1, 14)),
    ("https://news.example/world/2022/0301/c90000.html", dt.date(2022, 3, 1)),
    ("https://news.example/news/2022-02-28/envoy-speaks", dt.date(2022, 2, 28)),
    ("https://news.example/2023-11-08-envoy-speaks", dt.date(2023, 11, 8)),
    ("https://news.example/world/envoy-speaks", None),
])
def test_publication_dates_in_addresses(url, expected):
    found = publication_date(["No date here."], "A headline", None, None, url)
    assert (found.date if found else None) == expected


@pytest.mark.parametrize("sentence", [
    "The minister said the tape, which has circulated since it was released Friday, was old news.",
    "The pact took effect Friday, the minister said.",
    "An analyst who wrote about the pact said it would fail, in a note dated before Friday.",
])
def test_the_day_of_another_event_is_not_when_it_was_said(sentence):
    from build_scripts.extract.dates import said_on
    assert said_on(sentence, PUB) == (None, None)


def test_an_event_to_come_resolves_forwards_and_is_not_the_statement_date():
    from build_scripts.extract.dates import said_on
    october = Published(dt.date(2016, 10, 23), "test")  # a Sunday
    found, _ = said_on("He said the Nov. 8 election would be close.", october)
    assert found is None
    found, _ = said_on("He said on Sunday that the Nov. 8 election would be close.", october)
    assert found.date == dt.date(2016, 10, 23)


def test_a_year_alone_gives_year_precision():
    from build_scripts.extract.dates import said_on
    found, _ = said_on("In a 2013 interview, the envoy said talks would go on.", PUB)
    assert (found.date, found.precision) == (dt.date(2013, 1, 1), "year")


def test_a_date_in_a_photo_caption_is_not_the_statement_date(registry):
    text = ("Envoy speaks\nJune 7, 2023\n\n"
            "Photo: Zhang Jun, who said on June 1, 2023 that talks would resume, at the Council.\n\n"
            "\"We will not walk away from the talks now,\" Zhang Jun said on Tuesday.")
    assert dated(text, registry) == dt.date(2023, 6, 6)


def test_a_year_of_background_is_not_when_anyone_spoke():
    from build_scripts.extract.dates import said_on
    assert said_on("The manager said of the course, which opened in 1971, that it would stay.", PUB)[0] is None
    found, _ = said_on("The envoy told reporters in 2021 that the talks would go on.", PUB)
    assert (found.date, found.precision) == (dt.date(2021, 1, 1), "year")
    # years before the article, a year alone is the story's background, unless it is the occasion's
    assert said_on("The union agreed in 2011 to a two-tier wage system, its leader said.", PUB)[0] is None
    found, _ = said_on("In a 2013 interview, the envoy said talks would go on.", PUB)
    assert found.date == dt.date(2013, 1, 1)


def test_a_day_said_anywhere_beats_a_year_said_first(registry):
    text = ("Envoy speaks\n\n"
            "In a 2008 speech, the envoy warned of the risk of war in the region.\n\n"
            "\"We will not walk away from the talks now,\" Zhang Jun said on Tuesday.")
    assert dated(text, registry, published=dt.date(2023, 6, 7)) == dt.date(2023, 6, 6)


def test_a_year_in_the_lead_without_a_verb_of_saying_gives_no_date(registry):
    text = ("Golf courses change\n\n"
            "The championship course, opened in 1971, is now run by a firm from Virginia.\n\n"
            "\"We wanted to control the real estate,\" the city manager said.")
    assert dated(text, registry) is None


def test_a_date_line_above_the_title_dates_the_page(registry):
    text = ("SC/15632\n22 March 2024\n\nCouncil fails to adopt the draft on the harbour\n\n"
            "The Security Council today failed to adopt a draft resolution on the harbour district, as two of "
            "its permanent members voted against the text.")
    found = extract(SourceDocument(path="t.txt", kind="txt", text=text), registry)
    assert found.published == dt.date(2024, 3, 22) and found.date.date == dt.date(2024, 3, 22)


def test_an_updated_stamp_dates_the_page_when_nothing_else_does(registry):
    text = ("Envoy urges restraint on the peninsula\nUpdated 11:02, 05-Apr-2023\n\n"
            "The envoy on Tuesday urged all parties to remain calm. \"Dialogue is the only way out,\" "
            "Zhang Jun told reporters.")
    assert dated(text, registry) == dt.date(2023, 4, 4)


def test_a_date_that_names_an_event_or_belongs_to_another_clause_is_not_when_anyone_spoke():
    from build_scripts.extract.dates import said_on
    # a date used as an adjective names the event, unless the event is itself a statement
    assert said_on("The government has vigorously denied any role in the Sept. 11, 2001, attacks.", PUB)[0] is None
    found, _ = said_on("In the July 9, 2012, cable, the ambassador reported that security was poor.", PUB)
    assert found.date == dt.date(2012, 7, 9)
    # "called" that names something says nothing
    assert said_on("A company called Harbour Trust gave $5,000 to the fund on June 27, 2014.", PUB)[0] is None
    # a clause of its own between the date and the verb dates something else
    assert said_on("Lorne met the envoy on Sept. 10, 2012, when the agency briefed him on the port.", PUB)[0] is None
    found, _ = said_on("On Monday, when asked about the port, the envoy said talks would go on.", PUB)
    assert found.date == dt.date(2022, 4, 4)


def test_a_newspaper_called_today_dates_nothing():
    from build_scripts.extract.dates import said_on
    assert said_on("Ada Lorne told USA TODAY that the plan would work.", PUB)[0] is None


def test_after_an_abstract_the_article_s_first_paragraph_is_part_of_the_lead(registry):
    text = ("Lorne and Brandt team up\n\n"
            "ABSTRACT.\n\n"
            "Ada Lorne, the harbour senator, campaigned with Ivo Brandt in Dover, the first event that featured "
            "the two together.\n\n"
            "FULL TEXT.\n\n"
            "Ada Lorne and Ivo Brandt held their first joint campaign event on Monday, striking a populist tone as "
            "they sought to address the anger over the harbour.")
    assert dated(text, registry, published=dt.date(2022, 4, 6)) == dt.date(2022, 4, 4)
