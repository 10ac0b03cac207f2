"""mend57 (stop 50): one list per word class, in the vocabulary.  The quote rules read the
vocabulary's ``TIME_SPAN_PREPOSITIONS``, ``SALUTATIONS`` and ``LINKING_ADVERBS``; the byline's
``WEEKDAY_NAME_JOINS`` and the timestamp parser's ``SPELLED_ZONES`` and ``WEEKDAY_ABBREVIATIONS``
are the vocabulary's too, each pack listing its own.  A vocabulary subclass that changes one list
changes every parser that reads it: the people index and name model (the layout side) and the
quote rules alike."""

from __future__ import annotations

from typing import ClassVar

import pytest

from newsparse import ArticleParser, BylineParser, QuoteParser, TimestampParser, Vocabulary
from newsparse.names import NameModel
from newsparse.quotes.languages import LANGUAGES, FrenchVocabulary, GermanVocabulary, SpanishVocabulary

_HEAD = "Council votes on harbour plan\n\n"


def _speakers(vocabulary: Vocabulary, line: str) -> list[tuple[str | None, str | None]]:
    """``(name, mention)`` of each quote's speaker in *line*, read by an article parser of *vocabulary*."""
    article = ArticleParser(vocabulary=vocabulary).parse(f"{_HEAD}{line}\n")
    return [(q.speaker.name, q.speaker.mention) if q.speaker else (None, None) for q in article.quotes]


# -- (1) the prepositions of a stretch of time: one list for the people index and the quote rules ----


class WithoutOver(Vocabulary):
    TIME_SPAN_PREPOSITIONS: ClassVar[tuple[str, ...]] = ("during", "throughout")


class WithThrough(Vocabulary):
    TIME_SPAN_PREPOSITIONS: ClassVar[tuple[str, ...]] = (*Vocabulary.TIME_SPAN_PREPOSITIONS, "through")


@pytest.mark.parametrize(
    ("vocabulary", "line", "speakers"),
    [
        # the people index (layout side): a holiday after an opening preposition is no given name
        (Vocabulary, "Over Christmas Ana Ortiz said the market would stay open late. Ortiz said it was busy.",
         [("Ana Ortiz", "Ana Ortiz"), ("Ana Ortiz", "Ortiz")]),
        (WithoutOver, "Over Christmas Ana Ortiz said the market would stay open late. Ortiz said it was busy.",
         [("Christmas Ana Ortiz", "Christmas Ana Ortiz"), ("Christmas Ana Ortiz", "Ortiz")]),
        # the quote rules: the holiday after a noun for people is no speaker
        (Vocabulary, "Residents over Christmas said the water was brown.", [("Residents", "Residents over Christmas")]),
        (WithoutOver, "Residents over Christmas said the water was brown.", [("Christmas", "Christmas")]),
        (Vocabulary, "Over Christmas officials said the water was brown.", [("officials", "officials")]),
        (WithoutOver, "Over Christmas officials said the water was brown.",
         [("Christmas officials", "Christmas officials")]),
        # a word added to the one list counts on both sides
        (Vocabulary, "Residents through Easter said the water was brown.", [("Easter", "Residents through Easter")]),
        (WithThrough, "Residents through Easter said the water was brown.", [("Residents", "Residents through Easter")]),
        (Vocabulary, "Through Easter Tom Berg said the bakery sold out. Berg said it was busy.",
         [("Tom Berg", "Through Easter Tom Berg"), ("Tom Berg", "Berg")]),
        (WithThrough, "Through Easter Tom Berg said the bakery sold out. Berg said it was busy.",
         [("Tom Berg", "Tom Berg"), ("Tom Berg", "Berg")]),
        # (precision: the words left in the list still work without the one taken out)
        (WithoutOver, "During Ramadan shopkeepers said prices were high.", [("shopkeepers", "shopkeepers")]),
    ],
)
def test_one_time_span_list_for_both_sides(vocabulary: type[Vocabulary], line: str, speakers: list[tuple[str, str]]) -> None:
    assert _speakers(vocabulary(), line) == speakers


# -- (2) a letter's salutations: one list, each pack its own ------------------------------------------


class WithDearest(Vocabulary):
    SALUTATIONS: ClassVar[tuple[str, ...]] = ("dear", "dearest")


class WithoutSalutations(Vocabulary):
    SALUTATIONS: ClassVar[tuple[str, ...]] = ()


@pytest.mark.parametrize(
    ("vocabulary", "line", "speakers"),
    [
        # the name model (layout side): a salutation opening a sentence is no word of the name after it
        (Vocabulary, "Dear Ana Ortiz said the book would be out next spring.", [("Ana Ortiz", "Dear Ana Ortiz")]),
        (WithoutSalutations, "Dear Ana Ortiz said the book would be out next spring.",
         [("Dear Ana Ortiz", "Dear Ana Ortiz")]),
        (Vocabulary, "Dearest Ana Ortiz said the book would be out next spring.",
         [("Dearest Ana Ortiz", "Dearest Ana Ortiz")]),
        (WithDearest, "Dearest Ana Ortiz said the book would be out next spring.", [("Ana Ortiz", "Dearest Ana Ortiz")]),
        # the quote rules: a list of subjects opened by a salutation is no list of names
        (Vocabulary, "Dear Ana Ortiz, the mayor and the sheriff toured the site and said it was safe.",
         [("the mayor and the sheriff", "the mayor and the sheriff")]),
        (WithoutSalutations, "Dear Ana Ortiz, the mayor and the sheriff toured the site and said it was safe.",
         [("Dear Ana Ortiz and the sheriff", "Dear Ana Ortiz, the mayor and the sheriff")]),
        (WithDearest, "Dearest Ana Ortiz, the mayor and the sheriff toured the site and said it was safe.",
         [("the mayor and the sheriff", "the mayor and the sheriff")]),
        (Vocabulary, "Dearest Ana Ortiz, the mayor and the sheriff toured the site and said it was safe.",
         [("Dearest Ana Ortiz and the sheriff", "Dearest Ana Ortiz, the mayor and the sheriff")]),
        # (precision: a salutation after a given name is a surname, with any list)
        (WithDearest, "The novelist Ana Dear said the book would be out next spring.", [("Ana Dear", "The novelist Ana Dear")]),
    ],
)
def test_one_salutation_list_for_both_sides(vocabulary: type[Vocabulary], line: str, speakers: list[tuple[str, str]]) -> None:
    assert _speakers(vocabulary(), line) == speakers


@pytest.mark.parametrize(
    ("vocabulary", "word", "following", "name_word"),
    [
        (GermanVocabulary, "Liebe", "Anna", False),
        (GermanVocabulary, "Lieber", "Paul", False),
        (FrenchVocabulary, "Chère", "Anne", False),
        (FrenchVocabulary, "Che\u0300re", "Anne", False),  # (decomposed: the same word)
        (SpanishVocabulary, "Querida", "Ana", False),
        (Vocabulary, "Dear", "Ana", False),
        # (precision: each language its own words; a salutation before no name is a name word)
        (Vocabulary, "Liebe", "Anna", True),
        (FrenchVocabulary, "Liebe", "Anna", True),
        (GermanVocabulary, "Chère", "Anne", True),
        (GermanVocabulary, "Liebe", None, True),
    ],
)
def test_each_pack_names_its_salutations(vocabulary: type[Vocabulary], word: str, following: str | None, name_word: bool) -> None:
    assert NameModel(vocabulary()).is_name_word(word, following, None) is name_word


@pytest.mark.parametrize(
    ("language", "line", "speaker"),
    [
        # a German salutation is no word of the name in the pack's people index (it was, with the
        # quote rules' own list holding "Liebe" and the vocabulary's "dear" alone)
        ("de", "Liebe Anna Schmidt sagte, das Buch erscheine im Frühjahr.", "Anna Schmidt"),
        ("de", "Lieber Paul Weber sagte, das Buch erscheine im Frühjahr.", "Paul Weber"),
        # (precision: a German surname, not a salutation, stays)
        ("de", "Paul Liebe sagte, das Buch erscheine im Frühjahr.", "Paul Liebe"),
    ],
)
def test_pack_salutation_in_the_people_index(language: str, line: str, speaker: str) -> None:
    article = ArticleParser(language=language).parse("Rat stimmt ab\n\n" + line + "\n")
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [speaker]


def test_the_quote_rules_read_the_vocabulary_lists() -> None:
    # (the old copies are gone: overriding them on a quote parser would change nothing)
    for name in ("TIME_SPAN_PREPOSITIONS", "SALUTATIONS", "LINKING_ADVERBS"):
        assert not hasattr(QuoteParser, name), name
    assert not hasattr(BylineParser, "WEEKDAY_NAME_JOINS")
    assert not hasattr(TimestampParser, "SPELLED_ZONES")
    assert not hasattr(TimestampParser, "WEEKDAY_ABBREVIATIONS")
    parser = QuoteParser(WithDearest())
    assert parser.listed_person("Dearest Ana Ortiz") is False
    assert QuoteParser().listed_person("Dearest Ana Ortiz") is True


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_pack_quote_parser_reads_its_vocabulary(code: str) -> None:
    pack = LANGUAGES[code]
    vocabulary = pack.vocabulary()
    parser = pack.quotes(vocabulary)
    for salutation in vocabulary.SALUTATIONS:
        # (a salutation before a full name is no list item's name, in the pack's quote rules)
        assert parser.listed_person(f"{salutation.capitalize()} Ana Ortiz") is False, salutation


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("Chère Anne Dupont", False),
        ("Che\u0300re Anne Dupont", False),  # (decomposed, as some copy spells it: the quote rules' spellings)
        # (precision: a name that opens with no salutation of the pack)
        ("Anne Dupont", True),
        ("Dear Anne Dupont", True),
    ],
)
def test_pack_salutation_in_any_spelling(item: str, name: bool) -> None:
    pack = LANGUAGES["fr"]
    assert pack.quotes(pack.vocabulary()).listed_person(item) is name


# -- (3) linking adverbs: the vocabulary's list ------------------------------------------------------


class WithoutRather(Vocabulary):
    LINKING_ADVERBS: ClassVar[tuple[str, ...]] = tuple(w for w in Vocabulary.LINKING_ADVERBS if w != "rather")


class WithFirst(Vocabulary):
    LINKING_ADVERBS: ClassVar[tuple[str, ...]] = (*Vocabulary.LINKING_ADVERBS, "first")


def _quoted(vocabulary: Vocabulary, line: str) -> list[str]:
    return [q.text for q in ArticleParser(vocabulary=vocabulary).parse(f"{_HEAD}{line}\n").quotes]


@pytest.mark.parametrize(
    ("vocabulary", "line", "quoted"),
    [
        (Vocabulary, "Rather, he said, continued delays by the contractor will raise the final cost.",
         ["continued delays by the contractor will raise the final cost"]),
        (WithoutRather, "Rather, he said, continued delays by the contractor will raise the final cost.",
         ["Rather, he said, continued delays by the contractor will raise the final cost"]),
        (WithFirst, "First, he said, continued delays by the contractor will raise the final cost.",
         ["continued delays by the contractor will raise the final cost"]),
        # (precision: a word of no list stays the clause's)
        (Vocabulary, "First, he said, continued delays by the contractor will raise the final cost.",
         ["First, he said, continued delays by the contractor will raise the final cost"]),
    ],
)
def test_linking_adverbs_are_the_vocabulary_list(vocabulary: type[Vocabulary], line: str, quoted: list[str]) -> None:
    assert _quoted(vocabulary(), line) == quoted


# -- (4) the joins after a weekday's given name in a byline -------------------------------------------


class WithoutJoins(Vocabulary):
    WEEKDAY_NAME_JOINS: ClassVar[tuple[str, ...]] = ()


class WithWith(Vocabulary):
    WEEKDAY_NAME_JOINS: ClassVar[tuple[str, ...]] = ("and", "with")


def _authors(parser: ArticleParser, line: str) -> tuple[str, ...] | None:
    article = parser.parse(f"Fire contained\n{line}\n\nThe fire was contained on Tuesday, officials said.\n")
    return article.byline.authors if article.byline is not None else None


@pytest.mark.parametrize(
    ("vocabulary", "line", "authors"),
    [
        (Vocabulary, "By Monday Okonkwo and Friday Olokor, Lagos", ("Monday Okonkwo", "Friday Olokor")),
        (WithoutJoins, "By Monday Okonkwo and Friday Olokor, Lagos", None),
        (WithWith, "By Monday Okonkwo with Friday Olokor, Lagos", ("Monday Okonkwo", "Friday Olokor")),
        # (precision: a word of no list ends no such name; a mark ends it with any list)
        (Vocabulary, "By Monday Okonkwo with Friday Olokor, Lagos", None),
        (WithoutJoins, "By Sunday Aborisade, Abuja", ("Sunday Aborisade",)),
    ],
)
def test_weekday_name_joins_are_the_vocabulary_list(vocabulary: type[Vocabulary], line: str, authors: tuple[str, ...] | None) -> None:
    assert _authors(ArticleParser(vocabulary=vocabulary()), line) == authors


@pytest.mark.parametrize(("code", "join"), [("en", "and"), ("fr", "et"), ("de", "und"), ("es", "y")])
def test_each_pack_lists_its_weekday_name_join(code: str, join: str) -> None:
    joins = LANGUAGES[code].vocabulary.WEEKDAY_NAME_JOINS
    assert joins == (join,)


# -- (5) a stamp's spelled zone and weekday abbreviation ---------------------------------------------


class WithoutSpelledZones(Vocabulary):
    SPELLED_ZONES: ClassVar[tuple[tuple[str, str], ...]] = ()


class WithoutWeekdayHeads(Vocabulary):
    WEEKDAY_ABBREVIATIONS: ClassVar[tuple[tuple[str, ...], ...]] = ()


_LEDE = "The Senate passed the bill on Tuesday after a long debate in the chamber."


def _stamp(parser: ArticleParser, line: str) -> tuple[str, str, list[str]]:
    article = parser.parse("Senate passes bill\n\n" + line + "\n\n" + _LEDE + "\n")
    assert article.published is not None
    return article.published.text, article.published.datetime.isoformat(), [b.text for b in article.boilerplate]


@pytest.mark.parametrize(
    ("parser", "line", "stamp"),
    [
        (ArticleParser(), "Published October 14, 2025 10:00 a.m. Eastern time",
         ("October 14, 2025 10:00 a.m. Eastern time", "2025-10-14T10:00:00-04:00", [])),
        (ArticleParser(vocabulary=WithoutSpelledZones()), "Published October 14, 2025 10:00 a.m. Eastern time",
         ("October 14, 2025 10:00 a.m.", "2025-10-14T10:00:00", ["Eastern time"])),
        (ArticleParser(), "Di 14.10.2025 - 15:20 Uhr", ("Di 14.10.2025 - 15:20 Uhr", "2025-10-14T15:20:00", [])),
        (ArticleParser(vocabulary=WithoutWeekdayHeads()), "Di 14.10.2025 - 15:20 Uhr",
         ("14.10.2025 - 15:20 Uhr", "2025-10-14T15:20:00", ["Di"])),
        # each pack its own language's abbreviations: German "Di" is Tuesday only (12 October 2025 is
        # a Sunday, French "di." dimanche), the default vocabulary reads every language's
        (ArticleParser(language="de"), "Di 14.10.2025 - 15:20 Uhr", ("Di 14.10.2025 - 15:20 Uhr", "2025-10-14T15:20:00", [])),
        (ArticleParser(language="de"), "Di 12.10.2025 - 15:20 Uhr", ("12.10.2025 - 15:20 Uhr", "2025-10-12T15:20:00", ["Di"])),
        (ArticleParser(language="fr"), "di. 12.10.2025 - 15:20", ("di. 12.10.2025 - 15:20", "2025-10-12T15:20:00", [])),
        (ArticleParser(language="fr"), "Do 16.10.2025 - 15:20", ("16.10.2025 - 15:20", "2025-10-16T15:20:00", ["Do"])),
        (ArticleParser(language="es"), "do 12/10/2025 - 08:30", ("do 12/10/2025 - 08:30", "2025-10-12T08:30:00", [])),
        (ArticleParser(language="es"), "do 16/10/2025 - 08:30", ("16/10/2025 - 08:30", "2025-10-16T08:30:00", ["do"])),
        (ArticleParser(), "Di 12.10.2025 - 15:20 Uhr", ("Di 12.10.2025 - 15:20 Uhr", "2025-10-12T15:20:00", [])),
    ],
)
def test_stamp_lists_are_the_vocabulary_lists(parser: ArticleParser, line: str, stamp: tuple[str, str, list[str]]) -> None:
    assert _stamp(parser, line) == stamp


def test_a_timestamp_parser_reads_its_vocabulary_lists() -> None:
    assert TimestampParser(GermanVocabulary()).vocabulary.WEEKDAY_ABBREVIATIONS[1] == ("di",)
    assert "di" in Vocabulary.WEEKDAY_ABBREVIATIONS[6] and "di" not in GermanVocabulary.WEEKDAY_ABBREVIATIONS[6]
