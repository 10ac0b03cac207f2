"""Wrong values a new user found (stop 34): a weekday that is a person's given name after an
inverted cue, the writer's own question about a topic, a correspondent's ``From NAME, PLACE``
line, a known city and its country before a bare colon, and a stake's noun before a firm's name."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import BylineParser, DatelineParser, Span
from newsparse.lines import Line

# -- 1. a weekday before one capitalised surname after the cue is the speaker's given name ------

DOCK = """Dock workers walk out over unpaid wages
By Lena Hart

LAGOS - Dock workers at the main port stopped work on Monday in a dispute over three months of unpaid wages.

{sentence}

The port authority said talks with the union would resume next week.
"""


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"We have waited three months for our money," said Sunday Balogun, a union steward at the port.', "Sunday Balogun"),
        ('"Nobody listens to us until the ships stop," said Monday Etim, 52, the longest-serving crane driver.', "Monday Etim"),
        # a day before a lone surname and no appositive is a time (narrow35): the surname speaks
        ('"Nobody listens to us until the ships stop," said Monday Etim, who has worked there for a decade.', "Etim"),
        ('"The strike goes on until we are paid," said Friday Eze.', "Eze"),
        # controls: a day, then a person with a given name, a body or a role
        ('"We will appeal," said Sunday Grace Bello, a union lawyer.', "Grace Bello"),
        ('"We will appeal," said Monday the union\'s lawyer, Grace Bello.', "Grace Bello"),
        ('"The port is open," the harbour master said Monday.', "the harbour master"),
    ],
)
def test_a_weekday_before_a_lone_surname_is_a_given_name(sentence: str, speaker: str) -> None:
    article = newsparse.parse_article(DOCK.format(sentence=sentence))
    quoted = [q for q in article.quotes if q.text.startswith(sentence[1:12])]
    assert [q.speaker.name if q.speaker is not None else None for q in quoted] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a person the story named in full before: the day is a time, the surname theirs
        ('Port manager Grace Bello met the union on Monday.\n\n"We will not give in," said Tuesday Bello.', "Grace Bello"),
        # an agency after the day: the agency speaks
        ('"Talks have broken down," said Monday Reuters.', "Reuters"),
        # no one else of that surname, but nothing shows a name either: a day, then the surname (narrow35)
        ('Port manager Grace Bello met the union on Monday.\n\n"We will not give in," said Sunday Balogun.', "Balogun"),
    ],
)
def test_a_weekday_before_a_known_surname_or_an_agency_is_a_day(sentence: str, speaker: str) -> None:
    article = newsparse.parse_article(DOCK.format(sentence=sentence))
    quoted = [q for q in article.quotes if q.text.startswith(("We will not", "Talks have"))]
    assert [q.speaker.name if q.speaker is not None else None for q in quoted] == [speaker]


@pytest.mark.parametrize(
    ("tail", "day"),
    [
        ("said Sunday Balogun, a union steward.", True),
        ("said Tuesday Etim, 52, the crane driver.", True),
        ("said Tuesday Etim.", False),  # nothing shows a name (narrow35): a time
        ("said Sunday Ann Hale.", False),  # a known given name after the day
        ("said on Sunday Balogun, a steward.", False),  # a preposition: the day is a time
        ("said Sunday Lagos was calm.", False),  # a place
        ("said Monday March was busy.", False),  # a month
        ("said Sunday Times editor Jane Roe.", True),  # an outlet's name, read as before
    ],
)
def test_time_in_name_reads_the_day_as_a_given_name(tail: str, day: bool) -> None:
    quotes = newsparse.QuoteParser()
    raw = f'"We are owed money," {tail}'
    start = raw.index("said") + len("said")
    end = raw.index("day", start) + len("day")  # (the day's span: the blank and "on" before it, and the day)
    assert quotes.time_in_name(raw, start, end) is day


# -- 2. the writer asking about a topic reports no one's words ---------------------------------

CHIEF = """New police chief sets out her priorities
By Lena Hart

{paragraph}

"My first job is to win back trust," she said.
"""


@pytest.mark.parametrize(
    ("paragraph", "texts"),
    [
        ("Chief Maria Santos took over in June. We asked her about her plans.", []),
        ("Chief Maria Santos took over in June. I asked the chief about the budget cuts.", []),
        # controls: a question's own words, and a subject of the story asking about a topic
        (
            "Chief Maria Santos took over in June. We asked her whether she would close the station.",
            ["whether she would close the station"],
        ),
        (
            "Chief Maria Santos took over in June. The mayor asked about the budget cuts.",
            ["about the budget cuts"],
        ),
    ],
)
def test_the_writer_s_topic_question_is_no_quote(paragraph: str, texts: list[str]) -> None:
    article = newsparse.parse_article(CHIEF.format(paragraph=paragraph))
    reported = [q.text for q in article.quotes if not q.text.startswith("My first job")]
    assert reported == texts


# -- 3. a correspondent's "From NAME, PLACE" line is the byline --------------------------------

GOVERNORS = """{head}State governors met in the capital on Tuesday to discuss the fuel shortage that has left long queues at filling stations across the country.

"We need a lasting solution," the chairman of the forum said.
"""


@pytest.mark.parametrize(
    ("head", "headline", "author"),
    [
        ("From Emeka Obi, Abuja\n\n", None, "Emeka Obi"),
        ("Governors meet over fuel shortage\nFrom Emeka Obi, Abuja\n\n", "Governors meet over fuel shortage", "Emeka Obi"),
        ("Governors meet over fuel shortage\n\nFrom Ngozi Okafor in Port Harcourt\n\n", "Governors meet over fuel shortage", "Ngozi Okafor"),
    ],
)
def test_from_name_place_is_a_byline(head: str, headline: str | None, author: str) -> None:
    article = newsparse.parse_article(GOVERNORS.format(head=head))
    assert article.byline is not None
    assert article.byline.authors == (author,)
    assert article.byline.text == head.strip().splitlines()[-1]
    assert (article.headline.text if article.headline is not None else None) == headline


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("From Emeka Obi, Abuja", ("Emeka Obi",)),
        ("From Ngozi Okafor in Lagos", ("Ngozi Okafor",)),
        # controls: no place after the name, a place for a name, a role for a name, no name
        ("From Emeka Obi", None),
        ("From Lagos, Nigeria", None),
        ("From Port Harcourt, Rivers", None),
        ("From Our Correspondent, Abuja", None),
        ("From the archive, 1998", None),
        # a heading in title case: no known given name opens it
        ("From Dusk Till Dawn, Lagos", None),
        ("From Silicon Valley, California", None),
        ("From Farm To Table, Nairobi", None),
    ],
)
def test_parse_placed(text: str, authors: tuple[str, ...] | None) -> None:
    found = BylineParser().parse([Line(text, Span(0, len(text)), 0, False)], 0)
    assert (found.authors if found is not None else None) == authors


# -- 4. a known city, its country and a bare colon open a dateline -----------------------------

STORY = " Food prices rose sharply in March as the drought in the north of the country entered its third year."


@pytest.mark.parametrize(
    ("head", "place"),
    [
        ("NAIROBI, Kenya:", "NAIROBI, Kenya"),
        ("LAGOS, NIGERIA:", "LAGOS, NIGERIA"),
        ("ACCRA, Ghana:", "ACCRA, Ghana"),
        # controls: no known city, no country after the comma, a label
        ("ACME, Kenya:", None),
        ("NAIROBI, Home Guide:", None),
        ("UPDATE, Kenya:", None),
    ],
)
def test_city_country_colon_dateline(head: str, place: str | None) -> None:
    text = head + STORY
    found = DatelineParser().parse(text, Span(0, len(text)))
    assert (found.place if found is not None else None) == place
    if found is not None:
        assert found.text == head


def test_city_country_colon_in_an_article() -> None:
    article = newsparse.parse_article(
        "Drought pushes up food prices\nBy Lena Hart\n\nNAIROBI, Kenya:" + STORY + '\n\n"Families are skipping meals," an aid worker said.\n'
    )
    assert article.dateline is not None
    assert article.dateline.place == "NAIROBI, Kenya"
    assert article.paragraphs[0].text == STORY.strip()


# -- 5. a stake's noun before a firm's name: the firm speaks -----------------------------------

CARMAKER = """Carmaker sales climb

{opening} rose 4 percent on Tuesday after the carmaker reported strong sales in its home market.

"Demand has been stronger than we expected," the company said in a statement.
"""


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Shares of Kestrel Motors", "Kestrel Motors"),
        ("Stock of Halden Shipping Corp", "Halden Shipping Corp"),
        ("Sales of Orion Motors", "Orion Motors"),
        # controls: a firm whose name holds "of", and the firm first
        ("Bank of Kenya Holdings", "Bank of Kenya Holdings"),
        ("Kestrel Motors shares", "Kestrel Motors"),
    ],
)
def test_a_partitive_before_a_firm_s_name(opening: str, speaker: str) -> None:
    article = newsparse.parse_article(CARMAKER.format(opening=opening))
    assert [q.speaker.name if q.speaker is not None else None for q in article.quotes] == [speaker]
