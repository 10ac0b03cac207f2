"""Wrong speakers of round 66's review (issue 5), each row a short article in our own words and
the speaker of every quote in order (``None``: no one; a pronoun as written: no one sure), the bad
shape beside the near-miss that must keep its answer:

- a thing pronoun after a clause whose own subject is a named organisation (``The Bank of England
  raised rates, it said``): that organisation, not the body that spoke before;
- a person pronoun after an employer's name (``a partner at Morgan Stanley``, ``Morgan Stanley
  analyst``) or after ``The bank said``: never the body;
- a surname that is an English adverb (``Tom Still``, ``David Even``) after a given name or a title;
- an owner in the plural possessive before a person (``Boots' Seb James``) and a firm's name
  with a possessive inside it (``Dreyer's Grand Ice Cream``);
- German ``sagte man``: an impersonal subject after the verb, no speaker."""

from __future__ import annotations

import pytest

import newsparse
from quote_cases import Case, quotes_of
from quote_cases import speaker_names as speakers

HEADLINE = "Markets brace for a rate rise\n\n"

# (paragraphs, speakers in order, what the row checks)
ROWS = [
    # 1. a thing pronoun: the sentence's own organisation first
    (
        "The FCA said on Monday it had fined the lender.\n\nThe Bank of England raised rates on Thursday, it said.",
        ["FCA", "Bank of England"],
        "own organisation with of before a closing it said",
    ),
    (
        "Ofwat said on Tuesday that bills would rise.\n\nThe Ministry of Defence will cut 2,000 posts, it said on Wednesday.",
        ["Ofwat", "Ministry of Defence"],
        "own ministry before it said and a weekday",
    ),
    (
        "Ofcom said on Monday it had fined the broadcaster.\n\nBerg Holdings will appeal the fine, it said.",
        ["Ofcom", "Berg Holdings"],
        "own firm named by an organisation word",
    ),
    (
        "Acme Corp said on Monday it would cut jobs.\n\nThe company will close two plants, it said.",
        ["Acme Corp", "Acme Corp"],
        "near-miss: a noun in lower case is the firm that spoke",
    ),
    (
        "Georgia Power said on Monday the plant was late.\n\nUnit Two is 60 pct complete, it added.",
        ["Georgia Power", "Georgia Power"],
        "near-miss: a unit's name is no organisation",
    ),
    (
        "Ofcom said on Monday it had fined the broadcaster.\n\nIt said the fine was the largest it had set.",
        ["Ofcom", "Ofcom"],
        "near-miss: It opening its sentence is the body that spoke",
    ),
    # 2. a person pronoun never stands for an employer
    (
        "Jo Reed, a partner at Morgan Stanley, said the bank had been fined. Morgan Stanley said it would appeal."
        "\n\nShe told the inquiry the bank had erred.",
        ["Jo Reed", "Morgan Stanley", "She"],
        "a name after a role and at is an employer",
    ),
    (
        "Goldman Sachs analyst Tom Hart said the bank had been fined. Goldman Sachs said it would appeal."
        "\n\nShe told the inquiry the bank had erred.",
        ["Tom Hart", "Goldman Sachs", "She"],
        "a name before a role noun is an employer",
    ),
    (
        "Ana Ruiz said the lender had been fined. The bank said it would appeal.\n\nHe told the inquiry the bank had erred.",
        ["Ana Ruiz", "The bank", "He"],
        "The bank opening a sentence is never he",
    ),
    (
        "Tom Hart said the insurer had been fined. The regulator said it would appeal.\n\nShe told MPs the fine was fair.",
        ["Tom Hart", "The regulator", "She"],
        "The regulator opening a sentence is never she",
    ),
    (
        "Morgan Stanley, a trader at the exchange, said prices had fallen.\n\nHe told the inquiry the market had erred.",
        ["Morgan Stanley", "Morgan Stanley"],
        "near-miss: a person named Morgan Stanley with a role after him",
    ),
    # 3. surnames that are adverbs
    ("The council met on Monday.\n\nTom Still said the plan would fail.", ["Tom Still"], "Still after a given name"),
    ("The council met on Monday.\n\n\"We will act,\" David Even said.", ["David Even"], "Even after a given name, direct"),
    ("The council met on Monday.\n\nThe plan would fail, Sarah Still said.", ["Sarah Still"], "Still before a closing cue"),
    ("The council met on Monday.\n\nDr. Even told reporters the plan would fail.", ["Dr. Even"], "Even after a title"),
    ("The council met on Monday.\n\nJoe Young said the plan would fail.", ["Joe Young"], "Young after a given name"),
    ("The council met on Monday.\n\n\"We are ready,\" said Mia Long.", ["Mia Long"], "Long after a given name"),
    ("The council met on Monday.\n\n\"It is late,\" Ana Late said.", ["Ana Late"], "Late after a given name"),
    ("The council met on Monday.\n\nThe mayor still said the plan would fail.", ["The mayor"], "near-miss: still in lower case"),
    ("The council met on Monday.\n\nTom Berg even said the plan would fail.", ["Tom Berg"], "near-miss: even in lower case"),
    ("The council met on Monday.\n\nStill, Tom Berg said the plan would fail.", ["Tom Berg"], "near-miss: Still opening a sentence"),
    # 4. possessives
    ("Shops reported sales on Monday.\n\nBoots' Seb James said sales had risen.", ["Seb James"], "plural possessive owner"),
    ("Shops reported sales on Monday.\n\n\"Sales rose,\" said Barclays' Jes Staley.", ["Jes Staley"], "plural possessive, closing"),
    ("Shops reported sales on Monday.\n\nLloyd's Jo Reed said sales had risen.", ["Jo Reed"], "near-miss: 's owner before a person"),
    (
        "Shops reported sales on Monday.\n\nDreyer's Grand Ice Cream said sales had risen.",
        ["Dreyer's Grand Ice Cream"],
        "a firm's name with a possessive inside",
    ),
    (
        "Shops reported sales on Monday.\n\nMacy's Retail Holdings Inc said sales had risen.",
        ["Macy's Retail Holdings Inc"],
        "a firm's name with a possessive and Inc",
    ),
    ("Shops reported sales on Monday.\n\nBritain's Keir Starmer said sales had risen.", ["Keir Starmer"], "near-miss: a country's leader"),
    (
        "Shops reported sales on Monday.\n\nPakistan’s Prime Minister Shehbaz Sharif said sales had risen.",
        ["Shehbaz Sharif"],
        "near-miss: a titled person after a country's possessive",
    ),
    (
        "The FCA said on Monday it had fined the lender.\n\nThe Ministry of Foreign Affairs has condemned what it calls a"
        " \"blatant act of aggression\" by the lender.",
        ["FCA", "Ministry of Foreign Affairs"],
        "own organisation before what it calls",
    ),
    ("Shops reported sales on Monday.\n\nMacy's said sales had risen.", ["Macy's"], "near-miss: a firm ending in 's"),
    ("Shops reported sales on Monday.\n\nYahoo! said sales had risen.", ["Yahoo!"], "the exclamation mark of a name"),
    ("Shops reported sales on Monday.\n\n\"Prices rose,\" Which? said.", ["Which?"], "the question mark of a name"),
]


def test_no_duplicate_rows() -> None:
    texts = [row[0] for row in ROWS]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize(("paragraphs", "expected", "why"), ROWS, ids=[row[2] for row in ROWS])
def test_english(paragraphs: str, expected: list[str | None], why: str) -> None:
    assert speakers(newsparse.parse_article(HEADLINE + paragraphs + "\n")) == expected, why


# (language, paragraphs, (cue, speaker) of every quote, what the row checks)
IMPERSONAL_ROWS = [
    (
        "de",
        ["Der Kölner Dom zieht viele Besucher an.", "Dem Kölner Dom sagte man nach, er sei das schönste Bauwerk der Stadt."],
        [("sagte", None)],
        "a dative before sagte man",
    ),
    (
        "de",
        ["Der Hamburger Hafen wächst.", "Dem Hafen sagt man nach, er sei der wichtigste des Landes."],
        [("sagt", None)],
        "a dative before sagt man",
    ),
    ("de", ["Der Hafen wächst.", "Man sagt, er sei der wichtigste des Landes."], [("sagt", None)], "Man sagt opening"),
    (
        "de",
        ["Der Hafen wächst.", "Der Bürgermeister sagte, er sei der wichtigste des Landes."],
        [("sagte", "Der Bürgermeister")],
        "near-miss: a subject before sagte",
    ),
    ("fr", ["La cathédrale attire les visiteurs.", "On dit qu'elle est la plus belle de France."], [("dit", None)], "on dit"),
]


@pytest.mark.parametrize(
    ("language", "pieces", "expected", "why"), IMPERSONAL_ROWS, ids=[row[3] for row in IMPERSONAL_ROWS]
)
def test_impersonal(language: str, pieces: list[str], expected: list[tuple[str, str | None]], why: str) -> None:
    assert [(row[4], row[5]) for row in quotes_of(Case(pieces, [], language=language))] == expected, why
