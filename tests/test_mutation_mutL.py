"""The layout code mutG's pass left not examined and stop 18's layout changes (``7ab7413..``), run by
``mutL`` (docs/testing.md, "Mutation testing"): the survivors' killing cases.  Each table sets the bad
shape beside the good one and asserts the exact value that comes out."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsparse import ArticleParser, BoilerplateParser, BylineParser, CaptionParser, parse_article
from newsparse.lines import split_lines
from newsparse.quotes.languages import FrenchVocabulary

FERRY_HEAD = "Ferries resume after storm"
FERRY = "The ferry line between the islands reopened on Tuesday after a storm closed it for a week, officials said."
SIGN_OFF = "Reporting by Jane Roe; Editing by Tom Poe"
MORE = "The company said more boats would run from next month."

# -- ArticleParser.story_after_sign_off: the story's last line right under its sign-off -----------

LAST_LINES = [
    # (the lines after the headline, the paragraphs' texts, the boilerplate's kinds and texts)
    # a short line of the story right under the sign-off stays the story's
    (
        [FERRY, SIGN_OFF, "Ferries resume on Friday"],
        [FERRY, "Ferries resume on Friday"],
        [("sign-off", SIGN_OFF)],
    ),
    # three words, the second in lower case: as many as SIGN_OFF_STORY_WORDS asks
    ([FERRY, SIGN_OFF, "Ferries resume today"], [FERRY, "Ferries resume today"], [("sign-off", SIGN_OFF)]),
    # only the second word in lower case
    ([FERRY, SIGN_OFF, "Ferries resume Friday"], [FERRY, "Ferries resume Friday"], [("sign-off", SIGN_OFF)]),
    # the only word in lower case has a capital second letter: it still counts
    ([FERRY, SIGN_OFF, "Apple Unveils iPhone Sales"], [FERRY, "Apple Unveils iPhone Sales"], [("sign-off", SIGN_OFF)]),
    # a link's title in capitals, its first word's first letter in lower case: navigation
    ([FERRY, SIGN_OFF, "eBay Shares Climb Again"], [FERRY], [("sign-off", SIGN_OFF), ("other", "eBay Shares Climb Again")]),
    # a paragraph between the sign-off and the last line: that line is page navigation
    (
        [FERRY, SIGN_OFF, MORE, "Timetables and fares for the winter"],
        [FERRY, MORE],
        [("sign-off", SIGN_OFF), ("other", "Timetables and fares for the winter")],
    ),
]


@pytest.mark.parametrize(("lines", "paragraphs", "boilerplate"), LAST_LINES)
def test_story_line_under_its_sign_off(lines: list[str], paragraphs: list[str], boilerplate: list[tuple[str, str]]) -> None:
    article = parse_article("\n\n".join([FERRY_HEAD, *lines]) + "\n")
    assert [p.text for p in article.paragraphs] == paragraphs
    assert [(b.kind, b.text) for b in article.boilerplate] == boilerplate


# -- ArticleParser.file_line_rest: what a byline's line holds after its stamp, filed by its kind ---

LINE_RESTS = [
    # (a byline line with a stamp and a rest, the boilerplate's kinds and texts)
    ("By Mara Quint · 4 Mar 2025 · 0 Comments", [("share", "0 Comments")]),
    ("By Mara Quint | 4 Mar 2025 | Share this article", [("share", "Share this article")]),
    ("By Mara Quint | 4 Mar 2025 | Subscribe to our newsletter", [("subscribe", "Subscribe to our newsletter")]),
    # a rest no pattern knows: other
    ("By Mara Quint | 4 Mar 2025 | Harbour desk", [("other", "Harbour desk")]),
    # nothing after the stamp: no piece
    ("By Mara Quint | 4 Mar 2025", []),
]


@pytest.mark.parametrize(("line", "boilerplate"), LINE_RESTS)
def test_byline_line_rest_filed_by_its_kind(line: str, boilerplate: list[tuple[str, str]]) -> None:
    article = parse_article(f"{FERRY_HEAD}\n\n{line}\n\n{FERRY}\n")
    assert article.byline is not None
    assert article.byline.authors == ("Mara Quint",)
    assert article.published is not None
    assert article.published.text == "4 Mar 2025"
    assert [(b.kind, b.text) for b in article.boilerplate] == boilerplate
    assert [p.text for p in article.paragraphs] == [FERRY]


# -- ArticleParser.__init__: the parts it builds take the vocabulary it was given -----------------

FERRY_FR = (
    "Les ferries reprennent après la tempête\n\n"
    "La liaison entre les deux îles a repris mardi après une semaine de fermeture, a indiqué la compagnie.\n\n"
    "Lire aussi\n\n"
    "La compagnie ajoutera des bateaux le mois prochain, selon son directeur.\n"
)
VOCABULARY_PARTS = [
    # (the parser, the boilerplate's kinds and texts, how many paragraphs)
    # the French vocabulary reaches the boilerplate parser: a related label of its own
    (lambda: ArticleParser(vocabulary=FrenchVocabulary()), [("related", "Lire aussi")], 2),
    (lambda: ArticleParser(language="fr"), [("related", "Lire aussi")], 2),
    # the English default knows no such label: a paragraph
    (ArticleParser, [], 3),
]


@pytest.mark.parametrize(("make", "boilerplate", "paragraphs"), VOCABULARY_PARTS)
def test_parser_parts_take_its_vocabulary(
    make: Callable[[], ArticleParser], boilerplate: list[tuple[str, str]], paragraphs: int
) -> None:
    article = make().parse(FERRY_FR)
    assert [(b.kind, b.text) for b in article.boilerplate] == boilerplate
    assert len(article.paragraphs) == paragraphs


# -- the constructors' argument checks name the class and the argument -----------------------------

BAD_ARGUMENTS = [
    # (the class, its arguments, the message's start); a good argument beside each is built without error
    (
        BoilerplateParser,
        {"vocabulary": "en"},
        "BoilerplateParser(vocabulary=...) expects a Vocabulary instance or None, not str 'en'",
    ),
    (ArticleParser, {"language": 1}, "ArticleParser(language=...) expects a str instance or None, not int 1"),
]


@pytest.mark.parametrize(("cls", "kwargs", "message"), BAD_ARGUMENTS)
def test_bad_argument_named_in_the_message(cls: type, kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(TypeError) as raised:
        cls(**kwargs)
    assert str(raised.value).startswith(message)
    assert cls(**{name: None for name in kwargs}) is not None


# -- BoilerplateParser.__init__: the quotation marks of a quoted sentence, and no other letter -----

QUOTED_AFTER_LABEL = [
    # (a line, its boilerplate kind): a related-story label before a story's quoted sentence is no link
    ('Read more: "We will buy the new model X," said the minister.', None),
    ('Read more: "The X-ray plan is fair," said the minister.', None),
    ('Read more: "The plan is fair," said the minister.', None),
    # no quotation: a link
    ("Read more: The new model X and the X-ray plan", "related"),
]


@pytest.mark.parametrize(("line", "kind"), QUOTED_AFTER_LABEL)
def test_quoted_sentence_after_a_label(line: str, kind: str | None) -> None:
    assert BoilerplateParser().kind(line) == kind


class _NoQuotationMarks(BoilerplateParser):
    """A parser for a script written without quotation marks: no quoted sentence to read."""

    QUOTE_PAIRS = ()


def test_parser_without_quotation_marks_reads_every_label_as_a_link() -> None:
    parser = _NoQuotationMarks()
    assert parser.kind('Read more: "The plan is fair," said the minister.') == "related"
    assert parser.kind("Read more: The new model X and the X-ray plan") == "related"
    # (wiki brackets copied with the link: no quotation either)
    assert parser.kind("Read more: [[Kyiv]] talks resume.") == "related"


# -- BylineParser.__init__: a header-only prefix in any case -----------------------------------------

HEADER_ONLY = [
    # (a byline line, its authors, whether it is a byline of the header only)
    ("Interviewed by Jane Roe", ("Jane Roe",), True),
    ("INTERVIEWED BY Jane Roe", ("Jane Roe",), True),
    ("interview by Jane Roe", ("Jane Roe",), True),
    ("By Jane Roe", ("Jane Roe",), False),
]


@pytest.mark.parametrize(("line", "authors", "header_only"), HEADER_ONLY)
def test_header_only_prefix_in_any_case(line: str, authors: tuple[str, ...], header_only: bool) -> None:
    parser = BylineParser()
    byline = parser.parse(split_lines(line), 0)
    assert byline is not None
    assert byline.authors == authors
    assert parser.header_only(byline) is header_only


# -- CaptionParser.__init__: a credit label alone names nobody, in any case ---------------------------

LABELS_ALONE = [
    # (the credit read after a "Photo:" label, the credit kept)
    ("Credit:", None),
    ("CREDIT:", None),
    ("credit:", None),
    ("PHOTOGRAPH BY", None),
    ("Jo Roe/Reuters", "Jo Roe/Reuters"),
]


@pytest.mark.parametrize(("credit", "kept"), LABELS_ALONE)
def test_credit_label_alone_in_any_case(credit: str, kept: str | None) -> None:
    assert CaptionParser().clean_credit(credit, "Photo") == kept
