"""fixB54 (stop 47): a new user's layout defects: a filed stamp's line, ledes taken for headlines,
live-blog entry clocks, captions, bylines with roles and desk bylines, agencies in datelines."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser, TimestampParser, parse_article
from parts import holds_every_line

STORY = "The council approved the budget for the coming year on Monday evening, officials said."


@pytest.mark.parametrize(
    ("text", "stamps"),
    [
        # a second stamp at the foot of the page, filed as boilerplate: its label is part of it
        (
            "Council approves budget\nPosted Sun 2 Mar 2025 at 5:00am\n\n" + STORY + "\n\nPosted 2 Mar 2025\n",
            ["Posted 2 Mar 2025"],
        ),
        (
            "Rail fares to rise\nPublished: 4 March 2025\n\n" + STORY + "\n\nPublished: 4 March 2025 09:00\n",
            ["Published: 4 March 2025 09:00"],
        ),
        # precision: a filed stamp with no label is its line already
        (
            "Council approves budget\nPosted Sun 2 Mar 2025 at 5:00am\n\n" + STORY + "\n\n2 Mar 2025\n",
            ["2 Mar 2025"],
        ),
    ],
)
def test_filed_stamp_covers_its_line(text: str, stamps: list[str]) -> None:
    article = parse_article(text)
    assert [part.text for part in article.boilerplate if part.kind == "timestamp"] == stamps
    # (the header's stamp is the publication, its label left out)
    assert article.published is not None and article.published.text == text.splitlines()[1].split(None, 1)[1]
    assert holds_every_line(article)


@pytest.mark.parametrize(
    ("text", "published", "updated"),
    [
        # precision: the page's own stamps leave their labels out of their spans, as documented
        (
            "Council approves budget\nPosted Sun 2 Mar 2025 at 5:00am, updated Sun 2 Mar 2025 at 9:12am\n\n" + STORY + "\n",
            "Sun 2 Mar 2025 at 5:00am",
            "Sun 2 Mar 2025 at 9:12am",
        ),
        # a wire's note of the day it first ran: the publication date, its words the stamp's label
        (
            "OTTAWA — The federal government says it will extend the deadline for the rebate by a month.\n\n"
            "This report by The Canadian Press was first published Nov. 14, 2024.\n",
            "Nov. 14, 2024",
            None,
        ),
    ],
)
def test_page_stamps_keep_their_labels_out(text: str, published: str, updated: str | None) -> None:
    article = parse_article(text)
    assert article.published is not None and article.published.text == published
    assert (article.updated.text if article.updated is not None else None) == updated
    assert [part.text for part in article.boilerplate if part.kind == "timestamp"] == []
    assert holds_every_line(article)


LIVE = (
    "Budget live: Chancellor unveils tax rise\nBy Political Staff\n\n"
    "15:42\nThe Chancellor has sat down after speaking for more than an hour in the Commons.\n\n"
    "14:58\nThe Chancellor tells MPs that the country has fixed the foundations of the economy.\n\n"
    "{clock}\nGood afternoon and welcome to our live coverage of the Budget in the Commons today.\n"
)


@pytest.mark.parametrize(
    ("clock", "stamp"),
    [
        ("12:31 Posted 4 hours ago", "12:31 Posted 4 hours ago"),
        ("12:31 4 hours ago", "12:31 4 hours ago"),
        ("9:05 a.m. Updated 2 hours ago", "9:05 a.m. Updated 2 hours ago"),
        ("12:31", "12:31"),
        # precision: a clock before other words is no entry clock: the entry's words stay text
        ("12:31 Trains cancelled", None),
    ],
)
def test_clock_then_ago_heads_an_entry(clock: str, stamp: str | None) -> None:
    article = parse_article(LIVE.format(clock=clock))
    stamps = [part.text for part in article.boilerplate if part.kind == "timestamp"]
    assert stamps == ["15:42", "14:58"] + ([stamp] if stamp else [])
    assert article.paragraphs[-1].text.endswith("live coverage of the Budget in the Commons today.")
    assert (stamp is None) == any(clock in p.text for p in article.paragraphs)
    assert holds_every_line(article)


@pytest.mark.parametrize(
    ("text", "headline", "section", "first"),
    [
        # a one-line block of reported speech that ends in a full stop: the story's first sentence,
        # the word over it a kicker over no headline (as "WORLD" over a lede; merge54)
        (
            "Club\n\nPaul Henderson said the club would stay.\n\nHis son said it would move.\n",
            None,
            ("Club",),
            "Paul Henderson said the club would stay.",
        ),
        (
            "Harbour\n\nThe French foreign minister told reporters the talks had failed.\n\nHe left at noon.\n",
            None,
            ("Harbour",),
            "The French foreign minister told reporters the talks had failed.",
        ),
        # precision: a headline writes speech in the present, with no full stop
        (
            "Mayor says pier will reopen\n\nThe pier will reopen in May after repairs, the mayor said on Monday.\n",
            "Mayor says pier will reopen",
            (),
            "The pier will reopen in May after repairs, the mayor said on Monday.",
        ),
        (
            "Minister said to be considering resignation\n\nThe minister is considering her position, aides said.\n",
            "Minister said to be considering resignation",
            (),
            "The minister is considering her position, aides said.",
        ),
        # precision: a headline sentence with a full stop and no speech stays the headline
        (
            "Rain is expected on Tuesday.\n\nHeavy rain is expected across the north of the country on Tuesday.\n",
            "Rain is expected on Tuesday.",
            (),
            "Heavy rain is expected across the north of the country on Tuesday.",
        ),
    ],
)
def test_reported_sentence_is_no_headline(text: str, headline: str | None, section: tuple[str, ...], first: str) -> None:
    article = parse_article(text)
    assert (article.headline.text if article.headline is not None else None, article.section) == (headline, section)
    assert article.paragraphs[0].text == first
    assert holds_every_line(article)


NEWSLETTER = (
    "{name}\nWhy the central bank will not cut rates in March\nJane Kessler\nFeb 9, 2025\n\n"
    "Last week, the governor said the committee was in no hurry to cut rates, whatever the markets hoped.\n\n"
    "{footer}\n"
)


@pytest.mark.parametrize(
    ("name", "footer", "section", "headline", "kind"),
    [
        # a newsletter's name over the post's title, named again in its closing call: the masthead
        (
            "The Weekly Ledger",
            "Thanks for reading The Weekly Ledger! Subscribe for free to receive new posts and support my work.",
            ("The Weekly Ledger",),
            "Why the central bank will not cut rates in March",
            "subscribe",
        ),
        (
            "Harbour Town Notes",
            "© 2025 Harbour Town Notes",
            ("Harbour Town Notes",),
            "Why the central bank will not cut rates in March",
            "copyright",
        ),
        # precision: a title named nowhere in the furniture stays the headline, the next line its standfirst
        (
            "The Weekly Ledger",
            "© 2025 Jane Kessler",
            (),
            "The Weekly Ledger",
            "copyright",
        ),
    ],
)
def test_masthead_named_again(name: str, footer: str, section: tuple[str, ...], headline: str, kind: str) -> None:
    article = parse_article(NEWSLETTER.format(name=name, footer=footer))
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert article.byline is not None and article.byline.authors == ("Jane Kessler",)
    assert [part.kind for part in article.boilerplate if part.text == footer] == [kind]
    assert holds_every_line(article)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Thanks for reading The Weekly Ledger! Subscribe for free to receive new posts and support my work.", "subscribe"),
        ("Thank you for reading. Sign up to get every issue by email.", "subscribe"),
        ("Subscribe now to get new posts every week.", "subscribe"),
        # precision: a story's sentence about reading and subscribing stays text
        ("Thanks for reading to the children, she told the volunteers at the library on Monday.", None),
        ("Subscribers to the service will receive new posts from the council each week, officials said.", None),
    ],
)
def test_newsletter_closing_call(line: str, kind: str | None) -> None:
    article = parse_article(
        "Library reopens after flood\n\nThe library reopened on Monday after months of repairs, the council said.\n\n"
        + line
        + "\n"
    )
    assert [part.kind for part in article.boilerplate if part.text == line] == ([kind] if kind else [])
    assert (kind is None) == (article.paragraphs[-1].text == line)


@pytest.mark.parametrize(
    ("above", "credit_line", "caption", "credit"),
    [
        # a caption that ends no sentence over a labelled credit in its block: the caption, the credit its own
        ("The cafe on Princess Victoria Street", "(Image: Google)", "The cafe on Princess Victoria Street", "Google"),
        ("The old mill on the banks of the river", "Image: Jane Roe", "The old mill on the banks of the river", "Jane Roe"),
        ("Fans outside the stadium before kick-off", "Photo: Jane Roe/AP", "Fans outside the stadium before kick-off", "Jane Roe/AP"),
        # precision: a title in capitals over a credit stays no caption; the credit is a caption of its own
        ("Why The Harbour Wall Is Failing", "(Image: Google)", "(Image: Google)", "Google"),
    ],
)
def test_fragment_over_labelled_credit(above: str, credit_line: str, caption: str, credit: str) -> None:
    article = parse_article(
        "Cafe to close after 40 years\nBy Tom Davies\n\n"
        f"{above}\n{credit_line}\n\n"
        "A much-loved cafe in the village is to close at the end of the month, its owners have announced.\n"
    )
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert holds_every_line(article)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # an outlet's photographer in brackets, "Photo" capitalised or not: the whole bracket the credit
        (
            "Commuters wade through a waterlogged street in Kochi on Sunday. (Express Photo by Nithin R)",
            "Commuters wade through a waterlogged street in Kochi on Sunday.",
            "Express Photo by Nithin R",
        ),
        (
            "Farmers wait at a market yard in Guntur on Monday. (City Post Photo by Jo Roe)",
            "Farmers wait at a market yard in Guntur on Monday.",
            "City Post Photo by Jo Roe",
        ),
        (
            "Commuters wade through a waterlogged street in Kochi on Sunday. (Express photo by Nithin R)",
            "Commuters wade through a waterlogged street in Kochi on Sunday.",
            "Express photo by Nithin R",
        ),
        # as an agency's photographer is read
        (
            "Commuters wade through a waterlogged street in Kochi on Sunday. (AP Photo/Jane Roe)",
            "Commuters wade through a waterlogged street in Kochi on Sunday.",
            "AP Photo/Jane Roe",
        ),
        # precision: a label alone in the bracket gives the name
        (
            "Commuters wade through a waterlogged street in Kochi on Sunday. (Photo by Jane Roe)",
            "Commuters wade through a waterlogged street in Kochi on Sunday.",
            "Jane Roe",
        ),
    ],
)
def test_outlet_photo_by_in_brackets(line: str, caption: str, credit: str) -> None:
    article = parse_article(
        "Monsoon nears Kerala\n\n" + line + "\n\nThe monsoon is expected to reach Kerala this week, the weather office said.\n"
    )
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert holds_every_line(article)


CAFE = "\n\nA much-loved cafe in the village has closed after forty years, its owners announced on Monday.\n"


@pytest.mark.parametrize(
    ("line", "authors", "agency"),
    [
        # a role of a beat and a role word after the name, no comma: the name alone
        ("By Tom Davies Local Democracy Reporter", ("Tom Davies",), None),
        ("ByTom Davies Local Democracy Reporter", ("Tom Davies",), None),
        ("By Jane Roe Community Correspondent", ("Jane Roe",), None),
        ("By Ana Lima Parliamentary Editor", ("Ana Lima",), None),
        ("By Tom Davies, Local Democracy Reporter", ("Tom Davies",), None),
        # a label that names the author
        ("Author of the article: Sarah Wilson", ("Sarah Wilson",), None),
        ("Author of the story: Sarah Wilson and Tom Berg", ("Sarah Wilson", "Tom Berg"), None),
        ("Author: Sarah Wilson", ("Sarah Wilson",), None),
        # precision: a surname that is no beat stays in the name; a desk byline reads as "By Reuters Staff" does
        ("By Tom Davies Reporter", ("Tom Davies",), None),
        ("By Julia Carrie Wong Reporter", ("Julia Carrie Wong",), None),
        ("By Reuters Staff", ("Reuters",), "Reuters"),
        ("By PA Reporter", ("PA",), "PA"),
    ],
)
def test_byline_roles_and_labels(line: str, authors: tuple[str, ...], agency: str | None) -> None:
    article = parse_article("Cafe to close after forty years\n" + line + CAFE)
    assert article.byline is not None and article.byline.text == line
    assert article.byline.authors == authors and article.byline.agency == agency
    assert holds_every_line(article)


@pytest.mark.parametrize(
    ("line", "place", "agency"),
    [
        # an agency after the place's comma, no brackets: the agency
        ("SYDNEY, AAP - Sydney's rental vacancy rate hit a record low in March.", "SYDNEY", "AAP"),
        ("NEW DELHI, PTI - The city's rental vacancy rate hit a record low in March.", "NEW DELHI", "PTI"),
        ("SYDNEY, March 3 (AAP) - Sydney's rental vacancy rate hit a record low in March.", "SYDNEY", "AAP"),
        # precision: a state's postal code, an abbreviation and a region stay the place's
        ("HARRISBURG, PA - The state's rental vacancy rate hit a record low in March.", "HARRISBURG, PA", None),
        ("HARRISBURG, Pa - The state's rental vacancy rate hit a record low in March.", "HARRISBURG, Pa", None),
        # precision: with a date after it, the words after the comma are the place's (a state, however written)
        ("ALLENTOWN, Pa, March 11 - The state's rental vacancy rate hit a record low in March.", "ALLENTOWN, Pa", None),
        ("SPRINGFIELD, Ill. - The state's rental vacancy rate hit a record low in March.", "SPRINGFIELD, Ill.", None),
        ("MELBOURNE, Victoria - The state's rental vacancy rate hit a record low in March.", "MELBOURNE, Victoria", None),
    ],
)
def test_agency_after_place_comma(line: str, place: str, agency: str | None) -> None:
    article = parse_article("Rents soar\n\n" + line + "\n")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == (place, agency)
    assert holds_every_line(article)


LAGOS = (
    "Metro\nState demolishes buildings on the lagoon\nBy Ada Obi\nOn 12/03/2025 7:45 AM\n\n"
    "The state government demolished buildings on the lagoon on Monday, officials said.\n"
)


@pytest.mark.parametrize(
    ("parser", "month", "day"),
    [
        # the documented default: a date that reads both ways is read month first
        (None, 12, 3),
        # a user who knows the source writes the day first says so, as docs/languages.md tells
        (ArticleParser(language="en-GB"), 3, 12),
        (ArticleParser(timestamps=TimestampParser(dayfirst=True)), 3, 12),
    ],
)
def test_day_first_is_the_users_choice(parser: ArticleParser | None, month: int, day: int) -> None:
    article = parse_article(LAGOS) if parser is None else parser.parse(LAGOS)
    assert article.published is not None
    assert (article.published.datetime.month, article.published.datetime.day) == (month, day)
