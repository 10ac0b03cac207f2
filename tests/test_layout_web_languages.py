"""Web pages in French, German, Spanish and English as a new user copies them: photo credits with
a label in the page's language, authors joined by the language's ``and``, share buttons and
``Read more`` links in the language, interview bylines, live-blog clocks, and labelled stamps with
a numeric date or a spaced clock.

Every row gives the bad shape the trial met beside the good one, and near-misses (a story's
sentence that opens with the same word) that must not change.  The language's words come from its
vocabulary (``Vocabulary.CREDIT_LABELS``, ``AND_WORDS``, ``SHARE_BUTTONS``, ``RELATED_LABELS``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import ArticleParser, BoilerplateParser, TimestampParser, Vocabulary, parse_article
from newsparse.quotes.languages import language_pack
from parts import holds_every_line

PARSERS = {code: ArticleParser(language=code) for code in ("en", "fr", "de", "es")}

STORY = {
    "en": "A powerful storm battered the south coast on Monday, cutting power to thousands of homes and closing roads.",
    "fr": "Les cheminots ont lancé lundi un mouvement de grève qui perturbe fortement le trafic dans toute la France.",
    "de": "Die Lokführer haben am Montag den Fernverkehr in ganz Deutschland lahmgelegt, und viele Reisende warteten lange.",
    "es": "Los trabajadores del metro iniciaron este lunes una huelga que afecta a miles de viajeros en toda la ciudad.",
}
MORE = {
    "en": "Forecasters said the winds would ease by Tuesday evening but warned of more rain later in the week.",
    "fr": "Les syndicats menacent de prolonger la grève jusqu'à la fin de la semaine si aucun accord n'est trouvé.",
    "de": "Die Gewerkschaft kündigte weitere Streiks für die kommende Woche an, wenn die Bahn kein neues Angebot vorlegt.",
    "es": "El sindicato amenazó con prolongar la huelga durante toda la semana si no hay un acuerdo con la empresa.",
}


def page(code: str, line: str, *, header: str = "") -> str:
    """A page in language *code* with *line* between its first and second paragraph."""
    return f"Streik und Sturm: ein Tag im Überblick\n\n{header}{STORY[code]}\n\n{line}\n\n{MORE[code]}\n"



# -- 1. photo credits with a label in the page's language -------------------------------------

CAPTIONS = [
    # (language, line, caption text, credit)
    ("de", "Reisende warten am Berliner Hauptbahnhof auf ihre Züge. Foto: Anna Schmidt/dpa",
     "Reisende warten am Berliner Hauptbahnhof auf ihre Züge.", "Anna Schmidt/dpa"),
    ("de", "Der Hafen von Hamburg am frühen Morgen. Bild: Keystone",
     "Der Hafen von Hamburg am frühen Morgen.", "Keystone"),
    ("fr", "Des voyageurs attendent à la gare de Lyon, à Paris. Photo : AFP",
     "Des voyageurs attendent à la gare de Lyon, à Paris.", "AFP"),
    ("fr", "Des voyageurs attendent à la gare de Lyon, à Paris. Crédit photo : Claire Martin",
     "Des voyageurs attendent à la gare de Lyon, à Paris.", "Claire Martin"),
    ("es", "Viajeros esperan en la estación de Atocha, en Madrid. Foto: EFE/Juan Pérez",
     "Viajeros esperan en la estación de Atocha, en Madrid.", "EFE/Juan Pérez"),
    ("es", "Viajeros esperan en la estación de Atocha, en Madrid. Fotografía: Marta Ruiz",
     "Viajeros esperan en la estación de Atocha, en Madrid.", "Marta Ruiz"),
    # English: a label printed inside the credit is left out of it
    ("en", "Waves crash over the sea wall in Dover on Monday. Credit: Jane Roe/Reuters",
     "Waves crash over the sea wall in Dover on Monday.", "Jane Roe/Reuters"),
    ("en", "Waves crash over the sea wall in Dover on Monday. Photo: Credit: Jane Roe/Reuters",
     "Waves crash over the sea wall in Dover on Monday.", "Jane Roe/Reuters"),
    # ... but only before a colon or "by": a label's word opening the credit itself stays in it
    ("en", "Waves crash over the sea wall in Dover on Monday. Credit Jane Roe/Reuters",
     "Waves crash over the sea wall in Dover on Monday.", "Credit Jane Roe/Reuters"),
    ("en", "Waves crash over the sea wall in Dover on Monday. Photo: Picture Alliance/dpa",
     "Waves crash over the sea wall in Dover on Monday.", "Picture Alliance/dpa"),
    ("en", "Waves crash over the sea wall in Dover on Monday. Credit: Image Source/Getty Images",
     "Waves crash over the sea wall in Dover on Monday.", "Image Source/Getty Images"),
    ("en", "Waves crash over the sea wall in Dover on Monday. Credit: Graphic News",
     "Waves crash over the sea wall in Dover on Monday.", "Graphic News"),
    ("en", "Waves crash over the sea wall in Dover on Monday. Photo: Video Grab/Reuters TV",
     "Waves crash over the sea wall in Dover on Monday.", "Video Grab/Reuters TV"),
    ("en", "Waves crash over the sea wall in Dover on Monday. Image: Image Bank/Getty",
     "Waves crash over the sea wall in Dover on Monday.", "Image Bank/Getty"),
    ("en", "Waves crash over the sea wall in Dover on Monday. Credit: Pictures Ltd/Alamy",
     "Waves crash over the sea wall in Dover on Monday.", "Pictures Ltd/Alamy"),
    ("en", "Waves crash over the sea wall in Dover on Monday. (Photo: Source Reuters)",
     "Waves crash over the sea wall in Dover on Monday.", "Source Reuters"),
    ("de", "Reisende warten am Berliner Hauptbahnhof auf ihre Züge. Foto: Bild Zeitung",
     "Reisende warten am Berliner Hauptbahnhof auf ihre Züge.", "Bild Zeitung"),
    # "Courtesy" marks a handout picture: kept in the credit as written
    ("en", "Waves crash over the sea wall in Dover on Monday. Photo: Courtesy of the Harbour Trust",
     "Waves crash over the sea wall in Dover on Monday.", "Courtesy of the Harbour Trust"),
    ("en", "Waves crash over the sea wall in Dover on Monday. Photo: Courtesy Jane Roe",
     "Waves crash over the sea wall in Dover on Monday.", "Courtesy Jane Roe"),
    ("en", "Waves crash over the sea wall in Dover on Monday. Courtesy photo",
     "Waves crash over the sea wall in Dover on Monday.", "Courtesy photo"),
    ("en", "Waves crash over the sea wall in Dover on Monday. Photo: Photography by Jane Roe",
     "Waves crash over the sea wall in Dover on Monday.", "Jane Roe"),
    ("en", "Waves crash over the sea wall in Dover on Monday. © Credit: Jane Roe/Reuters",
     "Waves crash over the sea wall in Dover on Monday.", "Jane Roe/Reuters"),
    # a credit that is names only keeps them all
    ("en", "Waves crash over the sea wall in Dover on Monday. Credits: Jane Roe and Ana Lima",
     "Waves crash over the sea wall in Dover on Monday.", "Jane Roe and Ana Lima"),
]


@pytest.mark.parametrize(("code", "line", "caption", "credit"), CAPTIONS)
def test_a_credit_label_in_the_pages_language(code: str, line: str, caption: str, credit: str) -> None:
    text = page(code, line)
    article = PARSERS[code].parse(text)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    (span,) = article.captions[0].spans
    assert text[span.start : span.end] == caption
    assert [p.text for p in article.paragraphs] == [STORY[code], MORE[code]]
    assert holds_every_line(article)


@pytest.mark.parametrize(
    ("code", "line"),
    [
        # a story's sentence that holds the label word is no caption
        ("de", "Das Bild zeigt, wie sehr sich die Stadt in den vergangenen zehn Jahren verändert hat."),
        ("de", "Foto und Video der Fahrt wurden später im Netz geteilt, wie die Polizei am Abend mitteilte."),
        ("es", "Una foto del accidente circuló durante horas en las redes sociales antes de ser retirada."),
        ("fr", "La photo du ministre a été largement partagée sur les réseaux sociaux lundi soir."),
    ],
)
def test_a_sentence_with_the_label_word_stays_a_paragraph(code: str, line: str) -> None:
    article = PARSERS[code].parse(page(code, line))
    assert article.captions == ()
    assert [p.text for p in article.paragraphs] == [STORY[code], line, MORE[code]]


def test_a_vocabulary_subclass_adds_a_languages_credit_label_and_and() -> None:
    class ItalianVocabulary(Vocabulary):
        CREDIT_LABELS = ("Foto",)
        AND_WORDS = ("e",)

    parser = ArticleParser(vocabulary=ItalianVocabulary())
    text = (
        "Il porto di Genova riapre\n\nDi Luca Bianchi e Giulia Rossi\n\n"
        "Il vecchio porto di Genova all'alba. Foto: Luca Zennaro/ANSA\n\n"
        "Il porto ha riaperto lunedì dopo tre giorni di chiusura per il maltempo che ha colpito la costa.\n"
    )
    article = parser.parse(text)
    assert [(c.text, c.credit) for c in article.captions] == [("Il vecchio porto di Genova all'alba.", "Luca Zennaro/ANSA")]
    assert parse_article(text).captions == ()
    byline = parser.parse(text.replace("Di Luca", "By Luca")).byline  # "Di" is no prefix of the default's
    assert byline is not None
    assert byline.authors == ("Luca Bianchi", "Giulia Rossi")


def test_the_english_default_reads_no_foreign_label() -> None:
    # the language's labels come with its pack: English copy keeps "Foto" as a word
    line = "The old harbour of Genoa at dawn. Foto: Luca Zennaro"
    assert PARSERS["en"].parse(page("en", line)).captions == ()
    assert [(c.text, c.credit) for c in PARSERS["de"].parse(page("de", line)).captions] == [
        ("The old harbour of Genoa at dawn.", "Luca Zennaro")
    ]


# -- 2. every author of a byline, joined by the language's "and" -------------------------------

BYLINES = [
    ("de", "Von Anna Schmidt und Paul Weber", ("Anna Schmidt", "Paul Weber"), None),
    ("de", "Von Anna Schmidt, Paul Weber und Jonas Vogel", ("Anna Schmidt", "Paul Weber", "Jonas Vogel"), None),
    ("de", "Von Anna Schmidt und Paul Weber, dpa", ("Anna Schmidt", "Paul Weber"), "dpa"),
    ("fr", "Par Claire Martin et Paul Durand", ("Claire Martin", "Paul Durand"), None),
    ("fr", "Par Claire Martin et Paul Durand, AFP", ("Claire Martin", "Paul Durand"), "AFP"),
    ("es", "Por Ana García y Luis Pérez", ("Ana García", "Luis Pérez"), None),
    ("es", "Por Ana López e Isabel Ruiz", ("Ana López", "Isabel Ruiz"), None),
    ("es", "Por Ana García, Luis Pérez y Marta Ruiz", ("Ana García", "Luis Pérez", "Marta Ruiz"), None),
    # "y" inside one name (a particle between two surnames) joins no authors
    ("es", "Por José Ortega y Gasset", ("José Ortega y Gasset",), None),
    # ... while the other "y" of the same list split it: each "y" with a name on both sides
    ("es", "Por Ana García, Luis Pérez y José Ortega y Gasset", ("Ana García", "Luis Pérez", "José Ortega y Gasset"),
     None),
    ("es", "Por Luis Pérez y Ana María de la Fuente y Sánchez", ("Luis Pérez", "Ana María de la Fuente y Sánchez"),
     None),
    ("es", "Por Ana García y Luis Pérez y Marta Ruiz", ("Ana García", "Luis Pérez", "Marta Ruiz"), None),
    # an agency after the conjunction is the agency
    ("de", "Von Anna Schmidt und dpa", ("Anna Schmidt",), "dpa"),
    ("es", "Por Ana García y EFE", ("Ana García",), "EFE"),
    ("en", "By Jane Roe and Reuters", ("Jane Roe",), "Reuters"),
    ("en", "By Jane Roe, Paul Smith and Ana Lima", ("Jane Roe", "Paul Smith", "Ana Lima"), None),
    # 4. an interview's byline
    ("en", "Interview by Jane Roe", ("Jane Roe",), None),
    ("en", "Interviewed by Jane Roe and Ana Lima", ("Jane Roe", "Ana Lima"), None),
]


@pytest.mark.parametrize(("code", "line", "authors", "agency"), BYLINES)
def test_every_author_of_a_byline(code: str, line: str, authors: tuple[str, ...], agency: str | None) -> None:
    text = f"Streik legt den Bahnverkehr lahm\n\n{line}\n\n{STORY[code]}\n\n{MORE[code]}\n"
    article = PARSERS[code].parse(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, line)
    assert holds_every_line(article)


@pytest.mark.parametrize(
    "line",
    [
        "Interview with the mayor of Dover",  # a heading: who is interviewed, not who wrote it
        "Interview Jane Roe",  # no colon: no byline
        "Interview: Jane Roe",  # the interviewee, not the author
    ],
)
def test_interview_without_by_is_no_byline(line: str) -> None:
    text = f"The mayor on the strike\n\n{line}\n\n{STORY['en']}\n\n{MORE['en']}\n"
    assert parse_article(text).byline is None


INTERVIEWS = [
    # (language, text, headline, byline's authors, paragraphs)
    # "Interview: <name>" names the interviewee: a headline, never the byline
    ("en", "Interview: Keir Starmer\n\nBy John Doe\n\nThe prime minister wants to reform pensions, he told "
     "reporters on Monday in London.", "Interview: Keir Starmer", ("John Doe",),
     ["The prime minister wants to reform pensions, he told reporters on Monday in London."]),
    ("de", "Interview: Olaf Scholz\n\nVon Anna Schmidt\n\nDer Kanzler will die Rente reformieren, sagte er am "
     "Montag in Berlin.", "Interview: Olaf Scholz", ("Anna Schmidt",),
     ["Der Kanzler will die Rente reformieren, sagte er am Montag in Berlin."]),
    ("fr", "Interview : Emmanuel Macron\n\nPar Marie Dupont\n\nLe président veut réformer les retraites, "
     "a-t-il déclaré lundi à Paris.", "Interview : Emmanuel Macron", ("Marie Dupont",),
     ["Le président veut réformer les retraites, a-t-il déclaré lundi à Paris."]),
    ("en", "Budget row\n\nInterview: Keir Starmer\nBy John Doe\n\nThe prime minister wants to reform pensions, "
     "he told reporters on Monday in London.", "Budget row", ("John Doe",),
     ["The prime minister wants to reform pensions, he told reporters on Monday in London."]),
    # "Interviewed by" under the headline is the byline ...
    ("en", "Budget row\n\nInterviewed by Jane Roe\n\nThe prime minister wants to reform pensions, he told "
     "reporters on Monday in London.", "Budget row", ("Jane Roe",),
     ["The prime minister wants to reform pensions, he told reporters on Monday in London."]),
    # ... and not under the first paragraph, which stays the first paragraph
    ("en", "Budget row\n\nThe prime minister wants to reform pensions, he told reporters on Monday in London."
     "\n\nInterviewed by Jane Roe\n\nHe also said taxes would not rise.", "Budget row", None,
     ["The prime minister wants to reform pensions, he told reporters on Monday in London.",
      "Interviewed by Jane Roe", "He also said taxes would not rise."]),
    # a plain "By" there is still a byline
    ("en", "Budget row\n\nThe prime minister wants to reform pensions, he told reporters on Monday in London."
     "\n\nBy Jane Roe\n\nHe also said taxes would not rise.", "Budget row", ("Jane Roe",), None),
]


@pytest.mark.parametrize(("code", "text", "headline", "authors", "paragraphs"), INTERVIEWS)
def test_an_interview_header(
    code: str, text: str, headline: str, authors: tuple[str, ...] | None, paragraphs: list[str] | None
) -> None:
    article = PARSERS[code].parse(text)
    assert article.headline is not None and article.headline.text == headline
    assert (article.byline.authors if article.byline else None) == authors
    if paragraphs is not None:
        assert [p.text for p in article.paragraphs] == paragraphs
    assert holds_every_line(article)


# -- 3. share buttons and links to another story in the page's language ------------------------

DEBRIS = [
    ("es", "Compartir", "share"),
    ("es", "Copiar enlace", "share"),
    ("es", "Compartir | Copiar enlace", "share"),
    ("es", "Twitter", "share"),
    ("fr", "Partager", "share"),
    ("fr", "Copier le lien", "share"),
    ("de", "Teilen", "share"),
    ("de", "Kommentare", "share"),
    # a row: the language's button, then networks and counts
    ("de", "Teilen: Facebook Twitter WhatsApp E-Mail", "share"),
    ("de", "12 Kommentare", "share"),
    ("es", "Compartir en WhatsApp", "share"),
    ("es", "Comentarios (12)", "share"),
    ("fr", "Partager : Facebook | X | E-mail", "share"),
    ("fr", "Lire aussi : Ce que les voyageurs doivent savoir", "related"),
    ("fr", "À lire aussi", "related"),
    ("de", "Lesen Sie auch: Was Reisende jetzt wissen müssen", "related"),
    ("es", "Lee también: Qué deben saber los viajeros", "related"),
    ("es", "Lee también: Qué deben saber los viajeros antes de salir de casa esta semana.", "related"),
    ("en", "Read more: What to do when the power goes out", "related"),
    # near-misses: a story's sentence that opens with the same words
    ("de", "Teilen wollen die Anwohner ihre Gärten nicht, sagte die Sprecherin der Stadt am Montag.", None),
    ("fr", "Lire aussi les conclusions du rapport publié mardi par la Cour des comptes.", None),
    ("es", "Compartir piso es cada vez más común entre los jóvenes de la capital, según el estudio.", None),
    ("de", "Kommentare von Lesern zeigen, wie groß der Ärger über die Bahn inzwischen ist.", None),
    ("es", "Compartir en familia", None),  # a heading: a button's words, then no button
    ("de", "Facebook Twitter", "share"),  # networks alone are English's share row in every language
    # a related label over a complete sentence that quotes someone: the story's own paragraph
    ("de", "Weiterlesen – „Das ist eine gerechte Reform“, sagte Minister Paul Weber am Montag in Berlin.", None),
    ("fr", "Voir aussi - « C'est une réforme juste », a déclaré le ministre Jean Martin lundi soir à Paris.", None),
    ("es", "Leer más: «Es una reforma justa», dijo el ministro Luis Pérez el lunes ante los diputados.", None),
    ("en", 'Read more: "It is a fair reform," minister Jane Roe said on Monday before members of parliament.', None),
    # ... and over a quoted title, no sentence: a link
    ("en", 'Read more: "A fair reform", says the minister', "related"),
    ("de", "Lesen Sie auch: „Eine gerechte Reform“", "related"),
]


@pytest.mark.parametrize(("code", "line", "kind"), DEBRIS)
def test_page_debris_in_the_pages_language(code: str, line: str, kind: str | None) -> None:
    assert BoilerplateParser(language_pack(code).vocabulary()).kind(line) == kind
    article = PARSERS[code].parse(page(code, line))
    filed = [(b.text, b.kind) for b in article.boilerplate]
    assert filed == ([(line, kind)] if kind is not None else [])
    assert holds_every_line(article)


def test_the_english_default_keeps_foreign_debris_and_a_subclass_adds_its_own() -> None:
    assert BoilerplateParser().kind("Teilen") is None

    class Dutch(Vocabulary):
        SHARE_BUTTONS = ("Delen", "Link kopiëren")
        RELATED_LABELS = ("Lees ook",)

    parser = BoilerplateParser(Dutch())
    assert [parser.kind(t) for t in ("Delen | Link kopiëren", "Lees ook: De staking in cijfers", "Delen kost niets.")] == [
        "share", "related", None,
    ]


# -- 4. live-blog clocks: an entry's stamp, never the article's time ---------------------------

LIVE = (
    "Storm live: power cut to thousands as winds reach 90mph\n\n{header}"
    "Our live coverage of the storm continues through the day, with updates from our reporters across the region.\n\n"
    "{entry}\n\nAll trains between London and Dover have been cancelled for the rest of the day, the operator said.\n"
)


@pytest.mark.parametrize(
    ("header", "entry", "published", "updated", "timestamps"),
    [
        # a label and a clock with no date: boilerplate "timestamp", in the header and in the body
        ("Updated 14:05 GMT\n\n", "14:05 GMT", None, None, ["Updated 14:05 GMT", "14:05 GMT"]),
        ("By Jane Roe\n\nPublished 12 May 2025, 09:00 GMT\n\n", "Updated 14:05 GMT",
         "2025-05-12T09:00:00+00:00", None, ["Updated 14:05 GMT"]),
        ("By Jane Roe\n\nPublished 12 May 2025, 09:00 GMT\n\n", "Posted at 2.05pm",
         "2025-05-12T09:00:00+00:00", None, ["Posted at 2.05pm"]),
        # with a date, the stamp is the article's
        ("Updated 12 May 2025, 14:05 GMT\n\n", "2.05pm", None, "2025-05-12T14:05:00+00:00", ["2.05pm"]),
    ],
)
def test_a_live_blogs_clock_is_an_entry_stamp(
    header: str, entry: str, published: str | None, updated: str | None, timestamps: list[str]
) -> None:
    article = parse_article(LIVE.format(header=header, entry=entry))
    assert (article.published.datetime.isoformat() if article.published else None) == published
    assert (article.updated.datetime.isoformat() if article.updated else None) == updated
    assert [b.text for b in article.boilerplate if b.kind == "timestamp"] == timestamps
    assert all("14:05" not in p.text and "2.05" not in p.text for p in article.paragraphs)
    assert holds_every_line(article)


LIVE_ABROAD = [
    # (language, the header's labelled clock, an entry's clock)
    ("fr", "Mis à jour à 16h30", "16h30"),
    ("de", "Aktualisiert um 14:05 Uhr", "14:05 Uhr"),
    ("es", "Actualizado a las 16:30", "16:30 h"),
]


@pytest.mark.parametrize(("code", "header", "entry"), LIVE_ABROAD)
def test_a_live_blogs_clock_in_the_pages_language(code: str, header: str, entry: str) -> None:
    text = f"En direct : la grève\n\n{header}\n\n{STORY[code]}\n\n{entry}\n\n{MORE[code]}\n"
    article = PARSERS[code].parse(text)
    assert (article.published, article.updated) == (None, None)
    assert [b.text for b in article.boilerplate if b.kind == "timestamp"] == [header, entry]
    assert [p.text for p in article.paragraphs] == [STORY[code], MORE[code]]
    assert holds_every_line(article)


def test_a_sentence_opening_with_a_label_and_a_clock_stays_a_paragraph() -> None:
    line = "Updated 14:05 figures from the operator show more than 200 trains were cancelled across the region."
    article = parse_article(LIVE.format(header="", entry=line))
    assert line in [p.text for p in article.paragraphs]


# -- 5. labelled stamps with a numeric date or a spaced clock ----------------------------------

STAMPS = [
    # (language, stamp line, published, updated)
    ("de", "Veröffentlicht am 12.05.2025 um 14:05 Uhr", "2025-05-12T14:05:00", None),
    ("en", "Veröffentlicht am 12.05.2025 um 14:05 Uhr", "2025-05-12T14:05:00", None),  # never 5 December
    ("en", "Aktualisiert am 12.05.2025 um 16:30 Uhr", None, "2025-05-12T16:30:00"),
    ("de", "Aktualisiert am 12.05.2025 um 16:30 Uhr", None, "2025-05-12T16:30:00"),
    ("de", "Stand: 12.05.2025, 16:30 Uhr", "2025-05-12T16:30:00", None),  # "as of", the page's only stamp
    ("en", "Stand: 12.05.2025, 16:30 Uhr", "2025-05-12T16:30:00", None),  # never 5 December
    ("fr", "Publié le 12 mai 2025 à 14h05", "2025-05-12T14:05:00", None),
    ("fr", "Publié le 12 mai 2025 à 14 h 05", "2025-05-12T14:05:00", None),
    ("en", "Publié le 12/05/2025 à 14h05", "2025-05-12T14:05:00", None),
    ("fr", "Mis à jour le 12 mai 2025 à 16h30", None, "2025-05-12T16:30:00"),
    ("es", "Publicado el 12 de mayo de 2025 a las 14:05", "2025-05-12T14:05:00", None),
    ("es", "Publicado el 12 de mayo de 2025, 14:05 h", "2025-05-12T14:05:00", None),
    ("en", "Publicado el 12/05/2025 a las 14:05", "2025-05-12T14:05:00", None),
    ("es", "Actualizado el 12 de mayo de 2025 a las 16:30", None, "2025-05-12T16:30:00"),
    # an English label keeps the English order; a year of two digits after a day-first label is read day first
    ("en", "Published 05/12/2025 14:05", "2025-05-12T14:05:00", None),
    ("en", "Veröffentlicht am 12.05.25 um 14:05 Uhr", "2025-05-12T14:05:00", None),
]


@pytest.mark.parametrize(("code", "stamp", "published", "updated"), STAMPS)
def test_a_labelled_stamp_gives_its_date_and_time(code: str, stamp: str, published: str | None, updated: str | None) -> None:
    text = f"Streik legt den Bahnverkehr lahm\n\n{stamp}\n\n{STORY[code]}\n\n{MORE[code]}\n"
    article = PARSERS[code].parse(text)
    assert (article.published.datetime.isoformat() if article.published else None) == published
    assert (article.updated.datetime.isoformat() if article.updated else None) == updated
    assert holds_every_line(article)


@pytest.mark.parametrize(
    ("code", "text", "clock"),
    [
        ("fr", "16h30", True),
        ("es", "14:05 Uhr", True),
        ("de", "14:05 Uhr", True),
        ("es", "16:30 h", True),
        ("en", "Updated 14:05 GMT", True),
        ("fr", "Mis à jour à 16h30", True),
        ("fr", "Mis à jour à 14 h 05", True),
        ("fr", "14 h 05 GMT", True),
        ("de", "Aktualisiert um 14:05 Uhr", True),
        ("de", "Stand: 14:05 Uhr", True),
        ("es", "Actualizado a las 16:30", True),
        # near-misses: a number of hours, a duration, a word after the clock, a date
        ("fr", "14 h", False),
        ("fr", "16h", False),
        ("fr", "20h", False),
        ("fr", "2 h 05", False),  # a marathon's time alone: a clock only with a label, clock word or zone
        ("fr", "14 h 05", False),
        ("fr", "24h chrono", False),
        ("fr", "16h30 : la grève continue", False),
        ("en", "Updated 12 May 2025, 14:05 GMT", False),
        ("en", "Updated", False),
        # English writes no hour letter
        ("en", "16h30", False),
        ("en", "9h", False),
        ("en", "24h", False),
    ],
)
def test_a_clock_alone_maybe_after_a_label(code: str, text: str, clock: bool) -> None:
    assert TimestampParser(language_pack(code).vocabulary()).is_clock_line(text) is clock


AS_OF = [
    # (header stamp lines, published, updated): "Stand" alone is the publication ...
    ("Stand: 04.03.2025 13:00 Uhr", dt.datetime(2025, 3, 4, 13, 0), None),
    ("Von Anna Schmidt\nStand: 04.03.2025 13:00 Uhr", dt.datetime(2025, 3, 4, 13, 0), None),
    # ... and the update under a publication stamp
    ("Veröffentlicht am 04.03.2025\nStand: 05.03.2025", dt.datetime(2025, 3, 4), dt.datetime(2025, 3, 5)),
    ("Veröffentlicht am 04.03.2025, 10:00 Uhr\nStand: 05.03.2025, 14:05 Uhr",
     dt.datetime(2025, 3, 4, 10, 0), dt.datetime(2025, 3, 5, 14, 5)),
    # a second publication label under the first is still no update
    ("Veröffentlicht am 04.03.2025\nVeröffentlicht am 05.03.2025", dt.datetime(2025, 3, 4), None),
]


@pytest.mark.parametrize(("stamps", "published", "updated"), AS_OF)
def test_stand_is_the_update_under_a_publication_stamp(
    stamps: str, published: dt.datetime, updated: dt.datetime | None
) -> None:
    text = f"Streik legt den Bahnverkehr lahm\n\n{stamps}\n\n{STORY['de']}\n\n{MORE['de']}\n"
    article = PARSERS["de"].parse(text)
    assert article.published is not None and article.published.datetime == published
    assert (article.updated.datetime if article.updated else None) == updated
    assert holds_every_line(article)


def test_the_language_s_buttons_and_labels_are_keys_of_their_kinds() -> None:
    class Dutch(Vocabulary):
        SHARE_BUTTONS = ("Delen", "Link kopiëren")
        RELATED_LABELS = ("Lees ook",)
        AD_LABELS = ("Advertentie",)

    parser = BoilerplateParser(Dutch())
    lines = ("Link kopiëren · Delen", "LEES OOK: De staking in cijfers", "Advertentie")
    assert [parser.kind(t) for t in lines] == ["share", "related", "advertisement"]

    class OwnPatterns(BoilerplateParser):
        def language_patterns(
            self, vocabulary: Vocabulary
        ) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
            return {"share": (r"deel\s++dit",)}, {}

    # patterns of a subclass's own making, with no keys for them: their kind is always tried
    assert OwnPatterns(Dutch()).kind("Deel dit") == "share"
