"""Speaker leftovers two new users' probes (try37, try38) found: a title and its portfolio before
a setting when the given name is unknown, a person's title-name after an article, a body's name
before a setting, interview turns under a surname label, an opening phrase before a closing
appositive, ``according to`` after an attribution, and smaller ones (Welsh ``ap``, ``was the
mayor's reply``, a headline's ``driver tells court``, joined initials ``C.J.``, initials alone).
Invented stories; each row is the text and exactly what must come out.

Rows under ``# mutation-killing`` pass on the base too: each names the mutant of this change it
kills."""

from __future__ import annotations

import pytest

import newsparse
from quote_cases import SpeakerRow as Row
from quote_cases import cued_quotes
from quote_cases import speaker_rows as quotes_of

PARSER = newsparse.ArticleParser()




# a title, its portfolio and a name before a setting speak as a whole, the given name known or
# not: the person, never the bare title; a portfolio with no name stays the role as written
PORTFOLIO_SETTINGS = [
    ('"We will balance the books by 2027," said Minister for Finance Cathal Brennock in a statement.',
     [("We will balance the books by 2027,", "Cathal Brennock", "Minister for Finance Cathal Brennock")]),
    ('"Waiting lists will fall this year," said Secretary of State for Health and Social Care Wes Streeting at a '
     'briefing in Leeds.',
     [("Waiting lists will fall this year,", "Wes Streeting",
       "Secretary of State for Health and Social Care Wes Streeting")]),
    ('"The rents will be capped," said Minister of State for Housing Dervla Keogh on Tuesday.',
     [("The rents will be capped,", "Dervla Keogh", "Minister of State for Housing Dervla Keogh")]),
    ('"The talks went well," said Minister for Foreign Affairs and Trade in a statement.',
     [("The talks went well,", "Minister for Foreign Affairs and Trade", "Minister for Foreign Affairs and Trade")]),
]


@pytest.mark.parametrize(("text", "expected"), PORTFOLIO_SETTINGS)
def test_a_portfolio_and_an_unknown_given_name_run_on_to_a_setting(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a person's title after an article, with the place it is of, is a pronoun's subject in the next
# paragraph when nobody else named there is of the pronoun's gender; a name after an article
# followed by a person's possessive is a person's title-name; a body's name stays no subject
TITLE_NAMES = [
    ('The Prince of Wales visited Tenbury Wells on Friday to meet families whose homes were flooded.\n\n'
     '"It is heartbreaking to see," he said.', [("It is heartbreaking to see,", "The Prince of Wales", "he")]),
    ('The Archbishop of Canterbury led prayers at the cathedral on Friday.\n\n"It is a sad day for the city," he said.',
     [("It is a sad day for the city,", "The Archbishop of Canterbury", "he")]),
    ('The Duke of Kent met Anne Morel at the harbour on Friday.\n\n"The lifeboat crews are heroes," he said.',
     [("The lifeboat crews are heroes,", "The Duke of Kent", "he")]),
    ('DHARAMSALA, India (Reuters) - The Dalai Lama celebrated his 90th birthday with prayers in the hill town on '
     'Sunday.\n\n"I hope to live another 40 years," he told followers.',
     [("I hope to live another 40 years,", "Dalai Lama", "he")]),
    # mutation-killing: sole_role_of_gender without its check of the others' genders (Tom Hale is a
    # man too: either may be "he")
    ('The Duke of Kent met Tom Hale at the harbour on Friday.\n\n"The lifeboat crews are heroes," he said.',
     [("The lifeboat crews are heroes,", "he", "he")]),
    # mutation-killing: title_of_place taking any title word (a bank's is no person's title: no "he")
    ('The Bank of England raised interest rates again on Thursday.\n\n"Inflation is still too high," he said.',
     [("Inflation is still too high,", "he", "he")]),
    # mutation-killing: titled_name without its check for a verb right after the name ("Hong Kong" modifies
    # "trader"; the "he" after it is the trader's, since fixS39 named so: "trader" is a person noun)
    ('The Hong Kong trader said imports would fall because of prices which, he said, would stay firm.\n\n'
     '"The mills are old," he said.',
     [("imports would fall because of prices which, he said, would stay firm", "The Hong Kong trader",
       "The Hong Kong trader"), ("The mills are old,", "The Hong Kong trader", "he")]),
    # mutation-killing: titled_name always true (a body's name after an article is no subject)
    ('The London Stock Exchange has delayed the listing again.\n\n"We are disappointed," he said.',
     [("We are disappointed,", "he", "he")]),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_NAMES)
def test_a_title_name_after_an_article_is_a_pronoun_s_subject(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a bare noun for people joined to a body's name speaks whole before a setting too
AFFILIATIONS = [
    ('"The results are very encouraging," said researchers at the University of Galway in a statement.',
     [("The results are very encouraging,", "researchers at the University of Galway",
       "researchers at the University of Galway")]),
    ('"The ward is full every night," said doctors from Saint Brigid\'s Hospital on Tuesday.',
     [("The ward is full every night,", "doctors from Saint Brigid's Hospital",
       "doctors from Saint Brigid's Hospital")]),
    ('"The ice is thinning fast," said scientists at the university after the survey.',
     [("The ice is thinning fast,", "scientists at the university", "scientists at the university")]),
]


@pytest.mark.parametrize(("text", "expected"), AFFILIATIONS)
def test_a_body_s_name_before_a_setting_speaks_whole(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


INTERVIEW = (
    "{given} Pritchard has chaired Harbour Rovers for eleven years. We spoke to her at the ground on Thursday.\n\n"
    "Q: Will you sell the club?\n\n"
    "Pritchard: {answer}\n\n"
    "Q: What about the new stadium?\n\n"
    "Pritchard: It will be built. The council has given us until June."
)


@pytest.mark.parametrize(
    ("given", "answer"),
    [
        ("Eluned", "No. We have had offers and we turned every one of them down."),
        ("Helen", "No. We have had offers, but the supporters own a third of the shares and they would never agree."),
        ("Tegwen", "We have had offers, but the supporters would never agree to sell."),
    ],
)
def test_turns_under_a_surname_label(given: str, answer: str) -> None:
    text = INTERVIEW.format(given=given, answer=answer)
    assert quotes_of(text) == [
        (answer, f"{given} Pritchard", "Pritchard"),
        ("It will be built. The council has given us until June.", f"{given} Pritchard", "Pritchard"),
    ]


def test_a_surname_label_of_a_body_after_an_article_names_no_one() -> None:
    """mutation-killing: labelled_person without its check for a determiner before the name."""
    text = (
        "The Harbour Rovers beat the Leeds Thunder 3-1 on Saturday.\n\n"
        "Q: Was it a fair result?\n\n"
        "Thunder: We played badly and we lost the game.\n\n"
        "Q: What next?\n\n"
        "Rovers: We will win the league this year."
    )
    assert quotes_of(text) == []


def test_an_attribution_after_a_comma_in_a_turn_leaves_it_to_the_paragraph_rules() -> None:
    """mutation-killing: attribution_in_turn without its inverted cue ("..., said Tom Berg.")."""
    text = INTERVIEW.format(given="Helen", answer="We kept going, said Tom Berg.")
    assert quotes_of(text) == [
        ("We kept going", "Tom Berg", "Tom Berg"),
        ("It will be built. The council has given us until June.", "Helen Pritchard", "Pritchard"),
    ]


# an opening phrase set off by a comma before the reported clause and a closing appositive: the
# name set off after the role speaks
OPENINGS = [
    ("In April, most households will pay £95 more a year, the council's finance chief, Aisha Khan, said on Tuesday.",
     [("In April, most households will pay £95 more a year", "Aisha Khan", "Aisha Khan")]),
    ("In Leeds, fares will rise by 5% in the spring, the transport chief, Ana Ortiz, said.",
     [("In Leeds, fares will rise by 5% in the spring", "Ana Ortiz", "Ana Ortiz")]),
    ("After a long delay, the new bridge will open in May, the project's chief engineer, Priya Nair, told reporters.",
     [("After a long delay, the new bridge will open in May", "Priya Nair", "Priya Nair")]),
]


@pytest.mark.parametrize(("text", "expected"), OPENINGS)
def test_an_opening_phrase_before_a_closing_appositive(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# "according to X" after an attribution reports the source of the report, not new words: one
# quote, the attribution's speaker's; a cue that opens the clause keeps the source as speaker
ACCORDING = [
    ('"Both sides value the relationship," Chinese Foreign Minister Wang Yi told reporters, according to the ministry.',
     [("Both sides value the relationship,", "Wang Yi", "Chinese Foreign Minister Wang Yi")]),
    ('"We will act," Ana Ortiz said, according to a statement from the ministry.',
     [("We will act,", "Ana Ortiz", "Ana Ortiz")]),
    ("The talks were useful, Ana Ortiz said on Tuesday, according to the ministry.",
     [("The talks were useful", "Ana Ortiz", "Ana Ortiz")]),
    ("The talks were useful, Ana Ortiz told her counterpart Cho Tae-yul, according to the ministry.",
     [("The talks were useful", "Ana Ortiz", "Ana Ortiz")]),
    ("The talks were useful, said Ana Ortiz, according to a transcript released by the ministry.",
     [("The talks were useful", "Ana Ortiz", "Ana Ortiz")]),
    # mutation-killing: attribution_before_source taking any cue (one that opens the clause reads its own
    # clause, the report its source: house decision, stop 40, ReportedSpeech.source_after_clause)
    ("The witness said the order was lifted, according to the report.",
     [("the order was lifted", "The witness", "The witness")]),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING)
def test_according_to_after_an_attribution_is_the_report_s_source(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


SMALLER = [
    # Welsh "ap" inside a name, as "van" and "de"
    ('"The poem is older than the abbey," said Dafydd ap Gwilym.',
     [("The poem is older than the abbey,", "Dafydd ap Gwilym", "Dafydd ap Gwilym")]),
    ("Rhodri ap Hywel said the chapel roof was unsafe.",
     [("the chapel roof was unsafe", "Rhodri ap Hywel", "Rhodri ap Hywel")]),
    # the owner of a reply after a copula, a role as a name is
    ('"Absolutely not," was the mayor\'s reply.', [("Absolutely not,", "the mayor", "the mayor")]),
    ('"Not before the election," was the head teacher\'s reply.',
     [("Not before the election,", "the head teacher", "the head teacher")]),
    # initials joined with no space end no sentence before a name
    ('"We will not back down," C.J. Lamb said.', [("We will not back down,", "C.J. Lamb", "C.J. Lamb")]),
    ("A.J. Okoro said the strike would go on.", [("the strike would go on", "A.J. Okoro", "A.J. Okoro")]),
    ('"The crop will be lower," Gail Martell, chief meteorologist for E.F. Hutton said.',
     [("The crop will be lower,", "Gail Martell", "Gail Martell")]),
    # a name set off before a role for a body, its closing comma missing: the name speaks, not the body
    ('"The crop will be lower," Gail Martell, chief meteorologist for Harbour Weather Services said.',
     [("The crop will be lower,", "Gail Martell", "Gail Martell")]),
    # mutation-killing: name_after_initials always true ("D.C." before "The" ends its sentence)
    ("The vote was held in Washington, D.C. The mayor said it was fair.", [("it was fair", "The mayor", "The mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), SMALLER)
def test_smaller_speaker_leftovers(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


def test_a_byline_keeps_welsh_ap() -> None:
    article = PARSER.parse(
        "Chapel roof to be repaired\n\nBy Rhodri ap Hywel\n\nThe chapel roof will be repaired this summer, the trustees "
        "said on Monday.\n"
    )
    assert article.byline is not None
    assert article.byline.authors == ("Rhodri ap Hywel",)


# a headline's "X tells court" in the present, a bare noun before it: X speaks ("X, court told"
# stays no one's: the court is told)
@pytest.mark.parametrize(
    ("headline", "quoted", "speaker"),
    [
        ('"I panicked and drove off", driver tells court', "I panicked and drove off", "driver"),
        ('"I was never asked," mother tells inquiry', "I was never asked,", "mother"),
        ('"We are not ready", head teacher tells MPs', "We are not ready", "head teacher"),
    ],
)
def test_a_headline_s_bare_subject_tells(headline: str, quoted: str, speaker: str) -> None:
    quotes = cued_quotes(headline + "\n\nThe hearing at Bristol Crown Court went on into the evening.\n")
    assert quotes == [(quoted, "tells", speaker)]


def test_initials_alone_name_no_pronoun_s_subject() -> None:
    text = (
        "HARBOUR FERRIES SAYS SHARES UP ON DEBT PLAN\n\n"
        "    BRISTOL, March 11 - Harbour Ferries Ltd Chairman R. T.\n"
        '"Bud" Collins said his company\'s shares, among the most\n'
        "traded today, rose partly because of its plan to cut debt.\n"
        "    Harbour Ferries shares rose 10 pence following notes by\n"
        "some analysts, a company source said.\n"
        '    "At this price, the company is cheap," he added.\n'
    )
    assert cued_quotes(text)[-1] == ("At this price, the company is cheap,", "added", "he")
