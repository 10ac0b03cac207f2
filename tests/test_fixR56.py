"""Regressions of round 56's rules on text they were not meant for (fixR56): a list of names after
a plural head, ``Dear`` as a surname, a year inside a body's name, a rugby position that is a given
name too, a weekday opening an outlet's byline, an end mark inside a sentence.  Each table has the
rule's own rows beside the rows it must leave alone."""

from __future__ import annotations

import pytest

import newsparse
from quote_cases import Case, quote_speakers, quotes_of, speaker_mentions

_HEAD = "Council votes on harbour plan\n\n"


def _one(line: str) -> tuple[list[str | None], list[str | None]]:
    text = f"{_HEAD}{line}\n"
    return [name for _, name in quote_speakers(text)], speaker_mentions(text)


# -- (1) a list of two or more full names after a plural head names its members, who speak ---------

@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Lawyers for the family, Ana Ruiz and Tom Berg, said the lawsuit would be filed on Monday.",
         "Ana Ruiz and Tom Berg"),
        ("Parents of the boy, Ana Ruiz and Tom Berg, said the school had not called them.", "Ana Ruiz and Tom Berg"),
        ("Relatives of the pilot, Kofi Mensah and Lee Chan, said the search should go on.", "Kofi Mensah and Lee Chan"),
        # (precision: one name, a name and a description, given names alone: the head speaks)
        ("Friends of the victim, Paul Young, said the man had been kind.", "Friends of the victim"),
        ("Friends of the victim, Paul Young and his wife, said the man had been kind.", "Friends of the victim"),
        ("Friends of the victim, Paul and Ann, said the man had been kind.", "Friends of the victim"),
        ("Supporters of the mayor, a Democrat, said the vote was fair.", "Supporters of the mayor"),
    ],
)
def test_plural_head_then_name_list(line: str, speaker: str) -> None:
    speakers, _ = _one(line)
    assert speakers == [speaker]


# -- (2) "Dear" greets a name only where it opens a sentence before one --------------------------

@pytest.mark.parametrize(
    ("line", "speakers"),
    [
        ("The novelist Ana Dear said the book would be out next spring.\n\nDear said she was pleased.",
         ["Ana Dear", "Ana Dear"]),
        ("Playwright Nick Dear said the play would open in May.", ["Nick Dear"]),
        ("Tom Dear, a farmer, said the rain came late.", ["Tom Dear"]),
        # (precision: a salutation before a name is no word of it)
        ("Dear Ana Ortiz, the mayor and the sheriff toured the site and said it was safe.",
         ["the mayor and the sheriff"]),
        ("Dear Ana Ortiz said the book would be out next spring.", ["Ana Ortiz"]),
    ],
)
def test_dear_as_surname(line: str, speakers: list[str]) -> None:
    found, _ = _one(line)
    assert found == speakers


# -- (3) a year is cut from the subject only after an opening preposition ------------------------

@pytest.mark.parametrize(
    ("line", "mention"),
    [
        ("The head of Saudi Vision 2030 Office said the plan was on track.", "The head of Saudi Vision 2030 Office"),
        ("The Paris 2024 Organising Committee said the plan was on track.", "The Paris 2024 Organising Committee"),
        ("The Qatar 2022 Supreme Committee said the stadiums were ready.", "The Qatar 2022 Supreme Committee"),
        # (the rule's own rows: after an opening preposition the year goes)
        ("In 2024 AM Roe said the plan was dead.", "AM Roe"),
        ("In May 2024 Ana Roe said the plan was dead.", "Ana Roe"),
        ("Since 2020 Ana Roe said the plan was dead.", "Ana Roe"),
        ("In 2024 officials said the plan was dead.", "officials"),
        ('I hope in 2017 America says, "Thank you for your service."', "America"),
        ('We hope in 2030 Brazil says, "Welcome to the cup."', "Brazil"),
    ],
)
def test_year_in_body_name(line: str, mention: str) -> None:
    _, mentions = _one(line)
    assert mentions == [mention]


# -- (4) a rugby position that is a given name too stays a word of the name -----------------------

@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Wing Yan Chan, a student, said the plan was on track.", "Wing Yan Chan"),
        ("Wing Kei Lau, 24, said the rent had doubled.", "Wing Kei Lau"),
        ("Lock Yee Man said the shop would close.", "Lock Yee Man"),
        # (precision: a title that is no given name still goes)
        ("Adv Dali Mpofu SC said the case was weak.", "Dali Mpofu"),
    ],
)
def test_position_given_name(line: str, speaker: str) -> None:
    speakers, _ = _one(line)
    assert speakers == [speaker]


# -- (5) a weekday before an outlet's staff role names no author ---------------------------------

PARSER = newsparse.ArticleParser()


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Sunday Mirror Reporter", None),
        ("By Sunday Standard Correspondent, Nairobi", None),
        ("By Sunday Times Reporter, London", None),
        # (the rule's own rows: a weekday as a given name, a role after a comma)
        ("By Sunday Aborisade, Abuja", ("Sunday Aborisade",)),
        ("By Sunday Aborisade, Senior Correspondent", ("Sunday Aborisade",)),
        ("By Monday Okonkwo and Friday Olokor, Abuja", ("Monday Okonkwo", "Friday Olokor")),
    ],
)
def test_weekday_outlet_byline(line: str, authors: tuple[str, ...] | None) -> None:
    article = PARSER.parse(
        "Senate confirms INEC chairman\n" + line + "\n\nThe Senate on Thursday confirmed the nomination of the "
        "new chairman of the commission.\n"
    )
    assert (article.byline.authors if article.byline else None) == authors


# -- (6) "ends" and "#" close a story only as a wire writes them -------------------------------

_STORY = "Council votes on harbour plan\n\nThe council voted on Monday to approve the harbour plan after a long debate.\n\n"


@pytest.mark.parametrize(
    ("last", "mark"),
    [
        ("The concert was the last before Taylor Swift’s ‘Eras Tour’ ends", None),
        ("This is where the so-called “war on terror” ends", None),
        ("The mayor said this is where the so-called 'war on drugs' ends", None),
        ("The line links two provinces. ends", None),
        ("The line links two provinces under the tag “harbour” #", None),
        ("The line links two provinces.#", None),
        # (the rule's own rows: in capitals, after a full stop and a blank, after a quotation's full stop)
        ("The line links two provinces. ENDS", "ENDS"),
        ("The tour, he said, is “over.” ENDS", "ENDS"),
        ("The line links two provinces. #", "#"),
        ("The tour, he said, is “over.” #", "#"),
        ("The line links two provinces. Enditem", "Enditem"),
    ],
)
def test_end_mark_as_written(last: str, mark: str | None) -> None:
    article = PARSER.parse(_STORY + last + "\n")
    assert [b.text for b in article.boilerplate if b.kind == "sign-off"] == ([mark] if mark else [])


# -- (7) a holiday after an opening preposition of time is no given name in the people index -------

@pytest.mark.parametrize(
    ("line", "speakers"),
    [
        ("Over Christmas Ana Ortiz said the market would stay open late. Ortiz said it was busy.",
         ["Ana Ortiz", "Ana Ortiz"]),
        ("During Ramadan Ana Ortiz said the market would stay open late.\n\nOrtiz said it was busy.",
         ["Ana Ortiz", "Ana Ortiz"]),
        ("Over Easter Tom Berg said the bakery sold out. Berg said it was busy.", ["Tom Berg", "Tom Berg"]),
        ("Throughout Lent Tom Berg said the bakery sold out. Berg said it was busy.", ["Tom Berg", "Tom Berg"]),
        ("Throughout Lent officials said the bakery sold out.", ["officials"]),
        # (precision: a name right after the preposition stays whole, a name after another preposition)
        ("Over Ana Ortiz said the market would stay open late.", ["Ana Ortiz"]),
        ("Under Mary Ann Smith the office said the plan was dead.", ["the office"]),
    ],
)
def test_holiday_after_time_preposition(line: str, speakers: list[str]) -> None:
    found, _ = _one(line)
    assert found == speakers


# -- (8) a clause after an interrupted report is cut only when it narrates an action -----------------

@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The plan, he said, was working, and he wanted the council to back it next week.",
         "The plan, he said, was working, and he wanted the council to back it next week"),
        ("The plan, she said, was working, and she hoped the council would back it.",
         "The plan, she said, was working, and she hoped the council would back it"),
        ("The budget, he said, was balanced, and he expected a surplus next year.",
         "The budget, he said, was balanced, and he expected a surplus next year"),
        # (the rule's own rows: nothing, an adverb, a particle after the verb)
        ("The bridge, he said, was safe, and he smiled.", "The bridge, he said, was safe"),
        ("The budget, she said, was balanced, but she laughed nervously.", "The budget, she said, was balanced"),
        ("The budget, Carla Brennan said, was balanced, and she walked out of the room.",
         "The budget, Carla Brennan said, was balanced"),
    ],
)
def test_speaker_clause_cut(text: str, words: str) -> None:
    assert [row[1] for row in quotes_of(Case(text, []))] == [words]


# -- (9) a stamp's weekday abbreviation in every listed language, a zone spelled with "Zone" ----------

_LEDE = "The Senate passed the bill on Tuesday after a long debate in the chamber."


@pytest.mark.parametrize(
    ("language", "line", "written", "when"),
    [
        ("fr", "di. 12.10.2025 - 15:20", "di. 12.10.2025 - 15:20", "2025-10-12T15:20:00"),
        ("es", "do 12/10/2025 - 08:30", "do 12/10/2025 - 08:30", "2025-10-12T08:30:00"),
        ("es", "sá 11/10/2025 - 08:30", "sá 11/10/2025 - 08:30", "2025-10-11T08:30:00"),
        ("de", "Do 16.10.2025 - 15:20 Uhr", "Do 16.10.2025 - 15:20 Uhr", "2025-10-16T15:20:00"),
        (None, "Published October 14, 2025 10:00 a.m. Eastern Time Zone", "October 14, 2025 10:00 a.m. Eastern Time Zone",
         "2025-10-14T10:00:00-04:00"),
        (None, "Published October 14, 2025 10:00 a.m. Eastern time", "October 14, 2025 10:00 a.m. Eastern time",
         "2025-10-14T10:00:00-04:00"),
        # (precision: an abbreviation the date contradicts stays out: 14 October 2025 is a Tuesday)
        ("es", "do 14/10/2025 - 08:30", "14/10/2025 - 08:30", "2025-10-14T08:30:00"),
    ],
)
def test_stamp_weekday_and_zone(language: str | None, line: str, written: str, when: str) -> None:
    parser = newsparse.ArticleParser(language=language) if language else PARSER
    article = parser.parse("Senate passes bill\n\n" + line + "\n\n" + _LEDE + "\n")
    assert article.published is not None
    assert (article.published.text, article.published.datetime.isoformat()) == (written, when)
