"""A second reader's findings on round 62's merge: a role after a second owner ends at a stop word;
a desk's signature joined by a comma to wire copy names no author; a name's particles open no rest
of a sentence past a blank line; a dotted date reads day first only on a sign; ``mec`` is no French
title; the reader's lists are extended on the vocabulary."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser, BoilerplateParser, BylineParser, Vocabulary
from newsparse.quotes.languages import FrenchVocabulary
from parts import parse

LEAD = "Deal agreed\n\nLONDON - The two sides agreed the terms on Monday after weeks of talks.\n\n"


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        # a stop word ends the role: the first owner speaks, as before fixQ62 (was no cue, no speaker)
        ('"We won," said Ortiz and Berg after the captain Tom Hale scored twice.\n', "Ortiz"),
        ('"It is signed," said Barclays and Lloyds when the chairman Tom Hale signed it.\n', "Barclays"),
        # (must not change: a role of lower-case words, a role noun among them, after the second owner)
        ('"We will appeal," said Acme and Globex chief Ana Ruiz.\n', "Ana Ruiz"),
        ('"We will appeal," said Procter and Gamble chief executive Ana Ruiz.\n', "Ana Ruiz"),
    ],
)
def test_joined_owners_role_ends_at_stop_word(line: str, speaker: str) -> None:
    quotes = parse(LEAD + line).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [speaker]


STORY = "Storm hits coast\n\n{}\n\nThe storm hit the coast on Monday, officials said.\n"


@pytest.mark.parametrize(
    ("line", "authors", "agency"),
    [
        # wire copy after the desk's comma: no person signs
        ("By Staff, Wire Reports", (), None),
        ("By Star Staff, Wire Services", (), None),
        ("By Tribune Staff, Tribune News Service", (), None),
        # (must not change: a person after the desk's comma or "and")
        ("By Reuters Staff, Tom Berg", ("Tom Berg",), "Reuters"),
        ("By WKRN Staff and Dana Pruitt", ("Dana Pruitt",), "WKRN"),
    ],
)
def test_staff_comma_wire_copy_names_no_author(line: str, authors: tuple[str, ...], agency: str | None) -> None:
    byline = parse(STORY.format(line)).byline
    assert byline is not None
    assert (byline.authors, byline.agency, byline.text) == (authors, agency, line)


class _NoStaffJoiners(BylineParser):
    STAFF_JOINERS = ()


def test_a_byline_parser_with_no_staff_joiners_still_reads_the_comma() -> None:
    # (the whole signature was tried with the first joiner: an empty tuple raised IndexError)
    line = "By Reuters Staff, Tom Berg"
    byline = ArticleParser(byline=_NoStaffJoiners()).parse(STORY.format(line)).byline
    assert byline is not None
    assert (byline.authors, byline.agency, byline.text) == (("Tom Berg",), "Reuters", line)


HEAD = "Council vote\n\nLEEDS - The council met on Tuesday evening to vote on the plan.\n\n"


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        # a name's particles open a paragraph of its own under one that ends with no stop
        (
            "The mayor thanked the volunteers who cleared the park\n\nbin Salman said the city would pay for benches.\n",
            ["The mayor thanked the volunteers who cleared the park", "bin Salman said the city would pay for benches."],
        ),
        (
            "The mayor thanked the volunteers who cleared the park\n\nvan der Berg said the city would pay for benches.\n",
            ["The mayor thanked the volunteers who cleared the park", "van der Berg said the city would pay for benches."],
        ),
        # (must not change: the rest of a sentence in lower case, a particle before a lower-case word)
        (
            "The council on Tuesday approved a plan to build cycle lanes across the\n\ncity centre within three years.\n",
            ["The council on Tuesday approved a plan to build cycle lanes across the city centre within three years."],
        ),
        (
            "The council on Tuesday approved a plan to build cycle lanes across the\n\nde facto centre of the city by 2028.\n",
            ["The council on Tuesday approved a plan to build cycle lanes across the de facto centre of the city by 2028."],
        ),
    ],
)
def test_name_particles_open_no_carried_sentence(text: str, paragraphs: list[str]) -> None:
    assert [p.text for p in parse(HEAD + text).paragraphs][1:] == paragraphs


@pytest.mark.parametrize(
    ("language", "text", "paragraphs"),
    [
        # a preposition or an article before a capital goes on a sentence a paste broke (merged round)
        (
            "es",
            "Lluvia en la capital\n\nEl ayuntamiento aprobó el martes un plan para construir doce kilómetros de carriles"
            " bici entre el centro\n\nde Madrid y los barrios del sur en los próximos tres años.\n\nOtra frase aquí.\n",
            [
                "El ayuntamiento aprobó el martes un plan para construir doce kilómetros de carriles bici entre el centro"
                " de Madrid y los barrios del sur en los próximos tres años.",
                "Otra frase aquí.",
            ],
        ),
        (
            "de",
            "Regen in der Stadt\n\nDer Stadtrat hat am Dienstag einen Plan für neue Radwege gebilligt, sagte\n\nder"
            " Bürgermeister am Abend vor der Presse.\n\nNoch ein Satz hier.\n",
            [
                "Der Stadtrat hat am Dienstag einen Plan für neue Radwege gebilligt, sagte der Bürgermeister am Abend vor"
                " der Presse.",
                "Noch ein Satz hier.",
            ],
        ),
    ],
)
def test_a_preposition_before_a_capital_goes_on_the_sentence(language: str, text: str, paragraphs: list[str]) -> None:
    article = ArticleParser(language=language).parse(text)
    assert [p.text for p in article.paragraphs] == paragraphs


@pytest.mark.parametrize(
    ("stamp", "story", "published"),
    [
        # no sign either way: month first, as before (trialL62 read 11 March)
        ("Published: 11.03.17", "The school board voted on Monday to close two schools.\n", "2017-11-03"),
        # a day-first sign (pounds, "colour"): day first
        ("Published: 11.03.17", "Fares rose by £4 a week, a colour-coded rise, the operator said.\n", "2017-03-11"),
        # a 24-hour clock past noon: day first
        ("Published: 11.03.17, 17:48", "The school board voted on Monday to close two schools.\n", "2017-03-11"),
    ],
)
def test_dotted_date_day_first_only_on_a_sign(stamp: str, story: str, published: str) -> None:
    article = parse(f"Schools to close\n\n{stamp}\n\n{story}")
    assert article.published is not None
    assert article.published.datetime.date().isoformat() == published


def test_mec_is_no_french_title() -> None:
    french, english = FrenchVocabulary(), Vocabulary()
    assert (french.is_title("mec"), french.is_role_noun("mec")) == (False, False)
    assert (english.is_title("MEC"), english.is_role_noun("mec")) == (True, True)


def test_reader_thanks_extended_on_the_vocabulary() -> None:
    class SignOffVocabulary(Vocabulary):
        READER_THANKS = (*Vocabulary.READER_THANKS, "thanks for tuning in")

    assert BoilerplateParser.READER_THANKS is None
    assert BoilerplateParser(SignOffVocabulary()).is_reader_thanks("Thanks for tuning in!")
    assert not BoilerplateParser().is_reader_thanks("Thanks for tuning in!")
