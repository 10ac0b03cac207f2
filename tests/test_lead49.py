"""Readings fixed after a new user's trial of round 49's merge (trial49).

1. A role set off after a name whose closing comma is missing, with a link after its noun (``Tom
   Hale, a shipping analyst with Clarksons said``, ``Dr. Alan Webb, a pollster at Monmouth
   University said``): the name speaks, not the body or place after the link, nor the role.
2. Related links inside a story need the page's label over them (``Most Read``): four short
   lines with no label may be the story's facts, their bullets lost in the copy.
3. Credits no list knows are read only on pages that print their credits bare: a page that
   labels them (``Photo: ...``) sets a bare capitalised line under a sentence as a subhead.
"""

from __future__ import annotations

import pytest

from newsparse import ArticleParser, QuoteParser, parse_article
from parts import blocks, holds_every_line

HEAD = "Port strike enters its second week"


class CreditShapes(ArticleParser):
    READ_CREDIT_SHAPES = True


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Tom Hale, a shipping analyst with Clarksons said the strike would cost millions.", "Tom Hale"),
        ("Tom Hale, an analyst with Clarksons Research said the strike would cost millions.", "Tom Hale"),
        ("Alan Webb, a pollster at Monmouth University said voters were split.", "Alan Webb"),
        ("Dr. Alan Webb, a pollster at Monmouth University said voters were split.", "Alan Webb"),
        ("Maria Lopez, a nurse in Leeds said the wards were full.", "Maria Lopez"),
        ("Sen. Ana Ruiz, a member of the panel said the bill was dead.", "Ana Ruiz"),
        ("Ines Moreau, a trader from Lyon said prices would rise.", "Ines Moreau"),
        # the comma closed: as before
        ("Tom Hale, an analyst with Clarksons, said the strike would cost millions.", "Tom Hale"),
        # others speak: a plural role, someone's own role, a definite role after an opening phrase
        ("Tom Berg, officials at the port said the ships were late.", "officials at the port"),
        ("Ana Ortiz, her lawyer said the case was weak.", "her lawyer"),
        ("Facing John Smith, the mayor said the city was safe.", "the mayor"),
    ],
)
def test_unclosed_role_with_a_link(sentence: str, speaker: str) -> None:
    article = parse_article(blocks(HEAD, sentence))
    assert [(quote.kind.value, quote.speaker.name if quote.speaker else None) for quote in article.quotes] == [
        ("indirect", speaker)
    ]


def test_unclosed_role_links_are_a_vocabulary() -> None:
    # a subclass adds a link of its own: the name before the role speaks with it, and without it
    # the whole role is read as before
    class Near(QuoteParser):
        APPOSITIVE_LINKS = (*QuoteParser.APPOSITIVE_LINKS, "near")

    text = blocks(HEAD, "Tom Hale, a fisherman near Galway said the catch was down.")
    names = [
        [quote.speaker.name if quote.speaker else None for quote in parser.parse(text).quotes]
        for parser in (ArticleParser(), ArticleParser(quotes=Near()))
    ]
    assert names == [["a fisherman near Galway"], ["Tom Hale"]]


LEDE = "Thousands of homes were without power on Saturday after the strongest storm in a decade hit the island."
ABOVE = (
    "Storm Eunice brought winds of 130 km/h to the west coast on Friday, and forecasters warned that a "
    "second band of rain would follow on Sunday."
)
BELOW = "The coastguard said it had rescued two fishermen whose boat lost power off the coast of Clare."
FACTS = (
    "Schools in 12 counties closed until Monday",
    "All ferries to the mainland cancelled",
    "Power cut to 80,000 homes in the west",
    "Trains running a reduced service on all routes",
)


@pytest.mark.parametrize(
    ("label", "related"),
    [
        ((), []),
        (("Trending Now",), ["Trending Now", *FACTS]),
        (("Most Popular Stories",), ["Most Popular Stories", *FACTS]),
    ],
)
def test_link_run_needs_a_label(label: tuple[str, ...], related: list[str]) -> None:
    article = parse_article(blocks("Storm Eunice batters the west", LEDE, ABOVE, *label, *FACTS, BELOW))
    assert holds_every_line(article)
    assert [item.text for item in article.boilerplate if item.kind == "related"] == related
    kept = [] if related else [*label, *FACTS]
    assert [paragraph.text for paragraph in article.paragraphs] == [LEDE, ABOVE, *kept, BELOW]


def test_unknown_credit_needs_bare_credits() -> None:
    text = blocks(
        "Council budget passes after long night",
        "The council passed its budget at 2 a.m. on Wednesday after a nine-hour meeting.",
        "Councillors debate the budget at City Hall on Tuesday night.",
        "Photo: Jane Roe/The Herald",
        "Councillors argued over the library funding for three hours before the first vote was called.",
        "The mayor speaks to reporters after the vote.",
        "Photo: Jane Roe/The Herald",
        "The library will lose two branches under the plan, and opening hours at the rest will be cut.",
        "The vote came after midnight.",
        "Library Cuts",
        "The mayor said she was disappointed by the vote and would try again in the autumn.",
    )
    article = CreditShapes().parse(text)
    assert holds_every_line(article)
    assert [(caption.text, caption.credit) for caption in article.captions] == [
        ("Councillors debate the budget at City Hall on Tuesday night.", "Jane Roe/The Herald"),
        ("The mayor speaks to reporters after the vote.", "Jane Roe/The Herald"),
    ]
    texts = [paragraph.text for paragraph in article.paragraphs]
    assert texts[-3:] == [
        "The vote came after midnight.",
        "Library Cuts",
        "The mayor said she was disappointed by the vote and would try again in the autumn.",
    ]


# -- a second reader's findings on the merged layout rules (rev49) --------------------------------

OPENING = "The council approved its budget on Tuesday after a long debate over spending priorities."
CLOSING = "Officials said the projects would start in the spring and end by the close of next year."


def paragraphs_and_filed(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    article = parse_article(text)
    assert holds_every_line(article)
    return [p.text for p in article.paragraphs], [(item.kind, item.text) for item in article.boilerplate]


def test_list_led_in_by_a_sentence_stays_the_story() -> None:
    items = (
        "A new library branch in the north of the city",
        "Repairs to the harbour wall along the east side",
        "More buses on the routes that serve the hospital",
        "Free school meals for children in the first grade",
    )
    lead = "The budget sets aside money for four projects over the coming year."
    paragraphs, filed = paragraphs_and_filed(blocks("Council approves new budget", OPENING, lead, *items, CLOSING))
    assert paragraphs == [OPENING, lead, *items, CLOSING]
    assert filed == []


def test_chant_printed_twice_after_a_colon_stays_the_story() -> None:
    lead = "As they reached the town hall, the crowd began a call and response:"
    chant = ("Whose city", "A city for the people who live here") * 2
    paragraphs, filed = paragraphs_and_filed(blocks("Thousands march for housing", OPENING, lead, *chant, CLOSING))
    assert paragraphs == [OPENING, lead, *chant, CLOSING]
    assert filed == []


@pytest.mark.parametrize(
    "line",
    [
        "Within minutes the site slowed to a crawl. Click to join the queue, the page told them for hours.",
        "The emails open with a photo of a flooded street. Click here to donate now, they say, with a link.",
        "Click to join the queue, the page told them for hours.",
    ],
)
def test_story_sentence_with_a_call_to_click_stays(line: str) -> None:
    paragraphs, filed = paragraphs_and_filed(blocks("Ticket site crashes", OPENING, line, CLOSING))
    assert paragraphs == [OPENING, line, CLOSING]
    assert filed == []


def test_story_question_between_read_more_links_stays() -> None:
    question = "The question now is who will pay for the new boats the council promised?"
    text = blocks(
        "Ferry workers strike", OPENING, "Read more: Ferry fares rise again", question,
        "Read more: Bus routes cut across the county",
    )
    paragraphs, filed = paragraphs_and_filed(text)
    assert paragraphs == [OPENING, question]
    assert filed == [
        ("related", "Read more: Ferry fares rise again"),
        ("related", "Read more: Bus routes cut across the county"),
    ]


def test_short_sentence_over_a_subhead_is_no_caption() -> None:
    pictures = [
        ("A crew clears debris from the seafront road on Wednesday.", "Jo Roe/Getty Images"),
        ("Volunteers fill sandbags outside the town hall.", "Sam Lee/Reuters"),
    ]
    text = blocks(
        "Storm floods coastal towns", OPENING, *pictures[0], CLOSING, *pictures[1],
        "Then the water came.", "What Happens Next", "The council estimates repairs will cost millions this year.",
    )
    article = CreditShapes().parse(text)
    assert holds_every_line(article)
    assert [(c.text, c.credit) for c in article.captions] == pictures
    assert [p.text for p in article.paragraphs][-3:] == [
        "Then the water came.", "What Happens Next", "The council estimates repairs will cost millions this year.",
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The promoter apologised on Saturday and said more dates would be added.", "The promoter"),
        ("The minister resigned on Friday and said she had no regrets.", "The minister"),
        ("Ortiz and Berg said the deal was close.", "Ortiz and Berg"),
    ],
)
def test_clause_and_coordinator_before_the_cue(sentence: str, speaker: str) -> None:
    article = parse_article(blocks("Tour dates added", sentence))
    assert [q.speaker.name if q.speaker else None for q in article.quotes] == [speaker]


def test_credit_shapes_are_off_by_default() -> None:
    # a page of bare credits with a one-sentence paragraph over a subhead: by default the story's
    pictures = [
        ("A crew clears debris from the seafront road on Wednesday.", "Jo Roe/Getty Images"),
        ("Volunteers fill sandbags outside the town hall.", "Sam Lee/Reuters"),
    ]
    sentence = "Farmers count the cost of ruined crops across the lower valley."
    text = blocks(
        "Storm floods coastal towns", OPENING, *pictures[0], CLOSING, *pictures[1], sentence, "Waiting For Help",
        "The council estimates repairs will cost millions this year.",
    )
    for parser, captions in ((ArticleParser(), pictures), (CreditShapes(), [*pictures, (sentence, "Waiting For Help")])):
        article = parser.parse(text)
        assert holds_every_line(article)
        assert [(c.text, c.credit) for c in article.captions] == captions


@pytest.mark.parametrize("subhead", ["The latest flood figures", "More key numbers", "What we read this week"])
def test_subhead_with_a_label_word_is_no_page_label(subhead: str) -> None:
    paragraphs, filed = paragraphs_and_filed(blocks("Storm Eunice batters the west", LEDE, ABOVE, subhead, *FACTS, BELOW))
    assert paragraphs == [LEDE, ABOVE, subhead, *FACTS, BELOW]
    assert filed == []


def test_repeated_line_after_a_sentence_stays_the_story() -> None:
    lead = "As the coffins passed, the crowd fell silent and then began to chant, softly at first."
    chant = ["Bring them home now"] * 4
    paragraphs, filed = paragraphs_and_filed(blocks("Thousands line the streets", LEDE, lead, *chant, CLOSING))
    assert paragraphs == [LEDE, lead, *chant, CLOSING]
    assert filed == []
