"""Direct quotes on their own, table-driven: words in quotation marks with the attribution
beside them (after, before, after a dash, a name and a colon), a quotation resumed after its
attribution, quoted paragraphs that carry on a speaker, and quotations inside a sentence.  A
fresh ``QuoteParser`` is built for each test, so that a change to the patterns its constructor
builds shows here (the shared default parser is built when ``newsparse`` is imported)."""

from __future__ import annotations

import pytest

from articles import paragraphs_of
from newsparse.quotes.parser import QuoteParser
from newsparse.spans import Quote, QuoteKind, Span, Speaker


def _direct(pieces: list[str]) -> list[tuple[str, str | None, str | None, str | None, str | None, int | None]]:
    """(text, cue, speaker's name, mention, source, paragraph) of each direct quote, after checking
    that each span slices the input to the quote's text."""
    text, paragraphs = paragraphs_of(pieces)
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
    text, paragraphs = paragraphs_of(["Floods close the harbour", '"We will rebuild," Ortiz said.'])
    quotes = QuoteParser().parse(text, paragraphs[1:])
    assert quotes == (
        Quote("We will rebuild,", Span(27, 43), QuoteKind.DIRECT, "said", Speaker("Ortiz", "Ortiz", Span(45, 50)), None, 0),
    )


# the limits at their edges: one step inside and one step outside each
MINER = '"We stayed," said Alun Jones, who worked at the pit for thirty years and whose father and grandfather also worked there'
HARBOUR = (
    "Asked about the bridge, which has been closed since the floods in March and which the council had promised to reopen"
    " before the summer holidays began, and about the cost of the work, which has doubled since then,"
)
LOST = '"We lost the house, the car, the boat,'
EDGES = [
    # a quotation resumed at most MAX_RESUME_GAP (120) characters after its attribution
    ([f'{MINER} before the pit closed down, "and now there is nothing left for us."'],
     [("We stayed,", "said", "Alun Jones", "Alun Jones", None, 0),
      ("and now there is nothing left for us.", "said", "Alun Jones", "Alun Jones", None, 0)]),
    ([f'{MINER} before the pits closed down, "and now there is nothing left for us."'],
     [("We stayed,", "said", "Alun Jones", "Alun Jones", None, 0), ("and now there is nothing left for us.", None, None, None, None, 0)]),
    (['"We will rebuild the bridge," Ana Ortiz said, "and the school."'],
     [("We will rebuild the bridge,", "said", "Ana Ortiz", "Ana Ortiz", None, 0),
      ("and the school.", "said", "Ana Ortiz", "Ana Ortiz", None, 0)]),
    # a closing mark left out before the attribution: one of the first three commas
    ([f"{LOST} said resident Mary Holt."],
     [("We lost the house, the car, the boat,", "said", "Mary Holt", "resident Mary Holt", None, 0)]),
    ([f"{LOST} the farm, said resident Mary Holt."],
     [("We lost the house, the car, the boat, the farm, said resident Mary Holt.", None, None, None, None, 0)]),
    # a quoted paragraph carries on a speaker when it has four words or more, or is a short sentence of its own
    # (recN: "We rebuild it."); a short fragment that is no sentence (no capital, no sentence end) carries none
    (["Ana Ortiz said the city would act.", '"We will rebuild it."'], [("We will rebuild it.", None, "Ana Ortiz", "Ana Ortiz", None, 1)]),
    (["Ana Ortiz said the city would act.", '"We rebuild it."'], [("We rebuild it.", None, "Ana Ortiz", "Ana Ortiz", None, 1)]),
    (["Ana Ortiz said the city would act.", '"we rebuild it"'], [("we rebuild it", None, None, None, None, 1)]),
    # a full stop after the closing mark (British style) still leaves the quotation filling its sentence
    (["Ana Ortiz said the city would act.", '"We will rebuild the bridge by the summer".'],
     [("We will rebuild the bridge by the summer", None, "Ana Ortiz", "Ana Ortiz", None, 1)]),
    (["Ana Ortiz said the city would act.", '"We will rebuild the bridge by the summer" was the promise.'],
     [("We will rebuild the bridge by the summer", None, None, None, None, 1)]),
    # a name of at most four words before a colon, at the start or after a dash
    (['Ana Maria Ortiz Cruz: "We will rebuild the bridge by the summer."'],
     [("We will rebuild the bridge by the summer.", ":", "Ana Maria Ortiz Cruz", "Ana Maria Ortiz Cruz", None, 0)]),
    (['Ana Maria Ortiz Cruz Diaz: "We will rebuild the bridge by the summer."'],
     [("We will rebuild the bridge by the summer.", None, None, None, None, 0)]),
    (['Floods – Ana Ortiz: "We will rebuild the bridge by the summer."'],
     [("We will rebuild the bridge by the summer.", ":", "Ana Ortiz", "Ana Ortiz", None, 0)]),
    (['Floods — Ana Ortiz: "We will rebuild the bridge by the summer."'],
     [("We will rebuild the bridge by the summer.", ":", "Ana Ortiz", "Ana Ortiz", None, 0)]),
    (['Floods, Ana Ortiz: "We will rebuild the bridge by the summer."'],
     [("We will rebuild the bridge by the summer.", None, None, None, None, 0)]),
    # a name after each attribution dash, with or without an appositive and a full stop
    (['"We will rebuild the bridge," — Ana Ortiz'], [("We will rebuild the bridge,", "—", "Ana Ortiz", "Ana Ortiz", None, 0)]),
    (['"We will rebuild the bridge," – Ana Ortiz, the mayor of Dover, who spoke at the site.'],
     [("We will rebuild the bridge,", "–", "Ana Ortiz", "Ana Ortiz", None, 0)]),
    # a title in title case has at most eight words
    (['The mayor watched "Meet the Press on a Sunday in June" with her staff.'], []),
    (['The mayor watched "Meet the Press on a Sunday Night in June" with her staff.'],
     [("Meet the Press on a Sunday Night in June", None, "The mayor", "The mayor", None, 0)]),
    # a naming verb after a noun names a thing, not a speaker's words
    (['The city has a class called "Perception" for its staff.'], [("Perception", None, None, None, None, 0)]),
    (['The report called the flood "a warning" for the city.'], [("a warning", None, "The report", "The report", None, 0)]),
    # a naming verb counts within NAMED_WINDOW (40) characters of a one-word quotation
    (['Ortiz called the plan "reckless" on Monday.'], [("reckless", None, "Ortiz", "Ortiz", None, 0)]),
    (['Ortiz called the plan, which the council approved last year after a long debate, "reckless" on Monday.'], []),
    # a quotation of two characters is read, one of one character is skipped, not the end of the paragraph
    (['Ortiz said: "OK". "We will rebuild," Ortiz said.'],
     [("OK", "said", "Ortiz", "Ortiz", None, 0), ("We will rebuild,", "said", "Ortiz", "Ortiz", None, 0)]),
    (['Grade "A" was given to the bridge. "We will rebuild it," Ortiz said.'], [("We will rebuild it,", "said", "Ortiz", "Ortiz", None, 0)]),
    # after a resumed quotation, the next one is read too
    (['"We stayed," said Alun Jones, a miner, "and now there is nothing left." "The pit closed in May and the shops followed."'],
     [("We stayed,", "said", "Alun Jones", "Alun Jones", None, 0),
      ("and now there is nothing left.", "said", "Alun Jones", "Alun Jones", None, 0),
      ("The pit closed in May and the shops followed.", None, "Alun Jones", "Alun Jones", None, 0)]),
    # the first comma that an attribution follows closes a quotation left open, not the last one
    (['"We lost the house, the car, said resident Mary Holt, who is 80.'],
     [("We lost the house, the car,", "said", "Mary Holt", "resident Mary Holt", None, 0)]),
    # no resuming without a comma, or past a semicolon or a quotation mark
    (['"We stayed," said Alun Jones of the miners union "and now there is nothing left for us."'],
     [("We stayed,", "said", "Alun Jones", "Alun Jones of the miners union", None, 0),
      ("and now there is nothing left for us.", None, None, None, None, 0)]),
    (['"We stayed," said Alun Jones, a miner; his brother, "and now there is nothing left for us."'],
     [("We stayed,", "said", "Alun Jones", "Alun Jones", None, 0), ("and now there is nothing left for us.", None, None, None, None, 0)]),
    (['"We stayed," said Alun Jones, of the "Miners First" group, "and now there is nothing left for us."'],
     [("We stayed,", "said", "Alun Jones", "Alun Jones", None, 0), ("and now there is nothing left for us.", None, None, None, None, 0)]),
    # a title or a thing's words in a sentence do not stop the quotations after them
    (['The mayor watched "Meet the Press" on Sunday and called the show "a waste of an hour" later.'],
     [("a waste of an hour", None, "The mayor", "The mayor", None, 0)]),
    (['The band played the refrain "hold on, hold on" and Ortiz called it "a tired old song" later.'],
     [("a tired old song", None, "Ortiz", "Ortiz", None, 0)]),
    # a paragraph that ends with a cue and a colon, after blanks or a long lead-in, gives the next one its speaker
    (["The council met on Monday.", f"{HARBOUR} Ana Ortiz said:", f'"{RULE}, whatever it costs."'],
     [(f"{RULE}, whatever it costs.", None, "Ana Ortiz", "Ana Ortiz", None, 2)]),
    (["The council met on Monday.", "Ana Ortiz, the mayor, said: ", f'"{RULE}, whatever it costs."'],
     [(f"{RULE}, whatever it costs.", None, "Ana Ortiz", "Ana Ortiz", None, 2)]),
    (["The council met on Monday.", "Speaking to reporters, said Ana Ortiz:", f'"{RULE}, whatever it costs."'],
     [(f"{RULE}, whatever it costs.", None, "Ana Ortiz", "Ana Ortiz", None, 2)]),
    # a named subject before a relative clause speaks
    (['Ortiz, who hugged the engineer at the site, shouted, "We will rebuild the bridge."'],
     [("We will rebuild the bridge.", "shouted", "Ortiz", "Ortiz", None, 0)]),
]


@pytest.mark.parametrize(("pieces", "expected"), EDGES)
def test_direct_quote_limits(pieces: list[str], expected: list[tuple[str, str | None, str | None, str | None, str | None, int]]) -> None:
    assert _direct(pieces) == expected


# attributions in paragraphs of several sentences, and spacing as scraped text leaves it
SENTENCES = [
    (['"We will rebuild the bridge," Ortiz said. Lee, the engineer, agreed with her.'],
     [('We will rebuild the bridge,', 'said', 'Ortiz', 'Ortiz', None, 0)]),
    (['"We will rebuild the bridge," said Ortiz. Lee, the engineer, agreed with her.'],
     [('We will rebuild the bridge,', 'said', 'Ortiz', 'Ortiz', None, 0)]),
    (['"We will rebuild the bridge." ― Ana Ortiz. The council agreed on Monday, a spokesman said.'],
     [('We will rebuild the bridge.', '―', 'Ana Ortiz', 'Ana Ortiz', None, 0)]),
    (['"We will rebuild the bridge," the mayor said on Monday. Ana Ortiz, who took office in May, spoke at the site.'],
     [('We will rebuild the bridge,', 'said', 'the mayor', 'the mayor', None, 0)]),
    (['Ortiz said. "We will rebuild the bridge by the summer," the engineer added on Monday.'],
     [('We will rebuild the bridge by the summer,', 'added', 'the engineer', 'the engineer', None, 0)]),
    (['The mayor, who visited the site, said: "We will rebuild the bridge by the summer."'],
     [('We will rebuild the bridge by the summer.', 'said', 'The mayor', 'The mayor', None, 0)]),
    (['The meeting ended. Ortiz said: "We will rebuild the bridge by the summer."'],
     [('We will rebuild the bridge by the summer.', 'said', 'Ortiz', 'Ortiz', None, 0)]),
    (['The meeting ended late. Ortiz told reporters, "We will rebuild the bridge by the summer."'],
     [('We will rebuild the bridge by the summer.', 'told', 'Ortiz', 'Ortiz', None, 0)]),
    (['Ortiz spoke for an hour. The crowd chanted "no more floods" outside the hall.'],
     [('no more floods', 'chanted', 'The crowd', 'The crowd', None, 0)]),
    (['The engineers, who had worked through the night on the flooded bridge, shouted, "We will rebuild it."'],
     [('We will rebuild it.', 'shouted', 'The engineers', 'The engineers', None, 0)]),
    (['the engineers, who had worked through the night on the flooded bridge, shouted, "We will rebuild it."'],
     [('We will rebuild it.', 'shouted', 'the engineers', 'the engineers', None, 0)]),
    (['Ortiz repeated the pledge, saying, "We will rebuild the bridge by the summer."'],
     [('We will rebuild the bridge by the summer.', 'saying', 'Ortiz', 'Ortiz', None, 0)]),
    (['Speaking at the site, Ana Ortiz said, "We will rebuild the bridge by the summer."'],
     [('We will rebuild the bridge by the summer.', 'said', 'Ana Ortiz', 'Ana Ortiz', None, 0)]),
    (['Ortiz called the plan "a disaster", and Lee called it "a gamble".'],
     [('a disaster', None, 'Ortiz', 'Ortiz', None, 0), ('a gamble', None, 'Lee', 'Lee', None, 0)]),
    (['Lee walked out, calling the plan "a waste of public money".'],
     [('a waste of public money', None, 'Lee', 'Lee', None, 0)]),
    (['A new group dubbed "the Flood Squad" met on Monday.'],
     [('the Flood Squad', None, None, None, None, 0)]),
    (['The mayor has called the plan "a disaster" twice.'],
     [('a disaster', None, 'The mayor', 'The mayor', None, 0)]),
    (['He said it was "a disaster" and left.'],
     []),
    (['The word "disaster" was used twice, Ortiz said.'],
     []),
    (['Reporters asked: "Will the bridge be rebuilt by the summer?"'],
     [('Will the bridge be rebuilt by the summer?', 'asked', 'Reporters', 'Reporters', None, 0)]),
    (['"We will rebuild the bridge," Ortiz said, "by the summer." "It is late," Lee said, "but it will be done."'],
     [('We will rebuild the bridge,', 'said', 'Ortiz', 'Ortiz', None, 0), ('by the summer.', 'said', 'Ortiz', 'Ortiz', None, 0), ('It is late,', 'said', 'Lee', 'Lee', None, 0), ('but it will be done.', 'said', 'Lee', 'Lee', None, 0)]),
    (['"We will rebuild," said Ortiz, a former engineer who has run the city since May and who, her aides said, "never gives up."'],
     [('We will rebuild,', 'said', 'Ortiz', 'Ortiz', None, 0), ('never gives up.', 'said', 'her aides', 'her aides', None, 0)]),
    (['"We will rebuild the bridge," Ana Ortiz, the mayor, said in a statement, Reuters reported.'],
     [('We will rebuild the bridge,', 'said', 'Ana Ortiz', 'Ana Ortiz', 'Reuters', 0)]),
    (['"We will rebuild the bridge,"said Ortiz.'],
     [('We will rebuild the bridge,', 'said', 'Ortiz', 'Ortiz', None, 0)]),
    (['"We will rebuild the bridge,"  said Ortiz.'],
     [('We will rebuild the bridge,', 'said', 'Ortiz', 'Ortiz', None, 0)]),
    (['"We lost everything,said resident Mary Holt.'],
     [('We lost everything,', 'said', 'Mary Holt', 'resident Mary Holt', None, 0)]),
    (['"We lost everything,  said resident Mary Holt.'],
     [('We lost everything,', 'said', 'Mary Holt', 'resident Mary Holt', None, 0)]),
    (['Ana Ortiz said the city would act.', '"We will rebuild it." "It will cost a lot," Lee said.'],
     [('We will rebuild it.', None, 'Lee', 'Lee', None, 1), ('It will cost a lot,', 'said', 'Lee', 'Lee', None, 1)]),
    (['Ana Ortiz – "We will rebuild the bridge by the summer."'],
     [('We will rebuild the bridge by the summer.', None, None, None, None, 0)]),
    (['Ortiz: "We will rebuild the bridge by the summer."'],
     [('We will rebuild the bridge by the summer.', ':', 'Ortiz', 'Ortiz', None, 0)]),
    (['the mayor: "We will rebuild the bridge by the summer."'],
     [('We will rebuild the bridge by the summer.', None, None, None, None, 0)]),
    # a speaker before the cue: a subject in lower case, after an object, after an according-to phrase
    (['On Monday, the mayor opened the debate saying, "We will rebuild the bridge by the summer."'],
     [('We will rebuild the bridge by the summer.', 'saying', 'the mayor', 'the mayor', None, 0)]),
    (['At the end of a long and bad-tempered meeting in the town hall, which ran well past midnight and left most of the council exhausted, the crowd chanted "no more floods" outside.'],
     [('no more floods', 'chanted', 'the crowd', 'the crowd', None, 0)]),
    (['Ana Ortiz, the mayor, told reporters, "We will rebuild the bridge by the summer."'],
     [('We will rebuild the bridge by the summer.', 'told', 'Ana Ortiz', 'Ana Ortiz', None, 0)]),
    (['Ortiz said the council would pay and the engineers agreed, "We will rebuild the bridge by the summer."'],
     [('We will rebuild the bridge by the summer.', 'agreed', 'the engineers', 'the engineers', None, 0)]),
    (['The mayor of Dover, Ana Ortiz, said: "We will rebuild the bridge by the summer."'],
     [('We will rebuild the bridge by the summer.', 'said', 'Ana Ortiz', 'Ana Ortiz', None, 0)]),
    (['According to the mayor of Dover, "the bridge will be rebuilt by the summer."'],
     [('the bridge will be rebuilt by the summer.', 'According to', 'the mayor of Dover', 'the mayor of Dover', None, 0)]),
    (['According to Ana Ortiz , "the bridge will be rebuilt by the summer."'],
     [('the bridge will be rebuilt by the summer.', 'According to', 'Ana Ortiz', 'Ana Ortiz', None, 0)]),
    (['Speaking on Monday, Ortiz said, "We will rebuild the bridge by the summer."'],
     [('We will rebuild the bridge by the summer.', 'said', 'Ortiz', 'Ortiz', None, 0)]),
    (['Ortiz told the council, "We will rebuild the bridge by the summer."'],
     [('We will rebuild the bridge by the summer.', 'told', 'Ortiz', 'Ortiz', None, 0)]),
    (['the mayor told the council, "We will rebuild the bridge by the summer."'],
     [('We will rebuild the bridge by the summer.', 'told', 'the mayor', 'the mayor', None, 0)]),
    (['And then, the mayor shouted, "We will rebuild the bridge by the summer."'],
     [('We will rebuild the bridge by the summer.', 'shouted', 'the mayor', 'the mayor', None, 0)]),
]


@pytest.mark.parametrize(("pieces", "expected"), SENTENCES)
def test_direct_quotes_in_longerparagraphs_of(
    pieces: list[str], expected: list[tuple[str, str | None, str | None, str | None, str | None, int]]
) -> None:
    assert _direct(pieces) == expected
