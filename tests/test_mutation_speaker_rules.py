"""The speaker rules changed on 30 November that no mutation run had seen (``docs/testing.md``):
a place preposition before a name (``A plumber from Leeds said``, ``Earlier on Monday Tom Berg
said``), a passive cue (``were told to``) and the start of the word before a phrase, read by the
public methods of a ``SpeakerGrammar`` built in each test; and a pronoun left as written when
the paragraph describes someone else for it (a fresh ``QuoteParser`` for each case), and the
mentions a plural pronoun may refer to (``SpeakerResolution.is_plural``) and a possessive's
ending with any apostrophe (``strip_possessive``), table-driven."""

from __future__ import annotations

import pytest
import regex

from articles import checked_quotes
from newsparse.names import strip_possessive
from newsparse.quotes.grammar import SpeakerGrammar
from newsparse.quotes.resolution import SpeakerResolution

# a word right before a place preposition, whether it opens the window, whether it may end the
# phrase the preposition belongs to
BEFORE_PLACE = [
    ("plumber", False, True),  # "A plumber from Leeds said"
    ("plumber", True, True),  # a noun for a person opening the window: "Plumber from Leeds ..."
    ("Officials", True, True),  # "Officials in Beijing said"
    ("Partisans", True, True),  # a plural that names no person by itself: "Partisans on both sides"
    ("Mass", True, False),  # "Mass in Rome Pope Leo said": a word in -ss is no plural
    ("Late", True, False),  # "Late on Monday Ana Ortiz said"
    ("Earlier", False, False),  # an adverb: "Earlier on Monday Tom Berg said"
    ("Monday", False, False),  # a time word: "The vote on Monday in Paris ..."
    ("talking", False, False),  # a participle: "After talking in Paris Ana Ortiz said"
    ("Talking", True, False),
]


@pytest.mark.parametrize(("word", "first", "expected"), BEFORE_PLACE)
def test_speaks_before_place(word: str, first: bool, expected: bool) -> None:
    assert SpeakerGrammar().speaks_before_place(word, first=first) is expected


# the words before a cue, the word that opens the phrase, whether that phrase is a place
# preposition's object
AFTER_PLACE = [
    ("A plumber from Leeds", "Leeds", True),
    ("Officials in Beijing", "Beijing", True),
    ("Mass in Rome Pope Leo", "Rome", False),
    ("Earlier on Monday Tom Berg", "Tom", False),
    ("After talking in Paris Ana Ortiz", "Paris", False),
    ("In Leeds Tom Berg", "Leeds", False),  # the preposition opens the window: no noun before it
    ("Ana Ortiz", "Ana", False),  # nothing before the phrase
    ("A plumber from central Leeds", "Leeds", False),  # a word between: not the preposition's object
]


@pytest.mark.parametrize(("text", "opens", "expected"), AFTER_PLACE)
def test_after_place_preposition(text: str, opens: str, expected: bool) -> None:
    words = list(regex.finditer(r"[\w’'-]+", text))
    assert SpeakerGrammar().after_place_preposition(text, words, text.index(opens)) is expected


# text, the cue word, whether it is a passive whose subject is spoken to, not a speaker
PASSIVES = [
    ("Were told to leave, residents say", "told", True),  # the passive opens the text
    ("Residents were then told to leave", "told", True),  # an adverb between
    ("told reporters the plan was dead", "told", False),  # nothing before the cue
    ("Later told the court she was sorry", "told", False),  # adverbs only before it
    ("Ana Ortiz told reporters", "told", False),
    ("Ana Ortiz is telling voters", "telling", False),  # a progressive: its subject speaks
]


@pytest.mark.parametrize(("text", "word", "expected"), PASSIVES)
def test_passive_at(text: str, word: str, expected: bool) -> None:
    assert SpeakerGrammar().passive_at(text, word, text.index(word)) is expected


# text, where the word before ends (its end, over blanks), the floor, where that word starts
TOKEN_STARTS = [
    ("A plumber from Leeds said", "from", 0, "from"),
    ("A plumber from   Leeds said", "from   ", 0, "from"),  # over the blanks after it
    ("help from Tom", "from", 0, "from"),
    ("He left. Officials in Leeds said", "", 9, "Officials"),  # at the floor: nothing before it is read
    ("said:Officials in", "Officials", 5, "Officials"),  # the floor cuts into a word
    ("in Leeds", "in", 0, "in"),
    ("He said I   would", "I   ", 0, "I"),  # a word of one letter, three blanks after it
]


@pytest.mark.parametrize(("text", "before", "floor", "word"), TOKEN_STARTS)
def test_token_start(text: str, before: str, floor: int, word: str) -> None:
    end = text.index(before, floor) + len(before) if before else floor
    assert SpeakerGrammar().token_start(text, end, floor) == text.index(word, floor)


#: A long paragraph naming no one (over a thousand characters).
BACKGROUND = " ".join(["The council met again on Monday to discuss the budget for the coming year."] * 15)

# he/she when the article describes someone else in the paragraph for it and the person it would
# go to for neither: each paragraph, each quote's (text, speaker's name, mention)
GENDER_EVIDENCE = [
    # the brother is named after Tomas Berg in his own sentence (its object): no evidence against him
    (
        [
            'Tomas Berg sued his brother Mark Berg on Monday. "It is a family matter," he said.',
            "Tomas Berg did not return calls on Tuesday.",
        ],
        [("It is a family matter,", "Tomas Berg", "he")],
    ),
    # named again after the sentence with his brother: "his" before the brother shows Tomas Berg's
    # gender too (owner_gender), so the subject he is named with again is the referent
    (
        ['Tomas Berg sued his brother Mark Berg on Monday. Tomas Berg left the court at noon. "It is a family matter," he said.'],
        [("It is a family matter,", "Tomas Berg", "he")],
    ),
    # the same with "her" before the brother: it shows Tomas Berg as she, so he is not his; the
    # one other person shares only the surname, someone else all the same (other_person,
    # another_person; stop 25: was no one): the brother
    (
        ['Tomas Berg sued her brother Mark Berg on Monday. Tomas Berg left the court at noon. "It is a family matter," he said.'],
        [("It is a family matter,", "Mark Berg", "he")],
    ),
    # (the kin word right before the name shows the subject a man: he is his, as with commas)
    (
        ['"We won the appeal," Robin Ortiz said. Her husband Sasha Berg smiled. "It is over," he said.'],
        [("We won the appeal,", "Robin Ortiz", "Robin Ortiz"), ("It is over,", "Sasha Berg", "he")],
    ),
    # (given names of one sex each, GIVEN_NAMES: the man)
    (
        ['"We won the appeal," Ana Ortiz said. Her husband Tomas Berg smiled. "It is over," he said.'],
        [("We won the appeal,", "Ana Ortiz", "Ana Ortiz"), ("It is over,", "Tomas Berg", "he")],
    ),
    # a sentence before the paragraph (a paragraph of its own) is not between Tomas Berg and his brother
    (
        ["The court met on Monday.", 'Tomas Berg sued his brother Mark Berg. "It is a family matter," he said.'],
        [("It is a family matter,", "Tomas Berg", "he")],
    ),
    # the article's first words name the person the pronoun goes to
    (
        ['Janet Ruiz, a councilwoman, and Pete Harlow, a councilman, clashed on Monday. "It is a safety issue," she said.'],
        [("It is a safety issue,", "Janet Ruiz", "she")],
    ),
    # the people described far into a long article
    (
        [BACKGROUND, 'Councilwoman Janet Ruiz and Councilman Pete Harlow clashed. "It is a safety issue," she said.'],
        [("It is a safety issue,", "Janet Ruiz", "she")],
    ),
]


@pytest.mark.parametrize(("pieces", "expected"), GENDER_EVIDENCE)
def test_a_pronoun_is_not_guessed_against_gender_evidence(pieces: list[str], expected: list[tuple[str, str, str]]) -> None:
    assert [(q.text, q.speaker and q.speaker.name, q.speaker and q.speaker.mention) for q in checked_quotes(pieces)] == expected


# a speaker's mention, whether it stands for several people or a body (a plural pronoun may then
# refer to it)
PLURAL_MENTIONS = [
    ("they", True),
    ("We", True),
    ("Ortiz and Lindqvist", True),
    ("Ana and Ben Cole", True),
    ("the ministry", True),
    ("the ministry,", True),
    ("the ministry's", True),
    ("Berg Holdings", True),
    ("the union", True),
    ("the couple", True),
    ("the band", True),
    ("the police", True),
    ("analysts", True),
    ("the striking workers", True),
    ("the analysts,", True),
    ("Ana Ortiz", False),
    ("Tom Berg's", False),
    ("the witness", False),
    ("the campus", False),
    ("Ortiz and", False),
    ("", False),
]


@pytest.mark.parametrize(("mention", "plural"), PLURAL_MENTIONS)
def test_is_plural(mention: str, plural: bool) -> None:
    assert SpeakerResolution().is_plural(mention) is plural


# a word, the word without a possessive ending (any apostrophe; an opening quotation mark that
# ends a word is none)
POSSESSIVES = [
    ("Putin's", "Putin"),
    ("NORDWIND'S", "NORDWIND"),
    ("Kelce‘s", "Kelce"),
    ("Kelceʼs", "Kelce"),
    ("players'", "players"),
    ("players’", "players"),
    ("players‘", "players‘"),
    ("‘", "‘"),
    ("Ortiz", "Ortiz"),
]


@pytest.mark.parametrize(("word", "stripped"), POSSESSIVES)
def test_strip_possessive(word: str, stripped: str) -> None:
    assert strip_possessive(word) == stripped


# "they" after one speaker: who it goes to (a person of the article's index, whatever the name
# ends in, is no group)
THEY = [
    (
        ['"The verdict is wrong," Ana Torres said. "We will appeal," they said.'],
        [("The verdict is wrong,", "Ana Torres", "Ana Torres"), ("We will appeal,", "they", "they")],
    ),
    (
        ['"The strike goes on," the dock workers said. "Nobody has called us," they said.'],
        [("The strike goes on,", "the dock workers", "the dock workers"), ("Nobody has called us,", "the dock workers", "they")],
    ),
    # one person named by a noun for a person or a role: no group either
    (
        ['"The vote was rigged," the board member said. "We will appeal," they said.'],
        [("The vote was rigged,", "the board member", "the board member"), ("We will appeal,", "they", "they")],
    ),
    (
        ['"The film is finished," the actor said. "We start the tour in May," they said.'],
        [("The film is finished,", "the actor", "the actor"), ("We start the tour in May,", "they", "they")],
    ),
]


@pytest.mark.parametrize(("pieces", "expected"), THEY)
def test_a_plural_pronoun_after_one_speaker(pieces: list[str], expected: list[tuple[str, str, str]]) -> None:
    assert [(q.text, q.speaker and q.speaker.name, q.speaker and q.speaker.mention) for q in checked_quotes(pieces)] == expected
