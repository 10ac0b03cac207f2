"""Web-page header shapes that lost a part (lay53): a reading time between the kicker and the
byline, a name over its role as the first lines, bylines printed under the title with no ``By``
(a name over a reading time, over an agency or over a relative stamp, an agency before a reading
time, an agency alone over the story), a columnist's name under the kicker, a stamp copied with
its spaces lost, and a credit printed above its caption (in its block, or apart over the byline).  Each row is a whole article written
for the test; the precision rows are lines of the same shape that must not become a byline."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.spans import collapse

PIER = (
    "The harbour pier will be rebuilt after two winter storms left it unsafe, the council said on "
    "Tuesday, with work due to start in the spring.\n\n"
    "Engineers found that several of the timber piles had split and that the deck had shifted by "
    "almost a metre at its seaward end.\n\n"
    "The council has set aside four million pounds for the work, which is expected to take "
    "eighteen months to complete.\n"
)
PIER_TITLE = "Harbour pier to be rebuilt after storms"

LIBRARY = (
    "Three branch libraries will close next year under budget plans published by the county on "
    "Monday, leaving two towns without a library for the first time since the 1950s.\n\n"
    "Campaigners said they would ask the county to delay the vote until a public meeting was held "
    "in each of the towns.\n\n"
    "The county said mobile libraries would visit the towns twice a week from the spring.\n"
)
LIBRARY_TITLE = "County to close three branch libraries"

GRANTS = (
    "Donald Trump signed an order on Tuesday that will change how federal grants are paid to "
    "harbour towns, aides said.\n\n"
    "Trump told reporters at the White House that the order would be the first of several this year.\n\n"
    "Critics said the plan would leave small ports without money for repairs for at least two years.\n"
)
GRANTS_TITLE = "Trump signs harbour grants order"


def parsed(header: str, story: str) -> newsparse.Article:
    return newsparse.parse_article(f"{header}\n\n{story}")


def first_paragraph(article: newsparse.Article) -> str:
    return article.paragraphs[0].text


@pytest.mark.parametrize(
    ("header", "story", "section", "headline", "authors"),
    [
        # a kicker, the reading time, the byline, the title
        (f"Politics\n3 min read\nBy Jane Roe\n{PIER_TITLE}", PIER, ("Politics",), PIER_TITLE, ("Jane Roe",)),
        (f"LOCAL NEWS\n4 min read\nBy Tom Hale\n{LIBRARY_TITLE}", LIBRARY, ("LOCAL NEWS",), LIBRARY_TITLE, ("Tom Hale",)),
        # the reading time over a stamp line
        (f"Business\n5 min read\nMarch 3, 2025\n{LIBRARY_TITLE}", LIBRARY, ("Business",), LIBRARY_TITLE, ()),
    ],
)
def test_a_reading_time_under_the_kicker_opens_the_signature(
    header: str, story: str, section: tuple[str, ...], headline: str, authors: tuple[str, ...]
) -> None:
    article = parsed(header, story)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert (article.byline.authors if article.byline else ()) == authors
    assert [b.text for b in article.boilerplate if b.kind == "other"] == [header.split("\n")[1]]


@pytest.mark.parametrize(
    ("header", "story", "section", "headline"),
    [
        # a reading time under a kicker over the title alone: no signature, as before
        (f"Opinion\n3 min read\n{PIER_TITLE}", PIER, ("Opinion",), PIER_TITLE),
        (f"Weather\n2 min read\n{LIBRARY_TITLE}", LIBRARY, ("Weather",), LIBRARY_TITLE),
    ],
)
def test_a_reading_time_under_the_kicker_alone_stays_boilerplate(
    header: str, story: str, section: tuple[str, ...], headline: str
) -> None:
    article = parsed(header, story)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert article.byline is None


@pytest.mark.parametrize(
    ("header", "story", "authors", "text"),
    [
        (f"Ben Silverman\nGames Editor\n{PIER_TITLE}", PIER, ("Ben Silverman",), "Ben Silverman Games Editor"),
        (f"Maria Okafor\nSenior Reporter\n{LIBRARY_TITLE}", LIBRARY, ("Maria Okafor",), "Maria Okafor Senior Reporter"),
    ],
)
def test_a_name_over_its_role_on_the_first_lines_is_the_byline(
    header: str, story: str, authors: tuple[str, ...], text: str
) -> None:
    article = parsed(header, story)
    assert article.section == ()
    assert article.byline is not None and (article.byline.authors, article.byline.text) == (authors, text)
    assert article.headline is not None and article.headline.text == header.split("\n")[2]


def test_a_section_over_its_subsection_stays_the_section() -> None:
    article = parsed(f"Business\nMarkets\n{LIBRARY_TITLE}", LIBRARY)
    assert article.section == ("Business", "Markets")
    assert article.byline is None


@pytest.mark.parametrize(
    ("header", "story", "authors", "agency", "filed"),
    [
        # a name in capitals over a reading time
        (f"{PIER_TITLE}\nANNE PETERSON\n3 min read", PIER, ("ANNE PETERSON",), None, ["3 min read"]),
        (f"{LIBRARY_TITLE}\nTom Hale\n6 min read", LIBRARY, ("Tom Hale",), None, ["6 min read"]),
        # a name over the agency it writes for
        (f"{PIER_TITLE}\nAnne Peterson\nAssociated Press", PIER, ("Anne Peterson",), "Associated Press", []),
        (f"{LIBRARY_TITLE}\nMark Ellis\nReuters", LIBRARY, ("Mark Ellis",), "Reuters", []),
        # an agency before a reading time
        (f"{PIER_TITLE}\nAFP | 4 min read", PIER, ("AFP",), "AFP", ["4 min read"]),
        (f"{LIBRARY_TITLE}\nReuters · 2 min read", LIBRARY, ("Reuters",), "Reuters", ["2 min read"]),
        # two authors over a stamp that says how long ago
        (f"{PIER_TITLE}\nJane Roe, Tom Hale\n2h ago", PIER, ("Jane Roe", "Tom Hale"), None, ["2h ago"]),
        (f"{LIBRARY_TITLE}\nMaria Okafor and Sam Berg\n45m ago", LIBRARY, ("Maria Okafor", "Sam Berg"), None, ["45m ago"]),
        # an agency alone between the title and the story
        (f"{PIER_TITLE}\nReuters", PIER, ("Reuters",), "Reuters", []),
        (f"{LIBRARY_TITLE}\nAFP", LIBRARY, ("AFP",), "AFP", []),
        (f"{PIER_TITLE}\n\nThe Associated Press", PIER, ("The Associated Press",), "The Associated Press", []),
    ],
)
def test_a_signature_under_the_title_is_the_byline(
    header: str, story: str, authors: tuple[str, ...], agency: str | None, filed: list[str]
) -> None:
    text = f"{header}\n\n{story}"
    article = newsparse.parse_article(text)
    assert article.headline is not None and article.headline.text == header.split("\n")[0]
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (authors, agency)
    assert collapse(text[article.byline.span.start : article.byline.span.end]) == article.byline.text
    assert [b.text for b in article.boilerplate] == filed
    assert first_paragraph(article) == story.split("\n")[0]


@pytest.mark.parametrize(
    ("header", "story", "filed"),
    [
        # a section's one name over a reading time
        (f"{PIER_TITLE}\nOpinion\n3 min read", PIER, ["Opinion", "3 min read"]),
        (f"{PIER_TITLE}\nPolitics | 4 min read", PIER, ["Politics | 4 min read"]),
        # the story's subject over a reading time or an agency
        (f"{GRANTS_TITLE}\nDonald Trump\n3 min read", GRANTS, ["Donald Trump", "3 min read"]),
        (f"{GRANTS_TITLE}\nDonald Trump\nAssociated Press", GRANTS, ["Donald Trump", "Associated Press"]),
        # a place in capitals over a reading time
        (f"{PIER_TITLE}\nNEW YORK CITY\n3 min read", PIER, ["NEW YORK CITY", "3 min read"]),
        # a name over an outlet the vocabulary does not know
        (f"{LIBRARY_TITLE}\nJane Roe\nThe Daily Ledger", LIBRARY, ["Jane Roe", "The Daily Ledger"]),
    ],
)
def test_a_line_of_the_same_shape_is_no_byline(header: str, story: str, filed: list[str]) -> None:
    article = parsed(header, story)
    assert article.headline is not None and article.headline.text == header.split("\n")[0]
    assert article.byline is None
    assert [b.text for b in article.boilerplate] == filed


def test_an_agency_over_a_caption_stays_a_credit() -> None:
    text = f"{PIER_TITLE}\nReuters\nFirefighters at the pier on Tuesday.\n\n{PIER}"
    article = newsparse.parse_article(text)
    assert article.byline is None
    assert [(b.text, b.kind) for b in article.boilerplate] == [("Reuters", "sign-off")]


def test_an_outlet_after_a_comma_stays_out_of_the_authors() -> None:
    article = parsed(f"{PIER_TITLE}\nTanza Loudenback, City Insider\n2h ago", PIER)
    assert article.byline is not None and article.byline.authors == ("Tanza Loudenback",)


@pytest.mark.parametrize(
    ("header", "story", "section", "authors"),
    [
        (f"Opinion\nJane Roe\n{PIER_TITLE}", PIER, ("Opinion",), ("Jane Roe",)),
        (f"ANALYSIS\nTom Hale and Maria Okafor\n{LIBRARY_TITLE}", LIBRARY, ("ANALYSIS",), ("Tom Hale", "Maria Okafor")),
        (f"Opinion\nJane Roe\n{PIER_TITLE}\nMarch 3, 2025", PIER, ("Opinion",), ("Jane Roe",)),
        # blank lines around the name, as a copy leaves them
        (f"Opinion\n\nJane Roe\n{PIER_TITLE}", PIER, ("Opinion",), ("Jane Roe",)),
        (f"Columns\nMaria Okafor\n\n{LIBRARY_TITLE}", LIBRARY, ("Columns",), ("Maria Okafor",)),
    ],
)
def test_a_columnist_under_the_kicker_is_the_byline(
    header: str, story: str, section: tuple[str, ...], authors: tuple[str, ...]
) -> None:
    article = parsed(header, story)
    assert article.section == section
    assert article.byline is not None and article.byline.authors == authors
    assert article.headline is not None and article.headline.text == [ln for ln in header.split("\n") if ln][2]
    assert not [b for b in article.boilerplate if b.text == article.headline.text]


@pytest.mark.parametrize(
    "header",
    [
        f"Politics\nDonald Trump\n{GRANTS_TITLE}",
        f"Politics\n\nDonald Trump\n\n{GRANTS_TITLE}",
        # a sentence under the name: no title
        "Opinion\n\nJane Roe\n\nThe harbour pier will be rebuilt.",
    ],
)
def test_a_name_under_the_kicker_that_is_no_columnist_is_no_byline(header: str) -> None:
    article = parsed(header, GRANTS if "Trump" in header else PIER)
    assert article.byline is None


@pytest.mark.parametrize(
    ("stamp", "published", "updated", "filed"),
    [
        (
            "Published: 12 Nov 202610:45 PM GMTUpdated 12 Nov 202611:05 PM GMT",
            ("2026-11-12T22:45:00+00:00", "12 Nov 202610:45 PM GMT"),
            ("2026-11-12T23:05:00+00:00", "12 Nov 202611:05 PM GMT"),
            [],
        ),
        (
            "Published 3 March 20259:05 AM ESTUpdated 3 March 202511:40 AM EST",
            ("2025-03-03T09:05:00-05:00", "3 March 20259:05 AM EST"),
            ("2025-03-03T11:40:00-05:00", "3 March 202511:40 AM EST"),
            [],
        ),
        # an hour that is no hour: no stamp read, the line kept as an unread stamp
        ("Published: 12 Nov 202699:45 PM GMT", None, None, ["Published: 12 Nov 202699:45 PM GMT"]),
    ],
)
def test_a_stamp_copied_with_its_spaces_lost(
    stamp: str, published: tuple[str, str] | None, updated: tuple[str, str] | None, filed: list[str]
) -> None:
    article = parsed(f"{PIER_TITLE}\n{stamp}", PIER)

    def seen(found: newsparse.Timestamp | None) -> tuple[str, str] | None:
        return None if found is None else (found.datetime.isoformat(), found.text)

    assert seen(article.published) == published
    assert seen(article.updated) == updated
    assert [b.text for b in article.boilerplate] == filed


@pytest.mark.parametrize(
    ("header", "credit", "caption", "byline"),
    [
        (f"{PIER_TITLE}\nBy Tom Hale", "Photo: Jane Roe/AFP", "Firefighters at the pier on Tuesday.", ("Tom Hale",)),
        (f"{PIER_TITLE}", "Photo: Jane Roe/AFP", "Firefighters at the pier on Tuesday.", ()),
        (
            f"{LIBRARY_TITLE}\nBy Maria Okafor",
            "Photograph: Sam Berg/Reuters",
            "Readers at the Eastfield branch library, one of the three to close.",
            ("Maria Okafor",),
        ),
    ],
)
def test_a_credit_printed_above_its_caption(header: str, credit: str, caption: str, byline: tuple[str, ...]) -> None:
    story = PIER if header.startswith(PIER_TITLE) else LIBRARY
    article = newsparse.parse_article(f"{header}\n\n{credit}\n{caption}\n\n{story}")
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit.split(": ", 1)[1])]
    assert [(b.text, b.kind) for b in article.boilerplate] == [(credit, "credit")]
    assert (article.byline.authors if article.byline else ()) == byline
    assert first_paragraph(article) == story.split("\n")[0]


@pytest.mark.parametrize(
    ("header", "credit", "caption", "under"),
    [
        # the credit in a block of its own under the title, the caption apart, the byline under it
        (PIER_TITLE, "Photo: Jane Roe/AFP", "Firefighters at the pier on Tuesday.", "By Tom Hale"),
        # the credit in the title's block, a stamp under the caption
        (f"{LIBRARY_TITLE}\nPhotograph: Sam Berg/Reuters", None, "Readers at the Eastfield branch library.", "March 3, 2025"),
    ],
)
def test_a_caption_apart_under_its_credit_over_the_byline(header: str, credit: str | None, caption: str, under: str) -> None:
    story = PIER if header.startswith(PIER_TITLE) else LIBRARY
    top = header if credit is None else f"{header}\n\n{credit}"
    article = newsparse.parse_article(f"{top}\n\n{caption}\n\n{under}\n\n{story}")
    written = credit or header.split("\n")[1]
    assert [(c.text, c.credit) for c in article.captions] == [(caption, written.split(": ", 1)[1])]
    assert [(b.text, b.kind) for b in article.boilerplate] == [(written, "credit")]
    assert first_paragraph(article) == story.split("\n")[0]


@pytest.mark.parametrize(
    "top",
    [
        # the story right under the line: the line may be the lede, left to the other rules
        f"{PIER_TITLE}\n\nPhoto: Jane Roe/AFP\n\nFirefighters at the pier on Tuesday.",
        # a credit with no label (the line may be a caption of its own)
        f"{PIER_TITLE}\n\nJane Roe/AFP\n\nFirefighters at the pier on Tuesday.\n\nBy Tom Hale",
        # the credit not right under the title
        f"{PIER_TITLE}\n\nThe council says the work will take 18 months.\n\nPhoto: Jane Roe/AFP\n\n"
        "Firefighters at the pier on Tuesday.\n\nBy Tom Hale",
    ],
)
def test_a_line_apart_under_a_credit_stays_out_of_the_caption(top: str) -> None:
    article = newsparse.parse_article(f"{top}\n\n{PIER}")
    assert "Firefighters at the pier on Tuesday." not in [c.text for c in article.captions]
