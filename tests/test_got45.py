"""Stop 41's quotes found with no speaker where the text names one (issue 5): a possessive before
quoted words and a noun for words said after them (``Romney's "47 percent" comment``), a
sentence that presents the words after a colon (``Here's Ortiz in 2019: "..."``, ``From Ortiz's
post: "..."``), a paragraph of
closed quoted words before a paragraph that opens with more of them and names the speaker, and
the ``-ing`` forms of speech verbs such as shouting and asking before quotation marks (also after a
clause that a comma and ``when`` or ``as`` open when the sentence's own subject is a thing).  Each
table holds sentences that had no speaker before and near controls that keep none or keep
theirs; each row says every quote's text, speaker's name and mention."""

from __future__ import annotations

import pytest

from quote_cases import speaker_rows

# (paragraphs, [(quote text, speaker's name, mention)])
Row = tuple[str, list[tuple[str, "str | None", "str | None"]]]

POSSESSIVE_CLAIM: list[Row] = [
    # a name's possessive, the quoted words, a noun for words said: the owner said them
    (
        'Critics never forgot Dana Whitfield\'s "forty percent" comment from the campaign.',
        [("forty percent", "Dana Whitfield", "Dana Whitfield")],
    ),
    (
        'Voters still quote Senator Ana Ortiz\'s "read my lips" promise.',
        [("read my lips", "Ana Ortiz", "Ana Ortiz")],
    ),
    ('Tom Berg\'s "we will be back" vow drew cheers.', [("we will be back", "Tom Berg", "Tom Berg")]),
    (
        "Officials recalled Mayor Tom Berg\u2019s \u201cnot one more cut\u201d pledge.",
        [("not one more cut", "Tom Berg", "Tom Berg")],
    ),
    # controls: a charge others bring, a possessive pronoun (no one named), a thing's pledge, a plan
    ('Ortiz\'s "reckless driving" charge was dropped on Monday.', [("reckless driving", None, None)]),
    ('Voters remember his "no new taxes" pledge.', [("no new taxes", None, None)]),
    ("The city's \"zero waste\" pledge was dropped in March.", []),
    ('The mayor\'s "open government" plan was shelved.', []),
]

PRESENTING: list[Row] = [
    # "Here's" or "Here is", a name or a role, maybe when or where, a colon: that person's words
    (
        "The senator has changed her tune.\n\nHere's Ana Ortiz in 2019: \"We will never raise the fare.\"",
        [("We will never raise the fare.", "Ana Ortiz", "Ana Ortiz")],
    ),
    (
        "The senator has changed her tune.\n\nHere is Mayor Ana Ortiz on the budget: \u201cWe will not cut the libraries.\u201d",
        [("We will not cut the libraries.", "Ana Ortiz", "Mayor Ana Ortiz")],
    ),
    (
        "The senator has changed her tune.\n\n"
        "Here\u2019s the mayor speaking to reporters last week: \u201cThe fare stays where it is.\u201d",
        [("The fare stays where it is.", "the mayor", "the mayor")],
    ),
    # the person alone is the mention, never the opener nor the setting
    (
        "The senator has changed her tune.\n\nHere's Ortiz in 1990: \"We will balance the budget.\"",
        [("We will balance the budget.", "Ortiz", "Ortiz")],
    ),
    (
        "The senator has changed her tune.\n\nHere's Ana Ortiz: \"We will balance the budget.\"",
        [("We will balance the budget.", "Ana Ortiz", "Ana Ortiz")],
    ),
    # "From" or "In", a possessive and a noun for an utterance, a colon: the owner's words
    (
        "The senator spoke at length on Monday.\n\nFrom Tom Berg's Facebook post: \"For the sake of our party, we must move on.\"",
        [("For the sake of our party, we must move on.", "Tom Berg", "Tom Berg")],
    ),
    (
        "The senator spoke at length on Monday.\n\nIn the mayor\u2019s words: \u201cWe will not cut the libraries.\u201d",
        [("We will not cut the libraries.", "the mayor", "the mayor")],
    ),
    (
        "The senator spoke at length on Monday.\n\n"
        "From Senator Ana Ortiz's opening statement: \"We will not cut the libraries.\"",
        [("We will not cut the libraries.", "Ana Ortiz", "Ana Ortiz")],
    ),
    # controls: no one presented (a thing, someone's answer, a possessive pronoun, a thing's
    # website, a view that is no utterance), and a free relative that names its speaker
    (
        "The senator spoke at length on Monday.\n\nIn his words: \"We will not cut the libraries.\"",
        [("We will not cut the libraries.", None, None)],
    ),
    (
        "The senator spoke at length on Monday.\n\nFrom the city's website: \"We will not cut the libraries.\"",
        [("We will not cut the libraries.", None, None)],
    ),
    (
        "The senator spoke at length on Monday.\n\nIn Ortiz's view: \"We will not cut the libraries.\"",
        [("We will not cut the libraries.", None, None)],
    ),
    (
        "The senator has changed her tune.\n\nHere's the thing: \"Nobody reads the small print.\"",
        [("Nobody reads the small print.", None, None)],
    ),
    (
        "The senator has changed her tune.\n\nHere's Ortiz's answer: \"We will see.\"",
        [("We will see.", None, None)],
    ),
    (
        "The senator has changed her tune.\n\nHere is London in 1990: \"The city never sleeps.\"",
        [("The city never sleeps.", None, None)],
    ),
    (
        "The senator has changed her tune.\n\nHere's what voters told us: \"Nobody reads the small print.\"",
        [("Nobody reads the small print.", "voters", "voters")],
    ),
]

CLOSED_RUN: list[Row] = [
    # a paragraph of closed quoted words, then one opening with the same mark and attributed after
    (
        "Tom Berg is upbeat about the bill's chances.\n\n"
        "\u201cNot only can this bill pass, it is the one with the best chance.\u201d\n\n"
        "\u201cIt may be the only one, because the others are stalled,\u201d Berg said.",
        [
            ("Not only can this bill pass, it is the one with the best chance.", "Tom Berg", "Berg"),
            ("It may be the only one, because the others are stalled,", "Tom Berg", "Berg"),
        ],
    ),
    (
        'Ana Ortiz, the whip, counted again on Thursday.\n\n"We have the numbers."\n\n'
        '"We have had them for weeks," said Ana Ortiz, the whip.',
        [("We have the numbers.", "Ana Ortiz", "Ana Ortiz"), ("We have had them for weeks,", "Ana Ortiz", "Ana Ortiz")],
    ),
    # controls: no one named in the paragraph before (or none at all), a question and its answer,
    # a reply, another mark, narration after the words
    (
        'The vote is on Friday.\n\n"We have the numbers."\n\n"We have had them for weeks," said Ana Ortiz, the whip.',
        [("We have the numbers.", None, None), ("We have had them for weeks,", "Ana Ortiz", "Ana Ortiz")],
    ),
    (
        '"We have the numbers."\n\n"We have had them for weeks," said Ana Ortiz, the whip.',
        [("We have the numbers.", None, None), ("We have had them for weeks,", "Ana Ortiz", "Ana Ortiz")],
    ),
    (
        'Ortiz met voters on Friday.\n\n"Will you run again?"\n\n"No," Ortiz said.',
        [("Will you run again?", None, None), ("No,", "Ortiz", "Ortiz")],
    ),
    (
        'Ortiz met voters on Friday.\n\n"You cannot win this."\n\n"We will see," Ortiz replied.',
        [("You cannot win this.", None, None), ("We will see,", "Ortiz", "Ortiz")],
    ),
    (
        'Ana Ortiz counted again.\n\n"We have the numbers."\n\n\u201cWe have had them for weeks,\u201d said Ana Ortiz.',
        [("We have the numbers.", None, None), ("We have had them for weeks,", "Ana Ortiz", "Ana Ortiz")],
    ),
    (
        'Ana Ortiz counted again.\n\n"We have the numbers." The whip smiled.\n\n"We have had them for weeks," said Ana Ortiz.',
        [("We have the numbers.", None, None), ("We have had them for weeks,", "Ana Ortiz", "Ana Ortiz")],
    ),
]

QUOTING_PARTICIPLE: list[Row] = [
    # shouting, chanting, asking, yelling before the marks: the clause's subject
    (
        "The first clash came during a speech at the college, when the protesters interrupted her, "
        "shouting \u201cshe wins, we lose!\u201d",
        [("she wins, we lose!", "the protesters", "the protesters")],
    ),
    (
        'The protest turned loud at noon, as the farmers blocked the road, chanting "no farms, no food."',
        [("no farms, no food.", "the farmers", "the farmers")],
    ),
    (
        'The hearing ended early, after Ana Ortiz walked out, shouting "This is a farce!"',
        [("This is a farce!", "Ana Ortiz", "Ana Ortiz")],
    ),
    ('Tom Berg stormed out of the meeting, yelling "This is a farce!"', [("This is a farce!", "Tom Berg", "Tom Berg")]),
    ('Ana Ortiz turned to the clerk, asking "Where are the minutes?"', [("Where are the minutes?", "Ana Ortiz", "Ana Ortiz")]),
    # controls: a thing's participle, a thing in the clause before it, a quoting participle with
    # words before the marks (the fans chant, the coach speaks), an object that shouts
    ('Government bonds rallied, suggesting that "the worst is over."', [("the worst is over.", None, None)]),
    (
        'The storm hit at noon, as the river rose, threatening "a flood of historic size."',
        [("a flood of historic size.", None, None)],
    ),
    (
        'The coach spoke to the fans chanting at the referee, asking them to "think of the badge."',
        [("think of the badge.", "The coach", "The coach")],
    ),
    (
        'Tom Berg faced the crowd shouting at him and said "We will be back."',
        [("We will be back.", "Tom Berg", "Tom Berg")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [*POSSESSIVE_CLAIM, *PRESENTING, *CLOSED_RUN, *QUOTING_PARTICIPLE])
def test_speakers(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert speaker_rows(text) == expected


RECAP: list[Row] = [
    # a lone quotation, then a paragraph that looks back at it and names who said it
    (
        "The merger failed within two years.\n\n"
        '"You had a lot of people saying we should have merged a donkey with a rabbit."\n\n'
        "That was how Jeffrey Lam, the chief executive of the company, once described the deal.",
        [("You had a lot of people saying we should have merged a donkey with a rabbit.", "Jeffrey Lam", "Jeffrey Lam")],
    ),
    (
        'The council met on Monday.\n\n"We are not going anywhere."\n\nThat\u2019s how the mayor put it after the vote.',
        [("We are not going anywhere.", "the mayor", "the mayor")],
    ),
    (
        'The council met on Monday.\n\n"We are not going anywhere."\n\nThat is how Mayor Ana Ortiz summed up the year.',
        [("We are not going anywhere.", "Ana Ortiz", "Mayor Ana Ortiz")],
    ),
    # controls: no verb of putting words (a deed), a thing after the opener
    (
        'The council met on Monday.\n\n"We are not going anywhere."\n\nThat was how Ortiz won the race.',
        [("We are not going anywhere.", None, None)],
    ),
    (
        'The council met on Monday.\n\n"We are not going anywhere."\n\nThat was how the plan failed, in the end.',
        [("We are not going anywhere.", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RECAP)
def test_recap_names_the_speaker(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert speaker_rows(text) == expected


PULL_QUOTE: list[Row] = [
    # a quotation that opens its paragraph and closes its line, then a line that is only a name
    (
        "The council met on Monday to discuss the harbour.\n\n"
        "\u201cWe will not back down on the harbour.\u201d\nAna Ortiz, mayor of Dover\n\nThe vote is on Friday.",
        [("We will not back down on the harbour.", "Ana Ortiz", "Ana Ortiz")],
    ),
    (
        "The council met on Monday to discuss the harbour.\n\n"
        '"We will not back down on the harbour."\nMayor Tom Berg\n\nThe vote is on Friday.',
        [("We will not back down on the harbour.", "Tom Berg", "Mayor Tom Berg")],
    ),
    # controls: a sentence on the next line, a place, an attributed quote keeps its speaker
    (
        "The council met on Monday to discuss the harbour.\n\n"
        '"We will not back down on the harbour."\nThe vote is on Friday, and the mayor is worried.',
        [("We will not back down on the harbour.", None, None)],
    ),
    (
        "The council met on Monday to discuss the harbour.\n\n"
        '"We will not back down on the harbour."\nDover\n\nThe vote is on Friday.',
        [("We will not back down on the harbour.", None, None)],
    ),
    (
        "The council met on Monday to discuss the harbour.\n\n"
        '"We will not back down on the harbour," said one resident.\nAna Ortiz, mayor of Dover',
        [("We will not back down on the harbour,", "one resident", "one resident")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PULL_QUOTE)
def test_name_line_under_a_pull_quote(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert speaker_rows(text) == expected
