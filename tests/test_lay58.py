"""lay58 (stop 51): web copy's layout: a story's sentence after a call to the reader filed as
boilerplate, a stamp line ending in an agency in brackets read as a caption, a stamp label over a
blank line and the stamp read as a second publication, header captions whose credit a story's
line may end in too (a label and a bar, capitals glued to a dash) kept as debris, ``PHOTO`` and a
name and an outlet in capitals read as no credit, and a ``| via AGENCY`` tail left on the last
line.  Each row is a short article in our own words; the near-misses stand beside the fixes."""

from __future__ import annotations

import pytest

from newsparse import Article
from newsparse.boilerplate import BoilerplateParser
from newsparse.caption import CaptionParser
from newsparse.lines import Line
from newsparse.spans import Span
from parts import blocks, parse, sound, texts

KICKER = "LOCAL NEWS"
HEAD = "Council approves new water plan for the east side"
BYLINE = "By Anna Berg"
LEDE = "The city council on Tuesday approved a plan to upgrade water pipes in the eastern districts."
MORE = "The work will begin in April and last two years, officials said."


def filed(article: Article) -> list[tuple[str, str]]:
    return [(str(item.kind), item.text) for item in article.boilerplate]


def captions(article: Article) -> list[tuple[str, str | None]]:
    return [(caption.text, caption.credit) for caption in article.captions]


# -- 1. a call to the reader with a story's sentence after it -----------------------------------------

STORY_AFTER_CALL = [
    # a question, then a story's sentence: reported speech or none
    "Sign up to our newsletter? Many residents did, the council said.",
    "Sign up to our newsletter? Many residents did.",
    "Subscribe to our newsletter? More than 2,000 readers have, the editor said.",
    # a call, then reported speech in the next sentence
    "Sign up for our newsletter. More than 2,000 readers did so last year, the editor said.",
    "Follow us on Facebook. More than 2,000 people did, officials said.",
]


@pytest.mark.parametrize("line", STORY_AFTER_CALL)
def test_call_with_a_story_sentence_after_it_is_story(line: str) -> None:
    assert BoilerplateParser().kind(line) is None
    article = parse(blocks(KICKER, HEAD, BYLINE, LEDE, line, MORE))
    assert texts(article) == [LEDE, line, MORE]
    assert filed(article) == []
    assert sound(article)


# (precision: the call is the whole line's furniture)
CALLS = [
    ("Sign up for our newsletter", "subscribe"),
    ("Subscribe to our newsletter for the latest news.", "subscribe"),
    ("Want more deals? Join our Deals Newsletter.", "subscribe"),
    ("Sign up to our newsletter? We send it every morning.", "subscribe"),
    ("Sign up to our newsletter? It's free for you.", "subscribe"),
    ("Sign up to our newsletter? Many of you did.", "subscribe"),
    ("Want more deals? Join the Deals Newsletter.", "subscribe"),
    ("Like this story? Share it with a friend!", "share"),
    ("Share this article", "share"),
    ("Follow us on Facebook and Twitter", "share"),
    ("Read more: Floods hit the north", "related"),
    ("Read more: Dr. Roe says floods will worsen", "related"),
    # (a regression trial of the merged round: a link's second headline carries a cue as often as not, a promo
    # opens with a number, speaks to the reader or ends with no full stop; merge58)
    ("Read more: Floods hit the north. Rescue teams worked through the night, the governor said.", "related"),
    ("READ MORE: Harry memoir tops charts. Meghan says she is proud", "related"),
    ("Read more: Rates explained. Powell says cuts could come in June", "related"),
    ("Related: What is inflation? About 40% of adults cannot say, survey finds", "related"),
    ("Read more: Who benefits from the budget? Many pensioners, analysts say.", "related"),
    ("Sign up to our newsletter? 2,000 readers did last year.", "subscribe"),
    ("Sign up to our newsletter? 5 great deals land every morning.", "subscribe"),
    ("Sign up for our morning newsletter. Everyone says you should.", "subscribe"),
    ("Subscribe to The Daily Ledger. The best journalism, according to 2 million readers", "subscribe"),
]


@pytest.mark.parametrize(("line", "kind"), CALLS)
def test_call_alone_stays_boilerplate(line: str, kind: str) -> None:
    assert BoilerplateParser().kind(line) == kind


# (precision: a story's sentence that merely starts with a call's words is no call)
STORY_OPENERS = [
    "Sign up for the scheme opened on Monday, the council said.",
    "Share prices in the water company fell 3 percent after the vote.",
    "Follow-up inspections will take place in May, the council said.",
]


@pytest.mark.parametrize("line", STORY_OPENERS)
def test_story_sentence_opening_like_a_call_stays_story(line: str) -> None:
    article = parse(blocks(KICKER, HEAD, BYLINE, LEDE, line, MORE))
    assert texts(article) == [LEDE, line, MORE]
    assert sound(article)


# -- 2. a stamp line ending in a news agency in brackets ------------------------------------------------

BRACKETED_AGENCY_STAMPS = [
    ("Published March 3, 2025 10:00 GMT [Reuters]", "[Reuters]", "2025-03-03T10:00:00+00:00"),
    ("Published March 3, 2025 10:00 GMT (AFP)", "(AFP)", "2025-03-03T10:00:00+00:00"),
    ("March 4, 2025 08:15 GMT [AP]", "[AP]", "2025-03-04T08:15:00+00:00"),
]


@pytest.mark.parametrize(("line", "agency", "iso"), BRACKETED_AGENCY_STAMPS)
def test_stamp_line_ending_in_an_agency_is_the_publication(line: str, agency: str, iso: str) -> None:
    article = parse(blocks(KICKER, HEAD, line, BYLINE, LEDE, MORE))
    assert captions(article) == []
    assert article.published is not None and article.published.datetime.isoformat() == iso
    assert article.published.text == line[len("Published ") if line.startswith("Published") else 0 : -len(agency) - 1]
    assert texts(article) == [LEDE, MORE]
    assert agency in [text for _, text in filed(article)]
    assert sound(article)


def test_caption_ending_in_an_agency_in_brackets_stays_a_caption() -> None:
    # (precision: words of a picture before the agency, no stamp)
    line = "Residents queue for water at a kiosk in the east of the city. (AFP)"
    article = parse(blocks(KICKER, HEAD, line, BYLINE, LEDE, MORE))
    assert article.published is None
    assert texts(article) == [LEDE, MORE]


# -- 3. a stamp label alone, a blank line, then the stamp -------------------------------------------------

LABELS_OVER_BLANK = [
    ("Updated", "updated"),
    ("Last updated", "updated"),
    ("Published", "published"),
]


@pytest.mark.parametrize("blank", [True, False])
@pytest.mark.parametrize(("label", "kind"), LABELS_OVER_BLANK)
def test_stamp_label_over_a_blank_line_gives_the_kind(label: str, kind: str, blank: bool) -> None:
    stamp = "March 3, 2025 11:30 GMT"
    pieces = (label, stamp) if blank else (f"{label}\n{stamp}",)
    article = parse(blocks(KICKER, HEAD, *pieces, BYLINE, LEDE, MORE))
    found = article.updated if kind == "updated" else article.published
    other = article.published if kind == "updated" else article.updated
    assert found is not None and found.text == stamp
    assert found.datetime.isoformat() == "2025-03-03T11:30:00+00:00"
    assert other is None
    assert texts(article) == [LEDE, MORE]
    assert sound(article)


def test_label_over_a_blank_line_and_a_stamp_that_says_its_kind() -> None:
    # (precision: the stamp's own label says its kind, the label above it does not change it)
    article = parse(blocks(KICKER, HEAD, "Updated", "Published March 3, 2025 11:30 GMT", BYLINE, LEDE, MORE))
    assert article.published is not None and article.published.text == "March 3, 2025 11:30 GMT"
    assert article.updated is None


# -- 4 and 5. header captions whose credit a story's line may end in too ---------------------------------

HEADER_CAPTIONS = [
    ("Residents queue for water in Kibera on Monday as the taps ran dry for a week. PHOTO | FILE | NATION",
     ("Residents queue for water in Kibera on Monday as the taps ran dry for a week.", "NATION")),
    ("Residents queue for water in Kibera on Monday. PHOTO | FILE | NATION",
     ("Residents queue for water in Kibera on Monday.", "NATION")),
    ("Residents wait for water at the market. —JANE DOE/CITY DAILY",
     ("Residents wait for water at the market.", "JANE DOE/CITY DAILY")),
    ("Traders pack up their stalls at the old market after the last day of trading. —JO ROE/HARBOUR DAILY",
     ("Traders pack up their stalls at the old market after the last day of trading.", "JO ROE/HARBOUR DAILY")),
]


@pytest.mark.parametrize(("line", "caption"), HEADER_CAPTIONS)
def test_header_caption_with_a_credit_tail(line: str, caption: tuple[str, str]) -> None:
    article = parse(blocks("NEWS", "Water shortage hits city estates", line, "By Mary Wanjiku", LEDE, MORE))
    assert captions(article) == [caption]
    assert texts(article) == [LEDE, MORE]
    assert sound(article)


# (precision: reported speech or a dateline's lede before the credit is the story's sentence signed off)
HEADER_STORY_LINES = [
    "Thousands queued for water on Monday, the utility said. —JANE DOE/CITY DAILY",
    "Thousands queued for water on Monday, the utility said. PHOTO | FILE | NATION",
    "NAIROBI — Thousands queued for water on Monday as taps ran dry. —JANE DOE/CITY DAILY",
]


@pytest.mark.parametrize("line", HEADER_STORY_LINES)
def test_header_caption_rule_leaves_story_sentences(line: str) -> None:
    found = CaptionParser().header_caption(Line(line, Span(0, len(line)), 0, False))
    assert found is None


def test_dashed_credit_after_a_lede_stays_a_paragraph() -> None:
    # (precision: fixR57's narrowing holds in the body, after the story's first paragraph)
    line = "Residents wait for water at the market. —JANE DOE/CITY DAILY"
    article = parse(blocks("NEWS", "Water shortage hits city estates", "By Mary Wanjiku", LEDE, line, MORE))
    assert captions(article) == []
    assert texts(article) == [LEDE, line, MORE]


CAPS_OUTLET_CREDITS = [
    ("Volunteers at the food bank in Cork on Friday. PHOTO JO ROE, THE WEEKLY STAR",
     ("Volunteers at the food bank in Cork on Friday.", "JO ROE, THE WEEKLY STAR")),
    ("Volunteers at the food bank in Cork on Friday. PHOTO KAI LUND, CITY DAILY",
     ("Volunteers at the food bank in Cork on Friday.", "KAI LUND, CITY DAILY")),
    # (precision: a notice in capitals, no name and outlet)
    ("Entry is free for residents. PHOTO ID REQUIRED", None),
    ("Entry is free for residents. PHOTO ID REQUIRED, NO EXCEPTIONS", None),
]


@pytest.mark.parametrize(("line", "caption"), CAPS_OUTLET_CREDITS)
def test_photo_name_and_outlet_in_capitals_is_a_credit(line: str, caption: tuple[str, str] | None) -> None:
    found = CaptionParser().split_credit(Line(line, Span(0, len(line)), 0, False))
    assert (None if found is None else (found.text, found.credit)) == caption


# -- 6. a bar and an agency ending the last line ---------------------------------------------------------

BAR_SIGN_OFFS = [
    ("The barrier will protect 20,000 homes, the mayor said.", " | via Philippine News Agency"),
    ("The barrier will protect 20,000 homes, the mayor said.", " | via PNA"),
    ("The barrier will protect 20,000 homes, the mayor said.", " | Reuters"),
]


@pytest.mark.parametrize(("sentence", "tail"), BAR_SIGN_OFFS)
def test_bar_and_agency_on_the_last_line_is_a_sign_off(sentence: str, tail: str) -> None:
    article = parse(blocks("NATION", "City opens new flood barrier", "By Rosa Cruz", LEDE, sentence + tail))
    assert texts(article) == [LEDE, sentence]
    assert ("sign-off", tail.strip()) in filed(article)
    assert sound(article)


def test_bar_and_no_agency_stays_the_story() -> None:
    # (precision: a bar before words that name no agency)
    last = "The barrier will protect 20,000 homes, the mayor said. | via the river road"
    article = parse(blocks("NATION", "City opens new flood barrier", "By Rosa Cruz", LEDE, last))
    assert texts(article) == [LEDE, last]
    assert filed(article) == []


def test_bar_and_agency_over_more_story_stays_the_paragraphs() -> None:
    # (precision: over more of the story the tail stays the paragraph's, as fixT57a keeps it)
    line = "The barrier will protect 20,000 homes, the mayor said. | via Philippine News Agency"
    article = parse(blocks("NATION", "City opens new flood barrier", "By Rosa Cruz", LEDE, line, MORE))
    assert texts(article) == [LEDE, line, MORE]
    assert filed(article) == []


def test_bar_credited_caption_where_the_body_would_start() -> None:
    # a caption with a label and a bar right under the headline, no byline under it
    line = "Residents queue for water in Kibera on Monday as the taps ran dry for a week. PHOTO | FILE | NATION"
    article = parse(blocks("Water shortage hits city estates", line, LEDE, MORE))
    assert captions(article) == [(line.split(" PHOTO")[0], "NATION")]
    assert texts(article) == [LEDE, MORE]
    assert sound(article)


def test_reported_speech_with_a_bar_credit_where_the_body_starts_stays_the_lede() -> None:
    # (precision: reported speech before the credit is the story's first sentence)
    line = "Thousands queued for water on Monday as taps ran dry, the utility said. PHOTO | FILE | NATION"
    article = parse(blocks("Water shortage hits city estates", line, MORE))
    assert captions(article) == []
    assert sound(article)
