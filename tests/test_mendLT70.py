"""Layout mends from a new user's trial of round 70 (mendLT70): a numeric stamp's order settled by a
date the page spells out; captions with a credit line above or below them or a credit at their end;
debris lines at a story's foot; a stamp pair on one line with a bar.  Invented stories in the layouts
pages print; each row says exactly what must come out, the rows that must not change beside the
ones that must."""

from __future__ import annotations

import datetime as dt

import pytest

from articles import parse_held, stamp_isoformats
from newsparse import parse_article
from parts import blocks, texts

# -- 1. a numeric date that reads both ways, settled by a date spelled out on the page ----------------


@pytest.mark.parametrize(
    ("text", "published", "updated"),
    [
        (  # a caption spells out the day: 9 February, not 2 September
            blocks(
                "Europe\nDockers strike at Le Havre over pension reform\nIssued on: 09/02/2026 - 11:32\n"
                "Modified: 09/02/2026 - 14:05",
                "Containers stacked at the port of Le Havre on February 9, 2026. Photo: Jean Roux/AFP",
                "Dock workers walked out at France's biggest container port on Monday, halting cargo for the day.",
            ),
            "2026-02-09T11:32:00",
            "2026-02-09T14:05:00",
        ),
        (  # day before month in the spelled date too, in the caption; 3 April
            blocks(
                "Flood waters rise in river towns\nPosted 03/04/2026 08:10",
                "Residents leave low-lying streets on 3 April 2026. Photo: Tom Lee/Reuters",
                "Residents were moved from low-lying streets on Friday, the council said.",
                "The river burst its banks after a week of heavy rain.",
            ),
            "2026-04-03T08:10:00",
            None,
        ),
        (  # a story's date weighs nothing (rvl70): the month-first reading, 4 March, stays
            blocks(
                "Council approves new bus lanes\nPublished 03/04/2026 09:00",
                "The council voted on March 4, 2026 to add bus lanes on three main roads.",
                "Work will start in the summer, officials said.",
            ),
            "2026-03-04T09:00:00",
            None,
        ),
        (  # near miss: the spelled date is another year's, nothing settled (month first, as before)
            blocks(
                "Mayor marks flood anniversary\nPublished 09/02/2026 10:00",
                "The city has rebuilt most homes lost in the flood of February 9, 2025.",
                "A memorial was unveiled in the main square.",
            ),
            "2026-09-02T10:00:00",
            None,
        ),
        (  # near miss: the page spells out both readings' days: nothing settled
            blocks(
                "Trial date set in fraud case\nPublished 09/02/2026 10:00",
                "The charges were filed on February 9, 2026 and the trial opens on September 2, 2026.",
                "The defendant denies wrongdoing.",
            ),
            "2026-09-02T10:00:00",
            None,
        ),
        (  # near miss: another stamp shows its own order (13 is no month): it decides, not the body's date
            blocks(
                "Port reopens after storm\nPublished 09/02/2026 10:00\nUpdated 13/02/2026 12:00",
                "The storm struck the coast on September 2, 2026, officials said.",
                "Ships were able to dock again on Friday.",
            ),
            "2026-02-09T10:00:00",
            "2026-02-13T12:00:00",
        ),
    ],
)
def test_spelled_date_settles_numeric_order(text: str, published: str, updated: str | None) -> None:
    assert stamp_isoformats(text) == (published, updated)


# -- 3. debris at a story's foot: boilerplate of its kind; a story's sentence with the same words stays --

FOOT_STORY = (
    "Rail fares to rise in March\n\nBy Jane Roe",
    "Rail fares will rise by 4.6 percent in March, the transport department said on Tuesday.",
    "Passenger groups said the rise would hit commuters hardest.",
)


@pytest.mark.parametrize(
    ("foot", "kind"),
    [
        ("Download The Harbour Times of Kent News App for Latest City News.", "subscribe"),
        ("Download the Arts and Culture app for the latest news", "subscribe"),
        ("* ALSO READ | Council budget under pressure as debts climb", "related"),
        ("• READ MORE: Council budget under pressure as debts climb", "related"),
        (
            "Subscribe to HARBOUR PLUS to get access to The Harbour Daily & other 40+ titles, share up to 5 gadgets"
            " and listen to the news. Call 555 0100.",
            "subscribe",
        ),
        ("Subscribe to Ledger Premium for unlimited access.", "subscribe"),
        ("Write to Jane Roe at jane.roe@example.com", "sign-off"),
        ("Write to Jane Roe at jroe@example.com and Tom Poe at tpoe@example.com", "sign-off"),
        ("Appeared in the March 3, 2026, print edition as 'Fares To Rise In March'.", "sign-off"),
        ("This article appeared in the Sunday print edition.", "sign-off"),
        ("Get updates on breaking news as it happens.", "subscribe"),
        ("You're all signed up!", "subscribe"),
        ("Thanks for signing up!", "subscribe"),
        ("This article has been updated.", "editors-note"),
        ("This story has been updated with additional information.", "editors-note"),
        ("This story was updated throughout the day.", "editors-note"),
    ],
)
def test_foot_debris_is_boilerplate(foot: str, kind: str) -> None:
    article = parse_held(blocks(*FOOT_STORY, foot))
    assert texts(article) == list(FOOT_STORY[1:])
    assert [(item.kind, item.text) for item in article.boilerplate] == [(kind, foot)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Download speeds on the line have risen by a third since the upgrade.",
        "Download the app, police urged residents who travel at night.",
        "Download the Times of India app for your prescriptions, the pharmacist joked.",
        "Subscribe to the idea that fares will fall and you will be disappointed, one analyst said.",
        "Residents who subscribe to the rail pass will pay more from March.",
        "Write to your MP if you object, the passenger group told its members.",
        "The story has been updated several times since March, the department said.",
        "This article has been updated to include more reaction, he said.",
        "You're all signed up for higher fares, one commuter said.",
        "The advert appeared in the Sunday print edition, the department said.",
    ],
)
def test_story_sentence_with_the_words_stays(sentence: str) -> None:
    article = parse_held(blocks(*FOOT_STORY, sentence))
    assert texts(article) == [*FOOT_STORY[1:], sentence]
    assert article.boilerplate == ()


# -- 2. captions: more credit shapes at a caption's end --------------------------------------------------

CAPTION_STORY = "Hundreds of drivers joined the protest on Monday, blocking traffic for several hours, police said."


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (  # a copyright sign, a name with a particle, a comma and an agency
            "Drivers block the ring road near Lyon on March 3, 2026. © Jeanne de Marchand, AFP",
            "Drivers block the ring road near Lyon on March 3, 2026.",
            "Jeanne de Marchand, AFP",
        ),
        (
            "Cyclists ride past the canal in Utrecht on Monday. © Pieter van der Berg / ANP",
            "Cyclists ride past the canal in Utrecht on Monday.",
            "Pieter van der Berg / ANP",
        ),
        (  # a photographer and an outlet apart by a bar, in square brackets, spaced inside them
            "City Manager Dana Holt speaks to reporters on Tuesday. [ MARK REYES | Times ]",
            "City Manager Dana Holt speaks to reporters on Tuesday.",
            "MARK REYES | Times",
        ),
        (
            "Volunteers sort donations at the food bank on Friday. [Ana Lima | City Herald]",
            "Volunteers sort donations at the food bank on Friday.",
            "Ana Lima | City Herald",
        ),
        (  # an archive picture's file word is no part of the credit
            "Residents queue for water at a camp near the border [File: AFP]",
            "Residents queue for water at a camp near the border",
            "AFP",
        ),
        (
            "Minibuses queue at the bus station in the city centre. [Archive, Coast Weekly]",
            "Minibuses queue at the bus station in the city centre.",
            "Coast Weekly",
        ),
        (  # "Copyright" after a spaced dash, the caption closed by its picture's day
            "Trucks wait at the border crossing during a strike, 3 March 2026 - Copyright Ana Lima/AP Photo",
            "Trucks wait at the border crossing during a strike, 3 March 2026",
            "Ana Lima/AP Photo",
        ),
    ],
)
def test_caption_credit_shapes(line: str, caption: str, credit: str) -> None:
    article = parse_held(blocks("Drivers protest fuel tax\nBy Jane Roe", line, CAPTION_STORY))
    assert [(item.text, item.credit) for item in article.captions] == [(caption, credit)]
    assert texts(article) == [CAPTION_STORY]


@pytest.mark.parametrize(
    "line",
    [
        # a story's sentence with a finite verb before the sign stays the story's (fixL60's rule holds)
        "The mayor said on Monday the road would stay shut. © Jeanne de Marchand, AFP",
        # two labels in brackets, no photographer and outlet
        "The council met on Tuesday. [ Politics | Opinion ]",
        # reported speech before a dashed notice, no picture's day
        "The mayor said fares would rise - Copyright Ana Lima/AP Photo",
    ],
)
def test_caption_credit_near_misses(line: str) -> None:
    article = parse_held(blocks("Drivers protest fuel tax\nBy Jane Roe", line, CAPTION_STORY))
    assert article.captions == ()


@pytest.mark.parametrize(
    ("caption", "credit_line", "credit"),
    [
        (  # reported speech with no full stop over a labelled credit line: the caption, credited
            "The rail operator said most long-distance trains would not run during the strike",
            "Image: Jo Roe/dpa/picture alliance",
            "Jo Roe/dpa/picture alliance",
        ),
        (
            "Nurses say they are at breaking point after a decade of pay restraint",
            "Photo: Ana Lima/Reuters",
            "Ana Lima/Reuters",
        ),
    ],
)
def test_unstopped_speech_caption_over_credit_line(caption: str, credit_line: str, credit: str) -> None:
    article = parse_held(blocks("Drivers protest fuel tax\nBy Jane Roe", f"{caption}\n{credit_line}", CAPTION_STORY))
    assert [(item.text, item.credit) for item in article.captions] == [(caption, credit)]
    assert [(item.kind, item.text) for item in article.boilerplate] == [("credit", credit_line)]
    assert texts(article) == [CAPTION_STORY]


def test_stopped_speech_over_credit_line_is_no_caption() -> None:
    # a full stop closes a story's sentence: the credit line does not make it a caption (as before)
    sentence = "The rail operator said most long-distance trains would not run during the strike."
    article = parse_held(blocks("Drivers protest fuel tax\nBy Jane Roe", CAPTION_STORY, f"{sentence}\nImage: Jo Roe/dpa"))
    assert [(item.text, item.credit) for item in article.captions] == [("Image: Jo Roe/dpa", "Jo Roe/dpa")]
    assert texts(article) == [CAPTION_STORY, sentence]


# -- 4. a stamp pair on one line apart by a bar, no year: read as any yearless stamp is ------------------


@pytest.mark.parametrize(
    ("reference", "published", "updated"),
    [
        (dt.date(2026, 3, 1), "2026-02-19T00:00:00", "2026-02-20T00:00:00"),
        (None, None, None),  # no year and no reference date: no date (a guessed year is worse than none)
    ],
)
def test_yearless_stamp_pair_with_bar(reference: dt.date | None, published: str | None, updated: str | None) -> None:
    text = blocks(
        "Council backs drone program\nBy Jane Roe\nPublished Feb. 19|Updated Feb. 20",
        "The city council on Thursday backed the police department's plan to expand its use of drones.",
    )
    article = parse_article(text, reference_date=reference)
    assert (
        article.published.datetime.isoformat() if article.published else None,
        article.updated.datetime.isoformat() if article.updated else None,
    ) == (published, updated)


@pytest.mark.parametrize(
    ("below", "caption", "paragraphs"),
    [
        (  # web copy with no blank lines: the byline, its role, the credit, then the caption with no stop
            "Getty Images\nNurses say they are at breaking point after a decade of pay restraint",
            ("Nurses say they are at breaking point after a decade of pay restraint", "Getty Images"),
            [CAPTION_STORY],
        ),
        (  # near miss: a story's sentence with its stop under the credit is no caption (as before)
            "Getty Images\nNurses say they are at breaking point after a decade of pay restraint.",
            ("Getty Images", "Getty Images"),
            ["Nurses say they are at breaking point after a decade of pay restraint.", CAPTION_STORY],
        ),
    ],
)
def test_credit_under_byline_over_caption(below: str, caption: tuple[str, str], paragraphs: list[str]) -> None:
    header = "Nurses to be balloted on strike action\nJane Roe\nHealth correspondent, City News\n" + below
    article = parse_held(blocks(header, CAPTION_STORY))
    assert article.byline is not None and article.byline.authors == ("Jane Roe",)
    assert [(item.text, item.credit) for item in article.captions] == [caption]
    assert texts(article) == paragraphs
