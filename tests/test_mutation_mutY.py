"""Survivors of the mutation pass over the quote rules changed in stop 22 (``quotes/resolution.py``,
``reported.py``, ``segmentation.py``, ``languages.py``: the lines changed since ``5441253``) (issue 8,
the ``mutY`` pass; see docs/testing.md).  Each row is realistic text or words, the bad shape and the
good shape side by side where a rule tells them apart; the reading a surviving mutant gave is in the
comment above the table.

The method tables call one rule of a fresh :class:`~newsparse.quotes.parser.QuoteParser` (of a
language pack when given, :func:`quote_cases.parser_for`) on the words it is given."""

from __future__ import annotations

import pytest

from newsparse.people import Person
from quote_cases import Case, parser_for, quotes_of

#: ``(language, cue word, whether it is set off by commas inside its sentence, whether the words
#: after the speaker's comma are what was said)``: a verb of ``BARE_VERBS`` always; any speech verb
#: only when set off inside the sentence, and only in a language of ``INSERTED_ATTRIBUTIONS`` (a
#: mutant joined the two tests by ``or``: every English verb set off, every French one anywhere).
INTERRUPTING_CUES = [
    (None, "argued", True, True),
    (None, "promised", True, False),
    (None, "promised", False, False),
    ("fr", "annoncé", True, True),
    ("fr", "annoncé", False, False),
]


@pytest.mark.parametrize(("language", "word", "interrupted", "expected"), INTERRUPTING_CUES)
def test_interrupting_cue(language: str | None, word: str, interrupted: bool, expected: bool) -> None:
    assert parser_for(language).interrupting_cue(word, interrupted=interrupted) is expected


#: ``(language, word, whether it reads as a verb)``: a word of ``MIN_FINITE_LENGTH`` letters or more
#: with a finite ending (a mutant asked for more than the minimum and lost ``podrá``, ``boira``).
FINITE_VERBS = [
    ("es", "podrá", True),
    ("es", "hará", False),
    ("fr", "boira", True),
]


@pytest.mark.parametrize(("language", "word", "expected"), FINITE_VERBS)
def test_finite_verb_of_the_minimum_length(language: str, word: str, expected: bool) -> None:
    assert parser_for(language).is_verb(word) is expected


#: ``(language, object of a cue of OBJECT_VERBS, whether it names the one told)``: a recipient word,
#: then a phrase naming people, read as a whole (a mutant joined the words after the recipient word
#: with other characters and lost ``à la presse``, ``a la prensa``: their last word is the noun).
RECIPIENTS = [
    ("fr", "à la presse", True),
    ("fr", "aux journalistes", True),
    ("fr", "au projet", False),
    ("es", "a la prensa", True),
    ("es", "a la obra", False),
]


@pytest.mark.parametrize(("language", "phrase", "expected"), RECIPIENTS)
def test_names_recipient(language: str, phrase: str, expected: bool) -> None:
    assert parser_for(language).names_recipient(phrase) is expected


#: ``(a name's words, the years of the age)``: one word, a number, then the age suffix (mutants read
#: any single word as an age, or a number with any suffix: ``54-pound``).
AGES = [
    (["54-year-old"], "54"),
    (["54-year-old's"], "54"),
    (["54-pound"], None),
    (["spokeswoman"], None),
    (["the", "54-year-old"], None),
]


@pytest.mark.parametrize(("words", "expected"), AGES)
def test_age_of(words: list[str], expected: str | None) -> None:
    assert parser_for(None).age_of(words) == expected


#: ``(name as indexed, its gender word)``: a word of ``GENDER_WORDS`` with a capital opening a name
#: of three words or more (mutants let a name of two words through when its first word's second
#: letter is lower case, and read that letter off the second word: ``J.``).
GENDER_LEADS = [
    ("Businessman Lars Berg", "businessman"),
    ("Businesswoman J. Ortiz", "businesswoman"),
    ("Businessman Berg", None),
    ("BUSINESSMAN LARS BERG", None),
    ("Lars Berg Olsen", None),
]


@pytest.mark.parametrize(("name", "expected"), GENDER_LEADS)
def test_gender_lead_word(name: str, expected: str | None) -> None:
    person = Person(name, tuple(name.split()), frozenset(), 0)
    assert parser_for(None).gender_lead_word(person) == expected


#: ``(sentence, the words the window ends after (None: the sentence's end), whether the words go on
#: past a title told)``: after ``sagte`` the title in quotation marks is the one told only when a comma
#: follows within the window, and not when a relative clause follows within it (mutants read the
#: comma or the relative word past the window's end).
RELATIVE = "Anna Schmidt sagte der „Zeit“, die am Montag erscheint, sie sei zufrieden."
PLAIN = "Anna Schmidt sagte der „Zeit“, sie sei zufrieden."
PAST_MARKED = [
    (PLAIN, None, True),
    (PLAIN, "Zeit“", False),
    (RELATIVE, None, False),
    (RELATIVE, "die", True),
]


@pytest.mark.parametrize(("raw", "window_end", "past"), PAST_MARKED)
def test_past_marked_object(raw: str, window_end: str | None, past: bool) -> None:
    pos = raw.index("sagte") + len("sagte")
    stop = len(raw) if window_end is None else raw.index(window_end) + len(window_end)
    expected = raw.index("“") + 1 if past else pos
    assert parser_for("de").past_marked_object(raw, pos, stop) == expected


#: ``(language, sentence, cue, the words the window ends after (None: the sentence's end), the
#: object and THAT_WORDS read)``: the object and ``that`` must lie inside the window (a mutant read
#: ``que`` past its end).
TOLD_THAT = [
    ("fr", "Le maire a indiqué aux journalistes que le projet était prêt.", "indiqué", None, " aux journalistes que "),
    ("fr", "Le maire a indiqué aux journalistes que le projet était prêt.", "indiqué", "journalistes", None),
    ("fr", "Le maire a annoncé le projet que la ville prépare.", "annoncé", None, None),
    (None, "Ortiz told an Iowa audience that the plan was dead.", "told", None, " an Iowa audience that "),
    (None, "Ortiz told an Iowa audience that the plan was dead.", "told", "audience", None),
]


@pytest.mark.parametrize(("language", "raw", "cue", "window_end", "expected"), TOLD_THAT)
def test_told_then_that(language: str | None, raw: str, cue: str, window_end: str | None, expected: str | None) -> None:
    pos = raw.index(cue) + len(cue)
    stop = len(raw) if window_end is None else raw.index(window_end) + len(window_end)
    that = parser_for(language).told_then_that(raw, pos, stop)
    assert (None if that is None else that.group()) == expected


FIRST = '"It was hard," said Nora Blake.'
LONG_LEAD = (
    "The count in the town hall ran on through the night as volunteers checked each ballot twice and the"
    " clerks read out every spoiled paper to the waiting crowd."
)

#: The subject after an opening phrase is the one a later pronoun goes on with, wherever its sentence
#: starts in the paragraph: here after a first sentence of 157 characters (a mutant added the
#: sentence's start to the name's offset in it instead of taking it away, and gave the pronoun to
#: no one named).
CASES = [
    Case(
        [FIRST, LONG_LEAD + ' After the vote, Owen Marsh said the party had been beaten. "We were crushed," he said.'],
        [
            ("D", "It was hard,", 1, 13, "said", "Nora Blake", None),
            ("R", "the party had been beaten", 223, 248, "said", "Owen Marsh", None),
            ("D", "We were crushed,", 251, 267, "said", "Owen Marsh", None),
        ],
    ),
    Case(
        [FIRST, 'After the vote, Owen Marsh said the party had been beaten. "We were crushed," he said.'],
        [
            ("D", "It was hard,", 1, 13, "said", "Nora Blake", None),
            ("R", "the party had been beaten", 65, 90, "said", "Owen Marsh", None),
            ("D", "We were crushed,", 93, 109, "said", "Owen Marsh", None),
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[str(i) for i in range(len(CASES))])
def test_quotes(case: Case) -> None:
    assert quotes_of(case) == case.expected


#: ``(language, subjects before a coordinator, whether they open with a name)``: a name of two
#: words after at most ``MAX_ROLE_BEFORE_NAME`` determiners or lower-case words, the name being the
#: last two words (mutants stopped one word short and lost ``le maire Paul Girard``, or let a third
#: role word through).
NAME_OPENS = [
    ("fr", "le maire Paul Girard", True),
    ("fr", "Paul Girard", True),
    ("es", "La vecina Ana Ruiz", True),
    ("es", "la nueva vecina Ana Ruiz", False),
    ("fr", "le Girard", False),
]


@pytest.mark.parametrize(("language", "words", "expected"), NAME_OPENS)
def test_name_opens_subjects(language: str, words: str, expected: bool) -> None:
    assert parser_for(language).name_opens_subjects(words.split()) is expected


#: ``(the words after laut, the source)``: cut before the first lower-case determiner past the first
#: word, save a genitive right after a single noun (mutants read the first word too, skipped the
#: second, skipped any second word, or stopped reading after the genitive and kept the object).
LAUT_SOURCES = [
    ("Kanzler Scholz die Steuern", "Kanzler Scholz"),
    ("Kanzler die Steuern", "Kanzler"),
    ("der Kanzler die Steuern", "der Kanzler"),
    ("Angaben der Stadt", "Angaben der Stadt"),
    ("Angaben der Stadt die Zahl", "Angaben der Stadt"),
]


@pytest.mark.parametrize(("words", "expected"), LAUT_SOURCES)
def test_source_before_article(words: str, expected: str) -> None:
    raw = f"Die Regierung will laut {words} senken."
    start = raw.index(words)
    cut = parser_for("de").source_before_article(raw, (start, start + len(words)))
    assert raw[cut[0] : cut[1]] == expected


#: ``(text, where the elision its first mark opens ends)``: a one-letter elided word takes its second
#: mark only when one follows (a mutant took the character after any one-letter word: the blank in
#: ``'n roll``).
ELISIONS = [
    ("rock 'n' roll", "rock 'n'"),
    ("rock 'n roll", "rock 'n"),
    ("Fans sang 'ere we go", "Fans sang 'ere"),
]


@pytest.mark.parametrize(("raw", "expected"), ELISIONS)
def test_elision_end(raw: str, expected: str) -> None:
    assert parser_for(None).elision_end(raw, raw.index("'")) == len(expected)
