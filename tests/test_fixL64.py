"""Regressions of round 64's layout rules (fixL64): a deck over a lede that opens with a month or
a weekday is the header's, not the story's; a summary box under its label (``What you need to
know:``) is the page's summary; every letter's closing and signature on a letters page is a
sign-off; a table's caption with its source and a credit with its role after a slash keep their
parts.  Invented stories in real layouts; each row is the text and exactly what must come out, the
rows that must not fire beside the ones that must."""

from __future__ import annotations

import pytest

from articles import parse_held, parts_of
from parts import blocks

HEADLINE = "Residents count the cost of the floods"
BUS = "Council approves new bus lanes"
STORY = [
    "The city council approved bus lanes on three main roads on Tuesday after a long debate.",
    "The council will meet again on Friday to discuss parking permits for residents.",
]


# -- (1) a deck with no full stop over a lede that opens with a month or a weekday ----------------


@pytest.mark.parametrize(
    ("deck", "lede", "kind"),
    [
        (
            "Residents count the cost of the wettest spring in decades",
            "March was the wettest month on record in the valley, the weather service said on Monday.",
            "other",
        ),
        (
            "Farmers say the late frost wiped out half the apple crop",
            "Monday brought more rain to the valley, and forecasters expect more on Wednesday.",
            "other",
        ),
        (
            "Residents count the cost of the wettest spring in decades",
            "March 12 marked a year since the river first burst its banks at Millbrook, the council said.",
            "other",
        ),
    ],
)
def test_deck_over_a_lede_opening_with_a_date_word_is_the_header(deck: str, lede: str, kind: str) -> None:
    article = parse_held(blocks(HEADLINE, deck, lede, STORY[1]))
    captions, filed, paragraphs = parts_of(article)
    assert article.headline is not None and article.headline.text == HEADLINE
    assert captions == []
    assert filed == [(kind, deck)]
    assert paragraphs == [lede, STORY[1]]


@pytest.mark.parametrize(
    ("first", "second", "story"),
    [
        # (must still fire: a time phrase goes on after the weekday or the month, mendL63's own shapes)
        ("The council said it would meet", "Thursday to decide on the plan, after residents objected.", None),
        ("The vote was put off until", "March 12 after residents asked for more time to read it.", None),
        ("The vote was put off until", "March 12, 2026 at the request of the residents' groups.", None),
        # (the body joins a line cut after a preposition to the next: one paragraph)
        (
            "The two sides will talk again on",
            "Monday and Tuesday, the mediator told reporters.",
            "The two sides will talk again on Monday and Tuesday, the mediator told reporters.",
        ),
    ],
)
def test_first_line_broken_before_a_time_phrase_stays_the_story(first: str, second: str, story: str | None) -> None:
    article = parse_held(blocks(HEADLINE, f"{first}\n{second}", STORY[1]))
    _, filed, paragraphs = parts_of(article)
    assert filed == []
    assert paragraphs == ([first, second] if story is None else [story]) + [STORY[1]]


# -- (2) a summary box under its label at the top of the story ------------------------------------


POINTS = ["- Three main roads get bus lanes from May", "- Parking on the high street will be cut by a third"]


@pytest.mark.parametrize(
    ("label", "byline"),
    [
        ("What you need to know:", "By Ana Ruiz"),
        ("What you need to know:", None),
        ("What to know", "By Ana Ruiz"),
        ("Key points:", "By Ana Ruiz"),
        ("At a glance:", None),
    ],
)
def test_summary_box_under_its_label_is_the_summary(label: str, byline: str | None) -> None:
    header = [BUS] if byline is None else [BUS, byline]
    article = parse_held(blocks(*header, "\n".join([label, *POINTS]), *STORY))
    captions, filed, paragraphs = parts_of(article)
    assert captions == []
    assert filed == [("other", label), *(("standfirst", point) for point in POINTS)]
    assert paragraphs == STORY


def test_label_over_running_text_stays_the_story() -> None:
    # (must not fire: the label is the story's lead-in when no summary's point stands under it)
    lead = "What you need to know:"
    text = (
        "The city council approved bus lanes on three main roads on Tuesday after a debate that ran past"
        " midnight, and drivers' groups said they would take the plan to court before the lanes open in May."
    )
    article = parse_held(blocks(BUS, "By Ana Ruiz", f"{lead}\n{text}", STORY[1]))
    _, filed, paragraphs = parts_of(article)
    assert filed == []
    assert paragraphs == [lead, text, STORY[1]]


# -- (3) a letters page: every letter's closing and signature -------------------------------------


FIRST_LETTER = (
    "The council's plan to put bus lanes on three main roads will drive shoppers away from our town "
    "centre. Traders have already lost trade to the retail park, and cutting parking by a third will "
    "finish many of them off."
)
SECOND_LETTER = (
    "I was sorry to read that the library will close on Saturdays. For many working parents it is the "
    "only day we can take our children there."
)


@pytest.mark.parametrize(
    ("first_close", "second_close"),
    [
        (["Sincerely,", "Margaret Hollis", "Chesterfield"], ["Yours faithfully,", "David Okafor", "Matlock"]),
        (["Yours sincerely,", "Margaret Hollis, Chesterfield"], ["Regards,", "David Okafor, Matlock"]),
        (["Kind regards,", "MARGARET HOLLIS", "Chesterfield, Derbyshire"], ["Yours, etc,", "DAVID OKAFOR", "Matlock"]),
    ],
)
def test_every_letter_on_a_letters_page_signs_off(first_close: list[str], second_close: list[str]) -> None:
    text = blocks(
        "LETTERS", "Bus lanes will choke the high street", FIRST_LETTER, "\n".join(first_close),
        "Library hours matter to families", SECOND_LETTER, "\n".join(second_close),
    )
    article = parse_held(text)
    captions, filed, paragraphs = parts_of(article)
    assert article.headline is not None and article.headline.text == "Bus lanes will choke the high street"
    assert captions == []
    assert filed == [("sign-off", line) for line in (*first_close, *second_close)]
    assert paragraphs == [FIRST_LETTER, "Library hours matter to families", SECOND_LETTER]


@pytest.mark.parametrize(
    ("closing", "paragraph"),
    [
        # (must not fire: an earlier closing when the page's last letter signs off with no closing)
        (["Sincerely,", "Margaret Hollis"], "Sincerely, Margaret Hollis"),
        # (nor a closing over a sentence: a quoted note's end in a story)
        (["Sincerely,", "That was all the note said."], "Sincerely, That was all the note said."),
    ],
)
def test_earlier_closing_without_a_signed_last_letter_stays(closing: list[str], paragraph: str) -> None:
    text = blocks(
        "LETTERS", "Bus lanes will choke the high street", FIRST_LETTER, "\n".join(closing),
        "Library hours matter to families", SECOND_LETTER, "David Okafor, Matlock",
    )
    _, filed, paragraphs = parts_of(parse_held(text))
    assert filed == [("other", "David Okafor, Matlock")]
    # (the first letter over its closing is the story's, never the header's standfirst)
    assert paragraphs == [FIRST_LETTER, paragraph, "Library hours matter to families", SECOND_LETTER]


def test_closing_over_a_sentence_amid_a_letters_page_stays() -> None:
    # (must not fire on the earlier closing: the line under it is a sentence, the last letter still signs off)
    quoted = ["Sincerely,", "That was all the note said."]
    text = blocks(
        "LETTERS", "Bus lanes will choke the high street", FIRST_LETTER, "\n".join(quoted),
        "Library hours matter to families", SECOND_LETTER, "Yours faithfully,\nDavid Okafor",
    )
    _, filed, paragraphs = parts_of(parse_held(text))
    assert filed == [("sign-off", "Yours faithfully,"), ("sign-off", "David Okafor")]
    assert paragraphs == [FIRST_LETTER, " ".join(quoted), "Library hours matter to families", SECOND_LETTER]


# -- (4) a table's caption with its source, a credit with its role after a slash ------------------


EXPORTS = "Exports rose for a third year in 2025, led by machinery and farm goods, the statistics office said."


def test_table_caption_over_its_source() -> None:
    article = parse_held(
        blocks(BUS, "By Ana Ruiz", EXPORTS, "Table: Exports by sector, 2025\nSource: National Statistics Office", STORY[1])
    )
    captions, filed, paragraphs = parts_of(article)
    assert article.byline is not None and article.byline.authors == ("Ana Ruiz",)
    assert captions == [("Table: Exports by sector, 2025", "National Statistics Office")]
    assert filed == [("credit", "Source: National Statistics Office")]
    assert paragraphs == [EXPORTS, STORY[1]]


@pytest.mark.parametrize(
    ("caption", "credit", "filed"),
    [
        ("Dock workers load containers at the port of Valencia on Monday.\nRudolph Brown/Photographer",
         "Rudolph Brown/Photographer", [("credit", "Rudolph Brown/Photographer")]),
        ("Dock workers load containers at the port of Valencia on Monday. Ana Ruiz/Staff", "Ana Ruiz/Staff", []),
    ],
)
def test_credit_with_its_role_after_a_slash(caption: str, credit: str, filed: list[tuple[str, str]]) -> None:
    article = parse_held(blocks(BUS, "By Tom Hale", caption, EXPORTS, STORY[1]))
    captions, found, paragraphs = parts_of(article)
    assert article.byline is not None and article.byline.authors == ("Tom Hale",)
    assert captions == [("Dock workers load containers at the port of Valencia on Monday.", credit)]
    assert found == filed
    assert paragraphs == [EXPORTS, STORY[1]]


# -- (5) a source line naming a person, a role and an organisation; a country's time --------------


@pytest.mark.parametrize(
    ("pieces", "captions", "filed"),
    [
        # under a chart's caption: the caption's credit, the line itself the page's credit
        (
            [EXPORTS, "Chart: Export growth forecast, 2026\nSource: Ana Ruiz, Senior Economist at Banco Norte", STORY[1]],
            [("Chart: Export growth forecast, 2026", "Ana Ruiz, Senior Economist at Banco Norte")],
            [("credit", "Source: Ana Ruiz, Senior Economist at Banco Norte")],
        ),
        # at the story's foot: a credit, never the byline nor a paragraph
        (
            [EXPORTS, STORY[1], "Source: Ana Ruiz, Senior Economist at Banco Norte"],
            [],
            [("credit", "Source: Ana Ruiz, Senior Economist at Banco Norte")],
        ),
    ],
)
def test_source_line_naming_a_person_is_a_credit(
    pieces: list[str], captions: list[tuple[str, str]], filed: list[tuple[str, str]]
) -> None:
    article = parse_held(blocks(BUS, "By Tom Hale", *pieces))
    found_captions, found, paragraphs = parts_of(article)
    assert article.byline is not None and article.byline.authors == ("Tom Hale",)
    assert found_captions == captions
    assert found == filed
    assert paragraphs == [EXPORTS, STORY[1]]


@pytest.mark.parametrize(
    ("line", "stamp", "iso"),
    [
        ("Published: March 3, 2026 at 10:30 a.m. (Kenya time)", "March 3, 2026 at 10:30 a.m. (Kenya time)",
         "2026-03-03T10:30:00+03:00"),
        ("Published: 3 March 2026, 10:30 Nigeria time", "3 March 2026, 10:30 Nigeria time", "2026-03-03T10:30:00+01:00"),
        # a zone in brackets between the clock and the date
        ("Published 10:30 a.m. (Singapore time), March 3, 2026", "10:30 a.m. (Singapore time), March 3, 2026",
         "2026-03-03T10:30:00+08:00"),
        ("Published: 3 March 2026, 10:30 (Japan time)", "3 March 2026, 10:30 (Japan time)", "2026-03-03T10:30:00+09:00"),
        # (must not give an offset: local time, or a country of several zones)
        ("Published 10:30 a.m. (local time), March 3, 2026", "10:30 a.m. (local time), March 3, 2026",
         "2026-03-03T10:30:00"),
        ("Published: 3 March 2026, 10:30 (Indonesia time)", "3 March 2026, 10:30", "2026-03-03T10:30:00"),
    ],
)
def test_a_countrys_time_gives_its_offset_only_when_it_has_one(line: str, stamp: str, iso: str) -> None:
    article = parse_held(blocks(BUS, f"By Tom Hale\n{line}", EXPORTS, STORY[1]))
    assert article.published is not None
    assert (article.published.text, article.published.datetime.isoformat()) == (stamp, iso)
    assert [paragraph.text for paragraph in article.paragraphs] == [EXPORTS, STORY[1]]


@pytest.mark.parametrize(
    ("zone", "iso"),
    [
        ("(Singapore time)", "2026-03-03T10:30:00+08:00"),
        ("(Kenya time)", "2026-03-03T10:30:00+03:00"),
        ("(UAE time)", "2026-03-03T10:30:00+04:00"),
    ],
)
def test_byline_with_a_stamp_reads_its_zone_in_brackets(zone: str, iso: str) -> None:
    article = parse_held(blocks(BUS, f"By Tom Hale | March 3, 2026, 10:30 {zone}", EXPORTS, STORY[1]))
    _, filed, paragraphs = parts_of(article)
    assert article.byline is not None and article.byline.authors == ("Tom Hale",)
    assert article.published is not None
    assert (article.published.text, article.published.datetime.isoformat()) == (f"March 3, 2026, 10:30 {zone}", iso)
    assert filed == []
    assert paragraphs == [EXPORTS, STORY[1]]


# -- (6) a note from the author and an appeal for support at the story's foot ---------------------


@pytest.mark.parametrize(
    ("foot", "filed"),
    [
        (
            ["Note from the author:\nI have covered the council for six years. If you value this kind of local "
             "reporting, please consider a gift.", "Support independent journalism"],
            [("editors-note", "Note from the author:"),
             ("editors-note", "I have covered the council for six years. If you value this kind of local reporting, "
              "please consider a gift."),
             ("other", "Support independent journalism")],
        ),
        (
            ["Support independent journalism\nOur newsroom relies on readers. Every gift, big or small, keeps our "
             "reporting free for everyone.", "Donate now"],
            # (the appeal is read on its own line now, mendR67l's reader appeal, and its heading alone is "other")
            [("other", "Support independent journalism"),
             ("subscribe", "Our newsroom relies on readers. Every gift, big or small, keeps our reporting free for everyone."),
             ("other", "Donate now")],
        ),
        (
            ["Support us", "We are a nonprofit newsroom. Your gift helps us keep reporting on the council."],
            [("subscribe", "Support us"),
             ("subscribe", "We are a nonprofit newsroom. Your gift helps us keep reporting on the council.")],
        ),
        (
            ["Author’s note: I live on one of the three roads that will get a bus lane."],
            [("editors-note", "Author’s note: I live on one of the three roads that will get a bus lane.")],
        ),
    ],
)
def test_note_and_appeal_under_the_story_are_boilerplate(foot: list[str], filed: list[tuple[str, str]]) -> None:
    article = parse_held(blocks(BUS, "By Ana Ruiz", *STORY, *foot))
    captions, found, paragraphs = parts_of(article)
    assert captions == []
    assert found == filed
    assert paragraphs == STORY


@pytest.mark.parametrize(
    ("pieces", "filed", "paragraphs"),
    [
        # (must not fire: a note at the top stays what the house makes it, the story under it)
        (
            ["Note from the author: I live on one of the three roads.", *STORY],
            [],
            ["Note from the author: I live on one of the three roads.", *STORY],
        ),
        (
            ["Editor's note: Ana Ruiz has covered the council since 2019.", *STORY],
            [("editors-note", "Editor's note: Ana Ruiz has covered the council since 2019.")],
            STORY,
        ),
        # (nor a label with the story's paragraphs under it: the run must reach the foot)
        (
            [STORY[0], "Support us", STORY[1], "Drivers' groups said they would fight the plan in court."],
            [],
            [STORY[0], "Support us", STORY[1], "Drivers' groups said they would fight the plan in court."],
        ),
    ],
)
def test_note_or_appeal_that_is_no_foot_stays(pieces: list[str], filed: list[tuple[str, str]], paragraphs: list[str]) -> None:
    _, found, texts = parts_of(parse_held(blocks(BUS, "By Ana Ruiz", *pieces)))
    assert found == filed
    assert texts == paragraphs
