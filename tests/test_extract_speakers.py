"""Who said it, on short articles written for these tests (registry: the dev corpus's speakers.yml)."""
from __future__ import annotations

from build_scripts.extract import extract
from build_scripts.model import SourceDocument


def read(text: str, registry, kind: str = "txt"):
    return extract(SourceDocument(path="test.txt", kind=kind, text=text), registry)


def said(text: str, registry) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text.split()[0]) for q in read(text, registry).quotes]


def test_attribution_after_the_quote_with_a_registry_surname(registry):
    doc = "Envoys meet on the crisis\n\n\"Nobody here wants another war in the region,\" Teixeira said."
    assert said(doc, registry) == [("Rafael Moura Teixeira", "Nobody")]


def test_attribution_with_a_dash_and_the_verb_first(registry):
    doc = "Envoys meet on the crisis\n\n\"Restraint is needed from every side now\", – said Zhang."
    assert said(doc, registry) == [("Zhang Jun", "Restraint")]


def test_attribution_before_the_quote_after_a_colon(registry):
    doc = ("Envoys meet on the crisis\n\nZhang Jun spoke first.\n\n"
           "The Chinese envoy warned: \"Any escalation now would be a grave mistake for all.\"")
    assert said(doc, registry) == [("Zhang Jun", "Any")]


def test_pronouns_follow_the_right_person_when_two_people_speak(registry):
    doc = (
        "Two envoys disagree\n\n"
        "Eleanor Ashcombe said the mission had to stay.\n\n"
        "\"Leaving now would waste ten years of work by everyone,\" she said.\n\n"
        "Rafael Moura Teixeira disagreed with that view.\n\n"
        "\"The host country must decide what happens on its own soil,\" he said.\n\n"
        "\"Then the people in the camps will pay for that decision,\" she replied.\n"
    )
    assert said(doc, registry) == [
        ("Eleanor Ashcombe", "Leaving"), ("Rafael Moura Teixeira", "The"), ("Eleanor Ashcombe", "Then")]


def test_a_speaker_not_in_the_registry_is_named_in_full(registry):
    doc = ("France calls for restraint\n\n"
           "France's ambassador, Bertrand Lacoste-Vidal, said the Council had to act.\n\n"
           "\"We cannot wait for another massacre before we act,\" Lacoste-Vidal said.")
    got = read(doc, registry)
    assert [(q.speaker, q.text.split()[0]) for q in got.quotes] == [("Bertrand Lacoste-Vidal", "We")]
    assert got.speakers == ("Bertrand Lacoste-Vidal",)


def test_two_people_sharing_a_surname_are_told_apart(registry):
    doc = ("Two officials speak\n\n"
           "Zhang Jun addressed the Council in the morning.\n\n"
           "Later, Zhang Ming, a spokesman of the Chinese foreign ministry, spoke in Beijing.\n\n"
           "\"Our position on this question has not changed at all,\" Zhang Ming said.\n\n"
           "\"We urge every party to return to the table quickly,\" Zhang Jun said.")
    assert said(doc, registry) == [("Zhang Ming", "Our"), ("Zhang Jun", "We")]


def test_a_description_resolves_to_the_person_named_next_when_the_story_opens_with_it(registry):
    doc = ("Norway urges calm\n\n"
           "\"Peace,\" the ambassador said, \"is possible if both sides want it.\"\n\n"
           "Henrik Aasland Brekke has represented Norway for three years.")
    assert said(doc, registry) == [("Henrik Aasland Brekke", "Peace,")]


def test_a_quote_with_no_attribution_after_one_with_it_keeps_the_speaker(registry):
    doc = ("Envoy speaks\n\n\"We support every effort for peace talks\", – said Zhang Jun. "
           "\"We will not add fuel to the fire in any way\".")
    assert said(doc, registry) == [("Zhang Jun", "We"), ("Zhang Jun", "We")]


def test_a_transcript_is_the_statement_of_the_person_in_its_title(registry):
    doc = ("Statement by Ambassador Joyce Wairimu Ndegwa at the Security Council open debate, New York, 7 May 2024\n\n"
           "Mr. President,\n\nKenya thanks the briefers. We support the mission and its mandate.")
    got = read(doc, registry)
    assert got.speakers == ("Joyce Wairimu Ndegwa",)
    assert got.quotes == ()


def test_reported_speech_only_still_names_the_speaker(registry):
    doc = ("Kenya asks for funding\n\n"
           "Kenya's ambassador, Joyce Wairimu Ndegwa, urged the Council on Thursday to fund the missions.")
    got = read(doc, registry)
    assert got.speakers == ("Joyce Wairimu Ndegwa",)


def test_a_quote_nobody_can_be_tied_to_is_left_without_a_speaker(registry):
    doc = "A wall of text\n\n\"This sentence has quotation marks and no speaker at all.\""
    got = read(doc, registry)
    assert [q.speaker for q in got.quotes] == [None]
    assert any("could not be determined" in r for r in got.review)


def test_the_headline_picks_the_primary_speaker(registry):
    doc = ("Britain presses for a vote\n\n"
           "\"We have waited long enough for this vote to happen,\" Teixeira said.\n\n"
           "\"The draft is ready and it has the support it needs,\" Ashcombe said.")
    assert read(doc, registry).speakers == ("Eleanor Ashcombe", "Rafael Moura Teixeira")


def test_attribution_only_in_the_next_sentence(registry):
    doc = ("Envoys speak\n\nEleanor Ashcombe opened the debate.\n\n"
           "\"We will never accept a settlement imposed by force on any people.\" "
           "Those were the words of Rafael Moura Teixeira, who spoke next.")
    assert said(doc, registry) == [("Rafael Moura Teixeira", "We")]


def test_a_transcript_takes_its_date_from_its_title_line(registry):
    doc = ("Statement by Ambassador Joyce Wairimu Ndegwa at the open debate on climate, New York, 7 May 2024\n\n"
           "Mr. President,\n\nKenya thanks the briefers for their work this year.")
    got = read(doc, registry)
    assert got.speakers == ("Joyce Wairimu Ndegwa",)
    assert str(got.date.date) == "2024-05-07"


def test_an_interview_without_quotation_marks_is_the_interviewees(registry):
    doc = ("Interview with Henrik Aasland Brekke on the future of peacekeeping\n\n"
           "Q: What comes next for the missions?\n\nA: We need to adapt them to new threats.")
    assert read(doc, registry).speakers == ("Henrik Aasland Brekke",)


def test_a_title_with_a_name_and_ms_sets_the_gender(registry):
    doc = ("Two envoys on the mandate\n\nMs. Efua Boakye-Ansah spoke after Mr. Kwame Mensah-Bonsu.\n\n"
           "\"We will not walk away from the people of the region,\" she said.")
    assert said(doc, registry) == [("Efua Boakye-Ansah", "We")]


def test_a_quote_from_an_institution_gets_no_person(registry):
    doc = ("Ministry responds\n\nZhang Jun spoke at the Council in the morning.\n\n"
           "\"The measures will remain in place until further notice,\" the ministry said in a statement.")
    got = read(doc, registry)
    assert [q.speaker for q in got.quotes] == [None]


def test_a_description_followed_by_the_name_takes_the_name(registry):
    doc = ("France speaks\n\nZhang Jun spoke first.\n\n"
           "\"We will not accept any change of borders by force,\" said the ambassador of France, Nicolas de Rivière.")
    assert said(doc, registry) == [("Nicolas de Rivière", "We")]


def test_a_described_but_unnamed_speaker_is_not_given_a_name(registry):
    doc = ("China rejects new sanctions\n\n"
           "China's ambassador Zhang Jun on Friday rejected new sanctions, telling reporters that pressure had failed.\n\n"
           "\"Sanctions cannot replace dialogue with all the parties,\" Zhang said.\n\n"
           "A U.S. spokesperson said in response that Washington remained open to talks. "
           "\"Our offer of dialogue without preconditions stands,\" the spokesperson said.")
    assert said(doc, registry) == [("Zhang Jun", "Sanctions"), (None, "Our")]


def test_a_un_press_release_names_speakers_in_capitals_with_their_country(registry):
    doc = ("Speakers urge protection of aid workers as Council debates Sudan\n\n"
           "Mr. KWAME MENSAH-BONSU (Ghana) said that \"the parties must stop the fighting and return to talks\".")
    assert said(doc, registry) == [("Kwame Mensah-Bonsu", "the")]


def test_a_name_that_starts_like_a_pronoun_is_a_name(registry):
    doc = ("Nigeria speaks\n\nEleanor Ashcombe spoke first.\n\n"
           "\"Our region cannot wait for another year of talks,\" said Amina Shehu, Nigeria's ambassador.")
    assert said(doc, registry) == [("Amina Shehu", "Our")]


def test_an_interruption_with_an_honorific_is_still_one_quote(registry):
    doc = ("Envoy speaks\n\n\"Talks,\" Ms. Ashcombe said, \"are the only road left to all of us.\"")
    assert said(doc, registry) == [("Eleanor Ashcombe", "Talks,")]


def test_the_byline_names_who_wrote_the_article_never_who_spoke(registry):
    doc = ("Aid for the east is urged at the Council\n\n"
           "By Ingrid Halvorsen, The Harbour Ledger, July 22, 2022\n\n"
           "Yesterday, Amara Kallon, Sierra Leone's permanent representative to the United Nations, "
           "told reporters that aid had to reach the east.\n\n"
           "He warned: \"Every week of delay costs lives in the camps of the east.\"")
    assert said(doc, registry) == [("Amara Kallon", "Every")]
    assert "Ingrid Halvorsen" not in read(doc, registry).speakers


def test_a_possessive_country_of_several_words_sets_off_an_unknown_speaker(registry):
    doc = ("Envoys meet on the crisis\n\n"
           "Jean-Paul Ndombe, the Central African Republic's ambassador, spoke after the vote.\n\n"
           "\"Our people cannot wait for another mandate cycle,\" he said.")
    assert said(doc, registry) == [("Jean-Paul Ndombe", "Our")]


def test_with_no_name_in_the_headline_the_opening_names_the_primary_speaker(registry):
    doc = ("Talks resume after a long pause\n\n"
           "Eleanor Ashcombe told the Council on Monday that the talks had to resume at once.\n\n"
           "\"We have waited long enough for this vote to happen,\" Teixeira said.\n\n"
           "\"The draft is ready and it has the support it needs,\" Ashcombe said.")
    assert read(doc, registry).speakers == ("Eleanor Ashcombe", "Rafael Moura Teixeira")


def test_an_official_transcript_names_its_speaker_on_the_line_under_the_title(registry):
    doc = ("Remarks at a Security Council Briefing on the Situation in the Sahel\n"
           "Ambassador Marta Quispe\nPermanent Representative to the United Nations\nNew York\nApril 3, 2024\n\n"
           "Thank you, Mr. President. We are grateful to the briefers for their work this year.")
    got = read(doc, registry)
    assert got.speakers == ("Marta Quispe",)
    assert str(got.date.date) == "2024-04-03"


def test_an_explanation_of_vote_is_the_statement_of_the_one_who_gives_it(registry):
    doc = ("Explanation of Vote by Ambassador Marta Quispe on a Resolution on the Sahel\nMarch 22, 2024\n\n"
           "Thank you, Madam President. My delegation voted in favour of this resolution today.")
    got = read(doc, registry)
    assert got.speakers == ("Marta Quispe",)
    assert str(got.date.date) == "2024-03-22"


def test_he_said_goes_to_the_man_who_spoke_last_not_to_the_men_he_spoke_of(registry):
    doc = ("Mayors react\n\n"
           "Victor Lamb won the spring vote by forty ballots. His rival Hugo Stein asked for a recount. "
           "Owen Pardee, who ran the count, said it was fair.\n\n"
           "\"We counted every ballot twice and the result did not change,\" he said.")
    assert said(doc, registry) == [("Owen Pardee", "We")]


def test_he_said_stays_unknown_when_another_man_opens_a_sentence_after_the_last_speaker(registry):
    doc = ("Mayors react\n\n"
           "Owen Pardee said the vote was close. Victor Lamb disputed the count in court.\n\n"
           "\"We counted every ballot twice and the result did not change,\" he said.")
    assert said(doc, registry) == [(None, "We")]


def test_a_participle_after_a_named_object_speaks_for_the_sentence_subject(registry):
    doc = ("Candidates clash\n\n"
           "Mara Quill attacked Victor Lamb, the front-runner, saying voters deserved better.\n\n"
           "\"I will not stand by while this campaign lies to people,\" she said.")
    assert said(doc, registry) == [("Mara Quill", "I")]


def test_a_reporter_for_an_agency_is_not_the_agency(registry):
    doc = ("Crash at the harbour\n\n"
           "A reporter for Harbour Press Agency called it a scene of utter chaos on the quay.\n\n"
           "\"We saw people running and crates falling into the water,\" he said.")
    assert said(doc, registry) == [(None, "We")]


def test_a_first_name_tells_he_from_she_where_the_text_does_not(registry):
    doc = ("Merger talks\n\n"
           "Michael Capellas called Susan Crawford with an offer that spring.\n\n"
           "\"I knew at once that the deal would be done by the summer,\" she said.")
    assert said(doc, registry) == [("Susan Crawford", "I")]


def test_a_first_name_read_as_the_other_gender_does_not_leave_the_pronoun_with_nobody(registry):
    doc = ("Aid talks\n\n"
           "Amara Kallon, Sierra Leone's envoy, spoke to reporters.\n\n"
           "\"Every week of delay costs lives in the camps,\" he said.")
    assert said(doc, registry) == [("Amara Kallon", "Every")]


def test_an_unnamed_wife_keeps_she_from_the_only_woman_named(registry):
    doc = ("Campaign notes\n\n"
           "Mara Quill led the polls all spring. But his wife, Jane, gave an interview on Sunday.\n\n"
           "\"If he wins, he wants to keep this movement going,\" she said.")
    assert said(doc, registry) == [(None, "If")]


def test_mr_and_ms_tell_apart_two_people_of_one_surname(registry):
    doc = ("Family business\n\n"
           "Victor Lorne built the company; his daughter Ada Lorne runs it now.\n\n"
           "''It was a little more ship than I needed,'' Mr. Lorne said of the first purchase.\n\n"
           "''We will sell it this year,'' Ms. Lorne said.")
    assert said(doc, registry) == [("Victor Lorne", "It"), ("Ada Lorne", "We")]


def test_a_possessive_and_a_name_in_an_opening_phrase_are_not_the_subject(registry):
    doc = ("Campaign notes\n\n"
           "Owen Pardee, Lamb's longtime friend and adviser, praised the campaign. In his letter to Victor Lamb, "
           "Pardee promised more help.\n\n"
           "\"The campaign is back on its feet, and I am happy to see it,\" he told reporters.")
    assert said(doc, registry) == [("Owen Pardee", "The")]


def test_the_subject_of_a_when_clause_is_not_the_sentences(registry):
    doc = ("Debate notes\n\n"
           "When Mr. Lamb tried to defend his remarks about the strike, Mr. Pardee forcefully differed.\n\n"
           "''I think that the company broke those workers,'' he said.")
    assert said(doc, registry) == [("Mr. Pardee", "I")]


def test_an_outlet_s_possessive_before_a_name_is_not_part_of_it(registry):
    doc = ("Debate notes\n\n"
           "Speaking on the Harbour Channel's morning show, Harbour Channel's Pardee admitted the error.\n\n"
           "\"We found the article and we are going to put it out today,\" Pardee said.")
    assert said(doc, registry) == [("Pardee", "We")]


def test_said_she_before_a_quotation_opens_the_reported_clause(registry):
    doc = ("Rally notes\n\n"
           "Victor Lamb attacked Ada Lorne's record and said she \u201cis not going to fix it in four years.\u201d")
    assert said(doc, registry) == [("Victor Lamb", "is")]


def test_a_surname_alone_before_a_verb_of_saying_is_a_person_a_pronoun_can_mean(registry):
    doc = ("Iowa notes\n\n"
           "The good news for Victor Lamb, Woolson said, is the crowds. \u201cThat is a tough area.\u201d\n\n"
           "\u201cHe will still get coverage wherever he goes,\u201d he said.")
    assert said(doc, registry)[-1] == ("Woolson", "He")


def test_a_long_opening_phrase_leaves_the_name_after_its_comma_the_subject(registry):
    doc = ("Convention notes\n\n"
           "Repeating lines from his much-praised speech at the convention last week, Owen Pardee rubbished "
           "Victor Lamb's claim to understand the harbour towns.\n\n"
           "\u201cTo repeat myself, it is a bunch of nonsense from start to end,\u201d he said.")
    assert said(doc, registry) == [("Owen Pardee", "To")]


def test_someone_reported_inside_a_that_clause_is_not_who_speaks_next(registry):
    doc = ("Campaign notes\n\n"
           "Owen Pardee turned the story on the paper, pointing out that its reporter Victor Lamb had reported "
           "in June that the campaign was failing.\n\n"
           "\u201cApparently nothing has changed at that paper since then,\u201d he said.")
    assert said(doc, registry) == [("Owen Pardee", "Apparently")]


def test_a_first_name_of_one_gender_in_one_country_and_the_other_elsewhere_says_nothing(registry):
    # the given-name dictionary reads "Rand" as a woman's name worldwide and a man's in the United States
    doc = ("Debate night\n\n"
           "Marco Rubio answered the question on taxes first.\n\n"
           "Rand Paul also asked how it was conservative to add a trillion dollars in spending.\n\n"
           "\"You can't be conservative if you keep promoting programs you can't pay for,\" he argued.")
    assert said(doc, registry) == [("Rand Paul", "You")]


def test_headline_case_lines_are_not_read_for_new_names(registry):
    from build_scripts.extract.speakers import in_headline_case
    assert in_headline_case("“Harbour City” Star Asked Actors To Act Whiter To Make A Point.")
    assert not in_headline_case("Ada Lorne Told The harbour board to wait.")


def test_a_surname_alone_is_the_person_the_article_is_about_not_a_namesake_it_brings_in(registry):
    doc = ("Profile\n\n"
           "Ada Lorne ran the harbour company for six years. Lorne cut costs. Lorne sold ships. Lorne hired.\n\n"
           "Her husband, Frank Lorne, a retired executive, stayed at home.\n\n"
           "\"The merger was the best option we had at the time,\" Lorne said.")
    assert said(doc, registry) == [("Ada Lorne", "The")]


def test_a_short_word_in_capitals_is_a_company_not_a_woman(registry):
    doc = ("Profile\n\n"
           "Ada Lorne ran the company for six years.\n\n"
           "HP said it would cut 30,000 jobs after the merger, and its board backed the plan.\n\n"
           "\"This is a choice between charging ahead or retreating,\" she said.")
    assert said(doc, registry) == [("Ada Lorne", "This")]


def test_a_description_fits_the_title_not_a_lesser_office_nor_another_place(registry):
    # a vice president is not "the president"; only the one president the text titles so is
    doc = ("Convention\n\n"
           "President Ivo Brandt and Vice President Ada Lorne will both speak on Wednesday.\n\n"
           "\"Nothing truly prepares you for the demands of this office,\" the two-term president will say.")
    assert said(doc, registry) == [("Ivo Brandt", "Nothing")]
    # "the Vermont senator" is not the one senator the text titled, from another state
    doc = ("Endorsements\n\n"
           "Sen. Ada Lorne said she had backed the plan early.\n\n"
           "\"The media considered me a fringe candidate back then,\" the independent Vermont senator said.")
    assert said(doc, registry) == [(None, "The")]


def test_an_adviser_is_not_a_chairman(registry):
    doc = ("Campaign\n\n"
           "Committee Chairman Ivo Brandt said he expects Lorne to play a major role this fall.\n\n"
           "\"I think politicians are practical people,\" said the senior Lorne adviser.")
    assert said(doc, registry) == [(None, "I")]


def test_a_transcript_title_with_every_word_capitalized(registry):
    doc = ("Harbour Mission to the United Nations\n\n"
           "Remarks By Ambassador Ada Lorne At A UN Security Council Briefing On The Harbour\n\n"
           "March 22, 2024\n\n"
           "Thank you, Madam President. The war continues to devastate the harbour towns.")
    ex = read(doc, registry)
    assert ex.speakers == ("Ada Lorne",) and str(ex.date.date) == "2024-03-22"


def test_a_description_in_a_paragraph_about_someone_else_is_left_unsettled(registry):
    doc = ("Primary eve\n\n"
           "Sen. Ivo Brandt finished third in the caucuses last week.\n\n"
           "Ada Lorne stopped by her campaign office to rally volunteers. Walking in to cheers, the senator said "
           "her campaign was \"closing really strong in every county of the state.\"")
    assert said(doc, registry) == [(None, "closing")]
