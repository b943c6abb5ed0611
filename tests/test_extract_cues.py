"""Each attribution rule of extract/cues.py and extract/names.py, on sentences written for it."""
from __future__ import annotations

from build_scripts.extract import cues
from build_scripts.extract.names import is_body, looks_like_name, split_title
from build_scripts.extract.speakers import Reader
from build_scripts.extract.quotes import find_quotes
from build_scripts.model import Registry


def who(cue: cues.Cue | None) -> tuple[str, str] | None:
    return (cue.who, cue.kind) if cue else None


def speakers_of(*paragraphs: str) -> list[str | None]:
    spans = find_quotes(list(paragraphs))
    return [a.speaker for a in Reader("A headline", list(paragraphs), spans, Registry()).attribute()]


def test_said_after_reads_subject_first_and_verb_first():
    assert who(cues.said_after(", Marta Quispe said on Friday.")) == ("Marta Quispe", "name")
    assert who(cues.said_after(", said Marta Quispe.")) == ("Marta Quispe", "name")
    assert who(cues.said_after(" – said Nebenzia.")) == ("Nebenzia", "name")
    assert who(cues.said_after(", she told reporters.")) == ("she", "pronoun")


def test_said_after_takes_the_name_after_a_title_of_lowercase_words():
    cue = cues.said_after(", said Lakeside College political scientist Ana Ferreira.")
    assert cue.who.endswith("Ana Ferreira") and split_title(cue.who).name == "Ana Ferreira"


def test_a_possessive_is_a_description_and_its_apposition_names_the_speaker():
    cue = cues.said_after(", said Ortiz's deputy campaign manager, Lena Hoff, who ran the field office.")
    assert who(cue) == ("Lena Hoff", "name")


def test_said_before_reads_the_last_speech_verb_and_its_subject():
    assert who(cues.said_before("On the steps of the court, Ruth Okafor told reporters that ")) == ("Ruth Okafor", "name")
    assert who(cues.said_before("The mayor, Ivo Brandt, warned: ")) == ("Ivo Brandt", "name")


def test_said_before_does_not_take_the_subject_of_a_reported_clause():
    # 'said Ortiz had "…"': Ortiz is who the words are about, not who said them
    assert cues.said_before("Later he said Ortiz had ") != cues.Cue("Ortiz", 14, "name")
    assert who(cues.said_before("Later he said Ortiz had ")) != ("Ortiz", "name")


def test_a_participle_speaks_for_the_subject_of_the_verb_it_follows():
    assert who(cues.said_before("The two will meet next week, Hoff said, adding, ")) == ("Hoff", "name")


def test_the_clause_subject_speaks_for_a_verb_far_from_it():
    assert who(cues.said_before("Ruth Okafor did not name her rivals, but told the crowd, ")) == ("Ruth Okafor", "name")


def test_a_word_opening_a_sentence_is_only_a_known_name():
    cue = cues.said_before("Hours later, the mayor returned the favour, telling the radio, ")
    assert cue is None or cue.kind != "name"


def test_according_to_and_the_colon_introduction():
    assert who(cues.according_to("according to Pavel Dusek, ")) == ("Pavel Dusek", "name")
    assert who(cues.colon_introduction("Lena Hoff, Harbour Ledger: ")) == ("Lena Hoff", "name")
    assert cues.colon_introduction("The plan had three parts: ") is None


def test_a_speaker_named_in_the_next_sentence():
    assert who(cues.named_next_sentence(" Those were the words of Ivo Brandt, who spoke next.")) == ("Ivo Brandt", "name")


def test_names_are_told_from_words_bodies_and_places():
    assert looks_like_name("Ana Ferreira")
    assert not looks_like_name("I'm")
    assert not looks_like_name("New York")
    assert not looks_like_name("Sierra Leone")
    assert is_body("Fox News") and is_body("CNN")
    assert not is_body("Tuesday") and not is_body("N.C.")


def test_titles_and_places_before_a_name_are_not_part_of_it():
    assert split_title("Tampa Mayor Bob Buckhorn").name == "Bob Buckhorn"
    assert split_title("House Republican Thomas Massie").name == "Thomas Massie"
    assert split_title("Ms. Ndegwa").gender == "f"


def test_a_named_attribution_beats_a_name_nearby():
    assert speakers_of("Rita Moreau spoke first.",
                       "\"We cannot wait for the next budget cycle to act,\" Blitzer said.") == ["Blitzer"]


def test_a_pronoun_with_two_possible_people_is_left_unresolved():
    got = speakers_of("Rita Moreau met Paulo Zanetti and Ivo Brandt on Monday after the vote.",
                      "Zanetti and Brandt left early, and Moreau stayed on.",
                      "\"We cannot wait for the next budget cycle to act,\" he said.")
    assert got == [None]


def test_a_pronoun_goes_to_the_only_person_of_its_gender_nearby():
    got = speakers_of("Ms. Rita Moreau met Mr. Ivo Brandt on Monday.",
                      "\"We cannot wait for the next budget cycle to act,\" she said.")
    assert got == ["Rita Moreau"]


def test_the_person_talked_about_is_not_the_speaker():
    """'X criticized Clinton for "…"': the words are the one talking's, not the one talked about."""
    assert speakers_of("Ivo Brandt criticized Rita Moreau for \"giving up on the people of the valley\".") == \
        ["Ivo Brandt"]


def test_a_paragraph_of_quotation_continues_the_speaker_of_the_one_before():
    got = speakers_of("\"We cannot wait for the next budget cycle to act,\" Rita Moreau said.",
                      "\"Every week of delay costs the valley another harvest.\"")
    assert got == ["Rita Moreau", "Rita Moreau"]


def test_a_namesake_or_relative_is_not_folded_into_a_known_name():
    got = speakers_of("\"We built this company from nothing at all,\" Ivo Brandt said.",
                      "\"My father never gave up on the valley,\" Ivo Brandt Jr. said.",
                      "\"I was proud of them both every single day,\" Mrs. Brandt said.")
    assert got == ["Ivo Brandt", "Ivo Brandt Jr.", "Mrs. Brandt"]


def test_a_colon_ending_a_paragraph_introduces_the_next():
    got = speakers_of("After the vote, Rita Moreau told the council:",
                      "\"We cannot wait for the next budget cycle to act.\"")
    assert got == ["Rita Moreau"]


def test_any_past_tense_verb_closing_the_sentence_after_a_quote_attributes_it():
    assert who(cues.said_after_any_verb(" Oliver barked.")) == ("Oliver", "name")
    assert cues.said_after_any_verb(" Oliver walked to the podium and sat down.") is None


def test_an_office_of_something_before_the_name_is_a_title():
    cue = cues.said_before("Former Secretary of State Ruth Okafor recently urged voters to turn out, saying, ")
    assert split_title(cue.who).name == "Ruth Okafor"


def test_an_apposition_may_hold_initials_and_titles():
    assert who(cues.said_before("Ivo Brandt, who served under George W. Bush, told the panel, ")) == ("Ivo Brandt", "name")


def test_an_attribution_inside_the_marks_between_dashes_is_not_part_of_the_quote():
    from build_scripts.extract import extract
    from build_scripts.model import SourceDocument
    text = ("Envoy speaks\n\n«The danger of a new cold war is real – said Ivo Brandt. – "
            "I do not know how we will get out of it.»\n\n"
            "«Every side must step back now – said Brandt, – and talk to the others at once.»")
    got = extract(SourceDocument(path="t.txt", kind="txt", text=text), Registry()).quotes
    assert [(q.speaker, q.text) for q in got] == [
        ("Ivo Brandt", "The danger of a new cold war is real"),
        ("Ivo Brandt", "I do not know how we will get out of it."),
        ("Ivo Brandt", "Every side must step back now and talk to the others at once.")]


def test_a_sentence_about_someone_described_keeps_a_pronoun_from_a_name_in_passing():
    got = speakers_of("The radio host has filled his shows with praise for Ivo Brandt.",
                      "\"He is the only one who can win this thing,\" he said.")
    assert got == [None]


def test_a_described_subject_that_settles_a_person_leads_the_pronoun_to_them():
    got = speakers_of("Ghana's envoy to the talks, Efua Boateng, spoke first.",
                      "The Ghanaian envoy said the talks had stalled.",
                      "\"We will not walk away from the table,\" she said.")
    assert got == ["Efua Boateng"]


def test_a_description_starts_at_a_word_not_inside_one():
    assert who(cues.said_before("Jessica Mackler issued a statement saying ")) == ("Jessica Mackler", "name")


def test_a_participle_after_the_quote_is_no_attribution():
    assert cues.said_after(", referring to the party's July convention.") is None


def test_an_attribution_may_open_the_sentence_with_its_verb():
    assert who(cues.said_before("Said Comey, ")) == ("Comey", "name")


def test_an_attribution_closing_the_sentence_the_quote_opens():
    assert who(cues.said_at_sentence_end(" by the flooding in the valley, Nefzi said. He left.")) == ("Nefzi", "name")
    assert cues.said_at_sentence_end(" by the flooding in the valley, and it was over.") is None


def test_one_person_named_with_a_word_more_is_still_one_person():
    got = speakers_of("Ms. Rita Moreau and her wife Ana Lenz arrived.",
                      "\"We will stay until the work is done in the valley,\" Wife Ana Lenz said.",
                      "\"Every week of delay costs the valley another harvest,\" Lenz said.")
    assert got == ["Ana Lenz", "Ana Lenz"]


def test_the_words_just_before_a_name_say_what_the_person_is():
    cue = cues.said_after(", said former Ortiz adviser Lena Hoff.")
    assert split_title(cue.who).name == "Lena Hoff"


def test_a_word_that_opens_a_sentence_or_names_a_group_is_not_a_name():
    assert not looks_like_name("Then") and not looks_like_name("Aides") and not looks_like_name("Americans")


def test_a_sentence_about_one_person_ending_with_a_colon_introduces_their_words():
    assert who(cues.clause_colon("Ruth Okafor has since apologized for what happened: ")) == ("Ruth Okafor", "name")
    assert cues.clause_colon("The plan had three parts: ") is None
    assert cues.clause_colon("Ruth Okafor answered Ivo Brandt: ") is None


def test_a_name_after_a_preposition_is_not_the_subject():
    assert who(cues.said_before("A reporter for Harbour Press Agency called it ")) == ("Harbour Press Agency",
                                                                                      "institution")
    # the apposition left open before the organization: the name before it speaks
    assert who(cues.said_before("Sam Lau, the spokesman for the Harbour Party said in a statement, ")) == \
        ("Sam Lau", "name")
    # "the words of X": the preposition belongs to the cue
    assert who(cues.named_next_sentence(" Those were the words of Ivo Brandt.")) == ("Ivo Brandt", "name")


def test_a_title_word_starts_at_a_word_boundary():
    assert who(cues.said_before("A reporter for Harbour Press called it ")) != ("r Harbour Press", "name")
    assert who(cues.said_before("former Obama adviser David Axelrod said ")) == ("former Obama adviser David Axelrod",
                                                                                  "name")


def test_a_name_before_a_noun_for_people_names_nobody():
    assert cues.said_before("White House officials say ") is None
    assert cues.said_before("Harbour Party aides said ") is None


def test_a_party_and_state_apposition():
    assert who(cues.said_after(", Sen. Ada Lorne, R-Ky., said. ")) == ("Sen. Ada Lorne", "name")


def test_appositions_with_an_age_a_job_and_a_town_with_its_state():
    assert who(cues.said_after(", Ada Lorne, 67, a retired nurse in Allentown, Pa., said on Monday.")) == \
        ("Ada Lorne", "name")
    assert who(cues.said_after(" Mr. Brandt, now 81 and retired in Cambridge, Mass., said by telephone.")) == \
        ("Mr. Brandt", "name")


def test_a_possessive_title_run_before_the_name_is_the_name():
    assert who(cues.said_after(", said Lorne's top policy aide Ivo Brandt.")) == ("Lorne's top policy aide Ivo Brandt",
                                                                                   "name")



def test_reported_speech_reaches_a_quotation_far_after_its_verb_unless_another_clause_comes_in():
    far = ("Ivo Brandt, a former treasury official, said that support for the plan among the smaller "
           "harbour towns and the two river districts in the north of the country should show that it is ")
    assert who(cues.said_before(far)) == ("Ivo Brandt", "name")
    other = ("Ada Lorne spoke just down the street from the old harbour hall, owned by the city since the war, "
             "where about fifty protesters had gathered on the morning of the vote, chanting ")
    assert cues.said_before(other) is None


def test_a_description_has_no_preposition_before_its_noun():
    assert cues.said_before("His candidacy for president appears to be taking the same tack, said ") is None or \
        who(cues.said_before("His candidacy for president appears to be taking the same tack, said "))[1] != "description"
    assert who(cues.said_after(", the Chinese envoy said.")) == ("the Chinese envoy", "description")


def test_a_long_title_before_the_name_after_the_quotation():
    assert who(cues.said_after_a_long_title(" Fight for $15 organizing director Ada Lorne told the radio. ")) == \
        ("organizing director Ada Lorne", "name")
    # another clause's subject is not the quotation's speaker
    assert cues.said_after_a_long_title(" after party spokesman Ivo Brandt expressed his support online. ") is None


def test_a_sentence_that_ends_before_the_quotation_does_not_attribute_it():
    """'…, said Ivo Brandt, organizer of a group called Harbour First, which expects 5,000. "…"': the verb and
    its subject are the last sentence's; a quotation that opens a sentence of its own gets its speaker
    from beside it, or from the one before it in the paragraph."""
    before = " said Ivo Brandt, organizer of a group called Harbour First, which expects 5,000 to attend. "
    assert cues.clause_before(before) == ""
    assert cues.said_before(before) is None


def test_verbs_that_quote_a_phrase_as_their_object():
    """'X decried the "…"', 'X slammed the plan as "…"': the quoted words are X's."""
    assert who(cues.said_before("In his 2004 speech, Ivo Brandt decried the ")) == ("Ivo Brandt", "name")
    assert who(cues.said_before("Ada Lorne slammed the proposal as ")) == ("Ada Lorne", "name")


def test_a_verb_right_after_the_quotation_takes_its_subject_before_any_participle():
    """'"…," said Ivo Brandt, referring to …': the participle after the name is no attribution of its own."""
    assert who(cues.said_after(", said Ivo Brandt, referring to the mayor's successor, Ada Lorne.")) == \
        ("Ivo Brandt", "name")
    assert who(cues.said_after(", said Brandt, explaining he had worked with Lorne.")) == ("Brandt", "name")
    # a short phrase may still stand between the quotation and a verb-first attribution
    assert who(cues.said_after(" as the harbour plan stalled again for the third year in a row, said Ada Lorne.")) \
        == ("Ada Lorne", "name")


def test_an_office_of_something_in_lower_case_is_a_title():
    cue = cues.said_after(", said former secretary of state Ada Lorne.")
    assert cue.kind == "name" and split_title(cue.who).name == "Ada Lorne"
    # "the" after "of" opens the body's name, which is no person
    assert speakers_of('"The harbour will be ready by the spring," Ada Lorne, executive director of the Harbour '
                       'Trust, said.') == ["Ada Lorne"]


def test_a_description_right_before_a_name_is_its_title():
    assert who(cues.said_after(", said American Harbour Fund president Ada Lorne.")) == ("Ada Lorne", "name")
    assert who(cues.said_after(", said the Dutch ambassador Ada Lorne.")) == ("Ada Lorne", "name")
    assert speakers_of('"The harbour will be ready by the spring," said the Dutch ambassador Monday.') == [None]


def test_a_name_with_an_apposition_whose_closing_comma_is_left_out():
    after = " Ada Lorne, who chairs the Harbour Trust said in a statement."
    assert who(cues.said_after_unclosed_apposition(after)) == ("Ada Lorne", "name")
    assert cues.said_after_unclosed_apposition(" Lorne, who chairs the Harbour Trust said.") is None  # a full name
    # after a quotation that ends its sentence, a name opens the next sentence
    assert speakers_of('"We are trying to be fair." South Carolina, the first state to vote, said nothing.') == [None]


def test_appositions_in_a_row_share_their_commas():
    assert speakers_of('"Both plans scare me," Ivo Brandt, 30, of Dover, Del., who was among those polled, said.') \
        == ["Ivo Brandt"]
    assert speakers_of('Of Ortiz, Ada Lorne, who has given money to Brandt, said, "He is a fine man but a weak '
                       'candidate."') == ["Ada Lorne"]
    # a conjunction opening the sentence is nobody's name
    assert speakers_of('Or, as Ada Lorne, a former harbour master, put it: "The ships are no longer at the gate."') \
        == ["Ada Lorne"]


def test_an_opening_phrase_or_conjunction_before_the_subject_of_a_participle():
    assert who(cues.said_before("Here in Dover, Ada Lorne stepped up her attacks, saying, ")) == ("Ada Lorne", "name")
    assert who(cues.said_before("But Ada Lorne showed no sign of backing down, accusing the board of ")) == \
        ("Ada Lorne", "name")


def test_an_opening_phrase_of_a_capitalized_word_and_a_few_lower_case_ones():
    assert who(cues.said_before("Hours later, Ada Lorne returned the compliment to Brandt, telling reporters, ")) == \
        ("Ada Lorne", "name")


def test_a_comma_before_the_verb_only_after_a_parenthesis():
    assert who(cues.said_before("After the vote, Gov. Ada Lorne (R-Del.), said, ")) == ("Gov. Ada Lorne", "name")
    # the name before the comma belongs to the apposition: the subject is the person it describes
    assert speakers_of('Ivo Brandt, who lives outside the state capital, Dover, said he still "hopes that Lorne '
                       'ends up the nominee this summer."') == ["Ivo Brandt"]


def test_a_described_person_named_in_apposition_with_its_closing_comma_left_out():
    assert who(cues.said_after_unclosed_apposition(" another friend, Ada Lorne told the radio. ")) == \
        ("Ada Lorne", "name")


def test_an_indefinite_description_names_nobody():
    assert speakers_of('Ivo Brandt spoke first.', '"Ivo does not even care any more," wrote one Brandt '
                       'supporter on Monday.') == [None]
    assert speakers_of('"This is the best news of the whole campaign so far," another voter said.') == [None]


def test_a_sentence_saying_someone_made_a_statement_introduces_the_quotation_after_it():
    before = "Ada Lorne, the communications director for the Harbour Party said in a statement. "
    assert who(cues.said_in_a_statement_before(before)) == ("Ada Lorne", "name")
    assert who(cues.said_in_a_statement_before("It rained. Ada Lorne wrote on Twitter. ")) == ("Ada Lorne", "name")
    # a sentence that only says someone spoke does not say what the next quotation is
    assert cues.said_in_a_statement_before("Ada Lorne said on Monday. ") is None


def test_a_statement_given_out_is_the_quotation_after_its_noun():
    assert who(cues.issued_a_statement("Immediately after the attacks, Ada Lorne issued a statement, ")) == \
        ("Ada Lorne", "name")
    assert cues.issued_a_statement("Ada Lorne issued a statement on the plan. ") is None


def test_a_paragraph_ending_with_a_colon_about_one_person_giving_out_a_statement():
    assert speakers_of('When Ivo Brandt died in 1998, Mayor Ada Lorne released the following statement:',
                       '"Our thoughts are with the families who lost their homes to the water tonight."') == \
        ["Ada Lorne"]


def test_a_quotation_paragraph_after_one_whose_only_subject_spoke():
    assert speakers_of("Ada Lorne praised Ivo Brandt's leadership after the storm and his way with the unions.",
                       '"We need someone who is going to cut through the noise and bring people together."') == \
        ["Ada Lorne"]


def test_an_inverted_attribution_opening_the_sentence_with_an_apposition():
    assert who(cues.said_before("It is a museum now. Said Ada Lorne, who grew up next door, ")) == ("Ada Lorne", "name")


def test_two_titles_joined_after_an_abbreviated_one():
    cue = cues.said_after(", said former Delaware Gov. and Harbour Party Chairman Ed Brandt.")
    assert cue.kind == "name" and split_title(cue.who).name == "Ed Brandt"


def test_a_phrase_between_the_quotation_and_the_verb_may_hold_a_title():
    assert who(cues.said_after(" to Mr. Brandt, said Ada Lorne, a former strategist for the party.")) == \
        ("Ada Lorne", "name")


def test_a_verb_before_a_colon_introduces_what_follows_not_the_quotation_before():
    assert cues.said_after(" The candidate reiterated: ") is None
    assert who(cues.said_after(" the candidate reiterated.")) == ("the candidate", "description")


def test_a_description_with_a_phrase_at_a_time_takes_the_name_in_apposition():
    assert who(cues.said_after(", wrote the American ambassador at the time, Ada Lorne.")) == ("Ada Lorne", "name")


def test_a_colon_introduction_after_a_headline_and_a_dash():
    cue = cues.colon_introduction("HARBOUR VOTERS FAVOR LORNE, BUT ECONOMY FAVORS BRANDT - Ivo Brandt: ")
    assert who(cue) == ("Ivo Brandt", "name")


def test_one_ad_of_a_body_is_an_institution():
    assert who(cues.said_before("One Club for Harbours ad, which is airing now, argues that ")) == \
        ("One Club for Harbours ad", "institution")



def test_a_window_cut_inside_a_word_starts_at_the_next_word():
    before = "x" * 300 + " In the primaries, Ivo Brandt suggested boycotting Apple and posted "
    clause = cues.clause_before(before)
    assert before[len(before) - len(clause) - 1] == " "  # "…ing Apple" would be taken for a name


def test_after_a_full_stop_a_sentence_that_says_more_than_who_spoke_is_a_statement_of_its_own():
    assert who(cues.said_after_a_full_stop(" Ada Lorne said on Monday.")) == ("Ada Lorne", "name")
    assert who(cues.said_after_a_full_stop(" said Ada Lorne, a professor of law at the Harbour College.")) == \
        ("Ada Lorne", "name")
    assert cues.said_after_a_full_stop(" Ada Lorne, the firm's owner, said the campaign never called back.") is None
    assert cues.said_after_a_full_stop(" Ada Lorne said Brandt had never asked.") is None
    assert who(cues.said_after_a_full_stop(" Ada Lorne told Harbour Radio on Sunday.")) == ("Ada Lorne", "name")
    assert speakers_of('Ivo Brandt wrote in an email: "We want to use this as soon as we can." Ada Lorne, the '
                       'firm\'s owner, said the campaign has yet to follow up.') == ["Ivo Brandt"]


def test_a_determiner_is_no_title_and_an_ordinal_is_one():
    cue = cues.said_after(", said another leading harbour advocate, Ada Lorne of the firm Lorne Brandt.")
    assert who(cue) == ("Ada Lorne", "name")
    cue = cues.said_after(", said Coast Guard 1st Lt. Ada Lorne.")
    assert split_title(cue.who).name == "Ada Lorne"


def test_a_conjunction_and_a_phrase_before_the_subject_of_a_participle():
    assert who(cues.said_before("But a few days later, Ada Lorne reversed herself again, telling the radio that ")) \
        == ("Ada Lorne", "name")
    assert who(cues.said_before("And then Ada Lorne went fully on the attack, saying, ")) == ("Ada Lorne", "name")


def test_a_sentence_saying_someone_gave_out_a_warning_introduces_the_quotation_after_it():
    assert who(cues.said_in_a_statement_before("Sen. Ada Lorne (R-Del.), a candidate, tweeted a warning. ")) == \
        ("Sen. Ada Lorne", "name")


def test_a_quoted_sentence_that_runs_on_before_its_subject_first_attribution():
    after = " that would answer the requests from the harbour board, senior trial counsel Ada Lorne said."
    cue = cues.said_after(after)
    assert cue.kind == "name" and split_title(cue.who).name == "Ada Lorne"


def test_a_subordinating_word_is_no_title():
    assert cues.said_after(" actually means is left to voters, since Brandt spoke only in riddles.") is None
