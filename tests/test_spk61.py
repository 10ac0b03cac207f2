"""Wrong speakers of round 61 (issue 5, role spk61).  Each table puts the bad shape beside the
nearest shapes that must not change; each row is an article's body under a plain headline and the
exact ``(text, kind, speaker name, speaker mention)`` tuples that come out."""

from __future__ import annotations

from functools import partial

import pytest

from newsparse import QuoteKind
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]

quotes_of = partial(mention_rows, headline="Harbour notebook")


NATIONALITY_GIVEN_NAMES = [
    # a nationality adjective that is a given name too, before the surname of someone the article
    # names with another given name: the mention's own person (was: Rafael Ibarra, named after)
    ('"The harbour is ours," said German Ibarra, a ferry pilot.\n\n'
     '"We sail at dawn," said Rafael Ibarra, his brother.',
     [("The harbour is ours,", D, "German Ibarra", "German Ibarra"),
      ("We sail at dawn,", D, "Rafael Ibarra", "Rafael Ibarra")]),
    # the other person named first (was: Rafael Ibarra)
    ('Rafael Ibarra runs the ferry.\n\n"The harbour is ours," said German Ibarra.',
     [("The harbour is ours,", D, "German Ibarra", "German Ibarra")]),
    # the accented spelling
    ('Rafael Ibarra runs the ferry.\n\n"The harbour is ours," Germán Ibarra said.',
     [("The harbour is ours,", D, "Germán Ibarra", "Germán Ibarra")]),
    # near-misses: after a determiner the word is a nationality, the one named before
    ('Rafael Ibarra runs the ferry.\n\n"The harbour is ours," said the German Ibarra.',
     [("The harbour is ours,", D, "Rafael Ibarra", "the German Ibarra")]),
    # no longer name in the article: the surname alone, as before
    ('"The harbour is ours," said German Ibarra.', [("The harbour is ours,", D, "Ibarra", "German Ibarra")]),
    ('"Orders are up," said German Siemens.', [("Orders are up,", D, "Siemens", "German Siemens")]),
    # before a title: a nationality, the title's holder
    ('"The harbour is ours," said German Chancellor Olaf Scholz.',
     [("The harbour is ours,", D, "Olaf Scholz", "German Chancellor Olaf Scholz")]),
    # a nationality that is no given name keeps reading as one
    ('Rafael Ibarra runs the ferry.\n\n"The harbour is ours," said Spanish Ibarra.',
     [("The harbour is ours,", D, "Rafael Ibarra", "Spanish Ibarra")]),
]


@pytest.mark.parametrize(("text", "expected"), NATIONALITY_GIVEN_NAMES)
def test_nationality_given_names(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


RELATIVE_CONJUNCTS = [
    # a cue joined by "and" to the verb of a relative clause set off by a comma, with a subject of
    # its own: that subject speaks (was: the union, the sentence's subject)
    ('The union went on the offensive, posting a video of Tom Hale from 1999, in which Hale called himself '
     '"very pro-business" and admitted that he viewed wages differently.',
     [("very pro-business", D, "Tom Hale", "Hale"), ("he viewed wages differently", R, "Tom Hale", "Hale")]),
    ("The union posted a video, in which Hale called himself a liberal and admitted that he viewed wages differently.",
     [("he viewed wages differently", R, "Hale", "Hale")]),
    # near-misses: no comma before the relative (either subject may speak), a comma that closes the
    # relative clause before the coordinator, a verb that is no past form
    ("Ana Ruiz spoke at a meeting in which the council debated the plan and said that the pier was unsafe.",
     [("the pier was unsafe", R, "Ana Ruiz", "Ana Ruiz")]),
    ("Ana Ruiz attended the hearing, at which the mayor spoke, and said that the pier was unsafe.",
     [("the pier was unsafe", R, "Ana Ruiz", "Ana Ruiz")]),
    ("Ana Ruiz attended the hearing, at which the council debates the plan and said that the pier was unsafe.",
     [("the pier was unsafe", R, "Ana Ruiz", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CONJUNCTS)
def test_relative_conjuncts(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


UNCLOSED_AFTER_OPENING = [
    # a name before an appositive whose closing comma is missing speaks after an opening phrase too
    # (was: the appositive's description as written)
    ("On Friday, Sen. Ana Ruiz, a supporter of the port plan told host Tom Berg that the pier would reopen.",
     [("the pier would reopen", R, "Ana Ruiz", "Sen. Ana Ruiz")]),
    ("Friday on WKRN’s “Newsline,” Sen. Ana Ruiz (D-NY), a supporter of the port plan told host Tom Berg that the "
     "pier would reopen.",
     [("the pier would reopen", R, "Ana Ruiz", "Sen. Ana Ruiz")]),
    ("In a statement, Tom Hale, a shipping analyst said the pier would reopen.",
     [("the pier would reopen", R, "Tom Hale", "Tom Hale")]),
    # near-misses: a place and its region after the opening, a list of names, no opening word
    ("In Leeds, West Yorkshire, a shipping analyst said the pier would reopen.",
     [("the pier would reopen", R, "a shipping analyst", "a shipping analyst")]),
    ("After the vote, Tom Hale, Ana Ruiz, a shipping analyst said the pier would reopen.",
     [("the pier would reopen", R, "a shipping analyst", "a shipping analyst")]),
    ("Tom Berg, Ana Ruiz, a supporter of the plan said the pier would reopen.",
     [("the pier would reopen", R, "a supporter of the plan", "a supporter of the plan")]),
]


@pytest.mark.parametrize(("text", "expected"), UNCLOSED_AFTER_OPENING)
def test_unclosed_after_opening(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
