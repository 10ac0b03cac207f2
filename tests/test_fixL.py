"""A paragraph never runs over a block printed again (boilerplate ``repeat``): the lines under the
second copy of a text printed twice are read apart from the first copy, or, when the first of them
carries on the copy's last sentence, the copy is no repeat and the text is read as it stands."""

from __future__ import annotations

import itertools

import pytest

from newsparse import Article, ArticleParser
from newsparse.lines import split_lines
from test_properties import block_parts, quote_places

PARSERS = {language: ArticleParser(language=language) for language in ("en", "en-GB", "fr", "de", "es")}

#: A short story whose wrapped lines run on (no full stop at the copy's end).
RUNNING = "Rain ends drought\nIt rained in Paris today and\nofficials said it was welcome\n"
#: The same, the copy ending on a full stop.
STOPPED = "Rain ends drought\nIt rained in Paris today and\nofficials said it was welcome.\n"
#: Wire copy whose paragraphs start indented: a flush line under an indented one carries it on.
INDENTED = (
    "Rain ends drought\n"
    "  It rained in Paris today for the first time in weeks, officials said.\n"
    "Farmers in the north welcomed it after a dry summer.\n"
    "  The city said its reservoirs were still low.\n"
)
#: Letters only, wrapped: the trial's second shape.
LETTERS = "a a a a a a a\nb b b b b b\nb b b b b b\n"


def readings(article: Article) -> tuple[list[str], list[str]]:
    """The paragraphs' texts and the repeat parts' raw texts."""
    repeats = [part.text for part in article.boilerplate if part.kind == "repeat"]
    return [paragraph.text for paragraph in article.paragraphs], repeats


def check_parts(article: Article) -> None:
    """Every span slices to its text, no two block parts overlap, every quote in its own paragraph
    and out of the boilerplate."""
    assert article.span_mismatches() == []
    for (first, a), (second, b) in itertools.combinations(block_parts(article), 2):
        assert not a.overlaps(b), f"{first} {a} overlaps {second} {b}"
    assert quote_places(article) == []


# the bad shape (a footer line that carries on the copy: no repeat, read as it stands) beside the
# good one (a footer line of its own: the repeat read, the footer its own paragraph)
CASES = [
    # the trial's inputs: the line under the copy carries on its last sentence
    (
        RUNNING + RUNNING + "to farmers.",
        ["It rained in Paris today and officials said it was welcome to farmers."],
        [],
    ),
    (LETTERS + LETTERS + "x", ["b b b b b b a a a a a a a b b b b b b b b b b b b x"], []),
    # a footer of two lines, the first carrying on the copy
    (
        RUNNING + RUNNING + "to farmers.\nMore to come.",
        ["It rained in Paris today and officials said it was welcome to farmers.", "More to come."],
        [],
    ),
    # full stops: a footer of its own under a copy read as a repeat
    (
        STOPPED + STOPPED + "More to come.",
        ["It rained in Paris today and officials said it was welcome.", "More to come."],
        [STOPPED[:-1]],
    ),
    # indented wire copy: the flush footer would carry on the copy's last paragraph; it stands apart
    (
        INDENTED + INDENTED + "Rivers rose too.",
        [
            "It rained in Paris today for the first time in weeks, officials said. "
            "Farmers in the north welcomed it after a dry summer.",
            "The city said its reservoirs were still low.",
            "Rivers rose too.",
        ],
        [INDENTED[:-1]],
    ),
]


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
@pytest.mark.parametrize(("text", "paragraphs", "repeats"), CASES)
def test_no_paragraph_runs_over_a_repeat(text: str, paragraphs: list[str], repeats: list[str], line_end: str) -> None:
    text = text.replace("\n", line_end)
    article = PARSERS["en"].parse(text)
    check_parts(article)
    assert readings(article) == (paragraphs, [repeat.replace("\n", line_end) for repeat in repeats])


def test_the_indented_footer_is_read_after_the_repeat() -> None:
    text = INDENTED + INDENTED + "Rivers rose too."
    article = PARSERS["en"].parse(text)
    (repeat,) = [part for part in article.boilerplate if part.kind == "repeat"]
    footer = article.paragraphs[-1]
    assert repeat.span.to_list() == [len(INDENTED), 2 * len(INDENTED) - 1]
    assert footer.span.to_list() == [2 * len(INDENTED), len(text)]
    assert [quote.paragraph for quote in article.quotes] == [0, 1]


@pytest.mark.parametrize("language", sorted(PARSERS))
@pytest.mark.parametrize(
    "text",
    [
        RUNNING + RUNNING + "to farmers.",
        RUNNING + RUNNING + "\nto farmers.",  # a blank line before the footer
        RUNNING + RUNNING + "to farmers\nand growers.",
        LETTERS + LETTERS + "x",
        STOPPED + STOPPED + "More to come.",
        INDENTED + INDENTED + "Rivers rose too.",
        INDENTED + INDENTED + "Rivers rose too.\nMore soon.",
        "La pluie revient\nIl a plu à Paris ce matin et\nles agriculteurs ont dit que\n" * 2 + "c'était bien.",
        "Regen beendet Dürre\nEs regnete heute in Berlin und\ndie Bauern sagten, es sei gut\n" * 2 + "für die Felder.",
    ],
)
def test_every_pack_keeps_parts_apart(language: str, text: str) -> None:
    for line_end in ("\n", "\r\n"):
        check_parts(PARSERS[language].parse(text.replace("\n", line_end)))


@pytest.mark.parametrize(
    ("footer", "runs_on"),
    [
        ("to farmers.", True),  # lower case under a line left open
        ("\nto farmers.", False),  # a blank line between
        ("More to come.", False),  # a capital under a short line: a line of its own
    ],
)
def test_runs_on_reads_the_line_above(footer: str, runs_on: bool) -> None:
    text = RUNNING + footer
    lines = split_lines(text)
    assert PARSERS["en"].runs_on(lines, len(lines) - 1) is runs_on
