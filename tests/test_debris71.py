"""Debris at a story's foot that a new user's trial of round 71 found filed as paragraphs (debris71): an
outlet's note about itself closed by a call to support or subscribe, a paywall's notice, a comment
section's gate whose links were lost in the copy, a keyword label over the story's tags, a button that
follows the story's topics.  Invented stories in the layouts pages print; each row says exactly what
must come out, the rows that must not change beside the ones that must."""

from __future__ import annotations

import pytest

from articles import parse_held
from parts import blocks, texts

STORY = (
    "Ferry fares to rise in April\n\nBy Maria Lund",
    "Ferry fares between the islands will rise by 6 percent in April, the operator said on Monday.",
    "Island councils said the rise would hit commuters and hauliers hardest.",
)


@pytest.mark.parametrize(
    ("foot", "kind"),
    [
        # an outlet's note about itself, then its call
        ("We've been covering the islands since 1998. Support us.", "subscribe"),
        ("Independent local journalism has never been under more pressure. Please support us.", "subscribe"),
        ("The Harbour Ledger is a community of readers who value facts. Subscribe for just $3 a month.", "subscribe"),
        (
            "Start the day with a summary of the day's most important stories and analysis. Sign up for our"
            " Morning Brief newsletter.",
            "subscribe",
        ),
        # a paywall's notice, whole or in two sentences
        ("You have 58% of this article left to read. The rest is for subscribers only.", "subscribe"),
        ("You have 71% of this article left to read.", "subscribe"),
        ("The rest of this article is reserved for subscribers.", "subscribe"),
        ("This article is for subscribers only.", "subscribe"),
        ("Please support us.", "subscribe"),
        # a comment section's gate, its links lost in the copy, maybe after its question
        ("Want to join the conversation? Please or to comment on this article.", "share"),
        ("Want to join the conversation?\nPlease or to comment on this article.", "share"),
        ("Please log in or register to comment on this article.", "share"),
        ("Please sign in to comment on this story.", "share"),
        # a list of tags after its label on one line, a full stop closing it
        ("Tags: Ferries, Transport, Islands.", "related"),
        ("Keywords: Ferries, Fares", "related"),
        # the call with its buttons under it in the same block
        ("We've been covering the islands since 1998. Support us.\nBecome a member", "subscribe"),
    ],
)
def test_foot_debris_is_boilerplate(foot: str, kind: str) -> None:
    article = parse_held(blocks(*STORY, foot))
    assert texts(article) == list(STORY[1:])
    assert [(item.kind, item.text) for item in article.boilerplate] == [(kind, line) for line in foot.split("\n")]


@pytest.mark.parametrize(
    ("foot", "expected"),
    [
        # a label alone over the story's tags on the line under it
        ("Keywords\nFerries, Transport, Islands", [("related", "Keywords"), ("related", "Ferries, Transport, Islands")]),
        ("Tags\nFerries, Transport", [("related", "Tags"), ("related", "Ferries, Transport")]),
        # a button that follows the story's topics, the topic under it (no paragraph of the story)
        ("Click the alert icon to follow topics:\nIslands", [("share", "Click the alert icon to follow topics:"), ("other", "Islands")]),
        ("Tap the bell button to follow these topics:\nTransport", [("share", "Tap the bell button to follow these topics:"), ("other", "Transport")]),
    ],
)
def test_a_label_over_the_tags_files_them_too(foot: str, expected: list[tuple[str, str]]) -> None:
    article = parse_held(blocks(*STORY, foot))
    assert texts(article) == list(STORY[1:])
    assert [(item.kind, item.text) for item in article.boilerplate] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a story's sentences with the same words: a report, a quotation, a long last sentence
        "The charity has fed 300 families since June. Please support us, its director said.",
        "Residents were told to register by Friday. Sign up here, the council said.",
        "The operator's app now has 40,000 subscribers. The rest of its customers buy tickets at the quay.",
        "Hauliers say margins are thin. \"Please support us,\" one driver told the council.",
        "The union asked islanders to back the strike. Its leaflets read: Support us.",
        "Fewer people now read the island's paper in print. The rest read it on their phones, the editor said.",
        "The ferry service has 2 million passengers a year and a fleet of nine ships.",
        "Keywords such as 'lifeline' appear in the operator's filing with the regulator.",
        "Tags on the crates showed they had been loaded in Bergen.",
        "Click the link in the operator's email to claim a refund, the consumer group advised.",
        # a list with "and" closed by a full stop is a sentence
        "Keywords: chiaroscuro, onomatopoeia and bouillabaisse.",
        # a call that the story reports, its attribution after a comma (any verb)
        "The station's editor ended his post with a plea. Subscribe to our channel, he wrote.",
        "The presenters made a direct appeal to listeners. Please support us, they urged.",
    ],
)
def test_story_sentence_with_the_words_stays(sentence: str) -> None:
    article = parse_held(blocks(*STORY, sentence))
    assert texts(article) == [*STORY[1:], sentence]
    assert article.boilerplate == ()


SHELTER = "The shelter's director said donations had halved since the spring."


@pytest.mark.parametrize(
    "appeal",
    [
        "We are a small team and rely on donors. Please support us.",
        "Our newsroom shrank from 40 people to six. Subscribe to a local paper today.",
    ],
)
def test_a_call_with_the_story_under_it_stays_the_story(appeal: str) -> None:
    # read at the foot only: the same line between the story's paragraphs is the story's (a shelter's
    # appeal that the story reports, a column's plea)
    article = parse_held(blocks(*STORY, appeal, SHELTER))
    assert texts(article) == [*STORY[1:], appeal, SHELTER]
    assert article.boilerplate == ()
