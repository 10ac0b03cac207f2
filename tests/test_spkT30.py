"""Trial 30's English quote failures (issue 5, stop 29, spkT): a surname after an opening phrase
hidden from a pronoun, a British closing mark read as a plural's possessive, ``the elder`` or
``the younger`` of two people who share a surname, a family name written first before a hyphened
given name, occupation nouns capitalised before a name, and a role set off before the name it
describes.

Each row is a short article of the kind the trial read; where a construction must stay as it was
(a possessive, one person of a surname) the row holds it beside the new one.
"""

from __future__ import annotations

import pytest

from quote_cases import SpeakerRow, speaker_rows

# An opening phrase set off by a comma (a participle and its object, a time) before a surname
# the article gave in full: the surname is still the sentence's subject, and a pronoun after it
# refers to that person, not to the person quoted before.
OPENING_THEN_SURNAME: list[tuple[str, list[SpeakerRow]]] = [
    (
        "Gloria Pennington, 54, pleaded guilty in November to wire fraud.\n\n"
        "Assistant U.S. Attorney Nina Rowe told the court that Pennington had lied to donors. "
        '"Every dollar she took was given in the name of a child," Rowe said.\n\n'
        "Speaking before the sentence was handed down, Pennington apologized to the families. "
        '"I have no excuse," she said.',
        [
            ("Pennington had lied to donors", "Nina Rowe", "Assistant U.S. Attorney Nina Rowe"),
            ("Every dollar she took was given in the name of a child,", "Nina Rowe", "Rowe"),
            ("I have no excuse,", "Gloria Pennington", "she"),
        ],
    ),
    (
        "Council leader Martin Ortiz opened the meeting on Tuesday.\n\n"
        '"We have waited long enough," said the opposition leader, Tom Becker.\n\n'
        "Speaking to reporters afterwards, Ortiz defended the budget. "
        '"Every penny is accounted for," he said.',
        [
            ("We have waited long enough,", "Tom Becker", "Tom Becker"),
            ("Every penny is accounted for,", "Martin Ortiz", "he"),
        ],
    ),
    (
        "Head coach Karen Whitfield took charge of the club in May.\n\n"
        '"The squad needs time," said the captain, Laura Simmons.\n\n'
        "Speaking after the defeat, Whitfield praised the fans. "
        '"They never stopped singing," she said.',
        [
            ("The squad needs time,", "Laura Simmons", "Laura Simmons"),
            ("They never stopped singing,", "Karen Whitfield", "she"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPENING_THEN_SURNAME)
def test_a_surname_after_an_opening_phrase_is_the_pronouns_referent(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# British single marks: a closing mark after a word in -s, before a space and a lower-case word,
# closes the quotation when the next mark opens another one; a plural's possessive inside a
# quotation is followed by the quotation's own closing mark and stays a possessive.
BRITISH_CLOSING_AFTER_S: list[tuple[str, list[SpeakerRow]]] = [
    (
        "Bryn Howells described the turbines as 'monsters' and said the village had been 'sold down the river'.\n\n"
        "'We love the Joneses' farm,' said his neighbour, Siân Evans.",
        [
            ("monsters", "Bryn Howells", "Bryn Howells"),
            ("the village had been 'sold down the river'", "Bryn Howells", "Bryn Howells"),
            ("We love the Joneses' farm,", "Siân Evans", "Siân Evans"),
        ],
    ),
    (
        "Councillor Mair Pryce called the new pylons ‘eyesores’ and warned that the valley would be ‘ruined for good’.",
        [
            ("eyesores", "Mair Pryce", "Councillor Mair Pryce"),
            ("the valley would be ‘ruined for good’", "Mair Pryce", "Councillor Mair Pryce"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRITISH_CLOSING_AFTER_S)
def test_a_british_mark_after_s_closes_before_the_next_quotation(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text, language="en-GB") == expected


# "The elder Haddad", "the younger Ortiz": with two people of that surname, the older or the
# younger by the ages the article gives; without ages, no one (a wrong person is worse than none).
RANKED_NAMESAKES: list[tuple[str, list[SpeakerRow]]] = [
    (
        "Yousef Haddad, 79, sits on a stool by the oven.\n\n"
        '"He still checks every tray," says the grandson, Sami Haddad, 26.\n\n'
        "The elder Haddad opened the bakery in 1978. "
        '"Today we sell that before six o\'clock," he says.',
        [
            ("He still checks every tray,", "Sami Haddad", "Sami Haddad"),
            ("Today we sell that before six o'clock,", "Yousef Haddad", "he"),
        ],
    ),
    (
        "Rosa Ortiz, 71, still keeps the books.\n\n"
        '"She never misses a cent," says her daughter, Elena Ortiz, 44.\n\n'
        '"I learned everything here," the younger Ortiz says.',
        [
            ("She never misses a cent,", "Elena Ortiz", "Elena Ortiz"),
            ("I learned everything here,", "Elena Ortiz", "the younger Ortiz"),
        ],
    ),
    (
        "Henri Moreau, 81, sits by the wine press.\n\n"
        '"He still tastes every barrel," says the grandson, Luc Moreau, 35.\n\n'
        '"We pick by hand," says the younger Mr. Moreau.',
        [
            ("He still tastes every barrel,", "Luc Moreau", "Luc Moreau"),
            ("We pick by hand,", "Luc Moreau", "the younger Mr. Moreau"),
        ],
    ),
    (
        "Piet Vogel founded the yard in 1961.\n\n"
        '"We still build by hand," says his grandson, Jan Vogel.\n\n'
        '"Nothing has changed," the elder Vogel says.',
        [
            ("We still build by hand,", "Jan Vogel", "Jan Vogel"),
            ("Nothing has changed,", "the elder Vogel", "the elder Vogel"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RANKED_NAMESAKES)
def test_the_elder_or_younger_of_two_namesakes(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# A family name written first (Korean) that is an organisation word elsewhere ("Park"), before a
# hyphened given name: the name starts there, titles before it are no part of it, and the family
# name alone later refers to the person.
FAMILY_NAME_FIRST: list[tuple[str, list[SpeakerRow]]] = [
    (
        "Vice Health Minister Park Jae-hoon said during a briefing that parents wanted help.\n\n"
        "Park said the government would also raise pay for childcare teachers.",
        [
            ("parents wanted help", "Park Jae-hoon", "Vice Health Minister Park Jae-hoon"),
            ("the government would also raise pay for childcare teachers", "Park Jae-hoon", "Park"),
        ],
    ),
    (
        '"We will not give up the title," said former striker Park Ji-sung.\n\n"The young players are ready," Park added.',
        [
            ("We will not give up the title,", "Park Ji-sung", "former striker Park Ji-sung"),
            ("The young players are ready,", "Park Ji-sung", "Park"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FAMILY_NAME_FIRST)
def test_a_family_name_before_a_hyphened_given_name(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# Occupation nouns capitalised at a sentence's start before a full name describe the person.
OCCUPATION_BEFORE_NAME: list[tuple[str, list[SpeakerRow]]] = [
    (
        'Campaigner Bryn Howells, 67, said the village had been ignored.\n\n"We are not against green energy," he said.',
        [
            ("the village had been ignored", "Bryn Howells", "Campaigner Bryn Howells"),
            ("We are not against green energy,", "Bryn Howells", "he"),
        ],
    ),
    (
        "Protester Dafydd Morgan said the march would go on.",
        [("the march would go on", "Dafydd Morgan", "Protester Dafydd Morgan")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OCCUPATION_BEFORE_NAME)
def test_an_occupation_before_a_name_is_no_part_of_it(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# A role set off by a comma before the name it describes, the name set off too, then the verb:
# the name speaks the quoted words the verb takes; a phrase that is no role names no one.
ROLE_THEN_NAME: list[tuple[str, list[SpeakerRow]]] = [
    (
        'Its secretary general, Joseph Kiprono, accused the companies of "hiding behind the world market price."',
        [("hiding behind the world market price.", "Joseph Kiprono", "Joseph Kiprono")],
    ),
    (
        'The union\'s chairwoman, Ruth Okafor, accused the ministry of "breaking every promise it made."',
        [("breaking every promise it made.", "Ruth Okafor", "Ruth Okafor")],
    ),
    (
        'Its plan, Ruth Okafor, accused the companies of "hiding behind prices." '
        'Its deputy director, Samuel Otieno, accused the board of "ignoring the workers."',
        [("hiding behind prices.", None, None), ("ignoring the workers.", "Samuel Otieno", "Samuel Otieno")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_THEN_NAME)
def test_a_role_then_the_name_it_describes_speaks(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected


# A body's name with a coordinator inside it, a country first ("The Kenya Plantation and
# Agricultural Workers' Union"): one body, its whole name; two people joined stay two.
JOINED_BODY_NAME: list[tuple[str, list[SpeakerRow]]] = [
    (
        "The Kenya Plantation and Agricultural Workers' Union said the strike would continue.",
        [
            (
                "the strike would continue",
                "Kenya Plantation and Agricultural Workers' Union",
                "The Kenya Plantation and Agricultural Workers' Union",
            )
        ],
    ),
    (
        "The Georgia Peanut and Cotton Growers Association said prices had collapsed. Tom Berg and Ana Ruiz said they would sell anyway.",
        [
            (
                "prices had collapsed",
                "Georgia Peanut and Cotton Growers Association",
                "The Georgia Peanut and Cotton Growers Association",
            ),
            ("they would sell anyway", "Tom Berg and Ana Ruiz", "Tom Berg and Ana Ruiz"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOINED_BODY_NAME)
def test_a_coordinator_inside_a_bodys_name(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text) == expected
