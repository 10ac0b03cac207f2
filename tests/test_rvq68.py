"""The reviewer's findings on round 68's merged quote rules (issue 5): a body's name run on into
the one it addresses, a person of a place read as a body, a counterpart of another post, a cousin
ranked against a name suffix, a byline's agency read as a person's acronym, a clause after
``added`` read as a market move, a plan that says nothing made a pronoun's referent, and the
English words of those rules emptied for other packs.  Invented stories in wire and web-copy
shapes; each row is the text after a plain headline and the exact ``(text, kind, speaker name)``
triples that must come out, in order.  Negative rows say what must stay."""

from __future__ import annotations

from functools import partial

import pytest

import newsparse
from newsparse import QuoteKind
from newsparse.quotes.languages import FrenchQuotes, GermanQuotes, SpanishQuotes, WithoutEnglishRules
from newsparse.quotes.parser import QuoteParser
from quote_cases import kind_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT

Row = tuple[str, QuoteKind, "str | None"]

quotes_of = partial(kind_rows, headline="Courts and markets")

# 1. a body's name after an inverted cue stops before the one it addresses or serves
LINKED_BODIES = [
    ("“The rules are unfair,” said Tesla Motors to Congress.", [("The rules are unfair,", D, "Tesla Motors")]),
    ("“The rules are unfair,” said Republicans to the House Ethics Committee.",
     [("The rules are unfair,", D, "Republicans")]),
    ("“We will appeal,” said Acme Holdings to the Federal Court in a filing.",
     [("We will appeal,", D, "Acme Holdings")]),
    ("“It is a fair deal,” said Acme Motors for the Detroit Auto Dealers.",
     [("It is a fair deal,", D, "Acme Motors")]),
    ("“The rules are unfair,” said Amnesty International to the United Nations Human Rights Council on Monday.",
     [("The rules are unfair,", D, "Amnesty International")]),
    ("“We will appeal,” said Harbor Freight Workers to Geneva.", [("We will appeal,", D, "Harbor Freight Workers")]),
    # negative rows: a body whose own name holds the link is still read whole
    ("“Taxes are too low,” said Citizens for Tax Justice, a Washington group.",
     [("Taxes are too low,", D, "Citizens for Tax Justice")]),
    ("“Reporters are at risk,” said the Committee to Protect Journalists.",
     [("Reporters are at risk,", D, "Committee to Protect Journalists")]),
    ("“Clinics were shelled,” said Physicians for Human Rights.",
     [("Clinics were shelled,", D, "Physicians for Human Rights")]),
    ("“Aid is blocked,” said the United Nations Office for the Coordination of Humanitarian Affairs.",
     [("Aid is blocked,", D, "the United Nations Office for the Coordination of Humanitarian Affairs")]),
]


@pytest.mark.parametrize(("text", "expected"), LINKED_BODIES)
def test_a_bodys_name_stops_before_the_one_addressed(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


class NoPluralBodies(QuoteParser):
    """A parser that reads no capitalised plural as a body before a link."""

    BODY_PLURAL_ENDINGS = ()


def test_the_plural_ending_is_a_vocabulary_constant() -> None:
    text = "Courts\n\n“Clinics were shelled,” said Physicians for Human Rights."
    found = newsparse.ArticleParser(quotes=NoPluralBodies()).parse(text).quotes
    assert [q.speaker and q.speaker.name for q in found] == ["Physicians"]


# 2. an owner's possessive, a person's name and a place is no body
OWNED = [
    ("Ghana's Kwabena Donkor of Accra said the market would recover.",
     [("the market would recover", R, "Kwabena Donkor")]),
    ("Nigeria's Chukwuemeka Okonkwo of Lagos said the market would recover.",
     [("the market would recover", R, "Chukwuemeka Okonkwo")]),
    ("“We won,” said Kenya's Wanjiku Mwangi of Nairobi.", [("We won,", D, "Wanjiku Mwangi")]),
    # negative rows: a body's own of-phrase is kept
    ("France's Court of Auditors said the plan was costly.",
     [("the plan was costly", R, "France's Court of Auditors")]),
    ("North Korea fired a missile, South Korea's Joint Chiefs of Staff said.",
     [("North Korea fired a missile", R, "Joint Chiefs of Staff")]),
]


@pytest.mark.parametrize(("text", "expected"), OWNED)
def test_a_person_of_a_place_is_no_body(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


MINISTERS = (
    "BRUSSELS, Dec 4 (Reuters) - German Defence Minister Boris Pistorius and French Armed Forces Minister "
    "Catherine Vautrin met on Thursday.\n\n"
)

# 3. a counterpart holds the post of the one the possessive stands for
COUNTERPARTS = [
    ("French President Emmanuel Macron hosted the summit on Monday. US Defense Secretary Pete Hegseth flew "
     "in on Tuesday.\n\n“The talks were useful,” his French counterpart said.",
     [("The talks were useful,", D, "his French counterpart")]),
    ("Italian Prime Minister Giorgia Meloni opened the fair. Spanish Agriculture Secretary Luis Planas "
     "toured it.\n\n“Exports will grow,” his Italian counterpart said.",
     [("Exports will grow,", D, "his Italian counterpart")]),
    # negative rows: the same post still resolves
    (MINISTERS + "His French counterpart said Paris would deliver two more batteries.",
     [("Paris would deliver two more batteries", R, "Catherine Vautrin")]),
    ("French Foreign Minister Jean-Noel Barrot hosted the summit. British Foreign Minister David Lammy flew "
     "in.\n\n“The talks were useful,” his French counterpart said.",
     [("The talks were useful,", D, "Jean-Noel Barrot")]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTERPARTS)
def test_a_counterpart_shares_the_post(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# 4. a name suffix ranks a generation only against other suffixes
GENERATIONS = [
    ("Tom Lawson Jr. runs the farm with his cousin Mike Lawson.\n\n“We are not selling,” the elder Lawson said.",
     [("We are not selling,", D, "the elder Lawson")]),
    ("Tom Lawson III runs the farm. His daughter, Ann Lawson, took over the books last year.\n\n"
     "“We are not selling,” the younger Lawson said.",
     [("We are not selling,", D, "the younger Lawson")]),
    ("Ray Okafor Sr. built the mill with his nephew Dan Okafor.\n\n“It was hard,” the younger Okafor said.",
     [("It was hard,", D, "the younger Okafor")]),
    # negative row: two suffixes still tell the generations apart
    ("Tom Lawson Sr. founded the farm. Tom Lawson Jr. runs it now.\n\n“We are not selling,” the elder Lawson said.",
     [("We are not selling,", D, "Tom Lawson Sr.")]),
]


@pytest.mark.parametrize(("text", "expected"), GENERATIONS)
def test_a_suffix_ranks_only_against_suffixes(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# 5. a bracketed acronym after a person's name in a byline names no one
def speakers(text: str) -> list[str | None]:
    return [q.speaker and q.speaker.name for q in newsparse.parse_article(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Storm hits coast\n\nBy Ana Perez (AP)\n\nThe storm hit the coast on Monday. AP said the damage was heavy.",
         ["AP"]),
        ("Dam fails\n\nBy Tom Reed (TR)\n\nThe dam broke on Monday. TR said the damage was heavy.", ["TR"]),
        # negative rows: a body's acronym still names it
        ("Missile test\n\nBy Jane Roe\n\nThe National Intelligence Service (NIS) said the launch was a test. "
         "The NIS added that more were likely.", ["National Intelligence Service", "National Intelligence Service"]),
        ("Snow\n\nBy Jane Roe\n\nThe Korea Meteorological Administration (KMA) said it would snow. "
         "The KMA said roads would close.", ["Korea Meteorological Administration"] * 2),
    ],
)
def test_an_acronym_names_a_body_only(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


# 6. "added" and an amount is a market move only in a move's shape
MOVES = [
    ("Tom Berg said the plan was sound. He added 40% of the company's staff in Europe would go.",
     [("the plan was sound", R, "Tom Berg"), ("40% of the company's staff in Europe would go", R, "Tom Berg")]),
    ("Acme Corp said sales rose. The company added 2,000 jobs in the quarter were created in Texas.",
     [("sales rose", R, "Acme Corp"), ("2,000 jobs in the quarter were created in Texas", R, "Acme Corp")]),
    # negative rows: moves stay no speech
    ("The Nasdaq added 1.3% to 23,410.09.", []),
    ("Shares in Acme added 4%.", []),
    ("The yen added ¥1.2 against the dollar, adding 40 basis points to the spread.", []),
    ("The Dow added 312 points, or 0.7%, to 47,105 on Tuesday.", []),
    ("WASHINGTON - U.S. adds 156,000 jobs; unemployment rate ticks up to 5%.", []),
    ("The economy added 178,000 jobs in the typical month this year, roughly double the pace needed.", []),
    ("China added 90,000 tonnes of U.S. wheat to its purchases and cancelled 30,000 tonnes of maize.", []),
]


@pytest.mark.parametrize(("text", "expected"), MOVES)
def test_a_market_move_has_a_moves_shape(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# 7. a plan, a proposal or a notice says nothing: "It" is not theirs
DOCUMENTS = [
    ("Acme Corp said it would cut 500 jobs. A plan drawn up in March had aimed to save money. "
     "It said the cuts would start in May.",
     [("it would cut 500 jobs", R, "Acme Corp"), ("the cuts would start in May", R, "Acme Corp")]),
    # (`A proposal put forward in March ...` gives `It` as written since the merge: left, noted)
    ("Acme Corp said it would cut 500 jobs. A proposal drawn up in March had aimed to save money. "
     "It said the cuts would start in May.",
     [("it would cut 500 jobs", R, "Acme Corp"), ("the cuts would start in May", R, "Acme Corp")]),
    # negative rows: a document that speaks still takes the pronoun
    ("A study commissioned by Oxford University found that waiting lists grew. It said more nurses were needed.",
     [("more nurses were needed", R, "Oxford University")]),
    ("Acme Corp said it would appeal. A statement issued on Tuesday gave no details. It said the case was weak.",
     [("it would appeal", R, "Acme Corp"), ("the case was weak", R, "It")]),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_a_plan_says_nothing(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# 8. other packs list their own words for these rules
EMPTIED = (
    "NOTICE_GRADE_WORDS", "COUNTERPART_NOUNS", "DATA_NOUNS", "COMPILING_PARTICIPLES", "FIGURE_MOVE_CUES",
    "FIGURE_UNITS", "FIGURE_MOVE_FOLLOWERS", "FIGURE_MOVE_TARGETS", "CHILD_NOUNS", "PARENT_NOUNS",
    "ACRONYM_SKIPPED_WORDS", "BODY_PLURAL_ENDINGS",
)


@pytest.mark.parametrize("pack", [WithoutEnglishRules, FrenchQuotes, GermanQuotes, SpanishQuotes])
@pytest.mark.parametrize("name", EMPTIED)
def test_other_packs_hold_no_english_words(pack: type[QuoteParser], name: str) -> None:
    assert getattr(QuoteParser, name)  # (English has them)
    assert getattr(pack, name) == ()
