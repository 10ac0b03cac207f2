"""Speaker and reading leftovers of stop 41: a title a desk abbreviates after a cue (``said Dep.
Mayor ...``) ends no sentence, a titled name set off after ``a spokesman for the leader`` is the
leader's, a saying of nothing gives the next quotation no speaker, ``said sorry`` and ``said his
prayers the night ...`` report nothing, German economists' compounds, a subheading names no one,
and ``X, the harbour master, and Y said`` and ``The mayor and Y said`` are both.  Invented stories; each row is the text and exactly what must come out.

Rows under ``# mutation-killing`` pass on the base too: each names the mutant of this change it
kills."""

from __future__ import annotations

import pytest

from quote_cases import SpeakerRow as Row
from quote_cases import article_speakers, speaker_rows

# a title abbreviated after a cue, another title or at the clause's opening, before a capitalised
# word: its point ends no sentence, and the name after it speaks (the abbreviation was the speaker)
ABBREVIATED_TITLES = [
    ('"Our officers reached the house within minutes," said Const. Imogen Hale, who was first on the scene.',
     [("Our officers reached the house within minutes,", "Imogen Hale", "Const. Imogen Hale")]),
    ('"The clinic will reopen in March," said Asst. Health Commissioner Priya Nair.',
     [("The clinic will reopen in March,", "Priya Nair", "Asst. Health Commissioner Priya Nair")]),
    ('"The charges will stand," said Dist. Atty. Marcus Webb. "We have the footage."',
     [("The charges will stand,", "Marcus Webb", "Dist. Atty. Marcus Webb"),
      ("We have the footage.", "Marcus Webb", None)]),
    ('"We will not close the consulate," said Amb. Rafael Ortega on Friday.',
     [("We will not close the consulate,", "Rafael Ortega", "Amb. Rafael Ortega")]),
    ('"The tunnel stays shut until Monday," said Deputy Dist. Engineer Wen Li.',
     [("The tunnel stays shut until Monday,", "Wen Li", "Deputy Dist. Engineer Wen Li")]),
]


@pytest.mark.parametrize(("text", "expected"), ABBREVIATED_TITLES)
def test_an_abbreviated_title_after_a_cue_ends_no_sentence(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = speaker_rows(text)
    assert [(quoted, name) for quoted, name, _ in found] == [(quoted, name) for quoted, name, _ in expected]
    assert [mention for _, _, mention in found][:1] == [expected[0][2]]


# the same abbreviation closing a noun (after a determiner or a body's word) ends the sentence:
# the next sentence's speaker is its own ("Dept." was one that never ended one)
NOUN_ENDINGS = [
    ('"We have the invoices," said Hanna Voss, a lawyer for the Dept. Owen Pratt, a haulier, said he was "never told."',
     ["Hanna Voss", "Owen Pratt"]),
    ('"The files are complete," said Rui Costa of the Justice Dept. Mia Grant, a clerk, said two were "missing."',
     ["Rui Costa", "Mia Grant"]),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_ENDINGS)
def test_an_abbreviation_that_closes_a_noun_ends_the_sentence(text: str, expected: list[str]) -> None:
    assert article_speakers(f"Harbour news\n\n{text}") == expected


# mutation-killing: the abbreviations that were no abbreviations before, closing a noun, still end
# the sentence (kill the mutant of title_abbreviation_at that returns True after any word; pass on
# the base, where their point always ended one)
STILL_ENDING = [
    ('"Two crews were sent," said Pia Marsh of the county Fire Dep. Neighbours said the smoke "hung for hours."',
     ["Pia Marsh", "Neighbours"]),
    ("The appeal turns on the fourth article of the Const. Lawyers for the city said the vote was valid.",
     ["Lawyers for the city"]),
]


@pytest.mark.parametrize(("text", "expected"), STILL_ENDING)
def test_an_abbreviation_that_closes_a_noun_still_ends_the_sentence(text: str, expected: list[str]) -> None:
    assert article_speakers(f"Harbour news\n\n{text}") == expected


# a name with a title of its own set off after a role linked by "for"/"of" to a role noun names
# that role noun's holder: the role's head speaks, as written
OBJECT_NAMED = [
    ("A spokeswoman for the council leader, Cllr Bronwen Pryce, said the audit was flawed.",
     [("the audit was flawed", "A spokeswoman for the council leader", "A spokeswoman for the council leader")]),
    ("The son of the former mayor, Councillor Idris Vaughan, said the family would sue.",
     [("the family would sue", "The son of the former mayor", "The son of the former mayor")]),
    ("A solicitor for the party leader, Sen. Ruth Calder, said the claim had been withdrawn.",
     [("the claim had been withdrawn", "A solicitor for the party leader", "A solicitor for the party leader")]),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_NAMED)
def test_a_titled_name_after_a_linked_role_noun_is_not_the_speaker(text: str, expected: list[Row]) -> None:
    assert speaker_rows(text) == expected


# mutation-killing: with no title of its own, or after a body rather than a role noun, the name
# set off is the one who speaks (kills the mutants of names_the_object without its title check,
# ``not vocabulary.is_title(name[0])``, and without its role-noun check)
APPOSED_SPEAKS = [
    ("A spokeswoman for the council leader, Bronwen Pryce, said the audit was flawed.",
     [("the audit was flawed", "Bronwen Pryce", "Bronwen Pryce")]),
    ("The leader of the council, Cllr Bronwen Pryce, said the audit was flawed.",
     [("the audit was flawed", "Bronwen Pryce", "Cllr Bronwen Pryce")]),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED_SPEAKS)
def test_an_untitled_name_or_one_after_a_body_speaks(text: str, expected: list[Row]) -> None:
    assert speaker_rows(text) == expected


# a saying of nothing: its subject gives no speaker to the quotation after it
EMPTY_SAYING = [
    ('Marta Quist said nothing. "They have forgotten us."', [None]),
    ('Ines Falk said so on Friday. "It was never safe."', [None]),
    ('Dev Anand said little on Tuesday. "Nobody asked the crews."', [None]),
]


@pytest.mark.parametrize(("text", "expected"), EMPTY_SAYING)
def test_a_saying_of_nothing_gives_no_speaker_to_the_next_quotation(text: str, expected: list[str | None]) -> None:
    assert article_speakers(f"Harbour news\n\n{text}") == expected


# mutation-killing: "so" before a word that is no preposition opens reported words, and a
# sentence with no such word still gives its subject (the first kills empty_saying without its
# check of the word after "so", the second an empty_saying that is always true; both pass on the base)
SAYING_SOMETHING = [
    ('Dev Anand said so many boats had gone that the quay was empty. "Nobody asked the crews."',
     [("so many boats had gone that the quay was empty", "Dev Anand"), ("Nobody asked the crews.", "Dev Anand")]),
    ('Marta Quist turned to the crowd. "They have forgotten us."', [("They have forgotten us.", "Marta Quist")]),
]


@pytest.mark.parametrize(("text", "expected"), SAYING_SOMETHING)
def test_a_saying_with_words_keeps_its_readings(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(quoted, name) for quoted, name, _ in speaker_rows(text)] == expected


# a thing said that is no reported speech: "sorry", and "prayers" before a time phrase or a
# relative clause
NOT_SPEECH = [
    "The chief executive said sorry to passengers who had waited six hours.",
    "Gerda Holm said sorry at the start of the meeting, which ran until midnight.",
    "Father Liam Doyle said his prayers the morning the lifeboat would launch.",
]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_a_thing_said_reports_no_words(text: str) -> None:
    assert speaker_rows(text) == []


# mutation-killing: "sorry" as a clause's subject is reported (kills NON_SPEECH_OBJECTS' reading
# without its follower check; passes on the base)
def test_sorry_as_a_subject_is_reported() -> None:
    assert speaker_rows("Gerda Holm said sorry was not enough.") == [("sorry was not enough", "Gerda Holm", "Gerda Holm")]


# German: a bank's or an institute's economist, as a compound title before the name
GERMAN_ECONOMISTS = [
    ("„Die Zinsen sinken erst im Herbst“, sagte Helaba-Chefvolkswirt Ole Brandt.", ["Ole Brandt"]),
    ("„Der Dax bleibt nervös“, sagte Chefstrategin Mira Kühn.", ["Mira Kühn"]),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN_ECONOMISTS)
def test_german_economist_compounds_are_titles(text: str, expected: list[str]) -> None:
    assert article_speakers(f"Zinsen\n\n{text}", "de") == expected


# a subheading alone on its line is no person: no pronoun nor speaker resolves to it
SUBHEADINGS = [
    ("Ferry fares to rise\n\nThe council approved a 12 per cent rise in fares on Tuesday.\n\nFlawed Approach\n\n"
     '"We cannot afford it," she said.\n', ["she"]),
    ("Ferry fares to rise\n\nOwen Pratt, who runs the quay shop, opposed the rise.\n\nA Costly Delay\n\n"
     '"We cannot afford it," he said.\n', ["Owen Pratt"]),
]


@pytest.mark.parametrize(("text", "expected"), SUBHEADINGS)
def test_a_subheading_names_no_one(text: str, expected: list[str]) -> None:
    assert article_speakers(text) == expected


# a name set off by a short aside, a coordinator and a name: two subjects, both speak
JOINED_AFTER_ASIDE = [
    ("Idris Vaughan, the harbour master, and Bronwen Pryce said the pier would reopen in June.",
     [("the pier would reopen in June", "Idris Vaughan and Bronwen Pryce",
       "Idris Vaughan, the harbour master, and Bronwen Pryce")]),
    ("Owen Pratt, 61, and Mia Grant said the lane had flooded twice this winter.",
     [("the lane had flooded twice this winter", "Owen Pratt and Mia Grant", "Owen Pratt, 61, and Mia Grant")]),
    ("Owen Pratt, the slipway owner, and Cllr Mia Grant told the inquiry the wall was never inspected.",
     [("the wall was never inspected", "Owen Pratt and Mia Grant", "Owen Pratt, the slipway owner, and Cllr Mia Grant")]),
]


@pytest.mark.parametrize(("text", "expected"), JOINED_AFTER_ASIDE)
def test_a_name_an_aside_and_a_name_are_two_subjects(text: str, expected: list[Row]) -> None:
    assert speaker_rows(text) == expected


# mutation-killing: an aside with capitalised words is left as before, the last name alone (kills
# apposed_then_name without its check of the aside's words; passes on the base)
def test_a_long_capitalised_aside_keeps_the_last_name() -> None:
    text = "Owen Pratt, a GP at the Harbour Clinic, and Mia Grant said the ward was full."
    assert speaker_rows(text) == [("the ward was full", "Mia Grant", "Mia Grant")]


# a role of a person after a determiner, a coordinator and a name: two subjects, both speak
ROLE_AND_NAME = [
    ("The coroner and Idris Vaughan said the inquest would resume in May.",
     [("the inquest would resume in May", "The coroner and Idris Vaughan", "The coroner and Idris Vaughan")]),
    ("Her husband and Bronwen Pryce said the family had been threatened.",
     [("the family had been threatened", "Her husband and Bronwen Pryce", "Her husband and Bronwen Pryce")]),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_AND_NAME)
def test_a_role_and_a_name_are_two_subjects(text: str, expected: list[Row]) -> None:
    assert speaker_rows(text) == expected


# mutation-killing: a thing and a name, or a name with a title after "and" (``the mayor and Fire
# Chief ...`` may be one person), are left as before (the first kills role_and_name without its
# people-noun check; the second pins the titled reading, whose title check the name model's
# is_name mostly repeats; both pass on the base)
ROLE_AND_NAME_LEFT = [
    ("The bridge and Idris Vaughan said the road would stay shut.",
     [("the road would stay shut", "Idris Vaughan", "Idris Vaughan")]),
    ("The coroner and Deputy Coroner Idris Vaughan said the inquest would resume.",
     [("the inquest would resume", "Idris Vaughan", "Deputy Coroner Idris Vaughan")]),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_AND_NAME_LEFT)
def test_a_thing_or_a_titled_name_after_and_is_left(text: str, expected: list[Row]) -> None:
    assert speaker_rows(text) == expected
