"""English quote shapes of round 63, continued (issue 5): a plural title before two names each of
a place after an inverted cue (both speak); a reporter's question opening the sentence is no
quote, the answer its subject's; a title after ``spoke of`` is its subject's words unless a
determiner opens it (a work); two names set off after a plural role after an inverted cue speak,
never the role.  Each row: the article, then every quote as ``(text, kind, speaker's name,
speaker's mention)``."""

from __future__ import annotations

import pytest

from newsparse.spans import QuoteKind
from quote_cases import MentionRow, mention_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT

TRAM = "MECHELEN, Belgium (AP) — Two cities agreed on Monday to share a new tram line.\n\n"
BILL = "WASHINGTON (AP) — A bill to cut drug prices passed the Senate on Tuesday.\n\n"
RUIZ = "Ana Ruiz, the mayor, faced questions about the budget on Monday.\n\n"
BERG = "Tom Berg, the mayor, faced questions about the budget on Monday.\n\n"
PLAN = "OSLO (AP) — The city council approved its budget for next year on Monday.\n\nTom Berg attacked the plan. "
FIRE = "LEEDS, England (AP) — A jury cleared a landlord of blame for a fatal fire on Friday.\n\n"
DAY = '"It is a good day for both cities," said '
GOOD = "It is a good day for both cities,"
APPEAL = '"We will appeal," said '

ROWS: list[tuple[str, list[MentionRow]]] = [
    # -- 1: a plural title, then two names each of a place: both speak --------------------------------
    (TRAM + DAY + "Mayors Koen Daems of Mechelen and Els Roos of Lier.",
     [(GOOD, D, "Koen Daems and Els Roos", "Mayors Koen Daems of Mechelen and Els Roos of Lier")]),
    (BILL + '"It will save lives," said Senators Ana Ruiz of Ohio and Tom Berg of Utah.',
     [("It will save lives,", D, "Ana Ruiz and Tom Berg", "Senators Ana Ruiz of Ohio and Tom Berg of Utah")]),
    (TRAM + DAY + "Koen Daems of Mechelen and Els Roos of Lier.",
     [(GOOD, D, "Koen Daems and Els Roos", "Koen Daems of Mechelen and Els Roos of Lier")]),
    (TRAM + "The line will open in 2028, said Mayors Koen Daems of Mechelen and Els Roos of Lier.",
     [("The line will open in 2028", R, "Koen Daems and Els Roos", "Mayors Koen Daems of Mechelen and Els Roos of Lier")]),
    (BILL + "The bill will save lives, said Senators Ana Ruiz of Ohio and Tom Berg of Utah.",
     [("The bill will save lives", R, "Ana Ruiz and Tom Berg", "Senators Ana Ruiz of Ohio and Tom Berg of Utah")]),
    # must not change: one name after a plural title; one name of a place; two names with no place
    (TRAM + DAY + "Senators Ana Ruiz.", [(GOOD, D, "Ana Ruiz", "Senators Ana Ruiz")]),
    (TRAM + DAY + "Mayor Koen Daems of Mechelen.", [(GOOD, D, "Koen Daems", "Mayor Koen Daems of Mechelen")]),
    (TRAM + "The line will open in 2028, said Mayor Koen Daems of Mechelen.",
     [("The line will open in 2028", R, "Koen Daems", "Mayor Koen Daems of Mechelen")]),
    (TRAM + DAY + "Koen Daems of Mechelen and the Lier council.",
     [(GOOD, D, "Koen Daems", "Koen Daems")]),  # (the person alone when "of" and "and" may run on a body's name: mendQT69)
    (TRAM + DAY + "Mayors Koen Daems and Els Roos.", [(GOOD, D, "Koen Daems and Els Roos", "Mayors Koen Daems and Els Roos")]),
    # -- 2: the reporter's question that opens the sentence is a quote of its own with no speaker
    # (REPORTER_QUESTIONS, as PolNeAR annotates it); the answer is the subject's ----------------------
    (TRAM + BERG + "Asked if he would run again, he said he had not decided.",
     [("if he would run again", R, None, None), ("he had not decided", R, "Tom Berg", "he")]),
    (TRAM + RUIZ + "Asked whether she would resign, she said she would not.",
     [("whether she would resign", R, None, None), ("she would not", R, "Ana Ruiz", "she")]),
    (TRAM + "Lee Ortiz, the mayor, faced questions.\n\nAsked about the cuts, Ortiz said the city had no choice.",
     [("the city had no choice", R, "Lee Ortiz", "Ortiz")]),
    (TRAM + BERG + 'Asked if he would run again, he said: "I have not decided."',
     [("if he would run again", R, None, None), ("I have not decided.", D, "Tom Berg", "he")]),
    # must not change: a question whose asker is named is that asker's
    (TRAM + BERG + "Asked by reporter Ana Ruiz whether he would resign, Berg said he would stay.",
     [("whether he would resign", R, "Ana Ruiz", "reporter Ana Ruiz"), ("he would stay", R, "Tom Berg", "Berg")]),
    # -- 3: a title after "spoke of" is its subject's words, as after "called it" ----------------------
    # (reader63: most works' titles open with no determiner, so a title-case slogan reads as one and is
    # left out: a made-up quote of a book's title is worse than a slogan missed)
    (PLAN + 'He spoke of "Project Fear Mark Two" and left.', []),
    (PLAN + 'Berg spoke of "Project Fear" on Monday.', []),
    (PLAN + 'The author spoke of "War and Peace" as her first love.', []),
    # must not change: a determiner opens the title, or one stands before it, or a work's noun: a work
    (PLAN + 'Berg spoke of "The Great Gatsby" on Monday.', []),
    (PLAN + 'Berg spoke of the book "The Great Gatsby" on Monday.', []),
    (PLAN + 'Berg spoke of his film "Dark Water" on Monday.', []),
    (PLAN + 'He described it as "a betrayal".', [("a betrayal", D, "Tom Berg", "He")]),
    (PLAN + 'He called it "Project Fear".', [("Project Fear", D, "Tom Berg", "He")]),
    # -- 4: two names set off after a plural role speak, never the role -------------------------------
    # (reader63: after a role with a link word the names may be its object's: no speaker)
    (FIRE + APPEAL + "lawyers for the family, Ana Ruiz and Tom Berg.", [("We will appeal,", D, None, None)]),
    (FIRE + '"We want answers," said friends of the couple, Tom Berg and Ana Ruiz.', [("We want answers,", D, None, None)]),
    (FIRE + APPEAL + "the family's lawyers, Ana Ruiz and Tom Berg.",
     [("We will appeal,", D, "Ana Ruiz and Tom Berg", "Ana Ruiz and Tom Berg")]),
    (FIRE + "The family will appeal the ruling, said the family's lawyers, Ana Ruiz and Tom Berg.",
     [("The family will appeal the ruling", R, "Ana Ruiz and Tom Berg", "Ana Ruiz and Tom Berg")]),
    # must not change: one name after a singular role; no name; one name after a plural role
    (FIRE + APPEAL + "a lawyer for the family, Ana Ruiz.", [("We will appeal,", D, "Ana Ruiz", "Ana Ruiz")]),
    (FIRE + APPEAL + "the family's lawyer, Ana Ruiz.", [("We will appeal,", D, "Ana Ruiz", "Ana Ruiz")]),
    (FIRE + APPEAL + "lawyers for the family.", [("We will appeal,", D, None, None)]),
    (FIRE + APPEAL + "lawyers for the family, Ana Ruiz.", [("We will appeal,", D, None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_fixQ63b_speakers(text: str, expected: list[MentionRow]) -> None:
    assert mention_rows(text) == expected


def test_rows_are_distinct() -> None:
    assert len({text for text, _ in ROWS}) == len(ROWS)
