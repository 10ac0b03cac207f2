"""rs55: reported speech around interrupting attributions, words that are no report, and the
packs' interrupted reports (issue 5)."""

from __future__ import annotations

import pytest

import newsparse

HEADLINE = "Council votes on harbour plan\n\n"


def reports(line: str, language: str | None = None) -> list[tuple[str, str | None]]:
    """The reported (not quotation-marked) quotes of *line* as (words, speaker's name)."""
    parser = newsparse.ArticleParser(language=language) if language else newsparse.ArticleParser()
    article = parser.parse(f"{HEADLINE}{line}\n")
    return [
        (quote.text, quote.speaker.name if quote.speaker is not None else None)
        for quote in article.quotes
        if quote.kind.value != "direct"
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a short phrase of the reporter's after the cue, then the subject's verb
        ("The plan, he said to himself, was working.", [("The plan, he said to himself, was working", "he")]),
        ("The levy, she wrote to the board, was far too high for the town.", [("The levy, she wrote to the board, was far too high for the town", "she")]),
        ("The report, she told reporters in Brussels, was flawed.", [("The report, she told reporters in Brussels, was flawed", "she")]),
        ("The ferry, he told friends, is unsafe.", [("The ferry, he told friends, is unsafe", "he")]),
        # an aside after the cue's own comma
        ("The plan, he said, without elaborating, was dead.", [("The plan, he said, without elaborating, was dead", "he")]),
        ("The bid, she said, in her view, was a good one.", [("The bid, she said, in her view, was a good one", "she")]),
        # the verb before its speaker, and words too short to stand alone: the fronted subject and all
        ("The plan, said Ann Lee, was dead.", [("The plan, said Ann Lee, was dead", "Ann Lee")]),
        ("The bridge, said the mayor, is closed.", [("The bridge, said the mayor, is closed", "the mayor")]),
        ("The plan, said Ann Lee, was far too costly for the town.", [("The plan, said Ann Lee, was far too costly for the town", "Ann Lee")]),
        ("The plan, said Tom Berg on Monday, was dead.", [("The plan, said Tom Berg on Monday, was dead", "Tom Berg")]),
        # past an aside, the words end where the next speaker's clause starts
        (
            "Clearing the roads, Ruiz told me, would cost two million euros a year; Lang estimated that salting them would cost more.",
            [
                ("Clearing the roads, Ruiz told me, would cost two million euros a year", "Ruiz"),
                ("salting them would cost more", "Lang"),
            ],
        ),
        # precision: a lone word before the verb, a participle or a conjunction after the cue's comma
        ("Prices, said Ana Ruiz, would rise.", []),
        ("The plan, he said, adding details, was dead.", []),
        ("In May, said Ana Ruiz, it rose.", []),
    ],
)
def test_interrupted_reports(line: str, expected: list[tuple[str, str | None]]) -> None:
    assert reports(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a thing told is no one told: no report follows it without "that"
        ("He told the story on Monday the way he always told it.", []),
        ("She told the joke the way her father told it.", []),
        ("He told the truth on Monday the way he always does.", []),
        ("He said goodbye on Monday the way he always did.", []),
        # what a thing told tells, after one of its prepositions, is reported as before
        (
            "Her aunt told stories of how both boys were in the school band.",
            [("of how both boys were in the school band", "Her aunt")],
        ),
        # the one told, then the words: unchanged
        ("She told the court on Monday the water was unsafe.", [("the water was unsafe", "She")]),
        # a year as the setting of the telling, no part of the words
        ("She told us in 2019 the plant would close.", [("the plant would close", "She")]),
        ("The mayor told reporters in 2021 the port would be sold.", [("the port would be sold", "The mayor")]),
        ("She told us on Monday the plant would close.", [("the plant would close", "She")]),
    ],
)
def test_words_that_are_no_report(line: str, expected: list[tuple[str, str | None]]) -> None:
    assert reports(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a relative clause on the sentence's subject running past its verb: no sure end, no report
        ("The man who said he saw the crash was later arrested.", []),
        ("The woman who told police she saw the fire is now in hiding.", []),
        ("The man who said he knew the plan was flawed resigned.", []),
        # the sentence's verb found: the words end before it
        ("A lawyer who said the case was weak declined to comment.", [("the case was weak", "A lawyer")]),
        ("Officials who said the bridge was safe have resigned.", [("the bridge was safe", "Officials")]),
        # a relative clause on an object closes the sentence: the words are whole
        ("She met a man who said he saw the crash.", [("he saw the crash", "a man")]),
    ],
)
def test_relative_clause_reports(line: str, expected: list[tuple[str, str | None]]) -> None:
    assert reports(line) == expected


@pytest.mark.parametrize(
    ("language", "line", "expected"),
    [
        # French: a pronoun joined to the verb, and a named speaker after the verb
        ("fr", "Le rapport, a-t-elle dit, était erroné.", [("Le rapport, a-t-elle dit, était erroné", "elle")]),
        (
            "fr",
            "Anne Dupont a présenté le texte. Le rapport, a-t-elle dit, était erroné.",
            [("Le rapport, a-t-elle dit, était erroné", "Anne Dupont")],
        ),
        ("fr", "Le budget, a-t-il dit, était trop faible pour la ville.", [("Le budget, a-t-il dit, était trop faible pour la ville", "il")]),
        ("fr", "Le rapport, a dit la ministre, était erroné.", [("Le rapport, a dit la ministre, était erroné", "la ministre")]),
        ("fr", "Le rapport, selon elle, était erroné.", [("Le rapport, selon elle, était erroné", "elle")]),
        # German: a time after the inverted speaker
        (
            "de",
            "Der Bericht, sagte der Minister am Montag, sei fehlerhaft.",
            [("Der Bericht, sagte der Minister am Montag, sei fehlerhaft", "der Minister")],
        ),
        (
            "de",
            "Der Plan, sagte die Ministerin am Dienstag, sei in vielen Punkten zu teuer.",
            [("Der Plan, sagte die Ministerin am Dienstag, sei in vielen Punkten zu teuer", "die Ministerin")],
        ),
        # Spanish: the verb alone, its subject dropped, and a named speaker after it
        (
            "es",
            "Ana Ruiz presentó el texto. El plan, dijo, era demasiado caro.",
            [("El plan, dijo, era demasiado caro", "Ana Ruiz")],
        ),
        ("es", "El plan, dijo la ministra, era caro.", [("El plan, dijo la ministra, era caro", "la ministra")]),
        # precision: an aside with no verb of speech
        ("es", "El plan, en cambio, era caro.", []),
        ("fr", "Le rapport, en revanche, était erroné.", []),
    ],
)
def test_packs_interrupted_reports(language: str, line: str, expected: list[tuple[str, str | None]]) -> None:
    assert reports(line, language) == expected


@pytest.mark.parametrize(
    ("language", "line", "expected"),
    [
        # German: a time before the one told, then the words
        ("de", "Sie sagte am Dienstag der dpa, die Reform komme.", [("die Reform komme", "Sie")]),
        ("de", "Er sagte am Montag dem Sender, er trete zurück.", [("er trete zurück", "Er")]),
        ("de", "Sie sagte am Dienstag, die Reform komme bald.", [("die Reform komme bald", "Sie")]),
        # German: a body's report after a comma
        ("de", "Die Polizei meldete, die Straße sei gesperrt.", [("die Straße sei gesperrt", "Die Polizei")]),
        ("de", "Die Feuerwehr berichtete, der Brand sei gelöscht.", [("der Brand sei gelöscht", "Die Feuerwehr")]),
        ("de", "Die Agentur meldete, dass die Grenze geschlossen sei.", [("die Grenze geschlossen sei", "Die Agentur")]),
        # precision: a thing reported, no clause
        ("de", "Die Zeitung berichtete über den Unfall.", []),
        ("de", "Die Feuerwehr meldete zwei Verletzte.", []),
        ("de", "Die Polizei meldete den Unfall am Montag.", []),
        ("de", "Er erklärte am Montag den Rücktritt, den er lange geplant hatte.", []),
        # Spanish: the conditional is a finite verb after "que"
        ("es", "La ministra dijo que dimitiría.", [("dimitiría", "La ministra")]),
        ("es", "La ministra dijo a El País que dimitiría pronto.", [("dimitiría pronto", "La ministra")]),
        # precision: a noun in "-ría" is no verb
        ("es", "La ministra dijo que la mayoría.", []),
    ],
)
def test_packs_report_cues(language: str, line: str, expected: list[tuple[str, str | None]]) -> None:
    assert reports(line, language) == expected
