"""Regressions of round 67's second user's layout findings (mendR67l): a wire story's lede that opens
with its dateline (``MALIBU, Calif. (AP) — ...``) over a bare credit line is the first paragraph, no
caption; an outlet's name after a byline's comma that opens with an outlet word or a weekday
(``By Tom Herald, Herald Sun``, ``By Ana Ortiz, Sunday Mail``) is no second author.  Invented
stories in real layouts; the rows that must not fire beside the ones that must."""

from __future__ import annotations

import pytest

from articles import parse_held

SECOND = "The figures were better than forecast, the statistics office said in a statement on Thursday."


def wire_page(lede: str, credit: str) -> str:
    """A web copy of a wire story: headline, byline, stamp, a picture's caption, the lede with a
    bare credit line right under it in its block, the next paragraph."""
    return (
        "Economy beats forecasts as factories recover\n"
        "By Jane Roe\n"
        "Published 6:05 PM GMT, December 5, 2024\n\n"
        "Workers at a car plant near Coventry on Wednesday. (AP Photo/Mark Ruiz)\n\n"
        f"{lede}\n{credit}\n\n{SECOND}\n"
    )


# -- (1) a lede opening with a wire's dateline is no caption -------------------------------------------


@pytest.mark.parametrize(
    ("lede", "credit", "place", "agency", "first"),
    [
        (
            "MALIBU, Calif. (AP) — A fast-moving wildfire forced thousands to flee on Thursday.",
            "Photo: Getty Images",
            "MALIBU, Calif.",
            "AP",
            "A fast-moving wildfire forced thousands to flee on Thursday.",
        ),
        (
            "LONDON (Reuters) - Britain's economy grew by 0.3% in the third quarter.",
            "Photo: Getty Images",
            "LONDON",
            "Reuters",
            "Britain's economy grew by 0.3% in the third quarter.",
        ),
        (
            "PARIS (AFP) - French farmers blocked motorways around the capital on Monday.",
            "Photo by Ana Lima",
            "PARIS",
            "AFP",
            "French farmers blocked motorways around the capital on Monday.",
        ),
        (
            "(Reuters) - Shares of the planemaker fell 4% in early trading on Monday.",
            "Photo: Getty Images",
            None,
            "Reuters",
            "Shares of the planemaker fell 4% in early trading on Monday.",
        ),
        (
            "LONDON — Britain's economy grew by 0.3% in the third quarter.",
            "Photo: Getty Images",
            "LONDON",
            None,
            "Britain's economy grew by 0.3% in the third quarter.",
        ),
    ],
)
def test_wire_lede_over_credit_is_first_paragraph(
    lede: str, credit: str, place: str | None, agency: str | None, first: str
) -> None:
    article = parse_held(wire_page(lede, credit))
    assert article.dateline is not None
    assert article.dateline.place == place
    assert article.dateline.agency == agency
    assert article.paragraphs[0].text == first
    assert [caption.text for caption in article.captions] == ["Workers at a car plant near Coventry on Wednesday."]
    assert credit in [item.text for item in article.boilerplate if item.kind == "credit"]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # no dateline: a short line over a bare credit line stays that picture's caption
        ("Britain's economy grew by 0.3% in the third quarter.", "Getty Images"),
        ("Firefighters battle the blaze near Malibu on Thursday.", "Getty Images"),
        # brackets that hold no agency open no wire's dateline
        ("Mayor Jo Reed (left) — at the opening of the new clinic.", "Getty Images"),
    ],
)
def test_caption_over_credit_without_dateline_stays(line: str, credit: str) -> None:
    article = parse_held(wire_page(line, "Photo: Getty Images"))
    assert (line, credit) in [(caption.text, caption.credit) for caption in article.captions]


# -- (3) an outlet's name after a byline's comma -------------------------------------------------------


def byline_page(byline: str) -> str:
    """A web copy: headline, byline line, the story with a colon dateline."""
    return f"Tram fares rise from January\n{byline}\n\nMELBOURNE: Tram fares will rise from January, officials said.\n"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Tom Herald, Herald Sun", ("Tom Herald",)),
        ("By Jo Reed, Herald Sun", ("Jo Reed",)),
        ("By Ana Ortiz, Sunday Mail", ("Ana Ortiz",)),
        ("By Kim Lee, Courier Mail", ("Kim Lee",)),
        ("By Jo Reed and Ana Ortiz, Sunday Star", ("Jo Reed", "Ana Ortiz")),
        ("By Jo Reed, Daily Telegraph", ("Jo Reed",)),
        ("By Ana Ortiz, Sunday Times", ("Ana Ortiz",)),
        # negative rows: two people stay two
        ("By Jo Reed, Tom Hale", ("Jo Reed", "Tom Hale")),
        ("By Jo Reed, Jane Sun", ("Jo Reed", "Jane Sun")),
        ("By Jo Reed, Tom Press", ("Jo Reed", "Tom Press")),
    ],
)
def test_outlet_after_comma_is_no_author(line: str, authors: tuple[str, ...]) -> None:
    article = parse_held(byline_page(line))
    assert article.byline is not None
    assert article.byline.authors == authors


# -- (4) a partnership note and a newsroom's appeal at the foot ------------------------------------------


def foot_page(*foot: str) -> str:
    """A web copy of a nonprofit newsroom's story: headline, byline, two paragraphs, the foot's lines."""
    body = [
        "A new clinic opened in Fresno on Thursday, officials said.",
        "The clinic receives funding from the state and from a hospital group.",
        *foot,
    ]
    return "Clinic opens in Fresno\nBy Jane Roe\n\n" + "\n\n".join(body) + "\n"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("This article is part of a partnership with CalMatters, which receives funding from the Ford Foundation.", "sign-off"),
        ("This story is part of a reporting partnership between the Fresno Bee and the Texas Tribune.", "sign-off"),
        ("This piece was part of a collaboration with KFF Health News.", "sign-off"),
        ("Our newsroom relies on readers like you. Donate today.", "subscribe"),
        ("Our journalism depends on readers like you. Support us today.", "subscribe"),
        ("We rely on supporters like you to keep our reporting free.", "subscribe"),
    ],
)
def test_partnership_note_and_appeal_are_boilerplate(line: str, kind: str) -> None:
    article = parse_held(foot_page(line))
    assert (line, kind) in [(item.text, item.kind) for item in article.boilerplate]
    assert line not in [paragraph.text for paragraph in article.paragraphs]


@pytest.mark.parametrize(
    "line",
    [
        # story sentences about a partnership, funding or donations stay paragraphs
        "The clinic is part of a partnership with the county, officials said.",
        "The clinic relies on donors like you, the director said.",
        "We depend on you to tell us the truth, the mayor said.",
        "Our reporting relies on readers like you, the publisher said.",
        "The hospital group receives funding from the Ford Foundation.",
    ],
)
def test_story_sentences_about_funding_stay_paragraphs(line: str) -> None:
    article = parse_held(foot_page(line, "Read more: Fresno farmworkers struggle to find care"))
    assert line in [paragraph.text for paragraph in article.paragraphs]


@pytest.mark.parametrize(
    "line",
    [
        "Subscribers to the clinic's text alerts will get reminders, the director said.",
        "Members of the clinic's board will meet monthly, the director told reporters.",
    ],
)
def test_reported_sentence_between_calls_stays_paragraph(line: str) -> None:
    article = parse_held(
        foot_page(
            "Subscribe to our newsletter for more stories like this one.",
            line,
            "Our newsroom relies on readers like you. Donate today.",
        )
    )
    assert line in [paragraph.text for paragraph in article.paragraphs]
    assert "Subscribe to our newsletter for more stories like this one." in [item.text for item in article.boilerplate]


# -- (2) a name, a bar and an outlet's code under the headline -------------------------------------------


def toi_page(line: str, *, gap: str = "") -> str:
    """A Times of India style copy: headline, the signature line, a colon dateline's story."""
    return (
        f"Metro fares to rise from January\n{gap}{line}\n\n"
        "MUMBAI: Metro fares will rise by Rs 10 from January, officials said on Tuesday.\n\n"
        "Commuters' groups said they would protest outside the corporation's office.\n"
    )


@pytest.mark.parametrize(
    ("line", "authors", "agency"),
    [
        ("Jane Roe | TNN", ("Jane Roe",), "TNN"),  # the paper's news service, its agency (mendLB70)
        ("Ana Ortiz | PTI", ("Ana Ortiz",), "PTI"),
        ("Tom Berg | ANI", ("Tom Berg",), "ANI"),
        ("Jo Reed | IANS", ("Jo Reed",), "IANS"),
        ("Priya Nair | HT", ("Priya Nair",), None),
    ],
)
def test_name_bar_code_under_headline_is_byline(line: str, authors: tuple[str, ...], agency: str | None) -> None:
    article = parse_held(toi_page(line))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, line)
    assert article.captions == ()


def test_caption_credited_after_bar_stays_caption() -> None:
    text = (
        "Metro fares to rise from January\n\n"
        "Commuters board a metro train at Andheri station on Monday. | Reuters\n\n"
        "MUMBAI: Metro fares will rise by Rs 10 from January, officials said on Tuesday.\n"
    )
    article = parse_held(text)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Commuters board a metro train at Andheri station on Monday.", "Reuters")
    ]
    assert article.byline is None


@pytest.mark.parametrize("line", ["Jane Roe | TNN", "Ana Ortiz | Reuters"])
def test_bar_line_apart_from_headline_stays_credit(line: str) -> None:
    article = parse_held(toi_page(line, gap="\n"))
    assert article.byline is None
    assert line in [c.credit for c in article.captions] + [b.text for b in article.boilerplate]
