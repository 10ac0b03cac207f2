"""fixL70: layout mends (topic labels, stamps, print lines, entities, hyphenated line breaks)."""

import pytest

from newsparse import parse_article

# 1. A running story's topic label in its own block over the headline and a byline or a stamp.
TOPIC_ROWS = [
    (
        "Ukraine war\n\nKyiv braces for a winter of blackouts as strikes on power plants mount\n\n"
        "By Olena Marchuk\n\nDecember 7, 2026\n\nOfficials said the grid was under strain on Monday.\n",
        ("Ukraine war",),
        "Kyiv braces for a winter of blackouts as strikes on power plants mount",
    ),
    (
        "Covid pandemic\n\nHospitals in the north brace for a second winter wave\n\n"
        "Published 7 December 2026\n\nWards filled up again last week, nurses said.\n",
        ("Covid pandemic",),
        "Hospitals in the north brace for a second winter wave",
    ),
    (
        "Gaza conflict\nAid trucks wait at the border as talks stall\nBy Sami Haddad\n\n"
        "The convoy has waited for three days.\n",
        ("Gaza conflict",),
        "Aid trucks wait at the border as talks stall",
    ),
    # near misses: a short headline over a standfirst and a byline stays the headline
    (
        "Rates rise\n\nCentral bank lifts borrowing costs for the fourth time this year\n\n"
        "By Jane Doe\n\nThe bank raised its main rate on Thursday.\n",
        None,
        "Rates rise",
    ),
    (
        "Ukraine war\n\nThe conflict enters its fifth winter with no talks in sight.\n\n"
        "By Olena Marchuk\n\nOfficials said the grid was under strain on Monday.\n",
        None,
        "Ukraine war",
    ),
]


@pytest.mark.parametrize(("text", "section", "headline"), TOPIC_ROWS)
def test_topic_label_over_headline(text: str, section: tuple[str, ...] | None, headline: str) -> None:
    article = parse_article(text)
    assert (article.section or None) == section
    assert article.headline is not None
    assert article.headline.text == headline
    assert text[article.headline.span.start : article.headline.span.end] == headline
