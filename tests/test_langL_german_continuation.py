"""German indirect speech goes on in the next sentence in the Konjunktiv I (``Der Höchststand
werde in der Nacht erwartet.`` after ``..., teilte das Landesamt mit.``): that sentence is the same
speaker's words; an indicative sentence, or ``ich`` before a form the indicative shares, is no
one's (trial 31)."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

PARSER = ArticleParser(language="de")

# (text, every quote as (text, speaker's name, cue))
TABLE = [
    (
        "Der Pegel lag am Abend bei 8,20 Metern, teilte das Landesamt für Umwelt mit. "
        "Der Höchststand werde in der Nacht erwartet.",
        [
            ("Der Pegel lag am Abend bei 8,20 Metern", "Landesamt für Umwelt", "teilte"),
            ("Der Höchststand werde in der Nacht erwartet", "Landesamt für Umwelt", None),
        ],
    ),
    (
        "„So hoch stand das Wasser zuletzt 1993“, sagte Bürgermeister Walter Brandt. "
        "Die Stadt habe Sandsäcke an alle Anwohner verteilt.",
        [
            ("So hoch stand das Wasser zuletzt 1993", "Walter Brandt", "sagte"),
            ("Die Stadt habe Sandsäcke an alle Anwohner verteilt", "Walter Brandt", None),
        ],
    ),
    # a chain of subjunctive sentences, then an indicative one that ends it
    (
        "Anna Schmidt sagte, die Reform komme zu spät. Die Kassen seien leer. "
        "Die Länder müsse man stärker beteiligen. Am Abend tagte der Ausschuss. Er habe nichts beschlossen.",
        [
            ("die Reform komme zu spät", "Anna Schmidt", "sagte"),
            ("Die Kassen seien leer", "Anna Schmidt", None),
            ("Die Länder müsse man stärker beteiligen", "Anna Schmidt", None),
        ],
    ),
    # the indicative, after the speaker's words: the narrator's sentence again
    (
        "„So hoch stand das Wasser zuletzt 1993“, sagte Bürgermeister Walter Brandt. "
        "Die Stadt habe Sandsäcke verteilt. Die Stadt hat am Abend die Brücke gesperrt.",
        [
            ("So hoch stand das Wasser zuletzt 1993", "Walter Brandt", "sagte"),
            ("Die Stadt habe Sandsäcke verteilt", "Walter Brandt", None),
        ],
    ),
    # "ich habe" is the indicative too
    (
        "„So hoch stand das Wasser zuletzt 1993“, sagte Bürgermeister Walter Brandt. "
        "Die Stadt habe Sandsäcke verteilt. Ich habe ihn am Abend im Rathaus getroffen.",
        [
            ("So hoch stand das Wasser zuletzt 1993", "Walter Brandt", "sagte"),
            ("Die Stadt habe Sandsäcke verteilt", "Walter Brandt", None),
        ],
    ),
    # no words before it: no one to go on with, until someone speaks
    (
        "Die Feuerwehr rückte am Abend mit vier Wagen aus. Der Einsatz habe bis Mitternacht gedauert. "
        "Ein Sprecher sagte, das Wasser steige weiter. Die Lage sei ernst.",
        [
            ("das Wasser steige weiter", "Ein Sprecher", "sagte"),
            ("Die Lage sei ernst", "Ein Sprecher", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_subjunctive_sentence_goes_on_with_the_speaker(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    quotes = PARSER.parse(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in quotes] == expected


def test_the_continued_words_span_the_sentence() -> None:
    text = "Der Pegel lag bei 8,20 Metern, teilte das Landesamt mit. Der Höchststand werde in der Nacht erwartet."
    quote = PARSER.parse(text).quotes[1]
    assert text[quote.span.start : quote.span.end] == "Der Höchststand werde in der Nacht erwartet"
    assert quote.kind.value == "indirect"



# "..., wie sie am Mittwoch sagte.": a pronoun is the source of a closing clause of "wie" (and of
# an opening one)
PRONOUN_SOURCES = [
    (
        "Anna Schmidt leitet das Bauamt. Die Stadt habe Sandsäcke verteilt, wie sie am Mittwoch sagte.",
        [("Die Stadt habe Sandsäcke verteilt", "Anna Schmidt", "sie", "sagte")],
    ),
    (
        "Jan Weber leitet die Feuerwehr. Wie er am Montag mitteilte, wurde bei dem Brand niemand verletzt.",
        [("wurde bei dem Brand niemand verletzt", "Jan Weber", "er", "mitteilte")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_SOURCES)
def test_a_pronoun_is_the_source_of_a_clause_of_wie(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    quotes = PARSER.parse(text).quotes
    assert [(q.text, q.speaker.name, q.speaker.mention, q.cue) for q in quotes if q.speaker] == expected
