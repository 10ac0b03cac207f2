"""Issue 5, attribution shapes (fixQ64b): the one told, a setting and ``that`` read once for
English and the packs; reported words with no marks before two joined names; a one-word answer
after an asked clause; a correction notice's attribution; a cited headline after a link's label;
an organisation's last word after an article, which stays as written.  Each row is ``(text, language, [(quote's words,
speaker's name)])``, every quote of the article read whole."""

from __future__ import annotations

import pytest

from quote_cases import quote_speakers

Row = tuple[str, str | None, list[tuple[str, str | None]]]

# -- 1: the one told, where (and when), then "that": one reading for English and the packs ---------
TOLD_SETTINGS: list[Row] = [
    ("Lina Osei told a news conference at the city's main hall that the bridge would reopen in June.", None,
     [("the bridge would reopen in June", "Lina Osei")]),
    ("Marta Diaz told a press briefing in Rio de Janeiro today that exports would rise.", None,
     [("exports would rise", "Marta Diaz")]),
    ("Marta Diaz told a briefing at the Harbour Trust offices in Leeds on Monday that exports would rise.", None,
     [("exports would rise", "Marta Diaz")]),
    ("El alcalde dijo a la prensa en Toledo el martes que la obra acabará en julio.", "es",
     [("la obra acabará en julio", "El alcalde")]),
    ("La ministre a déclaré aux journalistes à Lyon lundi que le projet avancerait.", "fr",
     [("le projet avancerait", "La ministre")]),
    # (must not fire: a time after the place that opens with the word for the one told; a thing told)
    ("El alcalde dijo a la prensa en Toledo el martes a las nueve que la obra acabará en julio.", "es", []),
    ("Le maire a annoncé le projet à Lyon lundi que la ville prépare.", "fr", []),
]

# -- 2: reported words with no marks, then two or more names joined after the verb: all speak ------
JOINED_NAMES: list[Row] = [
    ("The plant will close in May, said Ana Ruiz and Tom Berg.", None,
     [("The plant will close in May", "Ana Ruiz and Tom Berg")]),
    ("The plant will close in May, said Ana Ruiz and her husband, Pedro.", None,
     [("The plant will close in May", "Ana Ruiz and Pedro")]),
    ("The plant will close in May, said Ana Ruiz, Tom Lee and Kofi Mensah.", None,
     [("The plant will close in May", "Ana Ruiz, Tom Lee and Kofi Mensah")]),
    ("The plant will close in May, said Ana Ruiz.", None, [("The plant will close in May", "Ana Ruiz")]),
    # (as the same words before the verb give)
    ("Ana Ruiz and Tom Berg said the plant would close in May.", None,
     [("the plant would close in May", "Ana Ruiz and Tom Berg")]),
    # (must not fire: a clause of the speaker's own after "and"; a body's name that holds "and")
    ("The plant will close in May, said Ana Ruiz and left the room.", None, []),
    ("The plant will close in May, said Tom Berg of Berg and Santow Inc.", None, []),
]

# -- 3: a one-word answer after an asked clause is nothing, as "She said no." is; the question stays
# the reporter's, a quote with no speaker (REPORTER_QUESTIONS), never the answerer's words ---------
ASKED: list[Row] = [
    ("Ana Ruiz, the mayor, spoke on Monday.\n\nAsked whether she would resign, she said no.", None,
     [("whether she would resign", None)]),
    ("Tom Berg, the senator, spoke on Monday.\n\nAsked if he would run, he said yes.", None,
     [("if he would run", None)]),
    ("Asked whether the fares would rise, the minister said yes.", None, [("whether the fares would rise", None)]),
    ("Ana Ruiz, the mayor, spoke on Monday.\n\nThe mayor said no.", None, []),
    # (an answer of words, or a quoted one, is hers)
    ("Ana Ruiz, the mayor, spoke on Monday.\n\nAsked whether she would resign, she said she would stay.", None,
     [("whether she would resign", None), ("she would stay", "Ana Ruiz")]),
    ('Ana Ruiz, the mayor, spoke on Monday.\n\nAsked whether she would resign, she said: "No."', None,
     [("whether she would resign", None), ("No.", "Ana Ruiz")]),
]

# -- 4: a correction notice says the person did not say it: no quote of theirs ---------------------
CORRECTIONS: list[Row] = [
    ("An earlier version of this story incorrectly stated that Ana Ruiz said the plant would close.", None, []),
    ("An earlier version of this story misquoted Tom Berg as saying the plant would close.", None, []),
    ("Correction: An earlier version of this story incorrectly stated that Ana Ruiz said the plant would close.", None, []),
    ("A previous version of this article misquoted Tom Berg as saying the plant would close.", None, []),
    # (must still fire: what he did say, before the notice)
    ("Tom Berg said the plant would close.\n\n"
     "An earlier version of this story misquoted Tom Berg as saying the plant would close in May.", None,
     [("the plant would close", "Tom Berg")]),
]

# -- 5: a cited headline after a link's label is no quote -----------------------------------------
LINKS: list[Row] = [
    ('Rents rose again in March. [Read: "Why rents rise"] Landlords blamed costs.', None, []),
    ('Rents rose again in March. (READ MORE: "Why rents rise") Landlords blamed costs.', None, []),
    ('Rents rose again in March. Related: "Council backs plan" Landlords blamed costs.', None, []),
    ('Rents rose again in March. Read more: "Why rents rise"', None, []),
    ('The council met on Monday.\n\n[Read: "Storm hits coast"]\n\nThe vote was close.', None, []),
    ('The council met on Monday.\n\nRelated: "Council backs plan"\n\nThe vote was close.', None, []),
    ("Les loyers ont encore augmenté en mars. (Lire aussi : « Pourquoi les loyers montent ») Les propriétaires"
     " accusent les coûts.", "fr", []),
    # (must not fire: a label that is no link; an attribution after the quotation; words in the bracket)
    ('Rents rose again in March. [Update: "The road has reopened."] Landlords blamed costs.', None,
     [("The road has reopened.", None)]),
    ('Rents rose again in March. Related: "We will fight this," Ana Ruiz said.', None,
     [("We will fight this,", "Ana Ruiz")]),
    ('Ana Ruiz, the mayor, spoke. (Read: "We will rebuild," she said.)', None, [("We will rebuild,", "Ana Ruiz")]),
]

@pytest.mark.parametrize(("text", "language", "expected"), TOLD_SETTINGS + JOINED_NAMES + ASKED + CORRECTIONS + LINKS)
def test_fixq64b_rows(text: str, language: str | None, expected: list[tuple[str, str | None]]) -> None:
    assert quote_speakers(text, language) == expected


# -- 6: an organisation's last word after an article stays as written: the full name before is ----
# -- often another body's, a place's or a state's (trial64b; the opt-in that read it so, off by ------
# -- default, was removed in debt65) --------------------------------------------------------------
SHORT_NAMES_OFF: list[Row] = [
    ("The Regional Transport Authority met on Monday.\n\nThe Authority said fares would rise in May.", None,
     [("fares would rise in May", "Authority")]),
    ('The Network Computing Forum met on Monday.\n\n"The standard will ship in May," the Forum said.', None,
     [("The standard will ship in May,", "Forum")]),
    ("The Network Computing Forum and the World Economic Forum met on Monday.\n\n"
     "The Forum said the standard would ship in May.", None, [("the standard would ship in May", "Forum")]),
    ("The Council of Europe met on Monday.\n\nThe Council said the rules would change.", None,
     [("the rules would change", "Council")]),
    ("Ms. Mary Bank spoke on Monday.\n\nThe Bank said rates would rise.", None, [("rates would rise", "Bank")]),
    ("PORT GETS 12 MLN DLR NAVY CONTRACT\n\nHarbour Works Co has received a 12 mln dlr contract for dredging, the Navy said.",
     None, [("Harbour Works Co has received a 12 mln dlr contract for dredging", "Navy")]),
    ("The Network Computing Forum met on Monday.\n\nThe Forum said the standard would ship in May.", None,
     [("the standard would ship in May", "Forum")]),
    ("Jo Kent told the Financial Times last week that she would sell.\n\nThe Times said the price was too low.", None,
     [("she would sell", "Jo Kent"), ("the price was too low", "Times")]),
    ("The Soviet Union collapsed in 1991.\n\nThe Union said the strike would go on.", None,
     [("the strike would go on", "Union")]),
    ("Crowds gathered at Hampton Court on Sunday.\n\nThe Court said the trial would go ahead.", None,
     [("the trial would go ahead", "Court")]),
]


@pytest.mark.parametrize(("text", "language", "expected"), SHORT_NAMES_OFF)
def test_short_names_stay_by_default(text: str, language: str | None, expected: list[tuple[str, str | None]]) -> None:
    assert quote_speakers(text, language) == expected
