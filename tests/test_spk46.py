"""Speaker shapes of English attribution read again in round 46 (issue 5, branch spk46).  Each table
puts the shape that went wrong beside its good shape and near-misses; each row is one paragraph under
a plain headline and the exact ``(text, kind, speaker name, speaker mention)`` tuples that come out."""

from __future__ import annotations

from functools import partial

import pytest

from newsparse import QuoteKind
from quote_cases import mention_rows

D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED

Row = tuple[str, QuoteKind, "str | None", "str | None"]

quotes_of = partial(mention_rows, headline="Harbour notebook")


CLOSED_RELATIVES = [
    # a thing's relative clause set off by commas holds its own cue: the quotation after it is not
    # that cue's (was: the toll quotation given to the state auditor)
    ('Ortiz was asked by the moderator, Dana Reyes, whether his plan for new toll roads, which the state auditor estimates'
     ' would cost $2 billion a year, would risk "adding another burden to a strained budget."',
     [("would cost $2 billion a year", R, "the state auditor", "the state auditor"),
      # (speaker66: the quotation inside the passive question is its asker's, the moderator's)
      ("adding another burden to a strained budget.", D, "the moderator", "the moderator")]),
    ('The ferry plan, which the port chief says is too costly, would leave "a hole in every budget."',
     [("is too costly", R, "the port chief", "the port chief"), ("a hole in every budget.", D, None, None)]),
    # good shape: the person's relative clause, and a cue of the main clause after the relative
    ('Tom Berg, who declined to comment on the vote, had a simple message: "I will appeal."',
     [("I will appeal.", D, "Tom Berg", "Tom Berg")]),
    ('The ferry plan, which the port chief drafted, was called "a fantasy" by Mayor Ines Calder.',
     [("a fantasy", D, "Ines Calder", "Mayor Ines Calder")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), CLOSED_RELATIVES)
def test_closed_relatives(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


CAUSED_SPEAKERS = [
    # the object of a causative verb set off with its role speaks the infinitive's words (was: the
    # memo, the sentence's subject, for the quotation)
    ('The budget memo leaked on Friday, leading the city treasurer, Ana Ruiz, to argue that "every dollar is'
     ' accounted for."',
     [('"every dollar is accounted for."', M, "Ana Ruiz", "Ana Ruiz")]),
    ('The budget memo leaked on Friday, prompting Ana Ruiz, the city treasurer, to say: "Every dollar is'
     ' accounted for."',
     [("Every dollar is accounted for.", D, "Ana Ruiz", "Ana Ruiz")]),
    ("The budget memo leaked on Friday, leading the city treasurer, Ana Ruiz, to declare that every dollar was"
     " accounted for.",
     [("every dollar was accounted for", R, "Ana Ruiz", "Ana Ruiz")]),
    # good shape: an object with no comma
    ('The budget memo leaked on Friday, leading the treasurer to insist that the figures were "old."',
     [('the figures were "old."', M, "the treasurer", "the treasurer")]),
    # near-miss: more than one person made to speak: theirs, never the memo's (was: the memo)
    ('The budget memo leaked on Friday, prompting Ortiz, Berg and Lee to say that "every dollar is accounted'
     ' for."',
     [("every dollar is accounted for.", D, None, None)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), CAUSED_SPEAKERS)
def test_caused_speakers(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


WORDS_ON_DISPLAY = [
    # a banner, a sign, a voice-over speak the words they bear (was: no speaker)
    ('"Vote for the harbour plan," a banner over the entrance reads.',
     [("Vote for the harbour plan,", D, "a banner over the entrance", "a banner over the entrance")]),
    ('"Vote for the harbour plan," the voice-over states. "Ortiz will fix the roads."',
     [("Vote for the harbour plan,", D, "the voice-over", "the voice-over"),
      ("Ortiz will fix the roads.", D, "the voice-over", "the voice-over")]),
    ("The fans held up a banner for the club's owners. The banner read: \"Keep our captain.\"",
     [("Keep our captain.", D, "The banner", "The banner")]),
    # the ones who carry the signs speak through them: an "-ing" form before the object is no
    # subject (was: "carrying banners" once banners could speak)
    ('That morning, a crowd of dock workers and pensioners had gathered at the gate, calling for a new contract'
     ' and carrying banners saying, "No pay, no ships."',
     [("No pay, no ships.", D, "a crowd of dock workers", "a crowd of dock workers")]),
    ('The protesters carried banners saying "No pay, no ships."', [("No pay, no ships.", D, "The protesters", "The protesters")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), WORDS_ON_DISPLAY)
def test_words_on_display(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


FINDINGS_AFTER_QUOTATION = [
    # the irregular past of a finding or a holding after a quotation, and a bench of judges (was: no speaker)
    ('"Every vote was counted," the panel found.', [("Every vote was counted,", D, "the panel", "the panel")]),
    ('"Every vote was counted," the court held.', [("Every vote was counted,", D, "the court", "the court")]),
    ('"Every vote was counted," found the inquiry, which sat for 40 days.',
     [("Every vote was counted,", D, "the inquiry", "the inquiry")]),
    ('"Every vote was counted," the bench observed.', [("Every vote was counted,", D, "the bench", "the bench")]),
    # near-misses: the same verbs before their object are no cue
    ("The police found the body near the pier on Monday.", []),
    ("The union held a rally on Monday, and Greer said the strike would go on.",
     [("the strike would go on", R, "Greer", "Greer")]),
    ('"We won," Ortiz held up his hands and smiled.', [("We won,", D, None, None)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), FINDINGS_AFTER_QUOTATION)
def test_findings_after_quotation(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


INVERTED_VERBS = [
    # verbs of speech with the subject after them, read as "said" is (was: no speaker; with the
    # subject first they were read by their past-tense ending alone)
    ('"The port cannot pay more," opined Lena Park, the port chief.',
     [("The port cannot pay more,", D, "Lena Park", "Lena Park")]),
    ('"The port cannot pay more," griped Lena Park.', [("The port cannot pay more,", D, "Lena Park", "Lena Park")]),
    ('"Lock the gates," instructed Lena Park.', [("Lock the gates,", D, "Lena Park", "Lena Park")]),
    ('"That was never the offer," protested Paul Greer.', [("That was never the offer,", D, "Paul Greer", "Paul Greer")]),
    ("Lena Park clarified that the port would not close.", [("the port would not close", R, "Lena Park", "Lena Park")]),
    # near-misses: the same words as nouns, an adjective, or a verb with an object
    ("The union protested the decision and objected to the new rota.", []),
    ("Lena Park emailed the staff on Sunday and texted Greer an hour later.", []),
    ("The protest ended when an elaborate text from the port chief reached the union.", []),
    # an order with its object, read as "urged" is
    ("The port chief instructed staff to lock the gates.",
     [("staff to lock the gates", R, "The port chief", "The port chief")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), INVERTED_VERBS)
def test_inverted_verbs(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


PASSIVE_ORDERS = [
    # the one told or urged to do something closes no reported words before it (was: "At one point"
    # as words said by no one)
    ("At one point, the port's band was told to begin playing as the fight went on.", []),
    ("At one point, the port's band was instructed to begin playing as the fight went on.", []),
    ("At one point, the port's band was urged to begin playing as the fight went on.", []),
    # good shapes: hearsay in a passive, and a passive closing the words
    ("The plant will close, Ortiz is said to have told staff.", [("The plant will close", R, None, None)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), PASSIVE_ORDERS)
def test_passive_orders(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected
