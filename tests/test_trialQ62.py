"""Issue 5, a new user's quote findings (trialQ62): an adverb of place after a closing cue
(``said here today``), titles no list held (``MEC``, ``Tánaiste``) and a transcript's turns with a
time code before the speaker's label.  Each case is invented copy after a plain headline, and the
``(text, speaker's name, mention)`` rows that must come out, in order."""

from __future__ import annotations

import pytest

from quote_cases import mention_rows

Row = tuple[str, "str | None", "str | None"]


def quotes_of(text: str) -> list[Row]:
    """The ``(text, speaker's name, mention)`` of every quote of *text* under a plain headline."""
    return [(quoted, name, mention) for quoted, _, name, mention in mention_rows(text, None, "Regional news")]


# "here" between a closing cue and the time or the sentence's end is an adverb of place, as
# "on Monday" is: the sentence before the cue is reported
HERE = [
    (
        "Fuel subsidies will be cut in stages from August, Energy Minister Farid Osman said here today.",
        [("Fuel subsidies will be cut in stages from August", "Farid Osman", "Energy Minister Farid Osman")],
    ),
    (
        "The new terminal will open in March, Aziz Karim stated here on Monday.",
        [("The new terminal will open in March", "Aziz Karim", "Aziz Karim")],
    ),
    (
        "Bus fares will not rise this year, Mayor Lina Haddad said here.",
        [("Bus fares will not rise this year", "Lina Haddad", "Mayor Lina Haddad")],
    ),
    (
        "The port will hire 400 workers, Aziz Karim told reporters here after the ceremony.",
        [("The port will hire 400 workers", "Aziz Karim", "Aziz Karim")],
    ),
    (
        '"We will not wait for the courts," Aziz Karim said here today.',
        [("We will not wait for the courts,", "Aziz Karim", "Aziz Karim")],
    ),
    # must not fire: "here" opening the reported clause itself is no setting
    (
        "The talks stalled at noon, and Aziz Karim said here is the plan they rejected.",
        [("here is the plan they rejected", "Aziz Karim", "Aziz Karim")],
    ),
    # must not fire: "here" and more than a time or a setting after it is no sentence tail
    (
        "The rally drew thousands, Aziz Karim said here and in Paris.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HERE)
def test_place_adverb_after_cue(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a title before a name is no part of the name: a provincial cabinet member's "MEC" (with its
# portfolio after "for", as "Minister for Housing" has), the Irish deputy prime minister's "Tánaiste"
TITLES = [
    (
        "Gauteng MEC for infrastructure Neo Dlamini said the potholes would be fixed by June.",
        [("the potholes would be fixed by June", "Neo Dlamini", "Gauteng MEC for infrastructure Neo Dlamini")],
    ),
    (
        "Ontario minister for housing Claire Lavoie said the homes would be built by 2030.",
        [("the homes would be built by 2030", "Claire Lavoie", "Ontario minister for housing Claire Lavoie")],
    ),
    (
        "Western Cape MEC Themba Zulu said the clinics would reopen.",
        [("the clinics would reopen", "Themba Zulu", "Western Cape MEC Themba Zulu")],
    ),
    (
        "Tánaiste Gráinne Nic Aoidh said the budget would protect pensions.",
        [("the budget would protect pensions", "Gráinne Nic Aoidh", "Tánaiste Gráinne Nic Aoidh")],
    ),
    (
        "Taoiseach Micheál Ó Laoire said the budget would protect pensions.",
        [("the budget would protect pensions", "Micheál Ó Laoire", "Taoiseach Micheál Ó Laoire")],
    ),
    # the title alone later is the person named with it, as "the MP" is
    (
        "Gauteng MEC Jacob Mbeki said the centre was on alert.\n\nThe MEC stressed that the ground was saturated.",
        [
            ("the centre was on alert", "Jacob Mbeki", "Gauteng MEC Jacob Mbeki"),
            ("the ground was saturated", "Jacob Mbeki", "The MEC"),
        ],
    ),
    # must not fire: a title alone names no one, it stays as written
    (
        "The MEC said the clinics would reopen.",
        [("the clinics would reopen", "The MEC", "The MEC")],
    ),
    # an ordinal before a title is the title's, no opening adverb
    (
        "The ferries are late. First Minister Ailsa Drummond told MSPs that two vessels had been ordered.",
        [("two vessels had been ordered", "Ailsa Drummond", "First Minister Ailsa Drummond")],
    ),
    (
        "First Deputy Prime Minister Pavel Orlov said that the grain deal would hold.",
        [("the grain deal would hold", "Pavel Orlov", "First Deputy Prime Minister Pavel Orlov")],
    ),
    # must not fire: before a name with no title, or another adverb before a title, it opens the sentence
    (
        "First Tom Hale said that two vessels had been ordered.",
        [("two vessels had been ordered", "Tom Hale", "Tom Hale")],
    ),
    (
        "Later Minister Tom Hale said that two vessels had been ordered.",
        [("two vessels had been ordered", "Tom Hale", "Minister Tom Hale")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_title_before_name(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


PODCAST = (
    "[00:00:09] NADIA FERREIRA: Welcome back. This week we are talking about water prices.\n\n"
    "[00:00:27] OWEN MBEKI: Thanks for having me, Nadia.\n\n"
    "[00:01:02] NADIA FERREIRA: So why are the bills rising so fast?\n\n"
    "[00:01:06] OWEN MBEKI: The pipes are old and nobody has paid to fix them for decades."
)

# a time code in brackets before a transcript's label is the turn's time: the label after it speaks
TIME_CODES = [
    (
        PODCAST,
        [
            ("Welcome back. This week we are talking about water prices.", "Nadia Ferreira", "NADIA FERREIRA"),
            ("Thanks for having me, Nadia.", "Owen Mbeki", "OWEN MBEKI"),
            ("So why are the bills rising so fast?", "Nadia Ferreira", "NADIA FERREIRA"),
            ("The pipes are old and nobody has paid to fix them for decades.", "Owen Mbeki", "OWEN MBEKI"),
        ],
    ),
    (
        PODCAST.replace("[00:0", "[0"),
        [
            ("Welcome back. This week we are talking about water prices.", "Nadia Ferreira", "NADIA FERREIRA"),
            ("Thanks for having me, Nadia.", "Owen Mbeki", "OWEN MBEKI"),
            ("So why are the bills rising so fast?", "Nadia Ferreira", "NADIA FERREIRA"),
            ("The pipes are old and nobody has paid to fix them for decades.", "Owen Mbeki", "OWEN MBEKI"),
        ],
    ),
    # must not fire: a time code before a heading's label names no one
    (
        "[00:12] Update: The road is closed.\n\n[00:31] Note: The bridge is open again.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TIME_CODES)
def test_time_code_before_label(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


# a role "of" a body whose name ends in an organisation's word, then a full name: the name speaks
HEADED_BODY = [
    (
        "Head of the Lombok Tourism Office Wayan Sudarma noted that arrivals rose by a fifth.",
        [("arrivals rose by a fifth", "Wayan Sudarma", "Head of the Lombok Tourism Office Wayan Sudarma")],
    ),
    (
        "Director of the Harbour Board Ana Ruiz said that the new berth would open in May.",
        [("the new berth would open in May", "Ana Ruiz", "Director of the Harbour Board Ana Ruiz")],
    ),
    # must not fire: no name after the body
    (
        "The head of the Lombok Tourism Office said that arrivals rose by a fifth.",
        [("arrivals rose by a fifth", "The head of the Lombok Tourism Office", "The head of the Lombok Tourism Office")],
    ),
    # must not fire: a place after the body, no person's name
    (
        "Head of the Tourism Office Lombok said that arrivals rose by a fifth.",
        [("arrivals rose by a fifth", "Head of the Tourism Office Lombok", "Head of the Tourism Office Lombok")],
    ),
    # must not fire: "for" may link the role to whom it serves
    (
        "A spokesman for the Tourism Office Ana Ruiz said that arrivals rose by a fifth.",
        [
            (
                "arrivals rose by a fifth",
                "A spokesman for the Tourism Office Ana Ruiz",
                "A spokesman for the Tourism Office Ana Ruiz",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADED_BODY)
def test_name_after_headed_body(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
