"""Issue 5, a new user's quote findings continued (trialQ62b): a described age that contradicts a
person's stated age, lists of role-and-name items before a cue, ``quoted as saying by`` an outlet
before reported words, and an age opening the role before an appositive's name.  Each case is
invented copy after a plain headline, and the rows that must come out, in order."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser
from quote_cases import SourcedRow, SpeakerRow, sourced_rows, speaker_rows

# a described age that contradicts the age the article gave a person never resolves to that person
AGES: list[tuple[str, list[SpeakerRow]]] = [
    (
        'Councillor Rhys Evans, 64, spoke against the depot on Monday.\n\n"It is a disgrace," the 47-year-old councillor said.',
        [("It is a disgrace,", "the 47-year-old councillor", "the 47-year-old councillor")],
    ),
    (
        '64-year-old councillor Rhys Evans spoke against the depot.\n\n"It is a disgrace," the 47-year-old councillor said.',
        [("It is a disgrace,", "the 47-year-old councillor", "the 47-year-old councillor")],
    ),
    # must not change: the same age, no age told, no age in the mention
    (
        'Councillor Rhys Evans, 47, spoke against the depot on Monday.\n\n"It is a disgrace," the 47-year-old councillor said.',
        [("It is a disgrace,", "Rhys Evans", "the 47-year-old councillor")],
    ),
    (
        'Councillor Rhys Evans spoke against the depot on Monday.\n\n"It is a disgrace," the 47-year-old councillor said.',
        [("It is a disgrace,", "Rhys Evans", "the 47-year-old councillor")],
    ),
    (
        'Councillor Rhys Evans, 64, spoke against the depot on Monday.\n\n"It is a disgrace," the councillor said.',
        [("It is a disgrace,", "Rhys Evans", "the councillor")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AGES)
def test_contradicted_age(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text, None, "Depot row") == expected


# a list of items each a role (or a title) and a full name before a cue speaks whole
LISTS: list[tuple[str, list[SpeakerRow]]] = [
    (
        "Mayor Dana Whitfield, challenger Omar Sadiq and clerk Ruth Mbeki all said the count had been fair.",
        [(
            "the count had been fair",
            "Dana Whitfield, Omar Sadiq and Ruth Mbeki",
            "Mayor Dana Whitfield, challenger Omar Sadiq and clerk Ruth Mbeki",
        )],
    ),
    (
        "Ward 3 councillor-elect Nina Kowal, Ward 7's Piet Mulder and school trustee Ada Quist said they welcomed the recount.",
        [(
            "they welcomed the recount",
            "Nina Kowal, Piet Mulder and Ada Quist",
            "Ward 3 councillor-elect Nina Kowal, Ward 7's Piet Mulder and school trustee Ada Quist",
        )],
    ),
    (
        "Mayor Dana Whitfield and clerk Ruth Mbeki said the count had been fair.",
        [("the count had been fair", "Dana Whitfield and Ruth Mbeki", "Mayor Dana Whitfield and clerk Ruth Mbeki")],
    ),
    # must not change: no name before the coordinator (one person with two roles), a list with no role
    (
        "Property developer and television host Omar Sadiq said the count had been fair.",
        [("the count had been fair", "Omar Sadiq", "television host Omar Sadiq")],
    ),
    (
        "Dana Whitfield, Omar Sadiq and Ruth Mbeki said the count had been fair.",
        [(
            "the count had been fair",
            "Dana Whitfield, Omar Sadiq and Ruth Mbeki",
            "Dana Whitfield, Omar Sadiq and Ruth Mbeki",
        )],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_role_named_list(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text, None, "Recount") == expected


# a passive quoting cue, its agent word and an outlet, then "that": the reported words, the outlet their source
QUOTED_BY: list[tuple[str, list[SourcedRow]]] = [
    (
        'Prime Minister Park Ji-ho was quoted as saying by Yonhap that the accord was "final".',
        [('the accord was "final"', "Park Ji-ho", "Yonhap")],
    ),
    (
        "Prime Minister Park Ji-ho was quoted as saying by the state news agency that the accord was final.",
        [("the accord was final", "Park Ji-ho", "the state news agency")],
    ),
    # no outlet after the agent word (the means: the words after "that", no source; mendQ63); no agent at all
    (
        "Prime Minister Park Ji-ho was quoted as saying by phone that the accord was final.",
        [("the accord was final", "Park Ji-ho", None)],
    ),
    (
        "Prime Minister Park Ji-ho was quoted as saying the accord was final.",
        [("the accord was final", "Park Ji-ho", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_BY)
def test_quoted_by_outlet(text: str, expected: list[SourcedRow]) -> None:
    assert sourced_rows(text, None, "Accord") == expected


# an age may open the role before an appositive's name: the name speaks
APPOSED_AGE: list[tuple[str, list[SpeakerRow]]] = [
    (
        "A Hanamaki resident, 71-year-old farmer Yuki Morimoto, said she no longer walks to her fields alone.",
        [("she no longer walks to her fields alone", "Yuki Morimoto", "Yuki Morimoto")],
    ),
    (
        "A local resident, 71-year-old Yuki Morimoto, said she no longer walks to her fields alone.",
        [("she no longer walks to her fields alone", "Yuki Morimoto", "Yuki Morimoto")],
    ),
    # must not change: a role with no age
    (
        "A local resident, farmer Yuki Morimoto, said she no longer walks to her fields alone.",
        [("she no longer walks to her fields alone", "Yuki Morimoto", "Yuki Morimoto")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED_AGE)
def test_age_before_apposed_name(text: str, expected: list[SpeakerRow]) -> None:
    assert speaker_rows(text, None, "Bears") == expected


def test_an_age_before_a_verb_is_no_age_of_the_name_after_it() -> None:
    # (second reader of the merged round: the attacker's age was taken for the victim's, who then
    # lost the quote the article gives him as "the 64-year-old councillor")
    text = (
        "CARDIFF, Wales (AP) — A 17-year-old punched councillor Huw Jones outside the hall on Friday.\n\n"
        '"I am fine," the 64-year-old councillor said.\n'
    )
    quotes = ArticleParser().parse(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [("I am fine,", "Huw Jones")]
