"""Mutation pass mutU (stop 35, issue 8): what mutT's pass of stop 33 left of the composer of
``article.py`` (``ArticleParser.build``'s furniture, ``outlet_before_author``, ``header_dateline_or``,
``in_order``) and of ``boilerplate.py`` (the line readers ``kind``, ``first_kind``,
``is_quoted_sentence``, ``parse_line``, ``_fold``, ``_run_member``; ``language_patterns``; the
constructor).  Each case asserts exactly what the parse gives on a text written for it, beside its
near-miss (see docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import BoilerplateParser

PARSER = newsparse.ArticleParser()

STORY = (
    "Harbour council rejects budget\n\nBy Tom Poe\n\n"
    "The harbour council on Monday rejected the budget for a third time, officials said."
    " Mayor Jane Roe spoke after the vote.\n\n"
)


# -- ArticleParser.build: only sign-offs and credits are furniture the quote parser passes over -------


@pytest.mark.parametrize(
    ("tail", "boilerplate", "speaker"),
    [
        # a dash line filed as "other" is no furniture: it still names the lone quotation's speaker
        ('"We will keep the ferries running whatever it costs."\n\n— Jane Roe\n', [("other", "— Jane Roe")], "Jane Roe"),
        ('"We will keep the ferries running whatever it costs."\n\n-- Jane Roe\n', [("other", "-- Jane Roe")], "Jane Roe"),
        # near-miss: a contributor's sign-off under the quotation names no speaker
        (
            '"We will keep the ferries running whatever it costs."\n\n— Jane Roe contributed reporting.\n',
            [("sign-off", "— Jane Roe contributed reporting.")],
            None,
        ),
    ],
)
def test_a_dash_line_that_is_no_furniture_names_the_speaker(
    tail: str, boilerplate: list[tuple[str, str]], speaker: str | None
) -> None:
    article = PARSER.parse(STORY + tail)
    assert [(b.kind, b.text) for b in article.boilerplate] == boilerplate
    assert [(q.text, q.speaker and q.speaker.name) for q in article.quotes] == [
        ("The harbour council on Monday rejected the budget for a third time", "officials"),
        ("We will keep the ferries running whatever it costs.", speaker),
    ]


# -- ArticleParser.outlet_before_author: the words after the credit must be a name and start one ------


@pytest.mark.parametrize(
    ("byline", "authors", "agency"),
    [
        ("By Harbourwatch Yannig Le Goff", ("Yannig Le Goff",), "Harbourwatch"),
        # the word after the credited outlet is a country, no name's first word: left as it is
        ("By Harbourwatch France Yannig Le Goff", ("Harbourwatch France Yannig Le Goff",), None),
    ],
)
def test_the_words_after_a_credited_outlet_start_a_name(byline: str, authors: tuple[str, ...], agency: str | None) -> None:
    text = (
        f"Harbour council rejects budget\n\n{byline}\n\nThe harbour office on Tuesday. Photo: Harbourwatch\n\n"
        "The harbour council on Monday rejected the budget for a third time, officials said.\n"
    )
    article = PARSER.parse(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (authors, agency)
    assert [c.credit for c in article.captions] == ["Harbourwatch"]


# -- BoilerplateParser.kind and is_quoted_sentence: a related link is the story's own paragraph only --
# -- when it ends a sentence after a quotation ---------------------------------------------------------

# (line, kind)
QUOTED_LINES: list[tuple[str, str | None]] = [
    ('Read more: "We will land on Mars by 2030," says the head of SpaceX', "related"),
    ('Read more: "We will land on Mars by 2030," says the head of SpaceX.', None),
]


@pytest.mark.parametrize(("line", "kind"), QUOTED_LINES)
def test_a_related_line_with_a_quotation(line: str, kind: str | None) -> None:
    assert BoilerplateParser().kind(line) == kind


# -- ArticleParser.header_dateline_or: the header's place is filed when the paragraph has its own -----

PLACE_FILED: list[tuple[str, str, str, list[tuple[str, str, tuple[int, int]]]]] = [
    # (header line, first paragraph's opening, the dateline's text, the boilerplate as (kind, text, span))
    ("FAIRFAX, Updated: March 5, 2024 10:14 EST", "FAIRFAX, Va. (AP) — ", "FAIRFAX, Va. (AP) —", [("other", "FAIRFAX", (29, 36))]),
    ("PORTLAND, Updated: March 5, 2024 10:14 EST", "PORTLAND, Maine (AP) — ", "PORTLAND, Maine (AP) —", [("other", "PORTLAND", (29, 37))]),
    # filed after the body's boilerplate was found, it still comes first (in_order sorts them)
    (
        "FAIRFAX, Updated: March 5, 2024 10:14 EST",
        "FAIRFAX, Va. (AP) — ",
        "FAIRFAX, Va. (AP) —",
        [("other", "FAIRFAX", (29, 36)), ("share", "Share this article", (182, 200)), ("advertisement", "Advertisement", (223, 236))],
    ),
    # near-miss: a paragraph with no dateline of its own takes the header's, and nothing is filed
    ("PORTLAND, Updated: March 5, 2024 10:14 EST", "", "PORTLAND,", []),
]


@pytest.mark.parametrize(("line", "opening", "dateline", "boilerplate"), PLACE_FILED)
def test_the_headers_place_filed_under_the_paragraphs_own_dateline(
    line: str, opening: str, dateline: str, boilerplate: list[tuple[str, str, tuple[int, int]]]
) -> None:
    text = (
        f"County board approves budget\n{line}\n\n{opening}The county board approved the new budget on Tuesday"
        " after a long debate, officials said.\n\nWork starts in May.\n"
    )
    if len(boilerplate) > 1:  # (the page's buttons and an advertisement between the paragraphs)
        text = text.replace("\n\nWork", "\n\nShare this article\n\nWork") + "\nAdvertisement\n\nThe board meets again in June.\n"
    article = PARSER.parse(text)
    assert article.dateline is not None and article.dateline.text == dateline
    assert article.updated is not None and article.updated.text == "March 5, 2024 10:14 EST"
    assert [(b.kind, b.text, (b.span.start, b.span.end)) for b in article.boilerplate] == boilerplate
    assert all(text[b.span.start : b.span.end] == b.text for b in article.boilerplate)


# -- BoilerplateParser.language_patterns: a language's page words on a line of their own -------------

SPANISH_TITLE = "El puerto de Vigo cierra por la tormenta y los pescadores piden ayudas al Gobierno para reparar los barcos "


def spanish_tail(chars: int, end: str = "") -> str:
    """A blank and a story's title after a separator, *chars* characters long in all (with *end*)."""
    return (" " + SPANISH_TITLE * 4)[: chars - len(end)] + end


# (language, line, kind): each built parser reads the line as a short line or as prose
LANGUAGE_LINES: list[tuple[str, str, str | None]] = [
    # a row of share buttons: the language's button first, then buttons or networks, counts beside them
    ("fr", "Partager", "share"),
    ("fr", "Partager sur Facebook", "share"),
    ("fr", "Copier  le lien", "share"),
    ("de", "12 Kommentare", "share"),
    ("es", "Comentarios (12)", "share"),
    ("de", "Teilen: Facebook WhatsApp", "share"),
    ("de", "Teilen | Facebook | X | E-Mail", "share"),
    ("es", "Compartir en WhatsApp · Telegram / Copiar enlace", "share"),
    # twelve networks after the button are a row, thirteen are not
    ("de", "Teilen Facebook Twitter WhatsApp LinkedIn Telegram Reddit Pinterest Messenger Flipboard Bluesky Threads E-Mail", "share"),
    ("de", "Teilen Facebook Twitter WhatsApp LinkedIn Telegram Reddit Pinterest Messenger Flipboard Bluesky Threads E-Mail Mail", None),
    ("de", "Teilen Sie Ihre Meinung mit uns", None),
    ("es", "Compartir es vivir", None),
    # a related label alone, or before a separator and a title of up to 200 characters
    ("fr", "Lire aussi", "related"),
    ("fr", "Lire aussi : La mairie ferme le port", "related"),
    ("fr", "À lire aussi » Le port ferme", "related"),
    ("de", "Lesen Sie auch – Der Hafen bei Nacht", "related"),
    ("es", "Lee también | El puerto cierra", "related"),
    ("es", "Leer más:" + spanish_tail(200), "related"),
    ("es", "Leer más:" + spanish_tail(201), None),
    ("fr", "Lire aussi la lettre du maire", None),
    # ... and as a sentence: a separator and up to 300 characters
    ("fr", "Voir aussi: Le port ferme ses portes après la tempête, a annoncé la mairie mardi.", "related"),
    ("es", "Leer más:" + spanish_tail(300, "."), "related"),
    ("es", "Leer más:" + spanish_tail(301, "."), None),
    # an advertisement's label alone
    ("fr", "Publicité", "advertisement"),
    ("es", "Contenido patrocinado", "advertisement"),
    ("de", "Werbung für das neue Stadion", None),
    # a reading time: the label, a number of up to three digits and a unit
    ("fr", "Temps de lecture 3 min.", "other"),
    ("de", "Lesezeit: 4 Minuten", "other"),
    ("es", "Tiempo de lectura: 5 minutos", "other"),
    ("fr", "Lecture : 12 min", "other"),
    ("de", "Lesezeit: 1234 Minuten", None),
    ("fr", "Temps de lecture 3", None),
    # a paywall's label alone, maybe with a mark after it
    ("fr", "Article réservé aux abonnés", "subscribe"),
    ("de", "Nur für Abonnenten!", "subscribe"),
    ("es", "Solo para suscriptores", "subscribe"),
    # the agencies a story draws on, after the language's label (one that takes only agencies: "Avec")
    ("es", "Con información de EFE y Europa Press.", "sign-off"),
    ("es", "Con información de la agencia EFE.", "sign-off"),
    ("es", "Con información de Reuters, AP y EFE.", "sign-off"),
    ("es", "Con información de EFE / Europa Press; AP & AFP", "sign-off"),
    ("de", "Mit Material von dpa", "sign-off"),
    ("de", "Mit Material von der Deutschen Presse-Agentur und Reuters", "sign-off"),
    ("fr", "Avec AFP", "sign-off"),
    ("fr", "Avec l'AFP et Reuters.", "sign-off"),
    ("fr", "Avec Marie Dupont", None),
    ("fr", "Avec AFP et le maire", None),
    ("es", "Con información de efe", None),
    ("es", "Con información", None),
    # a label's words with two blanks between them, as a page's markup may leave them
    ("de", "Lesen Sie  auch: Der Hafen bei Nacht", "related"),
    ("fr", "Voir  aussi: Le port ferme ses portes après la tempête, a annoncé la mairie mardi.", "related"),
    ("es", "Contenido  patrocinado", "advertisement"),
    ("fr", "Temps de  lecture 3 min.", "other"),
    ("fr", "Article réservé aux  abonnés", "subscribe"),
    ("es", "Con  información de EFE y Europa Press.", "sign-off"),
    ("de", "Mit  Material von dpa", "sign-off"),
]


@pytest.mark.parametrize(("language", "line", "kind"), LANGUAGE_LINES)
def test_a_languages_page_words(language: str, line: str, kind: str | None) -> None:
    from newsparse.quotes.languages import FrenchVocabulary, GermanVocabulary, SpanishVocabulary

    vocabulary = {"fr": FrenchVocabulary, "de": GermanVocabulary, "es": SpanishVocabulary}[language]()
    assert BoilerplateParser(vocabulary).kind(line) == kind


# -- BoilerplateParser.kind: a line of invisible characters, and the keys of a line in Turkish capitals --

INVISIBLE_AND_DOTTED: list[tuple[str, str | None]] = [
    # zero-width spaces and direction marks alone on a line: no story text, "other"
    ("\u200b", "other"),
    ("\u200e\u200f", "other"),
    ("\u200b" * BoilerplateParser.MAX_CHARS, "other"),
    ("\u200b" * (BoilerplateParser.MAX_CHARS + 1), None),  # (past the longest line read at all)
    # a capital dotted I folds to "i" and a combining dot: the key is still found
    ("SUBSCRİBE", "subscribe"),
    ("ADVERTİSEMENT", "advertisement"),
    ("COPYRİGHT 2025 HARBOUR MEDIA", "copyright"),
    ("Copyright 2025 Harbour Media", "copyright"),
    # near-miss: the words inside a sentence of the story
    ("The harbour council said it would not subscribe to the plan.", None),
]


@pytest.mark.parametrize(("line", "kind"), INVISIBLE_AND_DOTTED)
def test_invisible_and_dotted_lines(line: str, kind: str | None) -> None:
    assert BoilerplateParser().kind(line) == kind


# -- BoilerplateParser.first_kind: a line that holds every key of its kind (one key, or both) ---------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # the one key of an editor's note on a short line
        ("Editor's note: This story has been updated", "editors-note"),
        ("EDITOR'S NOTE: Names have been changed", "editors-note"),
        # both keys of a related link in a sentence
        ("Read also: The harbour closes after the storm, the mayor said.", "related"),
        ("Also read: The harbour closes after the storm, the mayor said.", "related"),
        # near-miss: the words in a sentence of the story
        ("The editor said the note had been read by the whole harbour board.", None),
    ],
)
def test_a_line_with_every_key_of_its_kind(line: str, kind: str | None) -> None:
    assert BoilerplateParser().kind(line) == kind


class NoNetworks(BoilerplateParser):
    """A site whose share row names no network, only the language's buttons."""

    SHARE_NETWORKS = ()


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Teilen: Drucken | Merken", "share"),
        ("Teilen", "share"),
        # near-misses: a separator with no button after it, and a network the site does not list
        ("Teilen:", None),
        ("Teilen | Facebook", None),
    ],
)
def test_a_share_row_without_networks(line: str, kind: str | None) -> None:
    from newsparse.quotes.languages import GermanVocabulary

    assert NoNetworks(GermanVocabulary()).kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a label of several words that only agencies follow
        ("Mit Material der Agenturen dpa und AFP.", "sign-off"),
        ("Mit  Material der Agenturen dpa und AFP.", "sign-off"),
        ("Mit Material von dpa", "sign-off"),
        # near-miss: people's names after it
        ("Mit Material der Agenturen Anna Weber und Tom Berg.", None),
    ],
)
def test_an_agency_label_of_several_words(line: str, kind: str | None) -> None:
    from newsparse.quotes.languages import GermanVocabulary

    class AgencyNotes(GermanVocabulary):
        AGENCY_SOURCE_LABELS = ("Mit Material der Agenturen",)

    assert BoilerplateParser(AgencyNotes()).kind(line) == kind


# -- BoilerplateParser.__init__: a subclass's own language patterns are tried on every line ----------


class MoreOnThis(BoilerplateParser):
    """A site that adds a related label of its own to the language's (``Plus sur ce sujet : ...``),
    whose words are none of the kind's keys."""

    def language_patterns(self, vocabulary: newsparse.Vocabulary) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
        lines, prose = super().language_patterns(vocabulary)
        lines["related"] = (*lines.get("related", ()), r"plus\s++sur\s++ce\s++sujet\s*+:.{0,200}")
        return lines, prose


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Plus sur ce sujet : Le port ferme", "related"),
        ("Lire aussi : La mairie ferme le port", "related"),
        ("Avec AFP", "sign-off"),
        # near-miss: the words in another order
        ("Plus de bateaux sur ce sujet", None),
    ],
)
def test_a_subclasss_own_language_patterns(line: str, kind: str | None) -> None:
    from newsparse.quotes.languages import FrenchVocabulary

    assert MoreOnThis(FrenchVocabulary()).kind(line) == kind
