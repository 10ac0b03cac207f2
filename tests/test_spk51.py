"""Speaker readings found by new users' trials of round 51 (spk51, stop 44).  Each table puts the
bad shape beside its near-shape controls; each row is one paragraph under a plain headline and the
exact ``(text, kind, speaker name, speaker mention)`` tuples that must come out."""

from __future__ import annotations

from functools import partial

import pytest

import newsparse
from newsparse import QuoteKind, Vocabulary
from newsparse.names import NameModel
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]

quotes_of = partial(mention_rows, headline="Harbour notebook")


PLACE_BEFORE_SUBJECT = [
    # a quotation, a place or a body set off by a comma, then the subject and its cue: a direct
    # quote of the subject's, the place in neither (was: a mixed quote holding the place)
    ("\u201cIt was loud all night,\u201d Hyde Park, a resident said.",
     [("It was loud all night,", D, "a resident", "a resident")]),
    ("\u201cWe ran out of beds by noon,\u201d Hope Hospital, a nurse said.",
     [("We ran out of beds by noon,", D, "a nurse", "a nurse")]),
    ("\u201cThe queue went round the block,\u201d Mercy College, a porter told reporters.",
     [("The queue went round the block,", D, "a porter", "a porter")]),
    # a title opens a person's name, whose role the subject is: the name speaks
    ("\u201cThe water rose fast,\u201d Mr. Mokoena, a resident told reporters.",
     [("The water rose fast,", D, "Mokoena", "Mr. Mokoena")]),
    # controls: the place inside the subject; a person's name before the role; a name and a
    # plural role joined (nobody sure: no speaker); reported words that end in the place
    ("\u201cIt was loud all night,\u201d a resident of Hyde Park said.",
     [("It was loud all night,", D, "a resident of Hyde Park", "a resident of Hyde Park")]),
    ("\u201cThe queue went round the block,\u201d Lisa Park, a volunteer said.",
     [("The queue went round the block,", D, "Lisa Park", "Lisa Park")]),
    ("\u201cWe will not sell the land,\u201d Tom Berg and two officials with the bank said.",
     [("We will not sell the land,", D, None, None)]),
    ("\u201cWe will not sell the land,\u201d two officials with the bank said.",
     [("We will not sell the land,", D, "two officials with the bank", "two officials with the bank")]),
    ("The noise went on all night in Hyde Park, a resident said.",
     [("The noise went on all night in Hyde Park", R, "a resident", "a resident")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), PLACE_BEFORE_SUBJECT)
def test_place_before_subject(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


GIVEN_THEN_PLACE_WORD = [
    # a given name and an institution's word is the body, never a person before an unclosed
    # appositive (was: "Carmen Council" and "Rosa Academy" as people who speak)
    ("\u201cThe fees will rise,\u201d Carmen Council, the spokesman said.",
     [("The fees will rise,", D, "Carmen Council", "the spokesman")]),
    # controls: a place's word that is a surname too is a person's name
    ("\u201cThe roof is unsafe,\u201d Ivan Bridge, a caretaker said.",
     [("The roof is unsafe,", D, "Ivan Bridge", "Ivan Bridge")]),
    ("\u201cThe roof is unsafe,\u201d Nora Street, a caretaker said.",
     [("The roof is unsafe,", D, "Nora Street", "Nora Street")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), GIVEN_THEN_PLACE_WORD)
def test_given_then_place_word(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


def test_given_then_place_word_institution() -> None:
    quotes = newsparse.QuoteParser()
    assert quotes.given_then_place_word(["Lisa", "Park"])
    assert quotes.given_then_place_word(["Ivan", "Bridge"])
    assert not quotes.given_then_place_word(["Carmen", "Council"])
    assert not quotes.given_then_place_word(["Rosa", "Academy"])
    assert not quotes.given_then_place_word(["Grace", "Hospital"])


OWNER_BEFORE_HYPHENED_NAME = [
    # an organisation's possessive before a hyphened given name: the person is the name alone
    # (was: "Threshold Ann-Marie O'Reilly")
    ("\u201cWe have no comment,\u201d said Threshold\u2019s Ann-Marie O\u2019Reilly.",
     [("We have no comment,", D, "Ann-Marie O\u2019Reilly", "Threshold\u2019s Ann-Marie O\u2019Reilly")]),
    ("\u201cRents are too high,\u201d Shelter\u2019s Hans-Peter Vogel said.",
     [("Rents are too high,", D, "Hans-Peter Vogel", "Shelter\u2019s Hans-Peter Vogel")]),
    ("Greenpeace\u2019s Jean-Luc Moreau said the spill was worse than reported.",
     [("the spill was worse than reported", R, "Jean-Luc Moreau", "Greenpeace\u2019s Jean-Luc Moreau")]),
    # a surname before a romanised hyphened given name, after the owner's possessive
    ("\u201cWe have no comment,\u201d said Oxfam\u2019s Park Ji-won.",
     [("We have no comment,", D, "Park Ji-won", "Oxfam\u2019s Park Ji-won")]),
    # control: a plain given name
    ("\u201cWe have no comment,\u201d said Oxfam\u2019s Anna Kelly.",
     [("We have no comment,", D, "Anna Kelly", "Oxfam\u2019s Anna Kelly")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), OWNER_BEFORE_HYPHENED_NAME)
def test_owner_before_hyphened_name(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


@pytest.mark.parametrize(
    ("word", "given"),
    [("Ann-Marie", True), ("Hans-Peter", True), ("Jean-Luc", True), ("Eun-ji", True), ("Co-op", False), ("Anglo-Saxon", False)],
)
def test_hyphened_given_name(word: str, given: bool) -> None:
    assert NameModel(Vocabulary()).is_given_name(word) is given


AGENCY_TOLD = [
    # a known agency told the words, between the recipient word and the speaker's name: the name
    # alone speaks (was: "Efe Luis Vega", or the verb's dropped subject read back to someone else)
    ("\u00abVamos a ganar las elecciones\u00bb, dijo a Efe Luis Vega, portavoz del partido.",
     [("Vamos a ganar las elecciones", D, "Luis Vega", "Luis Vega")]),
    ("\u00abEl agua subi\u00f3 muy r\u00e1pido\u00bb, afirm\u00f3 a Europa Press Marta Gil.",
     [("El agua subi\u00f3 muy r\u00e1pido", D, "Marta Gil", "Marta Gil")]),
    ("\u2014Vamos a ganar \u2014dijo a Efe Luis Vega\u2014. La campa\u00f1a sigue.",
     [("Vamos a ganar", D, "Luis Vega", "Luis Vega"), ("La campa\u00f1a sigue.", D, "Luis Vega", "Luis Vega")]),
    # controls: a role before the name; the agency after the name; reported words
    ("\u00abVamos a ganar las elecciones\u00bb, dijo a Efe el alcalde Luis Vega.",
     [("Vamos a ganar las elecciones", D, "Luis Vega", "el alcalde Luis Vega")]),
    ("\u00abVamos a ganar las elecciones\u00bb, dijo Luis Vega a Efe.",
     [("Vamos a ganar las elecciones", D, "Luis Vega", "Luis Vega")]),
    ("Luis Vega dijo a Efe que el partido ganar\u00e1.",
     [("el partido ganar\u00e1", R, "Luis Vega", "Luis Vega")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), AGENCY_TOLD)
def test_agency_told(paragraph: str, expected: list[Row]) -> None:
    assert mention_rows(paragraph, language="es", headline="Elecciones en el sur") == expected


QUOTING_OPENER = [
    # "Quoting X" is no person: the pronoun goes back to the one named before it (was: "he")
    ("Mr Blake spoke for an hour. Quoting Thatcher, he said: \u201cThere is no alternative.\u201d",
     [("There is no alternative.", D, "Blake", "he")]),
    ("Anna Weiss took the stage. Citing Orwell, she said: \u201cAll animals are equal.\u201d",
     [("All animals are equal.", D, "Anna Weiss", "she")]),
    # controls: no one before it (the pronoun as written); a given name shaped like a participle
    ("Quoting Mandela, she said: \u201cIt always seems impossible until it is done.\u201d",
     [("It always seems impossible until it is done.", D, "she", "she")]),
    ("Sterling Brown said the show would go on.",
     [("the show would go on", R, "Sterling Brown", "Sterling Brown")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), QUOTING_OPENER)
def test_quoting_opener(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


NOUN_COMPOUND_CUE = [
    # a speech verb's word after an article and before a compound's noun is a noun (was: a mixed
    # quote holding the quotation's marks, the cue "think")
    ("\u201cThe levy is a mistake,\u201d a think tank told lawmakers.",
     [("The levy is a mistake,", D, None, None)]),
    ("\u201cThe levy is a mistake,\u201d a claims adjuster said.",
     [("The levy is a mistake,", D, "a claims adjuster", "a claims adjuster")]),
    ("A think tank said the levy would fail.",
     [("the levy would fail", R, None, None)]),
    # controls: a noun that is no cue; an article's letter closing an abbreviation
    ("\u201cThe levy is a mistake,\u201d the press office said.",
     [("The levy is a mistake,", D, "the press office", "the press office")]),
    ("Nordwind Shipping Corp U.S.A. said freight volumes rose in March.",
     [("freight volumes rose in March", R, "Nordwind Shipping Corp U.S.A.", "Nordwind Shipping Corp U.S.A.")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), NOUN_COMPOUND_CUE)
def test_noun_compound_cue(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


SIGNED_QUOTATION = [
    # a letter's closing and a title before the name that signs the quotation (was: no speaker,
    # the signature inside the words)
    ("\u201cWe thank residents for their patience. Yours, Dr Ann Cole, Mayor.\u201d",
     [("We thank residents for their patience.", D, "Ann Cole", "Dr Ann Cole")]),
    ("\u201cThe works end in May. Kind regards, Prof. Ravi Menon, Dean of Law.\u201d",
     [("The works end in May.", D, "Ravi Menon", "Prof. Ravi Menon")]),
    ("\u201cThe works end in May.\nDr Marta Lind, site manager.\u201d",
     [("The works end in May.", D, "Marta Lind", "Dr Marta Lind")]),
    # controls: a name with no closing; a closing with no name
    ("\u201cThe works end in May.\nMarta Lind, site manager.\u201d",
     [("The works end in May.", D, "Marta Lind", "Marta Lind")]),
    ("\u201cThe works end in May. Best wishes, the roads team.\u201d",
     [("The works end in May. Best wishes, the roads team.", D, None, None)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), SIGNED_QUOTATION)
def test_signed_quotation(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


PRONOUNS_AS_WRITTEN = [
    # the writer's "I" outside quotation marks stays as written (docs: the writer, never the
    # person named before), as does a plural pronoun
    ("I asked the dockers about the offer. \u201cWe won\u2019t go back,\u201d I told them.",
     [("We won\u2019t go back,", D, "I", "I")]),
    ("Dock workers walked out on Monday over pay. They said, \u2018We won\u2019t go back until the offer improves.\u2019",
     [("We won\u2019t go back until the offer improves.", D, "They", "They")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), PRONOUNS_AS_WRITTEN)
def test_pronouns_as_written(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


def test_plural_pronoun_never_the_byline() -> None:
    text = (
        "Dockers hold the line\n\nBy Jane Roe and Tom Berg\n\n"
        "Dock workers walked out on Monday over pay. They said, 'We won't go back until the offer improves.'\n"
    )
    article = newsparse.parse_article(text)
    assert article.byline is not None and article.byline.authors == ("Jane Roe", "Tom Berg")
    assert [(q.text, q.speaker and q.speaker.name) for q in article.quotes] == [
        ("We won't go back until the offer improves.", "They")
    ]
