"""Site boilerplate out, the title found, Markdown marks off; on texts written for these tests."""
from __future__ import annotations

from build_scripts.extract.text import clean, paragraphs_of, strip_markdown

PAGE = """top of page
Skip to content
Home
About
Envoys clash over the future of the mission
Writer's picture
Nov 21, 2023 · 3 min read
Updated: Nov 22, 2023
The envoys met on Monday to discuss the mission.
Share this:
Facebook
X (Twitter)
We use cookies to improve your experience. By clicking Accept you agree.
"We will not give up on the people we serve," the envoy said.
Advertisement
#UnitedNations #Peace
Related articles
Another headline that is not this article
Comments
© 2023 by Some Collective. All rights reserved.
bottom of page
"""


def test_boilerplate_lines_are_removed_and_the_title_found():
    got = clean(PAGE)
    assert got.title == "Envoys clash over the future of the mission"
    assert got.paragraphs == (
        "Nov 21, 2023",
        "The envoys met on Monday to discuss the mission.",
        "\"We will not give up on the people we serve,\" the envoy said.",
    )


def test_markdown_marks_are_stripped_and_the_words_kept():
    assert strip_markdown("# A **bold** [link](https://x.example) and `code`") == ("A bold link and code", True)
    assert strip_markdown("> “A quoted line,” she said.") == ("“A quoted line,” she said.", False)


def test_a_hard_wrapped_paragraph_is_joined():
    text = ("The envoy told the Security Council on Tuesday that the\n"
            "talks had reached a point where both sides would have to\n"
            "make concessions if they wanted them to succeed at all.\n")
    assert paragraphs_of(text) == [" ".join(text.split())]


def test_a_text_without_a_headline_keeps_its_first_paragraph():
    got = clean("The envoy said on Tuesday that his country seeks only peace, and that talks must go on.\n\nMore text.")
    assert got.title == ""
    assert got.paragraphs[0].startswith("The envoy said on Tuesday")


def test_a_short_quotation_paragraph_after_the_lead_is_not_taken_for_the_title():
    text = ("Harbour party wins the vote, but its rivals still lead the count.\n\n"
            "Ada Lorne won the harbour district's vote on Tuesday, her sixth win in seven contests.\n\n"
            "In a speech on the quay, Lorne said she was the stronger candidate.\n\n"
            "\"We are beating them by very large numbers,\" Lorne said of her rivals, before thanking the crowd.\n\n"
            "Her rival tweeted congratulations, adding \"to everyone who worked so hard on this: Forward!\"\n\n"
            "With the win, Lorne has taken six of the last seven contests, though she still trails in delegates "
            "overall and needs a large win in the city next month to close the gap before the convention.")
    cleaned = clean(text)
    assert cleaned.title == "Harbour party wins the vote, but its rivals still lead the count."
    assert cleaned.paragraphs[0].startswith("Ada Lorne won") and len(cleaned.paragraphs) == 5


def test_a_text_that_opens_with_its_lead_keeps_every_line():
    text = ("Ada Lorne won the harbour district's vote on Tuesday. It was her sixth win in seven contests.\n\n"
            "\"We are beating them by very large numbers,\" Lorne said.")
    cleaned = clean(text)
    assert cleaned.title == "" and len(cleaned.paragraphs) == 2
