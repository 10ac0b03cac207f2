"""Issue 5, speaker accuracy: constructions whose quote was found with no speaker or the wrong
one (invented events and people). Each case is one paragraph under a plain headline and the
exact ``(text, kind, speaker name)`` triples that must come out, in order."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import QuoteKind
from quote_cases import kind_rows as quotes_of

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED


SUBJECTS = [
    # a progressive cue after "is" is no passive: its subject speaks
    ("Lena Marsh is telling dock workers in Leith that the new cranes are “a gamble with their jobs.”",
     [("the new cranes are “a gamble with their jobs.”", M, "Lena Marsh")]),
    ("Tom Ridley was telling the board that the ferry would run at a loss.",
     [("the ferry would run at a loss", R, "Tom Ridley")]),
    # but a passive one is still said to its subject
    ("Residents were told that the water would stay off until Friday.",
     [("the water would stay off until Friday", R, None)]),
    # a name with an appositive before the verb is the subject of a participle and of a naming verb
    ("Oskar Brandt, the port's chief engineer, dismissed the report, calling it “a work of fiction.”",
     [("a work of fiction.", D, "Oskar Brandt")]),
    ("Mira Holt, Leith’s harbour master, repeated her warning, calling the pier “a danger to anyone on it.”",
     [("a danger to anyone on it.", D, "Mira Holt")]),
]

OPENING_PHRASES = [
    # a tag and a time between the speaker and the verb
    ("Councillor Ana Ortiz (Lab.) last week said the ferry contract was “a scandal in slow motion.”",
     [("the ferry contract was “a scandal in slow motion.”", M, "Ana Ortiz")]),
    ("Harbour master Colin Reyes (retd.) on Friday attacked the new tariff, saying the fees were “daylight robbery.”",
     [("the fees were “daylight robbery.”", M, "Colin Reyes")]),
    # a long subject with "of" before a verb that is no cue
    ("In May, Chief Inspector Mira Holt of the Leith Coastguard praised the crew for “a rescue of rare courage.”",
     [("a rescue of rare courage.", D, "Mira Holt")]),
    # a verb in the present before a name or a quotation
    ("Lena Marsh accuses the ferry company of running “a fleet held together by paint.”",
     [("a fleet held together by paint.", D, "Lena Marsh")]),
    # an article and a noun the vocabulary does not list open a sentence as its subject too
    ("The billionaire shipowner began with the harbour fees, saying the port was “a licence to print money.”",
     [("the port was “a licence to print money.”", M, "The billionaire shipowner")]),
    ("The new leaflet promises “a crossing every hour, all year.”", [("a crossing every hour, all year.", D, "The new leaflet")]),
    # but a plural noun after the subject's noun is no verb
    ("The harbour officials backed the plan and called it “overdue.”", [("overdue.", D, "The harbour officials")]),
]

SOURCES = [
    # a closing "according to X" after a clause of a cue of its own: the cue's speaker's words, X their
    # source (house decision, stop 40)
    ("The pilot said the channel had silted up again, according to the harbour board's report.",
     [("the channel had silted up again", R, "The pilot")]),
    # after a quotation, a long source
    ("“The dredging cannot wait another winter,” according to a letter signed last week by harbour master Colin Reyes.",
     [("The dredging cannot wait another winter,", D, "Colin Reyes")]),
    # an opening source runs on to its comma; a place in it is not the speaker
    ("According to the tide tables kept at Leith, the pier floods twice a month in winter.",
     [("the pier floods twice a month in winter", R, "the tide tables kept at Leith")]),
    ("According to the exit polls in Fife, most voters wanted the ferry back.",
     [("most voters wanted the ferry back", R, "the exit polls in Fife")]),
    # a clause after "according to X," is what X says, not a description of X
    ("According to the ferry company, the new boat was “ready for any sea” by March, two months early.",
     [("the new boat was “ready for any sea” by March, two months early", M, "the ferry company")]),
    # while a description of X is kept apart
    ("According to Lena Marsh, a pilot for twenty years, the channel is too shallow for the new boat.",
     [("the channel is too shallow for the new boat", R, "Lena Marsh")]),
]

ASIDES = [
    # a long aside between the subject and the cue: the cue and its clause are clear
    ("Colin Reyes, who has piloted ships into Leith since the 1980s and knows every sandbank by name, said the "
     "new buoys would not help.",
     [("the new buoys would not help", R, "Colin Reyes")]),
    ("Senator Ana Ortiz, Labour member for Leith North, said the ferry subsidy would be renewed.",
     [("the ferry subsidy would be renewed", R, "Ana Ortiz")]),
    ("The director of the port, Oskar Brandt, a former naval officer who took the job in May, said the cranes "
     "would arrive in June.",
     [("the cranes would arrive in June", R, "Oskar Brandt")]),
    ("The official, who was not authorized to speak about the inquiry, said the divers had found nothing.",
     [("the divers had found nothing", R, "The official")]),
    # a closing attribution with an appositive of several commas, or a participle after it
    ("The pier will reopen in May, said Mira Holt, the harbour master, who ordered the repairs.",
     [("The pier will reopen in May", R, "Mira Holt")]),
    ("The tide was late again, the skipper said, pointing at the gauge.",
     [("The tide was late again", R, "the skipper")]),
    ("The boats will sail on Friday, Lena Marsh said, adding that the crews were ready.",
     [("The boats will sail on Friday", R, "Lena Marsh"), ("the crews were ready", R, "Lena Marsh")]),
    # a participle and a colon before the next quotation: the same speaker
    ("“The hull is sound,” Colin Reyes said, adding: “The engine is another story.”",
     [("The hull is sound,", D, "Colin Reyes"), ("The engine is another story.", D, "Colin Reyes")]),
    # a long clause is no subject
    ("The crews that waited in the rain as the tide turned and the cranes stood still were told to go home, "
     "adding to the anger.", []),
]

PROMISES_AND_ANNOUNCEMENTS = [
    # what a promise or a vow says is its infinitive
    ("Harbour master Colin Reyes has vowed to reopen the north pier before the summer.",
     [("to reopen the north pier before the summer", R, "Colin Reyes")]),
    ("The ferry company promised on Monday to refund every cancelled crossing.",
     [("to refund every cancelled crossing", R, "The ferry company")]),
    # promised to someone: the promise is theirs to hear, not to make
    ("Residents were promised to be told first about any closure.", [("to be told first about any closure", R, None)]),
    # what an announcement says is its object
    ("On Friday, Lena Marsh announced her resignation from the harbour board.",
     [("her resignation from the harbour board", R, "Lena Marsh")]),
    # but not an object without a determiner, nor an infinitive of purpose after another verb
    ("The board announced plans to sell the old ferry.", []),
    ("Ana Ortiz wrote to the council to ask for more time.", []),
]

INVERTED = [
    # an inverted speaker with a post-modifier before the name
    ("“The pier will not reopen this year,” said former minister of transport Ana Ortiz, who opened it in 1998.",
     [("The pier will not reopen this year,", D, "Ana Ortiz")]),
    ("“We need the dredger back,” said chairman of the board Colin Reyes.",
     [("We need the dredger back,", D, "Colin Reyes")]),
    # "one of those" and a capitalised name word that is also a stop word ("From")
    ("“There is no money left,” said one of those pilots, who spoke on the condition of anonymity.",
     [("There is no money left,", D, "one of those pilots")]),
    ("“We won the vote in every ward,” said Al From, who chairs the harbour board.",
     [("We won the vote in every ward,", D, "Al From")]),
    # a first word with a slash
    ("“They are 100 percent wrong,” said 24/7 ferry campaigner Lena Marsh.",
     [("They are 100 percent wrong,", D, "Lena Marsh")]),
]

POSTPOSED = [
    # after a quotation that ends like speech, a name or an article's phrase and any verb in the past
    ("“Get off my pier,” Colin Reyes barked and walked back to his boat.",
     [("Get off my pier,", D, "Colin Reyes")]),
    ("“Who pays for the dredging?” a harbour pilot wondered.", [("Who pays for the dredging?", D, "a harbour pilot")]),
    ("“Not again,” the skipper groaned, pointing at the gauge.", [("Not again,", D, "the skipper")]),
    # but not a verb with an object, nor after a quotation that ends without speech punctuation
    ("“The Long Road Home,” Ortiz released last spring, sold well in the port towns.", []),
    ("“Closed for repairs” Ortiz painted on the gate.", [("Closed for repairs", D, None)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), [*SUBJECTS, *OPENING_PHRASES, *SOURCES, *ASIDES, *PROMISES_AND_ANNOUNCEMENTS, *INVERTED, *POSTPOSED])
def test_speaker(paragraph: str, expected: list[tuple[str, QuoteKind, str | None]]) -> None:
    assert quotes_of(paragraph) == expected


#: (paragraph, quotations as found): marks of two pairs mixed in one quotation still pair, but not
#: across a quotation nested inside
MIXED_MARKS = [
    ('"We won the vote,” said Ana Ortiz. "Now we build the pier.”',
     [("We won the vote,", "Ana Ortiz"), ("Now we build the pier.", "Ana Ortiz")]),
    ('“The tide was late," Colin Reyes said. "We waited two hours.”',
     [("The tide was late,", "Colin Reyes"), ("We waited two hours.", "Colin Reyes")]),
    ('“He said "never" to the board twice,” Mira Holt said.', [('He said "never" to the board twice,', "Mira Holt")]),
    ('"The crowd chanted “Open the pier!” until dark, and nobody left," Lena Marsh said.',
     [("The crowd chanted “Open the pier!” until dark, and nobody left,", "Lena Marsh")]),
    ("„Wir bauen den Steg“, said Olaf Brandt, the mayor.", [("Wir bauen den Steg", "Olaf Brandt")]),
    # an opening mark typed where the closing one belongs
    ("“The tide is late,“ said Colin Reyes, a pilot. “We wait for it every single day.”",
     [("The tide is late,", "Colin Reyes"), ("We wait for it every single day.", "Colin Reyes")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), MIXED_MARKS)
def test_mixed_quotation_marks(paragraph: str, expected: list[tuple[str, str]]) -> None:
    article = newsparse.parse_article(f"Harbour news\n\n{paragraph}")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == expected


class NoWireQuotes(newsparse.QuoteParser):
    """A parser that knows no outlet verbs: a closing ``, state media reported`` gives no source, and
    ends the words as any closing attribution does (fixQ: ``ReportedSpeech.cut_closing_attribution``)."""

    OUTLET_VERBS = ()


@pytest.mark.parametrize(
    ("parser", "expected"),
    [
        (newsparse.QuoteParser(), [("the pier would close in May", "state media")]),
        (NoWireQuotes(), [("the pier would close in May", None)]),
    ],
)
def test_outlet_words_are_a_vocabulary(parser: newsparse.QuoteParser, expected: list[tuple[str, str | None]]) -> None:
    text = "Harbour news\n\nAna Ortiz said the pier would close in May, state media reported.\n"
    quotes = newsparse.ArticleParser(quotes=parser).parse(text).quotes
    assert [(q.text, q.source) for q in quotes] == expected


#: (paragraphs, (quotation, speaker name)): roles that resolve like "the senator"
ROLES = [
    # a nationality noun resolves to the person last described with that country
    ("Dutch rider Tom Dekker won the stage on Sunday. “It was a hard day,” the Dutchman said.",
     ("It was a hard day,", "Tom Dekker")),
    ("Dutch rider Tom Dekker won. French rider Luc Ferrand was second. “My legs were empty,” the Frenchman said.",
     ("My legs were empty,", "Luc Ferrand")),
    # and, with nobody described so, stays the mention as written, never "Dutchman" alone
    ("“It was a hard day,” the Dutchman said after the stage.", ("It was a hard day,", "the Dutchman")),
    # an organisation whose head word comes first keeps all of its name
    ("“The line reopens in May,” the Department of Transport said.", ("The line reopens in May,", "Department of Transport")),
    # a pronoun after a role that opens the paragraph's first sentence is that role
    ("“We will sign it,” said Ana Ruiz.\n\nA spokesman for the harbour board disagreed. “It is a bad deal,” he said.",
     ("It is a bad deal,", "A spokesman")),
]


@pytest.mark.parametrize(("paragraphs", "expected"), ROLES)
def test_role_speakers(paragraphs: str, expected: tuple[str, str]) -> None:
    quotes = newsparse.parse_article(f"Harbour news\n\n{paragraphs}").quotes
    assert (quotes[-1].text, quotes[-1].speaker.name if quotes[-1].speaker else None) == expected


#: (paragraphs, [(quotation, speaker name)]): a quotation over several paragraphs takes the speaker
#: of the attribution that closes it
RUNS_OF_PARAGRAPHS = [
    ("Lena Marsh spoke first.\n\n“The pier has been closing for years. Nobody listened to us.\n\n"
     "“We asked the council again and again.\n\n“Now the boats are gone,” said Colin Reyes, a pilot.",
     [("The pier has been closing for years. Nobody listened to us.", "Colin Reyes"),
      ("We asked the council again and again.", "Colin Reyes"), ("Now the boats are gone,", "Colin Reyes")]),
    # an open quotation whose next paragraph is someone else's sentence keeps the speaker carried on
    ("“The pier has been closing for years,” Lena Marsh said.\n\n“Nobody listened to us. We asked again and again.\n\n"
     "Colin Reyes disagreed. “The council did listen,” he said.",
     [("The pier has been closing for years,", "Lena Marsh"), ("Nobody listened to us. We asked again and again.", "Lena Marsh"),
      ("The council did listen,", "Colin Reyes")]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), RUNS_OF_PARAGRAPHS)
def test_quotation_over_several_paragraphs(paragraphs: str, expected: list[tuple[str, str]]) -> None:
    quotes = newsparse.parse_article(f"Harbour news\n\n{paragraphs}").quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == expected
