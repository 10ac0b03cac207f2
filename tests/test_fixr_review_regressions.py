"""Regressions a second reader found in the day's quote rules (stop 17): each table sets the shape a
rule was written for beside the shape it wrongly took, with the exact ``(text, speaker name)``
pairs that must come out.  Invented stories, each after a plain headline."""

from __future__ import annotations

import pytest

import newsparse

Row = tuple[str, "str | None"]


def quotes_of(text: str) -> list[Row]:
    article = newsparse.parse_article(f"Harbour news\n\n{text}")
    return [(quote.text, quote.speaker and quote.speaker.name) for quote in article.quotes]


ASIDE = "Tom Berg, who lost his son in the crash last year and has campaigned since, said"

# after a long aside, "said" reports a clause whose finite verb may stand anywhere before the end
CLAUSE_AFTER_ASIDE = [
    (f"{ASIDE} a port official lied.", [("a port official lied", "Tom Berg")]),
    (f"{ASIDE} a second ferry sank in March.", [("a second ferry sank in March", "Tom Berg")]),
    (f"{ASIDE} an agreement seems likely.", [("an agreement seems likely", "Tom Berg")]),
    (
        f"{ASIDE} a review by the independent port safety board last spring found serious faults.",
        [("a review by the independent port safety board last spring found serious faults", "Tom Berg")],
    ),
    # the verb's object, as before: no words reported (a verb after "who" is the relative clause's)
    ("The pastor, who had driven all night from the coast, said a prayer for the victims.", []),
    ("The pastor, who had driven all night from the coast, said a prayer for the victims who died in the crash.", []),
]

# a name set off by a comma before its description closes reported words: the name speaks
NAME_BEFORE_DESCRIPTION = [
    (
        "France supports the plan, Yves Van Haecke, an aide to French agriculture minister Francois Guillaume said.",
        [("France supports the plan", "Yves Van Haecke")],
    ),
    (
        "France supports the plan, Yves Van Haecke, an aide to the agriculture minister, said.",
        [("France supports the plan", "Yves Van Haecke")],
    ),
    (
        "Coffee output may fall, Tom Berg, chairman of the Association of Indonesian Coffee Exporters told Reuters.",
        [("Coffee output may fall", "Tom Berg")],
    ),
    (
        "It is very rare that the port would lose a cargo, Chad Hawk, vice president of PMG, a shipping company in"
        " Florida told Fox.",
        [("It is very rare that the port would lose a cargo", "Chad Hawk")],
    ),
    # the phrase after the name is no description of one person: it speaks, the name is spoken to
    ("The pier will close, Tom Berg, officials said.", [("The pier will close, Tom Berg", "officials")]),
    ("The pier will close, Tom Berg, her lawyer said.", [("The pier will close, Tom Berg", "her lawyer")]),
]

# "told" closes reported words only when the sentence ends after the person told
TOLD_CLOSES = [
    # (an interrupting "he told me" reports the words after it, since stop 48: rs55)
    ("And union leadership, he told me, is working to end the strike.", [("union leadership, he told me, is working to end the strike", "he")]),
    ("The strike will end soon, Ana Ortiz told The Herald.", [("The strike will end soon", "Ana Ortiz")]),
]

# a relative clause before a cue must run up to a speech verb, not to a noun after a main verb
RELATIVE_HEAD = [
    (
        "Naturally, identifying vendors who sell this top-of-the-range stuff is one of the reasons that people have"
        " sent samples to the lab.",
        [("people have sent samples to the lab", None)],
    ),
    ("Voters who backed Tom Berg in the primary said the plan was flawed.", [("the plan was flawed", "Voters")]),
    # a possessive determiner before the cue is the clause's object pronoun, no article of a noun
    (
        "Ana Ortiz felt betrayed when her colleagues did not defend her, sources who spoke with her said.",
        [("Ana Ortiz felt betrayed when her colleagues did not defend her", "sources")],
    ),
]

# a transcript's turn: speech, labelled with a person the article names, beside another speaker's turn
TURNS = [
    (
        "Tom Berg and Ana Ortiz spoke on the radio on Monday.\n\nTOM BERG: The pier is unsafe.\n\n"
        "ANA ORTIZ: No, it is not.\n\nTOM BERG: We will see.",
        [("The pier is unsafe.", "Tom Berg"), ("No, it is not.", "Ana Ortiz"), ("We will see.", "Tom Berg")],
    ),
    (
        "Ana Ortiz answered questions on Monday.\n\nQ: Why did the pier close?\n\nANA ORTIZ: We found cracks in the pilings.",
        [("We found cracks in the pilings.", "Ana Ortiz")],
    ),
    # a box score and a police blotter are lists, no one's words
    ("Tom Berg and Ana Ortiz led the team on Monday.\n\nTom Berg: 12 points, 5 rebounds.\n\nAna Ortiz: 8 points, 11 assists.", []),
    (
        "Police arrested Ryan Hollman and Victor Burton on Monday.\n\nRyan Hollman: Dealing in methamphetamine,"
        " possession of heroin, held in jail in lieu of $50,000 bond.\n\nVictor Burton: Possession of"
        " methamphetamine, held in jail in lieu of $72,500 bond.",
        [],
    ),
    # letters to a column: the turn beside names no one the article names
    (
        "Ana Ortiz has run the column since 2019.\n\nDEAR ANA ORTIZ: My husband and I were getting ready to leave"
        " after dinner.\n\nDEAR WORRIED: You should talk to the manager first.",
        [],
    ),
]


# a source's aside between a cue and its "that": the clause is the cue's, never the source's words
SOURCE_ASIDE = [
    # (the cue's clause after the person told and the aside; no quote here before spkH)
    ("Tom Berg told the court, according to a transcript, that he was innocent.", [("he was innocent", "Tom Berg")]),
    ("The firm owed two million pounds, according to the filing.", [("The firm owed two million pounds", "the filing")]),
]

# a claim noun's owner written as a role after an article speaks; a body or a possessive pronoun does not
CLAIM_OWNER = [
    ('Ana Ortiz rejected the judge\'s warning that the pier was "close to collapse".', [("close to collapse", "the judge")]),
    ('Tom Berg disputed the city\'s claim that there were "thousands of empty berths".', [("thousands of empty berths", None)]),
    ('Tom Berg disputed her lawyer\'s claim that there were "thousands of empty berths".', [("thousands of empty berths", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CLAIM_OWNER)
def test_a_role_owns_a_claim(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), SOURCE_ASIDE)
def test_a_source_aside_before_that(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), CLAUSE_AFTER_ASIDE + NAME_BEFORE_DESCRIPTION + TOLD_CLOSES + RELATIVE_HEAD + TURNS)
def test_review_regression(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


def test_an_attribution_inside_a_turn_splits_the_words() -> None:
    text = (
        "Tom Berg and Ana Ortiz spoke.\n\nTOM BERG: The pier is unsafe, he said, and Ana Ortiz said it was not.\n\n"
        "ANA ORTIZ: No."
    )
    article = newsparse.parse_article(f"Harbour news\n\n{text}")
    assert [quote.text for quote in article.quotes] == ["The pier is unsafe"]
    assert article.quotes[0].speaker is not None and article.quotes[0].speaker.name.casefold() == "tom berg"
    # the short turn after it stays a paragraph of its own, no line lost
    assert article.paragraphs[-1].text == "ANA ORTIZ: No."
