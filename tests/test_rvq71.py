"""A reviewer's findings on round 71's speaker rules, mended (branch rvq71).

Each row is a short wire or web story written for these tests, the words of one quote in it and the
speaker that must come out; near-miss rows keep what they had."""

from __future__ import annotations

import pytest

from quote_cases import article_of, speaker_of

Row = tuple[str, str, "str | None"]
Quoted = tuple[str, "list[tuple[str, str | None]]"]


GERUND_OBJECTS: list[Quoted] = [
    # a participle after the attribution's comma whose object opens with a word that doubles as an adjective:
    # the writer's phrase, the words before the attribution are what was said
    ("HOUSTON - Refiners cut runs in May.\n\n"
     "Fuel demand eased in May, the agency said, citing lost output at two refineries.",
     [("Fuel demand eased in May", "the agency")]),
    ("LONDON - Care workers voted on Monday.\n\n"
     "The strike will go ahead, the union said, seeking paid leave for carers.",
     [("The strike will go ahead", "the union")]),
    ("LEEDS - The mill closed on Friday.\n\n"
     "Orders have dried up, the owner said, blaming cut budgets at the council.",
     [("Orders have dried up", "the owner")]),
    ("LEEDS - The mill closed on Friday.\n\n"
     "Jobs will go, the owner said, pointing to set prices for wool.",
     [("Jobs will go", "the owner")]),
    # near misses: a noun in -ing before a finite-only verb is still the clause's subject
    ("LONDON - Northgate Bank published its results on Friday.\n\n"
     "In the first quarter, the bank said, lending fell by a tenth.",
     [("lending fell by a tenth", "Northgate Bank")]),
    ("LONDON - Northgate Bank published its results on Friday.\n\n"
     "In the first quarter, the bank said, borrowing was weak in the north.",
     [("borrowing was weak in the north", "Northgate Bank")]),
]


@pytest.mark.parametrize(("story", "expected"), GERUND_OBJECTS)
def test_a_participle_before_an_adjective_is_the_writers(story: str, expected: list[tuple[str, str | None]]) -> None:
    quotes = article_of(story).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == expected


SET_OFF_ATTRIBUTIONS: list[Row] = [
    # a role and a name open the sentence, the attribution and its object set off inside it: the one cited speaks
    ("MIAMI - A man died in a crash on Saturday.\n\n"
     "The driver's brother, Tom Hale, a neighbour told police, had been drinking that night.",
     "had been drinking that night", "a neighbour"),
    ("LEEDS - A war memorial was unveiled on Sunday.\n\n"
     "Her late husband, Tom Hale, a family friend told the Herald, had served in Iraq.",
     "had served in Iraq", "a family friend"),
    ("LEEDS - A man died in a crash on Saturday.\n\n"
     "The driver's brother, Tom Hale, a neighbour told police on Friday, had been drinking that night.",
     "had been drinking that night", "a neighbour"),
    # near misses: the appositive's closing comma missing, words after the cue with no comma: the name
    ("SACRAMENTO - The budget passed on Friday.\n\n"
     "Delgado's spokesman, Ian Kerr, a veteran of the governor's campaigns told reporters the governor would sign.",
     "the governor would sign", "Ian Kerr"),
    ("SACRAMENTO - The budget passed on Friday.\n\n"
     "Delgado's spokesman, Ian Kerr, a veteran of the governor's campaigns said the governor would sign the bill.",
     "the governor would sign the bill", "Ian Kerr"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), SET_OFF_ATTRIBUTIONS)
def test_an_attribution_set_off_inside_the_sentence(story: str, words: str, speaker: str | None) -> None:
    assert speaker_of(story, words) == speaker


PARTY_MEMBERS: list[Row] = [
    # a party's member described as the article described a person, or tied to a listed party: that person
    ("LONDON - MPs debated the bill on Monday.\n\n"
     "Ana Moyo, the veteran Labour MP, backed the plan. The veteran Labour MP said the vote would be close.",
     "the vote would be close", "Ana Moyo"),
    ("LONDON - MPs debated the bill on Monday.\n\n"
     "Labour MP Jane Roe spoke first. The new Labour MP said the bill was flawed.",
     "the bill was flawed", "Jane Roe"),
    ("LONDON - MPs debated the bill on Monday.\n\n"
     "Jane Roe, the Labour MP for Leeds North, spoke first. The Leeds Labour MP said the bill was flawed.",
     "the bill was flawed", "Jane Roe"),
    ("EDINBURGH - Holyrood met on Tuesday.\n\n"
     "Ana Moyo, the new SNP MSP, backed the plan. The new SNP MSP said the vote would be close.",
     "the vote would be close", "Ana Moyo"),
    # near misses: no one named, someone new, a former member: as written
    ("EDINBURGH - Holyrood met on Tuesday.\n\n"
     "The new SNP MSP said the vote would be close.",
     "the vote would be close", "The new SNP MSP"),
    ("LONDON - MPs debated the bill on Monday.\n\n"
     "Tory MP Jane Roe spoke first. A senior Tory MP said the bill was flawed.",
     "the bill was flawed", "A senior Tory MP"),
    ("LONDON - MPs debated the bill on Monday.\n\n"
     "Labour MP Jane Roe spoke first. The former Labour MP said the bill was flawed.",
     "the bill was flawed", "The former Labour MP"),
    ("LONDON - MPs debated the bill on Monday.\n\n"
     "The new Labour MP said the bill was flawed.",
     "the bill was flawed", "The new Labour MP"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), PARTY_MEMBERS)
def test_a_party_member_is_the_person_so_described(story: str, words: str, speaker: str | None) -> None:
    assert speaker_of(story, words) == speaker


STAKE_OPENINGS: list[Row] = [
    # shares of a firm that another sold or bought: "It" is not the firm
    ("LONDON - The state sold its last holdings on Monday.\n\n"
     "Shares in Acme Holdings were sold by the Treasury on Monday. It said the sale raised 2 billion pounds.",
     "the sale raised 2 billion pounds", "It"),
    ("NEW YORK - Deals were struck on Monday.\n\n"
     "Shares of Orton Corp were bought by Beta Holdings LLC on Monday. It said the deal valued Orton at $1 billion.",
     "the deal valued Orton at $1 billion", "It"),
    # near misses: the firm's shares move, by a figure too: the firm
    ("NEW YORK - Markets rose on Tuesday.\n\n"
     "Shares of Lumen Tech Inc. rose by 2% on Tuesday. It said quarterly revenue would beat forecasts.",
     "quarterly revenue would beat forecasts", "Lumen Tech Inc."),
    ("LONDON - Markets fell on Tuesday.\n\n"
     "Shares in Harrow Mining Plc dropped 4% on Tuesday. It said output would fall this year.",
     "output would fall this year", "Harrow Mining Plc"),
]


@pytest.mark.parametrize(("story", "words", "speaker"), STAKE_OPENINGS)
def test_it_after_shares_another_moved(story: str, words: str, speaker: str | None) -> None:
    assert speaker_of(story, words) == speaker
