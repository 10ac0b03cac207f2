"""Second read of stop 26's merged rules (review26): traps written against the new rules that
read ordinary prose or headers wrongly.  Invented articles; each quote row is the text after a
plain headline and the exact ``(text, speaker name, mention)`` triples that must come out, in
order; each header row a whole short article and the byline or credit it must give."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import parse_article
from quote_cases import SpeakerRow as Row
from quote_cases import speaker_rows as quotes_of

# a gerund after a preposition in the subject is a noun ("head of planning"), and the cue after it
# the sentence's verb; only after a verb in its clause is the gerund a verb whose object the cue
# spelt like a plural noun is (ReportedSpeech.gerund_object, verb_before_lead)
GERUND_SUBJECTS = [
    ("The director of planning says the new homes will be built by 2027.",
     [("the new homes will be built by 2027", "The director of planning", "The director of planning")]),
    ("The head of nursing says staff are exhausted after the winter.",
     [("staff are exhausted after the winter", "The head of nursing", "The head of nursing")]),
    ("Our head of engineering says the bridge is safe.",
     [("the bridge is safe", "Our head of engineering", "Our head of engineering")]),
    ("A minister for housing says rents will rise.",
     [("rents will rise", "A minister for housing", "A minister for housing")]),
    # near misses that stay no cue: a verb before the preposition, a form of "be" before the gerund
    ("Ortiz, with obvious delight, chided Berg for raising questions about whether he had paid his taxes.", []),
    ("The council accused the mayor of making claims about the budget that were untrue.", []),
]


@pytest.mark.parametrize(("text", "expected"), GERUND_SUBJECTS)
def test_a_gerund_in_the_subject_keeps_the_cue(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a cue after a dash set off by blanks opens another speaker's clause; a dash after that cue makes
# it an aside only in its own sentence, never a dash of the next one (ReportedSpeech.dash_aside)
DASH_CLAUSES = [
    ("Ana Ortiz said the rent had doubled ― Tom Berg added that it would rise again. "
     "The council ― which owns the site ― declined to comment.",
     [("the rent had doubled", "Ana Ortiz", "Ana Ortiz"), ("it would rise again", "Tom Berg", "Tom Berg")]),
    ("Ana Ortiz said the rent had doubled – Tom Berg added that it would rise again. "
     "The council – which owns the site – declined to comment.",
     [("the rent had doubled", "Ana Ortiz", "Ana Ortiz"), ("it would rise again", "Tom Berg", "Tom Berg")]),
    # near miss: an aside closed in the same sentence
    ("Ana Ortiz said the deal ― experts said ― could collapse by Friday.",
     [("the deal ― experts said ― could collapse by Friday", "Ana Ortiz", "Ana Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), DASH_CLAUSES)
def test_a_dash_in_the_next_sentence_closes_no_aside(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a "Name | Outlet" line right over or under a stamp line in its block is the byline and its agency,
# as before stop 26; alone, or under a caption, it stays a picture's credit
# (ArticleParser.is_bar_credit, stamp_in_block_beside)
BAR_STORY = (
    "Ferries to the outer islands sailed again on Tuesday after a week of gales kept the fleet in port, "
    "the operator said.\n\nIslanders said food and fuel had run low before the boats came back.\n"
)
BAR_TITLE = "Harbour ferries return after a week of storms"
PICTURE = "A ferry leaves the harbour at dawn on Tuesday, June 3, 2025."


@pytest.mark.parametrize(
    ("head", "text", "agency", "published"),
    [
        ("Jane Roe | Reuters\nMarch 5, 2024", "Jane Roe | Reuters", "Reuters", dt.date(2024, 3, 5)),
        ("March 5, 2024\nJane Roe | Reuters", "Jane Roe | Reuters", "Reuters", dt.date(2024, 3, 5)),
        ("Piet de Vries | AFP\n5 June 2025", "Piet de Vries | AFP", "AFP", dt.date(2025, 6, 5)),
    ],
)
def test_a_bar_line_beside_a_stamp_is_the_byline(head: str, text: str, agency: str, published: dt.date) -> None:
    article = parse_article(f"{BAR_TITLE}\n{head}\n\n{BAR_STORY}")
    byline = article.byline
    assert byline is not None and (byline.text, byline.agency) == (text, agency)
    assert article.captions == ()
    assert article.published is not None and article.published.datetime.date() == published


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        # near misses: set off by blank lines from the stamp, or under a caption, the line is a credit
        (f"{BAR_TITLE}\n\nJane Roe | Reuters\n\nMarch 5, 2024\n\n{BAR_STORY}", "Jane Roe | Reuters", "Jane Roe | Reuters"),
        (f"{BAR_TITLE}\n\n{PICTURE}\nLena Marsh | KTVN\nJune 3, 2025\n\n{BAR_STORY}", PICTURE, "Lena Marsh | KTVN"),
        # under a caption even with a stamp right under it and an agency the vocabulary knows
        (f"{BAR_TITLE}\n\n{PICTURE}\nJane Roe | Reuters\nJune 3, 2025\n\n{BAR_STORY}", PICTURE, "Jane Roe | Reuters"),
    ],
)
def test_a_bar_line_apart_from_a_stamp_stays_a_credit(text: str, caption: str, credit: str) -> None:
    article = parse_article(text)
    assert article.byline is None
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
