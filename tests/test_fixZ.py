"""Wrong speakers found by the mutation pass over ``quotes/resolution.py`` (issue 5, fixZ): each
row is a short article in our own words, the speaker of every quote in order (``None`` for no
speaker, the mention as written when no one is sure), and what the row checks.  The bad shape and
the near-misses that must keep their answer stand side by side, in other names, roles and
genders: a title right before a name that the name's own appositive repeats for someone else, a
word before a role noun read as the subject's noun (``The old judge``), a word a title or a handle
puts before a name the text gives alone, a title of the other gender before a known full name,
and two holders of one title named together."""

from __future__ import annotations

import pytest

import newsparse
from quote_cases import speaker_names as speakers

HEADLINE = "Council rejects harbour plan\n\n"

# (paragraphs, speakers in order, what the row checks)
ROWS = [
    # 1. a title right before the name is the name's own, even when its appositive repeats it
    (
        "Tom Berg spoke first. Mrs. Ana Ortiz, a friend of Mrs. Clinton, spoke next.\n\n\"We were moved,\" he said.",
        ["he"],
        "Mrs. before the name: she, so he is not her (nor sure to be Tom Berg)",
    ),
    (
        "Ana Ortiz spoke first. Mr. Tom Berg, an aide to Mr. Grant, spoke next.\n\n\"We were moved,\" she said.",
        ["she"],
        "the same with Mr.: he, so she is not him",
    ),
    (
        "Tom Berg spoke first. Mrs. Ana Ortiz, a friend of Mrs. Clinton, spoke next.\n\n\"We were moved,\" she said.",
        ["Ana Ortiz"],
        "near-miss: she is still the woman",
    ),
    (
        "Tom Berg spoke first. Robin Ortiz, a friend of Mrs. Clinton, spoke next.\n\n\"We were moved,\" he said.",
        ["Robin Ortiz"],
        "near-miss: only the appositive has the title, which is Clinton's (no gender for her)",
    ),
    (
        "Tom Berg spoke first. Joan Clinton arrived. Robin Ortiz, a friend of Mrs. Clinton, spoke next.\n\n"
        "\"We were moved,\" he said.",
        ["Robin Ortiz"],
        "near-miss: a title in the sentence before the name, a period between, is not hers",
    ),
    (
        "Tom Berg spoke first. Ana Ortiz, a friend of Mrs. Clinton, spoke next.\n\n\"We were moved,\" he said.",
        ["he"],
        "the same with a woman's given name (GIVEN_NAMES): not hers, and nobody sure",
    ),
    # 2. a word before a role noun is no subject of its own
    (
        "\"We will appeal,\" Ana Ortiz said. The old judge read his statement. \"The law is clear,\" he said.",
        ["Ana Ortiz", "The old judge"],
        "The old judge acts in between: he is the judge, never 'The old'",
    ),
    (
        "\"We will appeal,\" Tom Berg said. The local doctor read his statement. \"We are ready,\" he said.",
        ["Tom Berg", "The local doctor"],
        "the same with another adjective that is also a person noun",
    ),
    (
        "\"We will appeal,\" Ana Ortiz said. The judge read his statement. \"The law is clear,\" he said.",
        ["Ana Ortiz", "The judge"],
        "near-miss: the bare role noun",
    ),
    (
        "\"We will appeal,\" Ana Ortiz said. The police officer read his statement. \"We are ready,\" he said.",
        ["Ana Ortiz", "The police officer"],
        "two person nouns: the second heads the subject",
    ),
    # 3. a word before a name the text gives alone
    (
        "The Real Tom Berg posted a video on Monday.\n\n\"We were moved,\" Tom Berg said.",
        ["Tom Berg"],
        "a handle's word after the: not the speaker's",
    ),
    (
        "A video of the Real Ana Ortiz went round on Monday.\n\n\"We were moved,\" said Ana Ortiz.",
        ["Ana Ortiz"],
        "the same, the name after the verb",
    ),
    (
        "Gabriel Garcia Marquez spoke on Monday.\n\n\"We were moved,\" Garcia Marquez said.",
        ["Gabriel Garcia Marquez"],
        "near-miss: two surnames after a given name keep the full name",
    ),
    (
        "Ana Maria Ortiz spoke on Monday.\n\n\"We were moved,\" Maria Ortiz said.",
        ["Ana Maria Ortiz"],
        "near-miss: a middle name",
    ),
    # 4. a title of the other gender before a known full name
    (
        "Bill Hart visited the school on Monday with his wife, Joan Hart, a senator.\n\n\"We were moved,\""
        " Mrs. Bill Hart said.",
        ["Joan Hart"],
        "Mrs. before the husband's name: the wife",
    ),
    (
        "Joan Hart visited the school on Monday with her husband, Bill Hart, a senator.\n\n\"We were moved,\""
        " Mr. Joan Hart said.",
        ["Bill Hart"],
        "Mr. before the wife's name: the husband",
    ),
    (
        "Bill Hart visited the school on Monday with his wife.\n\n\"We were moved,\" Mrs. Bill Hart said.",
        ["Mrs. Bill Hart"],
        "no woman of the surname named: as written, never the husband",
    ),
    (
        "Bill Hart visited the school with his wife, Joan Hart, and his sister, Mary Hart.\n\n\"We were moved,\""
        " Mrs. Bill Hart said.",
        ["Mrs. Bill Hart"],
        "two women of the surname: as written",
    ),
    (
        "Bill Hart visited the school on Monday with his wife, Joan Hart, a senator.\n\n\"We were moved,\""
        " Mr. Bill Hart said.",
        ["Bill Hart"],
        "near-miss: the title of his gender",
    ),
    (
        "Bill Hart visited the school on Monday.\n\n\"We were moved,\" Mrs. Bill Hart said.",
        ["Bill Hart"],
        "near-miss: nothing says Bill Hart is a man",
    ),
    (
        "Ana Hart visited the school on Monday with her sister, Joan Hart, a senator.\n\n\"We were moved,\""
        " Mrs. Ana Hart said.",
        ["Ana Hart"],
        "near-miss: another woman of the surname, the title of her own gender",
    ),
    # 5. two holders of one title named together
    (
        "Later President Ana Ortiz and President Paul Grant arrived.\n\n\"We have a deal,\" the president said.",
        ["the president"],
        "two presidents in one sentence: as written",
    ),
    (
        "Judge Tom Berg and Judge Mary Curie heard the case.\n\n\"The law is clear,\" the judge said.",
        ["the judge"],
        "the same with judges",
    ),
    (
        "Later President Ana Ortiz and Senator Paul Grant arrived.\n\n\"We have a deal,\" the president said.",
        ["Ana Ortiz"],
        "near-miss: one president",
    ),
    (
        "President Ana Ortiz arrived on Monday. President Paul Grant arrived on Tuesday.\n\n\"We have a deal,\""
        " the president said.",
        ["Paul Grant"],
        "near-miss: in two sentences the later holder, as before",
    ),
]


def test_no_duplicate_rows() -> None:
    texts = [row[0] for row in ROWS]
    assert len(texts) == len(set(texts))


@pytest.mark.parametrize(("paragraphs", "expected", "why"), ROWS, ids=[row[2] for row in ROWS])
def test_english(paragraphs: str, expected: list[str | None], why: str) -> None:
    assert speakers(newsparse.parse_article(HEADLINE + paragraphs + "\n")) == expected, why


def test_title_right_before_the_name() -> None:
    """``titles_another`` reads the title up to the mention's first letter."""
    text = "Mrs. Ana Ortiz, a friend of Mrs. Clinton, spoke."
    quotes = newsparse.QuoteParser()
    person = newsparse.people.Person("Ana Ortiz", ("Ana", "Ortiz"), frozenset({"mrs"}), text.index("Ana"))
    assert quotes.titles_another(text, person, "mrs") is False
    other = "Ana Ortiz, a friend of Mrs. Clinton, spoke."
    person = newsparse.people.Person("Ana Ortiz", ("Ana", "Ortiz"), frozenset({"mrs"}), 0)
    assert quotes.titles_another(other, person, "mrs") is True
