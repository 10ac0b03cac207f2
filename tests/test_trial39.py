"""Wrong or missing values of an unseen trial (trial 39), each row a short article in our own
words with every quote's opening words and its speaker in order (the pronoun as written when no
one is sure), and what the row checks.  Each family stands beside the near-misses that must keep
their answers:

- a body whose name joins two words by ``and`` before its organisation word (``according to the
  Ghana Cocoa and Coffee Board``, ``said the Food and Drug Administration``) is the whole body,
  never its first words;
- a body's chapter in a country (``The Refugee Council New Zealand said``) is the body, never the
  country;
- ``she`` after a paragraph that opens with a role and a newcomer's name (``The education minister,
  Ruth Okello, ...``) may be that newcomer: no longer the speaker quoted before, but as written;
- an interview's answers labelled with the interviewee's surname in title case (``Falk: ...``)
  are that person's turns;
- ``said`` before a bare noun, ``near`` or ``under`` and its phrase (``said footbridges near the
  fish market would ...``) reports a clause;
- a wire headline's version slug (``UPDATE 1-Harbour Line cuts ...``) is no timestamp.
"""

from __future__ import annotations

import pytest

from newsparse import ArticleParser
from quote_cases import OpeningRow, article_parser, check_distinct_articles, check_openings

# (language, text, [(opening words of each quote, speaker)], what the row checks)
ROWS: list[OpeningRow] = [
    # W1: "and" inside a body's name after "according to" or an inverted cue
    (
        None,
        "Cocoa prices climb\n\nFarm-gate prices rose by a fifth in the last quarter, according to the Ghana Cocoa "
        "and Coffee Board.",
        [("Farm-gate prices rose", "Ghana Cocoa and Coffee Board")],
        "according to a body whose name joins two words by 'and'",
    ),
    (
        None,
        "Recall widened\n\nThree more batches of the syrup were withdrawn on Friday, said the Food and Drug "
        "Administration.",
        [("Three more batches", "Food and Drug Administration")],
        "an inverted cue before a body whose name joins two words by 'and'",
    ),
    (
        None,
        "Rates on hold\n\nInflation will ease by the autumn, according to the Finance Ministry and Central Bank.",
        [("Inflation will ease", "Finance Ministry")],
        "mutant: joined_name_end accepts a phrase that already ends in an organisation word (two bodies)",
    ),
    # W2: a body's chapter in a country
    (
        None,
        "Resettlement slows\n\nThe Refugee Council New Zealand said that families were waiting a year for a home.",
        [("families were waiting", "Refugee Council New Zealand")],
        "a body's name that ends in a country after its organisation word",
    ),
    (
        None,
        "Resettlement slows\n\nA spokeswoman for the Refugee Council New Zealand said that families were waiting "
        "a year for a home.",
        [("families were waiting", "A spokeswoman for the Refugee Council New Zealand")],
        "someone for such a body: the mention as written, never the country",
    ),
    # W3: a newcomer opens a paragraph after a role and a determiner
    (
        None,
        "Teachers walk out\n\n“We will strike again next month,” said union organiser Dana Whitfield.\n\n"
        "The education minister, Ruth Okello, called the walkout reckless.\n\n"
        "“Children lose out every day the schools are shut,” she added.",
        [("We will strike", "Dana Whitfield"), ("Children lose out", "Ruth Okello")],
        "a role set off before a newcomer's name: the pronoun is no longer the last speaker's; the newcomer "
        "of its gender takes it (trial41: newcomer_of_gender)",
    ),
    (
        "fr",
        "Les enseignants en grève\n\n« Nous recommencerons le mois prochain », a déclaré la syndicaliste Dana "
        "Whitfield.\n\nLa ministre de l'Éducation, Ruth Okello, a jugé la grève irresponsable.\n\n"
        "« Les élèves perdent chaque jour d'école », a-t-elle ajouté.",
        [("Nous recommencerons", "Dana Whitfield"), ("Les élèves perdent", "Ruth Okello")],
        "French: a role and its portfolio set off before a newcomer's name (who takes the pronoun: trial41)",
    ),
    # M1: an interview's turns labelled with a surname in title case
    (
        None,
        "Mayor on the budget\n\nMayor Ines Falk sat down with us at city hall on Tuesday.\n\n"
        "Q: Will rates go up?\n\n"
        "Falk: Not this year. We found the savings elsewhere and the reserves are healthy.\n\n"
        "Q: And next year?\n\n"
        "Falk: That depends on the grant from the state, which nobody can promise me today.",
        [("Not this year", "Ines Falk"), ("That depends", "Ines Falk")],
        "a surname in title case labels the interviewee's turns",
    ),
    (
        None,
        "Ferry timetable\n\nThe harbour board met on Monday.\n\nNote: The early crossing will not run on Sundays "
        "until the new boat arrives.\n\nUpdate: The board said the boat would arrive in June after sea trials.",
        [("the boat would arrive", "The board")],
        "mutant: label_speaker reads a title-case label that names no one in the article",
    ),
    # M2: a bare noun phrase with a modifier and a link after "said"
    (
        None,
        "Bridges to reopen\n\nHarbour engineer Lena Sorensen inspected the quay on Monday. "
        "She said footbridges near the fish market would reopen in May.",
        [("footbridges near the fish market", "Lena Sorensen")],
        "said before a noun, 'near' and its phrase, then the verb",
    ),
    (
        None,
        "Merger cleared\n\nAnalyst Tom Reyes studied the ruling on Monday. He said disposals under the terms of the "
        "settlement would cut sales by a tenth.",
        [("disposals under the terms", "Tom Reyes")],
        "said before a noun, 'under' and its phrase, then the verb",
    ),
]

def test_no_duplicate_rows() -> None:
    check_distinct_articles(ROWS)


@pytest.mark.parametrize("row", ROWS, ids=[row[3] for row in ROWS])
def test_speakers(row: OpeningRow) -> None:
    check_openings(row)


WIRE = (
    "{headline}\n\nBy Ada Lindqvist\n\nLONDON, May 2 (Reuters) - Harbour Line will cut 200 jobs at its "
    "Felixstowe depot as freight volumes slow, the company said on Friday.\n"
)


def test_a_wire_version_slug_opens_the_headline() -> None:
    headline = "UPDATE 1-Harbour Line cuts 200 jobs as freight slows"
    article = ArticleParser().parse(WIRE.format(headline=headline))
    assert article.headline is not None
    assert article.headline.text == headline
    assert [item.kind for item in article.boilerplate] == []


@pytest.mark.parametrize("line", ["Updated 3-Feb", "Update 12-Mar"])
def test_an_update_label_before_a_day_and_month_stays_a_stamp(line: str) -> None:
    # mutant: starts_with_label reads any number glued to a capitalised word as a version slug
    article = ArticleParser().parse(WIRE.format(headline=line))
    assert [item.kind for item in article.boilerplate] == ["timestamp"]


@pytest.mark.parametrize(
    ("language", "words", "expected"),
    [
        (None, "The transport minister,", True),
        (None, "The minister", True),
        (None, "The Minister for Transport,", True),
        ("fr", "La ministre de l'Éducation,", True),
        # mutant: role_lead lets stop words stand between the determiner and the role
        (None, "The woman who sued the minister,", False),
        # mutant: role_lead needs no determiner first
        (None, "Transport minister", False),
        # mutant: role_lead takes a capitalised last word with no comma and no role
        (None, "The Harbour Board", False),
    ],
)
def test_a_role_lead_before_a_name(language: str | None, words: str, expected: bool) -> None:
    quotes = article_parser(language).quotes
    assert quotes.role_lead(words.split()) is expected
