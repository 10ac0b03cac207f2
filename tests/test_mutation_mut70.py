"""Mutation pass mut70 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``b8393e33..f8a0f479`` (round 69), made by ``dev/mutants.py`` on ``f8a0f479``, the parser modules'
functions run (the quote package, then the layout parsers).  Each table pins down a rule whose
mutants no reaching test noticed within the run's budget: a text in a real layout and what must
come out of it, the rows that must not fire beside those that must (see docs/testing.md,
"Mutation testing")."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser, QuoteKind

PARSER = ArticleParser()
D, R, M = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED


def quotes(text: str) -> list[tuple[str, QuoteKind, str | None]]:
    """The (text, kind, speaker's name) of every quote of the article *text*."""
    return [
        (q.text, q.kind, q.speaker.name if q.speaker is not None else None) for q in PARSER.parse(text).quotes
    ]


def speaker_of(text: str, words: str) -> str | None:
    """The speaker's name of the one quote of *text* whose words open with *words*."""
    found = [q for q in PARSER.parse(text).quotes if q.text.lstrip("\"“").startswith(words)]
    assert len(found) == 1, [q.text for q in PARSER.parse(text).quotes]
    return found[0].speaker.name if found[0].speaker is not None else None


# -- SpeakerResolution.ampersand_firm: words in lower case that describe a firm joined by "&" go
# -- (no place preposition among them): the firm speaks, both its names
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('"We will open two more taprooms next year," said the craft brewer Hollis & Crane.',
         "We will open two more taprooms", "Hollis & Crane"),
        ("Craft brewer Hollis & Crane said on Monday that it would open two more taprooms next year.",
         "it would open two more taprooms", "Hollis & Crane"),
    ],
)
def test_firm_joined_by_ampersand_after_its_kind(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


# -- SpeakerGrammar.__init__ (_cut_body_joins): a role's phrase over "for" and a body whose name
# -- runs on past the phrase ("Friends of the Earth") keeps the body's whole name
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will take the council to court," said a spokeswoman for Friends of the Earth.',
         "a spokeswoman for Friends of the Earth"),
        ('"The permit should never have been granted," said the director for Friends of the Earth.',
         "the director for Friends of the Earth"),
    ],
)
def test_role_for_a_body_keeps_the_whole_name(text: str, speaker: str) -> None:
    assert [q[2] for q in quotes(text)] == [speaker]


# -- SpeakerResolution.author_name_heads: "It said" after a study whose author the sentence names
# -- is that author when the name ends in an organisation word (or has one before "of"); a name
# -- with an organisation word inside and a person after it is no body
@pytest.mark.parametrize(
    ("story", "speaker"),
    [
        ("LONDON - Hospital waiting lists grew again in October.\n\n"
         "A study by Oxford University found that waiting lists grew. It said more nurses were needed.",
         "Oxford University"),
        ("BOSTON - Hospital waiting lists grew again in October.\n\n"
         "A report by the Harvard University Kennedy School found that waiting lists grew. "
         "It said more nurses were needed.",
         "Harvard University Kennedy School"),
        # must not change: a professor of the university is the study's author, no body; "It" as written
        ("LONDON - Hospital waiting lists grew again in October.\n\n"
         "A study by Cambridge University Professor Ana Ruiz found that waiting lists grew. "
         "It said more nurses were needed.",
         "It"),
        ("LONDON - Hospital waiting lists grew again in October.\n\n"
         "A study by the University College London Hospitals found that waiting lists grew. "
         "It said more nurses were needed.",
         "It"),
    ],
)
def test_study_author_names_a_body(story: str, speaker: str) -> None:
    assert speaker_of(story, "more nurses were needed") == speaker


# -- DirectQuotes.bare_time_after_object: a quotation after "told" + the one told + a time word
# -- with no preposition is direct
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Governor Amy Hart told the BBC yesterday, "We will rebuild."', [("We will rebuild.", D, "Amy Hart")]),
        ('Governor Amy Hart told the BBC Tuesday night, "We will rebuild."', [("We will rebuild.", D, "Amy Hart")]),
        ('Governor Amy Hart told the BBC tonight, "We will rebuild."', [("We will rebuild.", D, "Amy Hart")]),
    ],
)
def test_told_on_a_bare_time_is_direct(text: str, expected: list[tuple[str, QuoteKind, str]]) -> None:
    assert quotes(text) == expected


# -- ReportedSpeech.noun_after_preposition: a cue's form in -s after a preposition is a plural noun,
# -- the preposition in any case (a sentence opens with it); a bug the mutant of its window showed
# -- (before, "Amid claims that ..." gave a quote whose speaker was "Amid")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amid claims that the vote was rigged, the party said it would appeal.",
         [("it would appeal", R, "the party")]),
        ("Despite warnings that the dam was weak, the council said it was safe.",
         [("it was safe", R, "the council")]),
        ("After reports that the plant would close, the union said it would strike.",
         [("it would strike", R, "the union")]),
        # must not change: a verb after its subject's role phrase is a cue
        ("A spokesman for police warns that the roads are icy.", [("the roads are icy", R, "A spokesman for police")]),
    ],
)
def test_capitalised_preposition_before_a_plural_noun(text: str, expected: list[tuple[str, QuoteKind, str]]) -> None:
    assert quotes(text) == expected
