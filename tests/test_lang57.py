"""German, French and Spanish speakers and pronouns across paragraphs (issue 5, stop 50, lang57):
a plural head after its article with a genitive (``Die Freunde des Opfers``) is the group, never
its genitive's noun; a publication named after its kind with a capitalised article (``el diario
El País``) is the whole name; a German clause opened by a comma and ``während``/``und``/``aber``
whose verb ends it (``während der Kanzler, der in Berlin war, erklärte, er sei ...``) is another
speaker's report, not more of the first, and so is a Spanish one past a relative of ``que`` (``mientras
que el canciller, que estaba en Madrid, dijo que ...``); German plural past cues (``erklärten``,
``schrieben``) before a clause after a comma; a pronoun after a paragraph of a quotation that names no
one turns to the people of the paragraph before it.  Invented sentences; each row gives the exact
``(text, kind, speaker name)`` triples that must come out, beside the near misses that must stay."""

from __future__ import annotations

from functools import partial

import pytest

from newsparse import QuoteKind
from quote_cases import kind_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT
Triples = list[tuple[str, QuoteKind, str | None]]

quotes_of = partial(kind_rows, headline="Titel")


GENITIVE_GROUPS = [
    # a plural head after its article, a genitive after it: the group as written, never the genitive
    (
        "de",
        "Die Freunde des Opfers, Anna und Ben, sagten, er sei freundlich gewesen.",
        [("er sei freundlich gewesen", R, "Die Freunde des Opfers")],
    ),
    ("de", "Die Nachbarn des Mannes sagten, er sei ruhig gewesen.", [("er sei ruhig gewesen", R, "Die Nachbarn des Mannes")]),
    (
        "de",
        "Die Eltern des Schülers, Anna Weber und Jan Roth, sagten, er sei fleißig.",
        [("er sei fleißig", R, "Die Eltern des Schülers")],
    ),
    ("fr", "Les amis de la victime, Anne et Ben, ont dit qu'il était gentil.", [("il était gentil", R, "Les amis de la victime")]),
    ("es", "Los amigos de la víctima, Ana y Ben, dijeron que era amable.", [("era amable", R, "Los amigos de la víctima")]),
    # (near misses: a singular role with its genitive stays whole; a name set off after it speaks)
    ("de", "Der Sprecher des Ministeriums sagte, der Plan sei gut.", [("der Plan sei gut", R, "Der Sprecher des Ministeriums")]),
    ("de", "Die Chefin der Firma sagte, der Plan sei gut.", [("der Plan sei gut", R, "Die Chefin der Firma")]),
    ("de", "Die Ministerin des Landes, Anna Weber, sagte, der Plan sei gut.", [("der Plan sei gut", R, "Anna Weber")]),
]


PUBLICATIONS = [
    # a publication told by its kind, its name opening with a capitalised article: the name whole
    ("es", "El plan fracasará, escribió el diario El País.", [("El plan fracasará", R, "El País")]),
    ("es", "Según el periódico El Mundo, el plan fracasará.", [("el plan fracasará", R, "El Mundo")]),
    ("fr", "Le plan échouera, écrit le quotidien Le Monde.", [("Le plan échouera", R, "Le Monde")]),
    ("fr", "Selon le journal Le Figaro, le plan échouera.", [("le plan échouera", R, "Le Figaro")]),
    ("de", "Der Plan scheitert, schrieb die Zeitung Die Welt.", [("Der Plan scheitert", R, "Die Welt")]),
    ("de", "Der Plan scheitert, berichtete das Magazin Der Spiegel.", [("Der Plan scheitert", R, "Der Spiegel")]),
    ("en", "The plan will fail, said the newspaper The Clarion.", [("The plan will fail", R, "The Clarion")]),
    # (near misses: a person after a role noun keeps the name; the name alone stays as written)
    ("es", "El plan fracasará, dijo el ministro Pablo Ruiz.", [("El plan fracasará", R, "Pablo Ruiz")]),
    ("es", "El plan fracasará, dijo El Mundo.", [("El plan fracasará", R, "El Mundo")]),
    ("fr", "Le plan échouera, a dit le ministre Paul Martin.", [("Le plan échouera", R, "Paul Martin")]),
    ("fr", "Le plan échouera, écrit le journaliste Paul Martin.", [("Le plan échouera", R, "Paul Martin")]),
]


GERMAN_JOINED_CLAUSES = [
    # a clause after a comma and a conjunction whose verb ends it: another speaker's report
    (
        "Die Ministerin sagte, der Plan sei gut, während der Kanzler, der in Berlin war, erklärte, er sei schlecht.",
        [("der Plan sei gut", R, "Die Ministerin"), ("er sei schlecht", R, "der Kanzler")],
    ),
    (
        "Die Ministerin sagte, der Plan sei gut, während der Kanzler erklärte, er sei schlecht.",
        [("der Plan sei gut", R, "Die Ministerin"), ("er sei schlecht", R, "der Kanzler")],
    ),
    (
        "Die Ministerin sagte, der Plan sei gut, und der Kanzler erklärte, er sei schlecht.",
        [("der Plan sei gut", R, "Die Ministerin"), ("er sei schlecht", R, "der Kanzler")],
    ),
    (
        "Die Ministerin sagte, der Plan sei gut, während die Opposition, die in Berlin tagte, betonte, er sei teuer.",
        [("der Plan sei gut", R, "Die Ministerin"), ("er sei teuer", R, "die Opposition")],
    ),
    # (near misses: an aside with the verb first, a clause of "wie", no cue in the joined clause)
    (
        "Die Ministerin sagte, der Plan sei gut, und der Kanzler habe, erklärte sie, nichts gewusst.",
        [("der Plan sei gut, und der Kanzler habe, erklärte sie, nichts gewusst", R, "Die Ministerin")],
    ),
    ("Der Plan, erklärte der Kanzler, sei gut.", [("Der Plan, erklärte der Kanzler, sei gut", R, "der Kanzler")]),
    (
        "Die Ministerin sagte, der Plan sei gut, während der Kanzler schwieg.",
        [("der Plan sei gut, während der Kanzler schwieg", R, "Die Ministerin")],
    ),
    (
        "Die Ministerin sagte, der Plan sei gut, während die Stadt, die ihn bezahlt, sparen werde.",
        [("der Plan sei gut, während die Stadt, die ihn bezahlt, sparen werde", R, "Die Ministerin")],
    ),
    # (a cue inside a relative clause of the joined clause's subject, a comma after it: no speaker's
    # clause, the words go on)
    (
        "Die Ministerin sagte, der Plan sei gut, aber die Summe, die der Kanzler erklärte, sei falsch.",
        [("der Plan sei gut, aber die Summe, die der Kanzler erklärte, sei falsch", R, "Die Ministerin")],
    ),
    (
        "Die Ministerin sagte, die Lage sei ernst, und der Bericht, den die Polizei schrieb, sei eindeutig.",
        [("die Lage sei ernst, und der Bericht, den die Polizei schrieb, sei eindeutig", R, "Die Ministerin")],
    ),
    (
        "Die Ministerin sagte, der Plan sei gut, während der Kanzler, wie er erklärte, zweifle.",
        [("der Plan sei gut, während der Kanzler, wie er erklärte, zweifle", R, "Die Ministerin")],
    ),
]


SPANISH_JOINED_CLAUSES = [
    # a relative clause of "que" set off by commas between a joined clause's subject and its cue
    (
        "La ministra dijo que el plan era bueno, mientras que el canciller, que estaba en Madrid, dijo que era malo.",
        [("el plan era bueno", R, "La ministra"), ("era malo", R, "el canciller")],
    ),
    (
        "La ministra dijo que el plan era bueno, pero la oposición, que votó en contra, aseguró que era caro.",
        [("el plan era bueno", R, "La ministra"), ("era caro", R, "la oposición")],
    ),
    # (near misses: a relative clause of a noun inside the words, no cue after it)
    ("La ministra dijo que el plan, que costó mucho, era bueno.", [("el plan, que costó mucho, era bueno", R, "La ministra")]),
    (
        "La ministra dijo que el plan era bueno, y que el coste, que subió, era razonable.",
        [("el plan era bueno, y que el coste, que subió, era razonable", R, "La ministra")],
    ),
]


GERMAN_PLURAL_PAST = [
    # the plural of the past before a clause after a comma, as its singular
    ("Die Kollegen erklärten, sie sei beliebt gewesen.", [("sie sei beliebt gewesen", R, "Die Kollegen")]),
    ("Die Ärzte schrieben, die Lage sei ernst.", [("die Lage sei ernst", R, "Die Ärzte")]),
    (
        "Die Kollegen der Ärztin, Jan und Lea, erklärten, sie sei beliebt gewesen.",
        [("sie sei beliebt gewesen", R, "Die Kollegen der Ärztin")],
    ),
    # (near misses: an object, a question: no report)
    ("Die Kollegen erklärten den Plan am Montag.", []),
    ("Die Ärzte schrieben Briefe an den Minister.", []),
]


PRONOUNS_PAST_QUOTATION = [
    # a pronoun after a paragraph of a quotation that names no one: the one person of its gender
    # the paragraph before names, beside one of the other gender
    (
        "es",
        "El ministro Pablo Ruiz se reunió con la alcaldesa Ana Gómez el lunes.\n\n«Avanzaremos», dijo.\n\n"
        "«Veremos», respondió ella.",
        [("Avanzaremos", D, None), ("Veremos", D, "Ana Gómez")],
    ),
    (
        "es",
        "Pablo Ruiz se reunió con Ana Gómez el lunes.\n\n«Avanzaremos», dijo.\n\n«Veremos», respondió ella.",
        [("Avanzaremos", D, None), ("Veremos", D, "Ana Gómez")],
    ),
    (
        "fr",
        "Le ministre Paul Martin a rencontré la maire Anne Roux lundi.\n\n« Nous avançons », a-t-on dit.\n\n"
        "« Nous verrons », a répondu elle.",
        [("Nous avançons", D, None), ("Nous verrons", D, "Anne Roux")],
    ),
    (
        "de",
        "Minister Paul Weber traf Bürgermeisterin Anna Roth am Montag.\n\n„Wir kommen voran.“\n\n"
        "„Wir werden sehen“, antwortete sie.",
        [("Wir kommen voran.", D, None), ("Wir werden sehen", D, "Anna Roth")],
    ),
    (
        "en",
        'Minister Paul Weber met Mayor Anna Roth on Monday.\n\n"We are moving."\n\n"We will see," she replied.',
        [("We are moving.", D, None), ("We will see,", D, "Anna Roth")],
    ),
    (
        "en",
        'Minister Paul Weber met Mayor Anna Roth on Monday.\n\n"We are moving," he said.\n\n"We will see," she replied.',
        [("We are moving,", D, "Paul Weber"), ("We will see,", D, "Anna Roth")],
    ),
    # (near misses: two men and "ella"; a man and the other pronoun's person; a paragraph of
    # narration between, not a quotation: no one sure)
    (
        "es",
        "El ministro Pablo Ruiz se reunió con el alcalde Juan Gómez el lunes.\n\n«Avanzaremos», dijo.\n\n"
        "«Veremos», respondió ella.",
        [("Avanzaremos", D, None), ("Veremos", D, None)],
    ),
    (
        "es",
        "El ministro Pablo Ruiz se reunió con la alcaldesa Ana Gómez el lunes.\n\n"
        "Los vecinos protestaron ante el ayuntamiento.\n\n«Veremos», respondió ella.",
        [("Veremos", D, None)],
    ),
    (
        "en",
        'Minister Paul Weber met Mayor Tom Roth on Monday.\n\n"We are moving."\n\n"We will see," she replied.',
        [("We are moving.", D, None), ("We will see,", D, "she")],
    ),
    (
        "de",
        "Minister Paul Weber traf Bürgermeister Jan Roth am Montag.\n\n„Wir kommen voran.“\n\n"
        "„Wir werden sehen“, antwortete sie.",
        [("Wir kommen voran.", D, None), ("Wir werden sehen", D, None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), GENITIVE_GROUPS)
def test_a_plural_head_with_a_genitive_is_the_group(language: str, text: str, expected: Triples) -> None:
    assert quotes_of(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), PUBLICATIONS)
def test_a_publication_after_its_kind_keeps_its_article(language: str, text: str, expected: Triples) -> None:
    assert quotes_of(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), GERMAN_JOINED_CLAUSES)
def test_a_german_joined_clause_with_its_verb_last_is_another_report(text: str, expected: Triples) -> None:
    assert quotes_of(text, "de") == expected


@pytest.mark.parametrize(("language", "text", "expected"), PRONOUNS_PAST_QUOTATION)
def test_a_pronoun_reaches_past_a_quotation_paragraph(language: str, text: str, expected: Triples) -> None:
    # (under a headline with a verb: after a one-word line the first sentence is the headline)
    assert kind_rows(text, language, headline="Council votes on harbour plan") == expected


@pytest.mark.parametrize(("text", "expected"), SPANISH_JOINED_CLAUSES)
def test_a_spanish_joined_clause_past_a_relative_is_another_report(text: str, expected: Triples) -> None:
    assert quotes_of(text, "es") == expected


@pytest.mark.parametrize(("text", "expected"), GERMAN_PLURAL_PAST)
def test_a_german_plural_past_reports_a_clause(text: str, expected: Triples) -> None:
    assert quotes_of(text, "de") == expected
