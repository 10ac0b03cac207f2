"""Wrong quotes a new user found (issue 5, round 70): the phrase after a closing attribution read
as the words (``..., the ministry said, with 2.1 million out of work.``), ``added`` with a plain
object read as speech, a multi-paragraph quotation cut and left without its speaker, an
interrupted attribution in a dash clause, a ``Role: quote`` headline, a publisher's tail, and a
podcast's ``HOST (Name):`` turn.  Invented stories in web-copy, feed and wire shapes; each row is
the text after a plain headline and the exact ``(text, kind, speaker name, mention)``
quadruples that must come out, in order.  Negative rows say what must stay."""

from __future__ import annotations

from functools import partial

import pytest

from newsparse import QuoteKind
from quote_cases import article_of, mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]

quotes_of = partial(mention_rows, headline="City and politics")


# 1. a closing attribution followed by the reporter's phrase (an absolute "with ...", an
# appositive, maybe after a day): the clause before the attribution is what was said
CLOSING_THEN_PHRASE = [
    ("Portugal's jobless rate fell to its lowest level since 2002, the statistics institute said on Friday, "
     "with 310,000 people out of work.",
     [("Portugal's jobless rate fell to its lowest level since 2002", R, "the statistics institute",
       "the statistics institute")]),
    ("Sales of electric cars rose 18% in October, the industry group said, with most of the growth in small models.",
     [("Sales of electric cars rose 18% in October", R, "the industry group", "the industry group")]),
    ("Inflation will slow next year, the central bank said, with energy prices expected to ease.",
     [("Inflation will slow next year", R, "the central bank", "the central bank")]),
    ("The port reopened after a two-day strike, officials said, without giving details of the deal.",
     [("The port reopened after a two-day strike", R, "officials", "officials")]),
    ("Japan launched a spy satellite on Tuesday, the space agency said, the third such launch this year.",
     [("Japan launched a spy satellite on Tuesday", R, "the space agency", "the space agency")]),
    ("Freight volumes dropped sharply in the first quarter, the rail operator said Monday, the steepest fall since 2009.",
     [("Freight volumes dropped sharply in the first quarter", R, "the rail operator", "the rail operator")]),
    # negative rows: an aside inside the clause, or a clause with its verb after the comma, keeps the words after
    ("The strike, union leaders said on Monday, will go ahead next week.",
     [("The strike, union leaders said on Monday, will go ahead next week", R, "union leaders", "union leaders")]),
    ("The plan failed, she said, the talks were over for good now.",
     [("the talks were over for good now", R, "she", "she")]),
    ("Prices rose again in March, the statistics office said, as energy costs climbed.",
     [("Prices rose again in March", R, "the statistics office", "the statistics office")]),
    ("Tom Berg said the plant would close, with 300 jobs lost.",
     [("the plant would close, with 300 jobs lost", R, "Tom Berg", "Tom Berg")]),
    # a subordinate clause, or a clause left open at its verb, before the aside: the words after it are said
    ("If the talks fail, Ana Ruiz warned, hundreds of members plan to quit the union.",
     [("hundreds of members plan to quit the union", R, "Ana Ruiz", "Ana Ruiz")]),
    ("It was, she said, one of the worst days of her career.",
     [("one of the worst days of her career", R, "she", "she")]),
    # a time before the appositive, never a place or a figure's commas
    ("Exports climbed, the ministry said on Tuesday, March 3.", [("Exports climbed", R, "the ministry", "the ministry")]),
    ("In the weeks after the flood, the mayor advised residents on filing claims, even recommending a lawyer.", []),
    ("The board estimated the harvest at 2,788,000 tonnes, vs 2,764,000 tonnes indicated last month and 2,991,000 "
     "tonnes last year.", []),
]


@pytest.mark.parametrize(("text", "expected"), CLOSING_THEN_PHRASE)
def test_the_phrase_after_a_closing_attribution_is_the_reporters(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# 2. "added" with a count for its object (an amount, a number word, a determiner and an ordinal: km of
# track, signings, a second goal) reports no words; a clause after it, "that", a closing or an
# inverted attribution still do
PLAIN_OBJECT = [
    ("The network added 2,400 km of new high-speed track last year.", []),
    ("Lena Hart added a second with a header shortly after the break.", []),
    ("The striker added his third of the season in stoppage time.", []),
    ("The club added two new signings on deadline day.", []),
    # negative rows: speech stays
    ("Ortiz added the plan would cost more than expected.",
     [("the plan would cost more than expected", R, "Ortiz", "Ortiz")]),
    ("He added two people had died in the blast.", [("two people had died in the blast", R, "He", "He")]),
    ("She added a second reason was the cost of the scheme.",
     [("a second reason was the cost of the scheme", R, "She", "She")]),
    ("The spokesman added an accord with the lenders could be a very helpful support.",
     [("an accord with the lenders could be a very helpful support", R, "The spokesman", "The spokesman")]),
    ("Ortiz added that the plan would cost more.", [("the plan would cost more", R, "Ortiz", "Ortiz")]),
    ("The plan will cost more than expected, she added.",
     [("The plan will cost more than expected", R, "she", "she")]),
    ('Mayor Tom Berg added: "We will not stop."', [("We will not stop.", D, "Tom Berg", "Mayor Tom Berg")]),
    ('"We will not stop," added the minister, Ana Ruiz.', [("We will not stop,", D, "Ana Ruiz", "Ana Ruiz")]),
    ("Ortiz noted the plan had failed twice.", [("the plan had failed twice", R, "Ortiz", "Ortiz")]),
]


@pytest.mark.parametrize(("text", "expected"), PLAIN_OBJECT)
def test_a_plain_object_of_added_is_no_speech(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# 3. a quotation run over paragraphs (each opening with a mark, the middle ones left open) keeps its
# speaker: a passive cue or a first-person speaker after a comma inside it is the quoted words, never a
# closing attribution whose mark was left out
RUN_HEAD = "Ana Ruiz, 52, ran the ward for nine years. She told the Herald:\n\n"
MULTI_PARAGRAPH = [
    (RUN_HEAD + '"Every week there was something new to hide.\n\n"When I raised it with the board, I was told to '
     'keep quiet.\n\n"In the end I could not stay."',
     [("Every week there was something new to hide.", D, "Ana Ruiz", "She"),
      ("When I raised it with the board, I was told to keep quiet.", D, "Ana Ruiz", "She"),
      ("In the end I could not stay.", D, "Ana Ruiz", "She")]),
    (RUN_HEAD + '"Every week there was something new to hide.\n\n"When the audit came, we were asked to sign it '
     'unread.\n\n"In the end I could not stay."',
     [("Every week there was something new to hide.", D, "Ana Ruiz", "She"),
      ("When the audit came, we were asked to sign it unread.", D, "Ana Ruiz", "She"),
      ("In the end I could not stay.", D, "Ana Ruiz", "She")]),
    (RUN_HEAD + '"Every week there was something new to hide.\n\n"When I raised it with the board, I told them we '
     'could not go on.\n\n"In the end I could not stay."',
     [("Every week there was something new to hide.", D, "Ana Ruiz", "She"),
      ("When I raised it with the board, I told them we could not go on.", D, "Ana Ruiz", "She"),
      ("In the end I could not stay.", D, "Ana Ruiz", "She")]),
    # negative row: a closing attribution whose mark was left out is still read
    ('"We lost everything, said resident Mary Holt.', [("We lost everything,", D, "Mary Holt", "resident Mary Holt")]),
]


@pytest.mark.parametrize(("text", "expected"), MULTI_PARAGRAPH)
def test_a_quotation_over_paragraphs_keeps_its_speaker(text: str, expected: list[Row]) -> None:
    assert [row for row in quotes_of(text) if row[1] is D] == expected


# 4. an attribution set off by commas in a clause that a dash and "and" or "but" join to a quotation:
# its speaker said the quotation too, and the words after it stay a report of its own
DASH_CLAUSE = [
    ('"Safety is our first priority," a council spokeswoman said. "We urge anyone with concerns to come forward" '
     "– and, she added, they would be protected.",
     [("Safety is our first priority,", D, "a council spokeswoman", "a council spokeswoman"),
      ("We urge anyone with concerns to come forward", D, "a council spokeswoman", "she"),
      ("they would be protected", R, "a council spokeswoman", "she")]),
    ('Tom Berg, the union\'s lawyer, spoke after the ruling. "We will appeal" — but, he said, the odds were long.',
     [("We will appeal", D, "Tom Berg", "he"), ("the odds were long", R, "Tom Berg", "he")]),
    # negative row: a dash clause with no aside set off by commas gives the quotation no speaker
    ('"We will appeal" – and the lawyer said they would win.',
     [("We will appeal", D, None, None), ("they would win", R, "the lawyer", "the lawyer")]),
]


@pytest.mark.parametrize(("text", "expected"), DASH_CLAUSE)
def test_an_aside_in_a_dash_clause_speaks_the_quotation(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# 5. a headline "Role: words 'quoted' ...": the role before the colon speaks, never the claim's first word
BODY = "BRUSSELS (Reuters) - The European Union is ready to respond, officials said on Monday.\n"


def headline_rows(headline: str) -> list[tuple[str, str | None, str | None]]:
    article = article_of(BODY, headline=headline)
    return [(q.text, q.speaker and q.speaker.name, q.speaker and q.speaker.mention) for q in article.quotes if q.paragraph is None]


HEADLINE_ROLE = [
    ("EU commissioner: Brussels 'will not blink' in steel talks with Washington",
     [("will not blink", "EU commissioner", "EU commissioner")]),
    ("Union chief: Strike 'will go ahead' on Monday", [("will go ahead", "Union chief", "Union chief")]),
    ("Fed official: Rates may stay 'higher for longer'", [("higher for longer", "Fed official", "Fed official")]),
    # negative row: a role quoted right after its colon stays
    ("Trade chief: 'We will not blink'", [("We will not blink", "Trade chief", "Trade chief")]),
]


@pytest.mark.parametrize(("headline", "expected"), HEADLINE_ROLE)
def test_a_headline_role_label_speaks(headline: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert headline_rows(headline) == expected


# 6. a publisher's sign-off after the last sentence and a dash is no part of the reported words
SIGN_OFF = [
    ("Public Works Secretary Ana Ruiz told reporters that the agency had already suspended two contractors. "
     "– Harbourline.com",
     [("the agency had already suspended two contractors", R, "Ana Ruiz", "Public Works Secretary Ana Ruiz")]),
    ("The mayor said the bridge would reopen in May. — City Herald",
     [("the bridge would reopen in May", R, "The mayor", "The mayor")]),
    # negative row: words of the sentence after a dash stay
    ("The mayor said the bridge would reopen in May - and soon.",
     [("the bridge would reopen in May - and soon", R, "The mayor", "The mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), SIGN_OFF)
def test_a_publishers_sign_off_is_no_part_of_the_words(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# 7. a transcript turn labelled with a role and the speaker's name in brackets is that person's words
TRANSCRIPT = (
    "GUEST HOST (Lena Ortiz): Welcome back to the show. Rents are up again this spring.\n\n"
    "TOM BERG: Thanks for having me, Lena.\n\n"
    "LENA ORTIZ: So is it supply?\n\n"
    "TOM BERG: Mostly, yes. Builders stopped building."
)
TURNS = [
    (TRANSCRIPT,
     [("Welcome back to the show. Rents are up again this spring.", "Lena Ortiz"),
      ("Thanks for having me, Lena.", "Tom Berg"), ("So is it supply?", "Lena Ortiz"),
      ("Mostly, yes. Builders stopped building.", "Tom Berg")]),
    (TRANSCRIPT.replace("GUEST HOST (Lena Ortiz)", "HOST (Lena Ortiz)"),
     [("Welcome back to the show. Rents are up again this spring.", "Lena Ortiz"),
      ("Thanks for having me, Lena.", "Tom Berg"), ("So is it supply?", "Lena Ortiz"),
      ("Mostly, yes. Builders stopped building.", "Tom Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), TURNS)
def test_a_role_and_a_bracketed_name_label_a_turn(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(text, name) for text, _, name, _ in quotes_of(text)] == expected
