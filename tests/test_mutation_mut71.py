"""Mutation pass mut71 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``f8a0f479..83dd4bfa`` (round 70), made by ``dev/mutants.py`` on ``83dd4bfa``, the parser modules'
functions run (the quote package, then the layout parsers).  Each table pins down a rule whose
mutants no reaching test noticed within the run's budget; the rows build their parser inside the
test, since a pattern compiled when the parser is made (``__init__``, a pattern cached on first
use) is otherwise never rebuilt with a mutant in it (see docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

STORY = "\n\nDecember 7, 2026\n\nThe city will raise its flood barriers by a metre before the spring thaw, the council said on Monday.\n"


# -- BylineParser.__init__ (_credit_piece) and BylineParser.apostrophe_entity_pattern: a credit after a
# -- bar or a comma ends the byline; an ampersand's entity between two names parts the authors
@pytest.mark.parametrize(
    ("byline", "authors", "text", "rest"),
    [
        # an editor's credit after a comma: not the byline's, a line of its own
        ("Reported by Tomas Varga, Edited by Leena Joshi", ("Tomas Varga",), "Reported by Tomas Varga",
         [("Edited by Leena Joshi", "other")]),
        # a photographer's credit after a bar: a credit line
        ("By Tomas Varga | Photos by Leena Joshi", ("Tomas Varga",), "By Tomas Varga",
         [("Photos by Leena Joshi", "credit")]),
        # an ampersand written as an HTML entity between two names: two authors
        ("By Helen Marsh &amp; Omar Said", ("Helen Marsh", "Omar Said"), "By Helen Marsh &amp; Omar Said", []),
        ("By Helen Marsh &#38; Omar Said", ("Helen Marsh", "Omar Said"), "By Helen Marsh &#38; Omar Said", []),
        # near miss: no credit, no entity
        ("By Tomas Varga and Leena Joshi", ("Tomas Varga", "Leena Joshi"), "By Tomas Varga and Leena Joshi", []),
    ],
)
def test_byline_credit_and_entity_on_a_fresh_parser(
    byline: str, authors: tuple[str, ...], text: str, rest: list[tuple[str, str]]
) -> None:
    article = ArticleParser().parse("Flood barriers to be raised along the river front\n\n" + byline + STORY)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.text) == (authors, text)
    assert [(b.text, str(b.kind)) for b in article.boilerplate] == rest


# -- DatelineParser.__init__: a wire dateline's state in brackets may join two words with "and"; a
# -- town alone before a colon over the story is its dateline when the story names it after "in"
@pytest.mark.parametrize(
    ("text", "dateline", "first"),
    [
        ("Daman (Dadra and Nagar Haveli) [India], March 2 (ANI): The district opened two new schools on Monday.\n\n"
         "Officials said more would follow.\n",
         ("Daman (Dadra and Nagar Haveli)", "ANI", "Daman (Dadra and Nagar Haveli) [India], March 2 (ANI):"),
         "The district opened two new schools on Monday."),
        ("Flood waters recede in the valley\n\nSilchar:\n\nWater levels fell across the district on Tuesday after a "
         "week of rain, and relief camps in Silchar were closed, officials said.\n",
         ("Silchar", None, "Silchar:"),
         "Water levels fell across the district on Tuesday after a week of rain, and relief camps in Silchar were "
         "closed, officials said."),
    ],
)
def test_dateline_qualifier_and_colon_town_on_a_fresh_parser(
    text: str, dateline: tuple[str, str | None, str], first: str
) -> None:
    article = ArticleParser().parse(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency, article.dateline.text) == dateline
    assert article.paragraphs[0].text == first
