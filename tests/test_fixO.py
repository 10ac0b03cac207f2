"""Quotes the French, German and Spanish packs lost or left without a cue (issue 5, a new user's
trial): a quotation closed after its sentence's end at a paragraph's end, speech verbs spelled
with decomposed accents, a quotation whose capitals read as a title's before an inverted verb,
words between an inverted verb and its speaker, and a name set off by commas after a role.
Invented texts; each case gives the bad shape and the good one side by side."""

from __future__ import annotations

import unicodedata

import pytest

from newsparse import QuoteKind
from newsparse.lines import ends_sentence
from newsparse.quotes.languages import language_pack
from newsparse.spans import Paragraph, Span
from quote_cases import Case, Row, kind_rows, quotes_of

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

# -- a closing mark after the sentence's end: the line is a paragraph, its quote kept -----------

# (the paragraph alone under a headline; then with a paragraph after it)
CLOSED_AFTER_THE_END = [
    ("de", "Anna Schmidt sagte: „Wir sind bereit.“", "Wir sind bereit.", "Anna Schmidt"),
    ("de", "Anna Schmidt sagte: „Wir sind bereit!“", "Wir sind bereit!", "Anna Schmidt"),
    ("de", "Anna Schmidt sagte: „Sind wir bereit?“", "Sind wir bereit?", "Anna Schmidt"),
    ("de", "Anna Schmidt sagte: „Wir sind bereit.“ ", "Wir sind bereit.", "Anna Schmidt"),
    ("de", "Anna Schmidt sagte: »Wir sind bereit.«", "Wir sind bereit.", "Anna Schmidt"),
    ("de", "Anna Schmidt sagte: ‚Wir sind bereit.‘", "Wir sind bereit.", "Anna Schmidt"),
    ("de", "Anna Schmidt sagte: „Wir sind bereit. Morgen geht es weiter.“",
     "Wir sind bereit. Morgen geht es weiter.", "Anna Schmidt"),
    ("de", "Trainer Paul Roth sagte nach dem Spiel: „Wir waren nicht gut genug.“",
     "Wir waren nicht gut genug.", "Paul Roth"),
    # (the marks every pack reads, in the default English parser too)
    (None, "Anna Smith said: „We are ready.“", "We are ready.", "Anna Smith"),
    # (the good shapes, which always worked: the mark before the period, or an English mark)
    ("de", "Anna Schmidt sagte: „Wir sind bereit“.", "Wir sind bereit", "Anna Schmidt"),
    ("de", "Anna Schmidt sagte: „Wir sind bereit.”", "Wir sind bereit.", "Anna Schmidt"),
]


@pytest.mark.parametrize(("language", "text", "quoted", "speaker"), CLOSED_AFTER_THE_END)
def test_a_quote_closed_after_its_period_ends_a_paragraph(language: str | None, text: str, quoted: str, speaker: str) -> None:
    assert kind_rows(text, language) == [(quoted, D, speaker)]
    later = text.rstrip() + "\n\nDie Sitzung endete am Abend mit einer Abstimmung über den Haushalt."
    assert kind_rows(later, language) == [(quoted, D, speaker)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Wir sind bereit.“", True), ("Wir sind bereit.«", True), ("Wir sind bereit!‘", True), ("Wir sind bereit.›", True),
        ("Wir sind bereit.‹", True), ("We are ready.”", True), ("Wir sind bereit“", False), ("Wir sind „bereit", False),
    ],
)
def test_every_closing_mark_may_follow_a_sentence_end(line: str, expected: bool) -> None:
    assert ends_sentence(line) is expected


# -- speech verbs with decomposed accents -------------------------------------------------------

DECOMPOSED = [
    ("fr", "« Nous ne lâcherons rien », a déclaré Anne Dupont.", "Nous ne lâcherons rien", "a déclaré", "Anne Dupont"),
    ("es", "«Vamos a ganar», afirmó Ana Ruiz.", "Vamos a ganar", "afirmó", "Ana Ruiz"),
    ("de", "„Wir schaffen das“, erklärte Jürgen Müller.", "Wir schaffen das", "erklärte", "Jürgen Müller"),
]


@pytest.mark.parametrize(("language", "text", "quoted", "cue", "speaker"), DECOMPOSED)
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_a_cue_reads_the_same_composed_or_decomposed(
    language: str, text: str, quoted: str, cue: str, speaker: str, form: str
) -> None:
    written = unicodedata.normalize(form, text)
    rows = quotes_of(Case(written, [], language=language))  # (spans checked against the text as written)
    assert [(r[0], r[1], r[4], r[5]) for r in rows] == [
        ("D", unicodedata.normalize(form, quoted), unicodedata.normalize(form, cue), unicodedata.normalize(form, speaker))
    ]
    assert written[rows[0][2] : rows[0][3]] == unicodedata.normalize(form, quoted)


@pytest.mark.parametrize(
    ("language", "text", "quoted", "cue", "speaker"),
    [
        # (copy mended in part: one accent composed, the other not)
        ("fr", "« Nous ne lâcherons rien », a déclare\u0301 Frédéric Dupont.", "Nous ne lâcherons rien", "a déclare\u0301",
         "Frédéric Dupont"),
        ("fr", "« Nous ne lâcherons rien », a de\u0301claré Fre\u0301de\u0301ric Dupont.", "Nous ne lâcherons rien",
         "a de\u0301claré", "Fre\u0301de\u0301ric Dupont"),
    ],
)
def test_a_cue_reads_partly_decomposed(language: str, text: str, quoted: str, cue: str, speaker: str) -> None:
    assert [(r[1], r[4], r[5]) for r in quotes_of(Case(text, [], language=language))] == [(quoted, cue, speaker)]


def test_a_word_with_many_accents_is_matched_in_each_form_only() -> None:
    pack = language_pack("fr")
    parser = pack.quotes(pack.vocabulary())
    assert sorted(set(parser.spellings("déclaré"))) == sorted(
        {"déclaré", "de\u0301clare\u0301", "de\u0301claré", "déclare\u0301"}
    )
    many = "éééééé"  # (2**6 mixed spellings: more than MAX_SPELLINGS)
    assert sorted(set(parser.spellings(many))) == sorted({many, unicodedata.normalize("NFD", many)})


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Según Ana Ruiz, el gobierno está listo para el acuerdo.",
         [("R", "el gobierno está listo para el acuerdo", "Según", "Ana Ruiz")]),
        ("fr", "Anne Dupont a déclaré que le gouvernement était prêt.",
         [("R", "le gouvernement était prêt", "a déclaré", "Anne Dupont")]),
    ],
)
def test_reported_cues_read_decomposed_too(language: str, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    written = unicodedata.normalize("NFD", text)
    rows = quotes_of(Case(written, [], language=language))
    nfc = [(r[0], unicodedata.normalize("NFC", r[1]), unicodedata.normalize("NFC", str(r[4])), r[5] and unicodedata.normalize("NFC", r[5])) for r in rows]
    assert nfc == expected


def test_the_word_lists_keep_their_spelling_and_a_parser_reads_both() -> None:
    pack = language_pack("es")
    parser = pack.quotes(pack.vocabulary())
    assert "afirmó" in pack.quotes.SPEECH_VERBS and "afirmo\u0301" not in pack.quotes.SPEECH_VERBS
    assert "afirmó" in parser.SPEECH_VERBS and "afirmo\u0301" in parser.SPEECH_VERBS

    class AsWritten(pack.quotes):  # type: ignore[name-defined,misc]
        SPELLING_FORMS = ()

    text = "«Vamos a ganar», afirmo\u0301 Ana Ruiz."
    assert "afirmo\u0301" not in AsWritten(pack.vocabulary()).SPEECH_VERBS
    assert [q.cue for q in AsWritten(pack.vocabulary()).parse(text, _one(text))] == [None]
    assert [q.cue for q in parser.parse(text, _one(text))] == ["afirmo\u0301"]


def _one(text: str) -> list[Paragraph]:
    """*text* as the one paragraph of itself."""
    return [Paragraph(text, Span(0, len(text)))]


# -- a quotation before an inverted verb the vocabulary does not list ---------------------------

INVERTED_UNKNOWN_VERB = [
    # (German capitalises nouns: the quotation's capitals read as a title's)
    Case("„Das ist Unsinn“, polterte Klaus Weber.", [("D", "Das ist Unsinn", 1, 15, None, None, None)], "de"),
    Case("„Das ist Unsinn!“, polterte der Bürgermeister.", [("D", "Das ist Unsinn!", 1, 16, None, None, None)], "de"),
    Case("„Das ist doch Unsinn“, polterte Klaus Weber.", [("D", "Das ist doch Unsinn", 1, 20, None, None, None)], "de"),
    Case("“Not On My Watch,” harrumphed Ana Ortiz.", [("D", "Not On My Watch,", 1, 17, None, None, None)]),
    # (a title stays a title: no verb and speaker close the sentence after it)
    Case("„Die Zeit“, die Wochenzeitung, berichtete darüber.", [], "de"),
    Case("„Die Zeit“ erscheint donnerstags.", [], "de"),
    Case("“Frozen Planet”, starring Idina Menzel.", []),
    Case("“Make It Work”, the new show, airs on Friday.", []),
]


@pytest.mark.parametrize("case", INVERTED_UNKNOWN_VERB)
def test_a_quotation_before_an_inverted_verb_is_kept(case: Case) -> None:
    assert quotes_of(case) == case.expected


# -- words after the inverted verb, or after its speaker ---------------------------------------

FRENCH_CUES: list[tuple[str, str, list[Row]]] = [
    ("fr", "« Nous sommes allés au bout », a déclaré le ministre sur France Inter.",
     [("D", "Nous sommes allés au bout", 2, 27, "a déclaré", "le ministre", None)]),
    ("fr", "« Nous sommes allés au bout », a déclaré le ministre.",
     [("D", "Nous sommes allés au bout", 2, 27, "a déclaré", "le ministre", None)]),
    ("fr", "« Les usagers en ont assez », estime pour sa part Jean Dupont, président de la Fnaut.",
     [("D", "Les usagers en ont assez", 2, 26, "estime", "Jean Dupont", None)]),
    ("fr", "« Les usagers en ont assez », estime Jean Dupont, président de la Fnaut.",
     [("D", "Les usagers en ont assez", 2, 26, "estime", "Jean Dupont", None)]),
    ("fr", "« C’est un désastre », a déclaré également le ministre.",
     [("D", "C’est un désastre", 2, 19, "a déclaré", "le ministre", None)]),
    ("fr", "« C’est un désastre », dénoncent les syndicats.",
     [("D", "C’est un désastre", 2, 19, "dénoncent", "les syndicats", None)]),
    ("fr", "« C’est un désastre », dénonce le syndicat.",
     [("D", "C’est un désastre", 2, 19, "dénonce", "le syndicat", None)]),
    ("es", "«Es un desastre», aseguró por su parte el ministro.",
     [("D", "Es un desastre", 1, 15, "aseguró", "el ministro", None)]),
    ("es", "«Es un desastre», dijo el ministro desde Bruselas.",
     [("D", "Es un desastre", 1, 15, "dijo", "el ministro", None)]),
    # (an adjective after the verb is no aside: the words after it name no speaker)
    ("fr", "« C’est un désastre », a déclaré furieux le ministre.",
     [("D", "C’est un désastre", 2, 19, None, None, None)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), FRENCH_CUES)
def test_words_beside_the_inverted_speaker(language: str, text: str, expected: list[Row]) -> None:
    assert quotes_of(Case(text, expected, language)) == expected


# -- a name set off by commas after a role ------------------------------------------------------

NAMED_ROLES: list[tuple[str | None, str, list[Row]]] = [
    ("fr", "« Il nous manque », a déclaré sa fille, Anne.",
     [("D", "Il nous manque", 2, 16, "a déclaré", "Anne", None)]),
    ("fr", "« Il nous manque », a déclaré sa fille, Anne Dupont.",
     [("D", "Il nous manque", 2, 16, "a déclaré", "Anne Dupont", None)]),
    ("es", "«Lo echamos de menos», dijo su hija, Lucía.",
     [("D", "Lo echamos de menos", 1, 20, "dijo", "Lucía", None)]),
    ("es", "«Jugamos bien», aseguró el entrenador del Real Madrid, Carlo Ancelotti, tras el partido.",
     [("D", "Jugamos bien", 1, 13, "aseguró", "Carlo Ancelotti", None)]),
    ("es", "«Jugamos bien», aseguró el entrenador del Real Madrid, Carlo Ancelotti.",
     [("D", "Jugamos bien", 1, 13, "aseguró", "Carlo Ancelotti", None)]),
    ("es", "Según su presidente, Antonio Garamendi, el acuerdo es bueno para todos.",
     [("R", "el acuerdo es bueno para todos", 40, 70, "Según", "Antonio Garamendi", None)]),
    ("fr", "Selon la ministre du Travail, Claire Martin, le texte est prêt.",
     [("R", "le texte est prêt", 45, 62, "Selon", "Claire Martin", None)]),
    (None, "“We miss him,” said his daughter, Anne.",
     [("D", "We miss him,", 1, 13, "said", "Anne", None)]),
    (None, "According to its president, Antonio Garamendi, the deal is good for everyone.",
     [("R", "the deal is good for everyone", 47, 76, "According to", "Antonio Garamendi", None)]),
    # (one word names a kin or a person, never a group, an outlet or a day)
    ("fr", "« Il nous manque », a déclaré sa famille, Anne.",
     [("D", "Il nous manque", 2, 16, "a déclaré", "sa famille", None)]),
    (None, "“We miss him,” said his lawyer, Reuters.",
     [("D", "We miss him,", 1, 13, "said", "his lawyer", None)]),
    (None, "“We miss him,” said his daughter, Monday.",
     [("D", "We miss him,", 1, 13, "said", "his daughter", None)]),
    # (a clause after the name is no time or place: the role stays the speaker)
    ("es", "«Jugamos bien», aseguró el entrenador, Carlo Ancelotti, que sonreía.",
     [("D", "Jugamos bien", 1, 13, "aseguró", "el entrenador", None)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), NAMED_ROLES)
def test_a_name_after_a_role_is_the_speaker(language: str | None, text: str, expected: list[Row]) -> None:
    assert quotes_of(Case(text, expected, language)) == expected


# -- a quotation after a cue of an auxiliary and a participle ------------------------------------

AUXILIARY_CUES: list[tuple[str | None, str, list[Row]]] = [
    ("fr", "La secrétaire générale, Laurence Martin, a dénoncé un « mépris total ».",
     [("D", "mépris total", 56, 68, None, "Laurence Martin", None)]),
    ("es", "La secretaria general, Laura Martín, ha señalado un «desprecio total».",
     [("D", "desprecio total", 53, 68, None, "Laura Martín", None)]),
    # (a verb the vocabulary does not list names no one: the quotation stays the sentence subject's
    # only when that is a name; spkT, stop 29: so is a name set off after the role that opens the
    # sentence, SpeakerGrammar.role_apposed_subject)
    ("es", "La secretaria general, Laura Martín, ha evocado un «desprecio total».",
     [("D", "desprecio total", 52, 67, None, "Laura Martín", None)]),
    # (packR: "ha denunciado" is listed now, and speaks)
    ("es", "La secretaria general, Laura Martín, ha denunciado un «desprecio total».",
     [("D", "desprecio total", 55, 70, None, "Laura Martín", None)]),
    # (an according-to phrase is no verb of the quotation's)
    (None, "According to the mayor, the plan was a “total disaster” for the town.",
     [("M", "the plan was a “total disaster” for the town", 24, 68, "According to", "the mayor", None)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), AUXILIARY_CUES)
def test_a_cue_of_two_words_attributes_a_quotation_after_it(language: str | None, text: str, expected: list[Row]) -> None:
    assert quotes_of(Case(text, expected, language)) == expected
