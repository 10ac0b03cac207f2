"""British single quotation marks read in general form: a closing mark after a word in s with
no mark after it closes the quotation (``'Ridiculous' was how ...``), a dropped g (``goin'``)
and a plural's possessive right before the closing mark (``the members','``) are apostrophes; a
mixed article (double marks in one paragraph, single in more) is read with single marks, a
title in double marks closed inside a comma quoting no speech; and a title in title case after a
naming word is a name no one says."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import ArticleParser, QuoteParser

Quotes = list[tuple[str, str, str | None]]


def _quotes(parser: ArticleParser, text: str) -> Quotes:
    article = parser.parse(text)
    for quote in article.quotes:
        assert quote.span.slice(text) == quote.text
    return [(q.text, q.kind.value, q.speaker.name if q.speaker else None) for q in article.quotes]


def _paragraphs(texts: list[str]) -> list[newsparse.Paragraph]:
    """The paragraphs of *texts* joined by blank lines."""
    found, start = [], 0
    for text in texts:
        found.append(newsparse.Paragraph(text, newsparse.Span(start, start + len(text))))
        start += len(text) + 2
    return found


BINS = """Bin collections cut to once a month

Residents in Stockport will have their bins emptied once a month from April, the council confirmed.

'Ridiculous' was how one Labour MP described the plan on Tuesday.

The council leader, Mark Hunter, said: 'We have listened to residents and this is the fairest option.'
"""

FLOODED = """Flooded out twice in one winter

'I'm goin' home now, there's nothin' left for me here,' said Bridget Walsh, 84, whose cottage near Ballina flooded in January.

She has lived in the village since 1962.
"""

TRUST = """Supporters' trust demands say in club sale

'It is our club, not the owners',' said Gary Lomas, who chairs the trust.

He added: 'Any buyer has to talk to us first. The decision should be the members'.'
"""

SHANNON = """Farmers count cost of Shannon floods

"We have lost everything," said Mary Byrne, who farms near Athlone.

Her neighbour, Pat Walsh, said: 'The water came up in an hour and nobody warned us.'

'The river has never been this high,' said Tom Byrne.

The council said it would review its warning system.
"""

STAGE = """Sitcom star joins West End cast

The actor, who starred in the ITV series "Brassic," which ended last year, said: 'I loved every minute of it.'

He added: 'The stage is where I started.'
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            BINS,
            [
                ("Residents in Stockport will have their bins emptied once a month from April", "indirect", "the council"),
                ("We have listened to residents and this is the fairest option.", "direct", "Mark Hunter"),
            ],
        ),
        (FLOODED, [("I'm goin' home now, there's nothin' left for me here,", "direct", "Bridget Walsh")]),
        (
            TRUST,
            [
                ("It is our club, not the owners',", "direct", "Gary Lomas"),
                ("Any buyer has to talk to us first. The decision should be the members'.", "direct", "Gary Lomas"),
            ],
        ),
        (
            SHANNON,
            [
                ("We have lost everything,", "direct", "Mary Byrne"),
                ("The water came up in an hour and nobody warned us.", "direct", "Pat Walsh"),
                ("The river has never been this high,", "direct", "Tom Byrne"),
                ("it would review its warning system", "indirect", "The council"),
            ],
        ),
        (
            STAGE,
            [
                ("I loved every minute of it.", "direct", "The actor"),
                ("The stage is where I started.", "direct", "The actor"),
            ],
        ),
    ],
    ids=["closes-after-s", "dropped-g", "possessive-before-close", "mixed-marks", "title-in-comma"],
)
def test_a_british_article_in_single_marks(text: str, expected: Quotes) -> None:
    assert _quotes(ArticleParser(), text) == expected


@pytest.mark.parametrize("text", [BINS, FLOODED, TRUST])
def test_the_british_pack_reads_the_same(text: str) -> None:
    assert _quotes(ArticleParser(language="en-GB"), text) == _quotes(ArticleParser(), text)


@pytest.mark.parametrize(
    ("raw", "quotations"),
    [
        # a closing mark after a word in s with no mark after it in the paragraph: it closes
        ("'Ridiculous' was how one Labour MP described the plan.", ["'Ridiculous'"]),
        ("'Hopeless' is the word the unions use for it.", ["'Hopeless'"]),
        # a dropped g before a space and a word in lower case: an apostrophe
        ("'I'm goin' home now,' she said.", ["'I'm goin' home now,'"]),
        ("'There's nothin' left here,' said a neighbour.", ["'There's nothin' left here,'"]),
        # a plural's possessive right before the closing mark, maybe after punctuation
        ("'It is ours, not the owners',' he said.", ["'It is ours, not the owners','"]),
        ("'It is ours, not the owners'' he said.", ["'It is ours, not the owners''"]),
        ("He said: 'The decision is the members'.'", ["'The decision is the members'.'"]),
        # as before: a possessive inside, a closing mark before another quotation opens
        ("'We love the Joneses' house,' she said.", ["'We love the Joneses' house,'"]),
        ("'We beat the Lions', he said, 'and we will again.'", ["'We beat the Lions'", "'and we will again.'"]),
        (
            "He called the turbines 'monsters' and said they had been 'sold down the river'.",
            ["'monsters'", "'sold down the river'"],
        ),
    ],
)
def test_single_quotation_marks(raw: str, quotations: list[str]) -> None:
    parser = ArticleParser(language="en-GB").quotes
    assert [raw[start : end + 1] for start, end in parser.quotation_marks(raw)] == quotations


@pytest.mark.parametrize(
    ("paragraphs", "single"),
    [
        # more paragraphs in single marks: a mixed article, read with single marks (which read double ones too)
        (
            ['"We have lost everything," said Mary Byrne.', "Her neighbour said: 'Nobody warned us.'", "'It rose fast,' he said."],
            True,
        ),
        # one paragraph of each: a tie reads double marks (American copy nests quotations in single marks)
        (['"We have lost everything," said Mary Byrne.', "Her neighbour said: 'Nobody warned us.'"], False),
        # more paragraphs of speech in double marks: the article quotes in double marks
        (
            [
                '"We have lost everything," said Mary Byrne.',
                "Her neighbour said: 'Nobody warned us.'",
                '"The river rose in an hour," she said.',
            ],
            False,
        ),
        # a title in title case in double marks, closed inside a comma, quotes no speech
        (['The actor, who starred in the ITV series "Brassic," which ended, said: \'I loved it.\''], True),
        (['He starred in "The Long Road Home," she said, and then: \'It was his best work.\''], True),
        # but a quotation in lower case closed so is speech
        (['He told me "never again," she said, and then: \'I believed him.\''], False),
        # a dropped g, a plural's possessive before the closing mark: the quotation is evidence
        (["'I'm goin' home now,' she said."], True),
        (["'It is our club, not the owners',' said Gary Lomas."], True),
        (["He added: 'The decision should be the members'.'"], True),
        (["'It's the workers' money,' he said."], True),
        # a closing mark before a word in lower case, no punctuation: no evidence
        (["'Ridiculous' was how one Labour MP described it."], False),
    ],
)
def test_single_marked(paragraphs: list[str], single: bool) -> None:
    text = "\n\n".join(paragraphs)
    assert QuoteParser().single_marked(text, _paragraphs(paragraphs)) is single


NAMES = """Storm Eunice batters the south coast

'We are ready,' said the council leader, Tom Hill.

The storm, dubbed 'the Beast from the East,' hit on Monday. Forecasters called it 'Storm Eunice.'

Critics called the plan 'a disaster for the town.'

The so-called 'Iron Lady' of the council, Ann Price, said she would resign.
"""


@pytest.mark.parametrize("marks", ["single", "double"])
def test_a_title_after_a_naming_word_is_said_by_no_one(marks: str) -> None:
    text = NAMES if marks == "single" else NAMES.replace("'", '"')
    assert [(words.strip("'\""), kind, speaker) for words, kind, speaker in _quotes(ArticleParser(), text)] == [
        ("We are ready,", "direct", "Tom Hill"),
        ("the Beast from the East,", "direct", None),
        ("Storm Eunice.", "direct", "Forecasters"),
        ("a disaster for the town.", "direct", "Critics"),
        ("she would resign", "indirect", "Ann Price"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # one word stays a judgement in someone's words
        ("Tom Hill called it 'Outrageous.'", [("Outrageous.", "direct", "Tom Hill")]),
        # a nickname after a naming word
        ("The striker, nicknamed 'The Cat', scored twice.", []),
        ("A new group, nicknamed 'the Flood Squad,' met on Monday.", [("the Flood Squad,", "direct", None)]),
    ],
)
def test_a_name_in_marks(paragraph: str, expected: Quotes) -> None:
    text = f"Match report\n\n'We were ready,' said the manager, Tom Hill.\n\n{paragraph}\n"
    assert _quotes(ArticleParser(), text)[1:] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the one spoken to, then the speaker, inside the narrator's dashes
        (
            "—No vamos a ceder —dijo a este diario Marta Gil—. La huelga sigue.",
            [("No vamos a ceder", "direct", "Marta Gil"), ("La huelga sigue.", "direct", "Marta Gil")],
        ),
        (
            "—No vamos a ceder —dijo a los periodistas la alcaldesa—. La huelga sigue.",
            [("No vamos a ceder", "direct", "la alcaldesa"), ("La huelga sigue.", "direct", "la alcaldesa")],
        ),
        # the speaker, then the one spoken to
        (
            "—No vamos a ceder —dijo Marta Gil a Efe—. La huelga sigue.",
            [("No vamos a ceder", "direct", "Marta Gil"), ("La huelga sigue.", "direct", "Marta Gil")],
        ),
        # the one spoken to alone: the verb stands for its subject, no one sure here; the words split
        (
            "—No vamos a ceder —dijo a Efe—. La huelga sigue.",
            [("No vamos a ceder", "direct", None), ("La huelga sigue.", "direct", None)],
        ),
    ],
)
def test_a_recipient_inside_the_narrators_dashes(paragraph: str, expected: Quotes) -> None:
    text = f"Huelga en el metro\n\nLos sindicatos mantienen la huelga en Madrid.\n\n{paragraph}\n"
    assert _quotes(ArticleParser(language="es"), text) == expected
