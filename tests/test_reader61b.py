"""A second reader's findings on the later merges of round 61, each a wrong value the merged round
gave: a story's question before "us" read as a feedback prompt, an unlisted given name after a place's
comma read as its region, a given name after a Spanish fronted place, ``han`` as no plural verb, a verb of
judging after German ``Das`` as a report, a drama's funding as the page's, a folded zone offset."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import ArticleParser, TimestampParser

STORY_OPEN = "Council row\n\nThe council met on Monday to debate the merger.\n\n"
STORY_CLOSE = "\n\nThe vote is due in May.\n"


@pytest.mark.parametrize(
    ("line", "kinds", "speakers"),
    [
        # a question and the story's answer with "us" in it: the story's, its quote read
        ("Was the merger a mistake? Few of us think so, said council member Ana Ruiz.", [], ["Ana Ruiz"]),
        ("Was the war a mistake? Let us be honest about it.", [], []),
        # a call to write to the page after the question still makes it a prompt
        ("Spotted an error in this story? Let us know.", ["other"], []),
        ("Spotted an error? Write to us.", ["other"], []),
        ("Any errors in this story? Tell us.", ["other"], []),
    ],
)
def test_feedback_prompt_wants_a_call(line: str, kinds: list[str], speakers: list[str]) -> None:
    article = newsparse.parse_article(STORY_OPEN + line + STORY_CLOSE)
    assert [part.kind for part in article.boilerplate] == kinds
    assert [quote.speaker.name if quote.speaker else None for quote in article.quotes] == speakers
    assert (line in [p.text for p in article.paragraphs]) is not bool(kinds)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # an unlisted given name after the place's comma is a person, not the place's region
        ("A spokesman for the council in Leeds, Oluwaseun Adeyemi, said the roads would reopen by Friday.", "Oluwaseun Adeyemi"),
        ("A nurse at the clinic in Kisumu, Wanjiru Otieno, said the ward would reopen by Friday.", "Wanjiru Otieno"),
        # a region of two words that opens with a compass word, or one word, stays the place's
        ("A farmer in Otley, West Yorkshire, who lost 40 sheep, said the water came up in minutes.", "A farmer in Otley"),
        ("A farmer in Brecon, Powys, who lost 40 sheep, said the water came up in minutes.", "A farmer in Brecon"),
    ],
)
def test_region_after_placed_phrase_or_a_name(sentence: str, speaker: str) -> None:
    (quote,) = newsparse.parse_article("Floods\n\n" + sentence + "\n").quotes
    assert quote.speaker is not None and quote.speaker.name == speaker


SPANISH = ArticleParser(language="es")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed given name after a fronted place opens the subject
        (
            "La ministra Carmen Ruiz habló con el director.\n\nAyer en Sevilla Ana Ruiz dijo que la obra se retrasará hasta junio.",
            [("la obra se retrasará hasta junio", "Ana Ruiz")],
        ),
        # "han dicho" is plural: never the one person named before
        (
            "La alcaldesa Marta Gil visitó el barrio el lunes.\n\nHoy han dicho que la obra se retrasará hasta junio.",
            [("la obra se retrasará hasta junio", None)],
        ),
        # (a singular "ha dicho" keeps her)
        (
            "La alcaldesa Marta Gil visitó el barrio el lunes. Ha dicho que la obra se retrasará.",
            [("la obra se retrasará", "Marta Gil")],
        ),
    ],
)
def test_spanish_dropped_subjects(text: str, expected: list[tuple[str, str | None]]) -> None:
    article = SPANISH.parse("Obras\n\n" + text + "\n")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == expected


GERMAN = ArticleParser(language="de")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of judging after "Das": the thing judged, no report of the words
        ("Die Preise steigen im Sommer um zwei Euro für alle Besucher. Das kritisierte die Opposition scharf.", []),
        ("Die Preise steigen im Sommer um zwei Euro für alle Besucher. Das lobte der Verband.", []),
        # a verb of saying, or a separable one with its particle, reports the sentence before
        (
            "Das Bad bleibt bis Mai geschlossen. Das sagte Stadträtin Ines Pfeifer am Montag.",
            [("Das Bad bleibt bis Mai geschlossen", "Ines Pfeifer")],
        ),
        (
            "Das Bad bleibt bis Mai geschlossen. Das teilte Stadträtin Ines Pfeifer am Montag mit.",
            [("Das Bad bleibt bis Mai geschlossen", "Ines Pfeifer")],
        ),
    ],
)
def test_german_demonstrative_reports_want_a_verb_of_saying(text: str, expected: list[tuple[str, str]]) -> None:
    article = GERMAN.parse("Bad\n\n" + text + "\n")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == expected


DRAMA = "Drama hit\n\nThe drama drew five million viewers on Sunday, the broadcaster said.\n\nA second season is planned.\n\n"


@pytest.mark.parametrize(
    ("last", "kinds"),
    [
        ("The series was funded by Netflix and the BBC.", []),  # a drama's funding: the story's sentence
        ("The project was co-funded by the state.", []),
        ("This story was funded by a grant from the Civic Fund.", ["disclaimer"]),
        ("Our coverage is co-funded by the Local News Trust.", ["disclaimer"]),
        ("Local Democracy Reporting is local body journalism co-funded by RNZ and NZ On Air.", ["disclaimer"]),
    ],
)
def test_funding_note_is_the_pages(last: str, kinds: list[str]) -> None:
    article = newsparse.parse_article(DRAMA + last + "\n")
    assert [part.kind for part in article.boilerplate] == kinds
    assert (last in [p.text for p in article.paragraphs]) is not bool(kinds)


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        # case folding that changes the length: left as written (no offset of the folded text would hold)
        ("Straße 14:05 Eastern Time, March 4, 2025", "Straße 14:05 Eastern Time, March 4, 2025"),
        ("Published 14:05 Central European Time, 4 March 2025", "Published 14:05 CET, 4 March 2025"),
        ("14:05 Eastern Time", "14:05 ET"),
    ],
)
def test_spelled_zone_on_text_folding_to_another_length(piece: str, expected: str) -> None:
    assert TimestampParser().spelled_zone_abbreviated(piece) == expected


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a body after "desde" speaks (SOURCE_OPENERS): no fronted setting before a dropped subject
        ("Desde la CGT advirtieron que el paro seguirá.", "CGT"),
        ("Tras la reunión dijo que habrá nuevo gimnasio.", "Carmen Ruiz"),
    ],
)
def test_spanish_source_opener_is_no_fronted_setting(sentence: str, speaker: str) -> None:
    article = SPANISH.parse("Obras\n\nLa ministra Carmen Ruiz habló con el director.\n\n" + sentence + "\n")
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [speaker]


def test_reader_thanks_of_a_subclass_in_another_language() -> None:
    """The thanks' openings come from READER_THANKS (no English word in the method, no fixed length)."""

    class GermanThanks(newsparse.BoilerplateParser):
        READER_THANKS = ("danke fürs lesen", "vielen dank, dass sie diesen beitrag bis zum ende gelesen haben")
        HOLDING_STOP_WORDS = ("sagte", "sagt", "laut")

    parser = GermanThanks()
    assert parser.is_reader_thanks("Danke fürs Lesen!")
    assert parser.is_reader_thanks("Vielen Dank, dass Sie diesen Beitrag bis zum Ende gelesen haben.")
    assert not parser.is_reader_thanks("Thanks for reading!")
    assert not parser.is_reader_thanks("Danke fürs Lesen, sagte die Bürgermeisterin.")
    assert newsparse.BoilerplateParser().is_reader_thanks("Thank you for listening.")
