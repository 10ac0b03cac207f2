"""Direct quotes on their own, table-driven: words in quotation marks with the attribution
beside them (after, before, after a dash, a name and a colon), a quotation resumed after its
attribution, quoted paragraphs that carry on a speaker, and quotations inside a sentence.  A
fresh ``QuoteParser`` is built for each test, so that a change to the patterns its constructor
builds shows here (the shared default parser is built when ``newsparse`` is imported)."""

from __future__ import annotations

import pytest

from newsparse.quotes.parser import QuoteParser
from newsparse.spans import Paragraph, Quote, QuoteKind, Span, Speaker


def _paragraphs(pieces: list[str]) -> tuple[str, list[Paragraph]]:
    text = "\n\n".join(pieces)
    paragraphs, start = [], 0
    for piece in pieces:
        paragraphs.append(Paragraph(piece, Span(start, start + len(piece))))
        start += len(piece) + 2
    return text, paragraphs


def _direct(pieces: list[str]) -> list[tuple[str, str | None, str | None, str | None, str | None, int | None]]:
    """(text, cue, speaker's name, mention, source, paragraph) of each direct quote, after checking
    that each span slices the input to the quote's text."""
    text, paragraphs = _paragraphs(pieces)
    out = []
    for quote in QuoteParser().parse(text, paragraphs):
        assert text[quote.span.start : quote.span.end] == quote.text
        if quote.kind is not QuoteKind.DIRECT:
            continue
        speaker = quote.speaker
        out.append((
            quote.text, quote.cue, speaker and speaker.name, speaker and speaker.mention, quote.source, quote.paragraph
        ))
    return out


RULE = "We will rebuild the bridge by the summer"

# paragraphs, direct quotes
QUOTES = [
    # an attribution after the quotation: the speaker before or after the cue
    ([f'"{RULE}," Mayor Ana Ortiz said on Monday.'], [(f"{RULE},", "said", "Ana Ortiz", "Mayor Ana Ortiz", None, 0)]),
    ([f'"{RULE}," said Ana Ortiz, the mayor of Dover.'], [(f"{RULE},", "said", "Ana Ortiz", "Ana Ortiz", None, 0)]),
    ([f'"{RULE}," Ortiz said in March.'], [(f"{RULE},", "said", "Ortiz", "Ortiz", None, 0)]),
    (['"Rebuild," Ortiz said.'], [("Rebuild,", "said", "Ortiz", "Ortiz", None, 0)]),
    (['"Why now?" Smith asked. Nobody answered the question.'], [("Why now?", "asked", "Smith", "Smith", None, 0)]),
    # an outlet credited after the attribution
    (['"We will rebuild the bridge," Ortiz said, Al Jazeera reported.'],
     [("We will rebuild the bridge,", "said", "Ortiz", "Ortiz", "Al Jazeera", 0)]),
    (['"We will rebuild the bridge," said Ortiz, Al Jazeera reported.'],
     [("We will rebuild the bridge,", "said", "Ortiz", "Ortiz", "Al Jazeera", 0)]),
    (['"We will rebuild the bridge," Ortiz told Al Jazeera.'], [("We will rebuild the bridge,", "told", "Ortiz", "Ortiz", None, 0)]),
    # a name after a dash
    ([f'"{RULE}." ― Ana Ortiz, mayor of Dover.'], [(f"{RULE}.", "―", "Ana Ortiz", "Ana Ortiz", None, 0)]),
    ([f'"{RULE}." ― the mayor said it twice.'], [(f"{RULE}.", None, None, None, None, 0)]),
    # an attribution before the quotation
    ([f'Ana Ortiz said: "{RULE}."'], [(f"{RULE}.", "said", "Ana Ortiz", "Ana Ortiz", None, 0)]),
    ([f'Ana Ortiz told reporters, "{RULE}."'], [(f"{RULE}.", "told", "Ana Ortiz", "Ana Ortiz", None, 0)]),
    (['According to Ana Ortiz, "the bridge will be rebuilt by the summer."'],
     [("the bridge will be rebuilt by the summer.", "According to", "Ana Ortiz", "Ana Ortiz", None, 0)]),
    (['Ortiz pointed out in March, "the bridge has stood for a century."'],
     [("the bridge has stood for a century.", "pointed out", "Ortiz", "Ortiz", None, 0)]),
    ([f'Ortiz said "{RULE.lower()}" on Monday.'], [(RULE.lower(), "said", "Ortiz", "Ortiz", None, 0)]),
    (['The crowd chanted "no more floods" outside the hall.'], [("no more floods", "chanted", "The crowd", "The crowd", None, 0)]),
    # a participle after a comma: the sentence's subject speaks
    (['Ana Ortiz defended the plan, saying, "It is the only way to rebuild."'],
     [("It is the only way to rebuild.", "saying", "Ana Ortiz", "Ana Ortiz", None, 0)]),
    (['Ortiz opened the debate saying, "We will rebuild the bridge."'],
     [("We will rebuild the bridge.", "saying", "Ortiz", "Ortiz", None, 0)]),
    # a name and a colon, at the start or after a dash
    ([f'Ana Ortiz: "{RULE}."'], [(f"{RULE}.", ":", "Ana Ortiz", "Ana Ortiz", None, 0)]),
    ([f'Floods - Ana Ortiz: "{RULE}."'], [(f"{RULE}.", ":", "Ana Ortiz", "Ana Ortiz", None, 0)]),
    # a quotation resumed after a comma, not after a semicolon or a full stop
    (['"We stayed," said Alun Jones, a miner, "and now there is nothing left for us."'],
     [("We stayed,", "said", "Alun Jones", "Alun Jones", None, 0),
      ("and now there is nothing left for us.", "said", "Alun Jones", "Alun Jones", None, 0)]),
    (['"We stayed," said Alun Jones, a miner; "and now there is nothing."'],
     [("We stayed,", "said", "Alun Jones", "Alun Jones", None, 0), ("and now there is nothing.", None, None, None, None, 0)]),
    (['"We stayed," said Alun Jones. "There is nothing left."'],
     [("We stayed,", "said", "Alun Jones", "Alun Jones", None, 0), ("There is nothing left.", None, "Alun Jones", "Alun Jones", None, 0)]),
    # quoted paragraphs carry on the speaker of the paragraph before, not of one further back
    (["Ana Ortiz said the city would act.", f'"{RULE}, whatever the cost."', '"And we will not stop there, whatever the critics say."'],
     [(f"{RULE}, whatever the cost.", None, "Ana Ortiz", "Ana Ortiz", None, 1),
      ("And we will not stop there, whatever the critics say.", None, "Ana Ortiz", "Ana Ortiz", None, 2)]),
    ([f'"{RULE}," said Ana Ortiz.', "The council met on Tuesday.", '"It is done now and nobody can stop it."'],
     [(f"{RULE},", "said", "Ana Ortiz", "Ana Ortiz", None, 0), ("It is done now and nobody can stop it.", None, None, None, None, 2)]),
    (["Ana Ortiz, the mayor, said:", f'"{RULE}, whatever it costs the city."'],
     [(f"{RULE}, whatever it costs the city.", None, "Ana Ortiz", "Ana Ortiz", None, 1)]),
    (["Mayor Ana Ortiz visited the site.", '"It is a disaster," she said.'], [("It is a disaster,", "said", "Ana Ortiz", "she", None, 1)]),
    (["Mayor Ana Ortiz spoke on Monday.", f'"{RULE}. It will cost a lot of money."'],
     [(f"{RULE}. It will cost a lot of money.", None, None, None, None, 1)]),
    # quotations inside a sentence: someone's words, or a title
    (['Mayor Ana Ortiz called the plan "a disaster for the whole city" on Monday.'],
     [("a disaster for the whole city", None, "Ana Ortiz", "Mayor Ana Ortiz", None, 0)]),
    (['Last month, Mayor Ines Calder called the plan "a disaster".'], [("a disaster", None, "Ines Calder", "Mayor Ines Calder", None, 0)]),
    (['Ortiz called it a "rough week" for the city.'], [("rough week", None, "Ortiz", "Ortiz", None, 0)]),
    (['The ad described the move as "a betrayal of every voter in the city."'],
     [("a betrayal of every voter in the city.", None, "The ad", "The ad", None, 0)]),
    (['Ana Ortiz credited the staff with "a small miracle in a hard year."'],
     [("a small miracle in a hard year.", None, "Ana Ortiz", "Ana Ortiz", None, 0)]),
    (['The mayor watched "Meet the Press" on Sunday with her staff.'], []),
    (['The mayor used the word "rebuild" twice on Sunday.'], []),
    (["Jones said:", "The council met."], []),
]


@pytest.mark.parametrize(("pieces", "expected"), QUOTES)
def test_direct_quotes(pieces: list[str], expected: list[tuple[str, str | None, str | None, str | None, str | None, int]]) -> None:
    assert _direct(pieces) == expected


def test_a_quote_keeps_its_place_in_the_input() -> None:
    text, paragraphs = _paragraphs(["Floods close the harbour", '"We will rebuild," Ortiz said.'])
    quotes = QuoteParser().parse(text, paragraphs[1:])
    assert quotes == (
        Quote("We will rebuild,", Span(27, 43), QuoteKind.DIRECT, "said", Speaker("Ortiz", "Ortiz", Span(45, 50)), None, 0),
    )
