"""Web pages copied as text: how paragraphs, first paragraphs and dates come out of the layout
a browser copy gives (a blank line between blocks, a bare line break inside one), table-driven."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import BodyParser
from newsparse.lines import split_lines

# the body text, the paragraphs BodyParser makes of it
BLANK_LAYOUT = [
    # a web page: blank lines between paragraphs, so a bare line break is a <br> inside one
    ("The ferry left the harbour at dawn with 212 passengers on board.\nIt reached the island three hours later.\n\n"
     "Crews checked the hull on arrival.\n\nNo damage was found.",
     ["The ferry left the harbour at dawn with 212 passengers on board. It reached the island three hours later.",
      "Crews checked the hull on arrival.", "No damage was found."]),
    # a short list between paragraphs stays one block
    ("The shop sells three kinds of bread.\n\nRye\nSpelt\nSourdough\n\nIt opens at seven.",
     ["The shop sells three kinds of bread.", "Rye Spelt Sourdough", "It opens at seven."]),
    # a label over running text is a block of its own; a label under running text joins nothing new
    ("The library opened on Saturday.\n\nOpening hours\nThe library is open from nine to six on weekdays.\n\n"
     "It closes on Sundays.",
     ["The library opened on Saturday.", "Opening hours", "The library is open from nine to six on weekdays.",
      "It closes on Sundays."]),
    # one blank line is not enough to tell the layout: each line stays a paragraph
    ("The storm hit the coast on Monday.\n\nPower was cut to 4,000 homes.\nSchools stayed shut.",
     ["The storm hit the coast on Monday.", "Power was cut to 4,000 homes.", "Schools stayed shut."]),
    # most lines follow no blank line: a line a paragraph, as before
    ("The storm hit the coast on Monday.\nPower was cut to 4,000 homes.\nSchools stayed shut.\n\n"
     "Roads reopened on Tuesday.\nTrains ran late.\n\nThe mayor thanked the crews.",
     ["The storm hit the coast on Monday.", "Power was cut to 4,000 homes.", "Schools stayed shut.",
      "Roads reopened on Tuesday.", "Trains ran late.", "The mayor thanked the crews."]),
    # indented wire copy keeps its own rule even with blank lines in it
    ("  The bank raised its main rate on Tuesday to 4.5 percent,\nthe highest level in a decade.\n\n"
     "  Analysts had expected the move.\n\n  Markets barely moved.",
     ["The bank raised its main rate on Tuesday to 4.5 percent, the highest level in a decade.",
      "Analysts had expected the move.", "Markets barely moved."]),
]


@pytest.mark.parametrize(("text", "paragraphs"), BLANK_LAYOUT)
def test_blank_layout(text: str, paragraphs: list[str]) -> None:
    assert [p.text for p in BodyParser().parse(split_lines(text))] == paragraphs


def test_blank_layout_in_an_article() -> None:
    text = (
        "Ferry service resumes after storm\n\nBy Jane Roe\n\n"
        "The ferry left the harbour at dawn with 212 passengers on board, the first crossing in a week.\n"
        "It reached the island three hours later.\n\nCrews checked the hull on arrival.\n\nNo damage was found.\n"
    )
    article = newsparse.parse_article(text)
    assert [p.text for p in article.paragraphs] == [
        "The ferry left the harbour at dawn with 212 passengers on board, the first crossing in a week. "
        "It reached the island three hours later.",
        "Crews checked the hull on arrival.",
        "No damage was found.",
    ]


BODY = "\n\nThe storm closed every school in the region on Monday, officials said in a statement.\n\nClasses resume on Friday.\n"

# the header lines under a headline, then (published, updated) as ISO strings or None
STAMPS = [
    # a clock of four digits before a zone, with the date after it
    ("Updated 1909 GMT (0309 HKT) November 18, 2019", (None, "2019-11-18T19:09:00+00:00")),
    ("Published 0745 GMT March 4, 2025", ("2025-03-04T07:45:00+00:00", None)),
    # with no other year, the four digits are the year
    ("November 18, 2019 GMT", ("2019-11-18T00:00:00", None)),
    # a page that shows only an update stamp has no publication date: the update is not guessed
    # to be one
    ("Updated 1:39 am EST, Wednesday, November 20, 2019", (None, "2019-11-20T01:39:00-05:00")),
    ("Last updated Nov 8, 2023", (None, "2023-11-08T00:00:00")),
    # a blog's line of post facts: the date is the publication's, the line is no headline
    ("October 15, 2018/0 Comments/in Local News /by admin", ("2018-10-15T00:00:00", None)),
    ("March 3, 2025 | 4 Comments", ("2025-03-03T00:00:00", None)),
]


@pytest.mark.parametrize(("lines", "expected"), STAMPS)
def test_stamps(lines: str, expected: tuple[str | None, str | None]) -> None:
    article = newsparse.parse_article("Storm closes schools across the region\n\n" + lines + BODY)
    assert article.headline is not None
    assert article.headline.text == "Storm closes schools across the region"
    got = tuple(s.datetime.isoformat() if s is not None else None for s in (article.published, article.updated))
    assert got == expected


# a headline that opens with a date and goes on as a title stays the headline
@pytest.mark.parametrize(
    "headline",
    ["March 3, 2025: the day the river rose", "Nov. 3, 2020 election results for every county", "1 in 4 homes lost power"],
)
def test_headline_with_a_date_stays(headline: str) -> None:
    article = newsparse.parse_article(headline + BODY)
    assert article.headline is not None
    assert article.headline.text == headline


STORY = (
    "\n\nThe ferry left the harbour at dawn on Tuesday with 212 passengers on board, the first crossing in a week.\n\n"
    "It reached the island three hours later, the operator said in a statement.\n"
)

# the lines between the byline and the story, the first paragraph
FIRST_PARAGRAPHS = [
    # a standfirst, then the lead picture (a caption, or a line over a credit line): not the story
    ("Crossings resume after a week of gales.\n\nA ferry leaves the harbour at dawn. (Photo: Jane Doe/AP)",
     "The ferry left the harbour at dawn on Tuesday"),
    ("Crossings resume after a week of gales.\n\nShares\n\nA ferry leaves the harbour at dawn on Tuesday after the storm.\n\n"
     "(Image: © Port Authority)",
     "The ferry left the harbour at dawn on Tuesday"),
    ("Crossings resume after a week of gales.\n\nShares\n\nPhoto: Jane Doe/AP", "The ferry left the harbour at dawn on Tuesday"),
    # a credit line right under a sentence of the story: the picture comes after the first paragraph
    ("“We waited a week for this,” the captain said on Tuesday.\n\nCourtesy of the Port Authority",
     "“We waited a week for this,” the captain said on Tuesday."),
    # a short first paragraph with the story right under it stays the first paragraph
    ("Crossings resumed on Tuesday.", "Crossings resumed on Tuesday."),
    # a short lede that says the day of the news stays the first paragraph, picture under it or not
    ("The harbour board voted on Monday to sell the old cannery pier.\n\nA ferry leaves the harbour at dawn. "
     "(Photo: Jane Doe/AP)", "The harbour board voted on Monday to sell the old cannery pier."),
    ("Two fishing boats collided in thick fog off the point overnight, the coastguard said.\n\n"
     "A lifeboat returns to the harbour. (Photo: Jane Doe/AP)", "Two fishing boats collided in thick fog"),
    # a first paragraph of more than STANDFIRST_WORDS words stays, picture or not
    ("Crossings resumed on Tuesday after a week of gales that kept every boat in port, stranded hundreds of visitors "
     "on the island, cut the supply of fresh food to its shops and closed the school for three days, which the council "
     "called the worst week in a decade.\n\nA ferry leaves the harbour at dawn. (Photo: Jane Doe/AP)",
     "Crossings resumed on Tuesday after a week of gales"),
]


class StandfirstParser(newsparse.ArticleParser):
    """A parser for sites that set a standfirst above the lead picture."""

    STANDFIRST_OVER_PICTURE = True


@pytest.mark.parametrize(("lines", "first"), FIRST_PARAGRAPHS)
def test_first_paragraph(lines: str, first: str) -> None:
    article = StandfirstParser().parse("Ferry service resumes after storm\n\nBy Jane Roe\n\n" + lines + STORY)
    assert article.paragraphs
    assert article.paragraphs[0].text.startswith(first)


def test_no_standfirst_without_a_byline_or_stamp() -> None:
    # a headline alone is no page header: the short line under it is the first paragraph
    article = newsparse.parse_article(
        "Ferry service resumes after storm\n\nCrossings resumed on Tuesday after a week of gales.\n\n"
        "A ferry leaves the harbour at dawn. (Photo: Jane Doe/AP)" + STORY
    )
    assert article.paragraphs[0].text == "Crossings resumed on Tuesday after a week of gales."


# the lines between the byline and the story, the first paragraph: teasers for other pages
TEASERS = [
    # a short teaser over a button
    ("Deals of the week\n\nThe best deals of the week, picked by our editors.\n\nRead More",
     "The ferry left the harbour at dawn on Tuesday"),
    ("Our picks for the holidays.\n\nRead more »", "The ferry left the harbour at dawn on Tuesday"),
    # a sentence among the links of a list under a "related" heading, a link under it too
    ("Most Popular\n\nCouncil delays vote on harbour plan\n\nRents are rising. These maps show where.\n\n"
     "School bus routes change next month", "The ferry left the harbour at dawn on Tuesday"),
    # a short sentence after the list, with the story under it, is the story
    ("Most Popular\n\nCouncil delays vote on harbour plan\n\nSchool bus routes change next month\n\n"
     "Crossings resumed on Tuesday.", "Crossings resumed on Tuesday."),
    # a sentence over a credit line after a list is a caption, not a link
    ("Most Popular\n\nCouncil delays vote on harbour plan\n\nA ferry leaves the harbour at dawn.\n\nPhoto: Getty Images",
     "The ferry left the harbour at dawn on Tuesday"),
]


@pytest.mark.parametrize(("lines", "first"), TEASERS)
def test_teasers_are_no_first_paragraph(lines: str, first: str) -> None:
    article = newsparse.parse_article("Ferry service resumes after storm\n\nBy Jane Roe\n\n" + lines + STORY)
    assert article.paragraphs[0].text.startswith(first)
    texts = {p.text for p in article.paragraphs}
    assert not texts & {"The best deals of the week, picked by our editors.", "Rents are rising. These maps show where."}


def test_a_picture_after_a_list_keeps_its_caption() -> None:
    article = newsparse.parse_article(
        "Ferry service resumes after storm\n\nBy Jane Roe\n\nMost Popular\n\nCouncil delays vote on harbour plan\n\n"
        "A ferry leaves the harbour at dawn.\n\nPhoto: Getty Images" + STORY
    )
    assert [(c.text, c.credit) for c in article.captions] == [("A ferry leaves the harbour at dawn.", "Getty Images")]


# the first paragraph, then the dateline's (place, agency, date) and the paragraph's text after it
DATELINES = [
    # a place in capitals before a bare colon, as Indian papers print it
    ("NEW DELHI: Farmers called off their protest on Tuesday after the government agreed to review crop prices.",
     ("NEW DELHI", None, None), "Farmers called off their protest on Tuesday"),
    ("MUMBAI: The city's trains ran late on Monday after heavy rain flooded the tracks.",
     ("MUMBAI", None, None), "The city's trains ran late on Monday"),
    # an agency first, then the place and date, as ANSA prints it
    ("(ANSA) - ROME, MARCH 3 - Rome's buses and trams will stop for 24 hours on Friday in a strike, the city said.",
     ("ROME", "ANSA", (3, 3)), "Rome's buses and trams will stop"),
    # a label in capitals before a colon is no place
    ("UPDATE: The council voted on Tuesday to approve the budget after a long debate, officials said.",
     None, "UPDATE: The council voted on Tuesday"),
    # (a broadcaster's media label in capitals: the line is a video's caption, CaptionParser.MEDIA_LABELS)
    ("WATCH: Crews clear the roads after the storm closed every school in the region on Monday.",
     None, "Classes resume on Friday."),
    ("EXCLUSIVE: Crews clear the roads after the storm closed every school in the region on Monday.",
     None, "EXCLUSIVE: Crews clear the roads"),
    # a letter's salutation in capitals is no place
    ("DEAR ABBY: My husband of twenty years just bought plane tickets to see his family abroad.",
     None, "DEAR ABBY: My husband"),
    # a colon after a place in title case is a dateline only for a place the vocabulary knows (stop 32:
    # Indian dailies write "Mumbai: ..."); after another name in title case, or after four words in
    # capitals, it is none
    ("New Delhi: Farmers called off their protest on Tuesday after the government agreed to review crop prices.",
     ("New Delhi", None, None), "Farmers called off their protest"),
    ("Union Leaders: Farmers called off their protest on Tuesday after the government agreed to review crop prices.",
     None, "Union Leaders: Farmers called off"),
    ("THE FULL LIST OF WINNERS: the jury named ten films on Sunday, with two prizes for first-time directors.",
     None, "THE FULL LIST OF WINNERS:"),
]


class ColonDatelines(newsparse.DatelineParser):
    """A dateline parser for papers that print the place before a bare colon."""

    COLON_DATELINES = True


@pytest.mark.parametrize(("paragraph", "dateline", "text"), DATELINES)
def test_datelines(paragraph: str, dateline: tuple[str, str | None, tuple[int, int] | None] | None, text: str) -> None:
    parser = newsparse.ArticleParser(dateline=ColonDatelines())
    article = parser.parse("Storm closes schools across the region\n\n" + paragraph + "\n\nClasses resume on Friday.\n")
    got = article.dateline
    if dateline is None:
        assert got is None
    else:
        assert got is not None
        assert (got.place, got.agency, (got.date.month, got.date.day) if got.date else None) == dateline
    assert article.paragraphs[0].text.startswith(text)


# a label in capitals before a colon opens a headline: the headline stays, with no dateline
@pytest.mark.parametrize(
    "headline",
    [
        "BOOM: Trump Just Fired A 5-Word Missile At His Rival.",
        "BUSTED: Emails Reveal Aide And Reporter Planned The Question.",
        "AP: Campaign Chair Routed Foreign Money To Lobbyists",
    ],
)
def test_a_label_before_a_colon_in_a_headline(headline: str) -> None:
    article = newsparse.parse_article(
        headline + "\n\nThe campaign denied the report on Tuesday, saying the payments were made to a consulting firm.\n\n"
        "A spokesman declined to comment further.\n"
    )
    assert article.headline is not None
    assert article.headline.text == headline
    assert article.dateline is None


def test_a_headline_with_a_colon_is_no_dateline() -> None:
    article = newsparse.parse_article(
        "BREXIT: Parliament votes down the deal for a third time\n\n"
        "LONDON (Reuters) - The vote failed on Tuesday, officials said in a statement.\n"
    )
    assert article.headline is not None
    assert article.headline.text == "BREXIT: Parliament votes down the deal for a third time"
    assert article.dateline is not None
    assert article.dateline.place == "LONDON"


PHONE_STORY = (
    "\n\nSamsung on Tuesday unveiled its new phone lineup at an event in San Francisco, with prices starting at $799.\n\n"
    "The Galaxy Ultra, the most expensive of the three, ships in March with a larger battery.\n"
)

# the line under the headline, the byline's authors (None: no byline)
NAMES_ALONE = [
    # a product the story names again is no author
    ("Galaxy Ultra", None),
    # a column's heading whose words the story writes in lower case is no author
    ("Money Matters", None),
    # a person's name alone above the story is the byline
    ("Patrick Frye", ("Patrick Frye",)),
]


@pytest.mark.parametrize(("line", "authors"), NAMES_ALONE)
def test_a_name_alone_under_the_headline(line: str, authors: tuple[str, ...] | None) -> None:
    story = PHONE_STORY if line != "Money Matters" else PHONE_STORY + "\nBuyers who want to save money can wait.\n"
    article = newsparse.parse_article("Samsung unveils new phone lineup\n\n" + line + story)
    assert (article.byline.authors if article.byline else None) == authors
    assert article.paragraphs[0].text.startswith("Samsung on Tuesday unveiled")


def test_an_author_named_again_at_the_end_keeps_the_byline() -> None:
    filler = "".join(f"\n\nThe phone's maker said sales in region {n} rose by a tenth in the last quarter." for n in range(60))
    text = "Samsung unveils new phone lineup\n\nPatrick Frye" + PHONE_STORY + filler + "\n\nPatrick Frye can be reached at the desk.\n"
    article = newsparse.parse_article(text)
    assert article.byline is not None
    assert article.byline.authors == ("Patrick Frye",)


# the first lines, then (section, headline)
KICKERS = [
    ("Food & Drink\n\nThe best bakeries in town", (("Food & Drink",), "The best bakeries in town")),
    ("Arts and Culture\n\nThe best bakeries in town", (("Arts and Culture",), "The best bakeries in town")),
    # a short headline of words joined in lower case stays the headline
    ("Bread and butter\n\nThe best bakeries in town", ((), "Bread and butter")),
]


@pytest.mark.parametrize(("lines", "expected"), KICKERS)
def test_a_section_label_with_a_connector(lines: str, expected: tuple[tuple[str, ...], str]) -> None:
    article = newsparse.parse_article(
        lines + "\n\nBy Jane Roe\n\nThe city has a new crop of bakeries this year, and the best of them open before dawn.\n"
    )
    assert (article.section, article.headline.text if article.headline else None) == expected


LIVE_BLOG = (
    "Live updates: storm hits the coast\n\nBy Jane Roe\n\n"
    "The storm made landfall near the port on Tuesday morning, the weather service said.\n\n"
    "{clock}\n\nResidents were told to stay indoors until the winds drop.\n"
)


@pytest.mark.parametrize("clock", ["10:42 a.m.", "9 p.m. ET", "14:05", "10:42 AM EST", "7.30pm", "10 p.m."])
def test_a_live_blog_time_line_is_no_paragraph(clock: str) -> None:
    article = newsparse.parse_article(LIVE_BLOG.format(clock=clock))
    assert [p.text for p in article.paragraphs] == [
        "The storm made landfall near the port on Tuesday morning, the weather service said.",
        "Residents were told to stay indoors until the winds drop.",
    ]
    assert [(b.kind, b.text) for b in article.boilerplate] == [("timestamp", clock)]
    assert article.published is None


# a line with a time in it that is more than a time stays a paragraph
@pytest.mark.parametrize("line", ["At 10:42 a.m. the first wave hit.", "The ferry leaves at 9 p.m. tonight.", "8.50", "14.05"])
def test_a_sentence_with_a_time_stays(line: str) -> None:
    article = newsparse.parse_article(LIVE_BLOG.format(clock=line))
    assert line in [p.text for p in article.paragraphs]


def test_a_time_inside_a_block_stays() -> None:
    # a clock time with no blank line around it is part of its paragraph (a wrapped line, a table)
    text = LIVE_BLOG.format(clock="10:42 a.m.") + "\nResidents said the first wave hit the harbour wall at\n10:42\nand the second an hour later.\n"
    article = newsparse.parse_article(text)
    assert "Residents said the first wave hit the harbour wall at 10:42 and the second an hour later." in [
        p.text for p in article.paragraphs
    ]


def test_a_long_first_paragraph_over_headings_starts_the_body() -> None:
    # more than STANDFIRST_WORDS words in several sentences, then a lead-in and a heading, not prose
    first = (
        "The ferry service is back. Well, mostly. Crossings resumed on Tuesday after a week of gales that kept "
        "every boat in port, and the operator said the timetable would be back to normal by the weekend, with "
        "extra sailings for the visitors stranded on the island."
    )
    article = newsparse.parse_article(
        "Ferry service resumes after storm\n\nBy Jane Roe\n\n" + first + "\n\nHere's what to know:\n\n"
        "Which routes run\n\nThe morning crossings run as before, the operator said.\n"
    )
    assert article.paragraphs[0].text == first


def test_a_one_sentence_standfirst_over_headings_stays_in_the_header() -> None:
    standfirst = "Crossings resumed on Tuesday after a week of gales that kept every boat in port."
    article = newsparse.parse_article(
        "Ferry service resumes after storm\n\n" + standfirst + "\n\nBy Jane Roe\n\nMarch 3, 2025\n\n"
        "The ferry left the harbour at dawn on Tuesday with 212 passengers on board, the first crossing in a week.\n"
    )
    assert [(b.kind, b.text) for b in article.boilerplate if b.kind == "standfirst"] == [("standfirst", standfirst)]
    assert article.paragraphs[0].text.startswith("The ferry left the harbour")


# a video's blurb above the story ends in a labelled stamp in brackets; story text with a date in
# brackets does not
@pytest.mark.parametrize(
    ("blurb", "kept"),
    [
        ("Crews reopened the harbour road on Tuesday after the storm. (Published Tuesday, March 4, 2025)", False),
        ("Crews reopened the harbour road on Tuesday after the storm. (Updated 10:42 a.m., March 4, 2025)", False),
        ("Crews reopened the harbour road on Tuesday, the first time since the storm (March 4, 2025).", True),
        ("Crews reopened the harbour road on Tuesday after the storm (the second of the year).", True),
    ],
)
def test_a_video_blurb_is_no_first_paragraph(blurb: str, kept: bool) -> None:
    article = newsparse.parse_article("Ferry service resumes after storm\n\nBy Jane Roe\n\n" + blurb + STORY)
    assert (article.paragraphs[0].text == blurb) is kept


def test_a_lead_in_ending_in_a_colon_opens_the_body() -> None:
    article = newsparse.parse_article(
        "How to plan a ferry trip\n\nJane Roe\n\nPlanning ahead matters. Here's why:\n\n"
        "The ferry left the harbour at dawn on Tuesday with 212 passengers on board, the first crossing in a week.\n\n"
        "It reached the island three hours later.\n"
    )
    assert article.paragraphs[0].text == "Planning ahead matters. Here's why:"


@pytest.mark.parametrize("label", ["Author:", "Publish date:", "Share this story:", "Follow us on Twitter:"])
def test_a_label_with_a_colon_opens_no_body(label: str) -> None:
    article = newsparse.parse_article("Ferry service resumes after storm\n\nBy Jane Roe\n\n" + label + STORY)
    assert article.paragraphs[0].text.startswith("The ferry left the harbour")


def test_a_standfirst_printed_again_under_the_picture_is_no_paragraph() -> None:
    standfirst = "Our picks for the month, from harbour tours to island walks."
    article = newsparse.parse_article(
        "Things to do in October\n\n" + standfirst + "\n\nAuthor:\nJane Roe\nPublish date:\nOct 4, 2018\n\n"
        "Photo: Jane Doe/AP\n\n" + standfirst + "\n\n"
        "VISIT the harbour festival, Oct. 11-21, with boat tours every hour and a fish market on the quay.\n\n"
        "WALK the island's coast path on a guided tour that leaves the ferry pier at nine.\n"
    )
    assert article.paragraphs[0].text.startswith("VISIT the harbour festival")
    assert [b.kind for b in article.boilerplate if b.text == standfirst] == ["standfirst", "other"]


# story sentences that open the story under a page's header and must stay its first paragraph
@pytest.mark.parametrize(
    "first",
    [
        "10:42 a.m. was when the first wave reached the harbour wall, residents said.",
        "Crossings resumed on Tuesday after the storm (March 4, 2025).",
        "Here is what the council decided on Tuesday:",
        "Read more carefully, the timetable shows fewer crossings.",
        "NEW DELHI is not on the route, the operator said on Tuesday.",
        "Crossings resumed on Tuesday.",
    ],
)
def test_a_story_sentence_opens_the_story(first: str) -> None:
    article = newsparse.parse_article("Ferry service resumes after storm\n\nBy Jane Roe\n\nMarch 4, 2025\n\n" + first + STORY)
    assert article.paragraphs[0].text == first


# a body of two lines is too short to tell its layout: the whole page tells it
@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        ("Ferry service resumes\n\nBy Jane Roe\n\nMarch 4, 2025\n\n"
         "The ferry left the harbour at dawn with 212 passengers on board, the operator said.\n"
         "It reached the island three hours later.\n",
         ["The ferry left the harbour at dawn with 212 passengers on board, the operator said. "
          "It reached the island three hours later."]),
        ("Ferry service resumes\nThe ferry left the harbour at dawn with 212 passengers on board, the operator said.\n"
         "It reached the island three hours later.\n",
         ["The ferry left the harbour at dawn with 212 passengers on board, the operator said.",
          "It reached the island three hours later."]),
    ],
)
def test_a_short_body_takes_the_page_layout(text: str, paragraphs: list[str]) -> None:
    assert [p.text for p in newsparse.parse_article(text).paragraphs] == paragraphs


@pytest.mark.parametrize("lines", [lines for lines, _ in FIRST_PARAGRAPHS])
def test_by_default_a_short_line_over_the_picture_stays_in_the_story(lines: str) -> None:
    # the default parser never takes a short first line for a standfirst on a guess
    article = newsparse.parse_article("Ferry service resumes after storm\n\nBy Jane Roe\n\n" + lines + STORY)
    assert article.paragraphs[0].text == lines.split("\n\n")[0].strip()
    assert [b.kind for b in article.boilerplate if b.kind == "standfirst"] == []


@pytest.mark.parametrize(
    "paragraph",
    [
        # (a place the vocabulary does not know: a place it knows, "NEW DELHI:", is read: test_layX28)
        "KOTTAYAM: Farmers called off their protest on Tuesday after the government agreed to review crop prices.",
        "CONTENT WARNING: This story discusses self-harm, which some readers may find distressing to read.",
        "COLLISION COURSE: Two airlines are heading for a fight over the last free slots at the city's airport.",
    ],
)
def test_by_default_no_place_before_a_bare_colon(paragraph: str) -> None:
    # a label in capitals has the shape of such a place: by default neither is a dateline
    article = newsparse.parse_article("Storm closes schools across the region\n\n" + paragraph + "\n\nClasses resume on Friday.\n")
    assert article.dateline is None
    assert article.paragraphs[0].text == paragraph


@pytest.mark.parametrize(
    "paragraph",
    [
        "(Reuters) - OPINION - Wall Street rose on Tuesday as investors cheered strong quarterly earnings.",
        "(Reuters) - BREAKING NEWS - Wall Street rose on Tuesday as investors cheered strong quarterly earnings.",
    ],
)
def test_a_label_after_an_agency_is_no_place(paragraph: str) -> None:
    article = newsparse.parse_article("Markets rally\n\n" + paragraph + "\n")
    assert article.dateline is not None and (article.dateline.place, article.dateline.agency) == (None, "Reuters")
    assert article.paragraphs[0].text == paragraph.split(" - ", 1)[1]
