"""Mutation pass mutZ (issue 8): the lines of the layout and name modules changed in stop 22
(``byline.py``, ``boilerplate.py``, ``lines.py``, ``names.py``, ``people.py``, ``vocabulary.py``,
``caption.py``, ``spans.py``) and the "not run" lists of earlier passes in ``boilerplate.py``,
``names.py`` and ``caption.py``; table-driven, each case asserting the value a surviving mutant changes."""

from __future__ import annotations

import pytest

from newsparse.boilerplate import BoilerplateParser
from newsparse.byline import BylineParser
from newsparse.caption import CaptionParser
from newsparse.lines import is_sentence, split_lines
from newsparse.names import NameModel
from newsparse.people import PersonIndex
from newsparse.quotes.languages import FrenchVocabulary, GermanVocabulary, SpanishVocabulary
from newsparse.vocabulary import Vocabulary

# -- BylineParser.placed_outlet_start: a place of the vocabulary and an outlet word after the names --

PLACED_OUTLETS = [
    # a place of two words (the pair tried before the last word alone)
    ("Jane Roe Des Moines Register", 9),
    ("Mary Ann Smith El Paso Times", 15),
    # a place of one word
    ("Sam Okafor Boston Globe", 11),
    ("Jane Roe Chicago Tribune", 9),
    # an initial first, with its period or without (a word of one character): two words of names
    ("J. Roe Chicago Tribune", 7),
    ("J Roe Chicago Tribune", 6),
    # no place before the outlet word, or no names before the place: none
    ("Jane Roe Paso Times", None),
    ("Chicago Tribune", None),
    ("Emily Post", None),
]


@pytest.mark.parametrize(("text", "start"), PLACED_OUTLETS)
def test_where_a_place_s_outlet_starts(text: str, start: int | None) -> None:
    assert BylineParser().placed_outlet_start(text) == start


# -- BylineParser.cut_outlets: up to MAX_OUTLETS outlets after commas, the lone agency kept --------

CUT_OUTLETS = [
    # three outlets after the names: all cut, the agency the one that is an agency by itself
    ("Jane Roe, Investing.com, Reuters, BBC News", ("Jane Roe", "Reuters")),
    ("Jane Roe, Politico.com, BBC News, Reuters", ("Jane Roe", "Reuters")),
    # the last outlet names no agency: the one before it does
    ("Jane Roe, Reuters, Politico.com", ("Jane Roe", "Reuters")),
    ("Jane Roe, Reuters, BBC News", ("Jane Roe", "Reuters")),
    # no outlet an agency by itself: the first one named (layR, stop 23)
    ("Jane Roe, NBC News, ABC News", ("Jane Roe", "NBC News")),
    # more than MAX_OUTLETS outlets: the first stays with the names
    ("Jane Roe, Reuters, BBC News, Politico.com, AP", ("Jane Roe, Reuters", "AP")),
    # nothing before the first comma: the piece there is no outlet to cut
    (", Reuters, BBC News", (", Reuters", "BBC News")),
    # a web address, a lower-case determiner before the outlet's name
    ("Jane Roe, Politico.com", ("Jane Roe", None)),
    ("Jane Roe, the Washington Post", ("Jane Roe", None)),
    # no comma: the one outlet only
    ("Jane Roe Bloomberg News", ("Jane Roe", "Bloomberg News")),
]


@pytest.mark.parametrize(("text", "expected"), CUT_OUTLETS)
def test_the_outlets_after_the_names_are_cut(text: str, expected: tuple[str, str | None]) -> None:
    assert BylineParser().cut_outlets(text) == expected


# -- is_sentence: a line's end and its lower-case words (three words at least) --------------------

SENTENCES = [
    # the end of a sentence inside a closing quotation mark
    ('The mayor said it was "a fair deal."', True),
    # no sentence end
    ("The mayor spoke at length", False),
    ("The council met on Tuesday.", True),
    # a lower-case word among the first three: the second word, the third
    ("Berg wins Paris Marathon.", True),
    ("Ana Berg wins Paris Marathon.", True),
    # a lower-case word only after the first three
    ("Ana Berg Of Paris resigned.", True),
    # capitals and numbers only: a title, not prose
    ("Ana Berg Of Paris Resigns.", False),
    ("Best Of 2024 Awards Night.", False),
    ("Ana Berg Of Paris 2024.", False),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_a_line_is_a_sentence(text: str, expected: bool) -> None:
    assert is_sentence(text, 3) is expected


# -- NameModel.is_name_word and is_opening_verb ----------------------------------------------------

NAME_WORDS = [
    # a news agency before a company's acronym ("told Reuters MHI is ..."): no name word
    ("Reuters", "MHI", "told", False),
    # a surname before an acronym, a given name before a surname: name words
    ("Ortiz", "MHI", "Ana", True),
    ("Ana", "Ortiz", "told", True),
]


@pytest.mark.parametrize(("word", "following", "preceding", "expected"), NAME_WORDS)
def test_a_word_of_a_name(word: str, following: str | None, preceding: str | None, expected: bool) -> None:
    assert NameModel(Vocabulary()).is_name_word(word, following, preceding) is expected


OPENING_VERBS = [
    # a verb form of MIN_OPENING_VERB_LENGTH letters right after an opening quotation mark
    ("Having", '"', True),
    ("Joining", "“", True),
    # shorter: a name ("Ewing" is no verb form here)
    ("Ewing", '"', False),
    # after a word: a name
    ("Having", "said", False),
    # a quotation mark glued to a word before it: no opening of quoted words
    ("Joining", "said:“", False),
]


@pytest.mark.parametrize(("word", "preceding", "expected"), OPENING_VERBS)
def test_a_verb_form_opens_quoted_words(word: str, preceding: str | None, expected: bool) -> None:
    assert NameModel(Vocabulary()).is_opening_verb(word, preceding) is expected


# -- PersonIndex.org_word_surname: an organisation word as a surname where the text shows a person -----

ORG_WORD_SURNAMES = [
    # an honorific before the given name
    ("Ms. Helen Park arrived at the hearing.", ["Helen Park"]),
    ("Rep. Helen Bank arrived at the hearing.", ["Helen Bank"]),
    # an abbreviated title before it
    ("Sen. Tom Park arrived at the hearing.", ["Tom Park"]),
    # an age set off by commas after it (a piece of two words)
    ("Yesterday Helen Park, 42, arrived at the hearing.", ["Helen Park"]),
    ("The inquiry heard from Helen Park, 42, on Monday.", ["Helen Park"]),
    # nothing shows a person
    # (with a given name of one sex, Helen, it is a person: tests/test_fixX.py; Robin is given to both)
    ("Yesterday Robin Park arrived at the hearing.", []),
    # the organisation word in capitals: no surname
    ("Ms. Helen PARK arrived at the hearing.", []),
]


@pytest.mark.parametrize(("text", "people"), ORG_WORD_SURNAMES)
def test_an_organisation_word_as_a_surname(text: str, people: list[str]) -> None:
    assert [person.name for person in PersonIndex.build(Vocabulary(), [(text, 0)]).people] == people


# -- Vocabulary.bars_name: one set lookup, or the hooks of a subclass that overrides them -----------


class NursesVocabulary(Vocabulary):
    """A vocabulary whose titles also hold a nursing grade: ``bars_name`` must ask its ``is_title``."""

    def is_title(self, word: str) -> bool:
        return word.casefold() == "matron" or super().is_title(word)


BARRED = [
    ("Senator", True),  # a title
    ("Bank", True),  # an organisation word
    ("French", True),  # a country's adjective
    ("Helen", False),  # a given name
]


@pytest.mark.parametrize("vocabulary", [Vocabulary(), NursesVocabulary()], ids=["plain", "overridden"])
@pytest.mark.parametrize(("word", "barred"), BARRED)
def test_a_word_that_bars_a_name(vocabulary: Vocabulary, word: str, barred: bool) -> None:
    assert vocabulary.bars_name(word) is barred


def test_an_overridden_hook_is_asked() -> None:
    assert NursesVocabulary().bars_name("Matron") is True
    assert Vocabulary().bars_name("Matron") is False


class OwnListsVocabulary(Vocabulary):
    """A vocabulary that reads titles, organisation words and countries its own way (all three
    hooks): ``bars_name`` must ask them, not the built-in set."""

    def is_title(self, word: str) -> bool:
        return word.casefold() == "matron" or super().is_title(word)

    def is_org_word(self, word: str) -> bool:
        return super().is_org_word(word)

    def country(self, word: str) -> str | None:
        return super().country(word)


def test_all_three_hooks_overridden_are_asked() -> None:
    assert OwnListsVocabulary().bars_name("Matron") is True
    assert OwnListsVocabulary().bars_name("Bank") is True
    assert OwnListsVocabulary().bars_name("Helen") is False


# -- BoilerplateParser: a language's labels add keys to the prose kinds ------------------------------

LANGUAGE_PROSE = [
    # the first word of a SOURCE_LABELS label ("Mit") keys the sign-off kind
    (GermanVocabulary, "Mit Material von dpa und Reuters.", "sign-off"),
    # the first word of a RELATED_LABELS label ("Voir") keys the related kind
    (FrenchVocabulary, "Voir aussi : le conseil a voté le budget mardi.", "related"),
    (FrenchVocabulary, "Lire aussi : Le conseil municipal a approuvé le budget mardi soir.", "related"),
    # a sentence of the story: none
    (FrenchVocabulary, "Le conseil municipal a approuvé le budget mardi soir.", None),
]


@pytest.mark.parametrize(("vocabulary", "text", "kind"), LANGUAGE_PROSE)
def test_a_language_s_label_opens_boilerplate_prose(vocabulary: type[Vocabulary], text: str, kind: str | None) -> None:
    assert BoilerplateParser(vocabulary()).kind(text) == kind


READING_TIMES = [
    # a language's reading-time label (of one word or several), then minutes
    (FrenchVocabulary, "Temps de lecture : 3 min", "other"),
    (FrenchVocabulary, "Lecture : 2 min", "other"),
    (GermanVocabulary, "Lesezeit: 4 Minuten", "other"),
    (SpanishVocabulary, "Tiempo de lectura: 5 min", "other"),
    # a non-breaking space inside the label, as a page copied gives it
    (SpanishVocabulary, "Tiempo de\u00a0lectura: 5 min", "other"),
    # the English vocabulary knows no French label
    (Vocabulary, "Temps de lecture : 3 min", None),
]


@pytest.mark.parametrize(("vocabulary", "text", "kind"), READING_TIMES)
def test_a_language_s_reading_time_line(vocabulary: type[Vocabulary], text: str, kind: str | None) -> None:
    assert BoilerplateParser(vocabulary()).kind(text) == kind


LANGUAGE_LINES = [
    # a paywall's label alone on a line (of one word or several)
    (FrenchVocabulary, "Article réservé aux abonnés", "subscribe"),
    (GermanVocabulary, "Nur für Abonnenten", "subscribe"),
    (SpanishVocabulary, "Solo para suscriptores", "subscribe"),
    (FrenchVocabulary, "Réservé aux\u00a0abonnés", "subscribe"),  # (a non-breaking space inside)
    # the agencies a story draws on, after a SOURCE_LABELS label, joined by the language's "and" or
    # the English one
    (SpanishVocabulary, "Con información de EFE y Europa Press.", "sign-off"),
    (SpanishVocabulary, "Con información de Reuters", "sign-off"),
    (SpanishVocabulary, "Con información\u00a0de Reuters", "sign-off"),
    (GermanVocabulary, "Mit Material von dpa und Reuters", "sign-off"),
    (GermanVocabulary, "Mit Material von Reuters and AP", "sign-off"),
    # the English vocabulary knows none of them
    (Vocabulary, "Nur für Abonnenten", None),
    (Vocabulary, "Mit Material von dpa und Reuters", None),
]


@pytest.mark.parametrize(("vocabulary", "text", "kind"), LANGUAGE_LINES)
def test_a_language_s_paywall_and_source_lines(vocabulary: type[Vocabulary], text: str, kind: str | None) -> None:
    assert BoilerplateParser(vocabulary()).kind(text) == kind


# -- NameModel.trailing_name, is_capitalised_particle, is_title_surname (mutS's "not run" list) -----

TRAILING_NAMES = [
    (Vocabulary, "transport expert June Whitaker", 2),
    # a name suffix ends the name; a title word right before it is the surname
    (Vocabulary, "Martin Luther King Jr.", 4),
    (Vocabulary, "the mayor Tom Berg Jr.", 3),
    (Vocabulary, "King Jr.", 0),
    (Vocabulary, "Jr.", 0),
    # particles inside the name, in lower case or capitalised
    (Vocabulary, "Ana van Rijn", 3),
    (Vocabulary, "Ana de la Fuente", 4),
    (Vocabulary, "Marine Le Pen", 3),
    (Vocabulary, "Charles De Gaulle", 3),
    # a particle that opens the words, or one in capitals: not inside a name
    (Vocabulary, "the van Rijn", 1),
    (Vocabulary, "the van Rijn Jr.", 2),
    (Vocabulary, "Tom de", 0),
    (Vocabulary, "Ana DE Rijn", 1),
    # French: "Le" alone is an article; a capitalised particle between a name word and a title word
    (FrenchVocabulary, "Bruno Le Maire", 3),
    (FrenchVocabulary, "le ministre Bruno Le Maire", 3),
    (FrenchVocabulary, "Bruno Le maire", 0),  # (a title word in lower case is no surname)
    (FrenchVocabulary, "Le Pen", 1),
    (FrenchVocabulary, "a dit Le Pen", 1),
    (FrenchVocabulary, "Paris, Le Pen", 1),
    (FrenchVocabulary, "Paris; Le Pen", 1),
    (FrenchVocabulary, "Paris: Le Pen", 1),
]


@pytest.mark.parametrize(("vocabulary", "text", "count"), TRAILING_NAMES)
def test_how_many_last_words_make_a_name(vocabulary: type[Vocabulary], text: str, count: int) -> None:
    assert NameModel(vocabulary()).trailing_name(text.split()) == count


class SourceVocabulary(GermanVocabulary):
    """A page that names its sources after a label of one word."""

    SOURCE_LABELS = ("Quelle:",)


def test_a_source_label_of_one_word() -> None:
    assert BoilerplateParser(SourceVocabulary()).kind("Quelle: dpa und AFP.") == "sign-off"
    assert BoilerplateParser(GermanVocabulary()).kind("Quelle: dpa und AFP.") is None


# -- CaptionParser: each credit pattern's prefilter marks (a line without them is not searched) ------

CAPTION = "Firefighters work at the scene on Tuesday."
CREDITS = [
    (f"{CAPTION} REUTERS/Jane Roe", "REUTERS/Jane Roe"),  # an agency and a slash
    (f"{CAPTION} (Jane Roe)", "Jane Roe"),  # brackets
    (f"{CAPTION} (Photo: Jane Roe)", "Jane Roe"),  # a label in brackets
    (f"{CAPTION} (REUTERS)", "REUTERS"),  # an agency in capitals in brackets
    (f"{CAPTION} | Jane Roe/AP", "Jane Roe/AP"),  # a bar, a name and an agency
    (f"{CAPTION} Photo via Reuters", "Reuters"),  # via an agency
]


@pytest.mark.parametrize(("text", "credit"), CREDITS)
def test_a_credit_split_off_its_caption(text: str, credit: str) -> None:
    split = CaptionParser().split_credit(split_lines(text)[0])
    assert split is not None
    assert (split.text, split.credit) == (CAPTION, credit)
