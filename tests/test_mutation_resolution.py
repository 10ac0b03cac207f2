"""Speaker resolution in the cases a mutation run of ``quotes/resolution.py`` showed no test
pinned down: a nationality noun (``the Dutchman``) resolved to the person the article described
with that country, the words it is read from, and the look-up of a direct quote's speaker by
position.  A fresh ``QuoteParser`` is built for each case."""

from __future__ import annotations

import pytest

from articles import paragraphs_of
from newsparse.quotes.model import Mention, State
from newsparse.quotes.parser import QuoteParser
from newsparse.quotes.resolution import SpeakerResolution

Row = tuple[str, str | None, str | None, str | None, int | None]

HARD_DAY = '"It was a hard day," the Dutchman said.'


def _quotes(pieces: list[str]) -> list[Row]:
    """(text, cue, speaker's name, mention, paragraph) of each quote of the paragraphs *pieces*
    (joined by blank lines), after checking that each speaker's span slices to its mention."""
    text, paragraphs = paragraphs_of(pieces)
    out: list[Row] = []
    for quote in QuoteParser().parse(text, paragraphs):
        speaker = quote.speaker
        if speaker is not None and speaker.span is not None:
            assert text[speaker.span.start : speaker.span.end] == speaker.mention
        out.append((quote.text, quote.cue, speaker and speaker.name, speaker and speaker.mention, quote.paragraph))
    return out


DEMONYMS = [
    # the country in the words before the name, or among the person's descriptors
    (
        ["Dutch rider Joris Vermeer won the stage on Sunday.", HARD_DAY],
        [("It was a hard day,", "said", "Joris Vermeer", "the Dutchman", 1)],
    ),
    (
        ["Joris Vermeer, a Dutch rider, won the stage on Sunday.", HARD_DAY],
        [("It was a hard day,", "said", "Joris Vermeer", "the Dutchman", 1)],
    ),
    (
        ["Born Dutch, Joris Vermeer now rides for a Belgian team.", HARD_DAY],
        [("It was a hard day,", "said", "Joris Vermeer", "the Dutchman", 1)],
    ),
    # the person with that country, whether named last or before another
    (
        ["Belgian rider Luc Peeters finished second, behind Dutch rider Joris Vermeer.", HARD_DAY],
        [("It was a hard day,", "said", "Joris Vermeer", "the Dutchman", 1)],
    ),
    (
        ["Dutch rider Joris Vermeer finished second, behind Belgian rider Luc Peeters.", HARD_DAY],
        [("It was a hard day,", "said", "Joris Vermeer", "the Dutchman", 1)],
    ),
    (
        [
            "Dutch rider Joris Vermeer finished second, behind Belgian rider Luc Peeters.",
            '"It was a hard day," the 28-year-old Dutchman said.',
        ],
        [("It was a hard day,", "said", "Joris Vermeer", "the 28-year-old Dutchman", 1)],
    ),
    # the longest suffix first: a Frenchwoman is French, not "Frenchwo"
    (
        [
            "French skier Claire Duval won the downhill. Swiss skier Anna Keller was second.",
            '"The snow was perfect," said the Frenchwoman.',
        ],
        [("The snow was perfect,", "said", "Claire Duval", "the Frenchwoman", 1)],
    ),
    # the country is read in the name's own sentence only: no one is Dutch here
    (
        ["It was wet. The Dutch fans sang. Luc Peeters won.", HARD_DAY],
        [("It was a hard day,", "said", "the Dutchman", "the Dutchman", 1)],
    ),
    (
        ["Rain swept in from the Dutch coast", "Belgian rider Luc Peeters won the stage.", HARD_DAY],
        [("It was a hard day,", "said", "the Dutchman", "the Dutchman", 2)],
    ),
]


@pytest.mark.parametrize(("pieces", "expected"), DEMONYMS)
def test_a_nationality_noun_resolves_to_the_person_of_that_country(pieces: list[str], expected: list[Row]) -> None:
    assert _quotes(pieces) == expected


# the words of a mention, and the country of its nationality noun (or None)
COUNTRIES = [
    (["the", "Dutchman"], "netherlands"),
    (["The", "Dutchman"], "netherlands"),
    (["the", "Dutchman,"], "netherlands"),
    (["the", "28-year-old", "Frenchwoman"], "france"),
    (["Dutchman"], None),  # no word before it: a name, not a description
    (["the", "Olympic", "Dutchman"], None),  # a capitalised word before it
    (["the", "Chairman"], None),  # no country before the suffix
]


@pytest.mark.parametrize(("words", "country"), COUNTRIES)
def test_demonym_country(words: list[str], country: str | None) -> None:
    assert QuoteParser().demonym_country(words) == country


ORTIZ = Mention("Ortiz", 5, 10)
LEE = Mention("Lee", 20, 23)
SPEAKERS = [(5, ORTIZ), (20, LEE)]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (0, 6, ORTIZ),  # the first speaker starting in [start, end)
        (5, 20, ORTIZ),
        (6, 20, None),  # Lee starts at the end: not inside
        (6, 21, LEE),
        (21, 40, None),  # none after
        (0, 5, None),
    ],
)
def test_direct_speaker_in(start: int, end: int, expected: Mention | None) -> None:
    assert SpeakerResolution.direct_speaker_in(SPEAKERS, start, end) == expected


APPEAL = '"We will appeal," Kim Ortiz said.'
OPENED = "Sasha Lindqvist opened the session."
MISTAKE = '"It was a mistake," he said.'

# a pronoun: the subject of the paragraph, a surname the article gave in full, the last speaker,
# the last subject; nobody when someone else is named since the last speaker spoke
PRONOUNS = [
    (
        [APPEAL, 'After the hearing, the judge thanked Sasha Lindqvist. "It is over," she said.'],
        [("We will appeal,", "said", "Kim Ortiz", "Kim Ortiz", 0), ("It is over,", "said", "she", "she", 1)],
    ),
    (
        [APPEAL, 'After the hearing, the judge thanked Kim Ortiz. "It is over," she said.'],
        [("We will appeal,", "said", "Kim Ortiz", "Kim Ortiz", 0), ("It is over,", "said", "Kim Ortiz", "she", 1)],
    ),
    (
        ["Sasha Lindqvist has kept the Point Lynas light for 30 years.", '"It is a lonely job," he said.'],
        [("It is a lonely job,", "said", "Sasha Lindqvist", "he", 1)],
    ),
    (
        ["The storm damaged the house of Sasha Lindqvist last winter.", '"It is a lonely job," he said.'],
        [("It is a lonely job,", "said", "he", "he", 1)],
    ),
    (
        ["The harbour of Dover, where Sam Ridley works, was closed in the storm.", '"It is a lonely job," he said.'],
        [("It is a lonely job,", "said", "he", "he", 1)],
    ),
    (
        [OPENED, APPEAL, f"Lindqvist apologised. {MISTAKE}"],
        [("We will appeal,", "said", "Kim Ortiz", "Kim Ortiz", 1), ("It was a mistake,", "said", "Sasha Lindqvist", "he", 2)],
    ),
    (
        [OPENED, APPEAL, f"Mr. Lindqvist apologised. {MISTAKE}"],
        [("We will appeal,", "said", "Kim Ortiz", "Kim Ortiz", 1), ("It was a mistake,", "said", "Sasha Lindqvist", "he", 2)],
    ),
    (
        [OPENED, APPEAL, f"Lindqvist, who had been silent all day, apologised. {MISTAKE}"],
        [("We will appeal,", "said", "Kim Ortiz", "Kim Ortiz", 1), ("It was a mistake,", "said", "Sasha Lindqvist", "he", 2)],
    ),
    (
        [
            "Mayor Kim Ortiz opened the session.",
            '"We will appeal," Lee Park said.',
            'Ortiz apologised. "It was a mistake," she said.',
        ],
        [("We will appeal,", "said", "Lee Park", "Lee Park", 1), ("It was a mistake,", "said", "Kim Ortiz", "she", 2)],
    ),
]


@pytest.mark.parametrize(("pieces", "expected"), PRONOUNS)
def test_a_pronoun_resolves_to_the_person_it_refers_to(pieces: list[str], expected: list[Row]) -> None:
    assert _quotes(pieces) == expected


# the words of a person's name at the end of a mention (the word before the mention last)
NAME_WORDS = [
    (["Finance", "Minister", "Piotr", "Nowak"], None, ["Piotr", "Nowak"]),
    (["Mayor", "Ana", "Ortiz"], None, ["Ana", "Ortiz"]),
    (["Harbour", "Authority", "Ana", "Ortiz"], None, []),  # an organisation before the name
    (["June", "Whitaker"], None, ["June", "Whitaker"]),
    (["June", "Whitaker"], "in", ["Whitaker"]),  # "in June": a month
    (["the", "Harbour", "Authority", "Ana", "Ortiz"], None, []),  # the word right before the name
    (["Ana", "Ortiz,"], None, ["Ana", "Ortiz"]),  # (the comma after it dropped)
    (["Harbour", "Authority", "chair", "Ana", "Ortiz"], None, ["Ana", "Ortiz"]),  # a role after the organisation
]


@pytest.mark.parametrize(("words", "preceding", "expected"), NAME_WORDS)
def test_name_words(words: list[str], preceding: str | None, expected: list[str]) -> None:
    assert QuoteParser().name_words(words, preceding) == expected


# an organisation whose head word comes first, with its article dropped
HEAD_FIRST = [
    (["Department", "of", "Transport"], "Department of Transport"),
    (["the", "Department", "of", "the", "Interior"], "Department of the Interior"),
    (["the", "Ministry"], None),
    (["the", "Department", "of", "new", "Transport"], None),
]


@pytest.mark.parametrize(("words", "expected"), HEAD_FIRST)
def test_head_first_organisation(words: list[str], expected: str | None) -> None:
    assert QuoteParser().head_first_organisation(words) == expected


# the words between a sentence's start and a name that keep the name its subject
SUBJECT_LEADS = [
    ([], True),
    (["Nordwind", "chief", "executive"], True),  # capitalised words and roles
    (["the"], True),
    (["spokesman"], True),
    (["spokesman,"], True),
    (["Harbour", "boss"], True),  # a role that is no title
    (["Xinhua", "correspondent"], True),  # a capitalised word that starts with X
    (["said", "Mayor"], True),  # an inverted cue before the subject
    (["The", "retired", "teacher,"], True),  # an appositive after a determiner
    (["The", "storm", "damaged", "the", "house", "of"], False),  # an object
    (["lighthouse", "keeper"], False),
    (["Nordwind", "Energy", "Group", "Board", "Member", "Director"], True),  # MAX_SUBJECT_LEAD (6) words
    (["Nordwind", "Energy", "Group", "Board", "Member", "Deputy", "Director"], False),
]


@pytest.mark.parametrize(("lead", "expected"), SUBJECT_LEADS)
def test_subject_lead(lead: list[str], expected: bool) -> None:
    assert QuoteParser().subject_lead(lead) is expected


LINDQVIST = "Sasha Lindqvist opened the session."
MISTAKE_HE = '"It was a mistake," he said.'
INNOCENT = '"He is innocent," she said.'
APPEAL_SHE = '"We will appeal," she said.'

# who a pronoun refers to when the paragraph opens with a phrase, not a name: the person the phrase
# names, no one when it is a possessor, an organisation or a group, the last speaker otherwise
PRONOUN_REFERENTS = [
    (
        [LINDQVIST, f"Lindqvist's lawyer apologised. {MISTAKE_HE}"],
        [("It was a mistake,", "said", "he", "he", 1)],
    ),
    (
        [LINDQVIST, f"Lindqvist Holdings apologised. {MISTAKE_HE}"],
        [("It was a mistake,", "said", "he", "he", 1)],
    ),
    (
        [f"Berg Holdings chief executive Ola Berg apologised. {MISTAKE_HE}"],
        [("It was a mistake,", "said", "Ola Berg", "he", 0)],
    ),
    ([f"Berg Holdings apologised. {MISTAKE_HE}"], [("It was a mistake,", "said", "he", "he", 0)]),
    (
        ['The Harbour Authority apologised. "It was a mistake," she said.'],
        [("It was a mistake,", "said", "she", "she", 0)],
    ),
    (
        [f"A spokesman for Ola Berg disagreed. {MISTAKE_HE}"],
        [("It was a mistake,", "said", "A spokesman", "he", 0)],
    ),
    ([f"The defendant's mother cried. {INNOCENT}"], [("He is innocent,", "said", "she", "she", 0)]),
    ([f"Hale's wife wept as he was led away. {INNOCENT}"], [("He is innocent,", "said", "she", "she", 0)]),
    ([f"The crowd cheered. {INNOCENT}"], [("He is innocent,", "said", "she", "she", 0)]),
    (
        [APPEAL, f"Walsh's lawyer spoke first. {INNOCENT}"],
        [("We will appeal,", "said", "Kim Ortiz", "Kim Ortiz", 0), ("He is innocent,", "said", "she", "she", 1)],
    ),
    (
        ["His daughter said the family would appeal.", INNOCENT],
        [
            ("the family would appeal", "said", "His daughter", "His daughter", 0),
            ("He is innocent,", "said", "His daughter", "she", 1),
        ],
    ),
    (
        ['"He is innocent," his daughter said.', APPEAL_SHE],
        [("He is innocent,", "said", "his daughter", "his daughter", 0), ("We will appeal,", "said", "his daughter", "she", 1)],
    ),
    (
        ['"He is innocent," Sue said.', APPEAL_SHE],
        [("He is innocent,", "said", "Sue", "Sue", 0), ("We will appeal,", "said", "she", "she", 1)],
    ),
    (
        ['"He is innocent," analysts said.', APPEAL_SHE],
        [("He is innocent,", "said", "analysts", "analysts", 0), ("We will appeal,", "said", "she", "she", 1)],
    ),
    (
        [INNOCENT, '"We will appeal," he said.'],
        [("He is innocent,", "said", "she", "she", 0), ("We will appeal,", "said", "he", "he", 1)],
    ),
    (
        ['"He is innocent," Kim Ortiz said.', '"We will appeal," they said.'],
        # (a plural pronoun never stands for the one person quoted before: as written)
        [("He is innocent,", "said", "Kim Ortiz", "Kim Ortiz", 0), ("We will appeal,", "said", "they", "they", 1)],
    ),
    # the last speaker, though someone else was named since in another paragraph
    (
        [APPEAL, "Sasha Lindqvist, the prosecutor, declined to comment.", '"It is over," she said.'],
        [("We will appeal,", "said", "Kim Ortiz", "Kim Ortiz", 0), ("It is over,", "said", "Kim Ortiz", "she", 2)],
    ),
    (
        [APPEAL, '"It is over," she said.', "Sasha Lindqvist, the prosecutor, declined to comment.", '"We are done," she said.'],
        [
            ("We will appeal,", "said", "Kim Ortiz", "Kim Ortiz", 0),
            ("It is over,", "said", "Kim Ortiz", "she", 1),
            ("We are done,", "said", "Kim Ortiz", "she", 3),
        ],
    ),
    # a speaker the article gave no name: the person named since is the referent
    (
        ['"He is innocent," his daughter said.', "Prosecutor Maria Lopez declined to comment.", APPEAL_SHE],
        [("He is innocent,", "said", "his daughter", "his daughter", 0), ("We will appeal,", "said", "Maria Lopez", "she", 2)],
    ),
]


@pytest.mark.parametrize(("pieces", "expected"), PRONOUN_REFERENTS)
def test_a_pronoun_after_a_phrase_or_another_speaker(pieces: list[str], expected: list[Row]) -> None:
    assert _quotes(pieces) == expected


MET = "Kim Ortiz and Sasha Lindqvist met the press on Monday."
OPEN = '"The port stays open,"'
MAYOR = "Kim Ortiz, the mayor of Lyon, spoke at the harbour."

# a mention of several words: two names joined by "and", a role with a place, a name with the
# body it belongs to, an organisation named before or in full
MENTIONS = [
    (
        [MET, '"We will appeal," Ortiz and Lindqvist said.'],
        [("We will appeal,", "said", "Kim Ortiz and Sasha Lindqvist", "Ortiz and Lindqvist", 1)],
    ),
    (
        ["June Whitaker chairs the board.", '"We will appeal," said Whitaker.'],
        [("We will appeal,", "said", "June Whitaker", "Whitaker", 1)],
    ),
    (
        ["Mayor Kim Ortiz spoke at the harbour on Monday.", f"{OPEN} the mayor said."],
        [("The port stays open,", "said", "Kim Ortiz", "the mayor", 1)],
    ),
    ([MAYOR, f"{OPEN} the mayor of Lyon said."], [("The port stays open,", "said", "Kim Ortiz", "the mayor of Lyon", 1)]),
    ([MAYOR, f"{OPEN} said the mayor of Lyon."], [("The port stays open,", "said", "Kim Ortiz", "the mayor of Lyon", 1)]),
    (
        ["Sam Morgan runs the Sierra Club.", f"{OPEN} said Mr. Morgan of the Sierra Club."],
        [("The port stays open,", "said", "Sam Morgan", "Mr. Morgan of the Sierra Club", 1)],
    ),
    (
        ['"There was smoke everywhere," Kim Ortiz of Leeds said.'],
        [("There was smoke everywhere,", "said", "Kim Ortiz", "Kim Ortiz of Leeds", 0)],
    ),
    (
        ["The Harbour Authority closed the port on Monday.", '"It is not safe," the authority said.'],
        [("It is not safe,", "said", "Harbour Authority", "the authority", 1)],
    ),
    (
        ["The Department of Transport closed the road.", '"It is not safe," the department said.'],
        [("It is not safe,", "said", "Department of Transport", "the department", 1)],
    ),
    # a head word followed by "for" heads a name too, the article left out as for "of" (round 68: linked body names)
    (
        ['"It is not safe," the Department for Transport said.'],
        [("It is not safe,", "said", "Department for Transport", "the Department for Transport", 0)],
    ),
    # an organisation word in lower case does not head a name
    (
        ['"It is not safe," the ministry of Transport said.'],
        [("It is not safe,", "said", "the ministry of Transport", "the ministry of Transport", 0)],
    ),
    (
        ['"It is not safe," the State Post Bureau said.'],
        [("It is not safe,", "said", "State Post Bureau", "the State Post Bureau", 0)],
    ),
    (
        ['"It is not safe," said the Department of Transport.'],
        [("It is not safe,", "said", "Department of Transport", "the Department of Transport", 0)],
    ),
    (
        ['"It is not safe," a spokesperson for the ministry said.'],
        [("It is not safe,", "said", "a spokesperson for the ministry", "a spokesperson for the ministry", 0)],
    ),
    (
        [MET, '"We will appeal," Mayor Kim Ortiz and Sasha Lindqvist said.'],
        [("We will appeal,", "said", "Kim Ortiz and Sasha Lindqvist", "Mayor Kim Ortiz and Sasha Lindqvist", 1)],
    ),
    # "and" says nothing of a month: June Whitaker is not the Sam Whitaker named before
    (
        ["Sam Whitaker and Kim Ortiz chair the board.", '"We will appeal," Ortiz and June Whitaker said.'],
        [("We will appeal,", "said", "Kim Ortiz and June Whitaker", "Ortiz and June Whitaker", 1)],
    ),
    # "In June": a month before the first name of two
    (
        ["Sam Whitaker and Kim Ortiz chair the board.", 'In June Whitaker and Ortiz told reporters: "We will appeal."'],
        [("We will appeal.", "told", "Sam Whitaker and Kim Ortiz", "Whitaker and Ortiz", 1)],
    ),
    # a name right after "of" is not the speaker's
    (
        [LINDQVIST, '"It is over," the wife of Sasha Lindqvist said.'],
        [("It is over,", "said", "the wife of Sasha Lindqvist", "the wife of Sasha Lindqvist", 1)],
    ),
    (
        ['"It is over," said the chairman of the board Colin Reyes.'],
        [("It is over,", "said", "Colin Reyes", "the chairman of the board Colin Reyes", 0)],
    ),
]


@pytest.mark.parametrize(("pieces", "expected"), MENTIONS)
def test_a_mention_of_several_words_resolves_to_its_name(pieces: list[str], expected: list[Row]) -> None:
    assert _quotes(pieces) == expected


# a lower-case noun that names one person (a pronoun for one person may refer to it)
PERSON_NOUNS = [
    ("mother", True),
    ("grandmother", True),
    ("mothers", False),  # a plural
    ("actress", True),  # (its -s is no plural)
    ("witness", True),
    ("spokesman", True),  # a role
    ("34-year-old", True),  # an age
    ("crowd", False),  # many people
    ("police", False),
    ("everyone", False),  # anyone
    ("somebody", False),
    ("anybody", False),
    ("center", False),  # a person's ending only
]


@pytest.mark.parametrize(("noun", "expected"), PERSON_NOUNS)
def test_is_person(noun: str, expected: bool) -> None:
    assert QuoteParser().is_person(noun) is expected


@pytest.mark.parametrize(
    ("mention", "pronoun", "expected"),
    [("she", "he", True), ("he", "he", False), ("He", "he", False), ("she", "She", False), ("Ortiz", "he", False), ("they", "she", False)],
)
def test_other_pronoun(mention: str, pronoun: str, expected: bool) -> None:
    assert QuoteParser().other_pronoun(mention, pronoun) is expected


# the word before a mention ("In" makes the "June" of "In June Whitaker" a month) and the
# description after a source's name are kept with the speaker: (name, mention, description)
SPEAKERS_IN_FULL = [
    (
        ["Sam Whitaker chairs the board.", 'In June Whitaker told reporters: "We will appeal."'],
        ("Sam Whitaker", "June Whitaker", None),
    ),
    (
        ["According to Kim Ortiz, the mayor of Lyon, the port will stay open all winter."],
        ("Kim Ortiz", "Kim Ortiz", "the mayor of Lyon"),
    ),
]


@pytest.mark.parametrize(("pieces", "expected"), SPEAKERS_IN_FULL)
def test_a_speaker_keeps_the_word_before_and_the_description(pieces: list[str], expected: tuple[str, str, str | None]) -> None:
    text, paragraphs = paragraphs_of(pieces)
    (quote,) = QuoteParser().parse(text, paragraphs)
    speaker = quote.speaker
    assert speaker is not None
    assert (speaker.name, speaker.mention, speaker.description) == expected


FERRY = "most voters wanted the ferry back"
MAYOR_OPENED = "Mayor Kim Ortiz opened the new ferry terminal on Monday."
LINDQVIST_OPENED = "Sasha Lindqvist opened the new ferry terminal on Monday."

# a source with a place or a body after it: the name before the place, the person described
# before it, or the source as written (the place is never the name)
SOURCES = [
    ([f"According to the exit polls in Fife, {FERRY}."], ("the exit polls in Fife", "the exit polls in Fife")),
    ([MAYOR_OPENED, f"According to the mayor in Lyon, {FERRY}."], ("Kim Ortiz", "the mayor in Lyon")),
    ([MAYOR_OPENED, f"According to the mayor at the terminal, {FERRY}."], ("Kim Ortiz", "the mayor at the terminal")),
    ([LINDQVIST_OPENED, f"According to Lindqvist in Lyon, {FERRY}."], ("Sasha Lindqvist", "Lindqvist in Lyon")),
    ([LINDQVIST_OPENED, f"According to Lindqvist at the terminal, {FERRY}."], ("Sasha Lindqvist", "Lindqvist at the terminal")),
    ([MAYOR_OPENED, f"According to the mayor of Lyon, {FERRY}."], ("Kim Ortiz", "the mayor of Lyon")),
    ([MAYOR_OPENED, f"According to the mayor of the city, {FERRY}."], ("Kim Ortiz", "the mayor of the city")),
    (
        ["Sam Morgan runs the Sierra Club.", f"According to Mr. Morgan of the Sierra Club, {FERRY}."],
        ("Sam Morgan", "Mr. Morgan of the Sierra Club"),
    ),
    ([f"According to the head of the Sierra Club, Sam Morgan, {FERRY}."], ("Sam Morgan", "the head of the Sierra Club")),
]


@pytest.mark.parametrize(("pieces", "expected"), SOURCES)
def test_a_source_with_a_place_or_a_body_after_it(pieces: list[str], expected: tuple[str, str]) -> None:
    assert _quotes(pieces) == [(FERRY, "According to", *expected, len(pieces) - 1)]


HARBOUR_MASTER = "Sasha Lindqvist, the harbour master, closed the port on Monday."
NOBODY = '"Nobody was hurt,"'
REOPEN = '"The port will reopen,"'

# a pronoun after a speaker the article gave no name: that speaker when it is one person (after
# "his", "the"), no one when it is a bare name that may be anyone's, and the person named before
# when it is a group
UNNAMED_SPEAKERS = [
    ("police", "he", "Sasha Lindqvist"),
    ("Police", "he", "Sasha Lindqvist"),
    ("Analysts", "he", "Sasha Lindqvist"),
    ("two witnesses", "he", "Sasha Lindqvist"),
    ("the Coastguard", "he", "Sasha Lindqvist"),
    ("Sue", "he", "he"),
    ("his daughter", "she", "his daughter"),
    ("his eldest daughter", "she", "his eldest daughter"),
]


@pytest.mark.parametrize(("speaker", "pronoun", "expected"), UNNAMED_SPEAKERS)
def test_a_pronoun_after_a_speaker_with_no_name(speaker: str, pronoun: str, expected: str) -> None:
    rows = _quotes([HARBOUR_MASTER, f"{NOBODY} {speaker} said.", f"{REOPEN} {pronoun} said."])
    assert rows[1] == ("The port will reopen,", "said", expected, pronoun, 2)


# a pronoun in a paragraph where someone was quoted before it: the subject when that is the
# speaker, no one when another person could be meant
QUOTED_BEFORE = [
    (
        ['Kim Ortiz opened the session. "We will appeal," Ortiz said. "It is over," she said.'],
        [("We will appeal,", "said", "Kim Ortiz", "Ortiz", 0), ("It is over,", "said", "Kim Ortiz", "she", 0)],
    ),
    (
        ['"We will appeal," Kim Ortiz told Lee Park. Park asked whether she would stay. "No," she replied.'],
        [
            ("We will appeal,", "told", "Kim Ortiz", "Kim Ortiz", 0),
            # (the object of "told" is a person: Lee Park, though "Park" is an organisation word)
            ("whether she would stay", "asked", "Lee Park", "Park", 0),
            ("No,", "replied", "she", "she", 0),
        ],
    ),
    (
        ['"Sasha Lindqvist will resign," a colleague said. "It is over," he said.'],
        [("Sasha Lindqvist will resign,", "said", "a colleague", "a colleague", 0), ("It is over,", "said", "a colleague", "he", 0)],
    ),
]


@pytest.mark.parametrize(("pieces", "expected"), QUOTED_BEFORE)
def test_a_pronoun_after_a_quote_in_its_paragraph(pieces: list[str], expected: list[Row]) -> None:
    assert _quotes(pieces) == expected


LOPEZ = '"We will appeal," Maria Lopez said.'
SHE_MISTAKE = '"It was a mistake," she said.'

# a pronoun after a sentence of its paragraph that opens with the surname of someone named in
# full before (after titles, past other sentences), and not after a surname that modifies
# another name or a noun
SURNAME_SUBJECTS = [
    ([LINDQVIST, f"Lindqvist apologised. {MISTAKE_HE} He left at noon."], ("Sasha Lindqvist", "he")),
    ([LINDQVIST, APPEAL, f'"Sorry." Lindqvist apologised to the court. {MISTAKE_HE}'], ("Sasha Lindqvist", "he")),
    ([LINDQVIST, APPEAL, f'"Sorry. It was wrong." Lindqvist apologised to the court. {MISTAKE_HE}'], ("Sasha Lindqvist", "he")),
    ([LINDQVIST, APPEAL, f"40 jobs will go. Lindqvist apologised. {MISTAKE_HE}"], ("Sasha Lindqvist", "he")),
    ([LINDQVIST, APPEAL, f"Lindqvist's lawyer spoke first. Lindqvist apologised. {MISTAKE_HE}"], ("Sasha Lindqvist", "he")),
    ([LINDQVIST, APPEAL, f"Chief Inspector Lindqvist apologised. {MISTAKE_HE}"], ("Sasha Lindqvist", "he")),
    (["Mayor Kim Ortiz opened the session.", f"Ortiz aide Sasha Lindqvist apologised. {MISTAKE_HE}"], ("Sasha Lindqvist", "he")),
    (
        ["Mayor Kim Ortiz opened the session.", LOPEZ, f"Harbour boss Sasha Lindqvist's deputy resigned. Ortiz apologised. {SHE_MISTAKE}"],
        ("Kim Ortiz", "she"),
    ),
    (["Mayor Kim Ortiz opened the session.", LOPEZ, f"Ortiz Street was closed. {SHE_MISTAKE}"], ("she", "she")),
]


@pytest.mark.parametrize(("pieces", "expected"), SURNAME_SUBJECTS)
def test_a_pronoun_after_a_surname_that_opens_a_sentence(pieces: list[str], expected: tuple[str, str]) -> None:
    assert _quotes(pieces)[-1] == ("It was a mistake,", "said", *expected, len(pieces) - 1)


FOUNDED = "Ola Berg founded Berg Holdings in 1990."

# a pronoun after a sentence whose subject is an organisation has no sure referent; a person
# after the organisation's name and a role is the subject
ORGANISATION_SUBJECTS = [
    ([FOUNDED, f"Berg Holdings apologised. {MISTAKE_HE} The shares fell."], "he"),
    ([FOUNDED, f"The Authority apologised. {MISTAKE_HE}"], "he"),
    ([FOUNDED, f"Berg Holdings boss Sasha Lindqvist apologised. {MISTAKE_HE}"], "Sasha Lindqvist"),
    ([FOUNDED, f"Berg Holdings spokesman Sasha Lindqvist apologised. {MISTAKE_HE}"], "Sasha Lindqvist"),
]


@pytest.mark.parametrize(("pieces", "expected"), ORGANISATION_SUBJECTS)
def test_a_pronoun_after_an_organisation_as_subject(pieces: list[str], expected: str) -> None:
    assert _quotes(pieces) == [("It was a mistake,", "said", expected, "he", 1)]


OVER_HE = '"It is over," he said.'
CLOSED = "Sasha Lindqvist closed the port."

# the last subject before a pronoun: read from the last sentence end, line break or quotation mark
# before the name, and not a name in the possessive
LAST_SUBJECTS = [
    (["The retired teacher, Sasha Lindqvist, opened the session.", OVER_HE], "Sasha Lindqvist"),
    ([f"It rained. The wind rose. {CLOSED}", OVER_HE], "Sasha Lindqvist"),
    (["Storm warning for the coast", CLOSED, OVER_HE], "Sasha Lindqvist"),
    ([CLOSED, f"{OVER_HE} He left at noon."], "Sasha Lindqvist"),  # (a sentence after the pronoun)
    ([f'The "harbour king" {CLOSED}', OVER_HE], "Sasha Lindqvist"),
    ([f"The “harbour king” {CLOSED}", OVER_HE], "Sasha Lindqvist"),
]


@pytest.mark.parametrize(("pieces", "expected"), LAST_SUBJECTS)
def test_a_pronoun_after_the_last_subject(pieces: list[str], expected: str) -> None:
    assert _quotes(pieces)[-1] == ("It is over,", "said", expected, "he", len(pieces) - 1)


# a pronoun after a speaker quoted in its own paragraph: that speaker, unless a person named in the
# possessive opens the paragraph
SPEAKER_IN_PARAGRAPH = [
    (['"We will appeal," Kim Ortiz said. "It is over," she said.'], ("Kim Ortiz", "she")),
    (['A spokesman for Ola Berg disagreed. "We will appeal," Kim Ortiz said. "It is over," he said.'], ("Kim Ortiz", "he")),
    ([APPEAL, f"Sasha Lindqvist's lawyer apologised. {OVER_HE}"], ("he", "he")),
]


@pytest.mark.parametrize(("pieces", "expected"), SPEAKER_IN_PARAGRAPH)
def test_a_pronoun_after_a_speaker_in_its_paragraph(pieces: list[str], expected: tuple[str, str]) -> None:
    assert _quotes(pieces)[-1] == ("It is over,", "said", *expected, len(pieces) - 1)


RULING = '"The ruling was wrong, and we will fight it in every court in the land."'


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        # the speaker remembered with its paragraph: a quotation in the next one carries it on
        ([APPEAL, RULING], ("Kim Ortiz", "Kim Ortiz", 1)),
        ([APPEAL, "The court rose at noon.", RULING], (None, None, 2)),
    ],
)
def test_a_quotation_carries_on_the_speaker_of_the_paragraph_before(pieces: list[str], expected: tuple[str | None, str | None, int]) -> None:
    assert _quotes(pieces)[-1] == (RULING[1:-1], None, *expected)


SESSION = "The court met on Monday."

# the first person of a paragraph who opens a sentence (after capitalised words and roles), and
# no one else named in it, outside quotation marks, when the last speaker spoke in it
OPENING_NAMES = [
    (["The judge thanked Sasha Lindqvist. " + APPEAL + ' "It is over," she said.'], ("Kim Ortiz", "she")),
    ([APPEAL, '"Sasha Lindqvist lied to us," she said.'], ("Kim Ortiz", "she")),
    # two people who may be "he" and nothing to tell them apart: the pronoun as written
    ([SESSION, f"Sasha Lindqvist opened the session. Maria Lopez closed it. {OVER_HE}"], ("he", "he")),
    ([SESSION, f"Harbour boss Sasha Lindqvist opened the session. Maria Lopez closed it. {OVER_HE}"], ("he", "he")),
]


@pytest.mark.parametrize(("pieces", "expected"), OPENING_NAMES)
def test_a_pronoun_after_the_name_that_opens_the_paragraph(pieces: list[str], expected: tuple[str, str]) -> None:
    last = _quotes(pieces)[-1]
    assert (last[2], last[3], last[4]) == (*expected, len(pieces) - 1)


def test_a_pronoun_that_opens_its_paragraph_in_reported_speech() -> None:
    # (a pronoun that opens its paragraph: the last subject before it)
    assert _quotes([CLOSED, "He said the port would reopen on Monday."])[-1] == (
        "the port would reopen on Monday",
        "said",
        "Sasha Lindqvist",
        "He",
        1,
    )


THE_MAYOR = "Mayor Kim Ortiz opened the terminal on Monday."

# a pronoun in the cases the third run of the mutation tests showed no table reached: a name after
# an opening curly mark, a lower-case article before the name that opens a sentence, a sentence
# inside quotation marks that opens with a name, a person described in lower case, a pronoun kept
# as a paragraph's speaker, and the last speaker named at the paragraph's first character
PRONOUN_PATHS = [
    # a name in quoted words (after an opening curly mark, as after a straight one) is no subject
    # of the story's own sentences: the pronoun is left unresolved
    (
        ["The report said: “Sasha Lindqvist closed the port without warning.”", OVER_HE],
        [
            ("Sasha Lindqvist closed the port without warning.", "said", "The report", "The report", 0),
            ("It is over,", "said", "he", "he", 1),
        ],
    ),
    # "the" before a role before the name keeps the name the subject
    (
        [APPEAL, f"Then the prosecutor Sasha Lindqvist rose. {OVER_HE}"],
        [("We will appeal,", "said", "Kim Ortiz", "Kim Ortiz", 0), ("It is over,", "said", "Sasha Lindqvist", "he", 1)],
    ),
    # a name that opens a sentence inside quotation marks is no subject of the paragraph
    (
        [SESSION, '"It is over. Sasha Lindqvist will resign," a colleague said. "We will appeal," he said.'],
        [
            ("It is over. Sasha Lindqvist will resign,", "said", "a colleague", "a colleague", 1),
            ("We will appeal,", "said", "a colleague", "he", 1),
        ],
    ),
    # the head of the subject is its last word (a spokesman, not "senior")
    ([f"A senior spokesman for Ola Berg disagreed. {MISTAKE_HE}"], [("It was a mistake,", "said", "A senior spokesman", "he", 0)]),
    # a speaker quoted after the pronoun does not make its referent unsure
    (
        [LINDQVIST, 'Lindqvist apologised. He said the port would reopen. "It is over," Kim Ortiz said.'],
        [("the port would reopen", "said", "Sasha Lindqvist", "He", 1), ("It is over,", "said", "Kim Ortiz", "Kim Ortiz", 1)],
    ),
    # a person described in the first sentence does not count once a named speaker was quoted
    (
        [OPENED.replace("Sasha Lindqvist", "Kim Ortiz"), f'Hale\'s wife wept as Kim Ortiz spoke. "We will appeal," Ortiz said. {SHE_MISTAKE}'],
        [("We will appeal,", "said", "Kim Ortiz", "Ortiz", 1), ("It was a mistake,", "said", "Kim Ortiz", "she", 1)],
    ),
    # nor a person noun inside a quotation that opens the sentence: the last speaker carries on
    (
        ['"His mother wept all day," a neighbour said. "It is over," she said.'],
        [("His mother wept all day,", "said", "a neighbour", "a neighbour", 0), ("It is over,", "said", "a neighbour", "she", 0)],
    ),
    # nor a person noun after the pronoun
    (
        [APPEAL, "Later she told the judge the case was over."],
        [("We will appeal,", "said", "Kim Ortiz", "Kim Ortiz", 0), ("the case was over", "told", "Kim Ortiz", "she", 1)],
    ),
    # a pronoun is never kept as a paragraph's speaker: Lindqvist, not "nobody sure"
    (
        [APPEAL, f'"It is over," she said. Sasha Lindqvist shook his head. {MISTAKE_HE}'],
        [
            ("We will appeal,", "said", "Kim Ortiz", "Kim Ortiz", 0),
            ("It is over,", "said", "Kim Ortiz", "she", 1),
            ("It was a mistake,", "said", "Sasha Lindqvist", "he", 1),
        ],
    ),
    # nor an unresolved one: the mother stays the referent
    (
        [APPEAL, f'The defendant\'s mother cried. "It is over," she said. {INNOCENT}'],
        [
            ("We will appeal,", "said", "Kim Ortiz", "Kim Ortiz", 0),
            ("It is over,", "said", "she", "she", 1),
            ("He is innocent,", "said", "she", "she", 1),
        ],
    ),
    # the last speaker named at the paragraph's first character spoke in this paragraph
    (
        [THE_MAYOR, 'The mayor told reporters: "The port stays open." She thanked the harbour master, Sasha Lindqvist. "It is over," she said.'],
        [("The port stays open.", "told", "Kim Ortiz", "The mayor", 1), ("It is over,", "said", "Kim Ortiz", "she", 1)],
    ),
    # a surname that opens a sentence after a quotation, with someone else named later in it (the short
    # sentence "Sorry." is the paragraph's speaker's too, recN)
    (
        [LINDQVIST, APPEAL, f'"Sorry." Lindqvist apologised to Kim Ortiz. {MISTAKE_HE}'],
        [
            ("We will appeal,", "said", "Kim Ortiz", "Kim Ortiz", 1),
            ("Sorry.", None, "Sasha Lindqvist", "he", 2),
            ("It was a mistake,", "said", "Sasha Lindqvist", "he", 2),
        ],
    ),
    # a surname that modifies a name in the possessive is no subject
    (
        ["Mayor Kim Ortiz opened the session.", LOPEZ, f"Ortiz aide Sasha Lindqvist's car was found burned out. {SHE_MISTAKE}"],
        [("We will appeal,", "said", "Maria Lopez", "Maria Lopez", 1), ("It was a mistake,", "said", "she", "she", 2)],
    ),
    # a team whose name the index only has in a headline in title case is no one's name
    (
        [
            "Singer Benched By Harbour Team Prior To Her Performance Due To Anthem Row",
            "The singer was told on Friday that she would not perform.",
            "“We respect every artist,” the team said in a statement.",
        ],
        [("she would not perform", "told", None, None, 1), ("We respect every artist,", "said", "the team", "the team", 2)],
    ),
]


@pytest.mark.parametrize(("pieces", "expected"), PRONOUN_PATHS)
def test_a_pronoun_on_each_path_of_its_resolution(pieces: list[str], expected: list[Row]) -> None:
    assert _quotes(pieces) == expected


def organisation_of(words: list[str]) -> str | None:
    """:meth:`~newsparse.quotes.resolution.SpeakerResolution.resolve_organisation` of *words* in an
    article that named the Harbour Authority."""
    parser = QuoteParser()
    text, paragraphs = paragraphs_of(["The Harbour Authority closed the port on Monday."])
    return parser.resolve_organisation(words, len(text), State(parser.person_index(text, paragraphs, ()), text))


# the organisation a mention of an organisation word names: the capitalised name after an article,
# the one named before for a lower-case word; None for a mention broken over two lines
# ("Harbour\nAuthority": given as written) and for a capitalised name of no organisation word
ORGANISATION_WORDS = [
    (["the", "State", "Post", "Bureau"], "State Post Bureau"),
    (["the", "authority"], "Harbour Authority"),
    (["Harbour", "Authority"], None),
    (["the", "Smiths"], None),
    (["the", "crowd"], None),
]


@pytest.mark.parametrize(("words", "expected"), ORGANISATION_WORDS)
def test_resolve_organisation(words: list[str], expected: str | None) -> None:
    assert organisation_of(words) == expected
