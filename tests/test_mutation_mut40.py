"""Mutation pass mut40 (issue 8): the mutants of mut37's pass over ``quotes/grammar.py``, ``quotes/direct.py`` and
``quotes/reported.py`` that mut39 left (its 122 not examined and its 32 left), made again and found on main
``51e2e225``.  Each row names the mutants it kills (module:index in mut37's numbering, the function, the line on
``51e2e225`` and the change; see docs/testing.md, "Mutation testing"); ``resolution:N`` rows name the mutants of mut40's
own pass over the lines of ``quotes/resolution.py`` changed since ``ac2d2501``."""

from __future__ import annotations

import pytest

from newsparse.quotes.parser import QuoteParser
from newsparse.spans import QuoteKind
from quote_cases import MentionRow, article_of, mention_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT

# (text under a headline, every quote as (words, kind, speaker's name, mention))
CASES: list[tuple[str, list[MentionRow]]] = [
    # kills grammar:452 classified_name L3740 Or swapped (a role noun between a participle-like first word and the
    # name classifies the name: "Ruling party leader" is no participle and its object)
    (
        "Ruling party leader Ana Ortiz said the vote would go ahead.",
        [("the vote would go ahead", R, "Ana Ortiz", "Ruling party leader Ana Ortiz")],
    ),
    # kills reported:358 opening_subject L4371 drop not, 363 L4373 1->2, 364 L4373 1->0, 366 L4374 1->0, 368 L4371
    # 0->-1, 370 L4373 0->-1 (the coordinator that opens the sentence is no part of the speaker set off by a stray comma)
    (
        "But a spokesman for the ministry, said the talks had failed.",
        [("the talks had failed", R, "a spokesman for the ministry", "a spokesman for the ministry")],
    ),
    # kills reported:358, 363, 364, 366, 368, 369 L4373 0->1, 370 (the subject after "And", an aside set off after it)
    (
        "And three tenants' groups, including the largest in the city, had said they would sue over the levy.",
        [("they would sue over the levy", R, "three tenants' groups", "three tenants' groups")],
    ),
    # kills reported:359 opening_subject L4371 Gt->GtE, 362 L4371 1->0 (a coordinator alone before the first comma
    # leaves no word to start the phrase at: the next chunk is the speaker)
    (
        "But, the committee chairman, said the vote would be delayed.",
        [("the vote would be delayed", R, "the committee chairman", "the committee chairman")],
    ),
    # kills reported:361 opening_subject L4371 1->2, 365 L4374 1->2 (a coordinator and one name: the name)
    (
        "But Lindqvist, said the talks had failed.",
        [("the talks had failed", R, "Lindqvist", "Lindqvist")],
    ),
    # kills reported:219 determiner_opens_clause L3802 return True, 233 L3801 Or swapped, 234 L3802 And swapped (a
    # noun for people after the cue is the one warned, the plural after it the clause's subject)
    (
        "The mayor warned the crowd police would close the square.",
        [("police would close the square", R, "The mayor", "The mayor")],
    ),
    # kills reported:219, 234 (the traders are warned: the clause opens at "parking")
    (
        "The mayor warned the traders parking charges would rise.",
        [("parking charges would rise", R, "The mayor", "The mayor")],
    ),
    # kills reported:225 determiner_opens_clause L3792 1->0 (two nouns in lower case between the object's noun and
    # the auxiliary: still the clause's subject, "the fuel price rises")
    (
        "The minister warned the fuel price rises would hurt families.",
        [("the fuel price rises would hurt families", R, "The minister", "The minister")],
    ),
    # kills grammar:0 SpeakerGrammar.__init__ L469 Or swapped, reported:0 ReportedSpeech.__init__ L209 Or swapped,
    # reported:6 L209 In->NotIn (a conjunction of CLAUSE_BREAKS closes the speaker's phrase: the clause after it is
    # the writer's)
    (
        "The pier will reopen in May, said a spokesman for the harbour board but doubts remain over the cost.",
        [("The pier will reopen in May", R, "a spokesman for the harbour board", "a spokesman for the harbour board")],
    ),
    # kills grammar:0 (a relative pronoun for people closes the post-modifier "of two witnesses")
    (
        '"The pier was never safe," said one of two witnesses who saw it collapse.',
        [("The pier was never safe,", D, "one of two witnesses", "one of two witnesses")],
    ),
    # kills reported:1 ReportedSpeech.__init__ L210 Or swapped, reported:7 L210 NotIn->In (a preposition of a setting
    # after the speaker's phrase)
    (
        "The pier will reopen in May, said the mayor amid growing anger over the cost.",
        [("The pier will reopen in May", R, "the mayor", "the mayor")],
    ),
    # kills reported:2 ReportedSpeech.__init__ L223 Or swapped (a list of sources, the last after a coordinator)
    (
        "According to the mayor, a former teacher, and two aides, the pier will reopen in May.",
        [
            (
                "the pier will reopen in May",
                R,
                "the mayor, a former teacher, and two aides",
                "the mayor, a former teacher, and two aides",
            )
        ],
    ),
    # kills direct:0 DirectQuotes.__init__ L189 Or swapped (a weekday closes the joined subject after an inverted cue)
    (
        '"We will appeal," said Ana Ortiz and Tom Berg on Monday.',
        [("We will appeal,", D, "Ana Ortiz and Tom Berg", "Ana Ortiz and Tom Berg")],
    ),
    # kills grammar:476 summary_relative_subject L4119 Or swapped (a relative clause that goes on past its verb names no
    # subject: the one who says is the sentence's subject)
    (
        "The mayor called the audit flawed, a claim that the figures were wrong, saying the board had been misled.",
        [("the board had been misled", R, "The mayor", "The mayor")],
    ),
    # kills grammar:494 summary_relative_subject L4124 0->1 (a one-word subject of the relative clause denies and speaks)
    (
        "The mayor called the audit flawed, a charge that Lindqvist denied, saying her figures were sound.",
        [("her figures were sound", R, "Lindqvist", "Lindqvist")],
    ),
    # kills grammar:478 summary_relative_subject L4125 Or swapped (no phrase before the verb: no subject, and no crash)
    (
        "The council scrapped the parking fees in March, a move that was widely welcomed, saying the money would come "
        "from reserves.",
        [("the money would come from reserves", R, "The council", "The council")],
    ),
    # kills grammar:245 placed_name L2564 0->-1 (a name of three words before "of" and its place: the whole name)
    (
        "Ana Maria Ortiz of Ohio, who chairs the ports committee, said the harbour bill would pass.",
        [("the harbour bill would pass", R, "Ana Maria Ortiz", "Ana Maria Ortiz of Ohio")],
    ),
    # kills direct:85 apposed_after L953 1->2 (an age of one digit set off before the appositive: Sunday is a given name)
    (
        '"The school bus never came," said Sunday Okafor, 9, a pupil at the harbour school.',
        [("The school bus never came,", D, "Sunday Okafor", "Sunday Okafor")],
    ),
    # kills direct:27 day_is_given_name L913 Or swapped (a given name right after the weekday: the weekday is the day)
    (
        '"The crane was never inspected," said Sunday Anna, a union steward at the port.',
        [("The crane was never inspected,", D, "Anna", "Anna")],
    ),
    # reaches the loops that grammar:459 classified_name L3736 1->0 (k -= 0) turns endless: decided as time-outs, no
    # test's assertion fails, the run never ends (see docs/testing.md)
    (
        "Shipping giant Maersk said freight rates would rise in the spring.",
        [("freight rates would rise in the spring", R, "Maersk", "Shipping giant Maersk")],
    ),
    # reaches the loop that grammar:486 summary_relative_subject L4123 1->0 turns endless (an adverb before the verb)
    (
        "The mayor called the audit flawed, a charge that Lindqvist strongly denied, saying her figures were sound.",
        [("her figures were sound", R, "Lindqvist", "Lindqvist")],
    ),
    # reaches the loops that reported:178 after_closing_time L3685 1->0 and reported:181 L3690 1->0 turn endless (a
    # weekday between an inverted cue and the name, a participle after the name)
    (
        '"We will reopen the pier by May," said Tuesday Ana Ortiz, adding that repairs would start soon.',
        [
            ("We will reopen the pier by May,", D, "Ana Ortiz", "Ana Ortiz"),
            ("repairs would start soon", R, "Ana Ortiz", "Ana Ortiz"),
        ],
    ),
    # kills direct:214 follow_on_speaker L3496 return None, 217 L3492 IsNot->Is, 218 L3492 In->NotIn (a quotation
    # with no attribution after "he said" is his: the woman carried on from before is never given it)
    (
        'Ana Ortiz runs the ferry with her brother. "It will run all winter," she said. "We will see," he said. '
        '"The engine is forty years old."',
        [
            ("It will run all winter,", D, "Ana Ortiz", "she"),
            ("We will see,", D, "he", "he"),
            ("The engine is forty years old.", D, "he", "he"),
        ],
    ),
    # kills grammar:6 SpeakerGrammar.__init__ L285 0->1, grammar:7 L285 0->-1 (the phrases of PREPOSITION_PHRASES by
    # their first word: "Ahead of the meeting" is no part of the speaker)
    (
        "Ahead of the meeting Mayor Ana Ortiz said the pier would reopen.",
        [("the pier would reopen", R, "Ana Ortiz", "Mayor Ana Ortiz")],
    ),
    # kills grammar:378 person_then_place L3560 LtE->Lt, 380 L3556 And swapped, 388 L3556 3->4, 389 L3556 3->2 (a noun
    # for a person as the phrase's third word, then "at" and a place of two words: one person and where she works)
    (
        'A night nurse at the hospital was blunt: "Nobody has had a proper break since March."',
        [("Nobody has had a proper break since March.", D, "A night nurse at the hospital", "A night nurse at the hospital")],
    ),
    # kills grammar:404 is_speaker_phrase L3581 return False, 408 L3580 In->NotIn (mut39's left: the last sentence's
    # subject, a person and her place, speaks the quotation that follows alone)
    (
        'A nurse at the city hospital worked through the night. "We moved every patient before dawn."',
        [("We moved every patient before dawn.", D, "A nurse at the city hospital", "A nurse at the city hospital")],
    ),
    # reaches the loops that resolution:68 previous_last_sentence L1669 1->0 (start += 0), resolution:128
    # newcomer_of_gender L6668 And swapped and resolution:142 L6666 0->-1 turn endless: decided as time-outs (the
    # pronoun after a paragraph whose last sentence asks a named woman: hers)
    (
        'The harbour board met on Monday. Reporters asked Ana Ortiz whether the pier would reopen.\n\n"Not this year," she said.',
        [("whether the pier would reopen", R, "Reporters", "Reporters"), ("Not this year,", D, "Ana Ortiz", "she")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes_and_speakers(text: str, expected: list[MentionRow]) -> None:
    assert mention_rows(text) == expected


# (text under a headline, each quote's speaker's name): rows whose mention is not the point
NAMES: list[tuple[str, list[str | None]]] = [
    # kills grammar:452 classified_name L3740 Or swapped, grammar:460 L3740 In->NotIn (a noun for a body's people
    # between a participle and the name: the name after it still speaks)
    ("Citing unnamed officials Reuters reported the talks had stalled.", ["Reuters"]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_speaker_names(text: str, expected: list[str | None]) -> None:
    assert [name for _, _, name, _ in mention_rows(text)] == expected


# (text under a headline, a word no speaker's mention may hold): a wrong value is worse than none
NEVER: list[tuple[str, str]] = [
    # kills grammar:449 classified_name L3745 return True, 455 L3745 And swapped, 460 L3740 In->NotIn (a participle
    # and its object before a name are no part of the speaker)
    ("Citing rising costs Harbour Ferries said fares would go up in April.", "Citing"),
    # kills reported:5 ReportedSpeech.__init__ L315 Or swapped (the name set off after the inverted cue and described
    # by a relative clause speaks; the name before the cue is the subject of the words, never their speaker)
    ("And Berg, said Ana Ortiz, who chairs the harbour board, had known about the cracks for a year.", "Berg"),
]


@pytest.mark.parametrize(("text", "word"), NEVER)
def test_no_wrong_speaker(text: str, word: str) -> None:
    assert not [mention for _, _, _, mention in mention_rows(text) if mention and word in mention.split()]


def test_speaker_span_after_a_weekday_opens_on_the_name() -> None:
    # kills reported:188 after_closing_time L3689 1->0 (the blanks after the weekday are skipped: the span of the
    # speaker of the words after "adding" opens on the name, not on the blank before it)
    text = '"We will reopen the pier by May," said Tuesday Ana Ortiz, adding that repairs would start soon.'
    article = article_of(text)
    spans = [quote.speaker.span for quote in article.quotes if quote.speaker is not None]
    assert [article.text[span.start : span.end] for span in spans if span is not None] == ["Ana Ortiz", "Ana Ortiz"]


# (the words of a paragraph before a name, whether the name opens its sentence as the subject): the resolution's
# SpeakerResolution.opens_as_subject, which newcomer_of_gender reads (numbers: resolution:N of mut40's pass over the
# lines of quotes/resolution.py changed since ac2d2501, made on 51e2e225)
OPENS_AS_SUBJECT: list[tuple[str, bool]] = [
    # kills resolution:185 L6706 Or swapped, 189 L6703 1->2, 192 L6703 1->0, 196 L6705 Eq->NotEq, 197 L6705 drop not,
    # 206 L6705 1->2, 207 L6705 1->0 (a full stop after a word of four letters or more ends the sentence before)
    ("The ferry sank in March. ", True),
    # kills resolution:201 L6719 Or swapped (a lower-case noun and a comma before the occupation: no verb, no link)
    ("Her nephew, the guitarist ", True),
    # kills resolution:204 L6705 3->4 (a word of four characters with its full stop ends the sentence too)
    ("The strike began in May. Her nephew, the guitarist ", True),
    # kills resolution:209 L6709 1->2, 213 L6706 1->2, 214 L6706 1->0 (a question mark ends the sentence; the title
    # alone after it)
    ("Is it over? Mayor ", True),
    # kills resolution:184 L6705 And swapped, 188 L6720 return True, 198 L6706 In->NotIn (a speech verb before the name:
    # the name is its object)
    ("Aides say ", False),
    # kills resolution:176 L6722 return True (the last word no title, occupation nor comma)
    ("The boat left. Strong winds ", False),
    # kills resolution:186 L6718 Or swapped (a past verb in lower case before the name)
    ("The band split. Fans blamed the guitarist ", False),
    # kills resolution:181 L6713 Gt->GtE (MAX_ROLE_LEAD words, no more, before the name)
    ("Her nephew, the guitarist and singer of the band, ", True),
    # kills resolution:182 L6714 return True (more than MAX_ROLE_LEAD words)
    ("Her nephew, the guitarist and lead singer of the old band, ", False),
]


@pytest.mark.parametrize(("lead", "expected"), OPENS_AS_SUBJECT)
def test_opens_as_subject(lead: str, expected: bool) -> None:
    assert QuoteParser().opens_as_subject(lead) is expected
