"""Mutation pass mutHH (stop 27, issue 8): the rules stop 26 added (lines changed in
``b36c43f..3e3ca50``), each case beside its near-miss, asserting what a surviving mutant changed
(see docs/testing.md).  The parser is built in the test (:func:`fresh_rows`) where a rule's pattern
is compiled when the parser is."""

from __future__ import annotations

import pytest
from tests.quote_cases import MentionRow, mention_rows

import newsparse
from newsparse.spans import QuoteKind

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT


def fresh_rows(text: str, language: str | None = None) -> list[MentionRow]:
    """The quotes of *text* under a headline, read by an :class:`~newsparse.ArticleParser` built here."""
    article = newsparse.ArticleParser(language=language).parse(f"Harbour news\n\n{text}")
    return [(q.text, q.kind, q.speaker and q.speaker.name, q.speaker and q.speaker.mention) for q in article.quotes]


# (text, each quote's (text, kind, speaker's name, mention)), read by the shared parser
QUOTES: list[tuple[str, list[MentionRow]]] = [
    # a weekday that opens a body's name after a determiner is no person's: the whole phrase
    # speaks (SpeakerResolution.name_words)
    ("The Sunday Record said the paper would appeal.",
     [("the paper would appeal", R, "The Sunday Record", "The Sunday Record")]),
    ("The Sunday Record of Bristol said the paper would appeal.",
     [("the paper would appeal", R, "The Sunday Record of Bristol", "The Sunday Record of Bristol")]),
    # a weekday the index read into a name after the cue is dropped from it (SpeakerResolution.known_core)
    ('"We will appeal," said Sunday Ruth Keane.', [("We will appeal,", D, "Ruth Keane", "Ruth Keane")]),
    ('Ruth Keane runs the shop.\n\n"We will appeal," said Sunday Ruth Keane.',
     [("We will appeal,", D, "Ruth Keane", "Ruth Keane")]),
    # someone named in full for the first time between the last speaker and a pronoun, as the
    # subject of a paragraph, may be the pronoun's: it falls back to no one
    # (SpeakerResolution.introduced_since_speaker)
    ('"We will rebuild the pier," Tom Berg said.\n\nCouncillor Wayne Borders opened the meeting on Monday.\n\n'
     '"It will take a year," he said.',
     [("We will rebuild the pier,", D, "Tom Berg", "Tom Berg"), ("It will take a year,", D, "he", "he")]),
    # near-miss: a surname alone between them is no newcomer in full
    ('"We will rebuild the pier," Tom Berg said.\n\nCouncillor Borders opened the meeting on Monday.\n\n'
     '"It will take a year," he said.',
     [("We will rebuild the pier,", D, "Tom Berg", "Tom Berg"), ("It will take a year,", D, "Tom Berg", "he")]),
    # "it" before a form of "be" is a placeholder, no speaker (ReportedSpeech.expletive_subject);
    # a clause opened by ", as" before the participle gives its own subject (spkP, stop 29:
    # SpeakerGrammar.subordinate_clause_subject)
    ("It was a blunt warning from the union, saying the strike would go on.",
     [("the strike would go on", R, None, None)]),
    ("It was a blunt warning from the union, as Tom Berg repeated the threat, saying the strike would go on.",
     [("the strike would go on", R, "Tom Berg", "Tom Berg")]),
    # near-miss: "it" before a cue is the body named before
    ("It said the strike would go on.", [("the strike would go on", R, "It", "It")]),
    # one word after a comma before a second cue is a speaker of its own: the first words end at
    # the comma (ReportedSpeech.head_word_join, through cut_next_clause)
    ("One analyst says the merger will fail, another says it will go ahead.",
     [("the merger will fail", R, "One analyst", "One analyst")]),
    # a determiner before a title and a name: the name speaks, the mention whole (SpeakerResolution.name_words)
    ("The former mayor Tom Berg said the pier would close.",
     [("the pier would close", R, "Tom Berg", "The former mayor Tom Berg")]),
    ('"The pier will close," the former mayor Tom Berg said.',
     [("The pier will close,", D, "Tom Berg", "the former mayor Tom Berg")]),
    # an owner's document speaks for the owner (SpeakerGrammar.is_speaker_phrase, owned_document)
    ("Berg's letter said the pier would close.", [("the pier would close", R, "Berg's letter", "Berg's letter")]),
    ("Acme's statement said the pier would close.",
     [("the pier would close", R, "Acme's statement", "Acme's statement")]),    # a title-case quotation set off after the one told is the words told, closed as words are;
    # a title when it is the told clause's subject, or after a document noun
    # (DirectQuotes.apposed_title, told_before)
    ('Tom Berg told the crowd, "We Will Win," and left the stage.', [("We Will Win,", D, "Tom Berg", "Tom Berg")]),
    ('Ana Ruiz told the crowd, "Amazing Grace" was her favourite hymn.',
     [('"Amazing Grace" was her favourite hymn', QuoteKind.MIXED, "Ana Ruiz", "Ana Ruiz")]),
    ('Ana Ruiz told the story, "Girl With a Lantern," in her book.', []),
]


# a reading a survivor showed wrong, fixed since (spkX, stop 28): an owner of two words is read as
# the owner of the document (``owned_document`` reads the owner's capitalised words up to its possessive)
WRONG: list[tuple[str, list[MentionRow]]] = [
    ("Tom Berg's letter said the pier would close.",
     [("the pier would close", R, "Tom Berg's letter", "Tom Berg's letter")]),
]


@pytest.mark.parametrize(("text", "expected"), WRONG)
def test_wrong_readings_found(text: str, expected: list[MentionRow]) -> None:
    assert mention_rows(text) == expected


# (language, text, quotes), read by the language's ArticleParser
PACK_QUOTES: list[tuple[str, str, list[MentionRow]]] = [
    # an opinion's holder after "Pour" opening the paragraph (DirectQuotes.opinion_holder)
    ("fr", "Le port rouvrira en mai.\n\nPour la ministre, « le port doit rester ouvert ».",
     [("le port doit rester ouvert", D, "la ministre", "la ministre")]),
    # a plural of a role holds the view; a plural of people a measure is for holds none
    # (DirectQuotes.is_holder_noun)
    ("fr", "Le port rouvrira en mai.\n\nPour les experts, « le port doit rester ouvert ».",
     [("le port doit rester ouvert", D, "les experts", "les experts")]),
    ("fr", "Le port rouvrira en mai.\n\nPour le gouvernement, « le port doit rester ouvert ».",
     [("le port doit rester ouvert", D, "le gouvernement", "le gouvernement")]),
    ("fr", "Le port rouvrira en mai.\n\nPour les familles, « le port doit rester ouvert ».",
     [("le port doit rester ouvert", D, None, None)]),
    # a verb-second cue whose subject alone stands before the colon (DirectQuotes.only_tag)
    ("de", "Gestern sagte Anna Weber: „Wir bauen die Brücke neu.“",
     [("Wir bauen die Brücke neu.", D, "Anna Weber", "Anna Weber")]),
    ("de", "Gestern sagte Anna Weber (SPD): „Wir bauen die Brücke neu.“",
     [("Wir bauen die Brücke neu.", D, "Anna Weber", "Anna Weber")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), PACK_QUOTES)
def test_stop_26_quote_rules_in_packs(language: str, text: str, expected: list[MentionRow]) -> None:
    assert mention_rows(text, language) == expected


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_stop_26_quote_rules(text: str, expected: list[MentionRow]) -> None:
    assert mention_rows(text) == expected


# (language, text, quotes), read by a parser built in the test: patterns compiled with the parser
FRESH: list[tuple[str | None, str, list[MentionRow]]] = [
    # an adverb of manner between the cue and "that" is no part of the words
    # (ReportedSpeech.manner_adverb_pattern)
    (None, "Tom Berg argued insistently that the pier must close.",
     [("the pier must close", R, "Tom Berg", "Tom Berg")]),
    (None, "The mayor said only that the pier would close.", [("the pier would close", R, "The mayor", "The mayor")]),
    ("fr", "Le maire a affirmé notamment que le port rouvrira en mai.",
     [("le port rouvrira en mai", R, "Le maire", "Le maire")]),
    # in a language whose pack lists no words that only look like adverbs
    ("es", "El alcalde dijo claramente que el puerto abrirá en mayo.",
     [("el puerto abrirá en mayo", R, "El alcalde", "El alcalde")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), FRESH)
def test_stop_26_quote_rules_on_a_new_parser(language: str | None, text: str, expected: list[MentionRow]) -> None:
    assert fresh_rows(text, language) == expected
