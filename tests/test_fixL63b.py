"""Round 63's layout fixes (fixL63b): a standfirst with no full stop under the headline, a series
label over the headline, a sentence a paste broke before a capital after a word that cannot end
it, and the nearest shapes that must keep their reading.  Invented stories in real page layouts;
each row is the text and exactly what must come out."""

from __future__ import annotations

import pytest

from articles import parse_held, parts_of
from parts import blocks

HEADLINE = "Council approves new cycle lanes"
#: The story's last two paragraphs, under what a row puts on top.
STORY = ["The scheme will cost £4m, the council said on Tuesday.", "Work starts in the spring."]


# -- (1) a standfirst with no full stop under the headline, over a byline or a stamp ----------

@pytest.mark.parametrize(
    ("text", "filed"),
    [
        # the standfirst in a block of its own, the byline under it
        (
            blocks("Health levy to fund new clinics", "Ministers say the new levy will fund 40 new clinics by 2028",
                   "By Ana Ruiz", *STORY),
            [("standfirst", "Ministers say the new levy will fund 40 new clinics by 2028")],
        ),
        # one block: headline, standfirst, byline, stamp
        (
            "Health levy to fund new clinics\nMinisters say the new levy will fund 40 new clinics by 2028\n"
            "By Ana Ruiz\nPublished: 6 March 2026\n\n" + blocks(*STORY),
            [("standfirst", "Ministers say the new levy will fund 40 new clinics by 2028")],
        ),
        # a stamp under it, no byline
        (
            blocks("Health levy to fund new clinics", "Ministers say the new levy will fund 40 new clinics by 2028",
                   "6 March 2026", *STORY),
            [("standfirst", "Ministers say the new levy will fund 40 new clinics by 2028")],
        ),
        # (must not change: a menu row in title case under the headline stays other)
        (
            blocks("Health levy to fund new clinics", "News Sport Business Culture Weather Travel",
                   "By Ana Ruiz", *STORY),
            [("other", "News Sport Business Culture Weather Travel")],
        ),
        # (must not change: under the byline, not right under the headline, it stays other)
        (
            blocks("Health levy to fund new clinics", "By Ana Ruiz",
                   "Ministers say the new levy will fund 40 new clinics by 2028", *STORY),
            [("other", "Ministers say the new levy will fund 40 new clinics by 2028")],
        ),
        # under the headline printed again: the standfirst, the repeat other
        (
            blocks("Health levy to fund new clinics", "Health levy to fund new clinics",
                   "Ministers say the new levy will fund 40 new clinics by 2028", "By Ana Ruiz", *STORY),
            [("other", "Health levy to fund new clinics"),
             ("standfirst", "Ministers say the new levy will fund 40 new clinics by 2028")],
        ),
        # (must not change: a sponsor's line cut mid-phrase, a stamp under it, stays other)
        (
            "Health levy to fund new clinics\n\nThe state of our health service is supported by\n"
            "About this content\n\n6 March 2026\n\n" + blocks(*STORY),
            [("other", "The state of our health service is supported by"), ("other", "About this content")],
        ),
        # (must not change: with no byline nor stamp under it, it stays other)
        (
            blocks("Health levy to fund new clinics", "Ministers say the new levy will fund 40 new clinics by 2028",
                   *STORY),
            [("other", "Ministers say the new levy will fund 40 new clinics by 2028")],
        ),
    ],
)
def test_unstopped_standfirst(text: str, filed: list[tuple[str, str]]) -> None:
    article = parse_held(text)
    captions, found, texts = parts_of(article)
    assert article.headline is not None and article.headline.text == "Health levy to fund new clinics"
    assert (captions, found, texts) == ([], filed, STORY)


# -- (2) a series label over the headline: the section -----------------------------------------

@pytest.mark.parametrize(
    ("text", "section", "headline", "filed"),
    [
        (blocks("The Long Read", "How one town learned to live with the flood", "By Ana Ruiz", *STORY),
         ("The Long Read",), "How one town learned to live with the flood", []),
        # ("story" is no piece noun since reader63b: "A Love Story", "The Big Story" over a deck are headlines)
        (blocks("The Big Story", "How one town learned to live with the flood", "By Ana Ruiz", *STORY),
         (), "The Big Story", [("standfirst", "How one town learned to live with the flood")]),
        ("The Long Read\nHow one town learned to live with the flood\nBy Ana Ruiz\n\n" + blocks(*STORY),
         ("The Long Read",), "How one town learned to live with the flood", []),
        # (must not change: a label the vocabulary knew already)
        (blocks("Explainer", "What the new health levy means for you", "By Ana Ruiz", *STORY),
         ("Explainer",), "What the new health levy means for you", []),
        # (must not change: a short headline in title case, its standfirst under it)
        (blocks("The Quiet Cartel", "How a ring of traders fixed the price of bread", "By Ana Ruiz", *STORY),
         (), "The Quiet Cartel", [("standfirst", "How a ring of traders fixed the price of bread")]),
        # (must not change: the label's shape alone over the byline is the headline)
        (blocks("The Long Read", "By Ana Ruiz", *STORY), (), "The Long Read", []),
        (blocks("The Last Story", "By Ana Ruiz", *STORY), (), "The Last Story", []),
    ],
)
def test_series_label(text: str, section: tuple[str, ...], headline: str, filed: list[tuple[str, str]]) -> None:
    article = parse_held(text)
    captions, found, texts = parts_of(article)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert article.byline is not None and article.byline.authors == ("Ana Ruiz",)
    assert (captions, found, texts) == ([], filed, STORY)


# -- (4) a sentence a paste broke before a capital, after a word that cannot end it ---------------

@pytest.mark.parametrize(
    ("top", "filed", "paragraphs"),
    [
        # the story's first paragraph, broken after a preposition in running text (a comma in it)
        (["After a debate of four hours, the council said it would meet again on", "Thursday to decide."], [],
         ["After a debate of four hours, the council said it would meet again on Thursday to decide."]),
        # broken after a determiner before a name
        (["Spending rose sharply last year, according to the report by the",
          "National Audit Office published on Monday."], [],
         ["Spending rose sharply last year, according to the report by the National Audit Office published on "
          "Monday."]),
        # broken after an auxiliary
        (["The council leader said the first of the new lanes would",
          "Open to cyclists by the end of the year."], [],
         ["The council leader said the first of the new lanes would Open to cyclists by the end of the year."]),
        # (a word that may end a sentence before a weekday: not joined here; the first line is the story's
        # since mendL63, a paragraph of its own, the rest another)
        (["The council said it would meet", "Thursday to decide."],
         [], ["The council said it would meet", "Thursday to decide."]),
    ],
)
def test_sentence_broken_before_capital(top: list[str], filed: list[tuple[str, str]], paragraphs: list[str]) -> None:
    article = parse_held(blocks(HEADLINE, *top, *STORY))
    captions, found, texts = parts_of(article)
    assert article.headline is not None and article.headline.text == HEADLINE
    assert (captions, found, texts) == ([], filed, [*paragraphs, *STORY])


LEDE = "The council on Tuesday approved a plan to build twelve miles of cycle lanes."


@pytest.mark.parametrize(
    ("middle", "paragraphs"),
    [
        # further down the story: one paragraph
        (["Opponents said the lanes would take space from buses and from the",
          "Old Town traders who rely on deliveries."],
         ["Opponents said the lanes would take space from buses and from the Old Town traders who rely on "
          "deliveries."]),
        # (must not change: a line that ends a sentence, a capital under it)
        (["Opponents said the lanes would take space from buses.", "Old Town traders rely on deliveries."],
         ["Opponents said the lanes would take space from buses.", "Old Town traders rely on deliveries."]),
        # (must not change: crossheads ending in a preposition, numbered or not, over a capital)
        (["What it is for", "The scheme is meant to cut traffic in the centre."],
         ["What it is for", "The scheme is meant to cut traffic in the centre."]),
        (["Where the new lanes will lead to", "The first lane runs from the station to the hospital."],
         ["Where the new lanes will lead to", "The first lane runs from the station to the hospital."]),
        (["2. Find a safe route to ride on", "The council has published a map of the quiet streets."],
         ["2. Find a safe route to ride on", "The council has published a map of the quiet streets."]),
        # (must not change: a speech cue may end a heading, a capital under it)
        (["Cycle lanes will cut traffic, council leader says", "The scheme is meant to cut traffic in the centre."],
         ["Cycle lanes will cut traffic, council leader says", "The scheme is meant to cut traffic in the centre."]),
    ],
)
def test_body_sentence_broken_before_capital(middle: list[str], paragraphs: list[str]) -> None:
    article = parse_held(blocks(HEADLINE, LEDE, *middle, *STORY))
    captions, found, texts = parts_of(article)
    assert (captions, found) == ([], [])
    assert texts == [LEDE, *paragraphs, *STORY]


# -- (3) a known place alone in brackets opening the lede, a dash after it or not: the dateline -----

@pytest.mark.parametrize(
    ("lede", "dateline", "place", "paragraph"),
    [
        ("(London) - The council said it would meet on Thursday to decide on the plan.", "(London) -", "London",
         "The council said it would meet on Thursday to decide on the plan."),
        ("(London) — The council said it would meet on Thursday to decide on the plan.", "(London) —", "London",
         "The council said it would meet on Thursday to decide on the plan."),
        # (must not change: no dash)
        ("(London) The council said it would meet on Thursday to decide on the plan.", "(London)", "London",
         "The council said it would meet on Thursday to decide on the plan."),
        # (must not change: a place the vocabulary does not know, or a label, stays in the paragraph)
        ("(Bristol) - The council said it would meet on Thursday to decide on the plan.", None, None,
         "(Bristol) - The council said it would meet on Thursday to decide on the plan."),
        ("(Updated) - The council said it would meet on Thursday to decide on the plan.", None, None,
         "(Updated) - The council said it would meet on Thursday to decide on the plan."),
    ],
)
def test_bracketed_place_before_dash(lede: str, dateline: str | None, place: str | None, paragraph: str) -> None:
    article = parse_held(blocks(HEADLINE, lede, *STORY))
    captions, found, texts = parts_of(article)
    assert (article.dateline.text if article.dateline else None) == dateline
    assert (article.dateline.place if article.dateline else None) == place
    assert (captions, found, texts) == ([], [], [paragraph, *STORY])


# -- (5), (6) shapes that keep their reading ------------------------------------------------------

LEDE_SENTENCE = "The council approved twelve miles of cycle lanes on Tuesday, officials said."


@pytest.mark.parametrize(
    ("text", "section", "headline", "authors", "filed", "paragraphs"),
    [
        # a writer's note under the first paragraph: the byline; the line over it its standfirst
        (blocks(HEADLINE, LEDE_SENTENCE, "Written by Ana Ruiz", *STORY), (), HEADLINE, ("Ana Ruiz",),
         [("standfirst", LEDE_SENTENCE)], STORY),
        # a contributor's note under the first paragraph: a sign-off, as at the foot
        (blocks(HEADLINE, "By Ana Ruiz", LEDE_SENTENCE, "Additional reporting by Tom Berg", *STORY), (), HEADLINE,
         ("Ana Ruiz",), [("sign-off", "Additional reporting by Tom Berg")], [LEDE_SENTENCE, *STORY]),
        # a section with its date over the title and the byline
        (blocks("Good News of Friday, 6 March 2026", HEADLINE, "By Ana Ruiz", *STORY), ("Good News",), HEADLINE,
         ("Ana Ruiz",), [], STORY),
        # a headline of the shape "<Words> of <Weekday> ...": the headline, no section
        (blocks("Fans of Friday Night Lights rejoice", "By Ana Ruiz", *STORY), (),
         "Fans of Friday Night Lights rejoice", ("Ana Ruiz",), [], STORY),
        (blocks("Heroes of Monday night's rescue honoured", "By Ana Ruiz", *STORY), (),
         "Heroes of Monday night's rescue honoured", ("Ana Ruiz",), [], STORY),
    ],
)
def test_shapes_that_keep_their_reading(
    text: str,
    section: tuple[str, ...],
    headline: str,
    authors: tuple[str, ...],
    filed: list[tuple[str, str]],
    paragraphs: list[str],
) -> None:
    article = parse_held(text)
    captions, found, texts = parts_of(article)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert article.byline is not None and article.byline.authors == authors
    assert (captions, found, texts) == ([], filed, paragraphs)
