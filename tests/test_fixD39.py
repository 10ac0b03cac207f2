"""Dates and page layout leftovers of a new user's probe (try40) and trial 40: one page reads
its numeric dates two ways (``Published 03/04/2024`` over ``Updated Wednesday 03/04/2024``); a
dashed date with a weekday (``Tuesday, 11-06-2024``) gave no stamp; ``prioritise`` was no sign of
a day-first page.

Rows under ``# mutation-killing`` pass on the base too: each names the mutant of this change it
kills."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse import QuoteParser
from quote_cases import quote_speakers

HEADLINE = "Heatwave puts water supplies under strain\n"
STORY = "\nReservoir levels across the region fell for a third week, the water company said on Tuesday.\n"
BRITISH = "\nHouseholds were asked to save water, and tankers costing £40,000 a week were sent to the town centre.\n"


def stamps(text: str) -> tuple[dt.datetime | None, dt.datetime | None]:
    article = newsparse.ArticleParser().parse(text)
    found = []
    for stamp in (article.published, article.updated):
        if stamp is not None:
            assert text[stamp.span.start : stamp.span.end] == stamp.text
        found.append(None if stamp is None else stamp.datetime.replace(tzinfo=None))
    return found[0], found[1]


# one page writes its dates one way: a stamp whose weekday (or a number over 12) shows its order
# has the page's other stamps that read both ways read in that order, whatever the page's signs
PAGE_ORDER = [
    ("Published 03/04/2024\nUpdated Wednesday 03/04/2024 16:20\n" + STORY,
     (dt.datetime(2024, 4, 3), dt.datetime(2024, 4, 3, 16, 20))),
    ("Posted: 05/06/2024 | Last updated: Friday 07/06/2024\n" + STORY,
     (dt.datetime(2024, 6, 5), dt.datetime(2024, 6, 7))),
    ("First published 02/03/2025\nUpdated 14/03/2025 09:12\n" + STORY,
     (dt.datetime(2025, 3, 2), dt.datetime(2025, 3, 14, 9, 12))),
    ("Published Thursday 06/03/2025\nModified 08/03/2025\n" + STORY,
     (dt.datetime(2025, 3, 6), dt.datetime(2025, 3, 8))),
    # the page's own stamp says month first: the British spellings do not turn the other one round
    ("Published 03/04/2024\nUpdated 04/13/2024\n" + BRITISH,
     (dt.datetime(2024, 3, 4), dt.datetime(2024, 4, 13))),
    ("Published 07/08/2024\nUpdated Monday 08/12/2024\n" + BRITISH,
     (dt.datetime(2024, 7, 8), dt.datetime(2024, 8, 12))),
]


@pytest.mark.parametrize(("text", "expected"), PAGE_ORDER)
def test_a_stamp_that_shows_its_order_sets_the_pages_other_stamps(
    text: str, expected: tuple[dt.datetime, dt.datetime]
) -> None:
    assert stamps(HEADLINE + text) == expected


# mutation-killing: a weekday that both readings allow (3 February and 2 March 2024 are Saturdays)
# shows no order, and the page's signs read both stamps day first as before (kills `written_order`
# returning the order the stamp was read in when its weekday agrees, without asking the other reading)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the publication before the update: an update before it is never read, stop 46)
        ("Published 05/01/2024\nUpdated Sat 03/02/2024\n" + BRITISH, (dt.datetime(2024, 1, 5), dt.datetime(2024, 2, 3))),
    ],
)
def test_a_weekday_both_readings_allow_shows_no_order(
    text: str, expected: tuple[dt.datetime | None, dt.datetime | None]
) -> None:
    assert stamps(HEADLINE + text) == expected


# a numeric date with dashes and its year in full is read when its order is decided
DASHED = [
    ("Tuesday, 11-06-2024\n", dt.datetime(2024, 6, 11)),
    ("Published: Wed 06-11-2024 10:45\n", dt.datetime(2024, 11, 6, 10, 45)),
    ("Posted 25-06-2024\n", dt.datetime(2024, 6, 25)),
    ("Updated on 06-25-2024\n", dt.datetime(2024, 6, 25)),
    ("By Priya Raman | Saturday, 01-02-2025\n", dt.datetime(2025, 2, 1)),
    ("Last updated 04-03-2025 14:32 CET\n", dt.datetime(2025, 3, 4, 14, 32)),
]


@pytest.mark.parametrize(("line", "expected"), DASHED)
def test_a_dashed_date_whose_order_is_decided_is_read(line: str, expected: dt.datetime) -> None:
    published, updated = stamps(HEADLINE + line + STORY)
    assert (published or updated) == expected


# mutation-killing: a dashed date that reads both ways with nothing to decide gives no stamp, a
# wrong date being worse than none (kills `undecided_dashes` returning False)
@pytest.mark.parametrize("line", ["Published 11-06-2024\n", "Posted: 03-04-2025 | 4 min read\n"])
def test_a_dashed_date_that_reads_both_ways_alone_gives_no_stamp(line: str) -> None:
    assert stamps(HEADLINE + line + STORY) == (None, None)


# -ise verbs a North American desk writes -ize are signs of a day-first page, their -ize forms of
# a month-first one
@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        ("By Ruth Mills | 03/04/2024", "Bills will rise 5 per cent, and councils will prioritise social care.",
         dt.datetime(2024, 4, 3)),
        ("Posted 09/10/2024", "The minister emphasised the colour of the new livery at the launch.",
         dt.datetime(2024, 10, 9)),
        ("Published: 02/05/2025", "Volunteers organised a clean-up, and the council said it had modernised its depot.",
         dt.datetime(2025, 5, 2)),
        # (two day-first signs, three month-first ones: the page is read month first)
        ("Published: 02/05/2025", "Volunteers organized a clean-up of the centre, and the council said it had"
         " modernized its depot and prioritized £2m for roads.", dt.datetime(2025, 2, 5)),
    ],
)
def test_ise_verbs_sign_a_day_first_page(head: str, body: str, expected: dt.datetime) -> None:
    assert stamps(HEADLINE + head + "\n\n" + body + "\n")[0] == expected


# a byline whose names are Markdown links, as a scraper's Markdown export prints them: the link's
# text is the name, the address in none; the byline's span and text those of the line as written
LINKED = [
    ("**By [Owen Price](https://example.com/authors/owen-price)** | 12 May 2025", ("Owen Price",), None,
     "By [Owen Price](https://example.com/authors/owen-price)", dt.datetime(2025, 5, 12)),
    ("By [Halima Yusuf](https://example.org/staff/halima_yusuf) | Published 3 June 2025", ("Halima Yusuf",), None,
     "By [Halima Yusuf](https://example.org/staff/halima_yusuf)", dt.datetime(2025, 6, 3)),
    ("By [Tom Berg](/profile/tom-berg) and [Ana Lima](/profile/ana-lima)", ("Tom Berg", "Ana Lima"), None,
     "By [Tom Berg](/profile/tom-berg) and [Ana Lima](/profile/ana-lima)", None),
    ("_By [Mia Lund](https://example.com/mia-lund), Reuters_", ("Mia Lund",), "Reuters",
     "_By [Mia Lund](https://example.com/mia-lund), Reuters_", None),  # (its marks kept, as without the link)
]


@pytest.mark.parametrize(("line", "authors", "agency", "written", "published"), LINKED)
def test_a_markdown_link_in_a_byline_gives_its_text_as_the_name(
    line: str, authors: tuple[str, ...], agency: str | None, written: str, published: dt.datetime | None
) -> None:
    text = "Dock workers end five-day strike at port\n\n" + line + "\n\nDock workers returned to the quays on Monday.\n"
    article = newsparse.ArticleParser().parse(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, written)
    assert text[article.byline.span.start : article.byline.span.end] == written
    assert article.span_mismatches() == []
    stamp = article.published
    assert (None if stamp is None else stamp.datetime.replace(tzinfo=None)) == published



# a headline that ends in an abbreviation of capitals with points (its last point the
# abbreviation's) over the story is the headline, not the story's first paragraph
ABBREVIATED = [
    ("es", "Las exportaciones de aguacate mexicano baten un nuevo récord pese a los aranceles de EE.UU.",
     "Morelia, 14 abr (EFE).- Las exportaciones de aguacate de Michoacán crecieron un 9 % en el primer trimestre,"
     " informó este lunes la asociación de productores."),
    ("en", "Solar panel makers rush to open new factories across the U.S.",
     "Three manufacturers announced plants in Georgia and Ohio on Tuesday, citing tax credits that run until 2032."),
    ("en", "Shipping delays push grocery prices to a two-year high in the U.K.",
     "Supermarkets raised the price of fresh produce for a third month running, figures showed on Wednesday."),
]


@pytest.mark.parametrize(("language", "title", "story"), ABBREVIATED)
def test_a_headline_ending_in_an_abbreviation_is_the_headline(language: str, title: str, story: str) -> None:
    text = title + "\n\n" + story + "\n\nThe figures will be revised next month.\n"
    article = newsparse.ArticleParser(language=language).parse(text)
    assert article.headline is not None and article.headline.text == title
    assert article.paragraphs[0].text in story  # (the wire's dateline read off it: "Morelia, 14 abr (EFE).-")


# mutation-killing: a first line of running text that ends in a full stop after a plain word stays
# the first paragraph (kills `ends_in_abbreviation` reading any closing point as an abbreviation's)
def test_a_first_paragraph_ending_after_a_word_stays_a_paragraph() -> None:
    first = "Three manufacturers announced new solar panel plants in Georgia and Ohio on Tuesday."
    text = first + "\n\nThey cited tax credits that run until 2032, and said hiring would start in the spring.\n"
    article = newsparse.ArticleParser().parse(text)
    assert article.headline is None
    assert article.paragraphs[0].text == first


# a kicker, a field's empty label (as a scraper's export prints a field it has no value for), then
# the title: the kicker is the section, the field boilerplate, no byline, the title the headline
FIELD_LAYOUTS = [
    ("Book review", "Byline:", "The Salt Road: a year walking the Cornish coast in winter",
     "Anna Pell set out from Padstow in November with a tent, a stove and no plan, and this is her account."),
    ("Obituary", "Author:", "Margaret Hale, the harbour pilot who guided ships into Falmouth for forty years",
     "Margaret Hale, who has died aged 91, brought more than 6,000 ships into port."),
    ("Sport", "Byline:", "Rovers sink City with stoppage-time header in derby",
     "A header in the fourth minute of added time settled a derby that had everything on Saturday."),
    ("Theatre review", "Written by:", "A storm-tossed Tempest opens the season on the South Bank",
     "The company opens its summer with a loud, wet and very funny production of the late play."),
]


@pytest.mark.parametrize(("kicker", "field", "title", "story"), FIELD_LAYOUTS)
def test_an_empty_field_between_kicker_and_title_is_passed_over(kicker: str, field: str, title: str, story: str) -> None:
    text = f"{kicker}\n{field}\n{title}\n\n{story}\n\nThe rest of the story follows here, as it always does.\n"
    article = newsparse.ArticleParser().parse(text)
    assert article.section == (kicker,)
    assert article.headline is not None and article.headline.text == title
    assert article.byline is None
    assert [b.text for b in article.boilerplate] == [field]
    assert article.paragraphs[0].text == story


# a sentence ends after a closing abbreviation (U.S., U.K., p.m., Inc.) before a capitalised
# determiner or pronoun and a word in lower case, or a known given name, a surname and a word in
# lower case: the quote and its speaker are the next sentence's
CLOSING_ABBREVIATION = [
    ("Shares of the carmaker rose in the U.S. Tom Berg said the rally would not last.",
     [("the rally would not last", "Tom Berg")]),
    ("Sales of the new model rose fastest in the U.S. Helen Park said demand would cool by spring.",
     [("demand would cool by spring", "Helen Park")]),
    ("Prices rose 4% in the U.K. The rise was driven by energy, Ann Webb said.",
     [("The rise was driven by energy", "Ann Webb")]),
    ("Counting started at 10 p.m. It would finish by dawn, the returning officer said.",
     [("It would finish by dawn", "the returning officer")]),
    ("The deal was signed by Harbour Freight Inc. Maria Lopez said the price was fair.",
     [("the price was fair", "Maria Lopez")]),
    # after a clock's half, a capitalised noun and a verb open one too
    ("The polls close at 8 p.m. Turnout was high, the returning officer said.",
     [("Turnout was high", "the returning officer")]),
    ("The ferry leaves at 6 a.m. Demand has doubled since May, the operator said.",
     [("Demand has doubled since May", "the operator")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), CLOSING_ABBREVIATION)
def test_a_sentence_ends_after_a_closing_abbreviation(paragraph: str, expected: list[tuple[str, str]]) -> None:
    text = "Markets brace for a long winter\n\n" + paragraph + "\n"
    assert quote_speakers(text) == expected


# mutation-killing: a run of capitalised words, as a text in title case writes it, opens no
# sentence after the abbreviation (kills `opens_sentence_after` not asking for the word in lower case)
def test_title_case_after_an_abbreviation_opens_no_sentence() -> None:
    segmentation = QuoteParser()
    raw = "Trade Talks Between The U.S. And Japan Stall. The Talks End."
    assert [raw[s:e].strip() for s, e in segmentation.sentences(raw, [])] == [
        "Trade Talks Between The U.S. And Japan Stall.", "The Talks End."
    ]
    raw = "Officials Said The Plan Would Help The U.S. The Fed Disagreed."
    assert len(segmentation.sentences(raw, [])) == 1


# mutation-killing: an indefinite determiner after the abbreviation opens no sentence, as a text
# put back from capitals leaves an object capitalised (kills `opens_sentence_after` reading
# `INDEFINITE_DETERMINERS` as the other determiners)
def test_an_indefinite_determiner_after_an_abbreviation_opens_no_sentence() -> None:
    raw = "The accord guarantees the U.S. An annual quota of two mln tonnes, the group said."
    assert len(QuoteParser().sentences(raw, [])) == 1


# mutation-killing: a weekday after a clock's half is the clock's day, no sentence's subject
# (kills `opens_sentence_after` leaving out the weekday test)
def test_a_weekday_after_a_clock_opens_no_sentence() -> None:
    raw = "The polls close at 8 p.m. Tuesday was the busiest day, the official said."
    assert len(QuoteParser().sentences(raw, [])) == 1
