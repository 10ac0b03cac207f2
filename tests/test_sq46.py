"""Quotation marks by the article's evidence: an English article that quotes in single marks
(British copy, straight or curly) is read with them by the default parser, apostrophes left as
they are, while an article that quotes in double marks reads as before; and a paragraph of
Spanish or French dialogue whose narrator's words a dash closes goes on with the speaker's words
after them."""

from __future__ import annotations

import pickle

import pytest

import newsparse
from newsparse import ArticleParser, QuoteParser

Quotes = list[tuple[str, str, str | None]]


def _quotes(parser: ArticleParser, text: str) -> Quotes:
    article = parser.parse(text)
    for quote in article.quotes:
        assert quote.span.slice(text) == quote.text
    return [(q.text, q.kind.value, q.speaker.name if q.speaker else None) for q in article.quotes]


BROADCASTER = """Engineer tells inquiry he thought footbridge was safe

A council engineer has told an inquiry he signed off a footbridge in Tamworth weeks before it collapsed.

Giving evidence on Tuesday, Martin Cole said: 'I thought the bridge was safe. Nobody told me the bolts had rusted.'

He added that the inspection had been 'rushed' because of staff shortages.

The inquiry continues.
"""

TABLOID = """Rovers chairman vows to fight points deduction

Ashford Rovers will challenge a 12-point deduction imposed by the league, the club said last night.

'We will appeal,' the club's chairman, Declan O'Brien, said. 'The players' union has backed us from the start and we don't accept the panel's findings.'

The deduction leaves the club, who were promoted in the '90s, bottom of the table.

'It's been a rock 'n' roll season, but this is a step too far,' O'Brien added.
"""

CURLY = """Hospital apologises after patient waited 14 hours

A hospital trust in Leeds has apologised to a 78-year-old woman who waited 14 hours for a bed.

‘We are deeply sorry for the distress caused,’ said Karen Whitfield, the trust’s chief nurse. ‘Our staff don’t want any patient to wait that long.’

Her son, Gareth Lowe, said the family had been told there were ‘no beds anywhere’.
"""

CURLY_APOSTROPHES = """Neighbours blame landlord for flood damage

Residents of a block of flats in Swansea say their landlord ignored repeated warnings about a leaking roof.

‘It was the Joneses’ flat that flooded first,’ said Megan Price, 41. ‘We told them in the ’90s the roof wasn’t right.’

Another tenant, Rhys O’Connor, said: ‘Nobody listens to us.’

The landlord said it was ‘reviewing’ the complaints.
"""

NESTED = """Minister denies 'secret deal' over rail contract

The transport minister has denied striking a secret deal with a rail operator.

Speaking to reporters in Westminster, Laura Finch said: 'When I was told "the contract is signed", I asked to see it. I never saw it.'

'This is a smear,' she said.
"""

AMERICAN = """Mayor says budget will close gap

The mayor of Tulsa said Monday the city's budget would close a $40 million gap.

"We're not going to raise taxes," Mayor Dana Price said. "My father told me, 'Never spend what you don't have,' and I haven't."

Price called the plan a 'balanced approach' in a radio interview.
"""

APOSTROPHES_ONLY = """Class of '08 returns for reunion

Graduates of the class of '08 gathered at Lincoln High School on Saturday, organizers said.

Tom O'Neill, who helped plan the event, said the turnout was the best in years.

The '90s-themed party ran until midnight at the players' lounge.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            BROADCASTER,
            [
                ("he thought footbridge was safe", "indirect", "Engineer"),
                ("he signed off a footbridge in Tamworth weeks before it collapsed", "indirect", "A council engineer"),
                ("I thought the bridge was safe. Nobody told me the bolts had rusted.", "direct", "Martin Cole"),
                ("the inspection had been 'rushed' because of staff shortages", "mixed", "Martin Cole"),
            ],
        ),
        (
            TABLOID,
            [
                ("to fight points deduction", "indirect", "Rovers chairman"),
                ("Ashford Rovers will challenge a 12-point deduction imposed by the league", "indirect", "the club"),
                ("We will appeal,", "direct", "Declan O'Brien"),
                (
                    "The players' union has backed us from the start and we don't accept the panel's findings.",
                    "direct",
                    "Declan O'Brien",
                ),
                ("It's been a rock 'n' roll season, but this is a step too far,", "direct", "Declan O'Brien"),
            ],
        ),
        (
            CURLY,
            [
                ("We are deeply sorry for the distress caused,", "direct", "Karen Whitfield"),
                ("Our staff don’t want any patient to wait that long.", "direct", "Karen Whitfield"),
                ("the family had been told there were ‘no beds anywhere’", "mixed", "Gareth Lowe"),
            ],
        ),
        (
            CURLY_APOSTROPHES,
            [
                ("their landlord ignored repeated warnings about a leaking roof", "indirect", "Residents of a block of flats in Swansea"),
                ("It was the Joneses’ flat that flooded first,", "direct", "Megan Price"),
                ("We told them in the ’90s the roof wasn’t right.", "direct", "Megan Price"),
                ("Nobody listens to us.", "direct", "Rhys O’Connor"),
                ("it was ‘reviewing’ the complaints", "mixed", "The landlord"),
            ],
        ),
        (
            NESTED,
            [
                ("secret deal", "direct", "Minister"),
                ('When I was told "the contract is signed", I asked to see it. I never saw it.', "direct", "Laura Finch"),
                ("This is a smear,", "direct", "Laura Finch"),
            ],
        ),
    ],
    ids=["said-colon", "apostrophes-inside", "curly", "curly-apostrophes", "double-inside"],
)
def test_an_article_quoting_in_single_marks_reads_as_british_english(text: str, expected: Quotes) -> None:
    assert _quotes(ArticleParser(), text) == expected
    assert _quotes(ArticleParser(language="en-GB"), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            AMERICAN,
            [
                ("budget will close gap", "indirect", "Dana Price"),
                ("the city's budget would close a $40 million gap", "indirect", "The mayor of Tulsa"),
                ("We're not going to raise taxes,", "direct", "Dana Price"),
                ("My father told me, 'Never spend what you don't have,' and I haven't.", "direct", "Dana Price"),
            ],
        ),
        (
            APOSTROPHES_ONLY,
            [
                ("Graduates of the class of '08 gathered at Lincoln High School on Saturday", "indirect", "organizers"),
                ("the turnout was the best in years", "indirect", "Tom O'Neill"),
            ],
        ),
    ],
    ids=["double-marks-single-inside", "apostrophes-no-quotation"],
)
def test_an_article_quoting_in_double_marks_keeps_its_reading(text: str, expected: Quotes) -> None:
    assert _quotes(ArticleParser(), text) == expected


@pytest.mark.parametrize(
    ("paragraphs", "single"),
    [
        (["'We will appeal,' the chairman said."], True),
        (["Asked about the fire, Ana Ruiz said: ‘Nobody was hurt.’"], True),
        (['\'He told me "never again",\' she said.', "'It is over,' she added."], True),
        # speech in double marks before any single mark in as many paragraphs as quote in single
        # marks: a tie reads double marks (sq47 counts paragraphs; more in single marks, below)
        (["'We will appeal,' the chairman said.", '"It is a farce," the manager said.'], False),
        (["'We will appeal,' the chairman said.", 'He added: "We have done nothing wrong."'], False),
        (['"We will appeal', "'We will appeal,' the chairman said."], False),
        (["'We will appeal,' the chairman said.", '"It is a farce," the manager said.', "'We lost,' he said."], True),
        # in more paragraphs: the article quotes in double marks
        (["'We will appeal,' the chairman said.", '"It is a farce," the manager said.', 'He added: "No."'], False),
        # a title in double marks quotes no speech
        (["'We will appeal,' the chairman said.", 'He starred in the ITV series "Brassic".'], True),
        # a heading in title case or capitals quotes in single marks in American copy too
        (["3. FOR RURAL VOTERS ‘THE GLASS IS HALF FULL.’", "Turnout rose in 14 counties."], False),
        (["‘You Lower That Barrel, Son, I Am Your Friend.’", "The film opens on Friday."], False),
        # the New York Times's digraphs are double marks
        (["''When Ruiz says, 'We can't,' I believe her,'' said Tom Hill."], False),
        # an elision, a possessive, a plural's possessive: no quotation
        (["Fans of the '90s band sang 'ere we go at the players' bar, Tom O'Neill's pub."], False),
        # a quotation that might be a scare quote only: opened before a lower-case word, or closed with no punctuation
        (["The board called the plan 'a disgrace' on Monday.", "The 'Hammer Lane' report was shelved."], False),
    ],
)
def test_single_marked(paragraphs: list[str], single: bool) -> None:
    text = "\n\n".join(paragraphs)
    assert QuoteParser().single_marked(text, _paragraphs(paragraphs)) is single


def _paragraphs(texts: list[str]) -> list[newsparse.Paragraph]:
    """The paragraphs of *texts* joined by blank lines."""
    found, start = [], 0
    for text in texts:
        found.append(newsparse.Paragraph(text, newsparse.Span(start, start + len(text))))
        start += len(text) + 2
    return found


def test_the_packs_and_british_english_never_switch_marks() -> None:
    text = "'We will appeal,' the chairman said."
    paragraphs = _paragraphs([text])
    for code in ("en-GB", "fr", "de", "es"):
        parser = ArticleParser(language=code).quotes
        assert parser.single_marked(text, paragraphs) is False


def test_a_parser_that_read_single_marks_pickles() -> None:
    parser = ArticleParser()
    before = _quotes(parser, TABLOID)
    copy = pickle.loads(pickle.dumps(parser))
    assert _quotes(copy, TABLOID) == before


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # an abbreviation's possessive is no mark
        ("'Sammy Davis Jr.'s life was a mystery,' she said.", [("Sammy Davis Jr.'s life was a mystery,", "direct", "she")]),
        ("Inside Sammy Davis Jr.'s secret past, a new film by Ana Ruiz.", []),
    ],
)
def test_a_possessive_after_an_abbreviation_in_british_marks(paragraph: str, expected: Quotes) -> None:
    text = f"Film review\n\nThe film opens on Friday.\n\n{paragraph}\n\nIt runs for two hours.\n"
    assert _quotes(ArticleParser(language="en-GB"), text) == expected


@pytest.mark.parametrize(
    ("language", "paragraph", "expected"),
    [
        (
            "es",
            "—No vamos a ceder —dijo Yolanda Díaz—. El diálogo sigue abierto.",
            [("No vamos a ceder", "direct", "Yolanda Díaz"), ("El diálogo sigue abierto.", "direct", "Yolanda Díaz")],
        ),
        (
            "es",
            "—No vamos a ceder —dijo Yolanda Díaz—, pero el diálogo sigue abierto.",
            [("No vamos a ceder", "direct", "Yolanda Díaz"), ("pero el diálogo sigue abierto.", "direct", "Yolanda Díaz")],
        ),
        (
            "es",
            "—Yo —respondió el alcalde— no sé nada de ese contrato.",
            [("Yo", "direct", "el alcalde"), ("no sé nada de ese contrato.", "direct", "el alcalde")],
        ),
        (
            "es",
            "—No vamos a ceder —dijo la vicepresidenta segunda, Yolanda Díaz—. El diálogo sigue abierto —añadió.",
            [("No vamos a ceder", "direct", "Yolanda Díaz"), ("El diálogo sigue abierto", "direct", "Yolanda Díaz")],
        ),
        (
            "es",
            "—Hay que esperar —ha dicho el portavoz del Gobierno—. No hay ninguna prisa.",
            [("Hay que esperar", "direct", "el portavoz del Gobierno"), ("No hay ninguna prisa.", "direct", "el portavoz del Gobierno")],
        ),
        # a role set off after the name is the narrator's, up to the closing dash
        (
            "es",
            "—Hay que esperar —explicó Marta Ruiz, portavoz de la plataforma—. Nadie se va a ir de aquí.",
            [("Hay que esperar", "direct", "Marta Ruiz"), ("Nadie se va a ir de aquí.", "direct", "Marta Ruiz")],
        ),
        (
            "es",
            "—¿Y ahora qué? —preguntó la alcaldesa—. Seguiremos trabajando.",
            [("¿Y ahora qué?", "direct", "la alcaldesa"), ("Seguiremos trabajando.", "direct", "la alcaldesa")],
        ),
        # a dash inside a sentence of narration opens nothing
        ("es", "La alcaldesa habló con los vecinos —dijo un testigo— durante una hora.", []),
        (
            "fr",
            "— Nous ne céderons pas —a affirmé la ministre—, même si la grève dure.",
            [("Nous ne céderons pas", "direct", "la ministre"), ("même si la grève dure.", "direct", "la ministre")],
        ),
        # no closing dash: the narrator's words run to the end
        ("es", "—Estamos preparados —dijo Ana Ortiz.", [("Estamos preparados", "direct", "Ana Ortiz")]),
        (
            "fr",
            "— Nous sommes prêts —a déclaré Anne Dupont—. Le pont fermera en mai.",
            [("Nous sommes prêts", "direct", "Anne Dupont"), ("Le pont fermera en mai.", "direct", "Anne Dupont")],
        ),
        (
            "fr",
            "— Nous sommes prêts, a déclaré Anne Dupont. Le pont fermera en mai.",
            [("Nous sommes prêts", "direct", "Anne Dupont"), ("Le pont fermera en mai.", "direct", "Anne Dupont")],
        ),
    ],
)
def test_dialogue_goes_on_after_the_narrators_closing_dash(language: str, paragraph: str, expected: Quotes) -> None:
    text = f"Titular\n\nLa reunión empezó el lunes en Madrid.\n\n{paragraph}\n\nLa reunión sigue.\n"
    assert _quotes(ArticleParser(language=language), text) == expected


@pytest.mark.parametrize(
    ("single", "double", "expected"),
    [
        # no comma before "told": the direct quote has no speaker in either marks (a limit of the speaker rules)
        (
            "'It is very rare that the port would lose a cargo,' Chad Hawk, vice president of PMG, a shipping company in"
            " Florida told Fox.",
            '"It is very rare that the port would lose a cargo," Chad Hawk, vice president of PMG, a shipping company in'
            " Florida told Fox.",
            [("It is very rare that the port would lose a cargo,", "direct", None)],
        ),
        (
            "'We will appeal,' the club's chairman said.",
            '"We will appeal," the club\'s chairman said.',
            [("We will appeal,", "direct", "the club's chairman")],
        ),
    ],
)
def test_a_sentence_in_single_marks_reads_as_in_double_marks(single: str, double: str, expected: Quotes) -> None:
    parser = ArticleParser()
    assert _quotes(parser, f"Harbour news\n\n{single}") == expected
    assert _quotes(parser, f"Harbour news\n\n{double}") == expected
