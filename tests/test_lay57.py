"""lay57 (stop 50): layout defects found on copy from unseen sites and wires: a story's last line
with no stop lost to boilerplate, agencies spelled out in a dateline's brackets, wire slugs in a
headline, stamps in square brackets and two spelled-out zones on one stamp line."""

from __future__ import annotations

import pytest

from newsparse import Article
from parts import blocks, parse, sound, texts

HEADLINE = "Storm hits coast"
LEDE = "A storm hit the coast on Monday, officials said."


def boilerplate_of(article: Article) -> list[tuple[str, str]]:
    return [(item.text, str(item.kind)) for item in article.boilerplate]


# -- 1. a story's last line with no stop --------------------------------------------------------------


@pytest.mark.parametrize(
    "last",
    [
        "Power was cut to homes",
        "Schools were closed across the region",
        "Three people were hurt",
        "Its owner said: \"Thank you\"",
        "The mayor told reporters to stay home",
        "Rescuers had reached the village by noon",
    ],
)
def test_last_past_clause_is_story(last: str) -> None:
    article = parse(blocks(HEADLINE, LEDE, last))
    assert texts(article) == [LEDE, last]
    assert boilerplate_of(article) == []
    assert sound(article)


@pytest.mark.parametrize(
    ("last", "filed"),
    [
        # (precision: buttons, links and notices stay boilerplate of their kind)
        ("Share this article", ("Share this article", "share")),
        ("Follow us on X", ("Follow us on X", "share")),
        ("All rights reserved", ("All rights reserved", "copyright")),
        ("Read more", ("Read more", "related")),
        ("Related: Power was cut to homes", ("Related: Power was cut to homes", "related")),
        # (a title: present tense, a relative clause, a question word, words in capitals)
        ("Power is cut to homes", ("Power is cut to homes", "other")),
        ("Man who was shot dies", ("Man who was shot dies", "other")),
        ("How the deal was done", ("How the deal was done", "other")),
        ("Council Was Told Of Harbour Plan", ("Council Was Told Of Harbour Plan", "other")),
        # (the verb too deep in the line: no subject and verb of a clause)
        ("Flood photos from readers were shared", ("Flood photos from readers were shared", "other")),
    ],
)
def test_last_line_that_is_no_clause_stays_boilerplate(last: str, filed: tuple[str, str]) -> None:
    article = parse(blocks(HEADLINE, LEDE, last))
    assert texts(article) == [LEDE]
    assert boilerplate_of(article) == [filed]
    assert sound(article)


def test_past_clause_with_page_under_it_is_left_to_the_link_rules() -> None:
    # (precision: a line with a link label under it may be a link's title: only the text's last line)
    article = parse(blocks(HEADLINE, LEDE, "Power was cut to homes", "More from News"))
    assert texts(article) == [LEDE]
    assert boilerplate_of(article) == [("Power was cut to homes", "other"), ("More from News", "related")]


def test_past_clause_under_no_story_stays_boilerplate() -> None:
    # (precision: the block over it is a menu, no paragraph of the story)
    article = parse(blocks(HEADLINE, "The best deals\nClick here", "Power was cut to homes"))
    assert texts(article) == []
    assert boilerplate_of(article)[-1] == ("Power was cut to homes", "related")


@pytest.mark.parametrize(
    ("last", "kept", "mark"),
    [
        ("Its owner said: \"Thank you\" ■", "Its owner said: \"Thank you\"", "■"),
        ("Its owner told reporters: \"We are safe\" ■■", "Its owner told reporters: \"We are safe\"", "■■"),
        ("The crew said: “All is well” ■", "The crew said: “All is well”", "■"),
        ("The crew said: «All is well» ■", "The crew said: «All is well»", "■"),
    ],
)
def test_last_line_that_lost_its_end_mark_is_story(last: str, kept: str, mark: str) -> None:
    article = parse(blocks(HEADLINE, LEDE, last))
    assert texts(article) == [LEDE, kept]
    assert boilerplate_of(article) == [(mark, "sign-off")]
    assert sound(article)


def test_mark_after_words_with_no_stop_stays_in_the_line() -> None:
    # a black square right after a word (no stop, no quotation mark) may be the sentence's own
    # ("under the tag ■", fixT56a): not cut off, the story's line kept whole as a paragraph
    article = parse(blocks(HEADLINE, LEDE, "Power was cut to homes ■"))
    assert texts(article) == [LEDE, "Power was cut to homes ■"]
    assert boilerplate_of(article) == []


def test_end_mark_on_a_title_stays_boilerplate() -> None:
    # (precision: a title with no finite verb is filed whole, as before)
    article = parse(blocks(HEADLINE, LEDE, "Power cuts: what you need to know ■"))
    assert texts(article) == [LEDE]
    assert boilerplate_of(article) == [("Power cuts: what you need to know ■", "other")]
    assert sound(article)


def test_past_clause_over_a_credit_is_a_caption() -> None:
    # (a short line right over a photo credit is that photo's caption, as before: kept as a caption)
    article = parse(HEADLINE + "\n\n" + LEDE + "\n\nPower was cut to homes\nPhoto: Reuters\n")
    assert [caption.text for caption in article.captions] == ["Power was cut to homes"]
    assert texts(article) == [LEDE]
    assert sound(article)


@pytest.mark.parametrize(
    "separator",
    ["■", "■■", "* * *"],
)
def test_separator_mid_article_keeps_the_story_after_it(separator: str) -> None:
    second = "In the north, rivers rose overnight and roads were closed, police said."
    third = "Schools will reopen on Friday, the council said."
    article = parse(blocks(HEADLINE, LEDE, separator, second, third))
    assert texts(article) == [LEDE, second, third]
    assert [text for text, _ in boilerplate_of(article)] == [separator]
    assert sound(article)


# -- 2. agencies spelled out in a dateline's brackets; wire slugs in a headline -----------------------


@pytest.mark.parametrize(
    ("place", "agency"),
    [
        ("SYDNEY", "Australian Associated Press"),
        ("TORONTO", "Canadian Press"),
        ("TORONTO", "The Canadian Press"),
        ("PARIS", "Agence France Presse"),
        ("PARIS", "Agence France-Presse"),
        ("NEW DELHI", "Press Trust of India"),
        ("ABUJA", "News Agency of Nigeria"),
        ("WASHINGTON", "Associated Press"),
        ("SYDNEY", "AAP"),
        ("DUBAI", "Emirates News Agency"),
        ("RIYADH", "Saudi Press Agency"),
        ("BERLIN", "Deutsche Presse-Agentur"),
        ("KUALA LUMPUR", "Malaysian National News Agency"),
    ],
)
def test_spelled_out_agency_dateline(place: str, agency: str) -> None:
    body = f"{place} ({agency}) - A storm hit the coast on Monday, officials said."
    article = parse(blocks(HEADLINE, body))
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == (place, agency)
    assert texts(article) == [LEDE]
    assert [quote.text for quote in article.quotes] == ["A storm hit the coast on Monday"]
    assert sound(article)


@pytest.mark.parametrize(
    "body",
    [
        # (precision: a name in brackets that is no agency of the vocabulary: no dateline read)
        "SYDNEY (Australian Broadcasting Corporation) - A storm hit the coast on Monday, officials said.",
        # (precision: a place in brackets after a name is no dateline)
        "Jane Roe (Canadian Press) said a storm hit the coast on Monday.",
    ],
)
def test_unknown_name_in_brackets_is_no_dateline(body: str) -> None:
    article = parse(blocks(HEADLINE, body))
    assert article.dateline is None
    assert texts(article) == [body]
    assert sound(article)


@pytest.mark.parametrize(
    "headline",
    [
        "UPDATE 2-Oil prices climb on supply fears",
        "UPDATE 1-Oil prices climb",
        "CORRECTED-Oil prices climb on supply fears",
        "REFILE-Oil prices climb on supply fears",
        "EXCLUSIVE-Oil firms weigh bids for refinery",
        "RPT-Oil prices climb on supply fears",
        "(LEAD) N. Korea fires ballistic missile into East Sea",
        "(2nd LD) N. Korea fires missile",
    ],
)
def test_wire_slug_stays_in_headline(headline: str) -> None:
    # the slug is the headline line's own: the headline keeps it, so that the line is in one part
    # and the span slices back (docs/model.md, the headline's `text`)
    body = "LONDON (Reuters) - Oil prices rose on Monday, traders said."
    article = parse(blocks(headline, body))
    assert article.headline is not None
    assert article.headline.text == headline
    assert article.dateline is not None and article.dateline.agency == "Reuters"
    assert article.boilerplate == ()
    assert sound(article)


# -- 3. stamps ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "language", "text", "iso"),
    [
        ("Published [March 3, 2025 10:00 GMT]", None, "[March 3, 2025 10:00 GMT]", "2025-03-03T10:00:00+00:00"),
        ("Published (March 3, 2025 10:00 GMT)", None, "(March 3, 2025 10:00 GMT)", "2025-03-03T10:00:00+00:00"),
        ("Published [March 3, 2025 10:00 a.m. Eastern time]", None, "[March 3, 2025 10:00 a.m. Eastern time]",
         "2025-03-03T10:00:00-05:00"),
        ("Veröffentlicht [3. März 2025, 10:00 MEZ]", "de", "[3. März 2025, 10:00 MEZ]", "2025-03-03T10:00:00+01:00"),
        ("Published [March 3, 2025]", None, "[March 3, 2025]", "2025-03-03T00:00:00"),
    ],
)
def test_stamp_in_square_brackets_reads_its_zone(line: str, language: str | None, text: str, iso: str) -> None:
    article = parse(blocks(f"{HEADLINE}\n{line}", LEDE), language)
    assert article.published is not None
    assert (article.published.text, article.published.datetime.isoformat()) == (text, iso)
    assert article.boilerplate == ()
    assert sound(article)


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("Published March 3, 2025 10:00 a.m. Eastern time, updated 11:30 a.m. Eastern time",
         ("March 3, 2025 10:00 a.m. Eastern time", "2025-03-03T10:00:00-05:00"),
         ("11:30 a.m. Eastern time", "2025-03-03T11:30:00-05:00")),
        ("Published March 3, 2025 10:00 a.m. Eastern time | Updated 11:30 a.m. Eastern time",
         ("March 3, 2025 10:00 a.m. Eastern time", "2025-03-03T10:00:00-05:00"),
         ("11:30 a.m. Eastern time", "2025-03-03T11:30:00-05:00")),
        ("Published July 3, 2025 10:00 a.m. Pacific Time, updated 1:30 p.m. Pacific Time",
         ("July 3, 2025 10:00 a.m. Pacific Time", "2025-07-03T10:00:00-07:00"),
         ("1:30 p.m. Pacific Time", "2025-07-03T13:30:00-07:00")),
        ("Published March 3, 2025 10:00 a.m. ET, updated 11:30 a.m. ET",
         ("March 3, 2025 10:00 a.m. ET", "2025-03-03T10:00:00-05:00"),
         ("11:30 a.m. ET", "2025-03-03T11:30:00-05:00")),
    ],
)
def test_two_spelled_zone_stamps_on_one_line(line: str, published: tuple[str, str], updated: tuple[str, str]) -> None:
    article = parse(blocks(f"{HEADLINE}\n{line}", LEDE))
    assert article.published is not None and article.updated is not None
    assert (article.published.text, article.published.datetime.isoformat()) == published
    assert (article.updated.text, article.updated.datetime.isoformat()) == updated
    assert article.boilerplate == ()
    assert sound(article)


@pytest.mark.parametrize(
    "line",
    [
        # (precision: an update before the publication on the same day is no update of that day)
        "Published July 3, 2025 10:00 a.m. Pacific Time, updated 9:30 a.m. Pacific Time",
        # (precision: a zone's name with no clock before it is read as no zone)
        "Published March 3, 2025, updated Eastern time",
    ],
)
def test_spelled_zone_update_that_cannot_be_read_is_left(line: str) -> None:
    article = parse(blocks(f"{HEADLINE}\n{line}", LEDE))
    assert article.published is not None
    assert article.updated is None
    assert sound(article)


@pytest.mark.parametrize("mark", ["■", "---"])
def test_wrapped_update_under_a_mark_is_the_update(mark: str) -> None:
    header = f"{HEADLINE}\nPublished March 3, 2025 10:00 GMT\n{mark}\nUpdated March 3, 2025\n11:30 GMT"
    article = parse(blocks(header, LEDE))
    assert article.published is not None and article.updated is not None
    assert article.published.datetime.isoformat() == "2025-03-03T10:00:00+00:00"
    assert (article.updated.text, article.updated.datetime.isoformat()) == (
        "March 3, 2025\n11:30 GMT", "2025-03-03T11:30:00+00:00")
    assert [text for text, _ in boilerplate_of(article)] == [mark]
    assert sound(article)


# -- 4. an end mark after a paragraph amid the story -------------------------------------------------


@pytest.mark.parametrize("mark", ["■", "■■", "(MORE)", "Enditem", "-30-"])
def test_end_mark_amid_the_story_is_cut_off_its_paragraph(mark: str) -> None:
    second = "In the north, rivers rose overnight and roads were closed, police said."
    article = parse(blocks(HEADLINE, f"{LEDE} {mark}", second))
    assert texts(article) == [LEDE, second]
    assert boilerplate_of(article) == [(mark, "sign-off")]
    assert [(quote.text, quote.speaker.name if quote.speaker else None) for quote in article.quotes] == [
        ("A storm hit the coast on Monday", "officials"),
        ("In the north, rivers rose overnight and roads were closed", "police"),
    ]
    assert sound(article)


@pytest.mark.parametrize(
    "first",
    [
        # (precision: a mark after a word with no stop may be the sentence's own, as at the story's end)
        "Readers in the city can follow the story under the tag ■, officials said on Monday",
        # (precision: "ends" in lower case is the sentence's verb)
        "The storm season that began in May ends",
    ],
)
def test_words_amid_the_story_that_are_no_end_mark_stay(first: str) -> None:
    second = "In the north, rivers rose overnight and roads were closed, police said."
    article = parse(blocks(HEADLINE, LEDE, first, second))
    assert first in texts(article)
    assert [text for text, kind in boilerplate_of(article) if kind == "sign-off"] == []
    assert sound(article)


# -- 3b. a stamp label alone on the line over its stamp ----------------------------------------------


@pytest.mark.parametrize(
    ("header", "language", "published", "updated"),
    [
        ("Updated\nMarch 3, 2025 10:00 GMT", None, None, "2025-03-03T10:00:00+00:00"),
        ("Last updated:\nMarch 3, 2025 10:00 GMT", None, None, "2025-03-03T10:00:00+00:00"),
        ("Published\nMarch 3, 2025 10:00 GMT\nUpdated\nMarch 3, 2025 11:30 GMT", None,
         "2025-03-03T10:00:00+00:00", "2025-03-03T11:30:00+00:00"),
        ("March 3, 2025 10:00 GMT\nUpdated:\nMarch 3, 2025 11:30 GMT", None,
         "2025-03-03T10:00:00+00:00", "2025-03-03T11:30:00+00:00"),
        ("Published March 3, 2025 10:00 GMT\n■\nUpdated\nMarch 3, 2025 11:30 GMT", None,
         "2025-03-03T10:00:00+00:00", "2025-03-03T11:30:00+00:00"),
        ("Veröffentlicht am 3. März 2025, 10:00 Uhr\nAktualisiert\n3. März 2025, 11:30 Uhr", "de",
         "2025-03-03T10:00:00", "2025-03-03T11:30:00"),
        # (precision: a label of a publication over its stamp keeps it the publication)
        ("Published\nMarch 3, 2025 10:00 GMT", None, "2025-03-03T10:00:00+00:00", None),
    ],
)
def test_label_alone_over_its_stamp_gives_the_kind(
    header: str, language: str | None, published: str | None, updated: str | None
) -> None:
    headline, lede = (("Sturm trifft Küste", "Ein Sturm traf am Montag die Küste, sagten Beamte.")
                      if language else (HEADLINE, LEDE))
    article = parse(blocks(f"{headline}\n{header}", lede), language)
    assert (article.published.datetime.isoformat() if article.published else None) == published
    assert (article.updated.datetime.isoformat() if article.updated else None) == updated
    assert texts(article) == [lede]
    assert sound(article)


def test_label_with_its_own_stamp_keeps_its_kind() -> None:
    # (precision: the stamp's own label says its kind, whatever label stands alone over it)
    article = parse(blocks(f"{HEADLINE}\nUpdated\nPublished March 3, 2025 10:00 GMT", LEDE))
    assert article.published is not None and article.updated is None
    assert article.published.datetime.isoformat() == "2025-03-03T10:00:00+00:00"
    assert sound(article)


@pytest.mark.parametrize(
    ("header", "published", "updated"),
    [
        ("Published: 03/03/2025 10:00\n---\nUpdated: 03/03/2025\n11:30",
         ("03/03/2025 10:00", "2025-03-03T10:00:00"), ("03/03/2025\n11:30", "2025-03-03T11:30:00")),
        ("Published: 03.03.2025\n10:00", ("03.03.2025\n10:00", "2025-03-03T10:00:00"), None),
        ("Published: 2025/03/03\n10:00 GMT", ("2025/03/03\n10:00 GMT", "2025-03-03T10:00:00+00:00"), None),
        # (precision: a count or a reading time under the date is no clock)
        ("Published: 03/03/2025\n12 shares", ("03/03/2025", "2025-03-03T00:00:00"), None),
        ("Published: 03/03/2025\n3 min read", ("03/03/2025", "2025-03-03T00:00:00"), None),
    ],
)
def test_numeric_date_wrapped_over_its_clock(
    header: str, published: tuple[str, str], updated: tuple[str, str] | None
) -> None:
    article = parse(blocks(f"{HEADLINE}\n{header}", LEDE))
    assert article.published is not None
    assert (article.published.text, article.published.datetime.isoformat()) == published
    assert (None if article.updated is None else (article.updated.text, article.updated.datetime.isoformat())) == updated
    assert texts(article) == [LEDE]
    assert sound(article)


def test_french_end_mark_after_guillemet() -> None:
    last = "« Tout va bien », a déclaré le maire. ■"
    lede = "Une tempête a frappé la côte lundi, ont indiqué les autorités."
    article = parse(blocks("Tempête sur la côte", lede, last), "fr")
    assert texts(article) == [lede, "« Tout va bien », a déclaré le maire."]
    assert boilerplate_of(article) == [("■", "sign-off")]
    assert sound(article)
