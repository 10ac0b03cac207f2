"""Round 63's language packs (lang63).

1. A setting between a cue and its ``que`` whose noun has a relative clause (Spanish ``dijo en la
   carta que envió al ministro que ...``, French ``dans la lettre qu'elle a envoyée que``): the
   reported clause opens at the later ``que`` when ``SETTING_RELATIVES`` is on (off by default: reader63).
2. An audience between a cue and its ``que`` (French ``a déclaré devant les députés que``,
   Spanish ``ante los diputados``): a setting when it names someone addressed.
3. A funding note that opens with its participle (``Funded by the European Union.``), in each
   pack; the participle before a clause of the story (``Funded by taxpayers, the scheme ...``) is
   the story's.
4. The layout parsers' name particles and section-stamp links are the vocabulary's (each pack's),
   and the section stamp's date leaves the link word out.
"""

from __future__ import annotations

import pytest
from tests.parts import blocks, parse
from tests.quote_cases import cued_quotes

import newsparse
from newsparse.quotes.languages import language_pack

FRENCH_LEAD = "La ministre Claire Martin est arrivée lundi à Nantes."
SPANISH_LEAD = "La ministra Ana Ruiz visitó Sevilla el lunes."
ENGLISH_LEAD = "Mayor Ann Ross spoke to the council on Monday."

# (language, lead, paragraph, [(text, cue, speaker)] that must come out)
REPORTED: list[tuple[str | None, str, str, list[tuple[str, str | None, str | None]]]] = [
    # 1. (off by default, reader63: SETTING_RELATIVES; a second "que" of the reported clause itself
    # is no relative's end: the whole clause)
    ("es", SPANISH_LEAD, "La ministra afirmó en la rueda de prensa que espera que el acuerdo llegue pronto.",
     [("espera que el acuerdo llegue pronto", "afirmó", "Ana Ruiz")]),
    (None, ENGLISH_LEAD, "Ross said at the briefing that police would close that road on Monday.",
     [("police would close that road on Monday", "said", "Ann Ross")]),
    # (nearest shapes: a setting with no relative clause; one "que"; the first "que" before a
    # subject of its own, a verb of knowing or a copula: the first opens the clause)
    ("es", SPANISH_LEAD, "La ministra afirmó en una entrevista con la radio que el plan llegará en mayo.",
     [("el plan llegará en mayo", "afirmó", "Ana Ruiz")]),
    ("es", SPANISH_LEAD, "Ruiz dijo en la carta que el ministro firmó el plan.", [("el ministro firmó el plan", "dijo", "Ana Ruiz")]),
    ("es", SPANISH_LEAD, "Ruiz dijo en la carta que el ministro sabía que el plan llegará en mayo.",
     [("el ministro sabía que el plan llegará en mayo", "dijo", "Ana Ruiz")]),
    ("es", SPANISH_LEAD, "Ruiz dijo en la carta que era evidente que el plan llegará en mayo.",
     [("era evidente que el plan llegará en mayo", "dijo", "Ana Ruiz")]),
    ("fr", FRENCH_LEAD, "La ministre a déclaré dans la lettre qu'il était clair que le projet coûtera cher.",
     [("il était clair que le projet coûtera cher", "a déclaré", "Claire Martin")]),
    ("es", SPANISH_LEAD, "Ruiz visitó la casa que compró su padre que vive en Cádiz.", []),
    # (English: a relative clause of five words is past the limit, read as before)
    (None, ENGLISH_LEAD, "Ross said in the letter that it was clear that the plan would fail.",
     [("it was clear that the plan would fail", "said", "Ann Ross")]),
    # 2. an audience before "que": someone addressed
    ("fr", FRENCH_LEAD, "La ministre a déclaré devant les députés que le projet coûtera cher.",
     [("le projet coûtera cher", "a déclaré", "Claire Martin")]),
    ("fr", FRENCH_LEAD, "La ministre a affirmé devant la presse que le projet coûtera cher.",
     [("le projet coûtera cher", "a affirmé", "Claire Martin")]),
    ("es", SPANISH_LEAD, "La ministra afirmó ante los diputados que el plan llegará en mayo.",
     [("el plan llegará en mayo", "afirmó", "Ana Ruiz")]),
    # (nearest shapes: a thing before the relative "que", no audience; a verb of no speech)
    ("fr", FRENCH_LEAD, "La ministre a déclaré devant les difficultés que le projet rencontre.", []),
    ("es", SPANISH_LEAD, "La ministra respondió ante las críticas que la oposición lanzó el lunes.", []),
    ("fr", FRENCH_LEAD, "La ministre est passée devant la mairie que les habitants ont rénovée.", []),
]


@pytest.mark.parametrize(("language", "lead", "paragraph", "expected"), REPORTED)
def test_reported_clause_after_a_setting(
    language: str | None, lead: str, paragraph: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert cued_quotes(blocks("Titre", lead, paragraph), language) == expected


#: (language, paragraph, [(text, cue, speaker)]) with SETTING_RELATIVES on: a relative clause on the
#: setting's noun, then the reported clause's "que"
SETTING_RELATIVE_ROWS: list[tuple[str, str, list[tuple[str, str | None, str | None]]]] = [
    ("es", "Ruiz dijo en la carta que envió al ministro que el plan llegará en mayo.", [("el plan llegará en mayo", "dijo", "Ana Ruiz")]),
    ("es", "Ruiz afirmó en una entrevista que concedió a la radio que el plan llegará en mayo.",
     [("el plan llegará en mayo", "afirmó", "Ana Ruiz")]),
    ("fr", "La ministre a déclaré dans la lettre qu'elle a envoyée que le projet coûtera cher.",
     [("le projet coûtera cher", "a déclaré", "Claire Martin")]),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), SETTING_RELATIVE_ROWS)
def test_setting_relative_when_turned_on(language: str, paragraph: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    pack = language_pack(language)

    class Relatives(pack.quotes):  # type: ignore[name-defined,misc]
        SETTING_RELATIVES = True

    vocabulary = pack.vocabulary()
    parser = newsparse.ArticleParser(language=language, quotes=Relatives(vocabulary))
    lead = SPANISH_LEAD if language == "es" else FRENCH_LEAD
    quotes = parser.parse(blocks("Titre", lead, paragraph)).quotes
    assert [(q.text, q.cue, q.speaker.name if q.speaker else None) for q in quotes] == expected


def test_reported_rows_are_distinct() -> None:
    assert len({(language, paragraph) for language, _, paragraph, _ in REPORTED}) == len(REPORTED)


#: A story's blocks per language, before the last line under test.
STORIES: dict[str | None, tuple[str, ...]] = {
    None: (
        "Ferry link to the islands resumes",
        "By Tom Hale",
        "The ferry to the outer islands runs again from Monday after a winter of repairs. Two crossings a day are planned.",
        "Fares stay at last year's level until the end of the summer season.",
    ),
    "fr": (
        "Le bac vers les îles reprend",
        "Par Paul Morel",
        "Le bac vers les îles reprend lundi après un hiver de réparations. Deux traversées par jour sont prévues.",
        "Les tarifs restent ceux de l'an dernier jusqu'à la fin de l'été.",
    ),
    "de": (
        "Die Fähre zu den Inseln fährt wieder",
        "Von Lena Vogt",
        "Die Fähre zu den Inseln fährt ab Montag nach einem Winter voller Reparaturen wieder. Zwei Fahrten am Tag sind geplant.",
        "Die Preise bleiben bis zum Ende des Sommers auf dem Stand des Vorjahres.",
    ),
    "es": (
        "El ferri a las islas vuelve a navegar",
        "Por Luis Prieto",
        "El ferri a las islas vuelve a navegar el lunes tras un invierno de reparaciones. Habrá dos travesías al día.",
        "Las tarifas se mantienen como el año pasado hasta el final del verano.",
    ),
}

# (the language, the story's last line, whether it is a funding note's boilerplate)
FUNDING_LINES: list[tuple[str | None, str, bool]] = [
    (None, "Funded by the European Union.", True),
    (None, "Supported by a grant from the Coastal Journalism Fund.", True),
    (None, "Produced in partnership with the Island Reporting Project.", True),
    ("fr", "Financé par l'Union européenne.", True),
    ("fr", "Réalisé en partenariat avec la Fondation pour la presse locale.", True),
    ("de", "Gefördert von der Stiftung Freie Presse.", True),
    ("de", "Unterstützt durch die Landesmedienanstalt.", True),
    ("es", "Financiado por la Unión Europea.", True),
    ("es", "Realizado con el apoyo de la Fundación Prensa Libre.", True),
    # nearest shapes, the story's: the participle before a clause, a second sentence, a list with
    # commas, a participle of no note, another pack's note
    (None, "Funded by taxpayers, the scheme will run until 2030.", False),
    (None, "Supported by his family, he returned to the club in May.", False),
    (None, "Funded by the state. The new pier opens in 2030.", False),
    (None, "Funded by the European Union, the Harbour Fund and the city.", False),
    (None, "Delayed by the storm until Tuesday.", False),
    ("fr", "Financé par la région, le quai rouvrira en 2030.", False),
    ("fr", "Soutenu par ses proches, il a repris l'entraînement en mai.", False),
    ("de", "Gefördert von der Stadt, soll der Anleger bis 2030 fertig sein.", False),
    ("es", "Financiado por la Unión Europea, el muelle abrirá en 2030.", False),
    ("fr", "Funded by the European Union.", False),
]


@pytest.mark.parametrize(("language", "line", "note"), FUNDING_LINES)
def test_funding_note_opening_with_its_participle(language: str | None, line: str, note: bool) -> None:
    article = parse(blocks(*STORIES[language], line), language)
    kinds = [b.kind for b in article.boilerplate if b.text == line]
    last = article.paragraphs[-1].text
    assert (kinds, last) == ((["disclaimer"], STORIES[language][-1]) if note else ([], line))


def test_funding_lines_are_distinct() -> None:
    assert len({(language, line) for language, line, _ in FUNDING_LINES}) == len(FUNDING_LINES)


def test_funding_note_lists_of_a_subclass() -> None:
    """A parser's own participles and partner phrases replace its vocabulary's."""

    class Backed(newsparse.ArticleParser):
        FUNDING_NOTE_PARTICIPLES = frozenset({"backed"})
        FUNDING_PARTNER_PHRASES = frozenset({"together with"})

    assert Backed().is_funding_note("Backed by the Harbour Trust.")
    assert Backed().is_funding_note("Backed together with the Harbour Trust.")
    assert not Backed().is_funding_note("Supported by a grant from the Harbour Trust.")
    assert newsparse.ArticleParser().is_funding_note("Supported by a grant from the Harbour Trust.")


#: (language, the first line, the section, the published stamp's text): a label, the pack's link word, a date
SECTION_STAMPS: list[tuple[str | None, str, tuple[str, ...], str | None]] = [
    (None, "Regional News of Friday, 6 March 2026", ("Regional News",), "Friday, 6 March 2026"),
    ("de", "Lokale Nachrichten vom Freitag, 6. März 2026", ("Lokale Nachrichten",), "Freitag, 6. März 2026"),
    # another pack's link word is no link: the line stays the headline's
    (None, "Lokale Nachrichten vom Freitag, 6 March 2026", (), None),
    ("de", "Regional News of Friday, 6 March 2026", (), None),
]


@pytest.mark.parametrize(("language", "first", "section", "stamp"), SECTION_STAMPS)
def test_section_stamp_reads_the_packs_link(
    language: str | None, first: str, section: tuple[str, ...], stamp: str | None
) -> None:
    text = blocks(first, "Ferry link to the islands resumes", STORIES[None][2])
    article = parse(text, language)
    published = article.published
    got = text[published.span.start : published.span.end] if published is not None else None
    spanned = text[article.section_span.start : article.section_span.end] if article.section_span else None
    assert (article.section, spanned, got) == (section, section[0] if section else None, stamp)
    assert published is None or published.text == stamp


def test_section_stamp_links_of_a_subclass() -> None:
    class Through(newsparse.ArticleParser):
        SECTION_STAMP_LINKS = frozenset({"through"})

    text = blocks("Regional News through Friday, 6 March 2026", "Ferry link to the islands resumes", STORIES[None][2])
    assert Through().parse(text).section == ("Regional News",)
    assert newsparse.ArticleParser().parse(text).section == ()


@pytest.mark.parametrize(
    ("language", "words", "name"),
    [
        (None, ["van", "der", "Berg", "said"], True),
        (None, ["bin", "Salman", "said"], True),
        ("fr", ["van", "den", "Broek", "a"], True),
        ("es", ["de", "Madrid", "y"], False),
        ("de", ["der", "Bürgermeister", "sagte"], False),
        (None, ["van", "drivers", "said"], False),
    ],
)
def test_body_parser_reads_the_packs_name_particles(language: str | None, words: list[str], name: bool) -> None:
    vocabulary = language_pack(language).vocabulary() if language else newsparse.Vocabulary()
    assert newsparse.BodyParser(vocabulary).opens_name(words) is name


def test_name_particles_of_a_pack_and_of_a_subclass() -> None:
    class DutchVocabulary(newsparse.Vocabulary):
        NAME_PARTICLES = ("van", "ter")

    class DeParticles(newsparse.BodyParser):
        NAME_PARTICLES = frozenset({"de"})

    assert newsparse.BodyParser(DutchVocabulary()).opens_name(["ter", "Horst", "said"])
    assert not newsparse.BodyParser().opens_name(["ter", "Horst", "said"])
    assert DeParticles().opens_name(["de", "Blasio", "said"])
    assert not DeParticles().opens_name(["van", "Dijk", "said"])
