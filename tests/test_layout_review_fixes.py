"""Regressions a review found in the layout change of 0.2, each with the reviewer's page and
variants: a subclass that overrides a hook with its old signature, a short headline in sentence
case, a copyright footer, a caption label over the first paragraph, and a photographer's credit
under the lead picture."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import newsparse
from newsparse import ArticleParser, CaptionParser, SectionParser
from newsparse.caption import CaptionLine
from newsparse.lines import Line
from newsparse.section import Section

STORY = (
    "The council voted on Monday to double fees, a move that will hurt shops.\n\n"
    "Traders said they would ask the mayor to delay the rise until the spring.\n"
)

# -- 1. a hook overridden with the signature it had at 0.1 -----------------------------------------


class OldSections(SectionParser):
    """A section parser written against 0.1: its hooks take no keyword arguments."""

    def parse(self, lines: Sequence[Line], index: int) -> Section | None:
        return super().parse(lines, index)

    def split(self, text: str) -> tuple[str, ...] | None:
        return super().split(text)


class OldCaptions(CaptionParser):
    """A caption parser written against 0.1: ``split_credit`` takes the line only."""

    def split_credit(self, line: Line) -> CaptionLine | None:
        return super().split_credit(line)


OLD_HOOK_PAGES = [
    # (page, section, headline, captions)
    ("Council votes to double parking fees\nTraders fear for their shops in the old town\nBy Jane Roe\n\n" + STORY,
     (), "Council votes to double parking fees", []),
    ("City Herald\n\nLOCAL\n\nCouncil votes to double parking fees\n\nBy Jane Roe\nNovember 18, 2019\n\n" + STORY,
     ("LOCAL",), "Council votes to double parking fees", []),
    ("WORLD / EUROPE\nCouncil votes to double parking fees\n\nBy Jane Roe\n\n" + STORY,
     ("WORLD", "EUROPE"), "Council votes to double parking fees", []),
    ("Council votes to double parking fees\n\nBy Jane Roe\n\n"
     "Photo: Traders protest outside the town hall on Monday. (City News: Jo Li)\n\n" + STORY,
     (), "Council votes to double parking fees",
     [("Traders protest outside the town hall on Monday.", "City News: Jo Li")]),
    ("Council votes to double parking fees\n\nBy Jane Roe\n\n"
     "Image caption\nTraders protest outside the town hall on Monday. Photo: Jo Li/AP\n\n" + STORY,
     (), "Council votes to double parking fees", [("Traders protest outside the town hall on Monday.", "Jo Li/AP")]),
]


@pytest.mark.parametrize(("text", "section", "headline", "captions"), OLD_HOOK_PAGES)
def test_hooks_overridden_with_their_old_signature_are_called(
    text: str, section: tuple[str, ...], headline: str, captions: list[tuple[str, str]]
) -> None:
    parsers = [ArticleParser(), ArticleParser(section=OldSections(), captions=OldCaptions())]
    found = [parser.parse(text) for parser in parsers]
    for article in found:
        assert article.section == section
        assert article.headline is not None and article.headline.text == headline
        assert [(c.text, c.credit) for c in article.captions] == captions
    assert found[0].to_dict() == found[1].to_dict()


def test_the_labelled_credit_is_its_own_hook() -> None:
    line = Line("Residents were told to leave early. (ABC News: Jane Roe)", newsparse.Span(0, 56), 0, False)
    parser = CaptionParser()
    assert parser.split_credit(line) is None  # a story's sentence may end so
    labelled = parser.split_labelled_credit(line)
    assert labelled is not None and (labelled.text, labelled.credit) == ("Residents were told to leave early.", "ABC News: Jane Roe")


# -- 2. a short headline in sentence case is no section -----------------------------------------------

# the standfirst under the headline (filed as "other" at 0.1; a deck with no full stop over a byline or a stamp
# is "standfirst" since fixL63b)
BANK = ("standfirst", "Central bank lifts borrowing costs for the third time this year")

SHORT_HEADLINES = [
    # (page head, section, headline, boilerplate)
    ("Rates rise\nCentral bank lifts borrowing costs for the third time this year\nBy Jane Roe\n"
     "Published November 18, 2019\n\n", (), "Rates rise", [BANK]),
    ("Rates rise\n\nCentral bank lifts borrowing costs for the third time this year\n\nBy Jane Roe\n"
     "Published November 18, 2019\n\n", (), "Rates rise", [BANK]),
    ("WORLD\n\nRates rise\n\nCentral bank lifts borrowing costs for the third time this year\n\nBy Jane Roe\n"
     "Published November 18, 2019\n\n", ("WORLD",), "Rates rise", [BANK]),
    ("Markets slump\n\nShares fell across Asia on Monday as investors weighed new tariffs\n\nBy Jane Roe\n"
     "November 18, 2019\n\n", (), "Markets slump",
     [("standfirst", "Shares fell across Asia on Monday as investors weighed new tariffs")]),
    # a kicker in capitals or title case is still read
    ("BUSINESS\n\nCentral bank lifts borrowing costs for the third time this year\n\nBy Jane Roe\n\n",
     ("BUSINESS",), "Central bank lifts borrowing costs for the third time this year", []),
]


@pytest.mark.parametrize(("head", "section", "headline", "boilerplate"), SHORT_HEADLINES)
def test_a_short_headline_in_sentence_case_is_no_section(
    head: str, section: tuple[str, ...], headline: str, boilerplate: list[tuple[str, str]]
) -> None:
    article = newsparse.parse_article(head + STORY)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert [(b.kind, b.text) for b in article.boilerplate] == boilerplate
    assert article.byline is not None and article.byline.authors == ("Jane Roe",)


# -- 4. a copyright footer is no caption -------------------------------------------------------------


@pytest.mark.parametrize(
    "footer",
    ["© AFP/Relaxnews", "© AFP / Relaxnews", "© Guardian News / Media", "© Copyright Thomson Reuters / 2019", "© AFP"],
)
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_copyright_footer_is_no_caption(footer: str, gap: str) -> None:
    text = "Council votes to double parking fees\n\nBy Jane Roe\n\n" + STORY.rstrip("\n") + gap + footer + "\n"
    article = newsparse.parse_article(text)
    assert article.captions == ()
    assert [(b.kind, b.text) for b in article.boilerplate] == [("copyright", footer)]
    assert [p.text for p in article.paragraphs] == [
        "The council voted on Monday to double fees, a move that will hurt shops.",
        "Traders said they would ask the mayor to delay the rise until the spring.",
    ]


def test_a_copyright_credit_after_a_caption_sentence_is_still_split() -> None:
    caption = CaptionParser().parse_line(
        Line("Traders protest outside the town hall on Monday. © Jo Li / AFP", newsparse.Span(0, 62), 0, False)
    )
    assert caption is not None and (caption.text, caption.credit) == ("Traders protest outside the town hall on Monday.", "Jo Li / AFP")


# -- 5. a caption label alone over story text labels nothing -----------------------------------------

LEDES = [
    "The council voted on Monday to double parking fees. Traders said it would hurt shops. The mayor disagreed.",
    "The council voted on Monday to double parking fees, traders said.",
    "Parking fees will double from March, the council said on Monday.",
    "The vote was close. Two members abstained.",
]


@pytest.mark.parametrize("label", ["Image caption", "Video caption", "Caption:"])
@pytest.mark.parametrize("lede", LEDES)
def test_a_caption_label_over_story_text_takes_no_paragraph(label: str, lede: str) -> None:
    text = "Council votes to double parking fees\n\nBy Jane Roe\n\n" + label + "\n" + lede + "\n\n" + STORY
    article = newsparse.parse_article(text)
    assert article.captions == ()
    assert article.paragraphs[0].text == lede
    assert (label in [b.text for b in article.boilerplate]) is True


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Traders protest outside the town hall on Monday", ("Traders protest outside the town hall on Monday", None)),
        ("Traders protest outside the town hall. Photo: Jo Li/AP", ("Traders protest outside the town hall.", "Jo Li/AP")),
    ],
)
def test_a_caption_label_over_a_caption_still_labels_it(line: str, caption: tuple[str, str | None]) -> None:
    text = "Council votes to double parking fees\n\nBy Jane Roe\n\n" + STORY + "\nImage caption\n" + line + "\n\nThe mayor disagreed.\n"
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [caption]
    assert [(b.kind, b.text) for b in article.boilerplate] == [("navigation", "Image caption")]


# -- 10. a photographer's credit under the lead picture is no byline ---------------------------------

CREDIT_PAIRS = [
    ("Photo: Jo Li / AP", "Mark Poe for The New York Times"),
    ("Photo: Jo Li / AP", "Jane Roe for The Associated Press"),
    ("Photo: Jo Li / AP", "JANE ROE (AFP)"),
]


@pytest.mark.parametrize("stamp", ["Published November 18, 2019\n\n", ""])
@pytest.mark.parametrize(("first", "second"), CREDIT_PAIRS)
def test_a_second_credit_line_under_the_lead_picture_is_no_byline(stamp: str, first: str, second: str) -> None:
    text = (
        "Council votes to double parking fees\n" + stamp
        + "Traders protest outside the town hall on Monday.\n" + first + "\n" + second + "\n\n" + STORY
    )
    article = newsparse.parse_article(text)
    assert article.byline is None
    assert ("credit", second) in [(b.kind, b.text) for b in article.boilerplate]
    assert article.paragraphs[0].text == "The council voted on Monday to double fees, a move that will hurt shops."
