"""Language packs: one article per language, written for the project (invented events and people)."""

from __future__ import annotations

import pickle

import pytest

from newsparse import ArticleParser, QuoteKind, QuoteParser, Vocabulary
from newsparse.quotes.languages import (
    BritishQuotes,
    BritishVocabulary,
    FrenchQuotes,
    FrenchVocabulary,
    GermanQuotes,
    GermanVocabulary,
    SpanishQuotes,
    language_pack,
)

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT

GERMAN = (
    "Neue Brücke in Kassel\n\n"
    "„Die Brücke wird im Mai eröffnet“, sagte Bürgermeisterin Anna Schmidt am Dienstag.\n\n"
    "Schmidt sagte, die Kosten seien um ein Drittel gestiegen. Die Stadtwerke erklärten, dass die Umleitung "
    "noch bis Juni bestehen werde.\n\n"
    "»Wir haben keine Zeit verloren«, sagte sie."
)
FRENCH = (
    "Le budget de Lyon\n\n"
    "« Nous ne céderons pas », a déclaré le ministre Jean Dupont mardi.\n\n"
    "Dupont a affirmé que le budget serait voté avant l’été. Selon la maire Claire Martin, les travaux "
    "commenceront en septembre."
)
SPANISH = (
    "Obras en Sevilla\n\n"
    "«El puente abrirá en mayo», dijo la alcaldesa Carmen Ruiz el lunes.\n\n"
    "Ruiz aseguró que el coste no aumentará. Según el ministro Luis Ortega, las obras terminarán en junio.\n\n"
    '"No habrá más retrasos", añadió Ortega.'
)
BRITISH = (
    "Rail strike in Leeds\n\n"
    "‘We don’t want to strike, but we have no choice,’ said union leader Mick Harlow.\n\n"
    "The transport secretary, Jane Pike, said: ‘The offer is fair and it stays on the table.’"
)

CASES = [
    ("de", GERMAN, [
        ("Die Brücke wird im Mai eröffnet", D, "sagte", "Anna Schmidt"),
        ("die Kosten seien um ein Drittel gestiegen", R, "sagte", "Anna Schmidt"),
        ("die Umleitung noch bis Juni bestehen werde", R, "erklärten", "Die Stadtwerke"),
        ("Wir haben keine Zeit verloren", D, "sagte", "Anna Schmidt"),
    ]),
    ("fr", FRENCH, [
        ("Nous ne céderons pas", D, "a déclaré", "Jean Dupont"),
        ("le budget serait voté avant l’été", R, "a affirmé", "Jean Dupont"),
        ("les travaux commenceront en septembre", R, "Selon", "Claire Martin"),
    ]),
    ("es", SPANISH, [
        ("El puente abrirá en mayo", D, "dijo", "Carmen Ruiz"),
        ("el coste no aumentará", R, "aseguró", "Carmen Ruiz"),
        ("las obras terminarán en junio", R, "Según", "Luis Ortega"),
        ("No habrá más retrasos", D, "añadió", "Luis Ortega"),
    ]),
    ("en-GB", BRITISH, [
        ("We don’t want to strike, but we have no choice,", D, "said", "Mick Harlow"),
        ("The offer is fair and it stays on the table.", D, "said", "Jane Pike"),
    ]),
]


@pytest.mark.parametrize(("code", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_language_pack_article(code: str, text: str, expected: list[tuple[str, QuoteKind, str, str]]) -> None:
    quotes = ArticleParser(language=code).parse(text).quotes
    assert [(q.text, q.kind, q.cue, q.speaker.name if q.speaker else None) for q in quotes] == expected


@pytest.mark.parametrize(("code", "text"), [(c[0], c[1]) for c in CASES if c[0] != "en-GB"])
def test_default_english_parser_misses_the_other_languages(code: str, text: str) -> None:
    # the packs add what English lacks: the default parser finds none of these speakers
    quotes = ArticleParser().parse(text).quotes
    assert [q.speaker for q in quotes if q.speaker is not None and q.cue is not None] == []


def test_a_vocabulary_class_selects_a_language_too() -> None:
    vocabulary = GermanVocabulary()
    parser = ArticleParser(vocabulary=vocabulary, quotes=GermanQuotes(vocabulary))
    assert [q.speaker.name for q in parser.parse(GERMAN).quotes if q.speaker] == [
        "Anna Schmidt", "Anna Schmidt", "Die Stadtwerke", "Anna Schmidt",
    ]


@pytest.mark.parametrize(
    ("code", "vocabulary", "quotes"),
    [
        ("en", Vocabulary, QuoteParser),
        ("EN_gb", BritishVocabulary, BritishQuotes),
        ("fr", language_pack("fr").vocabulary, FrenchQuotes),
        ("de", GermanVocabulary, GermanQuotes),
        ("es", language_pack("es").vocabulary, SpanishQuotes),
    ],
)
def test_language_pack_by_code(code: str, vocabulary: type[Vocabulary], quotes: type[QuoteParser]) -> None:
    pack = language_pack(code)
    assert (pack.vocabulary, pack.quotes) == (vocabulary, quotes)
    parser = ArticleParser(language=code)
    assert type(parser.vocabulary) is vocabulary
    assert type(parser.quotes) is quotes


def test_unknown_language() -> None:
    with pytest.raises(ValueError, match="no language pack for 'xx'"):
        ArticleParser(language="xx")


def test_british_apostrophes_do_not_close_a_quotation() -> None:
    text = "Club news\n\n‘It’s the players’ night, and they’ve earned it,’ the captain said."
    quotes = ArticleParser(language="en-GB").parse(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("It’s the players’ night, and they’ve earned it,", "the captain"),
    ]


@pytest.mark.parametrize("code", ["en-GB", "fr", "de", "es"])
def test_language_pack_parser_pickles(code: str) -> None:
    parser = ArticleParser(language=code)
    clone = pickle.loads(pickle.dumps(parser))
    text = {"de": GERMAN, "fr": FRENCH, "es": SPANISH, "en-GB": BRITISH}[code]
    assert clone.parse(text).quotes == parser.parse(text).quotes


@pytest.mark.parametrize(
    ("quotes", "raw", "expected"),
    [
        # a month the vocabulary abbreviates with a period does not end a sentence, in every pack
        (QuoteParser(), "The vote is on Sept. 9 in Dover.", True),
        (FrenchQuotes(FrenchVocabulary()), "Le vote aura lieu le 3 janv. à Paris.", True),
        # a month's full name does
        (QuoteParser(), "The vote was in May. It passed.", False),
    ],
)
def test_month_abbreviations_come_from_the_vocabulary(quotes: QuoteParser, raw: str, expected: bool) -> None:
    dot = raw.index(". ")
    assert quotes.is_abbreviation(raw, dot) is expected


#: (language, paragraph, (quote text, speaker name)): constructions of each pack, from issue 5
PACK_CONSTRUCTIONS = [
    # an appositive name after a role with "de"
    ("es", "La ministra de Hacienda, María Jesús Montero, dijo que el presupuesto estaría listo en mayo.",
     ("el presupuesto estaría listo en mayo", "María Jesús Montero")),
    # an organisation whose head word comes first
    ("es", "La Comunidad de Madrid dijo que el metro abriría en junio.",
     ("el metro abriría en junio", "Comunidad de Madrid")),
    ("es", "El Ayuntamiento de Sevilla aseguró que las obras terminarían en otoño.",
     ("las obras terminarían en otoño", "Ayuntamiento de Sevilla")),
    # a weekday before the subject, with or without a comma
    ("fr", "Jeudi le maire a déclaré que le pont serait rouvert en mai.", ("le pont serait rouvert en mai", "le maire")),
    ("fr", "Jeudi, le maire a déclaré que le pont serait rouvert en mai.", ("le pont serait rouvert en mai", "le maire")),
]


@pytest.mark.parametrize(("code", "paragraph", "expected"), PACK_CONSTRUCTIONS)
def test_pack_constructions(code: str, paragraph: str, expected: tuple[str, str]) -> None:
    quotes = ArticleParser(language=code).parse(f"Obras\n\n{paragraph}\n").quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [expected]
