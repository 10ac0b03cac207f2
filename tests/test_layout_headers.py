"""Headers as web pages and press releases print them: the headline among labels and stamps."""

from __future__ import annotations

import pytest

import newsparse

BODY = (
    "\n\nThe city council voted 7-2 on Tuesday to approve the budget after a long debate, officials said.\n\n"
    "The budget takes effect in July.\n"
)


@pytest.mark.parametrize(
    ("header", "headline", "boilerplate"),
    [
        ("FOR IMMEDIATE RELEASE\nAcme Corp opens new plant in Ohio", "Acme Corp opens new plant in Ohio",
         [("press-release", "FOR IMMEDIATE RELEASE")]),
        ("Supported by\n\nCouncil approves new budget\nBy Jane Roe", "Council approves new budget",
         [("advertisement", "Supported by")]),
        ("Title: Council approves new budget", "Council approves new budget", []),
        ("Loading...\nCouncil approves new budget", "Council approves new budget", [("navigation", "Loading...")]),
        # a headline of two short sentences, with the header going on after it
        ("South Dakota doubles down on meth. They just might be.\nUpdated Nov 19, 2019 9:41 AM",
         "South Dakota doubles down on meth. They just might be.", []),
        # an abbreviation does not end a sentence
        ("MERRILL MANDATED FOR U.S. NOTE.", "MERRILL MANDATED FOR U.S. NOTE.", []),
        # a label that is also a credit word opens the headline, not a credit
        ("VIDEO: Voting on the budget\n\nBy Jane Roe", "VIDEO: Voting on the budget", []),
        # a date line under a short title makes the title no kicker
        ("Race Standings\n\nFriday, 22 October 2010 at 20:13", "Race Standings", []),
        # a sponsor's label under a site name is not the headline
        ("City Post\n\nSponsored Advert\n\nCouncil approves new budget", "City Post",
         [("advertisement", "Sponsored Advert"), ("other", "Council approves new budget")]),
    ],
)
def test_headers(header: str, headline: str, boilerplate: list[tuple[str, str]]) -> None:
    article = newsparse.parse_article(header + BODY)
    assert article.headline is not None
    assert article.headline.text == headline
    assert article.headline.span.slice(article.text) == headline
    assert [(b.kind, b.text) for b in article.boilerplate] == boilerplate
    assert [p.text[:20] for p in article.paragraphs] == ["The city council vot", "The budget takes eff"]


def test_a_sign_off_that_says_where_the_story_first_ran() -> None:
    line = "This report by Jane Roe was first published by City Herald."
    article = newsparse.parse_article("Council approves new budget" + BODY + "\n" + line + "\n")
    assert [(b.kind, b.text) for b in article.boilerplate] == [("sign-off", line)]
    assert newsparse.BoilerplateParser().kind("This report by the auditor found that spending rose.") is None


class LooksAhead(newsparse.ArticleParser):
    """Counts the look-aheads for a headline of a few short sentences."""

    def __init__(self) -> None:
        super().__init__()
        self.looked: list[int] = []

    def header_goes_on(self, state: newsparse.article.ParseState, index: int) -> bool:
        self.looked.append(index)
        return super().header_goes_on(state, index)


@pytest.mark.parametrize(
    ("header", "headline", "looked"),
    [
        # a title-like line is a headline whatever follows it: no look ahead
        ("Council approves new budget\nUpdated Nov 19, 2019 9:41 AM", "Council approves new budget", []),
        # sentences are a headline only where the header goes on: the parser looks (the stamp line ahead)
        ("Council approves budget. Mayor is pleased.\nUpdated Nov 19, 2019 9:41 AM",
         "Council approves budget. Mayor is pleased.", [1]),
        ("Council approves budget. Mayor is pleased.", None, [1]),
    ],
)
def test_the_parser_looks_ahead_only_for_a_headline_of_sentences(
    header: str, headline: str | None, looked: list[int]
) -> None:
    parser = LooksAhead()
    article = parser.parse(header + BODY)
    assert (article.headline.text if article.headline is not None else None) == headline
    assert parser.looked == looked
