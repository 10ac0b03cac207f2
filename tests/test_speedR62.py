"""Work the quote grammar no longer does (issue 7): the lead of an absolute phrase (``with Ryan
saying``) is looked for only where the words before the reported ones end in a participle (or
a participle and ``that``) and hold what opens such a lead (``with``, a clause dash or a colon);
elsewhere the lead pattern, tried at every position of its window, cannot match and is not run.
What comes out is what the longer reading gave."""

from __future__ import annotations

import pytest

from newsparse.quotes.languages import FrenchQuotes, SpanishQuotes
from newsparse.quotes.parser import QuoteParser
from newsparse.vocabulary import KEEP_GIL

PARSER = QuoteParser()
FRENCH = FrenchQuotes()
SPANISH = SpanishQuotes()

# (the words before the reported ones, whether the cheap test lets them through, whether the lead
# pattern finds a lead there)
LEADS = [
    # the lead's shapes: the test lets each through, and the pattern reads it
    ("The council voted to close the pier on Monday, with Mayor Ryan saying ", True, True),
    ("The council voted to close the pier on Monday, with Mayor Ryan saying that ", True, True),
    ("The council voted to close the pier on Monday, WITH Mayor Ryan saying   ", True, True),
    ("The council voted to close the pier \u2014 Mayor Ryan saying ", True, True),
    ("The council voted to close the pier: Mayor Ryan saying THAT ", True, True),
    # a participle at the end and an opener held, but no lead: through, and the pattern says no
    ("The mayor, with her usual calm, kept saying ", True, False),
    ("Ana Ortiz, who spoke with reporters, was quoted as saying ", True, False),
    ("The pier \u2014 closed since May \u2014 drew critics saying that ", True, False),
    # no participle or that-word at the end: sure, no lead (the pattern is not run)
    ("The council voted to close the pier on Monday, with Mayor Ryan ", False, False),
    ("The council met with Mayor Ryan, who said ", False, False),
    ("With the vote lost, Mayor Ryan said that ", True, False),
    # a participle but nothing that opens a lead: sure, no lead
    ("Mayor Ryan issued a statement on Monday saying ", False, False),
    ("Residents wrote to the council, arguing that ", False, False),
    ("Mayor Ryan was saying", False, False),
    ("", False, False),
    ("   ", False, False),
]


@pytest.mark.parametrize(("before", "through", "lead"), LEADS)
def test_the_cheap_test_lets_every_lead_through(before: str, through: bool, lead: bool) -> None:
    assert PARSER.may_end_absolute_lead(before) is through
    found = PARSER._absolute_lead.search(before, 0, len(before), KEEP_GIL) is not None
    assert found is lead
    assert through or not found  # (a sure "no" is never wrong)


# (a paragraph, the reported words of its cue as the parser reads them, with and without the test)
PAIRS = [
    (
        "The board approved the budget on Tuesday, with Chair Ana Ruiz saying the port needed the money "
        "and Treasurer Tom Berg calling the plan reckless.",
        "the port needed the money",
    ),
    (
        "The board approved the budget on Tuesday, with Chair Ana Ruiz saying that the port needed the money.",
        "the port needed the money",
    ),
    (
        "Chair Ana Ruiz said the port needed the money and Treasurer Tom Berg was calling the plan reckless.",
        "the port needed the money and Treasurer Tom Berg was calling the plan reckless",
    ),
]


@pytest.mark.parametrize(("paragraph", "words"), PAIRS)
def test_reported_words_after_an_absolute_lead_are_cut_as_before(
    monkeypatch: pytest.MonkeyPatch, paragraph: str, words: str
) -> None:
    start = paragraph.index(words)
    end = start + len(words)
    fast = PARSER.cut_absolute_pair(paragraph, start, len(paragraph) - 1)
    monkeypatch.setattr(QuoteParser, "may_end_absolute_lead", lambda self, before: True)
    slow = PARSER.cut_absolute_pair(paragraph, start, len(paragraph) - 1)
    assert fast == slow
    assert paragraph[start:fast].rstrip() == words
    assert paragraph[start:end] == words


# (a language's words: the participles and that-words are its own, its leads open with a dash or a colon)
LANGUAGE_LEADS = [
    (FRENCH, "Le conseil a fermé le port : Jean Roux affirmant qu’ ", True, True),
    (FRENCH, "Le conseil a fermé le port — Jean Roux affirmant que ", True, True),
    (FRENCH, "Le conseil a fermé le port, avec Jean Roux affirmant que ", False, False),
    (SPANISH, "El consejo cerró el puerto — Juan Ruiz señalando de que ", True, True),
    (SPANISH, "El consejo cerró el puerto: Juan Ruiz señalando ", True, True),
    (SPANISH, "El consejo cerró el puerto, y Juan Ruiz dijo que ", False, False),
]


@pytest.mark.parametrize(("parser", "before", "through", "lead"), LANGUAGE_LEADS)
def test_a_language_s_leads_are_let_through(parser: QuoteParser, before: str, through: bool, lead: bool) -> None:
    assert parser.may_end_absolute_lead(before) is through
    assert (parser._absolute_lead.search(before, 0, len(before), KEEP_GIL) is not None) is lead
