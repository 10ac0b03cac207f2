"""Speaker resolution in the cases a mutation run of ``quotes/resolution.py`` showed no test
pinned down: a nationality noun (``the Dutchman``) resolved to the person the article described
with that country, the words it is read from, and the look-up of a direct quote's speaker by
position.  A fresh ``QuoteParser`` is built for each case."""

from __future__ import annotations

import pytest

from articles import paragraphs_of
from newsparse.quotes.model import Mention
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


APPEAL = '"We will appeal," Ana Ortiz said.'
OPENED = "Tomas Lindqvist opened the session."
MISTAKE = '"It was a mistake," he said.'

# a pronoun: the subject of the paragraph, a surname the article gave in full, the last speaker,
# the last subject; nobody when someone else is named since the last speaker spoke
PRONOUNS = [
    (
        [APPEAL, 'After the hearing, the judge thanked Tomas Lindqvist. "It is over," she said.'],
        [("We will appeal,", "said", "Ana Ortiz", "Ana Ortiz", 0), ("It is over,", "said", "she", "she", 1)],
    ),
    (
        [APPEAL, 'After the hearing, the judge thanked Ana Ortiz. "It is over," she said.'],
        [("We will appeal,", "said", "Ana Ortiz", "Ana Ortiz", 0), ("It is over,", "said", "Ana Ortiz", "she", 1)],
    ),
    (
        ["Tomas Lindqvist has kept the Point Lynas light for 30 years.", '"It is a lonely job," he said.'],
        [("It is a lonely job,", "said", "Tomas Lindqvist", "he", 1)],
    ),
    (
        ["The storm damaged the house of Tomas Lindqvist last winter.", '"It is a lonely job," he said.'],
        [("It is a lonely job,", "said", "he", "he", 1)],
    ),
    (
        ["The harbour of Dover, where Tom Ridley works, was closed in the storm.", '"It is a lonely job," he said.'],
        [("It is a lonely job,", "said", "he", "he", 1)],
    ),
    (
        [OPENED, APPEAL, f"Lindqvist apologised. {MISTAKE}"],
        [("We will appeal,", "said", "Ana Ortiz", "Ana Ortiz", 1), ("It was a mistake,", "said", "Tomas Lindqvist", "he", 2)],
    ),
    (
        [OPENED, APPEAL, f"Mr. Lindqvist apologised. {MISTAKE}"],
        [("We will appeal,", "said", "Ana Ortiz", "Ana Ortiz", 1), ("It was a mistake,", "said", "Tomas Lindqvist", "he", 2)],
    ),
    (
        [OPENED, APPEAL, f"Lindqvist, who had been silent all day, apologised. {MISTAKE}"],
        [("We will appeal,", "said", "Ana Ortiz", "Ana Ortiz", 1), ("It was a mistake,", "said", "Tomas Lindqvist", "he", 2)],
    ),
    (
        [
            "Mayor Ana Ortiz opened the session.",
            '"We will appeal," Lee Park said.',
            'Ortiz apologised. "It was a mistake," she said.',
        ],
        [("We will appeal,", "said", "Lee Park", "Lee Park", 1), ("It was a mistake,", "said", "Ana Ortiz", "she", 2)],
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
