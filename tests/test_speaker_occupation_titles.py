"""A capitalised occupation noun before a full name is the speaker's description, not part of the
name, when the word after it is a known given name (``Principal Gary Okafor said`` gives Gary
Okafor, ``Pediatrician Amy Carver``, German ``Baudezernentin Karin Vogt``, ``Spediteur Thomas
Keller``, French ``Pédiatre Amy Carver``), at the opening of a sentence or after its verb; the
later pronoun and surname rows resolve to the name without it.  A real given name or surname in
that place stays (``Hunter Biden``, ``Baker Mayfield``, ``Carter Page``, a given name before a
second one: ``Christopher Robin Milne``), and so does the occupation when one word alone would be
left (``Principal Okafor``)."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

PARSERS = {code: ArticleParser(language=code) for code in ("en", "en-GB", "de", "fr", "es")}

TABLE = [
    # (language, text, [(quote text, speaker name)])
    # English: a listed noun that is a surname too, and nouns known by their ending alone
    (
        "en",
        "Principal Gary Okafor said parents had been calling since dawn. "
        '"I can\'t tell them anything yet," he said. Okafor added that buses would run on Monday.',
        [
            ("parents had been calling since dawn", "Gary Okafor"),
            ("I can't tell them anything yet,", "Gary Okafor"),
            ("buses would run on Monday", "Gary Okafor"),
        ],
    ),
    (
        "en",
        "Pediatrician Amy Carver said her clinic had seen a rush of parents. "
        '"That\'s the silver lining," she said.',
        [("her clinic had seen a rush of parents", "Amy Carver"), ("That's the silver lining,", "Amy Carver")],
    ),
    (
        "en",
        '"Most of the calls were about fevers," said Dietitian Laura Menon, who works at the clinic.',
        [("Most of the calls were about fevers,", "Laura Menon")],
    ),
    (
        "en",
        "The water was safe to drink, Consultant Peter Lindqvist said on Tuesday.",
        [("The water was safe to drink", "Peter Lindqvist")],
    ),
    (
        "en-GB",
        "Paediatrician Helen Marsh said the ward had been full since Friday. "
        '"We have never seen numbers like it," she said.',
        [
            ("the ward had been full since Friday", "Helen Marsh"),
            ("We have never seen numbers like it,", "Helen Marsh"),
        ],
    ),
    (
        "en-GB",
        "Headteacher Simon Wright said the school would reopen on Monday. Wright added that exams would go ahead.",
        [("the school would reopen on Monday", "Simon Wright"), ("exams would go ahead", "Simon Wright")],
    ),
    # German: every noun capitalised, the feminine "-in" and "-eur"
    (
        "de",
        "„Die Prüfer haben Risse gefunden“, sagte Baudezernentin Karin Vogt am Dienstag.",
        [("Die Prüfer haben Risse gefunden", "Karin Vogt")],
    ),
    (
        "de",
        "Spediteur Thomas Keller sagte, seine Fahrer müssten einen Umweg fahren.",
        [("seine Fahrer müssten einen Umweg fahren", "Thomas Keller")],
    ),
    # French: an occupation opening the sentence without its article
    (
        "fr",
        "Pédiatre Amy Carver a déclaré que la clinique était pleine.",
        [("la clinique était pleine", "Amy Carver")],
    ),
    (
        "fr",
        "Journaliste Marc Roy a affirmé que le dossier était clos.",
        [("le dossier était clos", "Marc Roy")],
    ),
    (
        "de",
        "Ärztin Anna Schmidt sagte, die Station sei seit Freitag voll.",
        [("die Station sei seit Freitag voll", "Anna Schmidt")],
    ),
    # Spanish: capitalised without its article
    (
        "es",
        "Pediatra Juan Pérez dijo que la clínica estaba llena.",
        [("la clínica estaba llena", "Juan Pérez")],
    ),
    # controls: a given name or a surname in that place stays in the name
    ("en", "Hunter Biden said the laptop was not his.", [("the laptop was not his", "Hunter Biden")]),
    ("en", "Baker Mayfield said the offence had found its rhythm.", [("the offence had found its rhythm", "Baker Mayfield")]),
    ("en", "Carter Page said he had done nothing wrong.", [("he had done nothing wrong", "Carter Page")]),
    ("en", "Porter Goss said the agency would cooperate.", [("the agency would cooperate", "Porter Goss")]),
    ("en-GB", "Mason Mount said the squad was ready.", [("the squad was ready", "Mason Mount")]),
    ("en", "Christopher Robin Milne said he disliked the books.", [("he disliked the books", "Christopher Robin Milne")]),
    ("en", "Principal Okafor said the buses would run.", [("the buses would run", "Principal Okafor")]),
    # (a word the article writes as someone's given name elsewhere stays)
    (
        "en",
        "Lander Ortiz said the vote was close. Lander Amy Carver said the count went on all night.",
        [("the vote was close", "Lander Ortiz"), ("the count went on all night", "Lander Amy Carver")],
    ),
    ("de", "Holger Thomas Berg sagte, der Zug sei pünktlich gewesen.", [("der Zug sei pünktlich gewesen", "Holger Thomas Berg")]),
    ("de", "Thomas Müller sagte, die Mannschaft sei bereit.", [("die Mannschaft sei bereit", "Thomas Müller")]),
    ("de", "Quentin Karl Berg sagte, die Station sei voll.", [("die Station sei voll", "Quentin Karl Berg")]),
    ("de", "Fischer Thomas sagte, der Zug sei pünktlich gewesen.", [("der Zug sei pünktlich gewesen", "Fischer Thomas")]),
    ("en", "Sylvester Thomas Reed said the station was full.", [("the station was full", "Sylvester Thomas Reed")]),
    ("en", "Tanner Jacob Houck said the arm felt fine.", [("the arm felt fine", "Tanner Jacob Houck")]),
    ("fr", "Baptiste Marc Dubois a déclaré que le vote était serré.", [("le vote était serré", "Baptiste Marc Dubois")]),
    ("fr", "Patrice Marc Dubois a déclaré que le vote était serré.", [("le vote était serré", "Patrice Marc Dubois")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), TABLE)
def test_capitalised_occupation_before_a_given_name_leaves_the_name(
    language: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    quotes = PARSERS[language].parse(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == expected


@pytest.mark.parametrize(
    ("language", "text", "mention"),
    [
        ("en", "Principal Gary Okafor said parents had been calling since dawn.", "Principal Gary Okafor"),
        ("de", "Spediteur Thomas Keller sagte, seine Fahrer müssten einen Umweg fahren.", "Spediteur Thomas Keller"),
    ],
)
def test_the_mention_keeps_the_occupation_as_written(language: str, text: str, mention: str) -> None:
    speaker = PARSERS[language].parse(text).quotes[0].speaker
    assert speaker is not None
    assert speaker.mention == mention
