"""Stop 31's wrong speakers (issue 5): two speakers joined after an inverted cue, a title and a
surname after the full name, a group noun before ``of``, a surname two relatives share, a kin
word before a given name that is a month's, an Irish police rank before a name with its
particle, and an unknown given name with an occupation's ending.  Each table holds sentences
that failed before and near controls that kept working; each row says every quote's text,
speaker's name and mention."""

from __future__ import annotations

import pytest

from quote_cases import speaker_rows

# (paragraphs, language, [(quote text, speaker's name, mention)])
Row = tuple[str, "str | None", list[tuple[str, "str | None", "str | None"]]]

JOINED_AFTER_INVERTED: list[Row] = [
    # two speakers after an inverted cue: both, as the same names before the cue give
    (
        'Anna Weber leads the tenants\' club. Markus Roth is its treasurer. "We will not give in," said Weber and Roth.',
        None,
        [("We will not give in,", "Anna Weber and Markus Roth", "Weber and Roth")],
    ),
    (
        '"The rent rise is unlawful," said Anna Weber and Markus Roth.',
        None,
        [("The rent rise is unlawful,", "Anna Weber and Markus Roth", "Anna Weber and Markus Roth")],
    ),
    (
        "Anna Weber leitet den Mieterverein. Markus Roth ist Kassenwart. „Wir werden nicht nachgeben“, sagten Weber und Roth.",
        "de",
        [("Wir werden nicht nachgeben", "Anna Weber und Markus Roth", "Weber und Roth")],
    ),
    (
        "„Die Mieterhöhung ist rechtswidrig“, sagten Anna Weber und Markus Roth.",
        "de",
        [("Die Mieterhöhung ist rechtswidrig", "Anna Weber und Markus Roth", "Anna Weber und Markus Roth")],
    ),
    # controls: the same names before the cue, and a second verb after "and" (one speaker)
    (
        'Anna Weber leads the tenants\' club. Markus Roth is its treasurer. "We will not give in," Weber and Roth said.',
        None,
        [("We will not give in,", "Anna Weber and Markus Roth", "Weber and Roth")],
    ),
    (
        '"No change is near," said Anna Weber of Weber and Roth Inc.',
        None,
        [("No change is near,", "Anna Weber", "Anna Weber")]  # (the person alone, not a body cut at "and": mendQT69),
    ),
    (
        'Anna Weber leads the tenants\' club. "We will not give in," said Weber and added that the club would appeal.',
        None,
        [("We will not give in,", "Anna Weber", "Weber")],
    ),
]

TITLE_AND_SURNAME: list[Row] = [
    # a title and the surname after the full name: the full name, for any title or listed occupation
    (
        "Principal Gary Okafor met parents on Monday. Later, Principal Okafor said the roof had been repaired.",
        None,
        [("the roof had been repaired", "Gary Okafor", "Principal Okafor")],
    ),
    (
        "Principal Dana Okafor met parents on Monday. \"The school will reopen next week,\" she said. "
        "Later, Principal Okafor said the roof had been repaired.",
        None,
        [
            ("The school will reopen next week,", "Dana Okafor", "she"),
            ("the roof had been repaired", "Dana Okafor", "Principal Okafor"),
        ],
    ),
    (
        "Detective Lena Park led the inquiry for two years. Detective Park said the suspect had fled abroad.",
        None,
        [("the suspect had fled abroad", "Lena Park", "Detective Park")],
    ),
    (
        'Host Ruth Kane opened the festival on Friday. "We sold every ticket," Host Kane said.',
        None,
        [("We sold every ticket,", "Ruth Kane", "Host Kane")],
    ),
    # two people of the surname, the title describing neither: the mention as written, no guess
    (
        "Lisa Hart and her brother, Sam Hart, found the dog. Detective Hart said the owner had been traced.",
        None,
        [("the owner had been traced", "Detective Hart", "Detective Hart")],
    ),
    # controls: the title describes one of them; a given name that is a title word too
    (
        "Lisa Hart and her brother, Detective Sam Hart, found the dog. Detective Hart said the owner had been traced.",
        None,
        [("the owner had been traced", "Sam Hart", "Detective Hart")],
    ),
    (
        "Coach Daniel Morris praised the squad. \"They never quit,\" Coach Morris said.",
        None,
        [("They never quit,", "Daniel Morris", "Coach Morris")],
    ),
    (
        "Ruth Kane met parents on Monday. Dean Kane said the roof had been repaired.",
        None,
        [("the roof had been repaired", "Dean Kane", "Dean Kane")],
    ),
]

GROUP_BEFORE_OF: list[Row] = [
    # a plural noun for people before "of": the whole phrase, never a person called "Members"
    (
        "Members of the council's board told reporters they would vote against the plan.",
        None,
        [("they would vote against the plan", "Members of the council's board", "Members of the council's board")],
    ),
    (
        "Residents of the estate said the water had been cut off for three days.",
        None,
        [("the water had been cut off for three days", "Residents of the estate", "Residents of the estate")],
    ),
    (
        "Members of Congress said the bill would pass.",
        None,
        [("the bill would pass", "Members of Congress", "Members of Congress")],
    ),
    # controls: a group noun the grammar knew, and a surname before "of"
    (
        "Officials of the ministry said the water had been cut off.",
        None,
        [("the water had been cut off", "Officials of the ministry", "Officials of the ministry")],
    ),
    (
        "Tom Williams runs the union's office. Williams of the union said the strike would go ahead.",
        None,
        [("the strike would go ahead", "Tom Williams", "Williams of the union")],
    ),
]

SHARED_SURNAME: list[Row] = [
    # a relative of the same surname named near: a bare surname is the last speaker of them, else
    # the last sentence subject of them named since the kin, else either of them, so as written
    (
        "Ruth Fraser has farmed the valley for 30 years.\n\n"
        "She runs the farm with her husband, Alan Fraser, and their two sons.\n\n"
        '"We lost half the flock," Fraser said.',
        None,
        [("We lost half the flock,", "Fraser", "Fraser")],
    ),
    (
        "Tom Hale opened the shop in 1990.\n\nHis son, Ben Hale, joined him in 2015.\n\n"
        '"Sales have fallen by a third," Hale said.',
        None,
        [("Sales have fallen by a third,", "Ben Hale", "Hale")],
    ),
    (
        "Ruth Fraser has farmed the valley for 30 years.\n\nHer husband, Alan Fraser, runs the dairy.\n\n"
        "Fraser, 61, said the winter had been the worst in memory.",
        None,
        [("the winter had been the worst in memory", "Alan Fraser", "Fraser")],
    ),
    (
        "When Mia Ross was born deaf, doctors said an implant would have to wait.\n\n"
        "Her mother, Jane Ross, 38, did not want to wait. She found a clinic in Leeds.\n\n"
        '"She heard the rain for the first time," Ross said.',
        None,
        [
            ("an implant would have to wait", "doctors", "doctors"),
            ("She heard the rain for the first time,", "Jane Ross", "Ross"),
        ],
    ),
    # controls: the relative who spoke last, an honorific's gender, one person of the surname
    (
        "Ruth Fraser has farmed the valley for 30 years.\n\nHer husband, Alan Fraser, runs the dairy.\n\n"
        '"The milk price is a scandal," Alan Fraser said. "We cannot go on," Fraser added.',
        None,
        [("The milk price is a scandal,", "Alan Fraser", "Alan Fraser"), ("We cannot go on,", "Alan Fraser", "Fraser")],
    ),
    (
        "Ruth Fraser has farmed the valley for 30 years with her husband, Alan Fraser.\n\n"
        "Mr Fraser said the winter had been the worst in memory.",
        None,
        [("the winter had been the worst in memory", "Alan Fraser", "Mr Fraser")],
    ),
    (
        "Ruth Fraser has farmed the valley for 30 years.\n\nFraser bought the land in 1994.\n\n"
        "She runs the farm with her husband, Alan Fraser.\n\n"
        '"We lost half the flock," Fraser said.',
        None,
        [("We lost half the flock,", "Ruth Fraser", "Fraser")],
    ),
    (
        "Tom Hale opened the shop in 1990.\n\n\"Sales have fallen by a third,\" Hale said.",
        None,
        [("Sales have fallen by a third,", "Tom Hale", "Hale")],
    ),
]

KIN_AND_MONTH_NAME: list[Row] = [
    # a kin word, then a given name that is a month's, set off by commas: that person speaks
    (
        "Tom Hale stayed home on Monday. His wife, June, said he was recovering. She said he would return next week.",
        None,
        [("he was recovering", "June", "June"), ("he would return next week", "June", "She")],
    ),
    (
        "Ruth Hale missed the vote. Her husband, August, said she was abroad. He said she would vote next time.",
        None,
        [("she was abroad", "August", "August"), ("she would vote next time", "August", "He")],
    ),
    (
        'Tom Hale stayed home on Monday. "He is recovering," his wife, April, said.',
        None,
        [("He is recovering,", "April", "April")],
    ),
    # controls: a month after a preposition, and a given name that is no month
    (
        "In June, his wife said he was recovering.",
        None,
        [("he was recovering", "his wife", "his wife")],
    ),
    (
        "The farmer died in May. His daughter, Claire, said the farm would be sold.",
        None,
        [("the farm would be sold", "Claire", "Claire")],
    ),
]

IRISH_RANKS: list[Row] = [
    # an Irish police rank before a name with its particle: the rank goes, the particle stays
    (
        "Det Garda Seán Ó Briain said the car had been found in a ditch.",
        None,
        [("the car had been found in a ditch", "Seán Ó Briain", "Det Garda Seán Ó Briain")],
    ),
    (
        "Garda Niamh Ní Bhriain said the road would stay closed overnight.",
        None,
        [("the road would stay closed overnight", "Niamh Ní Bhriain", "Garda Niamh Ní Bhriain")],
    ),
    (
        "Det Garda Seán Ó Briain led the search. Det Garda Ó Briain said the car had been found.",
        None,
        [("the car had been found", "Seán Ó Briain", "Det Garda Ó Briain")],
    ),
    # controls: a rank the vocabulary knew, and a spokesman of the force
    (
        "Det Sgt Ciarán Mac Giolla said the road was closed.",
        None,
        [("the road was closed", "Ciarán Mac Giolla", "Det Sgt Ciarán Mac Giolla")],
    ),
    (
        "A Garda spokesman said the road was closed.",
        None,
        [("the road was closed", "A Garda spokesman", "A Garda spokesman")],
    ),
]

GIVEN_NAME_ENDINGS: list[Row] = [
    # an unknown given name ending in -ent or -ant opens the name: part of it
    (
        "Millicent Amy Carver said the hall would close in March.",
        None,
        [("the hall would close in March", "Millicent Amy Carver", "Millicent Amy Carver")],
    ),
    (
        "Millicent Amy Carver, who runs the hall, said the roof leaked.",
        None,
        [("the roof leaked", "Millicent Amy Carver", "Millicent Amy Carver")],
    ),
    # controls: an occupation listed or guessed by a surer ending goes
    (
        '"We were lucky," said Pediatrician Amy Carver.',
        None,
        [("We were lucky,", "Amy Carver", "Pediatrician Amy Carver")],
    ),
    (
        "The water was safe to drink, Consultant Peter Lindqvist said on Tuesday.",
        None,
        [("The water was safe to drink", "Peter Lindqvist", "Consultant Peter Lindqvist")],
    ),
]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        *JOINED_AFTER_INVERTED,
        *TITLE_AND_SURNAME,
        *GROUP_BEFORE_OF,
        *SHARED_SURNAME,
        *KIN_AND_MONTH_NAME,
        *IRISH_RANKS,
        *GIVEN_NAME_ENDINGS,
    ],
)
def test_speakers(text: str, language: str | None, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert speaker_rows(text, language) == expected
