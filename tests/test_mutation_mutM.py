"""Cases written for the mutation pass over stop 18's people index code (issue 8; see "Mutation
testing" in ``docs/testing.md``, the ``mutM`` section): the mutants on the lines of
``src/newsparse/people.py`` changed since stop 17 that the tests reaching them let live.  Each row
is text written for one rule and the person a role mention must find in it (or nobody), the bad
reading a mutant gave beside it in a comment."""

from __future__ import annotations

import pytest
import regex

from newsparse import Vocabulary
from newsparse.names import NameModel
from newsparse.people import PersonIndex

VOCABULARY = Vocabulary()


def described(text: str, mention: str) -> str | None:
    """The person the role *mention* (``the foreign secretary``) finds at the end of *text*."""
    person = PersonIndex.build(VOCABULARY, [(text, 0)]).described(mention.split(), len(text))
    return person.name if person is not None else None


#: ``described_surname``: a one-word name with a role set off after it ("Lammy, the foreign
#: secretary,") is the person a later mention of that role finds, when the text gives the name
#: in full; the rows where it is no such name find nobody.
DESCRIBED_SURNAMES: list[tuple[str, str, str | None]] = [
    # part of a longer word after an apostrophe: "Brien" of O'Brien is not Kate Brien (Kate Brien)
    ("Kate Brien met officials on Monday. O'Brien, the foreign secretary, arrived later.", "the foreign secretary", None),
    # a lower-case word and a space before the name ("arrival" read as a letter glued on: None)
    (
        "David Lammy arrived in Kyiv on Monday. On arrival Lammy, the foreign secretary, met officials.",
        "the foreign secretary",
        "David Lammy",
    ),
    # a place after a phrase link, in the name's words ("In Jackson") or before them ("in
    # Jackson"): no person (Ana Jackson)
    (
        "Ana Jackson filed the suit on Monday. In Jackson, the governor, who took office in May, said nothing.",
        "the governor",
        None,
    ),
    (
        "Ana Jackson filed the suit on Monday. Speaking in Jackson, the governor, who took office in May, said nothing.",
        "the governor",
        None,
    ),
    # a month as a surname, read with the word before it (without it, May is a month: None)
    (
        "Theresa May arrived in Brussels on Monday. Smiling, May, the prime minister, met officials.",
        "the prime minister",
        "Theresa May",
    ),
    # the role only as the ninth word of the description: past the first eight (David Lammy)
    (
        "David Lammy arrived in Kyiv on Monday. Lammy, a longtime Labour stalwart turned reluctant but "
        "unexpectedly popular minister, met officials.",
        "the minister",
        None,
    ),
    # an owner's description that ends in no role: "mayor" only before "until" (Tom Berg)
    ("Tom Berg arrived on Monday. Berg, Lyon's mayor until 2019, met officials.", "the mayor", None),
    # a role only after a phrase link: the governor is not the city (Ana Jackson)
    ("Ana Jackson filed the suit on Monday. Jackson, the city where the governor was born, is quiet.", "the governor", None),
    # a role noun that is no title ("boss", "member") describes the name too (None)
    ("Tom Berg arrived on Monday. Berg, the union boss, met reporters.", "the union boss", "Tom Berg"),
    ("Tom Berg arrived on Monday. Berg, a board member, met reporters.", "the board member", "Tom Berg"),
    # ends_in_role: an owner's description ending in a role noun that is no title (None)
    ("Tom Berg arrived on Monday. Berg, Acme's union boss, met reporters.", "the union boss", "Tom Berg"),
    ("Tom Berg, Acme's union boss, met reporters.", "the union boss", "Tom Berg"),
]


#: ``read_piece``: an appositive with no article after a full name describes it when its first
#: word is a title or a role noun, one that is no title too (None).
APPOSITIVES: list[tuple[str, str, str | None]] = [
    ("Tom Berg, boss of the dockers' union, arrived on Monday.", "the union boss", "Tom Berg"),
    ("Tom Berg, member of the board, arrived on Monday.", "the board member", "Tom Berg"),
]


@pytest.mark.parametrize(("text", "mention", "expected"), APPOSITIVES)
def test_an_appositive_with_no_article(text: str, mention: str, expected: str | None) -> None:
    assert described(text, mention) == expected


@pytest.mark.parametrize(("text", "mention", "expected"), DESCRIBED_SURNAMES)
def test_a_one_word_name_described_by_a_role(text: str, mention: str, expected: str | None) -> None:
    assert described(text, mention) == expected


def described_at(text: str, mention: str, before: int) -> str | None:
    person = PersonIndex.build(VOCABULARY, [(text, 0)]).described(mention.split(), before)
    return person.name if person is not None else None


#: ``described_before``: the latest described one-word name with the role, before the mention;
#: not the one whose role is the mention itself.
_TWO = (
    "Tom Berg met officials on Monday. Berg, the mayor, arrived late. David Lammy arrived in Kyiv. "
    "Lammy, the foreign secretary, met officials."
)
_SELF = "Tom Berg met officials on Monday. Berg, the mayor, said the talks had failed."
DESCRIBED_BEFORE: list[tuple[str, str, int, str | None]] = [
    # the latest described name holds another role: the one before it (None: every other one read)
    (_TWO, "the mayor", len(_TWO), "Tom Berg"),
    (_TWO, "the foreign secretary", len(_TWO), "David Lammy"),
    # the mention is the role set off after the name itself (Tom Berg); after it, it is his
    (_SELF, "the mayor", _SELF.index("the mayor"), None),
    (_SELF, "the mayor", len(_SELF), "Tom Berg"),
    # two spaces after the comma are still the role set off after the name (Tom Berg)
    (_SELF.replace(", the", ",  the"), "the mayor", _SELF.index("the mayor") + 1, None),
]


@pytest.mark.parametrize(("text", "mention", "before", "expected"), DESCRIBED_BEFORE)
def test_the_latest_described_surname_before_the_mention(text: str, mention: str, before: int, expected: str | None) -> None:
    assert described_at(text, mention, before) == expected


def test_a_described_surname_is_found_with_the_full_name_s_words() -> None:
    text = "David Lammy arrived in Kyiv on Monday. Later Lammy, the foreign secretary, met officials."
    person = PersonIndex.build(VOCABULARY, [(text, 0)]).described(["foreign", "secretary"], len(text))
    assert person is not None
    assert (person.name, person.words, person.start) == ("David Lammy", ("David", "Lammy"), text.index("Lammy,"))


class _NoBerg(NameModel):
    """A name model that reads ``Berg`` as no name word (a caller's own model)."""

    def is_name_word(self, word: str, following: str | None = None, preceding: str | None = None) -> bool:
        return word != "Berg" and super().is_name_word(word, following, preceding)


@pytest.mark.parametrize(("names", "expected"), [(None, "Tom Berg"), (_NoBerg(VOCABULARY), None)])
def test_read_piece_reads_with_the_name_model_given(names: NameModel | None, expected: str | None) -> None:
    text = "Tom Berg arrived on Monday."
    piece = list(regex.finditer(r"\S+", text))[:2]
    person = PersonIndex.read_piece(VOCABULARY, text, piece, names=names)
    assert (person.name if person is not None else None) == expected


@pytest.mark.parametrize(("names", "expected"), [(None, ["Tom Berg"]), (_NoBerg(VOCABULARY), [])])
def test_read_run_reads_with_the_name_model_given(names: NameModel | None, expected: list[str]) -> None:
    text = "On Monday Tom Berg arrived."
    run = regex.search(r"Tom Berg", text)
    assert run is not None
    assert [person.name for person in PersonIndex.read_run(VOCABULARY, text, run, names=names)] == expected


#: ``_read_pending``: the described one-word names of pieces given out of order, each at its own
#: offset, found by position (a mention before the second piece finds only the first's).
_KYIV = "David Lammy arrived in Kyiv. Lammy, the foreign secretary, met officials."
_PORT = "Tom Berg arrived on Monday. Berg, the mayor, met reporters."
PIECES_OUT_OF_ORDER: list[tuple[str, int, tuple[str, int] | None]] = [
    ("the foreign secretary", 450, ("David Lammy", _KYIV.index("Lammy,"))),
    ("the mayor", 450, None),
    ("the mayor", 1000, ("Tom Berg", 500 + _PORT.index("Berg,"))),
]


@pytest.mark.parametrize(("mention", "before", "expected"), PIECES_OUT_OF_ORDER)
def test_described_surnames_of_pieces_out_of_order(mention: str, before: int, expected: tuple[str, int] | None) -> None:
    index = PersonIndex.build(VOCABULARY, [(_PORT, 500), (_KYIV, 0)])
    person = index.described(mention.split(), before)
    assert ((person.name, person.start) if person is not None else None) == expected
