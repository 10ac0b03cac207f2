"""German, French and Spanish cues, roles and last lines (issue 5, stop 51, lang58): any German
verb's Konjunktiv I after a singular subject is the verb a report's clause needs (``Die Polizei
meldete, der Plan scheitere.``), with no list of verbs; a publication's verb of report or publishing
is a cue (``El periódico El Mundo publicó que ...``, ``Le quotidien Le Monde rapporte que ...``), and
a title in capitals after a verb of publishing no one's words; French ``mairesse`` and German oblique
roles (``den Abgeordneten``) are titles; a pack's wire end marks (``(FIN)``) and past verbs of a
story's last line (``Le maire a dit : « Tout va bien » ■``).  Invented sentences; each row gives
the exact ``(text, kind, speaker name)`` triples that must come out, beside the near misses."""

from __future__ import annotations

from functools import partial

import pytest

import newsparse
from newsparse import QuoteKind
from quote_cases import kind_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT
Triples = list[tuple[str, QuoteKind, str | None]]

quotes_of = partial(kind_rows, headline="Council votes on harbour plan")


GERMAN_SUBJUNCTIVE = [
    # a report cue's clause after a comma: any verb's Konjunktiv I after a singular subject
    ("Die Polizei meldete, der Plan scheitere.", [("der Plan scheitere", R, "Die Polizei")]),
    ("Die Polizei meldete, der Täter flüchte.", [("der Täter flüchte", R, "Die Polizei")]),
    ("Die Polizei berichtete, der Täter flüchte zu Fuß.", [("der Täter flüchte zu Fuß", R, "Die Polizei")]),
    ("Die Polizei meldete, die neue Regierung plane Steuern.", [("die neue Regierung plane Steuern", R, "Die Polizei")]),
    ("Die Polizei meldete, Anna Schmidt verliere ihr Amt.", [("Anna Schmidt verliere ihr Amt", R, "Die Polizei")]),
    ("Die Polizei meldete, er prüfe den Fall.", [("er prüfe den Fall", R, "Die Polizei")]),
    ("Die Zeitung Die Welt berichtete, der Bürgermeister trete zurück.", [("der Bürgermeister trete zurück", R, "Die Welt")]),
    # (after "sagte", "erklärte" as before)
    ("Der Minister sagte, die Regierung plane keine Steuer.", [("die Regierung plane keine Steuer", R, "Der Minister")]),
    ("Sie erklärte, das Unternehmen verliere Geld.", [("das Unternehmen verliere Geld", R, "Sie")]),
    # (near misses: the indicative, a plural's verb, "ich", an adverb in -e, an object: no report)
    ("Die Polizei meldete, der Plan scheitert.", []),
    ("Die Polizei meldete, die Firmen planen Steuern.", []),
    ("Die Polizei meldete, die Täter flüchteten.", []),
    ("Die Polizei meldete, ich plane Steuern.", []),
    ("Die Polizei meldete, der Plan heute.", []),
    ("Die Polizei meldete, der Täter zuhause.", []),
    ("Die Polizei meldete zwei Verletzte.", []),
    ("Die Zeitung Die Welt berichtete über den Bürgermeister.", []),
    ("Er sagte, was er dachte.", []),
]


PUBLICATION_CUES = [
    # a publication's report or publishing verb with its clause: the publication's name whole
    ("es", "El periódico El Mundo publicó que el alcalde dimitiría.", [("el alcalde dimitiría", R, "El Mundo")]),
    ("es", "El periódico El Mundo ha publicado que el alcalde dimitiría.", [("el alcalde dimitiría", R, "El Mundo")]),
    ("es", "«Nos vamos», publicó el diario El País.", [("Nos vamos", D, "El País")]),
    ("fr", "Le quotidien Le Monde rapporte que le maire démissionnera.", [("le maire démissionnera", R, "Le Monde")]),
    ("fr", "Le quotidien Le Monde a rapporté que le maire démissionnera.", [("le maire démissionnera", R, "Le Monde")]),
    ("fr", "Le quotidien Le Monde a révélé que le maire démissionnera.", [("le maire démissionnera", R, "Le Monde")]),
    ("fr", "Le maire rapporte que le budget est vide.", [("le budget est vide", R, "Le maire")]),
    # (near misses: an object published, a title in capitals after the verb: no one's words)
    ("es", "El diario El País publicó una entrevista con el alcalde.", []),
    ("es", "El diario publicó «La larga noche», un reportaje sobre el incendio.", []),
    ("fr", "Le quotidien Le Monde publie un entretien avec le maire.", []),
    ("fr", "Le journal a publié « Les Misérables » en feuilleton.", []),
    ("fr", "Le Monde rapporte un incident.", []),
]


ROLES = [
    # French "mairesse", Quebec's woman mayor: a title before a name, a role set off before one
    ("fr", "La mairesse de Montréal, Valérie Plante, a déclaré que le budget serait équilibré.",
     [("le budget serait équilibré", R, "Valérie Plante")]),
    ("fr", "La mairesse Camille Roy a déclaré que le budget serait équilibré.", [("le budget serait équilibré", R, "Camille Roy")]),
    ("fr", "« Nous verrons », a dit la mairesse Camille Roy.", [("Nous verrons", D, "Camille Roy")]),
    # (and a woman's word: "elle" finds her, "il" the man)
    ("fr", "Pierre Martin a rencontré la mairesse, Camille Roy. « Nous verrons », a-t-elle dit.", [("Nous verrons", D, "Camille Roy")]),
    ("fr", "Pierre Martin a rencontré la mairesse de Montréal, Camille Roy. « Nous verrons », a-t-il dit.",
     [("Nous verrons", D, "Pierre Martin")]),
    # the other roles of the issue, checked: a role after its article speaks as written
    ("fr", "« Nous verrons », a dit la responsable.", [("Nous verrons", D, "la responsable")]),
    ("fr", "« Nous verrons », a dit la porte-parole.", [("Nous verrons", D, "la porte-parole")]),
    ("fr", "« Nous verrons », a dit la ministre.", [("Nous verrons", D, "la ministre")]),
    ("fr", "« Nous verrons », a dit la sénatrice.", [("Nous verrons", D, "la sénatrice")]),
    ("fr", "Pierre Martin a rencontré la responsable, Camille Roy. « Nous verrons », a-t-elle dit.", [("Nous verrons", D, "Camille Roy")]),
    ("es", "«Lo veremos», dijo la alcaldesa.", [("Lo veremos", D, "la alcaldesa")]),
    ("es", "Juan López se reunió con la concejala, Camille Roy. «Lo veremos», dijo ella.", [("Lo veremos", D, "Camille Roy")]),
    ("de", "„Wir werden sehen“, sagte die Bürgermeisterin.", [("Wir werden sehen", D, "die Bürgermeisterin")]),
    ("de", "Markus Weber traf die Abgeordnete Camille Roy. „Wir werden sehen“, sagte sie.", [("Wir werden sehen", D, "Camille Roy")]),
    # German oblique roles written as adjectives: a title, no part of the name
    ("de", "Anna Weber traf den Abgeordneten Camille Roy. „Wir werden sehen“, sagte er.", [("Wir werden sehen", D, "Camille Roy")]),
    ("de", "Eva Roth sprach mit der Vorsitzenden Anna Weber. „Wir werden sehen“, sagte Anna Weber.", [("Wir werden sehen", D, "Anna Weber")]),
    # (near misses: the plural speaks as a group, the one told is no speaker)
    ("de", "„Wir werden sehen“, sagten die Abgeordneten.", [("Wir werden sehen", D, "die Abgeordneten")]),
    ("de", "„Wir werden sehen“, sagte sie den Abgeordneten.", [("Wir werden sehen", D, "sie")]),
]


@pytest.mark.parametrize(("text", "expected"), GERMAN_SUBJUNCTIVE)
def test_a_german_subjunctive_after_a_singular_subject_is_a_reports_verb(text: str, expected: Triples) -> None:
    assert quotes_of(text, "de") == expected


@pytest.mark.parametrize(("language", "text", "expected"), PUBLICATION_CUES)
def test_a_publications_verb_is_a_cue(language: str, text: str, expected: Triples) -> None:
    assert quotes_of(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), ROLES)
def test_roles_of_the_packs(language: str, text: str, expected: Triples) -> None:
    assert quotes_of(text, language) == expected


def test_the_subjunctive_reading_is_the_packs_own() -> None:
    # (English has no such endings: the base pack's list is empty, and English lines read as before)
    assert newsparse.QuoteParser().has_verb("the plane", 0, 9) is False
    from newsparse.quotes.languages import GermanQuotes, GermanVocabulary, WithoutEnglishRules

    assert WithoutEnglishRules.SUBJUNCTIVE_ENDINGS == ()
    german = GermanQuotes(GermanVocabulary())
    assert german.subjunctive_after_subject(", der Plan scheitere", 2, 20)
    assert not german.subjunctive_after_subject(", der Plan scheitere", 2, 20, words=2)  # (the verb past the window)
    assert not german.subjunctive_after_subject(", der Plan, scheitere", 2, 21)  # (punctuation between)
    assert not german.subjunctive_after_subject(", ich plane", 2, 11)
    assert not german.subjunctive_after_subject("was er dachte", 4, 13)  # (no comma opens the clause)


STORY = "MONTRÉAL — Le conseil municipal a adopté mardi le budget de la ville après un long débat.\n\n"

LAST_LINES = [
    # a story sentence with its stop lost, an end mark after it: the story's paragraph, the mark a sign-off
    ("fr", STORY + "Le maire a dit : « Tout va bien » ■\n", ["Le maire a dit : « Tout va bien »"], [("■", "sign-off")]),
    ("fr", STORY + "Le maire a dit : « Tout va bien »\n", ["Le maire a dit : « Tout va bien »"], []),
    ("fr", STORY + "Le maire a dit que tout allait bien. ■\n", ["Le maire a dit que tout allait bien."], [("■", "sign-off")]),
    # the language's wire end mark, alone or after the last sentence
    ("fr", STORY + "Le maire a dit que tout allait bien.\n\n(FIN)\n", ["Le maire a dit que tout allait bien."], [("(FIN)", "sign-off")]),
    ("fr", STORY + "Le maire a dit que tout allait bien. (FIN)\n", ["Le maire a dit que tout allait bien."], [("(FIN)", "sign-off")]),
    ("es", STORY + "El alcalde dijo que todo iba bien.\n\n(FIN)\n", ["El alcalde dijo que todo iba bien."], [("(FIN)", "sign-off")]),
    ("fr", STORY + "Le maire a dit que tout allait bien.\n\n-30-\n", ["Le maire a dit que tout allait bien."], [("-30-", "sign-off")]),
    ("es", STORY + "El alcalde dijo: «Todo va bien» ■\n", ["El alcalde dijo: «Todo va bien»"], [("■", "sign-off")]),
    ("es", STORY + "El alcalde dijo que todo iba bien. (FIN)\n", ["El alcalde dijo que todo iba bien."], [("(FIN)", "sign-off")]),
    # (German copy's closing mark before the end mark)
    ("de", STORY + "Die Ministerin sagte: „Alles ist gut“ ■\n", ["Die Ministerin sagte: „Alles ist gut“"], [("■", "sign-off")]),
    # (near misses: a title in the present under the story stays a link's; English reads no "(FIN)")
    ("es", STORY + "El alcalde dimite tras la votación\n", [], [("El alcalde dimite tras la votación", "other")]),
    ("de", STORY + "Die Ministerin tritt nach der Wahl zurück\n", [], [("Die Ministerin tritt nach der Wahl zurück", "other")]),
    ("fr", STORY + "Le maire démissionne après le vote\n", [], [("Le maire démissionne après le vote", "other")]),
    (None, STORY + "Le maire a dit : « Tout va bien »\n", [], [("Le maire a dit : « Tout va bien »", "other")]),
]


@pytest.mark.parametrize(("language", "text", "paragraphs", "filed"), LAST_LINES)
def test_a_packs_last_line_and_end_marks(
    language: str | None, text: str, paragraphs: list[str], filed: list[tuple[str, str]]
) -> None:
    article = newsparse.ArticleParser(language=language).parse("Le conseil vote le budget\n\n" + text)
    assert [p.text for p in article.paragraphs][1:] == paragraphs
    assert [(b.text, b.kind) for b in article.boilerplate] == filed
    assert list(article.captions) == []
