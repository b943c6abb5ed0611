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
