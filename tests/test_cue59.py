"""Round 59, cue59 (issue 5: missed attributions): cue shapes main missed, each with the nearest
shapes that must not fire."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

Row = tuple[str, str | None]


def quotes_of(paragraph: str, language: str | None = None) -> list[Row]:
    """``(text, speaker's name)`` of every quote read from *paragraph* under a plain headline."""
    article = ArticleParser(language=language).parse("Harbour notebook\n\n" + paragraph + "\n")
    return [(quote.text, quote.speaker.name if quote.speaker else None) for quote in article.quotes]


# ReportedSpeech.fronted_adjunct: a short phrase opening with a preposition right after "that"
# and closed by a comma is the reported clause's own adjunct; the clause after it, whose cue only
# reports figures, is the first speaker's words
FRONTED_ADJUNCTS = [
    (
        "Ana Ruiz said that in May, Tesco, the retailer, reported higher sales.",
        [("in May, Tesco, the retailer, reported higher sales", "Ana Ruiz")],
    ),
    (
        "Tom Berg said that in May, Tesco reported higher sales.",
        [("in May, Tesco reported higher sales", "Tom Berg")],
    ),
    (
        "Eva Hall said that after the merger, Nordbank, the lender, reported a quarterly loss.",
        [("after the merger, Nordbank, the lender, reported a quarterly loss", "Eva Hall")],
    ),
    # (must not fire: an inner cue with a clause of its own keeps its speaker)
    ("Ana Ruiz said that in May, Tom Berg said the plan would fail.", [("the plan would fail", "Tom Berg")]),
    # (must not fire: no "that", no adjunct: the comma ends the first speaker's words)
    (
        "Ana Ruiz said the port would close, and Tom Berg said it would stay open.",
        [("the port would close", "Ana Ruiz"), ("it would stay open", "Tom Berg")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), FRONTED_ADJUNCTS)
def test_fronted_adjunct(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


# a finding cue after a finding subject takes a bare clause with a verb, as a report cue does
FINDINGS_WITHOUT_THAT = [
    ("One study found the tax would fall hardest on renters.", [("the tax would fall hardest on renters", "One study")]),
    ("The poll found most voters would back the plan.", [("most voters would back the plan", "The poll")]),
    (
        "An inquiry found the council had ignored repeated warnings.",
        [("the council had ignored repeated warnings", "An inquiry")],
    ),
    # (must not fire: an object with no verb, or no finding subject)
    ("The audit found errors in 40 accounts.", []),
    ("The investigation found no evidence of wrongdoing.", []),
    ("The inquiry found him negligent in his duties.", []),
    ("Police found the keys in a drawer.", []),
    ("The jury found him guilty of fraud.", []),
    # (the aside keeps its old reading: the words around the cue)
    ("Voters, the poll found, were tired of the war.", [("Voters, the poll found, were tired of the war", "the poll")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), FINDINGS_WITHOUT_THAT)
def test_finding_without_that(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


# SpeakerGrammar.object_of_opening: a capitalised name after a determiner inside the sentence's
# opening phrase (a preposition first, no comma) is that phrase's object, never the speaker
OPENING_OBJECTS = [
    (
        "In a filing with the Securities and Exchange Commission, the group, led by John Doe, said it would seek a board seat.",
        [("it would seek a board seat", "the group")],
    ),
    ("In a letter to the Treasury, the union, led by Ana Ruiz, said it would strike.", [("it would strike", "the union")]),
    (
        "In a filing with the Securities and Exchange Commission, the fund, which holds 5 percent, said it would vote no.",
        [("it would vote no", "the fund")],
    ),
    # (must not fire: the name after the opening phrase's comma, or no determiner before the place)
    ("At the Pentagon, the spokesman, Tom Berg, said the drills would go ahead.", [("the drills would go ahead", "Tom Berg")]),
    ("In Lyon, Ana Ruiz, the mayor, said the bridge would close.", [("the bridge would close", "Ana Ruiz")]),
    ("In a statement, his sister, Hope Rose, said the family was grateful.", [("the family was grateful", "Hope Rose")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), OPENING_OBJECTS)
def test_object_of_opening(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


def article_quotes(body: str) -> list[Row]:
    """``(text, speaker's name)`` of every quote of the article *body* under a plain headline."""
    article = ArticleParser().parse("Harbour budget\n\n" + body)
    return [(quote.text, quote.speaker.name if quote.speaker else None) for quote in article.quotes]


# PersonIndex.barred_surname, SpeakerResolution.surname_word: a country's name or a title word as
# the surname of a given name after a title or an owner's possessive; the surname alone then
# names that person
BARRED_SURNAMES = [
    (
        "Prime Minister Luís Montenegro met the unions on Monday.\n\nMontenegro said the budget would pass.\n",
        [("the budget would pass", "Luís Montenegro")],
    ),
    (
        "Senator Tom Jordan met the unions on Monday.\n\n\"The budget will pass,\" Jordan said.\n",
        [("The budget will pass,", "Tom Jordan")],
    ),
    (
        "Labour's Helen White spoke at the rally on Monday.\n\nWhite said the budget would pass.\n",
        [("the budget would pass", "Helen White")],
    ),
    # (must not fire: the country named alone, no person of that surname)
    (
        "The delegation from Montenegro arrived on Monday.\n\nMontenegro said the budget would pass.\n",
        [("the budget would pass", "Montenegro")],
    ),
    (
        "King Abdullah of Jordan met the unions on Monday.\n\nJordan said the budget would pass.\n",
        [("the budget would pass", "Jordan")],
    ),
    # (must not fire: the country's name opens the fuller name, no surname of it)
    (
        "Foreign Minister Israel Katz spoke on Monday.\n\nIsrael said the court had no jurisdiction.\n",
        [("the court had no jurisdiction", "Israel")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), BARRED_SURNAMES)
def test_barred_surname(body: str, expected: list[Row]) -> None:
    assert article_quotes(body) == expected


# ReportedSpeech.subject_pronoun (German: SINGULAR_SUBJECT_PRONOUNS): "man" opens the clause a
# bare cue's comma reports; WithoutEnglishRules.published_object: a time alone between a
# publishing verb and its colon is no object, the paper speaks
PACK_SHAPES = [
    ("de", "Die Polizei meldete, man prüfe den Fall.", [("man prüfe den Fall", "Die Polizei")]),
    ("de", "Die Stadt meldete am Abend, man habe den Fall geprüft.", [("man habe den Fall geprüft", "Die Stadt")]),
    ("de", "Die Polizei meldete, er sei geflohen.", [("er sei geflohen", "Die Polizei")]),
    ("fr", "Le journal rapporte mercredi : « Le maire a démissionné. »", [("Le maire a démissionné.", "Le journal")]),
    ("fr", "Le quotidien a révélé mardi soir : « Le maire a démissionné. »", [("Le maire a démissionné.", "Le quotidien")]),
    ("es", "El diario publicó el miércoles: «El alcalde ha dimitido».", [("El alcalde ha dimitido", "El diario")]),
    # (must not fire: an object between the verb and the colon: its words, not the paper's)
    ("fr", "Le journal rapporte des propos du ministre : « Nous ne céderons pas. »", [("Nous ne céderons pas.", None)]),
    ("es", "El diario publicó una carta de la alcaldesa: «No cederemos».", [("No cederemos", None)]),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), PACK_SHAPES)
def test_pack_shapes(language: str, paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph, language) == expected
