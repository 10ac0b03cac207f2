"""Layout shapes a new user's trial found on the parser (mendL64): a zone that names two regions
over a dateline that names its place by its state, bylines written in capitals, with ``From`` and a
place, two names apart by a comma, a labelled byline under a field line at the top; debris at a
story's foot (a feedback form, a blog's like button, a messenger's share button, an editing note in
brackets, a partner's reading list); a live blog's clock under its ``6h ago`` entry head; an
outlet's word before a credit label.  Invented stories in real layouts; each row is the text and
exactly what must come out, the rows that must not fire beside the ones that must."""

from __future__ import annotations

import pytest

from articles import parse_held
from parts import blocks, texts

HEADLINE = "Crews battle blaze at empty grain depot"
LONG_LEAD = (
    "Firefighters from four departments spent most of Monday afternoon fighting a blaze at an empty grain "
    "depot on the edge of town."
)
SECOND = "The cause of the fire is under investigation, the county sheriff said."

# -- 1. a zone of two regions over a dateline with its state: the page's region ----------------------


@pytest.mark.parametrize(
    ("dateline", "lead", "published"),
    [
        # the place by its state, as a site writes its own country's places: US Central time
        ("MAPLETON, Iowa —", LONG_LEAD, "2026-02-09T18:42:00-06:00"),
        ("MAPLETON, Iowa —", "Firefighters fought a fire.", "2026-02-09T18:42:00-06:00"),  # (no dateline read)
        ("SPRINGDALE, Arkansas —", LONG_LEAD, "2026-02-09T18:42:00-06:00"),
        # a foreign place by its country, or alone: the story's region, not the site's; no offset
        ("WUHAN, China —", LONG_LEAD, "2026-02-09T18:42:00"),
        ("BEIJING —", LONG_LEAD, "2026-02-09T18:42:00"),
        # a state no region of the zone holds: no offset
        ("KINGSTON, Ontario —", LONG_LEAD, "2026-02-09T18:42:00"),
    ],
)
def test_a_dateline_by_its_state_places_the_site(dateline: str, lead: str, published: str) -> None:
    article = parse_held(blocks(HEADLINE, "Published: 6:42 PM CST February 9, 2026", f"{dateline} {lead}", SECOND))
    assert article.published is not None
    assert article.published.datetime.isoformat() == published


# -- 2. bylines -------------------------------------------------------------------------------------------

STORY = (
    "The council voted on Tuesday to close the old library on Elm Street after a long debate about costs.",
    "The building will be sold next year, officials said.",
)


@pytest.mark.parametrize(
    ("header", "authors", "agency", "text"),
    [
        # a name of three words in capitals is one author: capitals mark no outlet in it
        ("by ZULAIKHA MARIA OSMAN", ("ZULAIKHA MARIA OSMAN",), None, "by ZULAIKHA MARIA OSMAN"),
        ("By AMIRA SOFEA KAMAL", ("AMIRA SOFEA KAMAL",), None, "By AMIRA SOFEA KAMAL"),
        # a known outlet before the name stays the agency, in capitals or not
        ("By AFP JOHN SMITH", ("JOHN SMITH",), "AFP", "By AFP JOHN SMITH"),
        ("By BBC News Jane Roe", ("Jane Roe",), "BBC News", "By BBC News Jane Roe"),
        # "From NAME in PLACE" over a stamp: the name without "From"
        (
            "From JUMA KASSIMU in Mwanza\nPublished: 18 Nov, 2026 09:15 AM",
            ("JUMA KASSIMU",),
            None,
            "From JUMA KASSIMU in Mwanza",
        ),
        ("Emma Kemp in Perth\nPublished: 18 Nov, 2026 09:15 AM", ("Emma Kemp",), None, "Emma Kemp in Perth"),
        # two names apart by a comma over a date: both authors; an outlet after the comma is none
        ("Quinn Harlow, Simon Vale\nFeb 17, 2026", ("Quinn Harlow", "Simon Vale"), None, "Quinn Harlow, Simon Vale"),
        ("Ruth Calder, Simon Vale\nFeb 17, 2026", ("Ruth Calder", "Simon Vale"), None, "Ruth Calder, Simon Vale"),
        ("Quinn Harlow, Business Insider\nFeb 17, 2026", ("Quinn Harlow",), None, "Quinn Harlow, Business Insider"),
        ("Ruth Calder, Daily Ledger\nFeb 17, 2026", ("Ruth Calder",), None, "Ruth Calder, Daily Ledger"),
    ],
)
def test_bylines_of_the_trial(header: str, authors: tuple[str, ...], agency: str | None, text: str) -> None:
    article = parse_held(blocks("Council votes to close old library", header, *STORY))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, text)
    assert texts(article) == list(STORY)


def test_a_labelled_byline_under_a_field_line_is_the_pages() -> None:
    header = "PUBLISHED : 22 Feb 2026 at 14:30\nPAPER SECTION: News\nWRITER: Pim Sangwan"
    article = parse_held(blocks("Haze closes schools in the north", header, *STORY))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.text) == (("Pim Sangwan",), "WRITER: Pim Sangwan")
    assert [(b.kind, b.text) for b in article.boilerplate if b.kind == "sign-off"] == []


def test_a_labelled_byline_after_the_story_is_no_header_byline() -> None:
    # (a story's sentence over it: the story has opened, the label is no header's)
    article = parse_held(blocks("Haze closes schools in the north", *STORY, "WRITER: Pim Sangwan"))
    assert article.byline is None
    assert [(b.kind, b.text) for b in article.boilerplate] == [("sign-off", "WRITER: Pim Sangwan")]
    assert texts(article) == list(STORY)


# -- 3. debris at the story's foot -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("foot", "filed"),
    [
        # a feedback form: its prompt and its answer
        (
            "Found a mistake in this article? Report it here.\nThank you for your report!",
            [("other", "Found a mistake in this article? Report it here."), ("share", "Thank you for your report!")],
        ),
        # a blog's like button and its loading notice
        ("Like this:\nLike Loading...", [("share", "Like this:"), ("share", "Like Loading...")]),
        # a row of share buttons, the messenger's name in capitals among them
        ("Share:\nFacebook\nLINE\nX", [("share", "Share:"), ("share", "Facebook"), ("share", "LINE"), ("share", "X")]),
        # an editing note in brackets
        ("[Edited by Ana Ruiz/Tom Berg]", [("sign-off", "[Edited by Ana Ruiz/Tom Berg]")]),
        ("(Edited by Ana Ruiz)", [("sign-off", "(Edited by Ana Ruiz)")]),
        # a partner's reading list and its link
        (
            "Read more with Harbour Weekly\nFishing quotas cut again for spring season",
            [
                ("related", "Read more with Harbour Weekly"),
                ("related", "Fishing quotas cut again for spring season"),
            ],
        ),
    ],
)
def test_debris_at_the_foot_is_boilerplate(foot: str, filed: list[tuple[str, str]]) -> None:
    article = parse_held(blocks("Council votes to close old library", *STORY, foot))
    assert texts(article) == list(STORY)
    assert [(b.kind, b.text) for b in article.boilerplate] == filed


@pytest.mark.parametrize(
    "line",
    [
        # the story's own lines of the same words stay
        "Found a mistake on your payslip? Report it to your employer.",
        "Thank you for your report, the judge told the inspector.",
        "Edited by Jane Roe, the collection sold out within a week.",
        "Read more with your child every night, the teachers advise.",
        "Line managers were told to approve the requests.",
        "Like this year, the festival will run for three days.",
    ],
)
def test_story_lines_of_the_same_words_stay(line: str) -> None:
    article = parse_held(blocks("Council votes to close old library", STORY[0], line, STORY[1]))
    assert texts(article) == [STORY[0], line, STORY[1]]


# -- 4. a live blog's stamp under its entry head; an outlet's word before a credit label ------------------

LIVE = blocks(
    "Chancellor defends fuel levy as revolt grows",
    "Tue 3 Mar 2026 18.05 GMT",
    "2h ago\n16.10 GMT",
    "The chancellor has told the Commons he will not back down on the levy.",
    "Share",
    "5h ago\n13.05 GMT",
    "Backbenchers have written to the chief whip asking for a vote on the plan.",
)


def test_a_clock_under_an_entry_head_is_its_stamp() -> None:
    article = parse_held(LIVE)
    assert texts(article) == [
        "The chancellor has told the Commons he will not back down on the levy.",
        "Backbenchers have written to the chief whip asking for a vote on the plan.",
    ]
    assert [(b.kind, b.text) for b in article.boilerplate][-3:] == [
        ("share", "Share"),
        ("timestamp", "5h ago"),
        ("timestamp", "13.05 GMT"),
    ]


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # an outlet's one word before the label is the label's
        (
            "A woman dries rice outside a shelter in Bhaktapur on Sunday. Post Photo: Ram Karki",
            "A woman dries rice outside a shelter in Bhaktapur on Sunday.",
            "Ram Karki",
        ),
        ("Crews clear debris on Dec 5. ST PHOTO: JO ROE", "Crews clear debris on Dec 5.", "JO ROE"),
        # no word before the label: the caption whole
        ("Crews clear debris from the road on Monday. Photo: Jo Roe", "Crews clear debris from the road on Monday.", "Jo Roe"),
    ],
)
def test_an_outlet_word_before_a_credit_label(line: str, caption: str, credit: str) -> None:
    article = parse_held(blocks("Council votes to close old library", "Published: March 4, 2026", line, *STORY))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert texts(article) == list(STORY)
