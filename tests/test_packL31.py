"""The French, German and Spanish packs' leftovers (issue 5, stop 31): the English word lists no
longer act in their text and each pack's own words do; a group that holds the view a quotation
gives (French ``Pour les habitants du quartier, « ... »``, Spanish ``Para los vecinos, «...»``);
an interview's turns glued into one paragraph and the packs' labels.  Invented sentences; each row
gives the exact ``(text, kind, speaker name)`` triples that must come out."""

from __future__ import annotations

from functools import partial

import pytest

from newsparse import ArticleParser, QuoteKind, QuoteParser, Vocabulary
from newsparse.quotes.languages import (
    FrenchQuotes,
    FrenchVocabulary,
    GermanQuotes,
    GermanVocabulary,
    SpanishQuotes,
    SpanishVocabulary,
    WithoutEnglishRules,
)
from quote_cases import kind_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT
Triples = list[tuple[str, QuoteKind, str | None]]

quotes_of = partial(kind_rows, headline="Titel")


# 1. the English lists: a pronoun of a third person in the quotation makes it about someone, not the
# words of the one named before (as English '"He worked here ..."' after 'Ana Ruiz toured ...'): the
# pack's pronoun does it ("Il", "Er", "Ella"), English "he" no longer does (Spanish "He trabajado" is
# "I have worked"); German person nouns end in "-erin" as well as "-er"; an adverb before a name is
# known by the language's ending
WORDS: list[tuple[str, str, Triples]] = [
    (
        "es",
        "Ana Ruiz recorrió el puerto el lunes. «He trabajado aquí veinte años y nunca vi algo así».",
        [("He trabajado aquí veinte años y nunca vi algo así", D, "Ana Ruiz")],
    ),
    (
        "es",
        "Ana Ruiz recorrió el puerto el lunes. «Ella trabajó aquí veinte años y nunca vio algo así».",
        [("Ella trabajó aquí veinte años y nunca vio algo así", D, None)],
    ),
    # (control: a first person, the one named before)
    ("es", "Ana Ruiz recorrió el puerto el lunes. «Me quedo aquí hasta el final».", [("Me quedo aquí hasta el final", D, "Ana Ruiz")]),
    ("fr", "Anne Roux a visité le port lundi. « Il a travaillé ici pendant vingt ans ».", [("Il a travaillé ici pendant vingt ans", D, None)]),
    # (control: "On", no pronoun of a third person)
    (
        "fr",
        "Anne Roux a visité le port lundi. « On a travaillé ici pendant vingt ans ».",
        [("On a travaillé ici pendant vingt ans", D, "Anne Roux")],
    ),
    ("de", "Anna Weber besuchte am Montag den Hafen. „Er hat hier zwanzig Jahre gearbeitet“.", [("Er hat hier zwanzig Jahre gearbeitet", D, None)]),
    # (control: "Was" is German "what", no English word any more; "wir", the one named before)
    (
        "de",
        "Anna Weber besuchte am Montag den Hafen. „Was wir hier sehen, ist eine Katastrophe“.",
        [("Was wir hier sehen, ist eine Katastrophe", D, "Anna Weber")],
    ),
    (
        "de",
        "Eine Mitarbeiterin des Ministeriums sagte, man prüfe den Fall genau.",
        [("man prüfe den Fall genau", R, "Eine Mitarbeiterin des Ministeriums")],
    ),
    (
        "de",
        "Mitarbeiter des Ministeriums sagten, man prüfe den Fall genau.",
        [("man prüfe den Fall genau", R, "Mitarbeiter des Ministeriums")],
    ),
    # (the vocabulary's adverb endings: French "-ment", Spanish "-mente", no English "-ally" any more)
    ("fr", "Finalement Anne Roux a déclaré que le port rouvrirait en mai.", [("le port rouvrirait en mai", R, "Anne Roux")]),
    ("es", "Finalmente Ana Ruiz dijo que el puerto abrirá en mayo.", [("el puerto abrirá en mayo", R, "Ana Ruiz")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), WORDS)
def test_a_pack_reads_its_own_words_not_english_ones(language: str, text: str, expected: Triples) -> None:
    assert quotes_of(text, language) == expected


# the lists a non-English pack leaves empty or fills with its own words: none of them is English's own
ENGLISH_LISTS = (
    "INDEFINITE_SUBJECTS", "MODAL_BARE_VERBS", "NAMED_OCCUPATIONS", "BE_WORDS", "CLAUSE_AUXILIARIES",
    "THIRD_PERSON_PRONOUNS", "FIRST_PERSON_WORDS", "TURN_SPEECH_WORDS", "OCCUPATION_ENDINGS", "PLACE_PREPOSITIONS",
    "QUOTATION_LEAD_WORDS", "NAME_STOP_WORDS", "DOCUMENT_NOUNS", "COLLECTIVE_NOUNS", "INTERVIEWER_NOUNS",
)


@pytest.mark.parametrize("pack", [FrenchQuotes, GermanQuotes, SpanishQuotes])
@pytest.mark.parametrize("name", ENGLISH_LISTS)
def test_no_english_list_is_inherited(pack: type[QuoteParser], name: str) -> None:
    # (a word both languages share may be listed again: "reporter", "cardinal"; never the English tuple)
    assert getattr(pack, name) is not getattr(QuoteParser, name)
    assert getattr(WithoutEnglishRules, name) in ((), frozenset())


OWN_WORDS = [
    (FrenchQuotes, "INDEFINITE_SUBJECTS", "quiconque"),
    (GermanQuotes, "INDEFINITE_SUBJECTS", "jemand"),
    (SpanishQuotes, "INDEFINITE_SUBJECTS", "alguien"),
    (FrenchQuotes, "NAMED_OCCUPATIONS", "évêque"),
    (GermanQuotes, "NAMED_OCCUPATIONS", "richter"),
    (SpanishQuotes, "NAMED_OCCUPATIONS", "obispo"),
    (FrenchQuotes, "MODAL_BARE_VERBS", None),
    (GermanQuotes, "MODAL_BARE_VERBS", None),
    (SpanishQuotes, "MODAL_BARE_VERBS", None),
]


@pytest.mark.parametrize(("pack", "name", "word"), OWN_WORDS)
def test_a_pack_lists_its_own_words(pack: type[QuoteParser], name: str, word: str | None) -> None:
    # (no clause without "que"/"dass" after a promise in these languages: MODAL_BARE_VERBS stays empty)
    assert (word in getattr(pack, name)) if word is not None else getattr(pack, name) == ()


# 2. a group that holds the view the quotation right after its comma gives: French "Pour", Spanish
# "Para" (as French "Pour la ministre, « ... »" already was); not a measure for a group with no
# quotation, a purpose ("Para llegar"), nor a group with no listed noun; English has no such opening
# ('For residents, "..."': no one)
HOLDERS: list[tuple[str, str, Triples]] = [
    (
        "fr",
        "Pour les habitants du quartier, « ce chantier n'en finit plus ».",
        [("ce chantier n'en finit plus", D, "les habitants du quartier")],
    ),
    ("fr", "Pour les riverains, « ce chantier n'en finit plus ».", [("ce chantier n'en finit plus", D, "les riverains")]),
    ("fr", "Pour les familles, « la rentrée coûte trop cher ».", [("la rentrée coûte trop cher", D, None)]),
    ("fr", "Pour les habitants, le tarif sera réduit pendant les travaux.", []),
    ("fr", "Pour la ministre, « ce chantier n'en finit plus ».", [("ce chantier n'en finit plus", D, "la ministre")]),
    ("es", "Para los vecinos, «la obra no termina nunca».", [("la obra no termina nunca", D, "los vecinos")]),
    ("es", "Para la ministra, «la obra no termina nunca».", [("la obra no termina nunca", D, "la ministra")]),
    ("es", "Para el alcalde, Pedro Gil, «esta obra es una prioridad».", [("esta obra es una prioridad", D, "Pedro Gil")]),
    ("es", "Para el ministro, la obra es necesaria para toda la ciudad.", [("la obra es necesaria para toda la ciudad", R, "el ministro")]),
    ("es", "Para los vecinos, el tráfico será gratuito durante las obras.", []),
    ("es", "Para llegar a tiempo, los trabajadores salieron a las seis.", []),
    ("es", "Para la mayoría, «la obra llega tarde».", [("la obra llega tarde", D, None)]),
    ("en", 'For residents, "the works never end."', [("the works never end.", D, None)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), HOLDERS)
def test_a_group_holds_the_view_of_the_quotation_after_it(language: str, text: str, expected: Triples) -> None:
    assert quotes_of(text, language) == expected


# 3. an interview's turns (for a parser that lists its labels: off by default, in English and in every
# pack), glued into one paragraph: the last answer is read when the paragraph opens with an answer, and
# when it has no word of speech ("In the spring, ..."); a question is speech however few its words of
# speech; French sets a space before the colon ("Q : ..."), German labels are whole words ("Frage:")
class Interview(QuoteParser):
    QUESTION_LABELS = ("Q",)
    ANSWER_LABELS = ("A",)


class FrenchInterview(FrenchQuotes):
    QUESTION_LABELS = ("Q",)
    ANSWER_LABELS = ("R",)


class GermanInterview(GermanQuotes):
    QUESTION_LABELS = ("Frage",)
    ANSWER_LABELS = ("Antwort",)


class SpanishInterview(SpanishQuotes):
    QUESTION_LABELS = ("P",)
    ANSWER_LABELS = ("R",)


Rows = list[tuple[str, str | None, str | None]]
LEAD = "Harbour news\n\nAna Ruiz has led the port authority since 2019. City Herald reporter Tom Hale spoke to Ruiz about the flood.\n\n"
FR_LEAD = "Anne Roux dirige le port depuis 2019. La journaliste Claire Morel l'a interrogée sur la tempête.\n\n"
DE_LEAD = "Anna Weber leitet den Hafen seit 2019. Die Reporterin Eva Roth sprach mit Weber über den Sturm.\n\n"
ES_LEAD = "Ana Ruiz dirige el puerto desde 2019. La periodista Eva Gil habló con Ruiz sobre el temporal.\n\n"
INTERVIEWS: list[tuple[type[Vocabulary], type[QuoteParser], str, Rows]] = [
    (
        Vocabulary,
        Interview,
        LEAD + "Q: What will you do about the wall?\n\nA: We will rebuild it before winter. Q: Who will pay for it then? "
        "A: The state will pay for all of it.",
        [
            ("What will you do about the wall?", "Tom Hale", "Q"),
            ("We will rebuild it before winter.", "Ana Ruiz", "A"),
            ("Who will pay for it then?", "Tom Hale", "Q"),
            ("The state will pay for all of it.", "Ana Ruiz", "A"),
        ],
    ),
    (
        Vocabulary,
        Interview,
        LEAD + "Q: What will you do about the wall? A: We will rebuild it. Q: When will the work start? "
        "A: In the spring, before the storms come back.",
        [
            ("What will you do about the wall?", "Tom Hale", "Q"),
            ("We will rebuild it.", "Ana Ruiz", "A"),
            ("When will the work start?", "Tom Hale", "Q"),
            ("In the spring, before the storms come back.", "Ana Ruiz", "A"),
        ],
    ),
    # (control: a short answer, fewer than MIN_WORDS words, is still no quote)
    (
        Vocabulary,
        Interview,
        LEAD + "Q: What will you do about the wall? A: We will rebuild it before winter. Q: When will the work start? A: Next week.",
        [
            ("What will you do about the wall?", "Tom Hale", "Q"),
            ("We will rebuild it before winter.", "Ana Ruiz", "A"),
            ("When will the work start?", "Tom Hale", "Q"),
        ],
    ),
    (
        FrenchVocabulary,
        FrenchInterview,
        "Port de Brest\n\n" + FR_LEAD + "Q : Que ferez-vous de la digue ? R : Nous allons la reconstruire avant l'hiver. "
        "Q : Qui paiera les travaux ? R : L'État paiera tout.",
        [
            ("Que ferez-vous de la digue ?", "Claire Morel", "Q"),
            ("Nous allons la reconstruire avant l'hiver.", "Anne Roux", "R"),
            ("Qui paiera les travaux ?", "Claire Morel", "Q"),
            ("L'État paiera tout.", "Anne Roux", "R"),
        ],
    ),
    (
        FrenchVocabulary,
        FrenchInterview,
        "Port de Brest\n\n" + FR_LEAD + "Q : Que ferez-vous de la digue ?\n\nR : Nous allons la reconstruire avant l'hiver.",
        [("Que ferez-vous de la digue ?", "Claire Morel", "Q"), ("Nous allons la reconstruire avant l'hiver.", "Anne Roux", "R")],
    ),
    (
        GermanVocabulary,
        GermanInterview,
        "Hafen Kiel\n\n" + DE_LEAD + "Frage: Was passiert mit der Mauer?\n\nAntwort: Wir bauen sie vor dem Winter wieder auf.",
        [("Was passiert mit der Mauer?", "Eva Roth", "Frage"), ("Wir bauen sie vor dem Winter wieder auf.", "Anna Weber", "Antwort")],
    ),
    (
        GermanVocabulary,
        GermanInterview,
        "Hafen Kiel\n\n" + DE_LEAD + "Frage: Was passiert mit der Mauer? Antwort: Wir bauen sie vor dem Winter wieder auf. "
        "Frage: Wer bezahlt das? Antwort: Das Land übernimmt alle Kosten.",
        [
            ("Was passiert mit der Mauer?", "Eva Roth", "Frage"),
            ("Wir bauen sie vor dem Winter wieder auf.", "Anna Weber", "Antwort"),
            ("Wer bezahlt das?", "Eva Roth", "Frage"),
            ("Das Land übernimmt alle Kosten.", "Anna Weber", "Antwort"),
        ],
    ),
    (
        SpanishVocabulary,
        SpanishInterview,
        "Puerto de Vigo\n\n" + ES_LEAD + "P: ¿Qué harán con el muro? R: Lo reconstruiremos antes del invierno. "
        "P: ¿Quién lo paga? R: El Estado pagará todas las obras.",
        [
            ("¿Qué harán con el muro?", "Eva Gil", "P"),
            ("Lo reconstruiremos antes del invierno.", "Ana Ruiz", "R"),
            ("¿Quién lo paga?", "Eva Gil", "P"),
            ("El Estado pagará todas las obras.", "Ana Ruiz", "R"),
        ],
    ),
    # (control: the packs list no labels, the rule off as in English)
    (FrenchVocabulary, FrenchQuotes, "Port de Brest\n\n" + FR_LEAD + "Q : Que ferez-vous de la digue ? R : Nous allons la reconstruire.", []),
]


@pytest.mark.parametrize(("vocabulary", "quotes", "text", "expected"), INTERVIEWS)
def test_interview_turns_glued_and_in_the_packs(
    vocabulary: type[Vocabulary], quotes: type[QuoteParser], text: str, expected: Rows
) -> None:
    words = vocabulary()
    article = ArticleParser(vocabulary=words, quotes=quotes(words)).parse(text)
    assert [(q.text, q.speaker and q.speaker.name, q.speaker and q.speaker.mention) for q in article.quotes] == expected
