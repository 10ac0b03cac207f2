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


@pytest.mark.parametrize(
    "tail",
    [
        # precision: more of the page under the line, a link's teaser over the next link, stays debris
        "Next in Business\n\nShe said the strike that began in May never ends\n\nMore in Business\n",
        "Latest News\n\nThe ferry company was not available for comment on the dispute\n\nMore Latest News\n",
    ],
)
def test_running_line_with_page_under_it(tail: str) -> None:
    article = parse(STORY + tail)
    assert holds_every_line(article)
    assert texts(article) == ["Workers walked out in May."]


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


BLOG = "Election live: polls close across the state\n\n"
ENTRY = "Polling stations in the north reported long queues through the evening, and officials said turnout was higher.\n"


@pytest.mark.parametrize(
    ("top", "line", "heading", "clock"),
    [
        # one entry's clock and heading on one line over its text: the clock a stamp, the heading a paragraph
        ("By Jane Roe\n\n", "10:58 p.m. Turnout high, officials say", "Turnout high, officials say", "10:58 p.m."),
        ("", "10:58 p.m. Turnout high, officials say", "Turnout high, officials say", "10:58 p.m."),
        ("By Jane Roe\n\n", "21:40 Queues at northern stations", "Queues at northern stations", "21:40"),
    ],
)
def test_lone_glued_entry(top: str, line: str, heading: str, clock: str) -> None:
    article = parse(BLOG + top + line + "\n\n" + ENTRY)
    assert holds_every_line(article)
    assert texts(article) == [heading, ENTRY.strip()]
    assert ("timestamp", clock) in filed(article)
    assert all(clock not in quote.text for quote in article.quotes)


@pytest.mark.parametrize(
    "text",
    [
        # precision: a clock opening a sentence, or a clock line with no running text under it
        "Election live: polls close across the state\n\nBy Jane Roe\n\n10:58 p.m. was when the first results came in.\n\n" + ENTRY,
    ],
)
def test_clock_sentence_stays(text: str) -> None:
    article = parse(text)
    assert texts(article)[0] == "10:58 p.m. was when the first results came in."


def speakers(sentence: str) -> list[str | None]:
    article = parse("Council votes on harbour plan\n\n" + sentence + "\n")
    return [quote.speaker.mention if quote.speaker is not None else None for quote in article.quotes]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a place and its region after "for"/"of" in a role: the role speaks, never the region
        ("A spokesman for Lyon, France, said the bridge would close next week.", "A spokesman for Lyon, France"),
        ("A spokeswoman for Leeds, England, said the bridge would close next week.", "A spokeswoman for Leeds, England"),
        ("A deputy spokesman for Lyon, France, said the bridge would close next week.", "A deputy spokesman for Lyon, France"),
        ("The Prefect of Lyon, France, said the bridge would close next week.", "The Prefect of Lyon, France"),
        ("The Consul of Lyon, France, said the bridge would close next week.", "The Consul of Lyon, France"),
        # precision: a person's name set off after the role still speaks
        ("A spokesman for Lyon, Jane Roe, said the bridge would close next week.", "Jane Roe"),
        ("The chairman of Acme, Jane Roe, said the bridge would close next week.", "Jane Roe"),
        ("The mayor of Austin, Texas, said the bridge would close next week.", "The mayor of Austin, Texas"),
        # a list of subjects after an opening time phrase or with an adjective first: the whole list
        ("On Monday, the mayor, the governor and the sheriff said the pier was unsafe.", "the mayor, the governor and the sheriff"),
        ("Last week residents, shopkeepers and farmers said the pier was unsafe.", "residents, shopkeepers and farmers"),
        ("Earlier this month, nurses, teachers and porters said the pier was unsafe.", "nurses, teachers and porters"),
        ("Yesterday, Tom Berg, Ana Ruiz and Eva Hall said the pier was unsafe.", "Tom Berg, Ana Ruiz and Eva Hall"),
        ("Angry residents, shopkeepers and farmers said the pier was unsafe.", "Angry residents, shopkeepers and farmers"),
        ("Local residents, shopkeepers and farmers said the pier was unsafe.", "Local residents, shopkeepers and farmers"),
        # precision: a list from the sentence's start, one subject after a time
        ("The mayor, the governor and the sheriff said the pier was unsafe.", "The mayor, the governor and the sheriff"),
        ("Residents, shopkeepers and farmers said the pier was unsafe.", "Residents, shopkeepers and farmers"),
        ("On Monday, the mayor said the pier was unsafe.", "the mayor"),
        # a clause coordinated with its cue, as a headline writes it: the clause's subject
        ("USCIRF expresses concern over NRC, says 1.9 million residents may be left stateless.", "USCIRF"),
        ("Acme Bank raised its forecast, says growth will pick up.", "Acme Bank"),
        # precision: a name before a comma, an aside, an appositive
        ("Tom Berg, said the pier was unsafe.", "Tom Berg"),
        ("The mayor, however, said the pier was unsafe.", "The mayor"),
        ("Any honest reading of the plan, said Ana Ruiz, would show the pier was unsafe.", "Ana Ruiz"),
        ("Harbour trade representative Ana Ruiz, replied that the pier was unsafe.", "Harbour trade representative Ana Ruiz"),
        ("Goldman Sachs analysts in London, said the pier was unsafe.", "Goldman Sachs analysts in London"),
        ("The Diversified maker of health aids, said it acquired the pier in 1978.", "The Diversified maker of health aids"),
    ],
)
def test_speaker(sentence: str, speaker: str) -> None:
    assert speakers(sentence) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        # no capitalised subject before the clause's verb: never the whole clause
        "The commission expresses concern over the register, says 1.9 million residents may be left stateless.",
        "The diversified maker of health aids, said it acquired the pier in 1978.",
    ],
)
def test_coordinated_clause_without_subject(sentence: str) -> None:
    assert all(speaker not in (sentence.split(",")[0], "The") for speaker in speakers(sentence))
