"""Issue 5, a new user's quote findings (trialQ63): a role's portfolio that differs from the one
the article gave a person (``the tourism minister`` is not ``the labour minister, Ana Ruiz``), a
thing as the subject of a quotation in a pack that lists no person nouns (``Das Projekt sei
„...“``), a clause of someone else's naming verb after a comma (``, while Sofia Lindqvist called
the quarter "..."``), an owner's possessive before a given name (``Morgan Stanley's Ian
Whitlock``), a place between the one told and ``that``, a relative clause set off after an
according-to source, ``co-`` roles, and an honorific in a name set off after a role.  Each case is
invented copy after a plain headline, and the ``(text, speaker's name, mention)`` rows that must
come out, in order."""

from __future__ import annotations

import pytest

from quote_cases import speaker_rows

Row = tuple[str, "str | None", "str | None"]

# a role mention with a portfolio is not a person the article gave the same role with another one
PORTFOLIO = [
    (
        "The labour minister, Ana Ruiz, has not commented.\n\n"
        "The tourism minister said on Monday that the sector employed 170,000 people.",
        [("the sector employed 170,000 people", "The tourism minister", "The tourism minister")],
    ),
    (
        "Labour Minister Ana Ruiz has not commented.\n\n"
        "The tourism minister said on Monday that the sector employed 170,000 people.",
        [("the sector employed 170,000 people", "The tourism minister", "The tourism minister")],
    ),
    (
        "Sven Olsen, the health secretary, has not commented.\n\n"
        "The education secretary said on Monday that schools would reopen in May.",
        [("schools would reopen in May", "The education secretary", "The education secretary")],
    ),
    (
        "The county sheriff, Tom Berg, has not commented.\n\nThe city sheriff said on Monday that the road would stay closed.",
        [("the road would stay closed", "The city sheriff", "The city sheriff")],
    ),
    # must not change: the same portfolio, none on either side, or a word of standing
    (
        "Labour Minister Ana Ruiz toured the site.\n\nThe labour minister said on Monday that the sector employed 170,000 people.",
        [("the sector employed 170,000 people", "Ana Ruiz", "The labour minister")],
    ),
    (
        "Sven Olsen, the health secretary, toured the site.\n\n"
        "The health secretary said on Monday that schools would reopen in May.",
        [("schools would reopen in May", "Sven Olsen", "The health secretary")],
    ),
    (
        "The labour minister, Ana Ruiz, toured the site.\n\nThe minister said on Monday that the sector employed 170,000 people.",
        [("the sector employed 170,000 people", "Ana Ruiz", "The minister")],
    ),
    (
        "The labour minister, Ana Ruiz, toured the site.\n\n"
        "The new minister said on Monday that the sector employed 170,000 people.",
        [("the sector employed 170,000 people", "Ana Ruiz", "The new minister")],
    ),
    (
        "The labour minister, Ana Ruiz, toured the site.\n\n"
        "The outgoing minister said on Monday that the sector employed 170,000 people.",
        [("the sector employed 170,000 people", "Ana Ruiz", "The outgoing minister")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PORTFOLIO)
def test_other_portfolio(text: str, expected: list[Row]) -> None:
    assert speaker_rows(text) == expected


# in a pack with no person nouns, a determiner and nouns with no role, title or name, or a
# subject that runs over a verb and its object, speaks no quotation that no verb gives to it
THINGS = [
    # (the German Konjunktiv I sentence goes on with the report before it since mendQL71: "sei" marks
    # Marc Baum's words, as a sentence with no quotation in it did already; never "Das Projekt"; halfQ71b)
    (
        "Der Rat Marc Baum erklärte, das Geld wäre besser investiert. Das Projekt sei „ein Denkmal für das Auto“.",
        "de",
        [
            ("das Geld wäre besser investiert", "Marc Baum", "Der Rat Marc Baum"),
            ("Das Projekt sei „ein Denkmal für das Auto“", "Marc Baum", "Der Rat Marc Baum"),
        ],
    ),
    (
        "Le conseiller Marc Baum a dénoncé le coût. Le projet serait « un monument à la voiture ».",
        "fr",
        [("un monument à la voiture", None, None)],
    ),
    (
        "El concejal Marc Baum criticó el coste. El proyecto sería «un monumento al coche».",
        "es",
        [("un monumento al coche", None, None)],
    ),
    ("Die Ärztin hält die Reform für „völlig unnötig“.", "de", [("völlig unnötig", None, None)]),
    # must not change: a role, a name, or a body's name after a phrase link
    ("Der Bürgermeister sei „sehr wütend“.", "de", [("sehr wütend", "Der Bürgermeister", "Der Bürgermeister")]),
    (
        "Le maire Paul Roy juge la réforme « tout à fait inutile ».",
        "fr",
        [("tout à fait inutile", "Paul Roy", "Le maire Paul Roy")],
    ),
    ("Der Chef der Bahn nennt den Plan „völlig absurd“.", "de", [("völlig absurd", "Der Chef der Bahn", "Der Chef der Bahn")]),
]


@pytest.mark.parametrize(("text", "language", "expected"), THINGS)
def test_thing_subject_in_pack(text: str, language: str, expected: list[Row]) -> None:
    assert speaker_rows(text, language) == expected


# reported words end before a clause after a comma whose subject names something in its own quotation
NAMING_CLAUSE = [
    (
        'Ian Whitlock said the guidance cut was "bigger than feared", while Bernstein analyst Sofia Lindqvist '
        'called the quarter "messy but not broken".',
        [
            ('the guidance cut was "bigger than feared"', "Ian Whitlock", "Ian Whitlock"),
            ("messy but not broken", "Sofia Lindqvist", "Bernstein analyst Sofia Lindqvist"),
        ],
    ),
    (
        'Ian Whitlock said the cut was big, and Sofia Lindqvist called the quarter "messy but not broken".',
        [("the cut was big", "Ian Whitlock", "Ian Whitlock"), ("messy but not broken", "Sofia Lindqvist", "Sofia Lindqvist")],
    ),
    # must not change: a naming verb inside a relative clause of the reported words
    (
        'Ian Whitlock said the plan, which critics called "a mess", would pass.',
        [('the plan, which critics called "a mess", would pass', "Ian Whitlock", "Ian Whitlock")],
    ),
    (
        'Ian Whitlock said voters who called the plan "a mess" were wrong.',
        [('voters who called the plan "a mess" were wrong', "Ian Whitlock", "Ian Whitlock")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMING_CLAUSE)
def test_naming_clause_cut(text: str, expected: list[Row]) -> None:
    assert speaker_rows(text) == expected


OTHERS = [
    # an owner ending in a given name before a given name and a surname owns the person
    (
        "Morgan Stanley's Ian Whitlock said the cut was bigger than expected.",
        [("the cut was bigger than expected", "Ian Whitlock", "Morgan Stanley's Ian Whitlock")],
    ),
    (
        "St John's Ambulance said the cut was bigger than expected.",
        [("the cut was bigger than expected", "St John Ambulance", "St John's Ambulance")],
    ),
    # a place between the one told and "that"
    (
        "Frehiwot Tamru told a press conference at the company's headquarters that the offering would be priced in birr.",
        [("the offering would be priced in birr", "Frehiwot Tamru", "Frehiwot Tamru")],
    ),
    (
        "Ana Ruiz told a news conference in the capital on Monday that the port would reopen in May.",
        [("the port would reopen in May", "Ana Ruiz", "Ana Ruiz")],
    ),
    ("Ana Ruiz told a long story at the old harbour docks that her father loved.", []),
    # a relative clause set off after an according-to source is no part of the words
    (
        "According to Ana Ruiz, who met cruise operators last week, three lines have agreed to plug in from 2026.",
        [("three lines have agreed to plug in from 2026", "Ana Ruiz", "Ana Ruiz")],
    ),
    (
        "According to Ana Ruiz, whose office ran the count, three lines have agreed to plug in from 2026.",
        [("three lines have agreed to plug in from 2026", "Ana Ruiz", "Ana Ruiz")],
    ),
    (
        "According to the report, which was published on Monday, three lines agreed to plug in.",
        [("three lines agreed to plug in", "the report", "the report")],
    ),
    (
        "According to Ana Ruiz, the port's director, three lines have agreed to plug in from 2026.",
        [("three lines have agreed to plug in from 2026", "Ana Ruiz", "Ana Ruiz")],
    ),
    # a co- role is a role
    (
        "Outgoing co-leader Franziska Meiler said the party was bruised but not broken.",
        [("the party was bruised but not broken", "Franziska Meiler", "Outgoing co-leader Franziska Meiler")],
    ),
    (
        'Outgoing co-leader Franziska Meiler said she was handing over "a party that is bruised, but not broken."',
        [
            (
                'she was handing over "a party that is bruised, but not broken."',
                "Franziska Meiler",
                "Outgoing co-leader Franziska Meiler",
            )
        ],
    ),
    (
        "Party co-chair Ana Ruiz said the vote would be held in May.",
        [("the vote would be held in May", "Ana Ruiz", "Party co-chair Ana Ruiz")],
    ),
    # a naming participle after a name set off by commas describes the object: no clause of its own
    (
        "Late last month, the company wrote a letter to the university's president, Lee Bollinger, calling the "
        'two lengthy reports "inaccurate and deliberately misleading."',
        [
            (
                "a letter to the university's president, Lee Bollinger, calling the two lengthy reports "
                '"inaccurate and deliberately misleading."',
                "the company",
                "the company",
            ),
            ("inaccurate and deliberately misleading.", None, None),
        ],
    ),
    # an event's name ("Summit", "Forum") is no person's: the pronoun after it is the one named before
    (
        "Jensen Huang runs the chip firm.\n\nAt the World Governments Summit in Dubai this February, he reminded "
        "an audience of leaders that investment in AI infrastructure is essential.",
        [("investment in AI infrastructure is essential", "Jensen Huang", "he")],
    ),
    # in lower case an event's word is a gathering that speaks for no one
    (
        "The president denounced the vision of America that emerged from Mr. Trump's summit in Cleveland last week - "
        "saying it offered no solutions but rather fanned ''resentment and anger.''",
        [("resentment and anger.", "The president", "The president")],
    ),
    # an honorific in a name set off after a role
    (
        'The opposition spokesman, Dr Kerron Lindo, accused the government of "starving rural parishes" of money.',
        [("starving rural parishes", "Kerron Lindo", "Kerron Lindo")],
    ),
    (
        'The union\'s president, Prof. Ana Ortiz, accused the board of "hiding the figures" for years.',
        [("hiding the figures", "Ana Ortiz", "Ana Ortiz")],
    ),
    (
        'Its secretary general, Joseph Kiprono, accused the companies of "hiding the figures" for years.',
        [("hiding the figures", "Joseph Kiprono", "Joseph Kiprono")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHERS)
def test_other_findings(text: str, expected: list[Row]) -> None:
    assert speaker_rows(text) == expected
