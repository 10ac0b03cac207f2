"""fixA52: body lines lost to boilerplate or captions (a new user's trial)."""

from __future__ import annotations

import pytest

from newsparse import parse_article
from newsparse.lines import ends_sentence, is_sentence, visible_end

_FERRY = (
    "Ferry operator cancels winter sailings\n\n"
    "The ferry operator cancelled all winter sailings on Friday.{tail}\n\n"
    "Passengers were told to book flights instead.\n"
)


@pytest.mark.parametrize(
    "tail",
    ["\ufffd", "\x00", "\x08", "\x0e", "\x1b", "\x7f", "\x9f", "\u00ad", "\ue000", "\ufffd\x00", "\u201d\ufffd"],
)
def test_invisible_character_after_full_stop_keeps_the_paragraph(tail: str) -> None:
    text = _FERRY.format(tail=tail)
    article = parse_article(text)
    lead = "The ferry operator cancelled all winter sailings on Friday." + tail
    assert [p.text for p in article.paragraphs] == [lead, "Passengers were told to book flights instead."]
    assert article.paragraphs[0].span.slice(text) == lead  # the span keeps the character: no text lost
    assert article.boilerplate == ()


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("on Friday.\ufffd", True),
        ("on Friday.\x00\x7f", True),
        ("on Friday.\u201d\u00ad", True),
        ("on Friday\ufffd", False),  # (precision) no full stop under the debris
        ("on Friday\x00", False),
        ("\ufffd", False),
        ("on Friday.", True),
    ],
)
def test_ends_sentence_looks_past_invisible_characters(text: str, ends: bool) -> None:
    assert ends_sentence(text) is ends
    assert is_sentence("The ferry operator cancelled " + text, 3) is ends


@pytest.mark.parametrize(
    ("text", "visible"),
    [("Friday.\ufffd\x00", "Friday."), ("Friday.", "Friday."), ("Caf\u00e9", "Caf\u00e9"), ("\x00", "")],
)
def test_visible_end(text: str, visible: str) -> None:
    assert visible_end(text) == visible


_COUNCIL = "Council to vote on rail plan\nBy Tom Hale\n\n{first}\n{second}\n\nThe plan costs $2 billion.\n"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The city council will meet on", "March 3 to vote on the rail plan, officials said."),
        ("The city council will meet on", "Monday to vote on the rail plan, officials said."),
        ("The French foreign minister flew to", "Berlin for talks on the treaty, aides said."),
        ("Workers at the plant voted for", "Strike action on Friday, the union said."),
    ],
)
def test_short_line_left_open_carries_on(first: str, second: str) -> None:
    article = parse_article(_COUNCIL.format(first=first, second=second))
    assert [p.text for p in article.paragraphs] == [f"{first} {second}", "The plan costs $2 billion."]
    assert article.boilerplate == ()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # (precision) a line that ends a sentence is no wrapped line, whatever word it ends in
        ("The city council will meet.", "Monday is the day of the vote, officials said."),
        ("The council will vote on it.", "Officials said the vote would be close this time round."),
    ],
)
def test_line_not_left_open_stays_apart(first: str, second: str) -> None:
    article = parse_article(_COUNCIL.format(first=first, second=second))
    assert [p.text for p in article.paragraphs] == [first, second, "The plan costs $2 billion."]


@pytest.mark.parametrize(
    ("text", "open_"),
    [
        ("The city council will meet on", True),
        ("Workers at the plant voted for", True),
        ("Things To Do On", False),  # a heading in title case
        ("Follow us on", False),  # too few words
        ("Rail services suspended, operator says", False),  # a heading's attribution
        ("The city council will meet on,", False),
        ("The city council will meet on Monday", False),
        ("The council " + "will meet " * 12 + "on", False),  # longer than a wrapped line
    ],
)
def test_left_open(text: str, open_: bool) -> None:
    from newsparse.body import BodyParser

    assert BodyParser().left_open(text) is open_


@pytest.mark.parametrize(
    ("text", "paragraph", "source"),
    [
        (
            "Floods displace thousands\n\n"
            "NANNING, June 18 (Xinhua) -- Heavy rain forced 20,000 people from their homes.\n\n"
            "Source: Xinhua | Editor: Li Wei\n",
            "Heavy rain forced 20,000 people from their homes.",
            "Source: Xinhua | Editor: Li Wei",
        ),
        (
            "Council backs rail plan\nBy Tom Hale\n\n"
            "The city council approved the rail plan on Tuesday after a long debate. The vote was 7-2.\n\n"
            "Source: City Herald\n",
            "The city council approved the rail plan on Tuesday after a long debate. The vote was 7-2.",
            "Source: City Herald",
        ),
        (
            "Port reopens after storm\n\n"
            "OSLO, March 4 (NTB) -- The port of Oslo reopened on Monday after a storm closed it for two days.\n\n"
            "Source: NTB | Editor: Kari Berg\n",
            "The port of Oslo reopened on Monday after a storm closed it for two days.",
            "Source: NTB | Editor: Kari Berg",
        ),
    ],
)
def test_source_line_under_story_is_its_sign_off(text: str, paragraph: str, source: str) -> None:
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [paragraph]
    assert article.captions == ()
    assert [(b.text, b.kind) for b in article.boilerplate] == [(source, "sign-off")]


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        # (precision) a one-sentence caption over a picture's credit stays a caption
        (
            "Council backs rail plan\nBy Tom Hale\n\n"
            "The council voted 7-2 on Tuesday to fund the new line, which opens in 2028. Its cost was not disclosed.\n\n"
            "A tram waits at the depot in Leeds.\n"
            "Photo: Jane Roe/City Herald\n\n"
            "The line will run from the station to the airport.\n",
            "A tram waits at the depot in Leeds.",
            "Jane Roe/City Herald",
        ),
    ],
)
def test_picture_credit_under_caption_still_credits_it(text: str, caption: str, credit: str) -> None:
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]


@pytest.mark.parametrize(
    ("text", "cites"),
    [
        ("Source: Xinhua | Editor: Li Wei", True),
        ("(Sources: City Council)", True),
        ("Photo: Jane Roe", False),
        ("Source of the leak was a pipe.", False),
    ],
)
def test_opens_with_citation(text: str, cites: bool) -> None:
    from newsparse.caption import CaptionParser

    assert CaptionParser().opens_with_citation(text) is cites


_QUAKE = "Earthquake hits central Turkey\nBy Aylin Demir\n\n{block}\n\nA magnitude 6.1 earthquake struck central Turkey early on Tuesday.\n"


@pytest.mark.parametrize(
    ("block", "caption", "credit"),
    [
        (
            "Rescuers search the rubble in Malatya. Photograph: Emre Kaya/Reuters\nRescuers search the rubble in Malatya.",
            "Rescuers search the rubble in Malatya.",
            "Emre Kaya/Reuters",
        ),
        (
            "Rescuers search the rubble in Malatya.\nRescuers search the rubble in Malatya. Photograph: Emre Kaya/Reuters",
            "Rescuers search the rubble in Malatya.",
            "Emre Kaya/Reuters",
        ),
        (
            "A nurse treats a child in Lyon. Photo: Marie Roux/AFP\nA nurse treats a child in Lyon.",
            "A nurse treats a child in Lyon.",
            "Marie Roux/AFP",
        ),
    ],
)
def test_caption_printed_again_without_credit_is_one_caption(block: str, caption: str, credit: str) -> None:
    text = _QUAKE.format(block=block)
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == ["A magnitude 6.1 earthquake struck central Turkey early on Tuesday."]
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert [span.slice(text) for span in article.captions[0].spans] == [caption, caption]


@pytest.mark.parametrize(
    "block",
    [
        # (precision) another sentence under the caption is no copy of it
        "Rescuers search the rubble in Malatya. Photograph: Emre Kaya/Reuters\nRescuers searched the rubble in Malatya all night.",
    ],
)
def test_other_line_under_caption_is_no_copy(block: str) -> None:
    article = parse_article(_QUAKE.format(block=block))
    assert [len(c.spans) for c in article.captions] == [1]
    assert "Rescuers searched the rubble in Malatya all night." in [p.text for p in article.paragraphs]


@pytest.mark.parametrize(
    ("tail", "caption"),
    [
        # (precision) a graphic's short title, its text, its source: the text is a caption the source credits
        (
            "Highest share of defense spending.\n\n"
            "Only five countries spend more than the target. Two spend more than all others combined.\n\n"
            "Source: City Herald\n",
            "Only five countries spend more than the target. Two spend more than all others combined.",
        ),
    ],
)
def test_source_under_graphic_text_still_credits_it(tail: str, caption: str) -> None:
    text = (
        "Council backs rail plan\nBy Tom Hale\n\n"
        "The city council approved the rail plan on Tuesday after a long and often bitter debate that ran late.\n\n" + tail
    )
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "City Herald")]


def test_source_under_later_story_paragraph_is_its_sign_off() -> None:
    text = (
        "Council backs rail plan\nBy Tom Hale\n\n"
        "The city council approved the rail plan on Tuesday after a long and often bitter debate that ran late.\n\n"
        "The plan costs $2 billion. The vote was 7-2.\n\n"
        "Source: City Herald\n"
    )
    article = parse_article(text)
    assert article.captions == ()
    assert [(b.text, b.kind) for b in article.boilerplate] == [("Source: City Herald", "sign-off")]
