"""Round 67 (mendR67q): a kind noun (``the company``, ``the union``) after a nearer other subject,
or after two bodies of its kind joined, stays as written rather than taking a far body."""

from __future__ import annotations

import pytest

from newsparse import parse_article


def speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker is not None else None for q in parse_article(text).quotes]


def last_speaker(text: str) -> str | None:
    return speakers(text)[-1]


# A body named paragraphs earlier, then another capitalised subject in the sentence right before
# the quote: the kind noun may mean either, so it stays as written.
NEARER_OTHER = [
    (
        "Port deal signed as Tesla ships more cars\n\nPort operator DP World signed the agreement on Friday.\n\n"
        "Dock workers will get a raise.\n\nTesla cut prices in China. \"Demand remains strong,\" the company said.\n",
        "the company",
    ),
    (
        "Chip output rises\n\nChipmaker Intel Corp opened a plant in Ohio on Monday, a step to catch Nvidia.\n\n"
        "Hiring will start in spring.\n\nNvidia raised its forecast. \"Orders keep coming,\" the company said.\n",
        "the company",
    ),
    (
        "Teachers reach deal; drivers of the Teamsters object\n\n"
        "The Chicago Teachers Union reached a deal with the district on Sunday.\n\n"
        "Classes will resume Monday.\n\nThe Teamsters, which represent drivers, criticised the cost. "
        "\"Taxpayers will pay,\" the union said.\n",
        "the union",
    ),
    (
        "Rail deal\n\nThe Rail Workers Union agreed the offer on Tuesday.\n\n"
        "Trains will run.\n\nUnite Here, which speaks for hotel staff, rejected it. "
        "\"It is not enough,\" the union said.\n",
        "the union",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEARER_OTHER)
def test_nearer_other_subject_keeps_mention(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


# Two bodies of one kind joined: either may speak.
JOINED = [
    (
        "Statement issued\n\nThe Ministry of Finance and the Ministry of Energy issued a joint statement.\n\n"
        "\"Fuel subsidies will end in March,\" the ministry said.\n",
        "the ministry",
    ),
    (
        "Strike ends\n\nThe Transport Workers Union and the Maritime Union of Australia both signed on Friday.\n\n"
        "\"Our members won a fair deal,\" the union said.\n",
        "the union",
    ),
    (
        "Budget agreed\n\nThe Ministry of Health and the Ministry of Education agreed the budget.\n\n"
        "\"Schools come first,\" the ministry said in a statement.\n",
        "the ministry",
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_joined_bodies_of_one_kind_keep_mention(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


def test_other_company_named_as_subject_after_equinor() -> None:
    text = (
        "Oil output rises\n\nThe Norwegian company Equinor said output rose, as did rivals BP and Shell. "
        "Shell also raised its dividend.\n\n"
        "\"Margins are strong,\" the company said.\n"
    )
    assert last_speaker(text) == "the company"


# Negative rows: what must still resolve.
STILL_RESOLVED = [
    (
        "Port deal\n\nPort operator DP World signed the agreement on Friday.\n\n"
        "\"Ships will be moving by Monday,\" the company said.\n",
        "DP World",
    ),
    (
        "Drug approved\n\nThe European Medicines Agency approved the drug on Friday. "
        "\"It is safe and effective,\" the agency said.\n",
        "European Medicines Agency",
    ),
    (
        "Teachers reach deal\n\nThe Chicago Teachers Union reached a tentative deal on Sunday.\n\n"
        "The deal still needs approval by members.\n\n\"This is a win for students,\" the union said.\n",
        "Chicago Teachers Union",
    ),
    (
        "Budget set\n\nSeparately, the Ministry of Finance published its budget.\n\n"
        "\"Spending will fall,\" the ministry said.\n",
        "Ministry of Finance",
    ),
]


STILL_RESOLVED += [
    (
        "Outlook cut\n\nThe International Monetary Fund lowered its forecast on Tuesday.\n\n"
        "The IMF expects output to slow. \"Growth is too weak,\" the fund said.\n",
        "International Monetary Fund",
    ),
    (
        "Airline statement\n\nPilot Omar Assem had logged 2,700 hours with Nile Airways.\n\n"
        "Assem, the co-pilot, joined in 2014. \"He was a fine pilot,\" the airline said.\n",
        "Nile Airways",
    ),
]


STILL_RESOLVED += [
    (
        "PATENT GRANTED\n\n    SALT LAKE CITY, March 9 - Norvex Medical Corp said it received\na patent from the U.S. "
        "Patent Office for its sensors.\n    The company said the patent is its fourth in a year.\n Reuter\n",
        "Norvex Medical Corp",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STILL_RESOLVED)
def test_sole_body_still_resolves(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


def test_fronted_adverb_is_no_subject() -> None:
    text = (
        "Budget set\n\nThe Ministry of Finance published its budget.\n\n"
        "Separately, prices rose. \"Spending will fall,\" the ministry said.\n"
    )
    assert last_speaker(text) != "Separately"


# A thing pronoun after another subject than the body that spoke last: as written.
IT_AFTER_OTHER_SUBJECT = [
    (
        "Aid groups warn\n\nWater is unsafe in the camps, according to Oxfam International. \"People are sick,\" it said.\n\n"
        "Doctors Without Borders has two clinics there. \"We are overwhelmed,\" it said.\n",
        "it",
    ),
    (
        "Relief\n\nSave the Children said schools had closed. \"Children are out of class,\" it said.\n\n"
        "Mercy Corps has three teams there. \"We need access,\" it said.\n",
        "it",
    ),
]


@pytest.mark.parametrize(("text", "expected"), IT_AFTER_OTHER_SUBJECT)
def test_it_after_other_subject_stays_as_written(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


# Negative rows: the body's own sentence or its own paragraph still gives it.
IT_STILL_RESOLVED = [
    ("Warning\n\nThe Met Office issued a flood warning on Thursday. It said rivers could burst.\n", "Met Office"),
    (
        "Results\n\nAcme Corp reported a loss for the quarter. \"Demand was weak,\" it said.\n",
        "Acme Corp",
    ),
    (
        "Results\n\nGlobex Holdings said profits rose.\n\n\"We are pleased,\" it said.\n",
        "Globex Holdings",
    ),
]


@pytest.mark.parametrize(("text", "expected"), IT_STILL_RESOLVED)
def test_it_still_resolved(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


# mendR67q2: a sentence before that opens with no other body leaves the kind noun or ``it`` to
# the story's body (wire copy in Reuters' layout: indented paragraphs, a dateline, "Reuter").
WIRE = (
    "{head}\n\n    {place}, March 4 - {body} said it {did}.\n    {before}\n    {quote}\n Reuter\n"
)
NO_OTHER_SUBJECT = [
    # one capitalised word with no sign of a name: a plain noun
    ("Proceeds will be used to repay bank debt.", "The company said the offering is its first.", "Halvard Mills Inc"),
    ("Terms were not disclosed.", "It said the unit had sales of 12 mln dlrs.", "Halvard Mills Inc"),
    ("Expenses of the move are expected to be small.", "The company said it will keep all staff.", "Corvane Systems Corp"),
    ("Sales rose 12 pct in the year to January.", "The company said margins held.", "Corvane Systems Corp"),
    # a month, a weekday
    ("January saw a rise in orders.", "The company said orders are still rising.", "Corvane Systems Corp"),
    # a source the wire quotes, then back to the story's body
    ("Brightwater said it was reviewing the offer.", "The company said talks will go on.", "Halvard Mills Inc"),
    # one word after an auxiliary: no new subject of the story
    ("Brightwater was in need of cash after two losses.", "The company said it paid 40 mln dlrs.",
     "Halvard Mills Inc"),
    # a body of another kind than the noun's
    ("The State of Ohio has committed 10 mln dlrs to the plant.", "The company said hiring starts in May.",
     "Corvane Systems Corp"),
]


@pytest.mark.parametrize(("before", "quote", "body"), NO_OTHER_SUBJECT)
def test_no_other_subject_keeps_story_body(before: str, quote: str, body: str) -> None:
    text = WIRE.format(
        head="UNIT SOLD", place="DAYTON, Ohio", body=body, did="sold a unit to Brightwater Partners",
        before=before, quote=quote,
    )
    assert last_speaker(text) == body


# ... while a name shown capitalised inside a sentence, or a name of two words, still counts.
OTHER_SUBJECT = [
    ("Brightwater cut its bid for the plant.", "The company said the price is fair."),
    ("Brightwater also sold its stake in a mill.", "The company said the price is fair."),
]


@pytest.mark.parametrize(("before", "quote"), OTHER_SUBJECT)
def test_other_named_subject_keeps_mention(before: str, quote: str) -> None:
    text = WIRE.format(
        head="UNIT SOLD", place="DAYTON, Ohio", body="Halvard Mills Inc", did="sold a unit to Brightwater Partners",
        before=before, quote=quote,
    )
    assert last_speaker(text) == "The company"


def test_one_word_never_shown_as_name_is_no_subject() -> None:
    text = WIRE.format(
        head="UNIT SOLD", place="DAYTON, Ohio", body="Halvard Mills Inc", did="sold a unit to a fund",
        before="Brightwater cut its bid for the plant.", quote="The company said the price is fair.",
    )
    assert last_speaker(text) == "Halvard Mills Inc"
