"""debt55 (stop 48): one list of prepositions in the vocabulary, word lists built once, and the
headline's lede rule in every language pack."""

from __future__ import annotations

import pickle

import pytest

import newsparse
from newsparse import CaptionParser, Vocabulary
from newsparse.body import BodyParser
from newsparse.lines import split_lines
from newsparse.quotes.languages import LANGUAGES


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a word ending like a past verb right after a preposition is the noun's adjective
        ("Residents wade through flooded streets in Dover.", False),
        ("Volunteers sort clothes amid damaged homes.", False),
        ("Children play beyond boarded shops near the harbour.", False),
        # after anything else it is a verb: the sentence states a fact
        ("The council closed the pier on Monday.", True),
        ("Prices climbed in March.", True),
    ],
)
def test_adjective_after_any_preposition_of_the_vocabulary(text: str, fact: bool) -> None:
    assert CaptionParser().states_fact(text) is fact


class NoBeyond(Vocabulary):
    PREPOSITIONS = tuple(word for word in Vocabulary.PREPOSITIONS if word != "beyond")


def test_a_vocabulary_overrides_the_prepositions_once() -> None:
    # (without "beyond" among the prepositions, "boarded" after it is a verb again)
    assert CaptionParser(NoBeyond()).states_fact("Children play beyond boarded shops near the harbour.") is True
    assert CaptionParser(NoBeyond()).is_minor_word("upon") is True
    assert CaptionParser(NoBeyond()).is_minor_word("beyond") is False  # (too long anyway)


@pytest.mark.parametrize(
    ("word", "minor"),
    [("upon", True), ("onto", True), ("via", True), ("of", True), ("and", True), ("than", True), ("cafe", False), ("dog", False)],
)
def test_minor_words_of_a_title(word: str, minor: bool) -> None:
    assert CaptionParser().is_minor_word(word) is minor


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_quote_preposition_lists_are_words_of_the_vocabulary_list(code: str) -> None:
    pack = LANGUAGES[code]
    vocabulary = pack.vocabulary()
    for name in ("PREPOSITIONS", "OBJECT_PREPOSITIONS"):
        # (the class's lists as written: a parser adds decomposed spellings, "a\u0300", of its own)
        stray = [word for word in getattr(pack.quotes, name) if not vocabulary.is_preposition(word)]
        assert stray == [], f"{code}: {name} {stray}"


def test_english_phrase_link_prepositions_are_in_the_list() -> None:
    v = Vocabulary()
    relatives = {"where", "who", "whom", "whose", "which", "that", "when"}
    links = [w for w in Vocabulary.PHRASE_LINKS if w not in relatives and not v.is_article(w)]
    assert [w for w in links if not v.is_preposition(w)] == []


@pytest.mark.parametrize(
    ("lines", "plain"),
    [
        ("Fuel duty frozen", True),
        ("Employer national insurance up to 15%", True),
        ("Fuel duty frozen,", False),
        ("Fuel duty frozen.", False),
        ("Fuel duty frozen:", False),
    ],
)
def test_plain_item_ends_in_no_terminal_nor_comma(lines: str, plain: bool) -> None:
    assert BodyParser().is_plain_item(split_lines(lines)[0]) is plain


class Semicolonless(BodyParser):
    TERMINAL = "."


def test_subclass_terminal_is_read_once_and_pickles() -> None:
    line = split_lines("Fuel duty frozen;")[0]
    assert BodyParser().is_plain_item(line) is False
    assert Semicolonless().is_plain_item(line) is True
    copy = pickle.loads(pickle.dumps(BodyParser()))
    assert copy.is_plain_item(split_lines("Fuel duty frozen")[0]) is True


def pack_parser(code: str) -> newsparse.ArticleParser:
    return newsparse.ArticleParser(language=code)


@pytest.mark.parametrize(
    ("code", "text", "reported"),
    [
        # a lede's speech in each pack's past: a story's first sentence, no headline
        ("en", "The coach said the team would train on Sunday.", True),
        ("fr", "L'entraîneur a déclaré que l'équipe s'entraînerait dimanche.", True),
        ("fr", "La ministre a précisé que la réforme entrerait en vigueur en mai.", True),
        ("fr", "« Nous rouvrirons en mai », ont assuré les gérants du musée.", True),
        ("de", "Der Trainer sagte, das Team spielt am Sonntag.", True),
        ("de", "Die Mannschaft werde am Sonntag trainieren, erklärte der Trainer.", True),
        ("es", "El entrenador dijo que el equipo jugará el domingo.", True),
        ("es", "El equipo jugará el domingo, aseguró el entrenador.", True),
        # precision: a headline's present, a passive, a question or a feature's title, no full stop
        ("en", "Ministers told to cut spending.", False),
        ("fr", "Le maire dit vouloir rouvrir le pont en mai.", False),
        ("fr", "L'équipe a été déclarée forfait pour dimanche.", False),
        ("fr", "Pourquoi le maire a dit non au projet de pont.", False),
        ("fr", "L'entraîneur a déclaré que l'équipe s'entraînerait dimanche", False),
        ("de", "Trainer sagt, das Team spielt am Sonntag.", False),
        ("de", "Was mein Vater mir über Geld sagte.", False),
        ("es", "El entrenador dice que el equipo jugará el domingo.", False),
        ("es", "Qué me dijo mi padre sobre el dinero.", False),
        # another pack's words are no lede's in this one
        ("de", "The coach said the team would train on Sunday.", False),
        ("en", "El entrenador dijo que el equipo jugará el domingo.", False),
    ],
)
def test_lede_speech_in_every_pack(code: str, text: str, reported: bool) -> None:
    assert pack_parser(code).headline.is_reported_sentence(text) is reported


@pytest.mark.parametrize(
    ("code", "text", "section", "headline"),
    [
        # a story's first sentence of reported speech under a kicker: the kicker a section over no headline
        ("fr", "Sport\n\nL'entraîneur a déclaré que l'équipe s'entraînerait dimanche.\n\nLe match aura lieu lundi.\n", ("Sport",), None),
        ("de", "Sport\n\nDer Trainer sagte, das Team spielt.\n\nDas Spiel ist am Montag.\n", ("Sport",), None),
        ("es", "Deportes\n\nEl entrenador dijo que el equipo jugará.\n\nEl partido es el lunes.\n", ("Deportes",), None),
        # precision: a headline over a byline stays one
        (
            "fr",
            "Le maire dit vouloir rouvrir le pont en mai.\nPar Claire Roux\n\nLe pont est fermé depuis janvier.\n",
            (),
            "Le maire dit vouloir rouvrir le pont en mai.",
        ),
        (
            "es",
            "Opinión\nQué me dijo mi padre sobre el dinero.\nPor Ana Ruiz\n\nYo tenía diez años cuando me habló.\n",
            ("Opinión",),
            "Qué me dijo mi padre sobre el dinero.",
        ),
        (
            "de",
            "Meinung\nWas mein Vater mir über Geld sagte.\nVon Anna Roth\n\nIch war zehn, als er mit mir sprach.\n",
            ("Meinung",),
            "Was mein Vater mir über Geld sagte.",
        ),
    ],
)
def test_kicker_over_a_lede_in_every_pack(code: str, text: str, section: tuple[str, ...], headline: str | None) -> None:
    article = pack_parser(code).parse(text)
    assert (article.section, article.headline.text if article.headline is not None else None) == (section, headline)


PLACE_HEAD = "Pier to close\nBy Jane Roe\n\n"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a lone capitalised word set off before an inverted cue is a place (place_shaped, lone_place_word)
        ('"The dock is shut," Gdansk, said a docker.\n', "a docker"),
        ('"The dock is shut," Rostock, said officials.\n', "officials"),
        # a place and its region after a quotation: the region never speaks (place_shaped, region_of_place)
        ('"The heat is brutal," Tucson, Ariz. said.\n', None),
        ('"The roads are closed," Grand Forks, N.D. said.\n', None),
        # precision: a person's name stays the speaker; no quotation before, the state speaks
        ('"The dock is shut," Anna Berg, said a docker.\n', "Anna Berg"),
        ("Elsewhere, Texas said the pier would close.\n", "Texas"),
    ],
)
def test_one_place_shape_for_heads_and_regions(body: str, speaker: str | None) -> None:
    quote = pack_parser("en").parse(PLACE_HEAD + body).quotes[0]
    assert (quote.speaker.name if quote.speaker else None) == speaker


@pytest.mark.parametrize(
    ("words", "shaped"),
    [
        (["Bonn"], True),
        (["Grand", "Forks"], True),
        (["Friday"], False),
        (["March"], False),
        (["The", "Mandan"], False),
        (["Port", "of", "Spain"], False),
        (["One", "Two", "Three", "Four"], False),
        ([], False),
    ],
)
def test_place_shaped(words: list[str], shaped: bool) -> None:
    assert newsparse.QuoteParser().place_shaped(words) is shaped
