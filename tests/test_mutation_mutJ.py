"""Cases written for the mutation pass over stop 17's quote rules left by ``mutC`` (issue 8; see
"Mutation testing" in ``docs/testing.md``): ``quotes/parser.py``, ``quotes/segmentation.py`` and
``quotes/direct.py``, the mutants on lines changed since ``be06aea``.  Each row is text written for
one rule and what must come out of it, the reading a surviving mutant gave beside it in a comment."""

from __future__ import annotations

import pytest

from articles import paragraphs_of
from newsparse import ArticleParser
from newsparse.quotes.parser import QuoteParser

Row = tuple[str, str | None, int | None]


def quotes(pieces: list[str], parser: QuoteParser | None = None) -> list[Row]:
    """(text, speaker's name, paragraph) of each quote of *pieces*, one paragraph each."""
    text, paragraphs = paragraphs_of(pieces)
    found = (parser or QuoteParser()).parse(text, paragraphs)
    return [(q.text, q.speaker.name if q.speaker else None, q.paragraph) for q in found]


#: ``QuoteParser.parse_paragraph``: a transcript's turn is a quote of its paragraph, and its
#: speaker the last one for the paragraph after it.
TURNS: list[tuple[list[str], list[Row]]] = [
    # the turn's quote keeps its paragraph's number (not None)
    (
        ["Maria Lopez reached the summit in May.", "Q: And then?", "LOPEZ: We kept going anyway, and we made it."],
        [("We kept going anyway, and we made it.", "Maria Lopez", 2)],
    ),
    # the next paragraph's unattributed quotation carries the turn's speaker on (the paragraph the
    # speaker was last heard in is the turn's: not None, which failed)
    (
        [
            "Maria Lopez reached the summit in May.",
            "Q: And then?",
            "LOPEZ: We kept going anyway, and we made it.",
            '"The wind dropped at noon."',
        ],
        [("We kept going anyway, and we made it.", "Maria Lopez", 2), ("The wind dropped at noon.", "Maria Lopez", 3)],
    ),
    # a turn of MIN_WORDS words is a quote; one of two words is not (a mutant counted each word twice)
    (
        ["Maria Lopez reached the summit in May.", "Q: And then?", "LOPEZ: We kept going."],
        [("We kept going.", "Maria Lopez", 2)],
    ),
    (["Maria Lopez reached the summit in May.", "Q: And then?", "LOPEZ: We won."], []),
    # only the turn's words tell speech from a list, not the label's (a first name that is a word of
    # TURN_SPEECH_WORDS, "Will": a mutant read the label too and made the box score a quote)
    (["Will Ortiz scored twice for the visitors.", "Q: Your numbers?", "WILL ORTIZ: 12 points, 5 rebounds, 3 assists."], []),
    (
        ["Will Ortiz scored twice for the visitors.", "Q: Your numbers?", "WILL ORTIZ: You saw it, 12 points."],
        [("You saw it, 12 points.", "Will Ortiz", 2)],
    ),
    # other_turn_beside: the lines beside must be another speaker's turns; the same label on both
    # sides, or an unknown label of MIN_LABEL_LETTERS letters, is no other speaker (mutants gave
    # quotes for both)
    (
        [
            "Maria Lopez reached the summit in May.",
            "LOPEZ: We kept going anyway, and we made it.",
            "LOPEZ: The wind dropped at noon, we were lucky.",
        ],
        [],
    ),
    (["Maria Lopez reached the summit in May.", "BOB: And then?", "LOPEZ: We kept going anyway, and we made it."], []),
    # an indented turn: the label is read after the blanks (transcript_turn; a mutant read it at 0)
    (
        ["Maria Lopez reached the summit in May.", "Q: And then?", "   LOPEZ: We kept going anyway, and we made it."],
        [("We kept going anyway, and we made it.", "Maria Lopez", 2)],
    ),
]


@pytest.mark.parametrize(("pieces", "expected"), TURNS)
def test_a_transcript_turn_is_a_quote_of_its_paragraph(pieces: list[str], expected: list[Row]) -> None:
    assert quotes(pieces) == expected


#: ``QuoteParser.pattern_blanks``: each of ``PATTERN_BLANKS`` is read as a space, also in a paragraph
#: that holds all four (a mutant read them only when one was missing: the speaker became
#: ``a farmer near Naples. Bianchi``).
BLANKS: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        '"We have never seen a summer like this," said Marco Bianchi, a farmer near Naples.\x1fBianchi said'
        " the harvest\x1cwas the smallest\x1din a decade\x1eand prices rose.",
        [
            ("We have never seen a summer like this,", "Marco Bianchi"),
            ("the harvest was the smallest in a decade and prices rose", "Marco Bianchi"),
        ],
    ),
    (
        '"We have never seen a summer like this," said Marco Bianchi, a farmer near Naples.\x1fBianchi said'
        " the harvest was the smallest in a decade.",
        [
            ("We have never seen a summer like this,", "Marco Bianchi"),
            ("the harvest was the smallest in a decade", "Marco Bianchi"),
        ],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), BLANKS)
def test_every_pattern_blank_is_read_as_a_space(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(text, speaker) for text, speaker, _ in quotes([paragraph])] == expected


#: ``DirectQuotes.unless_someone_else``: a sentence between the last speaker's quotation and an
#: unattributed one stops the speaker only when it has no quotation marks, no cue and another person
#: as its subject.  A sentence that quotes someone's words goes on with the speaker (a mutant that
#: looked for the marks nowhere gave no one).
SOMEONE_ELSE: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        '"We lost," Ana Ortiz said. Tom Berg called it "a farce." "We will appeal the ruling."',
        [("We lost,", "Ana Ortiz"), ("a farce.", "Tom Berg"), ("We will appeal the ruling.", "Ana Ortiz")],
    ),
    (
        '"We lost," Ana Ortiz said. Tom Berg called the vote "a farce" on Monday. "We will appeal the ruling."',
        [("We lost,", "Ana Ortiz"), ("a farce", "Tom Berg"), ("We will appeal the ruling.", "Ana Ortiz")],
    ),
    # the same sentence with no marks: either may speak, so no one
    (
        '"We lost," Ana Ortiz said. Tom Berg left the room. "We will appeal the ruling."',
        [("We lost,", "Ana Ortiz"), ("We will appeal the ruling.", None)],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), SOMEONE_ELSE)
def test_a_sentence_that_quotes_someone_does_not_stop_the_speaker(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(text, speaker) for text, speaker, _ in quotes([paragraph])] == expected


def test_a_turn_in_quotation_marks_is_read_by_the_quotation_rules() -> None:
    # (transcript_turn leaves a label followed by a quotation mark to the rules for quotations: its
    # text is the words inside the marks; a mutant made the turn a quote with the marks in it)
    pieces = ["Maria Lopez reached the summit in May.", "Q: And then?", 'LOPEZ: "We kept going anyway, and we made it."']
    assert [(text, paragraph) for text, _, paragraph in quotes(pieces)] == [("We kept going anyway, and we made it.", 2)]


#: ``DirectQuotes.inserted_attribution`` (French): an attribution inside the marks splits the
#: quotation, both parts with its cue and speaker; with no speaker's phrase after the verb the
#: quotation stays whole (a mutant failed on it with a ``TypeError``; another gave no cue).
INSERTED: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    (
        "« Nous sommes prêts, a déclaré Anne Dupont. Le pont fermera en mai. »",
        [("Nous sommes prêts", "a déclaré", "Anne Dupont"), ("Le pont fermera en mai.", "a déclaré", "Anne Dupont")],
    ),
    (
        "« Nous sommes prêts, a déclaré la ministre. Le pont fermera en mai. »",
        [("Nous sommes prêts", "a déclaré", "la ministre"), ("Le pont fermera en mai.", "a déclaré", "la ministre")],
    ),
    # a speaker's phrase read leniently: a lower-case role with an indefinite article (a strict
    # reading, as three mutants did, found none and left the quotation whole)
    (
        "« Nous sommes prêts, a déclaré un responsable. Le pont fermera en mai. »",
        [("Nous sommes prêts", "a déclaré", "un responsable"), ("Le pont fermera en mai.", "a déclaré", "un responsable")],
    ),
    (
        "« Nous sommes prêts, a déclaré hier. Le pont fermera en mai. »",
        [("Nous sommes prêts, a déclaré hier. Le pont fermera en mai.", None, None)],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), INSERTED)
def test_an_attribution_inside_the_marks_splits_the_quotation(
    paragraph: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    article = ArticleParser(language="fr").parse("Titre\n\n" + paragraph + "\n")
    assert [(q.text, q.cue, q.speaker.name if q.speaker else None) for q in article.quotes] == expected
    assert [q.paragraph for q in article.quotes] == [0] * len(expected)


#: ``DirectQuotes.claim_noun`` and ``possessive_source``: a quotation owned by a claim noun after a
#: possessive is the owner's; the owner's words are read from the quotation's sentence only.
CLAIMS: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        'The site checked Ana Ortiz\'s claim that there were "thousands of errors" in the count.',
        [("thousands of errors", "Ana Ortiz")],
    ),
    (
        'The panel rejected the judge\'s warning that the law was "a disaster for the poor."',
        [("a disaster for the poor.", "the judge")],
    ),
    ('The panel rejected the city\'s claim that the law was "a disaster for the poor."', [("a disaster for the poor.", None)]),
    # the owner opens the sentence: not read on into the sentence before ("Tom Berg. Ortiz"), nor
    # lost (mutants read the window from the paragraph's start, cut the name's words, skipped the
    # window's first word, or failed on a window of one word)
    (
        '"We lost," said Tom Berg. Ortiz\'s claim that there were "thousands of errors" was false.',
        [("We lost,", "Tom Berg"), ("thousands of errors", "Ortiz")],
    ),
    # a role as the owner at the sentence's start (a mutant wanted three words), and a plural owner
    # of one word, no one (a mutant failed on it with an IndexError)
    (
        'The judge\'s warning that the law was "a disaster for the poor" went unheeded.',
        [("a disaster for the poor", "The judge")],
    ),
    ('Officials\' claim that the law was "a disaster for the poor" was false.', [("a disaster for the poor", None)]),
    # a claim noun after no possessive owns nothing: the verb's subject speaks (a mutant took the
    # noun as the owner's claim and found no owner)
    (
        'Ortiz repeated the claim that there were "thousands of errors" in the count.',
        [("thousands of errors", "Ortiz")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), CLAIMS)
def test_a_claim_noun_gives_its_owner(paragraph: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(text, speaker) for text, speaker, _ in quotes([paragraph])] == expected


#: ``DirectQuotes.particle_attribution`` (German ``so``): the speaker's phrase closes its sentence,
#: not the paragraph (a mutant read the tail to the paragraph's end and lost the speaker when
#: another sentence followed).
PARTICLES: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    ("„Die Stadt braucht mehr Geld“, so Miersch. Der Rat tagt am Montag.", [("Die Stadt braucht mehr Geld", "so", "Miersch")]),
    ("„Die Stadt braucht mehr Geld“, so viel ist klar.", [("Die Stadt braucht mehr Geld", None, None)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), PARTICLES)
def test_a_particle_speaker_closes_its_sentence(paragraph: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    article = ArticleParser(language="de").parse("Titel\n\n" + paragraph + "\n")
    assert [(q.text, q.cue, q.speaker.name if q.speaker else None) for q in article.quotes] == expected


def test_a_split_quotation_leaves_the_paragraph_s_next_quotations_to_be_read() -> None:
    # (direct_quotes: after a quotation split by an attribution inside its marks, the next one is
    # read as any other; mutants stopped at the split one, or failed on the one after it)
    parser = ArticleParser(language="fr")
    first = "« Nous sommes prêts, a déclaré Anne Dupont. Le pont fermera en mai. »"
    article = parser.parse("Titre\n\n" + first + " « Les travaux dureront un an et demi. »\n")
    assert [q.text for q in article.quotes] == [
        "Nous sommes prêts",
        "Le pont fermera en mai.",
        "Les travaux dureront un an et demi.",
    ]
    article = parser.parse("Titre\n\n" + first + " Elle a ajouté : « Les travaux dureront un an. »\n")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes][2:] == [
        ("Les travaux dureront un an.", "Anne Dupont")
    ]


def test_an_unattributed_quotation_follows_the_nearest_speaker_in_a_later_paragraph() -> None:
    # (direct_quotes: the last attributed quote before it is found by absolute positions; a mutant
    # compared them with the paragraph's own and gave the paragraph's first speaker, Jane Roe)
    pieces = [
        "The vote was held on Monday in the town hall.",
        '"We lost the vote," said Jane Roe. "We won it fairly," said Tom Berg. "We will appeal the ruling."',
    ]
    assert quotes(pieces) == [
        ("We lost the vote,", "Jane Roe", 1),
        ("We won it fairly,", "Tom Berg", 1),
        ("We will appeal the ruling.", "Tom Berg", 1),
    ]
