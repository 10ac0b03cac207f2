"""mendLB70: bylines, datelines, a local edition's label and a summary block from a new user's pages.

Every page here is written for these tests in the shapes the user's outlets print (an Indian broadcaster's
`Reported by ..., Edited by ...`, a business paper's `Name in City and Name in City`, a German broadcaster's
`Name with dpa, Reuters`, a Times of India signature `Name / TNN / Updated: ...`, an ANI wire opening, a local
news site's `Town, ST News` label, an Australian broadcaster's `In short:` block)."""

from __future__ import annotations

import pytest

from newsparse import BylineParser, parse_article
from newsparse.lines import split_lines

BYLINES = BylineParser()


def byline_of(line: str) -> tuple[tuple[str, ...], str | None, str] | None:
    found = BYLINES.parse(split_lines(line), 0)
    return None if found is None else (found.authors, found.agency, found.text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a reporter's credit, the editor's after a comma no author's
        ("Reported by Sanjay Barua, Edited by Meghna Rao", (("Sanjay Barua",), None, "Reported by Sanjay Barua")),
        ("Reported by Anita Desai | Edited by Rohan Mehta", (("Anita Desai",), None, "Reported by Anita Desai")),
        ("Reported by Laura Brennan", (("Laura Brennan",), None, "Reported by Laura Brennan")),
        ("By Kavita Rao; Edited by Peter Lindqvist", (("Kavita Rao",), None, "By Kavita Rao")),
        # a piece's kind before its authors, a role between them
        (
            "Exclusive by Sophie Turner, Health Editor, and Mark Doyle",
            (("Sophie Turner", "Mark Doyle"), None, "Exclusive by Sophie Turner, Health Editor, and Mark Doyle"),
        ),
        ("Exclusive by Daniel Hart", (("Daniel Hart",), None, "Exclusive by Daniel Hart")),
        # a court beat before the name
        ("By Court Reporter Emma Whitfield", (("Emma Whitfield",), None, "By Court Reporter Emma Whitfield")),
        ("By Courts Correspondent David Lowe", (("David Lowe",), None, "By Courts Correspondent David Lowe")),
        # an outlet's one word and the agency it writes with: no person
        ("By Euronews with AP", ((), "AP", "By Euronews with AP")),
        ("By Politico with AFP", ((), "AFP", "By Politico with AFP")),
        ("By Euronews and Reuters", ((), "Reuters", "By Euronews and Reuters")),
        # several agencies after the name: the first one named
        ("Rina Goldenberg with dpa, Reuters", (("Rina Goldenberg",), "dpa", "Rina Goldenberg with dpa, Reuters")),
        ("Sarah Klein with AFP and Reuters", (("Sarah Klein",), "AFP", "Sarah Klein with AFP and Reuters")),
        ("Mark Hallam, dpa, AP", (("Mark Hallam",), "dpa", "Mark Hallam, dpa, AP")),
        # a paper's news service by its initials after a bar or a spaced slash
        ("Priya Nair / TNN", (("Priya Nair",), "TNN", "Priya Nair / TNN")),
        ("Rahul Mehta | TNN", (("Rahul Mehta",), "TNN", "Rahul Mehta | TNN")),
        ("Sunil Kumar | ENS", (("Sunil Kumar",), "ENS", "Sunil Kumar | ENS")),
    ],
)
def test_byline_lines(line: str, expected: tuple[tuple[str, ...], str | None, str]) -> None:
    assert byline_of(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # near misses that must stay as they were
        ("By Euronews", None),  # an outlet alone: nothing says who
        ("By Jane with AP", None),  # a given name alone is no outlet
        ("Reported sightings rose by 40% last year", None),
        ("Exclusive: inside the talks that saved the deal", None),
        ("Rahul Mehta | HT", (("Rahul Mehta",), None, "Rahul Mehta | HT")),  # an outlet's code, no known service
        ("New York / NYT", None),
        ("By Jane Roe with Photographs by Tom Berg", (("Jane Roe",), None, "By Jane Roe with Photographs by Tom Berg")),
    ],
)
def test_byline_near_misses(line: str, expected: tuple[tuple[str, ...], str | None, str] | None) -> None:
    assert byline_of(line) == expected


def ndtv_page(place_line: str) -> str:
    return (
        "India News\n"
        "Flood Waters Recede In Lower Assam, Relief Camps Shut\n"
        "Officials said the river had dropped below the danger mark at Dhubri on Tuesday.\n"
        "Reported by Pranab Das, Edited by Nisha Kapoor\n"
        "Updated: March 10, 2026 6:12 pm IST\n"
        "\n"
        f"{place_line}\n"
        "\n"
        "Water levels in the Brahmaputra fell across lower Assam on Tuesday, and the district administration "
        "closed 14 relief camps, officials said.\n"
        "\n"
        '"Families are returning home, but many houses need repair," a district official said.\n'
    )


def test_ndtv_page_byline_and_town_dateline() -> None:
    article = parse_article(ndtv_page("Dhubri:"))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.text) == (("Pranab Das",), "Reported by Pranab Das")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.text) == ("Dhubri", "Dhubri:")
    assert article.paragraphs[0].text.startswith("Water levels in the Brahmaputra")


@pytest.mark.parametrize("heading", ["Background:", "Context:", "Tezpur:"])
def test_colon_line_not_named_as_place_is_no_dateline(heading: str) -> None:
    # a heading, or a town the text never names after a preposition of place
    article = parse_article(ndtv_page(heading))
    assert article.dateline is None


@pytest.mark.parametrize(
    ("opening", "place", "agency", "rest"),
    [
        (
            "Srinagar (Jammu and Kashmir) [India], March 2 (ANI): ",
            "Srinagar (Jammu and Kashmir)",
            "ANI",
            "The state cabinet on Monday approved a new tourism policy.",
        ),
        (
            "Port Blair (Andaman and Nicobar) [India], March 2 (ANI): ",
            "Port Blair (Andaman and Nicobar)",
            "ANI",
            "Ferry services resumed on Monday after a three-day halt.",
        ),
        (
            "Shimla (Himachal Pradesh) [India], March 2 (ANI): ",
            "Shimla (Himachal Pradesh)",
            "ANI",
            "Snowfall closed the highway for a second day on Monday.",
        ),
    ],
)
def test_ani_dateline_with_joined_state(opening: str, place: str, agency: str, rest: str) -> None:
    article = parse_article(opening + rest + "\n\nOfficials said more details would follow.\n")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency, article.dateline.text) == (place, agency, opening.strip())
    assert article.paragraphs[0].text == rest


def patch_page(label: str) -> str:
    return (
        f"{label}\n"
        "Council Approves New Bike Lanes On Main Street\n"
        "The lanes will be painted in the spring, the township said.\n"
        "Dana Whitlock, Patch Staff\n"
        "Posted Tue, Mar 3, 2026 at 4:10 pm ET\n"
        "\n"
        "The township council has approved new bike lanes along Main Street, officials said.\n"
        "\n"
        '"This makes the street safer for everyone," the mayor said at the meeting.\n'
    )


@pytest.mark.parametrize(
    ("label", "section", "headline"),
    [
        ("Montclair, NJ News", ("Montclair, NJ News",), "Council Approves New Bike Lanes On Main Street"),
        ("Red Bank, NJ Politics", ("Red Bank, NJ Politics",), "Council Approves New Bike Lanes On Main Street"),
        ("Palo Alto, CA News", ("Palo Alto, CA News",), "Council Approves New Bike Lanes On Main Street"),
    ],
)
def test_local_edition_label_is_section(label: str, section: tuple[str, ...], headline: str) -> None:
    article = parse_article(patch_page(label))
    assert article.section == section
    assert article.headline is not None
    assert article.headline.text == headline


def test_local_edition_shape_needs_state_code() -> None:
    from newsparse import SectionParser

    parser = SectionParser()
    assert [parser.is_local_edition(t) for t in ("Montclair, NJ News", "Trump, EU Talks", "Paris, Texas News")] == [
        True, False, False,
    ]


ABC_PAGE = (
    "Drought deepens across the Wimmera as dams run dry\n"
    "ABC Horsham / By Kate Lindell\n"
    "Posted Mon 2 Mar 2026 at 6:01am\n"
    "{label}\n"
    "Dams on dozens of Wimmera farms have run dry for the first time in a decade.\n"
    "The state government will extend water cartage subsidies.\n"
    "What's next?\n"
    "Farm groups will brief the water minister on Friday.\n"
    "\n"
    "Grain grower Peter Walsh says he has carted water to his stock every day since January.\n"
    "\n"
    '"We have never had the dams this low," Mr Walsh said.\n'
)


@pytest.mark.parametrize("label", ["In short:", "Key points:", "In brief"])
def test_summary_block_is_no_paragraph(label: str) -> None:
    article = parse_article(ABC_PAGE.format(label=label))
    kinds = [(b.text, b.kind) for b in article.boilerplate if b.text in {
        label, "What's next?",
        "Dams on dozens of Wimmera farms have run dry for the first time in a decade.",
        "Farm groups will brief the water minister on Friday.",
    }]
    assert kinds == [
        (label, "other"),
        ("Dams on dozens of Wimmera farms have run dry for the first time in a decade.", "standfirst"),
        ("What's next?", "other"),
        ("Farm groups will brief the water minister on Friday.", "standfirst"),
    ]
    assert article.paragraphs[0].text == (
        "Grain grower Peter Walsh says he has carted water to his stock every day since January."
    )


def test_unlabelled_block_stays_the_story() -> None:
    # no summary label over it: the first lines are the story's
    article = parse_article(ABC_PAGE.format(label="Listen to this story"))
    assert article.paragraphs[0].text.startswith("Dams on dozens of Wimmera farms")


def business_page(byline: str) -> str:
    return (
        "Banks\n"
        "Nordbank sets aside €800mn for Czech loan claims\n"
        "Lender says the charge will weigh on first-quarter profit\n"
        f"{byline}\n"
        "Published March 4 2026\n"
        "\n"
        "Nordbank has set aside a further €800mn to cover legal claims from Czech borrowers, the lender said on Wednesday.\n"
        "\n"
        "Analysts said the charge was larger than expected but manageable.\n"
    )


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Olaf Storbeck in Frankfurt and Raphael Minder in Warsaw", ("Olaf Storbeck", "Raphael Minder")),
        ("Laura Noonan in Dublin, Owen Walker in London and Sam Fleming in Brussels", (
            "Laura Noonan", "Owen Walker", "Sam Fleming",
        )),
        ("Emma Kemp in Perth", ("Emma Kemp",)),
    ],
)
def test_names_each_in_a_place_over_the_stamp(byline: str, authors: tuple[str, ...]) -> None:
    article = parse_article(business_page(byline))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.text) == (authors, byline)


def test_places_joined_are_no_byline() -> None:
    assert BYLINES.names_in_places("Protests in Paris and Riots in Lyon") == ()
    assert BYLINES.names_in_places("Jane Roe in London and Tom Berg") == ()


@pytest.mark.parametrize(
    ("line", "author", "published"),
    [
        ("Tariq Hussain Published January 22, 2026 Updated a day ago", "Tariq Hussain", "January 22, 2026"),
        ("Sana Mirza Published March 3, 2026", "Sana Mirza", "March 3, 2026"),
        ("Sana Mirza March 3, 2026", "Sana Mirza", "March 3, 2026"),
    ],
)
def test_name_then_labelled_stamp_on_one_line(line: str, author: str, published: str) -> None:
    text = (
        "Pakistan\n"
        "Sindh announces relief for flood-hit farmers\n"
        f"{line}\n"
        "\n"
        "HYDERABAD: The Sindh government on Wednesday announced a relief package for farmers whose crops were "
        "destroyed by floods last month.\n"
        "\n"
        "The provincial agriculture minister said each registered farmer would receive a cash grant.\n"
    )
    article = parse_article(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.text) == ((author,), author)
    assert article.published is not None
    assert article.published.text == published
