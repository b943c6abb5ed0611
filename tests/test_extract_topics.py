"""Topics: headline and main subjects count, the venue and passing clauses do not."""
from __future__ import annotations

from build_scripts.extract.topics import find_topics
from build_scripts.model import Topic

TOPICS = (
    Topic("security-council", "The Council", keywords=("Security Council", "veto", "Council reform")),
    Topic("climate", "Climate", keywords=("climate", "drought", "emissions")),
    Topic("nuclear", "Nuclear", keywords=("nuclear", "IAEA")),
)


def test_the_venue_of_a_statement_is_not_its_topic():
    paragraphs = ["The envoy told the Security Council on Tuesday that drought and failed rains fuel conflict.",
                  "\"Climate change is a threat multiplier, and emissions must fall,\" she said at a Security Council briefing."]
    assert find_topics("Envoy warns of climate risks", paragraphs, TOPICS) == ["climate"]


def test_a_headline_names_a_topic():
    assert find_topics("Envoy backs IAEA mission to plant", ["The envoy spoke briefly."], TOPICS) == ["nuclear"]


def test_one_passing_mention_is_not_a_topic():
    paragraphs = ["The envoy spoke about drought and emissions, and the climate crisis in the region.",
                  "She mentioned the veto once, in passing."]
    assert find_topics("Envoy speaks", paragraphs, TOPICS) == ["climate"]


def test_a_paragraph_about_the_council_itself_is_a_topic():
    paragraphs = ["Members argued over Council reform and the use of the veto in cases of mass atrocities."]
    assert find_topics("Envoys debate", paragraphs, TOPICS) == ["security-council"]


def test_a_passing_clause_does_not_make_a_topic():
    paragraphs = ["Only talks can end the war, in line with the Charter and its principles, "
                  "including respect for Council reform and the veto of the permanent members of the body today."]
    assert find_topics("Envoy speaks", paragraphs, TOPICS) == []


def test_inflections_and_a_word_inside_a_phrase_still_match():
    topics = (Topic("security-council", "The Council", keywords=("veto", "elected members")),)
    paragraphs = ["The ten elected Council members want a text that will not be vetoed this time."]
    assert find_topics("Envoys debate", paragraphs, topics) == ["security-council"]


def test_one_mention_early_in_a_short_paragraph_is_its_subject():
    paragraphs = ["The envoy said that denuclearization and a peace mechanism should advance together, step by step."]
    topics = (Topic("nuclear", "Nuclear", keywords=("denuclearization",)),)
    assert find_topics("Envoy speaks", paragraphs, topics) == ["nuclear"]


def test_an_acronym_keyword_is_matched_as_written_and_never_inflected():
    from build_scripts.extract.topics import keywords_pattern
    pattern = keywords_pattern(("AI", "artificial intelligence"))
    assert [m.group(0) for m in pattern.finditer("AI and artificial intelligences, not aid, said or ai.")] == [
        "AI", "artificial intelligences"]


def test_job_titles_captions_and_notes_do_not_make_a_topic():
    from build_scripts.extract.topics import find_topics
    from build_scripts.model import Topic
    topics = (Topic("peacekeeping", "Peacekeeping", keywords=("peacekeeping",)),)
    paragraphs = ["The Under-Secretary-General for Political Affairs and Peacekeeping Operations spoke first "
                  "about the budget of the organization for the coming year.",
                  "Photo: peacekeeping troops at a base",
                  "Editor's note: an earlier version of this article on peacekeeping misnamed a delegate."]
    assert find_topics("Budget talks continue", paragraphs, topics) == []
    assert find_topics("Budget talks continue", ["Peacekeeping troops must be protected, the envoy said."],
                       topics) == ["peacekeeping"]
