"""Mutation pass mutT (stop 33, issue 8): the composer of ``article.py`` (``ArticleParser.build``
and the steps ``parse`` runs on a finished read: ``embed_reference``, ``embedded_post_dates``,
``published_from_footer``, ``outlet_before_author``, ``folded_authors``) and the construction of
``boilerplate.py``'s parser (its keys, its joined runs, a language's patterns).  Each case asserts
exactly what the parse gives on a text written for it, beside its near-miss (see docs/testing.md,
"Mutation testing")."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse import BoilerplateParser
from newsparse.dateline import MonthDay

PARSER = newsparse.ArticleParser()


def embedding_page(stamp_line: str, post_date: str, dateline: str = "WASHINGTON", handle_line: str = "") -> str:
    """A web story with a stamp that writes no year and a social post embedded in its body
    (*handle_line*, a paragraph with a handle in it that signs no post, over the post)."""
    return (
        "Senators trade barbs over the spending bill\n\n"
        "By Jane Roe\n"
        f"{stamp_line}\n\n"
        f"{dateline} — Senators traded barbs on the floor on Monday as the deadline for the spending"
        " bill drew near, and neither side gave ground.\n\n"
        '"We will not be rushed into a bad deal," the majority leader said.\n\n'
        + (f"{handle_line}\n\n" if handle_line else "")
        + f"— Tom Poe (@tompoe) {post_date}\n\n"
        "The vote is expected later this week.\n"
    )


# -- ArticleParser.embed_reference: the year of an embedded post dates the page's stamps -------------

# (stamp line, post's date, published, updated): a stamp EMBED_DAYS (2) days after the post is
# within the window (the bound is kept), one a day further is not dated at all
EMBED_CASES: list[tuple[str, str, dt.datetime | None, dt.datetime | None]] = [
    ("Posted Nov 20, 8:19 PM", "November 18, 2019", dt.datetime(2019, 11, 20, 20, 19), None),
    ("Posted Nov 21, 8:19 PM", "November 18, 2019", None, None),
    ("Posted Nov 16, 8:19 AM", "November 18, 2019", dt.datetime(2019, 11, 16, 8, 19), None),
    ("Updated Nov 20, 8:19 PM", "November 18, 2019", None, dt.datetime(2019, 11, 20, 20, 19)),
]


@pytest.mark.parametrize(("stamp_line", "post_date", "published", "updated"), EMBED_CASES)
def test_stamps_dated_by_an_embedded_post(
    stamp_line: str, post_date: str, published: dt.datetime | None, updated: dt.datetime | None
) -> None:
    article = PARSER.parse(embedding_page(stamp_line, post_date))
    assert (article.published and article.published.datetime) == published
    assert (article.updated and article.updated.datetime) == updated
    assert article.dateline is not None and article.dateline.place == "WASHINGTON"


def test_a_handle_that_signs_no_post_is_passed_over() -> None:
    # a line with "(@" that is no post's sign-off, then the post: the post still dates the stamp
    handle = "Jane Roe (@janeroe) covers Congress for the paper."
    article = PARSER.parse(embedding_page("Posted Nov 19, 8:19 PM", "November 18, 2019", handle_line=handle))
    assert article.published is not None and article.published.datetime == dt.datetime(2019, 11, 19, 20, 19)
    # near-miss: without the post, the handle dates nothing
    text = embedding_page("Posted Nov 19, 8:19 PM", "November 18, 2019", handle_line=handle)
    article = PARSER.parse(text.replace("— Tom Poe (@tompoe) November 18, 2019\n\n", ""))
    assert article.published is None


def test_the_posts_date_dates_no_dateline() -> None:
    # the post dates the stamps the text was read again for, and nothing else: with an updated
    # stamp and no published one, the dateline's day written without a year keeps no year (the
    # text was parsed with no reference date)
    article = PARSER.parse(embedding_page("Updated Nov 20, 8:19 PM", "November 18, 2019", "WASHINGTON, Nov. 19"))
    assert article.updated is not None and article.updated.datetime == dt.datetime(2019, 11, 20, 20, 19)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.date) == ("WASHINGTON", MonthDay(11, 19))


# -- boilerplate._joined_run: a run of pattern-first kinds is joined only when its members can be ----


class ReadNextBoilerplate(BoilerplateParser):
    """A site's own ``related`` label: a title between like quotation marks (a back-reference,
    which a group around each member of a joined run would renumber)."""

    PATTERNS = {
        **BoilerplateParser.PATTERNS,
        "related": (*BoilerplateParser.PATTERNS["related"], r"""read\s++next\s*+:\s*+(['"])[^'"]{1,120}\1"""),
    }


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Read next: 'Why the harbour closed'", "related"),
        ('Read next: "Why the harbour closed"', "related"),
        ("Read next: 'Why the harbour closed\"", None),  # (unlike marks: not the site's label)
        ("Share on Facebook", "share"),
        ("Related stories", "related"),
        ("Advertisement", "advertisement"),
    ],
)
def test_a_member_with_a_back_reference_is_tried_alone(line: str, kind: str | None) -> None:
    assert ReadNextBoilerplate().kind(line) == kind


# -- ArticleParser.published_from_footer: the date a footer says the story first ran ---------------


def footed_page(*footer: str) -> str:
    """A story with no stamp in its header and *footer*'s lines under its last paragraph."""
    return (
        "Harbour council approves new ferry terminal\n\nBy Jane Roe\n\n"
        "The harbour council on Tuesday approved a new ferry terminal after two years of debate over its cost.\n\n"
        "The terminal will open in 2027, the council said.\n\n" + "\n\n".join(footer) + "\n"
    )


FIRST_RAN = "This article was first published on March 4, 2025."
# (footer lines, the published stamp's text or None, the boilerplate left as (kind, text))
FOOTER_CASES: list[tuple[tuple[str, ...], str | None, list[tuple[str, str]]]] = [
    ((FIRST_RAN,), "March 4, 2025", []),
    # other boilerplate and a sign-off with no label before it are passed over
    (
        ("Share this article", "(Reporting by Jane Roe; Editing by Tom Poe)", FIRST_RAN),
        "March 4, 2025",
        [("share", "Share this article"), ("sign-off", "(Reporting by Jane Roe; Editing by Tom Poe)")],
    ),
    # a labelled sign-off with no date is passed over for the next one
    (
        ("This story was originally published by the Harbour Times.",
         "This article first appeared on harbourtimes.example on March 4, 2025."),
        "on March 4, 2025",
        [("sign-off", "This story was originally published by the Harbour Times.")],
    ),
    # near-miss: the date on a line that is no sign-off dates nothing
    (
        ("This article was first published on the Harbour Times website.", "It was originally published on March 4, 2025."),
        None,
        [("sign-off", "This article was first published on the Harbour Times website.")],
    ),
]


@pytest.mark.parametrize(("footer", "stamp", "boilerplate"), FOOTER_CASES)
def test_published_from_the_footer(footer: tuple[str, ...], stamp: str | None, boilerplate: list[tuple[str, str]]) -> None:
    text = footed_page(*footer)
    article = PARSER.parse(text)
    if stamp is None:
        assert article.published is None
    else:
        assert article.published is not None
        assert article.published.datetime == dt.datetime(2025, 3, 4)
        assert article.published.kind == newsparse.TimestampKind.PUBLISHED
        assert (article.published.text, article.published.span.slice(text)) == (stamp, stamp)
    assert [(b.kind, b.text) for b in article.boilerplate] == boilerplate


def test_a_footer_date_without_a_year_takes_the_reference_year() -> None:
    # the footer's stamp is read with the reference date the caller gave: a date without a year
    text = footed_page("This article was first published on March 4.")
    article = PARSER.parse(text, reference_date=dt.date(2025, 3, 10))
    assert article.published is not None
    assert (article.published.datetime, article.published.text) == (dt.datetime(2025, 3, 4), "March 4")
    assert article.boilerplate == ()
    # near-miss: with no reference date the day has no year, and the line stays a sign-off
    article = PARSER.parse(text)
    assert article.published is None
    assert [(b.kind, b.text) for b in article.boilerplate] == [("sign-off", "This article was first published on March 4.")]


# -- BoilerplateParser.line_keys and prose_keys: a kind whose patterns a subclass changed is always tried --


class LicenceBoilerplate(BoilerplateParser):
    """A site's licence line as ``copyright``, alone on a line and as a sentence: it holds none of
    the kind's built-in keys (``©``, ``copyright``, ``reserved`` ...), and the subclass gives none."""

    PATTERNS = {
        **BoilerplateParser.PATTERNS,
        "copyright": (*BoilerplateParser.PATTERNS["copyright"], r"licensed\s++under\s++CC\s++BY(?:-[A-Z]{2}){0,3}\s++4\.0\.?"),
    }
    PROSE_PATTERNS = {
        **BoilerplateParser.PROSE_PATTERNS,
        "copyright": (
            *BoilerplateParser.PROSE_PATTERNS["copyright"],
            r"this\s++work\s++is\s++licensed\s++under\s++a\s++creative\s++commons\b[^.!?]{0,120}\.",
        ),
    }


LICENCE = "This work is licensed under a Creative Commons Attribution International License."


@pytest.mark.parametrize(
    ("line", "licence_kind", "plain_kind"),
    [
        ("Licensed under CC BY-SA 4.0", "copyright", None),
        (LICENCE, "copyright", None),
        ("© 2025 Harbour Media. All rights reserved.", "copyright", "copyright"),
        # near-misses: the site's words in a line the patterns do not end with
        ("Licensed under CC BY-SA 4.0 by the city council", None, None),
        ("The photographs in this work are licensed under a Creative Commons licence, the museum said.", None, None),
    ],
)
def test_changed_patterns_are_tried_without_keys(line: str, licence_kind: str | None, plain_kind: str | None) -> None:
    assert LicenceBoilerplate().kind(line) == licence_kind
    assert BoilerplateParser().kind(line) == plain_kind


# -- ArticleParser.build: the dateline's year, and the headline as a print that names people ----------

WIRE = "LONDON, March 3 (Reuters) - The harbour council on Monday rejected the budget for a third time, officials said.\n"


@pytest.mark.parametrize(
    ("stamp_line", "reference", "date"),
    [
        # the dateline's day takes the year of the article's own publication date ...
        ("Published March 4, 2025\n", None, dt.date(2025, 3, 3)),
        # ... before the reference date's (the stamp writes its year)
        ("Published March 4, 2025\n", dt.date(2024, 3, 10), dt.date(2025, 3, 3)),
        # near-misses: no stamp, the reference date's year, and no year at all
        ("", dt.date(2024, 3, 10), dt.date(2024, 3, 3)),
        ("", None, MonthDay(3, 3)),
    ],
)
def test_the_datelines_year(stamp_line: str, reference: dt.date | None, date: object) -> None:
    article = PARSER.parse(f"Harbour council rejects budget\n{stamp_line}\n{WIRE}", reference_date=reference)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency, article.dateline.date) == ("LONDON", "Reuters", date)


@pytest.mark.parametrize(
    ("headline", "caption", "speaker"),
    [
        ("Harbour mayor Jane Roe resigns after budget row", "", "Jane Roe"),
        # ... with a caption: the headline is a print beside the caption's
        ("Harbour mayor Jane Roe resigns after budget row", "The harbour office on Tuesday. Photo: Ana Ortiz/Harbour Times", "Jane Roe"),
        # near-misses: a headline that names no one leaves the surname as the text gives it
        ("Harbour mayor resigns after budget row", "", "Roe"),
        ("Harbour mayor resigns after budget row", "The harbour office on Tuesday. Photo: Ana Ortiz/Harbour Times", "Roe"),
    ],
)
def test_the_headline_names_the_speaker(headline: str, caption: str, speaker: str) -> None:
    text = (
        f"{headline}\n\nBy Tom Poe\n\n" + (f"{caption}\n\n" if caption else "") +
        "The mayor stepped down on Tuesday after the council rejected her budget for a third time.\n\n"
        '"It was time to go," Roe said.\n'
    )
    article = PARSER.parse(text)
    assert [(q.text, q.speaker and q.speaker.name) for q in article.quotes] == [("It was time to go,", speaker)]


class PromoBoilerplate(BoilerplateParser):
    """A kind of the site's own, with no keys (the class docstring's example)."""

    PATTERNS = {**BoilerplateParser.PATTERNS, "promo": (r"Download\ our\ app.{0,200}",)}


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Download our app for the latest harbour news", "promo"),
        ("Share this article", "share"),
        # near-miss: the words inside a sentence of the story
        ("Readers who download our app get the news first, the editor said.", None),
    ],
)
def test_a_new_kind_without_keys(line: str, kind: str | None) -> None:
    assert PromoBoilerplate().kind(line) == kind


# -- BoilerplateParser.joined: a language's patterns come after the built-in ones of their kind -----

# (line, kind with the French vocabulary, with the German one, with the default one)
LANGUAGE_LINES: list[tuple[str, str | None, str | None, str | None]] = [
    ("Share this article", "share", "share", "share"),
    ("Read more: The harbour at night", "related", "related", "related"),
    ("Advertisement", "advertisement", "advertisement", "advertisement"),
    ("Partager", "share", None, None),
    ("Lire aussi : La mairie ferme le port", "related", None, None),
    ("Anzeige", None, "advertisement", None),
    ("Teilen: Facebook WhatsApp", None, "share", None),
    ("Lesen Sie auch: Der Hafen bei Nacht", None, "related", None),
]


@pytest.mark.parametrize(("line", "french", "german", "default"), LANGUAGE_LINES)
def test_language_patterns_join_the_built_in_ones(line: str, french: str | None, german: str | None, default: str | None) -> None:
    from newsparse.quotes.languages import FrenchVocabulary, GermanVocabulary

    assert BoilerplateParser(FrenchVocabulary()).kind(line) == french
    assert BoilerplateParser(GermanVocabulary()).kind(line) == german
    assert BoilerplateParser().kind(line) == default


class LinksAreContent(BoilerplateParser):
    """A site that keeps its related links as content: no built-in ``related`` pattern."""

    PATTERNS = {kind: found for kind, found in BoilerplateParser.PATTERNS.items() if kind != "related"}


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # the language's own related label is a kind of its own again, after the others
        ("Lire aussi : La mairie ferme le port", "related"),
        ("Read more: The harbour at night", None),
        ("Partager", "share"),
    ],
)
def test_a_language_kind_the_class_dropped(line: str, kind: str | None) -> None:
    from newsparse.quotes.languages import FrenchVocabulary

    assert LinksAreContent(FrenchVocabulary()).kind(line) == kind


@pytest.mark.parametrize(
    ("label", "section", "section_span"),
    [
        ("Business\n\n", ("Business",), (0, 8)),
        ("World News\n\n", ("World News",), (0, 10)),
        ("", (), None),  # near-miss: no label, no section
    ],
)
def test_the_section_and_its_span(label: str, section: tuple[str, ...], section_span: tuple[int, int] | None) -> None:
    text = (
        f"{label}Harbour council rejects budget\n\nBy Tom Poe\n\n"
        "The harbour council on Monday rejected the budget for a third time, officials said.\n"
    )
    article = PARSER.parse(text)
    assert article.section == section
    assert (article.section_span and (article.section_span.start, article.section_span.end)) == section_span
    assert article.headline is not None and article.headline.text == "Harbour council rejects budget"


# -- ArticleParser.folded_authors: an author's blanks folded, the byline's text as written ---------


@pytest.mark.parametrize("byline", ["By Jane\u00a0Roe", "By Jane Roe", "By Jane\u2009Roe"])
def test_an_authors_blanks_are_folded(byline: str) -> None:
    text = (
        f"Harbour council rejects budget\n\n{byline}\n\n"
        "The harbour council on Monday rejected the budget for a third time, officials said.\n"
    )
    article = PARSER.parse(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.text) == (("Jane Roe",), byline)


class NoShareKeys(BoilerplateParser):
    """A subclass that drops the keys of a built-in kind: its lines are then always tried."""

    LINE_KEYS = {kind: keys for kind, keys in BoilerplateParser.LINE_KEYS.items() if kind != "share"}


@pytest.mark.parametrize(
    ("line", "kind"),
    [("Share this article", "share"), ("Related stories", "related"), ("The pier reopens in May", None)],
)
def test_a_kind_without_keys_is_always_tried(line: str, kind: str | None) -> None:
    assert NoShareKeys().kind(line) == kind


# -- ArticleParser.outlet_before_author: a one-word caption credit that opens the one author's name ---


@pytest.mark.parametrize(
    ("byline", "credit", "authors", "agency"),
    [
        # the credit tells where the name starts (no known given name does: "Yannig")
        ("By Harbourwatch Yannig Le Goff", "Photo: Harbourwatch", ("Yannig Le Goff",), "Harbourwatch"),
        # ... under the second picture too
        (
            "By Harbourwatch Yannig Le Goff",
            "Photo: Ana Ortiz\n\nThe pier at night. Photo: Harbourwatch",
            ("Yannig Le Goff",),
            "Harbourwatch",
        ),
        # near-misses: another credit, and a credit of two words
        ("By Harbourwatch Yannig Le Goff", "Photo: Ana Ortiz", ("Harbourwatch Yannig Le Goff",), None),
        ("By Harbour Watch Yannig Le Goff", "Photo: Harbour Watch", ("Harbour Watch Yannig Le Goff",), None),
    ],
)
def test_an_outlet_before_the_author_credited_under_a_picture(
    byline: str, credit: str, authors: tuple[str, ...], agency: str | None
) -> None:
    text = (
        f"Harbour council rejects budget\n\n{byline}\n\nThe harbour office on Tuesday. {credit}\n\n"
        "The harbour council on Monday rejected the budget for a third time, officials said.\n"
    )
    article = PARSER.parse(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (authors, agency)
    assert [c.credit for c in article.captions] == [line.split("Photo: ")[1] for line in credit.split("\n\n")]
