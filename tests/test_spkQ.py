"""Wrong and lost English quotes of issue 5 (spkQ): a quotation opening with an ellipsis after a full
stop, a relative clause's report with two complements running into the main verb, a speaker's phrase
ending in a plus sign, a role before a sentence's end taken as a description of the next name, a
verb and a coordinated noun inside a relative pronoun's antecedent, a month between a speaker's
phrase and its cue, a weekday before a body that is no day-named one, and runs of three apostrophes
inside a word. Each table holds the bad shape beside near-misses that must not change."""

from __future__ import annotations

import pytest

from quote_cases import SpeakerRow, speaker_rows

# (text, quotes): a full stop, then a quotation that opens with an ellipsis ends a sentence there
ELLIPSES: list[tuple[str, list[SpeakerRow]]] = [
    ('Tom Berg said prices fell. "...That does not preclude a rebound," he said.',
     [("prices fell", "Tom Berg", "Tom Berg"), ("...That does not preclude a rebound,", "Tom Berg", "he")]),
    ('Tom Berg said prices fell. "...that does not preclude a rebound," he said.',
     [("prices fell", "Tom Berg", "Tom Berg"), ("...that does not preclude a rebound,", "Tom Berg", "he")]),
    ('Tom Berg said prices fell. "… That does not preclude a rebound," he said.',
     [("prices fell", "Tom Berg", "Tom Berg"), ("… That does not preclude a rebound,", "Tom Berg", "he")]),
    # (near-misses: no ellipsis; an ellipsis inside the sentence, no quotation mark before it)
    ('Tom Berg said prices fell. "That does not preclude a rebound," he said.',
     [("prices fell", "Tom Berg", "Tom Berg"), ("That does not preclude a rebound,", "Tom Berg", "he")]),
    ("Tom Berg said prices fell ... and then rose.", [("prices fell ... and then rose", "Tom Berg", "Tom Berg")]),
    ('"...That does not preclude a rebound," he said.', [("...That does not preclude a rebound,", "he", "he")]),
]


@pytest.mark.parametrize(("text", "expected"), ELLIPSES)
def test_a_quotation_opening_with_an_ellipsis(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# (text, quotes): a relative clause's words end before the sentence's own verb after two
# complements joined by "and"/"or"
JOINED_COMPLEMENTS: list[tuple[str, list[SpeakerRow]]] = [
    ("A lawyer who said the case was weak and flawed declined to comment.",
     [("the case was weak and flawed", "A lawyer", "A lawyer")]),
    ("An aide who said the plan was late or wrong resigned on Monday.",
     [("the plan was late or wrong", "An aide", "An aide")]),
    # (near-misses: one complement; a second verb after "and" with an object; nothing after)
    ("A lawyer who said the case was weak declined to comment.", [("the case was weak", "A lawyer", "A lawyer")]),
    # (since stop 48 no report where a relative clause on the subject runs to the sentence's end,
    # its end not sure: the sentence's own verb may be inside, rs55's subject_relative_runs_on)
    ("A lawyer who said the case was weak and dropped the appeal left.", []),
    ("A lawyer who said the case was weak and flawed.", []),
]


@pytest.mark.parametrize(("text", "expected"), JOINED_COMPLEMENTS)
def test_a_relative_report_with_joined_complements(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# (text, quotes): a plus sign after a word in capitals is part of it (a group and its allies)
PLUS_NAMES: list[tuple[str, list[SpeakerRow]]] = [
    ("The price rose after OPEC+ said it would cut output.", [("it would cut output", "OPEC+", "OPEC+")]),
    ('"We will cut output," OPEC+ said.', [("We will cut output,", "OPEC+", "OPEC+")]),
    # (near-misses: no plus sign; a subordinator before a plain subject)
    ("The price rose after OPEC said it would cut output.", [("it would cut output", "OPEC", "OPEC")]),
    ("Shares fell because the company said it would cut jobs.", [("it would cut jobs", "the company", "the company")]),
]


@pytest.mark.parametrize(("text", "expected"), PLUS_NAMES)
def test_a_name_ending_in_a_plus_sign(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# (text, quotes): a role that ends a sentence describes no name in the next one
ROLE_BEFORE_FULL_STOP: list[tuple[str, list[SpeakerRow]]] = [
    ('"The bridge will open in May," said the mayor. Ana Ortiz disagreed with him.\n\n"It will not," she said.',
     [("The bridge will open in May,", "the mayor", "the mayor"), ("It will not,", "Ana Ortiz", "she")]),
    ('"The bridge will open in May," said the mayor. Ana Ortiz left.',
     [("The bridge will open in May,", "the mayor", "the mayor")]),
    # (near-misses: the role as an appositive, as a title, and an abbreviated title before the name)
    ('"The bridge will open in May," said the mayor, Ana Ortiz.', [("The bridge will open in May,", "Ana Ortiz", "Ana Ortiz")]),
    ('Mayor Ana Ortiz spoke. "The bridge will open in May," said the mayor.',
     [("The bridge will open in May,", "Ana Ortiz", "the mayor")]),
    ('"The bridge will open in May," said U.S. Ambassador Ana Ortiz.',
     [("The bridge will open in May,", "Ana Ortiz", "U.S. Ambassador Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_BEFORE_FULL_STOP)
def test_a_role_before_a_full_stop_describes_no_next_name(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# (text, quotes): a relative pronoun's antecedent is the noun the clause follows, never a verb's
# subject before it, and of nouns joined by "and" the last
ANTECEDENTS: list[tuple[str, list[SpeakerRow]]] = [
    ("The suits involved small firms and residents who said the plant polluted their wells.",
     [("the plant polluted their wells", "residents", "residents")]),
    ("The suits involved residents who said the plant polluted their wells.",
     [("the plant polluted their wells", "residents", "residents")]),
    ("The plan angered farmers who said the dam would ruin their land.",
     [("the dam would ruin their land", "farmers", "farmers")]),
    # (near-misses: names joined stay whole; a determiner before a participle keeps it)
    ("Jeb Bush and Chris Christie, who say the plan failed, met.",
     [("the plan failed", "Jeb Bush and Chris Christie", "Jeb Bush and Chris Christie")]),
    ("He met the retired workers who said the plant polluted their wells.",
     [("the plant polluted their wells", "the retired workers", "the retired workers")]),
]


@pytest.mark.parametrize(("text", "expected"), ANTECEDENTS)
def test_a_relative_antecedent(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# (text, quotes): a month after a time preposition stands between a speaker's phrase and its cue
MONTHS: list[tuple[str, list[SpeakerRow]]] = [
    ("Most economists polled by Reuters in March said rates would rise.",
     [("rates would rise", "Most economists", "Most economists")]),
    ("Analysts surveyed by Bloomberg in June said prices would fall.", [("prices would fall", "Analysts", "Analysts")]),
    # (near-misses: no time; a name before the month; the modal in lower case opens no time)
    ("Most economists polled by Reuters said rates would rise.", [("rates would rise", "Most economists", "Most economists")]),
    ("Tom Berg in March said rates would rise.", [("rates would rise", "Tom Berg", "Tom Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), MONTHS)
def test_a_month_before_the_cue(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# (text, quotes): a weekday after an inverted cue is a day unless the body after it ends in an
# organisation's word (a body named after a day)
WEEKDAYS: list[tuple[str, list[SpeakerRow]]] = [
    ('"The plan will pass," said Tuesday Labour leader Jane Roe.',
     [("The plan will pass,", "Jane Roe", "Labour leader Jane Roe")]),
    ("The plan will pass, said Tuesday Labour leader Jane Roe.", [("The plan will pass", "Jane Roe", "Labour leader Jane Roe")]),
    ('"The plan will pass," said Monday French foreign minister Jane Roe.',
     [("The plan will pass,", "Jane Roe", "French foreign minister Jane Roe")]),
    # (near-misses: a day-named body, ending in an organisation's word)
    ('"The plan will pass," said Sunday Times editor Jane Roe.',
     [("The plan will pass,", "Jane Roe", "Sunday Times editor Jane Roe")]),
    ("The plan will pass, said Sunday Post editor Jane Roe.", [("The plan will pass", "Jane Roe", "Sunday Post editor Jane Roe")]),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAYS)
def test_a_weekday_after_an_inverted_cue(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# (text, quotes): three apostrophes or more inside a word are no quotation marks
APOSTROPHE_RUNS: list[tuple[str, list[SpeakerRow]]] = [
    ("a'''b a'''b said Tom Berg.", []),
    ("a''''b a''''b said Tom Berg.", []),
    ("The word a'''b is odd, said Tom Berg.", [("The word a'''b is odd", "Tom Berg", "Tom Berg")]),
    # (near-misses: two marks as a quotation mark; a closing digraph after a single mark)
    ("''It is odd,'' said Tom Berg.", [("It is odd,", "Tom Berg", "Tom Berg")]),
    ("''It is 'odd,''' said Tom Berg.", [("It is 'odd,'", "Tom Berg", "Tom Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), APOSTROPHE_RUNS)
def test_apostrophes_inside_a_word(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text, headline="Head") == expected


# (text, quotes): a participle after a relative clause's report is the main clause subject's, and
# a comma inside a closing quotation mark before it ends the report as a plain comma does; a gerund
# that opens the reported clause may carry an aside set off by commas before its verb
PARTICIPLES: list[tuple[str, list[SpeakerRow]]] = [
    ("The mayor rebuked critics who say she should resign, saying the charges are false.",
     [("she should resign", "critics", "critics"), ("the charges are false", "The mayor", "The mayor")]),
    ('The mayor rebuked critics who say she is "a liar," saying the charges are false.',
     [('she is "a liar,"', "critics", "critics"), ("the charges are false", "The mayor", "The mayor")]),
    ("Ana Ortiz said calling the rebels, also known as the Front, by another name will do nothing.",
     [("calling the rebels, also known as the Front, by another name will do nothing", "Ana Ortiz", "Ana Ortiz")]),
    # (near-misses: the participle after the main clause's own report; a preposition ending like a
    # gerund opens no clause)
    ("Ana Ortiz said she would resign, saying the charges are false.",
     [("she would resign", "Ana Ortiz", "Ana Ortiz"), ("the charges are false", "Ana Ortiz", "Ana Ortiz")]),
    ("Ana Ortiz said calling the rebels by another name will do nothing.",
     [("calling the rebels by another name will do nothing", "Ana Ortiz", "Ana Ortiz")]),
    ("Ana Ortiz said during a visit to Dover, Delaware, that the state was wrong.", []),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLES)
def test_a_participle_after_a_relative_report(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected
