"""Wrong values a new user found (port36): a title's portfolio of several words kept in the
speaker's name, a label in capitals read as a dateline's place, and an obituary's namesakes (a
bare surname given to the dead man; a name set off after ``his wife of 60 years``).  Invented
stories; each row is the text and exactly what must come out."""

from __future__ import annotations

import pytest

from newsparse import parse_article
from quote_cases import SpeakerRow as Row
from quote_cases import speaker_rows as quotes_of

# a portfolio of several words after "Minister for" (joined by "and", "of", "the") is no part of
# the name: the name is the known given name and what follows, or, with none known, the last two
# words after the portfolio's title; one-word portfolios before the cue and a portfolio alone stay
# as they were
PORTFOLIOS = [
    ('"We will keep talking to our partners," Minister for Foreign Affairs Penny Wong said on Tuesday.',
     [("We will keep talking to our partners,", "Penny Wong", "Minister for Foreign Affairs Penny Wong")]),
    ("The ports will reopen next week, Minister for Home Affairs Tony Burke said on Monday.",
     [("The ports will reopen next week", "Tony Burke", "Minister for Home Affairs Tony Burke")]),
    ("Minister for Foreign Affairs and Trade Penny Wong said the talks would resume in March.",
     [("the talks would resume in March", "Penny Wong", "Minister for Foreign Affairs and Trade Penny Wong")]),
    ('"The budget is balanced," Minister for Public Expenditure and Reform Paschal Byrne said.',
     [("The budget is balanced,", "Paschal Byrne", "Minister for Public Expenditure and Reform Paschal Byrne")]),
    ("Secretary of State for Work and Pensions Liz Kendall said the reforms would go ahead.",
     [("the reforms would go ahead", "Liz Kendall", "Secretary of State for Work and Pensions Liz Kendall")]),
    ('"We are on track," Minister of State for Trade Promotion Xander Quill said.',
     [("We are on track,", "Xander Quill", "Minister of State for Trade Promotion Xander Quill")]),
    # after an inverted cue, a portfolio after the title belongs to the title and the name follows
    ('"Costs are rising," said Minister for Finance Jack Chambers.',
     [("Costs are rising,", "Jack Chambers", "Minister for Finance Jack Chambers")]),
    ('"Every child counts," said Commissioner for Children Ana Ruiz.',
     [("Every child counts,", "Ana Ruiz", "Commissioner for Children Ana Ruiz")]),
    ('"The deal is done," said Minister for Foreign Affairs and Trade Penny Wong.',
     [("The deal is done,", "Penny Wong", "Minister for Foreign Affairs and Trade Penny Wong")]),
    ('"The reforms will go ahead," said Secretary of State for Work and Pensions Liz Kendall.',
     [("The reforms will go ahead,", "Liz Kendall", "Secretary of State for Work and Pensions Liz Kendall")]),
    # ... but "of State" with no link after it is no portfolio
    ('"The deal is done," said Secretary of State John Kerry.',
     [("The deal is done,", "John Kerry", "Secretary of State John Kerry")]),
    # controls: a one-word portfolio, "the" before it, and a portfolio with no name after it
    ('"Costs are rising," Minister for Finance Jack Chambers said.',
     [("Costs are rising,", "Jack Chambers", "Minister for Finance Jack Chambers")]),
    ('"The river is cleaner," Minister for the Environment Niamh Cassidy said.',
     [("The river is cleaner,", "Niamh Cassidy", "Minister for the Environment Niamh Cassidy")]),
    ('"The talks will go on," the Minister for Foreign Affairs said on Tuesday.',
     [("The talks will go on,", "the Minister for Foreign Affairs", "the Minister for Foreign Affairs")]),
    # a role noun inside the portfolio: the name is whom the spokesman serves, the mention as written
    ("Spokesman for Foreign Affairs Minister Penny Wong said the aid was on its way.",
     [("the aid was on its way", "Spokesman for Foreign Affairs Minister Penny Wong",
       "Spokesman for Foreign Affairs Minister Penny Wong")]),
    ('"Help is coming," said Adviser for Trade Secretary Liam Fox.',
     [("Help is coming,", "Adviser", "Adviser")]),
    # a country after the portfolio is no surname: the mention as written
    ('"We are ready," Minister for Small Business Enterprise Ireland said.',
     [("We are ready,", "Minister for Small Business Enterprise Ireland", "Minister for Small Business Enterprise Ireland")]),
]


@pytest.mark.parametrize(("text", "expected"), PORTFOLIOS)
def test_a_portfolio_of_several_words_is_no_part_of_the_name(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


STORY = " Police arrested three men on Tuesday after a raid on a farm, officials said."

# a phrase in capitals whose words a joining word links ("TO", "FOR") is a label, no place; a
# place the vocabulary knows, a town placed by its country or an agency, and a town's name with
# "OF" or "UPON" stay datelines
DATELINES = [
    ("MEMO TO STAFF -- The office will close early on Friday because of the storm, the manager said.", None),
    ("NOTE FOR PARENTS -- The school will close early on Friday because of the storm, officials said.", None),
    ("ELDORET, Kenya --" + STORY, "ELDORET, Kenya"),
    ("PORT MORESBY --" + STORY, "PORT MORESBY"),
    ("SAN JUAN, Puerto Rico (AP) --" + STORY, "SAN JUAN, Puerto Rico"),
    ("PORT OF SPAIN --" + STORY, "PORT OF SPAIN"),
    ("NEWCASTLE UPON TYNE --" + STORY, "NEWCASTLE UPON TYNE"),
    ("NORTH PLATTE --" + STORY, "NORTH PLATTE"),
    ("BREAKING --" + STORY, None),
]


@pytest.mark.parametrize(("paragraph", "place"), DATELINES)
def test_a_label_in_capitals_is_no_dateline_place(paragraph: str, place: str | None) -> None:
    dateline = parse_article("Harbour news\n\n" + paragraph).dateline
    assert (dateline and dateline.place) == place


OBITUARY = (
    "Harold Finch, a fisherman who worked the same harbour for seven decades, has died. He was 84.\n\n"
    '"He loved the sea more than anything," said his wife of 60 years, Margaret Finch.\n\n'
    '{line}\n\n'
    'His son, David Finch, said: "He taught me everything I know about boats."'
)

# of three namesakes, one dead ("has died"), a bare surname is never the dead man: a
# possessive before a kin word after the cue shows which living one ("her husband": the wife),
# else the surname as written; a name set off after "his wife of 60 years" is the speaker
NAMESAKES = [
    ("Finch said her husband never took a holiday.",
     [("He loved the sea more than anything,", "Margaret Finch", "Margaret Finch"),
      ("her husband never took a holiday", "Margaret Finch", "Finch"),
      ("He taught me everything I know about boats.", "David Finch", "David Finch")]),
    ("Finch said the harbour would not be the same.",
     [("He loved the sea more than anything,", "Margaret Finch", "Margaret Finch"),
      ("the harbour would not be the same", "Finch", "Finch"),
      ("He taught me everything I know about boats.", "David Finch", "David Finch")]),
]


@pytest.mark.parametrize(("line", "expected"), NAMESAKES)
def test_a_bare_surname_is_never_the_dead_namesake(line: str, expected: list[Row]) -> None:
    assert quotes_of(OBITUARY.format(line=line)) == expected


# a role held for a span ("of 60 years", "of three decades") joins no second noun: the name set
# off after it speaks; a role for someone else still keeps the role
HELD = [
    ('"He loved the sea," said his partner of 20 years, Margaret Finch.',
     [("He loved the sea,", "Margaret Finch", "Margaret Finch")]),
    ('"She never missed a match," said a friend of three decades, Ruth Okafor.',
     [("She never missed a match,", "Ruth Okafor", "Ruth Okafor")]),
    ('"He will appeal," said an attorney for the slain teenager, Ana Ruiz.',
     [("He will appeal,", "an attorney for the slain teenager", "an attorney for the slain teenager")]),
]


@pytest.mark.parametrize(("text", "expected"), HELD)
def test_a_name_after_a_role_held_for_a_span_speaks(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
