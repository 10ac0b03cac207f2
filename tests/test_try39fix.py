"""A new user's probe of main (try39): the wrong values it found, mended by general rules."""

from __future__ import annotations

import pytest

import newsparse
from quote_cases import article_speakers as speakers

STORY = "\n\nThe council approved a budget for the town's libraries on Monday after a long debate, officials said.\n"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('"Exports held up better than we feared," said Ms Karen Sun, an economist at a Singapore bank.', "Karen Sun"),
        ('"Exports held up better than we feared," said Mr. Daniel Sun.', "Daniel Sun"),
        ('"The port will reopen," said Dr Alan Sat, the harbour master.', "Alan Sat"),
    ],
)
def test_a_weekday_short_form_ends_a_name_as_a_surname(sentence: str, name: str) -> None:
    assert speakers(f"Exports steady in April\n\n{sentence}\n") == [name]


def test_a_weekday_in_full_after_a_name_is_still_no_surname() -> None:
    # (the day he said it: "Tom Berg Monday" is no person's name)
    got = speakers('Exports steady in April\n\n"We will see," Tom Berg said Monday.\n')
    assert got == ["Tom Berg"]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Datuk Seri Anwar Ibrahim", "Anwar Ibrahim"),
        ("Datin Paduka Rosmah Mansor", "Rosmah Mansor"),
        # (nor "Tun", a Burmese given name)
        ("Tun Lin", "Tun Lin"),
        ("Alhaji Aliko Dangote", "Aliko Dangote"),
        ("Alhaja Kuburat Okoya", "Kuburat Okoya"),
        # (no honour: "Sri" and "Tan" open names too)
        ("Sri Mulyani Indrawati", "Sri Mulyani Indrawati"),
        ("Tan Wei Ming", "Tan Wei Ming"),
    ],
)
def test_malaysian_and_nigerian_honours_are_no_part_of_the_name(written: str, name: str) -> None:
    text = f'Trade talks resume\n\n"We will act within weeks," said {written}, speaking in the capital.\n'
    assert speakers(text) == [name]


@pytest.mark.parametrize(
    ("line", "hour", "minute"),
    [
        ("Posted: Wed 2 Apr 2025 @ 8:14am", 8, 14),
        ("Published 14 May 2025 @ 6:05pm", 18, 5),
        ("May 14, 2025 @11:40 AM EDT", 11, 40),
    ],
)
def test_a_clock_after_an_at_sign_is_read(line: str, hour: int, minute: int) -> None:
    published = newsparse.parse_article(f"Heat records fall across the state\n{line}{STORY}").published
    assert published is not None and (published.datetime.hour, published.datetime.minute) == (hour, minute)


@pytest.mark.parametrize(
    ("label", "headline"),
    [
        ("Politics live", "Budget 2025: Chancellor unveils fuel duty freeze – live updates"),
        ("Business live", "Markets slide as bank raises interest rates again"),
        ("Letters to the editor", "Readers respond: The library deserves better funding"),
        ("Letters to the Editor", "Why our branch library must stay open"),
        ("Review of the year", "Twelve months that changed the high street"),
    ],
)
def test_a_label_naming_a_kind_of_page_is_the_section(label: str, headline: str) -> None:
    text = f"{label}\n{headline}\nUpdated 13:02 GMT, 26 March 2025{STORY}"
    article = newsparse.parse_article(text)
    assert article.section == (label,)
    assert article.headline is not None and article.headline.text == headline


def test_a_short_headline_in_sentence_case_is_no_piece_label() -> None:
    # ("Prices stay high" names no kind of page: the headline, as before)
    text = f"Prices stay high\nUpdated 13:02 GMT, 26 March 2025{STORY}"
    article = newsparse.parse_article(text)
    assert article.headline is not None and article.headline.text == "Prices stay high"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('"We will reopen the bridge by June," said Tom Berg Monday.', "Tom Berg"),
        ('"We will reopen the bridge by June," said Mayor Ana Ruiz Tuesday, adding that work starts soon.', "Ana Ruiz"),
        ('"We will reopen the bridge by June," said the mayor Wednesday.', "the mayor"),
        ('"We will reopen the bridge by June," said a spokesman for the council Friday.', "a spokesman for the council"),
        # (one word before the day: a surname, "Victor Sunday")
        ('"We will reopen the bridge by June," said Victor Sunday.', "Victor Sunday"),
    ],
)
def test_a_weekday_that_closes_the_phrase_after_the_cue_is_the_day_it_was_said(sentence: str, name: str) -> None:
    assert speakers(f"Bridge to reopen by June\n\n{sentence}\n")[0] == name


@pytest.mark.parametrize(
    ("sentence", "speaker", "source"),
    [
        ("Fuel prices will rise again before the summer, Ana Ortiz said, according to the energy ministry.",
         "Ana Ortiz", "the energy ministry"),
        ("The talks will resume in Geneva next month, the Swiss foreign minister told reporters, according to Reuters.",
         "the Swiss foreign minister", "Reuters"),
    ],
)
def test_words_reported_through_a_source_keep_the_source(sentence: str, speaker: str, source: str) -> None:
    quotes = newsparse.parse_article(f"Talks to resume\n\n{sentence}\n").quotes
    assert [(q.speaker.name if q.speaker else None, q.source) for q in quotes] == [(speaker, source)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "source"),
    [
        ('"We hope the talks go well," Foreign Minister Anne Morel told reporters, according to the ministry.',
         "Anne Morel", "the ministry"),
        ('"This has gone on long enough," Tom Berg said, according to a person briefed on the call.',
         "Tom Berg", "a person briefed on the call"),
        ('"No," said Ana Ruiz, according to a transcript of the hearing.', "Ana Ruiz", "a transcript of the hearing"),
        # (no source: nothing credited after the attribution)
        ('"Yes," Tom Berg said on Monday, adding that the talks would go on.', "Tom Berg", None),
    ],
)
def test_a_quotation_reported_through_a_source_keeps_the_source(sentence: str, speaker: str, source: str | None) -> None:
    quotes = newsparse.parse_article(f"Talks to resume\n\n{sentence}\n").quotes
    assert [(q.speaker.name if q.speaker else None, q.source) for q in quotes][:1] == [(speaker, source)]


@pytest.mark.parametrize(
    "headline",
    ["Letters reveal PM's doubts", "Report backs second runway", "Review clears chief constable", "Live exports ban passes"],
)
def test_a_headline_that_opens_with_a_piece_noun_stays_the_headline(headline: str) -> None:
    text = (
        f"{headline}\nPrivate notes show the minister questioned the ferry contract months before it was signed\n"
        f"Updated 13:02 GMT, 26 March 2025{STORY}"
    )
    article = newsparse.parse_article(text)
    assert article.section == ()
    assert article.headline is not None and article.headline.text == headline


def test_a_us_page_quoting_euros_with_a_doubled_l_stays_month_first() -> None:
    text = (
        "Airline expands Europe routes\nPosted 03/04/2025\n\nThe carrier will spend €4 billion after it "
        "cancelled 40 flights; fares rose 5 percent.\n"
    )
    published = newsparse.parse_article(text).published
    assert published is not None and (published.datetime.month, published.datetime.day) == (3, 4)


def test_two_forms_of_one_sign_count_once() -> None:
    # ("colour" and "colours" are one British sign, not the two a page needs)
    text = (
        "Town picks new colours\nPosted 03/04/2025\n\nThe council chose the colour green; the colours "
        "will go up on Friday.\n"
    )
    published = newsparse.parse_article(text).published
    assert published is not None and (published.datetime.month, published.datetime.day) == (3, 4)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ('"We are," Tom Berg said, according to the Herald, "in serious financial trouble."', "the Herald"),
        ('"The port," Ana Ruiz told reporters, according to a transcript, "will not close this year."', "a transcript"),
    ],
)
def test_a_quotation_resumed_after_a_source_keeps_its_speaker(sentence: str, source: str) -> None:
    quotes = newsparse.parse_article(f"Port faces losses\n\n{sentence}\n").quotes
    assert len(quotes) == 2
    assert quotes[1].speaker is not None and quotes[1].speaker.name == quotes[0].speaker.name  # type: ignore[union-attr]
    assert [q.source for q in quotes] == [source, source]


@pytest.mark.parametrize("told", ["inquiry", "inquest", "tribunal", "committee", "hearing"])
def test_a_headline_speaker_tells_a_body_a_quotation(told: str) -> None:
    text = f'Nurse tells {told}: "We were overwhelmed"\n\nStaff at the hospital gave evidence on Monday about the winter.\n'
    quotes = newsparse.parse_article(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [("We were overwhelmed", "Nurse")]


@pytest.mark.parametrize(
    ("line", "day"),
    [("Posted Weds 03/04/2024", (4, 3)), ("Published Weds, April 3, 2024 10:15", (4, 3))],
)
def test_weds_is_a_weekday(line: str, day: tuple[int, int]) -> None:
    # (3 April 2024 was a Wednesday: the weekday chooses the day-first reading)
    published = newsparse.parse_article(f"Bridge to reopen\n{line}{STORY}").published
    assert published is not None and (published.datetime.month, published.datetime.day) == day


def test_weds_that_contradicts_its_date_gives_no_stamp() -> None:
    assert newsparse.parse_article(f"Bridge to reopen\nPosted Weds 13/04/2024{STORY}").published is None
