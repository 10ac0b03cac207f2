"""Reported-speech clause shapes of issue 5 (rs54): an interrupted attribution before a short clause
or after a time phrase, and phrases of time and place between the one told and a bare clause.

Each row is one paragraph as a wire prints it; the expected value is every quote
``(kind, text, cue, speaker's name, description)`` in order, spans checked by ``quotes_of``."""

from __future__ import annotations

import pytest

from test_mutation_reported import Row, quotes_of

# an interrupted attribution: a short clause after it is read whole, from its fronted noun phrase
INTERRUPTED: list[tuple[str, list[Row]]] = [
    ("The deal, he said, was dead.", [("R", "The deal, he said, was dead", "said", "he", None)]),
    (
        "The merger, the minister insisted, was fair.",
        [("R", "The merger, the minister insisted, was fair", "insisted", "the minister", None)],
    ),
    ("The old bridge, she added, would close.", [("R", "The old bridge, she added, would close", "added", "she", None)]),
    (
        "This campaign, the senator says, is different.",
        [("R", "This campaign, the senator says, is different", "says", "the senator", None)],
    ),
    (
        "The vote, Dana Ortiz said on Monday, was rigged.",
        [("R", "The vote, Dana Ortiz said on Monday, was rigged", "said", "Dana Ortiz", None)],
    ),
    # a time or place before the aside's comma: the whole clause still (int56: one rule)
    (
        "The plan, the mayor said on Tuesday, will cost $2 million.",
        [("R", "The plan, the mayor said on Tuesday, will cost $2 million", "said", "the mayor", None)],
    ),
    (
        "The new stadium, the governor said last week, would open in the spring.",
        [("R", "The new stadium, the governor said last week, would open in the spring", "said", "the governor", None)],
    ),
    (
        "The strike, union leaders said in a statement, will go ahead on Friday.",
        [("R", "The strike, union leaders said in a statement, will go ahead on Friday", "said", "union leaders", None)],
    ),
    # precision: two words in all, a verb that is no cue, a preposition first, no verb after the aside
    ("Prices, he said, fell.", []),
    ("The deal, he feared, was dead.", []),
    ("The deal, he hoped, would survive the vote.", []),
    ("In May, she said, rents.", []),
    ("The deal, he said, sadly.", []),
    # a time phrase that holds "that": the clause after "that" as before
    (
        "The mayor said on Tuesday that the plan would cost $2 million.",
        [("R", "the plan would cost $2 million", "said", "The mayor", None)],
    ),
]

# phrases of time and place (and an outlet's noun) between the one told and a bare clause
TOLD_SETTINGS: list[tuple[str, list[Row]]] = [
    (
        "Ortiz told the Times newspaper on Monday she would resign.",
        [("R", "she would resign", "told", "Ortiz", None)],
    ),
    (
        "Mayor Ana Ruiz told reporters at City Hall on Tuesday the city would appeal.",
        [("R", "the city would appeal", "told", "Ana Ruiz", None)],
    ),
    (
        "The minister told Parliament on Wednesday the budget would pass.",
        [("R", "the budget would pass", "told", "The minister", None)],
    ),
    (
        "Ruiz told reporters in the capital last week the talks had failed.",
        [("R", "the talks had failed", "told", "Ruiz", None)],
    ),
    (
        "Tom Berg told the Herald newspaper in Dublin on Friday he had no regrets.",
        [("R", "he had no regrets", "told", "Tom Berg", None)],
    ),
    (
        "The coach told reporters at the stadium on Sunday Lopez would start.",
        [("R", "Lopez would start", "told", "The coach", None)],
    ),
    # precision: an order keeps today's reading; no clause after the setting; a thing told
    ("Ortiz told him in Paris to leave.", [("R", "him in Paris to leave", "told", "Ortiz", None)]),
    ("Ortiz told reporters at City Hall on Tuesday about the appeal.", []),
    ("Ortiz told a joke at City Hall on Tuesday.", []),
]

# a source set off inside its clause: after an opening phrase the clause after the aside; after the
# clause's subject the whole clause, the subject being part of what the source reports
ASIDE_SOURCES: list[tuple[str, str | None, list[Row]]] = [
    (
        "Over the long term, according to the study, the rise will slow.",
        None,
        [("R", "the rise will slow", "according to", "the study", None)],
    ),
    (
        "But the next day, according to the lawyer, the firm paid the fine.",
        None,
        [("R", "the firm paid the fine", "according to", "the lawyer", None)],
    ),
    (
        "The bill, according to the minister, will pass in March.",
        None,
        [("R", "The bill, according to the minister, will pass in March", "according to", "the minister", None)],
    ),
    (
        "Le texte, selon le ministre, sera voté en mars.",
        "fr",
        [("R", "Le texte, selon le ministre, sera voté en mars", "selon", "le ministre", None)],
    ),
    (
        "El texto, según el ministro, será aprobado en marzo.",
        "es",
        [("R", "El texto, según el ministro, será aprobado en marzo", "según", "el ministro", None)],
    ),
]

# a short clause after "that" in a pack whose subjects may be dropped; other packs unchanged
SHORT_CLAUSES: list[tuple[str, str | None, list[Row]]] = [
    ("El ministro dijo que dimitirá.", "es", [("R", "dimitirá", "dijo", "El ministro", None)]),
    ("La alcaldesa aseguró que votará pronto.", "es", [("R", "votará pronto", "aseguró", "La alcaldesa", None)]),
    ("El ministro dijo que sí.", "es", []),
    ("El ministro dijo que no.", "es", []),
    (
        "Le ministre a dit qu'il démissionnera.",
        "fr",
        [("R", "il démissionnera", "a dit", "Le ministre", None)],
    ),
    ("Der Minister sagte, er trete zurück.", "de", [("R", "er trete zurück", "sagte", "Der Minister", None)]),
    ("The minister said that soon.", None, []),
    ("The minister said so.", None, []),
]


@pytest.mark.parametrize(("text", "language", "expected"), ASIDE_SOURCES + SHORT_CLAUSES)
def test_packs(text: str, language: str | None, expected: list[Row]) -> None:
    assert quotes_of(text, language) == expected

# a relative clause for a person whose closing comma is missing before the cue
UNCLOSED_RELATIVES: list[tuple[str, list[Row]]] = [
    (
        "The governor, who faces re-election in November told CNN the plan was dead.",
        [("R", "the plan was dead", "told", "The governor", None)],
    ),
    (
        "Mayor Ana Ruiz, who took office last spring said the budget would be cut.",
        [("R", "the budget would be cut", "said", "Ana Ruiz", None)],
    ),
    (
        "The senator, who chairs the committee on Monday insisted the bill would pass.",
        [("R", "the bill would pass", "insisted", "The senator", None)],
    ),
    # precision: the cue is the relative's own; a coordinator joins it to the relative
    ("The governor, who told CNN the plan was dead, left office.", [("R", "the plan was dead", "told", "The governor", None)]),
    ("The governor, who faces re-election in November and told CNN the plan was dead.", []),
]

# a bare clause after the cue whose long subject runs to an auxiliary
LONG_SUBJECTS: list[tuple[str, list[Row]]] = [
    (
        "Ortiz said states like Ohio and Iowa will settle the race first.",
        [("R", "states like Ohio and Iowa will settle the race first", "said", "Ortiz", None)],
    ),
    (
        "The minister insisted prices for most goods in the region would fall.",
        [("R", "prices for most goods in the region would fall", "insisted", "The minister", None)],
    ),
    (
        "Analysts added shares of regional lenders could slide further.",
        [("R", "shares of regional lenders could slide further", "added", "Analysts", None)],
    ),
    (
        "The general said mass meetings during the campaign should be avoided.",
        [("R", "mass meetings during the campaign should be avoided", "said", "The general", None)],
    ),
    (
        "The agency said lower coffee prices this year could cut export income.",
        [("R", "lower coffee prices this year could cut export income", "said", "The agency", None)],
    ),
    # precision: a relative clause's auxiliary, a coordinated verb of the speaker
    ("Ortiz said goodbye to workers who will leave.", []),
    ("Ortiz said sorry and will resign.", []),
    ("Ortiz said hello to voters in Ohio on Monday.", []),
    # a noun before a determiner: where the subject opens is not sure, no words rather than wrong ones
    ("Berg told a House subcommittee hearing the secondary market could be set up.", []),
    ("Baka told the official news agency PAP yesterday the talks were a step forward.", []),
]


@pytest.mark.parametrize(("text", "expected"), LONG_SUBJECTS)
def test_long_subject(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), UNCLOSED_RELATIVES)
def test_unclosed_relative(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), INTERRUPTED)
def test_interrupted_attribution(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), TOLD_SETTINGS)
def test_settings_after_the_one_told(text: str, expected: list[Row]) -> None:
    assert quotes_of(text) == expected
