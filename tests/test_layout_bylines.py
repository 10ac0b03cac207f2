"""Bylines as web pages print them: glued to a role or a handle, beside a stamp, after a label."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import newsparse
from newsparse import Byline, Timestamp
from newsparse.lines import Line, joined_text, split_lines
from parts import holds_every_line

BODY = "\n\nThe city council voted 7-2 on Tuesday to approve the budget after a long debate, officials said.\n"


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # a name glued to a role, a section or a handle, beside a stamp
        ("Meg JamesStaff Writer\nNov. 19, 2019 8:03 AM", ("Meg James",)),
        ("Nora CastellanosStaff Writer\nNov. 19, 2019 8:03 AM", ("Nora Castellanos",)),
        ("Sarah LazareTwitter\nNov. 19, 2019 8:03 AM", ("Sarah Lazare",)),
        ("Dan Jervis-BardyThe Courier\nNov. 19, 2019 8:03 AM", ("Dan Jervis-Bardy",)),
        ("Natasha Turak@NatashaTurak\nNov. 19, 2019 8:03 AM", ("Natasha Turak",)),
        ("Taylor Hatmaker @tayhatmaker\nNov. 19, 2019 8:03 AM", ("Taylor Hatmaker",)),
        # a capital inside a surname is no glue
        ("Jessica DeFino\nNov. 19, 2019 8:03 AM", ("Jessica DeFino",)),
        ("Rory McDonald\nNov. 19, 2019 8:03 AM", ("Rory McDonald",)),
        ("Anne FitzGerald\nNov. 19, 2019 8:03 AM", ("Anne FitzGerald",)),
        # a desk that signs the story, beside a stamp
        ("New Delhi, City Nation Bureau | Updated : 19 November 2019, 09:01 AM", ("City Nation Bureau",)),
        # a name piece beside the stamps on one line
        ("Yasmine Hassan · City News · Posted: Aug 08, 2024 4:00 AM EDT", ("Yasmine Hassan",)),
        ("Aashish Saxena / CITYNEWS.COM / Sep 2, 2024, 17:07 IST", ("Aashish Saxena",)),
        # a name above a stamp label whose date cannot be read
        ("Chris Wilson-Smith\nPublished 3 seconds ago", ("Chris Wilson-Smith",)),
        # a role after the name
        ("Steffan Rhys Deputy Content Director\n08:39, 06 Jan 2026", ("Steffan Rhys",)),
        ("Richard Adams Education editor\nMon 20 Jan 2020 06.05 GMT", ("Richard Adams",)),
        ("Devindra Hardawar, @devindra\n11.03.17 10:00", ("Devindra Hardawar",)),
        # a role or a handle makes a byline with no stamp beside it
        ("Catherine Shu @catherineshu / 2 days", ("Catherine Shu",)),
        ("Bruce Y. Lee Senior Contributor", ("Bruce Y. Lee",)),
        # a name alone after the date on a short line
        ("City Daily 9/21/2016 Lizette Moreno", ("Lizette Moreno",)),
        ("Oct 6, 2018 - Jane Roe", ("Jane Roe",)),
        # the outlet the author writes for, with or without "By"
        ("Jane Roe for The Times", ("Jane Roe",)),
        ("By Jane Roe and Tom Hale for The City Herald", ("Jane Roe", "Tom Hale")),
        # a clock time is a stamp line even with no date
        ("Ed Cara\nMonday 6:30PM", ("Ed Cara",)),
        # a name over its role
        ("Ben Silverman\nGames Editor\n\nCity HeraldOctober 13, 2016", ("Ben Silverman",)),
        # a button above a byline with "By" is no byline
        ("Dive Deeper\n\nBy Ana Lima and Tom Hale\n\n6 Jan 2026", ("Ana Lima", "Tom Hale")),
        # a credit line after the byline does not take its place
        ("August 23, 2020\nLeah C. Stokes\nAssistant professor of political science\n\nNoah Berger / AP", ("Leah C. Stokes",)),
        # a paper signs the story
        ("By The City Herald", ("The City Herald",)),
        # an outlet or a button after the names
        ("By Dolores Chang For Dailymail.Com", ("Dolores Chang",)),
        ("By Victoria O’Regan Follow", ("Victoria O’Regan",)),
        # labels before the names
        ("Analysis by Joan Biskupic, CNN Senior Supreme Court Analyst", ("Joan Biskupic",)),
        ("Posted by Jane Roe on Nov 19, 2019", ("Jane Roe",)),
        ("Author: Jane Roe", ("Jane Roe",)),
        # a name beside a stamp that says how long ago, glued or after a bar
        ("Nizaar Kinsella2 minutes ago", ("Nizaar Kinsella",)),
        ("Fouzia Van Der Fort|Published 4 months ago", ("Fouzia Van Der Fort",)),
        # a prefix printed twice, names in capitals
        ("Byby JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL\n\nDecember 16, 2016, 4:19 PM",
         ("JOSH HASKELL", "DAVID CAPLAN", "PATRICK REEVELL")),
        # two names without "By" over a stamp; a name and its outlet over a stamp
        ("Julia Carrie Wong and Sam Levin\nTue 29 Nov 2016 15.26 EST", ("Julia Carrie Wong", "Sam Levin")),
        ("Tanza Loudenback, City Insider\n\n13.11.2019, 23:06", ("Tanza Loudenback",)),
    ],
)
def test_bylines_on_web_pages(header: str, authors: tuple[str, ...]) -> None:
    article = newsparse.parse_article(f"Council approves new budget\n{header}{BODY}")
    assert article.byline is not None
    assert article.byline.authors == authors


@pytest.mark.parametrize(
    "header",
    [
        "Council approves new budget, officials say\nNov. 19, 2019 8:03 AM",
        "Date night is cancelled\nNov. 19, 2019 8:03 AM",
        "By\nThe Planetary Press",
        "Stream Type LIVE\nCurrent Time 0:00",  # a video player's labels
        "New Delhi | Updated : 19 November 2019, 09:01 AM",  # a place and a stamp
        "Police Chief Hill\nTue 29 Nov 2016 15.26 EST",  # a title is no name
        "Vote for The Greens",  # a slogan is no name and an outlet
        "City Daily 9/21/2016 Budget Vote",  # words the story writes in lower case are no name
        "Long Debate\nNov. 19, 2019 8:03 AM",  # a heading beside a stamp, a phrase in lower case in the story
        # one piece and a stamp on one line: a place, a label or a name alike, so none is the byline
        "New Delhi | Nov. 19, 2019 8:03 AM",
        "Budget Vote • Nov. 19, 2019",
        "Hong Kong • Nov 18, 2019",
        "Tel Aviv • Nov 18, 2019",
        "Buenos Aires • Nov 18, 2019",
        "El Paso • Nov 18, 2019",
        "Kuala Lumpur • Nov 18, 2019",
        "Capitol Hill • Nov 18, 2019",
        "Fact Check • Nov 18, 2019",
        "Real Estate • Nov 18, 2019",
        "Guest Column • Nov 18, 2019",
        "Sponsored Content • Nov 18, 2019",
        "Cover Story • Nov 18, 2019",
        "Weekend Edition • Nov 18, 2019",
        # (a name that opens with a known given name is the byline: tests/test_layW.py)
        "Mara Quint | Posted Nov. 19, 2019",
    ],
)
def test_lines_beside_a_stamp_that_are_no_byline(header: str) -> None:
    article = newsparse.parse_article(f"Council approves new budget\n{header}{BODY}")
    assert article.byline is None


STAMP_LINE = "Published March 4, 2025"
ELECTION_STORY = (
    "\n\nTurnout in the local elections rose to 41 percent on Tuesday, the highest in two decades, as "
    "voters chose a new council for the harbor district.\n\nMark Price, who ran the count, said the "
    "price of paper ballots had doubled since the last vote.\n\n"
    # an address is no running text: "jane" and "roe" in it do not make Jane Roe a heading
    "Write to jane.roe@harbor.example or mark_price@harbor.example with tips.\n"
)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Local Elections", None),  # both words in lower case in the story: a section's label
        ("Harbor District", None),
        ("Mark Price", ("Mark Price",)),  # one word in lower case ("price") is no reason to doubt a name
        ("Jane Roe", ("Jane Roe",)),
    ],
)
def test_a_heading_beside_a_stamp_is_no_byline(line: str, authors: tuple[str, ...] | None) -> None:
    article = newsparse.parse_article(f"Turnout rises in council vote\n\n{line}\n\n{STAMP_LINE}{ELECTION_STORY}")
    assert (article.byline.authors if article.byline is not None else None) == authors
    assert article.published is not None and article.published.text == "March 4, 2025"


def test_the_agency_on_the_line_under_the_byline() -> None:
    article = newsparse.parse_article(f"Council approves new budget\nBy Jane Roe\nAssociated Press{BODY}")
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (("Jane Roe",), "Associated Press")
    assert article.byline.text == "By Jane Roe Associated Press"
    assert article.span_mismatches() == []
    assert article.boilerplate == ()


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # a byline under a caption, in the body
        ("Council approves new budget\n\nCouncil members vote on Tuesday. Photo: Ana Lima\nBy Jane Roe" + BODY, ("Jane Roe",)),
        # a byline after the story
        ("Council approves new budget" + BODY + "\nBy Jane Roe\n", ("Jane Roe",)),
        # a signature after the story, a dash before the name
        ("Council approves new budget" + BODY + "\n— Jane Roe\n", ("Jane Roe",)),
        ("Council approves new budget" + BODY + "\n-- Jane Roe\n\nRelated stories\nSchool board delays vote\n", ("Jane Roe",)),
        # a name without the dash, a dash before words the story writes in lower case, more story after it
        ("Council approves new budget" + BODY + "\nJane Roe\n", None),
        ("Council approves new budget" + BODY + "\n— Budget Debate\n", None),
        ("Council approves new budget" + BODY + "\n— Jane Roe\n\nThe mayor will speak again on Friday about the plans for next year.\n", None),
        # "by" carried over from a hard-wrapped line is no byline
        ("Council approves new budget\n\nAmerican Airlines Inc, owned\nby Jane Roe Holdings, said its load factor rose.\n", None),
    ],
)
def test_a_byline_in_the_body(text: str, authors: tuple[str, ...] | None) -> None:
    article = newsparse.parse_article(text)
    assert (article.byline.authors if article.byline else None) == authors


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # a name alone, set off by blank lines, right above the first paragraph
        ("Council approves new budget\n\nPamela Wilson" + BODY, ("Pamela Wilson",)),
        ("Council approves new budget\n\nHome | Politics\n\nDaniel Okafor" + BODY, ("Daniel Okafor",)),
        ("Council approves new budget\n\nShare\nTweet\n\nMaría José Ortega" + BODY, ("María José Ortega",)),
        ("Council approves new budget\n\nDaniel Okafor\n\nThe vote matters. Here is why:" + BODY, ("Daniel Okafor",)),
        # a name with no blank line above it is a label under what stands there
        ("Council approves new budget\nPamela Wilson" + BODY, None),
        # a heading or a button whose words the text writes in lower case
        ("Council approves new budget\n\nKey Points" + BODY.replace("debate", "debate on key points"), None),
        ("Council approves new budget\n\nBudget Vote" + BODY.replace("budget after", "budget vote after"), None),
        # labels in capitals, credits, and a name that no running text follows
        ("Council approves new budget\n\nSPONSORED CONTENT" + BODY, None),
        ("Council approves new budget\n\nGetty Images" + BODY, None),
        ("Council approves new budget\n\nPamela Wilson\n\nProfile" + BODY, None),
        # a title or a place is no name
        ("Council approves new budget\n\nPrime Minister" + BODY, None),
        ("Council approves new budget\n\nNew Zealand" + BODY, None),
    ],
)
def test_a_name_alone_above_the_first_paragraph(text: str, authors: tuple[str, ...] | None) -> None:
    article = newsparse.parse_article(text)
    assert (article.byline.authors if article.byline else None) == authors
    if authors is not None:
        assert article.paragraphs[0].text.startswith(("The city council voted", "The vote matters."))


def test_posted_by_gives_the_stamp_too() -> None:
    article = newsparse.parse_article(f"Council approves new budget\nPosted by Jane Roe on Nov 19, 2019{BODY}")
    assert article.published is not None and article.published.datetime.isoformat() == "2019-11-19T00:00:00"


@pytest.mark.parametrize(
    ("header", "authors", "text"),
    [
        # zero-width spaces and joiners, bidi isolates and marks, a soft hyphen, a word joiner
        ("By Ana\u200b Lima, Reuters", ("Ana Lima",), "By Ana\u200b Lima, Reuters"),
        ("By \u2067Nour El-Sayed\u2069", ("Nour El-Sayed",), "By \u2067Nour El-Sayed\u2069"),
        ("By Tom\u00ad Hale and Jo\u2060 Park", ("Tom Hale", "Jo Park"), "By Tom\u00ad Hale and Jo\u2060 Park"),
        # (a direction mark or zero-width space at a line's edge is shed with the line's whitespace)
        ("\u200fBy Layla Haddad\u200f", ("Layla Haddad",), "By Layla Haddad"),
        # "By" on a line of its own, the name under it
        ("By\u200b\nJane Roe", ("Jane Roe",), "By Jane Roe"),
        # the names and then a stamp on the same line: the byline's span stops at the names
        ("By Jane\u200b Roe - Nov 19, 2019 8:03 AM", ("Jane Roe",), "By Jane\u200b Roe"),
    ],
)
def test_invisible_characters_in_a_byline(header: str, authors: tuple[str, ...], text: str) -> None:
    source = f"Council approves new budget\n{header}{BODY}"
    article = newsparse.parse_article(source)
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.byline.text == text
    if "\n" not in header:
        assert article.byline.span.slice(source) == text


@pytest.mark.parametrize(
    ("header", "text", "start"),
    [
        # "By" on a line of its own after an invisible character: the byline starts at "By", and
        # its text is the input from there (the invisible character before it is not in either)
        ("\u200bBy\nJane Roe", "By Jane Roe", 1),
        ("\u200f\u200fBy\nJane Roe and Tom Hale", "By Jane Roe and Tom Hale", 2),
        # an invisible character at the end of the "By" line goes with the line's whitespace; one
        # in the name stays in both
        ("\u200bBy\u200b\nJane\u200b Roe", "By Jane\u200b Roe", 1),
        ("By\nJane\u200b Roe", "By Jane\u200b Roe", 0),
        # no invisible character, and the byline on one line: as before
        ("By\nJane Roe", "By Jane Roe", 0),
        ("\u200bBy Jane Roe", "By Jane Roe", 1),
    ],
)
def test_a_byline_over_two_lines_after_an_invisible_character(header: str, text: str, start: int) -> None:
    source = f"Council approves new budget\n{header}{BODY}"
    article = newsparse.parse_article(source)
    assert article.byline is not None
    assert article.byline.text == text
    assert article.byline.span.start == len("Council approves new budget\n") + start
    assert joined_text(split_lines(article.byline.span.slice(source))) == text
    assert article.span_mismatches() == []


HEADING_OR_NAME = [
    # (the line beside a stamp, the story under it, the byline's authors)
    ("Local Elections", "Turnout in the local elections rose for the first time in a decade, officials said.", None),
    # each word of a name written somewhere in the story, never together: a byline
    (
        "Will Price",
        "The council voted on Tuesday to raise the price of parking permits in the city centre.\n\n"
        "The new fees will take effect in January.",
        ("Will Price",),
    ),
    (
        "Grant Young",
        "The council will grant young drivers a discount on parking permits, officials said.",
        None,
    ),
    (
        "Grant Young",
        "The young drivers' group asked the council for a grant to run a parking campaign.",
        ("Grant Young",),
    ),
]


@pytest.mark.parametrize(("header", "story", "authors"), HEADING_OR_NAME)
def test_a_heading_beside_a_stamp_is_a_phrase_of_the_story(header: str, story: str, authors: tuple[str, ...] | None) -> None:
    article = newsparse.parse_article(f"Council raises parking fees\n\n{header}\nUpdated Nov 18, 2019\n\n{story}\n")
    assert (article.byline.authors if article.byline is not None else None) == authors


@pytest.mark.parametrize("line", ["Kuala Lumpur | Nov 18, 2019", "Mara Quint | Nov 18, 2019"])
def test_one_piece_beside_a_stamp_leaves_the_stamp_read(line: str) -> None:
    text = (
        f"Steelworks to cut 300 jobs\n\n{line}\n\nKUALA LUMPUR (Reuters) - The steelworks will cut 300 jobs "
        "by the end of the year, the company said on Monday, blaming high energy prices.\n\nUnions called a meeting.\n"
    )
    article = newsparse.parse_article(text)
    assert article.byline is None
    assert article.published is not None and article.published.text == "Nov 18, 2019"


class OldHook(newsparse.ArticleParser):
    """A subclass written against 0.1: it overrides the hook with its two arguments."""

    def byline_beside_stamps(self, line: Line, stamps: Sequence[Timestamp]) -> Byline | None:
        return super().byline_beside_stamps(line, stamps)


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        ("Yasmine Hassan · City News · Posted: Aug 08, 2024 4:00 AM EDT", ("Yasmine Hassan",)),
        ("Jane Roe • Nov 18, 2019", ("Jane Roe",)),  # a known given name opens it (layW)
        ("Hong Kong • Nov 18, 2019", None),
    ],
)
def test_an_override_of_byline_beside_stamps_with_its_two_arguments(header: str, authors: tuple[str, ...] | None) -> None:
    text = f"Council raises parking fees\n\n{header}{BODY}"
    article = OldHook().parse(text)
    assert (article.byline.authors if article.byline is not None else None) == authors


# A name over its role on the next line, with no "By": both lines are the byline's, so that no line
# is lost, and a byline's agency on the line under it; each byline's text is its lines' text with the
# line break collapsed, as its span slices.
TWO_LINE_BYLINES = [
    ("Jamie Rigg\nSenior Reporter", ("Jamie Rigg",), None, "Jamie Rigg Senior Reporter"),
    ("Amara Okafor\nChief football writer", ("Amara Okafor",), None, "Amara Okafor Chief football writer"),
    ("Lena Vogt\r\nTechnology correspondent", ("Lena Vogt",), None, "Lena Vogt Technology correspondent"),
    ("By Mari Yamaguchi\nReuters", ("Mari Yamaguchi",), "Reuters", "By Mari Yamaguchi Reuters"),
    ("By Mari Yamaguchi\r\n REUTER", ("Mari Yamaguchi",), "REUTER", "By Mari Yamaguchi REUTER"),
    ("By Jane Roe\nAssociated Press", ("Jane Roe",), "Associated Press", "By Jane Roe Associated Press"),
]


@pytest.mark.parametrize(("lines", "authors", "agency", "text"), TWO_LINE_BYLINES)
def test_a_byline_over_two_lines_keeps_both(lines: str, authors: tuple[str, ...], agency: str | None, text: str) -> None:
    article = newsparse.parse_article(f"Council approves new budget\n{lines}{BODY}")
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, text)
    assert article.span_mismatches() == []
    assert holds_every_line(article)
