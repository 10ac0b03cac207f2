"""Story lines lost and wrong values found in round 56 (fixL56): a last line of running text
without its full stop, a story sentence above a bare credit line, taken for its caption.
Invented stories; each row is the text and exactly what must come out."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import Article
from parts import holds_every_line

PARSER = newsparse.ArticleParser()


def parse(text: str) -> Article:
    return PARSER.parse(text)


def texts(article: Article) -> list[str]:
    return [paragraph.text for paragraph in article.paragraphs]


def filed(article: Article) -> list[tuple[str, str]]:
    return [(item.kind, item.text) for item in article.boilerplate]


STORY = "Strike drags on\n\nWorkers walked out in May.\n\n"


@pytest.mark.parametrize(
    ("last", "paragraph"),
    [
        # a clause of running text whose full stop the copy lost: the story's last paragraph
        ("She said the strike that began in May never ends", True),
        ("The union said the strike that began in May would end soon", True),
        ("Managers have offered a pay rise that the union rejected", True),
        ("The ferry company was not available for comment on the dispute", True),
        # precision: a link's title, a heading, a question, a button stay no paragraph
        ("Mayor says pier will reopen next month", False),
        ("Council Votes On The Harbour Plan For Next Year", False),
        ("Read more about the strike in our live coverage", False),
        ("Related stories", False),
    ],
)
def test_last_running_line(last: str, paragraph: bool) -> None:
    article = parse(STORY + last + "\n")
    assert holds_every_line(article)
    assert texts(article)[0] == "Workers walked out in May."
    if paragraph:
        assert texts(article) == ["Workers walked out in May.", last]
    else:
        assert last not in texts(article)


LEDE = "Senate confirms new electoral chief\n\nThe Senate on Tuesday confirmed Joash Amupitan as chairman of the electoral commission.\n\n"
UNDER = "\n\nAmupitan, 58, a professor of law, promised to be neutral on the campaign trail.\n"


@pytest.mark.parametrize(
    ("above", "credit", "story"),
    [
        # a long story sentence with a subordinate clause, in a block of its own amid the story
        ("The confirmation followed his screening at the plenary, which lasted about three hours.", "Photo: Reuters", True),
        ("The vote came after a debate in the upper chamber, where senators questioned him for hours.", "Photo: AFP", True),
        ("Lawmakers approved the nomination by a show of hands, when the screening ended on Tuesday.", "Photo: Reuters", True),
        # precision: a caption over its credit stays one
        ("Senators applaud after the vote in the chamber in Abuja on Tuesday.", "Photo: Reuters", False),
        ("Joash Amupitan, who was confirmed on Tuesday.", "Photo: Reuters", False),
        ("Amupitan speaks to reporters outside the chamber, where the screening took place on Tuesday.", "Photo: Reuters", False),
    ],
)
def test_story_sentence_over_credit(above: str, credit: str, story: bool) -> None:
    article = parse(LEDE + above + "\n\n" + credit + UNDER)
    assert holds_every_line(article)
    captions = [caption.text for caption in article.captions]
    if story:
        assert above in texts(article)
        assert above not in captions
    else:
        assert above in captions
        assert above not in texts(article)
