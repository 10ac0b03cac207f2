"""The words of a page's foot in the vocabulary (debt65): a note's label, an appeal's heading and the
words of its call, a letter's closings and the closings that end a quoted e-mail too are the
vocabulary's lists (``FOOT_NOTE_LABELS``, ``SUPPORT_LABELS``, ``SUPPORT_CALL_WORDS``,
``LETTER_CLOSINGS``, ``PAGE_LETTER_CLOSINGS``), English in ``Vocabulary`` and each pack its
language's; ``ArticleParser``'s lists of those names are ``None`` and a subclass that sets one
replaces the vocabulary's.

Invented stories in the layouts of French, German, Spanish and English local news sites copied as
text (a blank line between blocks); each row gives exactly what must come out, the rows that must
not fire beside the ones that must.  The last section pins the organisation's short name down: it
stays as written (``The Authority said``), the opt-in that read it as the longer name before was
removed (debt65)."""

from __future__ import annotations

from typing import ClassVar

import pytest

from articles import parse_held, parts_of
from newsparse import ArticleParser, Vocabulary, language_pack
from parts import blocks

Foot = list[str]
Filed = list[tuple[str, str]]

# -- the stories, one per language: headline, byline, two paragraphs --------------------------------

STORIES: dict[str | None, list[str]] = {
    "fr": [
        "Le marché couvert rouvrira en mars",
        "Par Claire Morel",
        "Le marché couvert de Saint-Brieuc rouvrira ses portes le 3 mars après dix-huit mois de travaux, "
        "a annoncé la mairie mardi.",
        "Les commerçants retrouveront leurs étals rénovés, et un parking de 120 places ouvrira au même moment.",
    ],
    "de": [
        "Hallenbad öffnet nach Sanierung wieder",
        "Von Jonas Vogt",
        "Das Hallenbad in Lüneburg öffnet nach zwei Jahren Sanierung am 3. März wieder, wie die Stadtwerke "
        "am Dienstag mitteilten.",
        "Die Eintrittspreise steigen um einen Euro, Schulklassen schwimmen weiterhin kostenlos.",
    ],
    "es": [
        "El mercado central reabre en marzo",
        "Por Lucía Ferrer",
        "El mercado central de Albacete reabrirá sus puertas el 3 de marzo tras dieciocho meses de obras, "
        "informó el ayuntamiento el martes.",
        "Los comerciantes volverán a sus puestos renovados y un aparcamiento de 120 plazas abrirá al mismo tiempo.",
    ],
    None: [
        "Covered market to reopen in March",
        "By Ana Ruiz",
        "The covered market in Bridgwater will reopen on March 3 after eighteen months of building work, "
        "the town council said on Tuesday.",
        "Traders will return to refurbished stalls, and a 120-space car park will open at the same time.",
    ],
}


def filed_and_kept(language: str | None, foot: Foot, parser: ArticleParser | None = None) -> tuple[Filed, list[str]]:
    """The boilerplate (kind, text) of the language's story with *foot* under it, and the paragraphs
    under the story's own two."""
    text = blocks(*STORIES[language], *foot)
    article = parse_held(text, language) if parser is None else parser.parse(text)
    _, filed, paragraphs = parts_of(article)
    assert paragraphs[:2] == STORIES[language][2:]
    return filed, paragraphs[2:]


# -- (1) a note's label and an appeal's heading in each pack's words -------------------------------

# Each row: the pack, the kind every line of the foot is filed as (``None``: the foot is no
# boilerplate, every line kept as the story's paragraph) and the foot's lines.
FOOT_BOXES: list[tuple[str | None, str | None, Foot]] = [
    # French: a note's label alone, before a colon (with a typographic apostrophe), an appeal's heading
    ("fr", "editors-note", ["Note de la rédaction :", "Cet article a été mis à jour mercredi avec les horaires d'ouverture."]),
    ("fr", "editors-note", ["Note de l’auteure : j'habite à deux rues du marché et j'y fais mes courses."]),
    ("fr", "subscribe", ["Soutenez le journalisme local", "Notre rédaction vit de ses lecteurs. Faites un don dès aujourd'hui."]),
    ("fr", "subscribe", ["Soutenez le journalisme indépendant", "Abonnez-vous à partir de 1 € le premier mois."]),
    # (must not fire: a crosshead over the story's last sentence, which calls for nothing)
    ("fr", None, ["Soutenez le journalisme local", "Le maire a appelé les habitants à voter pour le projet en mai."]),
    # German
    ("de", "editors-note", ["Anmerkung der Redaktion:", "In einer früheren Fassung stand ein falscher Eröffnungstermin."]),
    ("de", "subscribe", ["Unterstützen Sie Lokaljournalismus", "Mit einer Spende sichern Sie unabhängige Berichte aus dem Rathaus."]),
    ("de", "subscribe", ["Unterstützen Sie unsere Arbeit", "Werden Sie Mitglied und lesen Sie alle Artikel ohne Werbung."]),
    # Spanish, the heading between exclamation marks too
    ("es", "editors-note", ["Nota del editor:", "Una versión anterior de este artículo daba una fecha de apertura errónea."]),
    ("es", "subscribe", ["Apoye el periodismo local", "Done hoy y ayude a mantener reporteros en el pleno municipal."]),
    ("es", "subscribe", ["¡Apoya el periodismo independiente!", "Hazte socio desde 3 euros al mes."]),
    ("es", None, ["Apoye el periodismo local", "El alcalde pidió a los vecinos que votaran el proyecto en mayo."]),
    # English, as before
    (None, "editors-note", ["Editor's note:", "An earlier version of this story gave the wrong opening date."]),
    (None, "subscribe", ["Support local journalism", "Donate today to keep reporters covering the town hall."]),
    # (each pack reads its language's words only: an English heading on a French page is the page's text)
    ("fr", None, ["Support local journalism", "Donate today to keep reporters covering the town hall."]),
]


@pytest.mark.parametrize(("language", "kind", "foot"), FOOT_BOXES)
def test_foot_boxes_in_each_packs_words(language: str | None, kind: str | None, foot: Foot) -> None:
    expected = ([(kind, line) for line in foot], []) if kind is not None else ([], foot)
    assert filed_and_kept(language, foot) == expected


# -- (2) a letter's closings in each pack's words, and the e-mail's closing of a quoted note ---------

LETTERS: dict[str | None, list[str]] = {
    "fr": [
        "Courrier des lecteurs",
        "Le prix du stationnement",
        "Le nouveau tarif du parking de la gare décourage ceux qui prennent le train pour aller travailler.",
        "Salutations distinguées,\nMarc Lefèvre\nLannion",
        "La bibliothèque le samedi",
        "Fermer la bibliothèque le samedi prive les familles du seul jour où elles peuvent s'y rendre.",
    ],
    "de": [
        "Leserbriefe",
        "Parkgebühren am Bahnhof",
        "Die neuen Gebühren am Bahnhof treffen vor allem Pendler, die täglich mit dem Zug zur Arbeit fahren.",
        "Mit freundlichen Grüßen\nKarin Lenz\nBardowick",
        "Die Bücherei am Samstag",
        "Wenn die Bücherei samstags schließt, verlieren Familien den einzigen Tag, an dem sie hingehen können.",
    ],
    "es": [
        "Cartas al director",
        "El precio del aparcamiento",
        "La nueva tarifa del aparcamiento de la estación castiga a quienes van en tren a trabajar cada día.",
        "Atentamente,\nPablo Serrano\nHellín",
        "La biblioteca los sábados",
        "Cerrar la biblioteca los sábados deja a las familias sin el único día en que pueden ir con sus hijos.",
    ],
}

LETTER_CLOSES: list[tuple[str, str, list[str]]] = [
    ("fr", "Cordialement,", ["Cordialement,", "Sophie Garnier", "Perros-Guirec"]),
    ("fr", "Salutations distinguées,", ["Salutations distinguées,", "Sophie Garnier", "Perros-Guirec"]),
    ("de", "Viele Grüße", ["Viele Grüße", "Sabine Krüger", "Adendorf"]),
    ("de", "Hochachtungsvoll", ["Hochachtungsvoll", "Sabine Krüger", "Adendorf"]),
    ("es", "Un saludo,", ["Un saludo,", "Marta Gil", "Almansa"]),
    ("es", "Saludos cordiales,", ["Saludos cordiales,", "Marta Gil", "Almansa"]),
]


@pytest.mark.parametrize(("language", "closing", "signed"), LETTER_CLOSES)
def test_letters_page_closings_in_each_packs_words(language: str, closing: str, signed: list[str]) -> None:
    page = LETTERS[language]
    text = blocks(*page, "\n".join([closing, *signed[1:]]))
    article = parse_held(text, language)
    _, filed, paragraphs = parts_of(article)
    first_close = page[3].split("\n")
    assert filed == [("sign-off", line) for line in (*first_close, *signed)]
    # (the page's head: the German page's label reads as its section, the first letter's title as its headline)
    headline = article.headline.text if article.headline else None
    assert paragraphs == [text for text in (page[1], page[2], page[4], page[5]) if text != headline]


QUOTED_NOTES: list[tuple[str, str, str, Filed, list[str]]] = [
    # (an e-mail's closing alone at a story's foot: the quoted note's end, the story's)
    ("fr", "Une mère d'élève a écrit à la directrice en mars, dans un courriel qui se terminait ainsi :",
     "Cordialement,\nUne mère inquiète", [], ["Cordialement, Une mère inquiète"]),
    ("de", "Eine Mutter schrieb der Schulleiterin im März eine E-Mail, die so endete:",
     "Viele Grüße\nEine besorgte Mutter", [], ["Viele Grüße Eine besorgte Mutter"]),
    ("es", "Una madre escribió a la directora en marzo un correo que terminaba así:",
     "Un saludo,\nUna madre preocupada", [], ["Un saludo, Una madre preocupada"]),
    # (must keep firing: a letter's own closing words alone)
    ("fr", "Une mère d'élève a écrit à la directrice en mars, dans une lettre qui se terminait ainsi :",
     "Salutations distinguées,\nUne mère inquiète",
     [("sign-off", "Salutations distinguées,"), ("sign-off", "Une mère inquiète")], []),
    ("de", "Eine Mutter schrieb der Schulleiterin im März einen Brief, der so endete:",
     "Mit freundlichen Grüßen\nEine besorgte Mutter",
     [("sign-off", "Mit freundlichen Grüßen"), ("sign-off", "Eine besorgte Mutter")], []),
    ("es", "Una madre escribió a la directora en marzo una carta que terminaba así:",
     "Atentamente,\nUna madre preocupada",
     [("sign-off", "Atentamente,"), ("sign-off", "Una madre preocupada")], []),
]


@pytest.mark.parametrize(("language", "note", "closing", "filed", "kept"), QUOTED_NOTES)
def test_email_closing_alone_is_the_storys(language: str, note: str, closing: str, filed: Filed, kept: list[str]) -> None:
    assert filed_and_kept(language, [note, closing]) == (filed, [note, *kept])


# -- (3) the extension points: the parser's own lists replace the vocabulary's ------------------------


def test_parser_lists_default_to_the_vocabularys() -> None:
    for name in ("FOOT_NOTE_LABELS", "SUPPORT_LABELS", "SUPPORT_CALL_WORDS", "LETTER_CLOSINGS", "PAGE_LETTER_CLOSINGS"):
        assert getattr(ArticleParser, name) is None
    assert "editor's note" in Vocabulary.FOOT_NOTE_LABELS
    assert "note de la rédaction" in language_pack("fr").vocabulary.FOOT_NOTE_LABELS
    assert "yours faithfully" in language_pack("en-GB").vocabulary.LETTER_CLOSINGS


class PublisherNotes(ArticleParser):
    """A site whose note under the story is headed ``A word from the publisher``."""

    FOOT_NOTE_LABELS: ClassVar[tuple[str, ...] | None] = ("a word from the publisher",)


class PledgeCalls(ArticleParser):
    """A public radio site whose appeals ask for a pledge."""

    SUPPORT_CALL_WORDS: ClassVar[frozenset[str] | None] = frozenset({"pledge"})


class TrustingClosings(ArticleParser):
    """A letters-only feed: every closing alone closes a letter."""

    PAGE_LETTER_CLOSINGS: ClassVar[tuple[str, ...] | None] = ()


class PublisherVocabulary(Vocabulary):
    """The English words and the publisher's label."""

    FOOT_NOTE_LABELS: ClassVar[tuple[str, ...]] = (*Vocabulary.FOOT_NOTE_LABELS, "a word from the publisher")


class BretonFrench(language_pack("fr").vocabulary):  # type: ignore[misc]
    """The French pack with a Breton site's closing."""

    LETTER_CLOSINGS: ClassVar[tuple[str, ...]] = (*language_pack("fr").vocabulary.LETTER_CLOSINGS, "kenavo")


PUBLISHER_NOTE = ["A word from the publisher", "We are raising our print price to £1.50 from April."]
READERS_NOTE = ["A note to our readers", "The market's opening hours are on the council's website."]
PLEDGE = ["Support local journalism", "Make a pledge of $5 a month to keep the newsroom open."]
DONATE = ["Support local journalism", "Donate today to keep reporters covering the town hall."]
REGARDS = ["A parent wrote to the head teacher in March, in a note which closed:", "Regards,\nA worried mother"]

OVERRIDES: list[tuple[ArticleParser, Foot, Filed, list[str]]] = [
    (PublisherNotes(), PUBLISHER_NOTE, [("editors-note", line) for line in PUBLISHER_NOTE], []),
    (PublisherNotes(), READERS_NOTE, [], READERS_NOTE),  # (the subclass's list replaces the vocabulary's)
    (ArticleParser(vocabulary=PublisherVocabulary()), PUBLISHER_NOTE, [("editors-note", line) for line in PUBLISHER_NOTE], []),
    (ArticleParser(vocabulary=PublisherVocabulary()), READERS_NOTE, [("editors-note", line) for line in READERS_NOTE], []),
    (ArticleParser(), PUBLISHER_NOTE, [], PUBLISHER_NOTE),
    (PledgeCalls(), PLEDGE, [("subscribe", line) for line in PLEDGE], []),
    (PledgeCalls(), DONATE, [], DONATE),
    (ArticleParser(), PLEDGE, [], PLEDGE),
    (TrustingClosings(), REGARDS, [("sign-off", "Regards,"), ("sign-off", "A worried mother")], [REGARDS[0]]),
    (ArticleParser(), REGARDS, [], [REGARDS[0], "Regards, A worried mother"]),
]


@pytest.mark.parametrize(("parser", "foot", "filed", "kept"), OVERRIDES)
def test_subclass_lists_replace_the_vocabularys(parser: ArticleParser, foot: Foot, filed: Filed, kept: list[str]) -> None:
    assert filed_and_kept(None, foot, parser) == (filed, kept)


@pytest.mark.parametrize(
    ("vocabulary", "filed", "kept"),
    [
        (BretonFrench(), [("sign-off", "Kenavo,"), ("sign-off", "Yann Le Goff")], []),
        (language_pack("fr").vocabulary(), [], ["Kenavo, Yann Le Goff"]),
    ],
)
def test_pack_vocabulary_subclass_extends_closings(vocabulary: Vocabulary, filed: Filed, kept: list[str]) -> None:
    parser = ArticleParser(language="fr", vocabulary=vocabulary, quotes=language_pack("fr").quotes(vocabulary))
    note = "Un lecteur de Morlaix nous a écrit après la réunion publique de mardi sur le marché."
    assert filed_and_kept("fr", [note, "Kenavo,\nYann Le Goff"], parser) == (filed, [note, *kept])


# -- (4) an organisation's short name stays as written ---------------------------------------------

SHORT_NAMES: list[tuple[str, str]] = [
    ("The Lagos Ports Authority met on Monday.\n\nThe Authority said fees would rise in May.", "Authority"),
    ("The Port Authority of Lagos met on Monday.\n\nThe Authority said fees would rise in May.", "Authority"),
    ("The European Commission met on Monday.\n\nThe Commission said the fine was fair.", "Commission"),
    ("Jo Kent spoke to the Financial Times last week.\n\nThe Times said the price was too low.", "Times"),
    ("The Labour Party and the Green Party met on Monday.\n\nThe Party said fees would rise in May.", "Party"),
]


@pytest.mark.parametrize(("text", "speaker"), SHORT_NAMES)
def test_short_organisation_name_stays_as_written(text: str, speaker: str) -> None:
    found = parse_held(text).quotes
    assert [quote.speaker.name if quote.speaker else None for quote in found][-1] == speaker
