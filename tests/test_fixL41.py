"""Page layout leftovers of a user's probes (try43, try44): a breadcrumb of the front page and one
section (``You are here: Home > Sport``) over a shorter headline was taken for the headline; a
section's name over a filled field in blocks of their own (``Opinion`` / ``Byline: ...`` / the
title) was the headline; a headline that ends in ``via`` and a source or a route, or a poll's
makers in brackets (``(Reuters/Ipsos)``), was read as a picture's caption; a caption whose date
ends it glued to an agency's credit (``... on Nov. 3, 2024.AP Photo/...``) and a caption closed by
``via`` a possessive source (``via the region's army``) were missed; a person's name after the stamp
(``date | Thabo Mokoena``) gave no byline.

Every row fails on the base (89bcd677) unless it says it is mutation-killing and names the mutant
it kills."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import Article
from newsparse.caption import CaptionParser

STORY = (
    "\n\nThe county council voted on Tuesday to shut two libraries in the spring, blaming a "
    "shortfall of £3 million in its budget.\n\nCampaigners said they would fight the decision.\n"
)


def parse(text: str) -> Article:
    article = newsparse.parse_article(text)
    for part in (article.headline, article.byline, article.published, article.updated):
        if part is not None:
            assert text[part.span.start : part.span.end] == part.text
    for caption in article.captions:
        assert all(text[span.start : span.end] == caption.text for span in caption.spans)
    return article


def headline_of(article: Article) -> str | None:
    return article.headline.text if article.headline is not None else None


def captions_of(article: Article) -> list[tuple[str, str | None]]:
    return [(caption.text, caption.credit) for caption in article.captions]


# ---- a breadcrumb of the front page and one section over a shorter headline
@pytest.mark.parametrize(
    ("kicker", "section"),
    [
        ("You are here: Home > Sport", ("Sport",)),
        ("You are here: Home > World", ("World",)),
        ("Home > Entertainment", ("Entertainment",)),
        ("Sie sind hier: Startseite > Kultur", ("Kultur",)),
    ],
)
def test_a_breadcrumb_from_the_front_page_is_the_section_over_a_shorter_headline(
    kicker: str, section: tuple[str, ...]
) -> None:
    article = parse(f"{kicker}\n\nLibraries to shut\n\nBy Megan Hale" + STORY)
    assert article.section == section
    assert headline_of(article) == "Libraries to shut"
    assert article.byline is not None and article.byline.authors == ("Megan Hale",)


def test_two_names_joined_by_a_chevron_stay_a_headline() -> None:
    # mutation-killing (passes on base): kills SectionParser.is_breadcrumb taking any two labels
    # as a path; "Apple > Samsung" is no breadcrumb, no home crumb nor lead opens it
    article = parse("Apple > Samsung\n\nPhones\n\nBy Megan Hale" + STORY)
    assert article.section == ()
    assert headline_of(article) == "Apple > Samsung"


# ---- a section's name over a filled field over the title, each in a block of its own
@pytest.mark.parametrize(
    ("kicker", "field", "section", "author"),
    [
        ("Opinion", "Byline: Grace Odum", ("Opinion",), "Grace Odum"),
        ("Analysis", "Author: Pieter de Wit", ("Analysis",), "Pieter de Wit"),
        ("Politics", "Byline: Grace Odum", ("Politics",), "Grace Odum"),
        ("Business", "Author: Grace Odum", ("Business",), "Grace Odum"),
    ],
)
def test_a_section_over_a_field_in_blocks_of_their_own_keeps_the_title_as_headline(
    kicker: str, field: str, section: tuple[str, ...], author: str
) -> None:
    article = parse(f"{kicker}\n\n{field}\n\nWhy closing libraries costs more than it saves" + STORY)
    assert article.section == section
    assert headline_of(article) == "Why closing libraries costs more than it saves"
    assert article.byline is not None and article.byline.authors == (author,)


def test_a_short_headline_over_a_field_in_blocks_of_their_own_stays_the_headline() -> None:
    # mutation-killing (passes on base): kills ArticleParser.names_section always true; "Libraries
    # Shut" names no section, so the field's blocks keep it the headline
    article = parse("Libraries Shut\n\nByline: Grace Odum\n\nWhy closing libraries costs more than it saves" + STORY)
    assert headline_of(article) == "Libraries Shut"


# ---- "via" at the end of the first line over the byline: the headline, no caption
@pytest.mark.parametrize(
    "title",
    [
        "Buses to Kendal to run via Shap",
        "North Korea shows off new drone via KCNA",
        "Ferries to Jersey rerouted via Guernsey",
    ],
)
def test_a_headline_ending_in_via_over_the_byline_is_the_headline(title: str) -> None:
    # (a route through a known place, "via Munich", was a headline on the base already)
    article = parse(f"{title}\n\nBy Megan Hale" + STORY)
    assert headline_of(article) == title
    assert captions_of(article) == []


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Smoke rises over Goma via Congo's army", ("Smoke rises over Goma", "Congo's army")),
        ("Divers search the lake via Kenya's police", ("Divers search the lake", "Kenya's police")),
    ],
)
def test_a_caption_closed_by_via_a_possessive_source_over_the_headline(caption: str, credit: tuple[str, str]) -> None:
    article = parse(f"{caption}\n\nLibraries to shut after budget vote in the county\n\nBy Megan Hale" + STORY)
    assert headline_of(article) == "Libraries to shut after budget vote in the county"
    assert captions_of(article) == [credit]


def test_a_via_caption_under_the_headline_stays_a_caption() -> None:
    # mutation-killing (passes on base): kills ArticleParser.via_headline without its test that no
    # headline was read; under a headline the via line is the picture's caption
    article = parse("Libraries to shut\n\nReaders queue outside the branch on Monday via Reuters\n\nBy Megan Hale" + STORY)
    assert headline_of(article) == "Libraries to shut"
    assert captions_of(article) == [("Readers queue outside the branch on Monday", "Reuters")]


# ---- a poll's makers in brackets are no picture's credit
@pytest.mark.parametrize(
    "line",
    [
        "Greens ahead by four points in latest poll (Reuters/Ipsos)",
        "Most renters back a cap on rises, survey finds (AP/NORC)",
    ],
)
def test_a_polls_makers_in_brackets_are_no_credit(line: str) -> None:
    article = parse(f"{line}\n\nBy Megan Hale" + STORY)
    assert headline_of(article) == line
    assert captions_of(article) == []


def test_a_poll_makers_line_under_the_headline_is_no_caption() -> None:
    article = parse("Renters back cap\n\nMost renters back a cap on rises, a survey found (AP/NORC)\n\nBy Megan Hale" + STORY)
    assert headline_of(article) == "Renters back cap"
    assert captions_of(article) == []


def test_a_photographer_after_the_agency_stays_the_credit_under_a_poll_word() -> None:
    # mutation-killing (passes on base): kills CaptionParser.is_poll_makers without its one-word
    # test; "Reuters/Tom Kemp" names a photographer, so the line is a caption
    article = parse("Renters back cap\n\nVoters head to the polls in Leeds (Reuters/Tom Kemp)\n\nBy Megan Hale" + STORY)
    assert captions_of(article) == [("Voters head to the polls in Leeds", "Reuters/Tom Kemp")]


# ---- a caption whose date ends it, glued to an agency's credit
@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Nurses march in Leeds on Jan. 9, 2025.AP Photo/Kim Lott", "Nurses march in Leeds on Jan. 9, 2025.", "AP Photo/Kim Lott"),
        ("Fans queue outside the ground on Oct. 12.REUTERS/Dan Wells", "Fans queue outside the ground on Oct. 12.", "REUTERS/Dan Wells"),
        ("A tram crosses the bridge on May 4.AFP/Lea Brun", "A tram crosses the bridge on May 4.", "AFP/Lea Brun"),
    ],
)
def test_a_caption_ending_in_a_date_glued_to_an_agency_credit(line: str, caption: str, credit: str) -> None:
    article = parse(f"Libraries to shut\n\n{line}\n\nBy Megan Hale" + STORY)
    assert captions_of(article) == [(caption, credit)]


def test_ends_in_via_reads_no_agency_credit_nor_sentence() -> None:
    parser = CaptionParser()
    assert parser.ends_in_via("Trains to run via Carlisle")
    assert not parser.ends_in_via("Trains ran via Carlisle.")
    assert not parser.ends_in_via("Trains to run via the coast")


# ---- a person's name after the stamp
@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Thursday, 27 June 2024, 6:30 AM | Thabo Mokoena", ("Thabo Mokoena",)),
        ("14 February 2025, 6:05 pm | Sarah Quinn", ("Sarah Quinn",)),
        ("March 4, 2025 · Daniel Ortega-Lee", ("Daniel Ortega-Lee",)),
    ],
)
def test_a_name_after_the_stamp_is_the_byline(line: str, authors: tuple[str, ...]) -> None:
    article = parse(f"Libraries to shut\n{line}" + STORY)
    assert article.byline is not None and article.byline.authors == authors
    assert article.published is not None


@pytest.mark.parametrize("piece", ["Fact Check"])
def test_a_place_or_label_after_the_stamp_is_no_byline(piece: str) -> None:
    # mutation-killing (passes on base): kills ArticleParser.name_after_stamps without its known
    # given name; no known given name opens the piece
    article = parse(f"Libraries to shut\n14 February 2025, 6:05 pm | {piece}" + STORY)
    assert article.byline is None


def test_a_name_after_the_stamp_that_the_story_names_is_no_byline() -> None:
    # mutation-killing (passes on base): kills ArticleParser.name_after_stamps without its
    # named_in_story test; the story's subject tagged beside the stamp is no author
    text = (
        "Libraries to shut\n14 February 2025, 6:05 pm | Sarah Quinn\n\nSarah Quinn has run the mobile library "
        "for twenty years. Sarah Quinn says the van will go too.\n"
    )
    assert parse(text).byline is None


# ---- a sentence that names the first run under the latest stamp, with its closing full stop
@pytest.mark.parametrize(
    "sentence",
    [
        "This story first appeared on 5 March 2025 at 09:01.",
        "This article was first published on 5 March 2025 at 09:01.",
        "This piece originally published on 5 March 2025 at 09:01.",
    ],
)
def test_a_first_run_sentence_with_its_full_stop_gives_the_publication(sentence: str) -> None:
    article = parse(f"Libraries to shut\n\n5 March 2025 16:42\n\n{sentence}" + STORY)
    assert article.published is not None and article.published.datetime.isoformat() == "2025-03-05T09:01:00"
    assert article.updated is not None and article.updated.datetime.isoformat() == "2025-03-05T16:42:00"


def test_a_later_first_run_with_its_full_stop_stays_no_publication() -> None:
    # mutation-killing (passes on base): kills ArticleParser.as_of_above taking any first run's
    # sentence without its date order test; a first run after the stamp above is no publication
    article = parse("Libraries to shut\n\n5 March 2025 16:42\n\nThis story first appeared on 6 March 2025 at 09:01." + STORY)
    assert article.published is not None and article.published.datetime.isoformat() == "2025-03-05T16:42:00"
    assert article.updated is None


class CapitalLabels(newsparse.ArticleParser):
    FOOTER_STAMP_LABELS = ("First appeared on", "First published on")


def test_footer_stamp_labels_are_compared_in_any_case() -> None:
    text = "Libraries to shut" + STORY + "\nThis story first published on 4 March 2025.\n"
    article = CapitalLabels().parse(text)
    assert article.published is not None and article.published.datetime.date().isoformat() == "2025-03-04"
    header = CapitalLabels().parse("Libraries to shut\n\n5 March 2025 16:42\n\nThis story first appeared on 5 March 2025 at 09:01" + STORY)
    assert header.published is not None and header.published.datetime.isoformat() == "2025-03-05T09:01:00"


# ---- an outlet's piece between the name and the stamps is the byline's agency
@pytest.mark.parametrize(
    ("line", "agency", "text"),
    [
        ("Jenna Dumont · CBC News · Posted: Nov 21, 2024 5:00 AM CST", "CBC News", "Jenna Dumont · CBC News"),
        ("Priya Raman | ABC Radio | 4 March 2025, 9:10 am", "ABC Radio", "Priya Raman | ABC Radio"),
    ],
)
def test_an_outlet_piece_between_the_name_and_the_stamp_is_the_agency(line: str, agency: str, text: str) -> None:
    article = parse(f"Libraries to shut\n{line}" + STORY)
    assert article.byline is not None
    assert (article.byline.agency, article.byline.text) == (agency, text)
    assert article.published is not None


@pytest.mark.parametrize("piece", ["Local News", "UK News"])
def test_a_section_piece_between_the_name_and_the_stamp_is_no_agency(piece: str) -> None:
    # mutation-killing (passes on base): kills ArticleParser.is_outlet_piece taking any outlet word
    article = parse(f"Libraries to shut\nJenna Dumont · {piece} · Posted: Nov 21, 2024 5:00 AM CST" + STORY)
    assert article.byline is not None and article.byline.agency is None


# ---- a blog's meta line: a clock, a category and the author
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("On 2:47 pmIn News by Chidi Okafor", "Chidi Okafor"),
        ("On 10:05 amIn Politics by Grace Odum", "Grace Odum"),
    ],
)
def test_a_clock_and_a_category_before_by_give_the_byline(line: str, author: str) -> None:
    article = parse(f"Libraries to shut\n{line}\nComments" + STORY)
    assert article.byline is not None and article.byline.authors == (author,)
    assert article.published is None
    head = line[: line.index(" by ")]
    assert (("other", head)) in [(b.kind, b.text) for b in article.boilerplate]


def test_a_sentence_with_a_clock_and_by_is_no_byline() -> None:
    # mutation-killing (passes on base): kills BylineParser.is_clock_head without its word count and
    # lower-case word tests; a clause with a clock time is no meta line
    article = parse("Libraries to shut\nAt 21:30 on Friday the branch was closed by Tom Kemp\n" + STORY)
    assert article.byline is None


# ---- a famous name beside the stamp: the author unless the story names it (a tag of its subject)
@pytest.mark.parametrize(
    ("name", "story"),
    [
        ("Donald Trump", "The White House said on Friday that tariffs would rise. Donald Trump told reporters the move was fair.\n"),
        ("Keir Starmer", "Ministers met on Monday. Keir Starmer said the plan would be published in June.\n"),
    ],
)
def test_a_name_beside_the_stamp_that_the_story_names_is_no_byline(name: str, story: str) -> None:
    article = parse(f"Tariffs rise again\n{name} | 14 February 2025, 6:05 pm\n\n{story}")
    assert article.byline is None
    assert article.published is not None


def test_a_name_beside_the_stamp_that_the_story_does_not_name_stays_the_byline() -> None:
    # mutation-killing (passes on base): kills ArticleParser.unless_subject dropping every bare name
    article = parse("Tariffs rise again\nDonald Kemp | 14 February 2025, 6:05 pm" + STORY)
    assert article.byline is not None and article.byline.authors == ("Donald Kemp",)
