"""Mutation pass mutM (stop 30, issue 8): the rules of ``quotes/direct.py`` that stop 27's run left
not run (``remember_statement``, ``cue_right_before``, ``opinion_span``, ``transcript_turns`` and
``transcript_turn``), each case beside its near-miss, asserting every quote a surviving mutant changed
(see docs/testing.md)."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.spans import QuoteKind

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT

Row = tuple[str, QuoteKind, "str | None", "str | None", "str | None"]
PARSERS = {language: newsparse.ArticleParser(language=language) for language in ("en", "fr", "es")}


def rows_of(text: str, language: str = "en") -> list[Row]:
    """Each quote of *text* under a headline: its words, kind, speaker's name, mention and cue."""
    article = PARSERS[language].parse(f"Harbour news\n\n{text}")
    return [(q.text, q.kind, q.speaker and q.speaker.name, q.speaker and q.speaker.mention, q.cue) for q in article.quotes]


OPEN = "The bridge will open in May, and the ferry will stop running."

# (language, text, every quote)
CASES: list[tuple[str, str, list[Row]]] = [
    # remember_statement: a paragraph of one sentence, an attribution with nothing said (only where
    # the words came from and a full stop), introduces the next paragraph's quotation
    ("en", f'Ana Ruiz said in a statement.\n\n"{OPEN}"', [(OPEN, D, "Ana Ruiz", "Ana Ruiz", None)]),
    ("en", f'Ana Ruiz said in a statement on Monday.\n\n"{OPEN}"', [(OPEN, D, "Ana Ruiz", "Ana Ruiz", None)]),
    # ... not a paragraph of two sentences, nor words before the speaker's phrase
    ("en", f'The council met on Monday. Ana Ruiz said in a statement.\n\n"{OPEN}"', [(OPEN, D, None, None, None)]),
    ("en", f'On Monday, Ana Ruiz said in a statement.\n\n"{OPEN}"', [(OPEN, D, None, None, None)]),
    # ... nor a second clause after the attribution
    ("en", f'Ana Ruiz said in a statement and Tom Berg agreed.\n\n"{OPEN}"', [(OPEN, D, None, None, None)]),
    # cue_right_before: a cue right before the opening mark, with a comma or a colon between,
    # introduces the quotation; the name after it does not take it
    ("en", 'When a man in the crowd shouted, "Resign now," Tom Berg laughed and waved.',
     [("Resign now,", D, "a man in the crowd", "a man in the crowd", "shouted")]),
    ("en", 'When a man in the crowd shouted, "Resign now," Tom Berg said, "Not today."',
     [("Resign now,", D, "a man in the crowd", "a man in the crowd", "shouted"),
      ("Not today.", D, "Tom Berg", "Tom Berg", "said")]),
    ("en", 'As the crowd chanted: "Open the pier," the mayor, Tom Berg, smiled.',
     [("Open the pier,", D, "the crowd", "the crowd", "chanted")]),
    # ... and a comma before the opening mark with no cue before it hands nothing on
    ("en", 'After a long night of talks, "We have a deal," Tom Berg said.', [("We have a deal,", D, "Tom Berg", "Tom Berg", "said")]),
    # ... but a participle set off by commas introduces nothing
    ("en", 'The crowd, shouting, "Open the pier," marched to the town hall.', [("Open the pier,", D, None, None, None)]),
    ("en", 'Tom Berg, the mayor, said, "The pier will open in May."',
     [("The pier will open in May.", D, "Tom Berg", "Tom Berg", "said")]),
    ("en", 'The mayor said on Monday, "The pier will open in May," and left the room.',
     [("The pier will open in May,", D, "The mayor", "The mayor", "said")]),
    # attributions after the quotation, set off or inverted, and a pronoun in the next paragraph
    ("en", '"The pier will open in May," the mayor, Tom Berg, said on Monday.',
     [("The pier will open in May,", D, "Tom Berg", "Tom Berg", "said")]),
    ("en", '"The pier will open in May," said Tom Berg, the mayor. "It will cost less than we feared."',
     [("The pier will open in May,", D, "Tom Berg", "Tom Berg", "said"),
      ("It will cost less than we feared.", D, "Tom Berg", "Tom Berg", None)]),
    ("en", '"The pier will open in May," Tom Berg told the council on Monday, adding that the money was there.',
     [("The pier will open in May,", D, "Tom Berg", "Tom Berg", "told"),
      ("the money was there", R, "Tom Berg", "Tom Berg", "adding")]),
    ("en", '"We have waited long enough," Tom Berg said.\n\n"The work starts on Monday," he added.',
     [("We have waited long enough,", D, "Tom Berg", "Tom Berg", "said"),
      ("The work starts on Monday,", D, "Tom Berg", "he", "added")]),
    # opinion_span: French "Pour" and the holder of the view: a determiner and a noun for people or a
    # body, or a name of two capitalised words (a period only after an honorific)
    ("fr", "Le port rouvrira en mai.\n\nPour la ministre, « le port doit rester ouvert tout l'hiver ».",
     [("le port doit rester ouvert tout l'hiver", D, "la ministre", "la ministre", "Pour")]),
    ("fr", "Le port rouvrira en mai.\n\nPour Marie Durand, « le port doit rester ouvert tout l'hiver ».",
     [("le port doit rester ouvert tout l'hiver", D, "Marie Durand", "Marie Durand", "Pour")]),
    ("fr", "Le port rouvrira en mai.\n\nPour M. Dupont, « le port doit rester ouvert tout l'hiver ».",
     [("le port doit rester ouvert tout l'hiver", D, "Dupont", "M. Dupont", "Pour")]),
    ("fr", "Le port rouvrira en mai.\n\nPour le parquet de Lyon, « le port doit rester ouvert tout l'hiver ».",
     [("le port doit rester ouvert tout l'hiver", D, "le parquet de Lyon", "le parquet de Lyon", "Pour")]),
    ("fr", "Le port rouvrira en mai.\n\nPour la ministre Marie Durand, « le port doit rester ouvert tout l'hiver ».",
     [("le port doit rester ouvert tout l'hiver", D, "Marie Durand", "la ministre Marie Durand", "Pour")]),
    ("fr", "Le port rouvrira en mai.\n\nPour la mairie, « le port doit rester ouvert tout l'hiver ».",
     [("le port doit rester ouvert tout l'hiver", D, "la mairie", "la mairie", "Pour")]),
    ("fr", "Le port rouvrira en mai.\n\nPour la ministre de la Mer, « le port doit rester ouvert tout l'hiver ».",
     [("le port doit rester ouvert tout l'hiver", D, "la ministre de la Mer", "la ministre de la Mer", "Pour")]),
    ("fr", "Le port rouvrira en mai.\n\nPour l'avocate, « le port doit rester ouvert tout l'hiver ».",
     [("le port doit rester ouvert tout l'hiver", D, "l'avocate", "l'avocate", "Pour")]),
    # ... and no holder: a time, a feast, a pronoun, a given name alone, a name with a stray period
    ("fr", "Le port rouvrira en mai.\n\nPour la première fois, « le port doit rester ouvert tout l'hiver ».",
     [("le port doit rester ouvert tout l'hiver", D, None, None, None)]),
    ("fr", "Le port rouvrira en mai.\n\nPour Noël, « le port doit rester ouvert tout l'hiver ».",
     [("le port doit rester ouvert tout l'hiver", D, None, None, None)]),
    ("fr", "Le port rouvrira en mai.\n\nPour lui, « le port doit rester ouvert tout l'hiver ».",
     [("le port doit rester ouvert tout l'hiver", D, None, None, None)]),
    ("fr", "Le port rouvrira en mai.\n\nPour Marie, « le port doit rester ouvert tout l'hiver ».",
     [("le port doit rester ouvert tout l'hiver", D, None, None, None)]),
    ("fr", "Le port rouvrira en mai.\n\nPour Marie Durand., « le port doit rester ouvert tout l'hiver ».",
     [("le port doit rester ouvert tout l'hiver", D, None, None, None)]),
    # attribution_before: a name set off after the holder of a French view is the speaker
    ("fr", "Le port rouvrira en mai.\n\nPour le président de la région, Pierre Martin, « le port doit rester ouvert tout l'hiver ».",
     [("le port doit rester ouvert tout l'hiver", D, "Pierre Martin", "Pierre Martin", "Pour")]),
    ("fr", "Le port rouvrira en mai.\n\nPour la ministre, Marie Durand, « le port doit rester ouvert tout l'hiver ».",
     [("le port doit rester ouvert tout l'hiver", D, "Marie Durand", "Marie Durand", "Pour")]),
    # ... and the one told, with a word before the noun or without, is not the speaker
    ("en", 'Tom Berg told a cheering crowd, "We will rebuild the pier before the summer."',
     [("We will rebuild the pier before the summer.", D, "Tom Berg", "Tom Berg", "told")]),
    ("en", 'Tom Berg told the crowd, "We will rebuild the pier before the summer."',
     [("We will rebuild the pier before the summer.", D, "Tom Berg", "Tom Berg", "told")]),
    # attribution_after: a name after an indefinite or a relative set off after the verb
    ("en", '"The pier will be rebuilt before the summer," said one, Edna Walsh.',
     [("The pier will be rebuilt before the summer,", D, "Edna Walsh", "Edna Walsh", "said")]),
    ("en", '"The pier will be rebuilt before the summer," remembered his sister, Joan Hart.',
     [("The pier will be rebuilt before the summer,", D, "Joan Hart", "Joan Hart", "remembered")]),
    ("en", 'The mayor spoke first. "The pier will be rebuilt before the summer," Tom Berg told reporters at the town hall.',
     [("The pier will be rebuilt before the summer,", D, "Tom Berg", "Tom Berg", "told")]),
    ("en", '"The pier will be rebuilt before the summer," Tom Berg told The Harbour Times.',
     [("The pier will be rebuilt before the summer,", D, "Tom Berg", "Tom Berg", "told")]),
    # ... Spanish "según": the source after a verb, the verb alone standing for no one named
    ("es", 'El puerto abrirá en mayo.\n\n"El puerto seguirá abierto todo el invierno", según ha informado el ministerio.',
     [("El puerto seguirá abierto todo el invierno", D, "el ministerio", "el ministerio", "según")]),
    ("es", 'El puerto abrirá en mayo.\n\n"El puerto seguirá abierto todo el invierno", según el ministerio.',
     [("El puerto seguirá abierto todo el invierno", D, "el ministerio", "el ministerio", "según")]),
    ("es", 'El puerto abrirá en mayo.\n\n"El puerto seguirá abierto todo el invierno", según dijo.',
     [("El puerto seguirá abierto todo el invierno", D, None, None, "según")]),
    ("es", 'El puerto abrirá en mayo.\n\n"El puerto seguirá abierto todo el invierno", añadió.',
     [("El puerto seguirá abierto todo el invierno", D, None, None, "añadió")]),
    ("es", 'El ministro Juan Pérez visitó el puerto el lunes.\n\n'
     '"El puerto seguirá abierto todo el invierno", según dijo el ministro a la prensa.',
     [("El puerto seguirá abierto todo el invierno", D, "Juan Pérez", "el ministro", "según")]),
    # direct_quotes: a sentence after the quotation that introduces the next one takes no words
    # before it; a cue right before the quotation passes the speaker named after it on
    ("en", 'Tom Berg called the plan "a gift to a developer." The mayor replied, "The land is not for sale."',
     [("a gift to a developer.", D, "Tom Berg", "Tom Berg", None),
      ("The land is not for sale.", D, "The mayor", "The mayor", "replied")]),
    ("en", 'When a man in the crowd shouted, "Resign," Tom Berg joked. "I will stay until the pier is built," he added.',
     [("Resign,", D, "a man in the crowd", "a man in the crowd", "shouted"),
      ("I will stay until the pier is built,", D, "Tom Berg", "he", "added")]),
    # ... words the writer completes go on with the speaker quoted before them, but not over a
    # speaker of reported words
    ("en", '"We will keep fighting," Ana Ortiz said. "That is the fight we are taking" to the rest of the country.',
     [("We will keep fighting,", D, "Ana Ortiz", "Ana Ortiz", "said"),
      ("That is the fight we are taking", D, "Ana Ortiz", "Ana Ortiz", None)]),
    ("en", 'Ana Ortiz said the plan would "work." "We are sure of it."',
     [('the plan would "work."', QuoteKind.MIXED, "Ana Ortiz", "Ana Ortiz", "said"), ("We are sure of it.", D, None, None, None)]),
    # transcript_turn: labels in capitals naming the article's people, one turn a paragraph
    ("en", "Maria Lopez runs the ferry company, and Tom Berg chairs the harbour board. Both spoke on Monday.\n\n"
     "LOPEZ: We kept the ferry running all winter, whatever the weather did.\n\n"
     "BERG: The council will pay for the new pier out of its reserves.",
     [("We kept the ferry running all winter, whatever the weather did.", D, "Maria Lopez", "LOPEZ", ":"),
      ("The council will pay for the new pier out of its reserves.", D, "Tom Berg", "BERG", ":")]),
    ("en", "Maria Lopez runs the ferry company, and Tom Berg chairs the harbour board. Both spoke on Monday.\n\n"
     "MARIA LOPEZ: We kept the ferry running all winter, whatever the weather did.\n\n"
     "TOM BERG: The council will pay for the new pier out of its reserves.",
     [("We kept the ferry running all winter, whatever the weather did.", D, "Maria Lopez", "MARIA LOPEZ", ":"),
      ("The council will pay for the new pier out of its reserves.", D, "Tom Berg", "TOM BERG", ":")]),
    # ... a turn of one word is no quote, the turn beside it still is
    ("en", "Maria Lopez runs the ferry company, and Tom Berg chairs the harbour board. Both spoke on Monday.\n\n"
     "LOPEZ: Yes.\n\nBERG: The council will pay for the new pier out of its reserves.",
     [("The council will pay for the new pier out of its reserves.", D, "Tom Berg", "BERG", ":")]),
    # ... a label in capitals that names no one the article names, and a table of results
    ("en", "The mayor and the harbour master met the press on Monday.\n\n"
     "MARIA LOPEZ: We kept the ferry running all winter, whatever the weather did.\n\n"
     "TOM BERG: The council will pay for the new pier out of its reserves.", []),
    ("en", "Results from the regional finals.\n\nANA ORTIZ: 1,769.\n\nTOM BERG: 1,702.", []),
]


def test_no_duplicate_cases() -> None:
    assert len({text for _, text, _ in CASES}) == len(CASES)


@pytest.mark.parametrize(("language", "text", "expected"), CASES, ids=[f"{i}-{t[:40]}" for i, (_, t, _) in enumerate(CASES)])
def test_quotes(language: str, text: str, expected: list[Row]) -> None:
    assert rows_of(text, language) == expected


class InterviewQuotes(newsparse.QuoteParser):
    """A parser that reads ``Q:`` and ``A:`` as an interview's turns."""

    QUESTION_LABELS = ("Q",)
    ANSWER_LABELS = ("A",)


INTRO = "Ana Ruiz has run the port authority since 2019. Harbour News reporter Tom Hale spoke to Ruiz about the flood."

# transcript_turns: the turns glued into one paragraph, each the interviewer's or the interviewee's
TURNS: list[tuple[list[str], list[tuple[str, str | None]]]] = [
    ([INTRO, "Q: Why will you rebuild the harbour wall now? A: Because the money is there at last."],
     [("Why will you rebuild the harbour wall now?", "Tom Hale"), ("Because the money is there at last.", "Ana Ruiz")]),
    # a short question glued before the answer gives no quote; the answer after it still does
    ([INTRO, "Q: Soon? A: We will start in the spring, when the storms are over."],
     [("We will start in the spring, when the storms are over.", "Ana Ruiz")]),
    # three turns glued after line breaks
    ([INTRO, "Q: Who will pay for the new harbour wall?\nA: The port will pay for most of it.\nQ: And will the town pay the rest of it?"],
     [("Who will pay for the new harbour wall?", "Tom Hale"), ("The port will pay for most of it.", "Ana Ruiz"),
      ("And will the town pay the rest of it?", "Tom Hale")]),
    # an answer on its own line under the question's, and a question after it
    ([INTRO, "Q: Who will pay for the new harbour wall?", "A: The port will pay for most of it.",
      "Q: And will the town pay the rest of it?"],
     [("Who will pay for the new harbour wall?", "Tom Hale"), ("The port will pay for most of it.", "Ana Ruiz"),
      ("And will the town pay the rest of it?", "Tom Hale")]),
    # an answer that holds an attribution of its own is the paragraph's rules', its "I" the one answering
    ([INTRO, "Q: Who will pay for the new harbour wall?", "A: The port will pay, I told the council, and the town will pay the rest."],
     [("Who will pay for the new harbour wall?", "Tom Hale"), ("The port will pay", "Ana Ruiz")]),
    # the one answering is remembered as the last speaker: "she" in the next paragraph
    ([INTRO, "Q: Who will pay for the new harbour wall?", "A: The port will pay for most of it.",
      '"The town will pay the rest," she said.'],
     [("Who will pay for the new harbour wall?", "Tom Hale"), ("The port will pay for most of it.", "Ana Ruiz"),
      ("The town will pay the rest,", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("pieces", "expected"), TURNS)
def test_interview_turns(pieces: list[str], expected: list[tuple[str, str | None]]) -> None:
    text = "\n\n".join(pieces)
    paragraphs, start = [], 0
    for piece in pieces:
        paragraphs.append(newsparse.Paragraph(piece, newsparse.Span(start, start + len(piece))))
        start += len(piece) + 2
    found = InterviewQuotes().parse(text, paragraphs)
    assert [(q.text, q.speaker and q.speaker.name) for q in found] == expected
