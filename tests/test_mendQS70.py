"""Wrong or missing speakers a new user found (issue 5, round 70): a place read as a pronoun's
referent (``Quezon City``) or as the subject before a quotation that a pronoun's cue closes
(``France "will not sign ...", she told France Inter radio.``), an opening participle read as the
speaker (``Reacting, the spokesperson ..., Name, said``), a hospital in a place phrase read as the
speaker instead of the role before it, a set-off name whose surname is a place's word too (``Ruth
Ellison Park``), pronouns after a person set off after a qualified role or named after a body's
role's field, and a gesture read as the cue of a quotation inside a subordinate clause.  Invented
stories in web-copy and wire shapes; each row is the text after a plain headline and the exact
``(quote text, speaker's name)`` pairs that must come out, in order.  Near-miss rows say what must
stay."""

from __future__ import annotations

import pytest

from newsparse.quotes import QuoteParser
from quote_cases import article_of

Pair = tuple[str, "str | None"]


def pairs(text: str) -> list[Pair]:
    """``(quote text, speaker's name)`` of each quote of *text* read as an article."""
    return [(q.text, q.speaker and q.speaker.name) for q in article_of(text, None, "City and politics").quotes]


# 1. a place is never a pronoun's referent nor the speaker a pronoun's cue names
PLACES = [
    ("Quezon City will pilot a no-contact scheme along its stretch of the avenue in March, city officials said on "
     "Sunday.\n\nCity traffic chief Dexter Cardenas said the cameras would cover 11 junctions. \"The idea is to remove "
     "the human element,\" he explained.\n",
     [("Quezon City will pilot a no-contact scheme along its stretch of the avenue in March", "city officials"),
      ("the cameras would cover 11 junctions", "Dexter Cardenas"),
      ("The idea is to remove the human element,", "Dexter Cardenas")]),
    ("Cebu Province will ban plastic bags, provincial officials said.\n\nProvince environment chief Lorna Abad said "
     "the rule starts in May. \"We are ready,\" she said.\n",
     [("Cebu Province will ban plastic bags", "provincial officials"), ("the rule starts in May", "Lorna Abad"),
      ("We are ready,", "Lorna Abad")]),
    ("Farm Minister Anne Gerard said the government shared the concerns. France \"will not sign this deal as it "
     "stands\", she told France Inter radio.\n",
     [("the government shared the concerns", "Anne Gerard"), ("will not sign this deal as it stands", "Anne Gerard")]),
    ("Trade Minister Paul Vance spoke on Monday. Canada \"will not accept these tariffs\", he told Sky News "
     "television.\n",
     [("will not accept these tariffs", "Paul Vance")]),
    # (near miss: a place's name that is a person's given name stays a person)
    ("Jordan Hale, the club captain, spoke after the match. \"We were second best,\" he said.\n",
     [("We were second best,", "Jordan Hale")]),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_a_place_never_speaks_for_a_pronoun(text: str, expected: list[Pair]) -> None:
    assert pairs(text) == expected


# 2. an opening participle before a role and a name set off is no speaker
OPENINGS = [
    ("Reacting, the spokesperson for the company, Olufemi Soneye, said the firm would comply.\n\n\"We are ready,\" he "
     "said.\n",
     [("the firm would comply", "Olufemi Soneye"), ("We are ready,", "Olufemi Soneye")]),
    ("Responding, the party chairman, Ade Okon, said the vote was fair.\n", [("the vote was fair", "Ade Okon")]),
    ("Reacting to the verdict, the lawyer for the family, Ngozi Eze, said they would appeal.\n",
     [("they would appeal", "Ngozi Eze")]),
    # (near misses: a surname in -ing with a role set off after it names him; a participle and a role alone)
    ("Browning, a former naval officer, said the ship was safe.\n", [("the ship was safe", "Browning")]),
    ("Reacting, the spokesperson said the firm would comply.\n", [("the firm would comply", "the spokesperson")]),
]


@pytest.mark.parametrize(("text", "expected"), OPENINGS)
def test_an_opening_participle_is_no_speaker(text: str, expected: list[Pair]) -> None:
    assert pairs(text) == expected


# 3. the role before two place phrases speaks, never the first phrase's object
PLACE_PHRASES = [
    ("A former ward manager at a hospital in Kent has said staff were told to keep quiet.\n",
     [("staff were told to keep quiet", "A former ward manager at a hospital in Kent")]),
    ("A teacher at a school in Leeds said the roof had leaked for years.\n",
     [("the roof had leaked for years", "A teacher at a school in Leeds")]),
    ("Some delegates at the rally in Ohio said the mood was grim.\n",
     [("the mood was grim", "Some delegates at the rally in Ohio")]),
    # (near misses: one place phrase, as before; a noun for no one before two place phrases speaks nothing)
    ("A plumber from Leeds said prices rose.\n", [("prices rose", "A plumber from Leeds")]),
    ("This could shape the talks over the \u201cinterim\u201d role of Haddad in the transition in Lebanon once "
     "agreed.\n", []),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_PHRASES)
def test_the_role_before_place_phrases_speaks(text: str, expected: list[Pair]) -> None:
    assert pairs(text) == expected


# 4. a name set off after an inverted cue's kin role, its surname a place's word too
KIN_NAMES = [
    ("Mary Ellison, a marine biologist, died Jan. 26 at her home. She was 91.\n\nThe cause was heart failure, said "
     "her daughter, Ruth Ellison Park.\n\nDr. Ellison began diving in the 1950s. \"People told her the boats were no "
     "place for a lady,\" her daughter said.\n",
     [("The cause was heart failure", "Ruth Ellison Park"),
      ("People told her the boats were no place for a lady,", "Ruth Ellison Park")]),
    ("Ann Cole died on Friday. She was 80.\n\nThe cause was cancer, said her son, Mark Hill.\n",
     [("The cause was cancer", "Mark Hill")]),
    # (near miss: a plain surname, as before)
    ("The cause was cancer, said his son, Tom Reed.\n", [("The cause was cancer", "Tom Reed")]),
]


@pytest.mark.parametrize(("text", "expected"), KIN_NAMES)
def test_a_kin_name_with_a_place_word_speaks(text: str, expected: list[Pair]) -> None:
    assert pairs(text) == expected


# 5. a pronoun after a person set off after a qualified role, or named after a role's field
PRONOUNS = [
    ("Mary Ellison died on Tuesday.\n\nHer former student, Stanford professor Alan Cho, said she had a rare eye for "
     "detail. \"She could read a reef from one photograph,\" he said.\n",
     [("she had a rare eye for detail", "Alan Cho"), ("She could read a reef from one photograph,", "Alan Cho")]),
    ("Union leader Klaus Weber spoke first.\n\nDeutsche Bahn personnel chief Martin Seiler called the strike "
     "\"completely unnecessary.\" He said the company had offered a 7% raise.\n",
     [("completely unnecessary.", "Martin Seiler"), ("the company had offered a 7% raise", "Martin Seiler")]),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS)
def test_a_pronoun_refers_to_the_person_set_off(text: str, expected: list[Pair]) -> None:
    assert pairs(text) == expected


# 6. a gesture is no cue for a quotation inside a clause of its sentence
GESTURES = [
    ("The hearing ran late.\n\nWhen Tom Hale accused him of an \"artful smear,\" the senator smiled.\n",
     [("artful smear,", None)]),
    # (near misses: a quotation that opens its sentence, or follows a comma, keeps the gesture's speaker)
    ("The hearing ran late.\n\n\"That is an artful smear,\" the senator smiled.\n",
     [("That is an artful smear,", "the senator")]),
]


@pytest.mark.parametrize(("text", "expected"), GESTURES)
def test_a_gesture_after_a_clause_is_no_cue(text: str, expected: list[Pair]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("name", "place"),
    [("Quezon City", True), ("Kent County", True), ("Jeju Province", True), ("Air New Zealand", True),
     ("Jordan Hale", False), ("Tom City", True), ("Ruth Ellison Park", False)],
)
def test_place_in_name(name: str, place: bool) -> None:
    assert QuoteParser().place_in_name(name) is place


@pytest.mark.parametrize(
    ("word", "opening"),
    [("Reacting", True), ("Responding", True), ("Commenting", True), ("Fleming", False),
     ("reacting", False), ("King", False)],
)
def test_opening_gerund(word: str, opening: bool) -> None:
    assert QuoteParser().opening_gerund(word) is opening
