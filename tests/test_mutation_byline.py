"""Mutation tables for ``BylineParser``: its public methods on bylines as wires and pages print
them, each case with the exact authors, agency, text and span.  A parser is built in each test, so
that a change to the patterns its constructor builds shows here.  The cases were written against
the survivors of a mutation run of ``byline.py`` (docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import BylineParser, TimestampParser, Vocabulary
from newsparse.lines import split_lines

Read = tuple[tuple[str, ...], str | None, str, int, int] | None

PARSE: list[tuple[str, Read]] = [
    ("By Janie Gabbett, Reuters", (("Janie Gabbett",), "Reuters", "By Janie Gabbett, Reuters", 0, 25)),
    ("By JOSH HASKELL", (("JOSH HASKELL",), None, "By JOSH HASKELL", 0, 15)),
    ("Byby JOSH HASKELL", (("JOSH HASKELL",), None, "Byby JOSH HASKELL", 0, 17)),
    ("By: Ana Lima and Tom Hale", (("Ana Lima", "Tom Hale"), None, "By: Ana Lima and Tom Hale", 0, 25)),
    ("Written by Ana Lima & Tom Hale", (("Ana Lima", "Tom Hale"), None, "Written by Ana Lima & Tom Hale", 0, 30)),
    (
        "Story by Ana Lima, Tom Hale and Jo Park",
        (("Ana Lima", "Tom Hale", "Jo Park"), None, "Story by Ana Lima, Tom Hale and Jo Park", 0, 39),
    ),
    # no prefix: names, then a role or an agency
    ("Tom Krisher, AP Auto Writer", (("Tom Krisher",), "AP", "Tom Krisher, AP Auto Writer", 0, 27)),
    ("Ana Lima, Political Editor", (("Ana Lima",), None, "Ana Lima, Political Editor", 0, 26)),
    ("Ana Lima | Staff Writer", (("Ana Lima",), None, "Ana Lima | Staff Writer", 0, 23)),
    ("Ana Lima - Associated Press", (("Ana Lima",), "Associated Press", "Ana Lima - Associated Press", 0, 27)),
    ("Ana Lima for Reuters", (("Ana Lima",), "Reuters", "Ana Lima for Reuters", 0, 20)),
    # an agency between the names and the role
    (
        "Ana Lima, Reuters, Senior Correspondent",
        (("Ana Lima",), "Reuters", "Ana Lima, Reuters, Senior Correspondent", 0, 39),
    ),
    # MAX_AUTHORS names before a role
    (
        "By Ana Lima, Tom Hale, Jo Park, Al Bo, Cy Do, Ed Fu, Gil Ho, Ian Jo, Staff Writers",
        (
            ("Ana Lima", "Tom Hale", "Jo Park", "Al Bo", "Cy Do", "Ed Fu", "Gil Ho", "Ian Jo"),
            None,
            "By Ana Lima, Tom Hale, Jo Park, Al Bo, Cy Do, Ed Fu, Gil Ho, Ian Jo, Staff Writers",
            0,
            82,
        ),
    ),
    ("Ana Lima", None),
    # an agency or a paper signs the story
    ("By Reuters Staff", (("Reuters",), "Reuters", "By Reuters Staff", 0, 16)),
    ("By Reuters", (("Reuters",), "Reuters", "By Reuters", 0, 10)),
    ("By The Associated Press", (("The Associated Press",), "The Associated Press", "By The Associated Press", 0, 23)),
    ("By The New York Times", (("The New York Times",), None, "By The New York Times", 0, 21)),
    ("By INTERFAX", (("INTERFAX",), "INTERFAX", "By INTERFAX", 0, 11)),
    ("Posted by the editors", None),
    # a role in lower case between the prefix and the name
    ("By court reporter Meagan Dillon", (("Meagan Dillon",), None, "By court reporter Meagan Dillon", 0, 31)),
    (
        "By senior political reporter Meagan Dillon",
        (("Meagan Dillon",), None, "By senior political reporter Meagan Dillon", 0, 42),
    ),
    # the outlet the author writes for
    ("By Dolores Chang For Dailymail.Com", (("Dolores Chang",), None, "By Dolores Chang For Dailymail.Com", 0, 34)),
    # names that open a longer line: the byline stops after them
    ("By Tess Bonn - 11/19/19 06:56 AM EST", (("Tess Bonn",), None, "By Tess Bonn", 0, 12)),
    ("By Meg JamesStaff Writer", (("Meg James",), None, "By Meg James", 0, 12)),
    ("By Natasha Turak@NatashaTurak", (("Natasha Turak",), None, "By Natasha Turak", 0, 16)),
    ("By Ana Lima Sept. 18, 2019", (("Ana Lima",), None, "By Ana Lima", 0, 11)),
    # a role of beat and role words after the names, no mark between: the byline runs over it (fixX)
    ("By Amy Clarke Health Correspondent", (("Amy Clarke",), None, "By Amy Clarke Health Correspondent", 0, 34)),
    # a stamp's label glued after the names, its date on the next line or nowhere, is no part of a name
    ("By Ana Lima Updated", (("Ana Lima",), None, "By Ana Lima", 0, 11)),
    ("By Ana Lima and Tom Hale Published", (("Ana Lima", "Tom Hale"), None, "By Ana Lima and Tom Hale", 0, 24)),
    ("By Ana Lima Posted 2 hours ago", (("Ana Lima",), None, "By Ana Lima", 0, 11)),
    (
        "By Ana Lima and Tom Hale, Associated Press",
        (("Ana Lima", "Tom Hale"), "Associated Press", "By Ana Lima and Tom Hale, Associated Press", 0, 42),
    ),
    ("By Ana Lima, Associated Press.", (("Ana Lima",), "Associated Press", "By Ana Lima, Associated Press.", 0, 30)),
    ("By Ana Lima / Reuters", (("Ana Lima",), "Reuters", "By Ana Lima / Reuters", 0, 21)),
    ("By Ana Lima – Reuters", (("Ana Lima",), "Reuters", "By Ana Lima – Reuters", 0, 21)),
    # particles, a capital inside a surname, initials
    ("By Ana de la Cruz", (("Ana de la Cruz",), None, "By Ana de la Cruz", 0, 17)),
    ("By Ana McDonald", (("Ana McDonald",), None, "By Ana McDonald", 0, 15)),
    ("By A. B. Lima", (("A. B. Lima",), None, "By A. B. Lima", 0, 13)),
    ("By John A Smith", (("John A Smith",), None, "By John A Smith", 0, 15)),
    # at most MAX_AUTHORS names
    (
        "By Ana Lima, Tom Hale, Jo Park, Al Bo, Cy Do, Ed Fu, Gil Ho, Ian Jo, Kim Lu",
        (
            ("Ana Lima", "Tom Hale", "Jo Park", "Al Bo", "Cy Do", "Ed Fu", "Gil Ho", "Ian Jo"),
            None,
            "By Ana Lima, Tom Hale, Jo Park, Al Bo, Cy Do, Ed Fu, Gil Ho, Ian Jo",
            0,
            67,
        ),
    ),
    # prefixes of other languages, a plural label
    ("Par Anne Dupont", (("Anne Dupont",), None, "Par Anne Dupont", 0, 15)),
    ("Von Lena Vogt", (("Lena Vogt",), None, "Von Lena Vogt", 0, 13)),
    ("Authors: Ana Lima, Tom Hale", (("Ana Lima", "Tom Hale"), None, "Authors: Ana Lima, Tom Hale", 0, 27)),
    ("By The Planetary Press", (("The Planetary Press",), None, "By The Planetary Press", 0, 22)),
    # two lines: a bare prefix, an agency alone under the byline
    ("By\nAna Lima", (("Ana Lima",), None, "By Ana Lima", 0, 11)),
    ("By\nAna Lima, Reuters", (("Ana Lima",), "Reuters", "By Ana Lima, Reuters", 0, 20)),
    ("By\nthe editors", None),
    ("By Ana Lima\nAssociated Press", (("Ana Lima",), "Associated Press", "By Ana Lima Associated Press", 0, 28)),
    ("By Ana Lima\nAssociated Press.", (("Ana Lima",), "Associated Press", "By Ana Lima Associated Press.", 0, 29)),
    ("By Ana Lima\nCity Herald", (("Ana Lima",), None, "By Ana Lima", 0, 11)),
    ("By Ana Lima\nINTERFAX", (("Ana Lima",), "INTERFAX", "By Ana Lima INTERFAX", 0, 20)),
    ("By Ana Lima, Reuters\nAssociated Press", (("Ana Lima",), "Reuters", "By Ana Lima, Reuters", 0, 20)),
    # invisible characters are read past; text and span are the input's
    ("By\u200b Ana Lima", (("Ana Lima",), None, "By\u200b Ana Lima", 0, 12)),
    ("By \u2067Nour El-Sayed\u2069", (("Nour El-Sayed",), None, "By \u2067Nour El-Sayed", 0, 17)),
    ("By\u200b\nAna Lima", (("Ana Lima",), None, "By Ana Lima", 0, 12)),
]


@pytest.mark.parametrize(("text", "expected"), PARSE)
def test_parse(text: str, expected: Read) -> None:
    found = BylineParser().parse(split_lines(text), 0)
    read = None if found is None else (found.authors, found.agency, found.text, found.span.start, found.span.end)
    assert read == expected


def test_a_line_longer_than_max_chars_is_no_byline() -> None:
    parser = BylineParser()
    text = "By Ana Lima, " + "Tom Hale and " * 20 + "Jo Park"
    assert len(text) > parser.MAX_CHARS
    assert parser.parse(split_lines(text), 0) is None


BARE: list[tuple[str, tuple[tuple[str, ...], str | None] | None, tuple[str, ...] | None]] = [
    # (line, parse_bare's authors and agency, parse_signed's authors)
    ("Debbie White", (("Debbie White",), None), None),
    ("Bruce Y. Lee Senior Contributor", (("Bruce Y. Lee",), None), ("Bruce Y. Lee",)),
    ("The Associated Press", (("The Associated Press",), "The Associated Press"), None),
    ("PTI, Washington,", (("PTI",), "PTI"), None),
    ("NEW DELHI", None, None),
    ("South Africa", None, None),
    ("New Zealand", None, None),
    # a place of two words the vocabulary knows reads as a name, and is none; its words apart are
    ("Hong Kong", None, None),
    ("BUENOS AIRES", None, None),
    ("Hong Aires", (("Hong Aires",), None), None),
    ("Julia Carrie Wong and Sam Levin", (("Julia Carrie Wong", "Sam Levin"), None), None),
    ("Tanza Loudenback, Business Insider", (("Tanza Loudenback",), None), None),
    ("Emma Kemp in Perth", (("Emma Kemp",), None), None),
    ("Taylor Hatmaker @tayhatmaker", (("Taylor Hatmaker",), None), ("Taylor Hatmaker",)),
    ("Devindra Hardawar, @devindra", (("Devindra Hardawar",), None), ("Devindra Hardawar",)),
    ("Jane Roe for The Times", (("Jane Roe",), None), ("Jane Roe",)),
    ("Sarah LazareTwitter", (("Sarah Lazare",), None), ("Sarah Lazare",)),
    # a name glued to a date or a weekday is no signed byline: the date is the stamp rules' to read
    ("Sarah LazareDecember 2, 2016", None, None),
    ("Sarah LazareTuesday, Dec. 2, 2016", None, None),
    ("Sarah LazareJunebug", (("Sarah Lazare",), None), ("Sarah Lazare",)),
    ("Nizaar Kinsella2 minutes ago", (("Nizaar Kinsella",), None), ("Nizaar Kinsella",)),
    ("Fouzia Van Der Fort|Published 4 months ago", (("Fouzia Van Der Fort",), None), ("Fouzia Van Der Fort",)),
    ("Jane Roe · 3 hours ago", (("Jane Roe",), None), ("Jane Roe",)),
    ("Richard Adams Education editor", (("Richard Adams",), None), ("Richard Adams",)),
    ("Ana Lima Staff", (("Ana Lima",), None), ("Ana Lima",)),
    ("Bruce Y. Lee Senior Contributor,", (("Bruce Y. Lee",), None), ("Bruce Y. Lee",)),
    ("By Ana Lima Staff Writer", None, None),
    ("By Ana Lima and Tom Hale", None, None),
    (
        "Ana Lima, Tom Hale, Jo Park, Al Bo, Cy Do, Ed Fu, Gil Ho and Ian Jo",
        (("Ana Lima", "Tom Hale", "Jo Park", "Al Bo", "Cy Do", "Ed Fu", "Gil Ho", "Ian Jo"), None),
        None,
    ),
    ("By Ana Lima", None, None),
    ("June Whitaker", (("June Whitaker",), None), None),
    ("Key Takeaways", None, None),
    ("Ana", None, None),
]


@pytest.mark.parametrize(("text", "bare", "signed"), BARE)
def test_parse_bare_and_signed(text: str, bare: tuple[tuple[str, ...], str | None] | None, signed: tuple[str, ...] | None) -> None:
    parser = BylineParser()
    line = split_lines(text)[0]
    found = parser.parse_bare(line)
    assert (None if found is None else (found.authors, found.agency)) == bare
    if found is not None:
        assert (found.text, found.span.start, found.span.end) == (text, 0, len(text))
    by_sign = parser.parse_signed(line)
    assert (None if by_sign is None else by_sign.authors) == signed


STORY = (
    "The council voted on Monday to expand the ferry service to the north harbour.\n\n"
    "The key points of the plan were set out in April, and the local elections follow in May.\n"
)

NAME_ALONE = [
    # (line, context after it, authors, reads_as_heading, names_place)
    ("Patrick Frye", STORY, ("Patrick Frye",), False, False),
    ("Will Price", STORY, ("Will Price",), False, False),
    ("Ana de la Cruz", STORY, ("Ana de la Cruz",), False, False),
    ("Key Highlights", STORY, None, False, True),
    ("North Carolina", STORY, None, False, True),
    ("Local Elections", STORY, None, True, False),
    # a name to NameModel with a word no byline name has: a role, a button
    ("Ana Lima Staff", STORY, None, False, False),
    ("Jane Roe Twitter", STORY, None, False, False),
    ("Galaxy Ultra", STORY + "The Galaxy Ultra costs more than last year's model.\n", None, False, False),
    ("Lina Berg", STORY + "Lina Berg\nBecause the ferry is late.\n", None, False, False),
    ("Jane Roe", STORY + "Jane Roe can be reached at jroe@example.com\n", ("Jane Roe",), False, False),
    ("Jane Roe", STORY + "Jane Roe wrote about the ferry last year.\n", None, False, False),
    ("Jane Roe", "Jane Roe said the ferry runs daily.\n" + STORY, None, False, False),
    ("Jane Roe", STORY + "Ask a doe and a roe about it.\n", None, False, False),
]


@pytest.mark.parametrize(("text", "context", "authors", "heading", "place"), NAME_ALONE)
def test_parse_name_alone(text: str, context: str, authors: tuple[str, ...] | None, heading: bool, place: bool) -> None:
    parser = BylineParser()
    found = parser.parse_name_alone(split_lines(text)[0], context)
    assert (None if found is None else found.authors) == authors
    assert parser.reads_as_heading(text, context) is heading
    assert parser.names_place(text) is place


def test_parse_desk() -> None:
    found = BylineParser().parse_desk(split_lines("New Delhi, News Nation Bureau")[0])
    assert found is not None
    assert (found.authors, found.text, found.span.start, found.span.end) == (
        ("News Nation Bureau",),
        "News Nation Bureau",
        11,
        29,
    )


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Games Editor", True),
        ("Senior Contributor", True),
        ("Political reporter, City News", True),
        ("games editor", False),
        ("Political reporter, the city news", False),
        ("Ana Lima", False),
    ],
)
def test_is_role(text: str, role: bool) -> None:
    assert BylineParser().is_role(text) is role


@pytest.mark.parametrize(
    ("text", "glue", "names", "end"),
    [
        ("Meg JamesStaff Writer", 9, ("Meg James",), 9),
        ("Natasha Turak@NatashaTurak", 13, ("Natasha Turak",), 13),
        ("Ana McDonald", None, ("Ana McDonald",), 12),
        ("Ana Lima", None, ("Ana Lima",), 8),
        ("AnaLima Roe", None, ("AnaLima Roe",), 11),
        ("Ana Lima and Tom Hale - 11/19/19", None, ("Ana Lima", "Tom Hale"), 21),
    ],
)
def test_glue_and_leading_names(text: str, glue: int | None, names: tuple[str, ...], end: int) -> None:
    parser = BylineParser()
    assert parser.glue_at(text) == glue
    assert parser.leading_names(text) == (names, end)


@pytest.mark.parametrize(
    ("word", "context", "running", "lower"),
    [
        ("Key", "the key, points", True, True),
        ("Key", "write to jane.key@city.example", False, True),
        ("Price", "the price.", True, True),
        ("Price", "the priced goods", False, False),
        ("Price", "price", True, True),
        ("Key West", "the key west pier", True, False),
        ("Key", "visit key.com today", False, True),
        # every occurrence is looked at in turn, not the first or the last alone
        ("Key", "write to jane.key@city.example about the key points", True, True),
        ("Key", "the key points, and jane.key@city.example", True, True),
        ("Key", "mail jane.key@city.example, the key points, or visit key.com", True, True),
        ("Price", "the price. It rose", True, True),
        ("Price", "the price.\nIt rose", True, True),
        ("Y.", "the y axis", True, True),
        ("R2", "the r2 unit", False, False),
    ],
)
def test_in_running_text_and_lower_case(word: str, context: str, running: bool, lower: bool) -> None:
    parser = BylineParser()
    assert parser.in_running_text(word, context) is running
    assert parser.in_lower_case(word, context) is lower


class LusaVocabulary(Vocabulary):
    AGENCIES = (*Vocabulary.AGENCIES, "Agencia Lusa")


def test_a_vocabulary_of_its_own() -> None:
    found = BylineParser(LusaVocabulary()).parse(split_lines("Por Ana Lima, Agencia Lusa"), 0)
    assert found is not None
    assert (found.authors, found.agency) == (("Ana Lima",), "Agencia Lusa")
    assert BylineParser().parse(split_lines("Ana Lima, Agencia Lusa"), 0) is None


def test_a_vocabulary_of_another_type_is_refused() -> None:
    with pytest.raises(TypeError) as raised:
        BylineParser(vocabulary=1)  # type: ignore[arg-type]
    assert str(raised.value) == "BylineParser(vocabulary=...) expects a Vocabulary instance or None, not int 1"


def test_a_line_of_max_chars_is_read() -> None:
    parser = BylineParser()
    text = "By Ana Lima and Tom Hale, Reuters"
    text = text + " " * (parser.MAX_CHARS - len(text))
    found = parser.parse(split_lines(text + "\n"), 0)
    assert found is not None and found.authors == ("Ana Lima", "Tom Hale")


@pytest.mark.parametrize(
    ("text", "authors", "byline", "start", "stamp"),
    [
        (
            "Monday November 18, 2019 7:45 am PST by Joe Rossignol",
            ("Joe Rossignol",),
            "by Joe Rossignol",
            37,
            "Monday November 18, 2019 7:45 am PST",
        ),
        (
            "Monday November 18, 2019 7:45 am PST BY JOE ROSSIGNOL",
            ("JOE ROSSIGNOL",),
            "BY JOE ROSSIGNOL",
            37,
            "Monday November 18, 2019 7:45 am PST",
        ),
        ("By Tess Bonn - 11/19/19 06:56 AM EST", ("Tess Bonn",), "By Tess Bonn", 0, "11/19/19 06:56 AM EST"),
    ],
)
def test_parse_with_stamp(text: str, authors: tuple[str, ...], byline: str, start: int, stamp: str) -> None:
    found = BylineParser().parse_with_stamp(split_lines(text), 0, TimestampParser(), None)
    assert found is not None
    read, stamps = found
    assert (read.authors, read.text, read.span.start, read.span.end) == (authors, byline, start, start + len(byline))
    assert [text[s.span.start : s.span.end] for s in stamps] == [stamp]


def test_staff_in_lower_case_after_an_agency() -> None:
    found = BylineParser().parse(split_lines("By Reuters staff"), 0)
    assert found is not None and (found.authors, found.agency) == (("Reuters",), "Reuters")


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        # the byline on the line under the headline, an invisible character inside it
        (
            "Harbour plan approved\nBy \u200bAna Lima, Reuters",
            1,
            (("Ana Lima",), "Reuters", "By \u200bAna Lima, Reuters", 22, 43),
        ),
        ("Harbour plan approved\nBy\u200b\nAna Lima", 1, (("Ana Lima",), None, "By Ana Lima", 22, 34)),
        (
            "Harbour plan approved\nBy \u200bTess Bonn - 11/19/19 06:56 AM EST",
            1,
            (("Tess Bonn",), None, "By \u200bTess Bonn", 22, 35),
        ),
        # a bare prefix takes the line right after it
        ("By\nAna Lima\nThe council voted on Monday.", 0, (("Ana Lima",), None, "By Ana Lima", 0, 11)),
        # a line with an invisible character that is no byline
        ("Crews\u200b search the rubble", 0, None),
    ],
)
def test_parse_a_line_after_others(text: str, index: int, expected: Read) -> None:
    found = BylineParser().parse(split_lines(text), index)
    read = None if found is None else (found.authors, found.agency, found.text, found.span.start, found.span.end)
    assert read == expected


HEADLINE = "Harbour plan approved\n"


def test_name_after_stamp() -> None:
    parser = BylineParser()
    line = split_lines(HEADLINE + "City Daily 9/21/2016 | Jane Roe")[1]
    found = parser.name_after_stamp(line, line.span.start + len("City Daily 9/21/2016"), STORY)
    assert found is not None
    assert (found.authors, found.text, found.span.start, found.span.end) == (("Jane Roe",), "Jane Roe", 45, 53)
    bare = split_lines(HEADLINE + "City Daily 9/21/2016 | ")[1]
    assert parser.name_after_stamp(bare, bare.span.start + len("City Daily 9/21/2016"), STORY) is None


@pytest.mark.parametrize(
    ("context", "again"),
    [
        # a speaker's label in an interview stands alone on its line
        ("Lina Berg\nBecause the pier is closed.", True),
        ("The ferry stopped, Lina Berg said.\nLina Berg\nBecause.", True),
        ("Lina Berg\nThe ferry stopped, Lina Berg said.", True),
        ("Because.\nLina Berg", True),
        ("Because.\n  Lina Berg  \nNo.", True),
        # a name in a sentence is no label
        ("The ferry stopped, Lina Berg said.", False),
        ("The ferry stopped, Lina Berg said.\nAsk Lina Berg why.", False),
        ("Questions for Lina Berg\nWhy did the ferry stop?", False),
        ("The panel:\n- Lina Berg\n- Jo Park", False),
        ("Because.\nLina Berg.", False),
        # the label on a later line, lines after it, a mention before and after it
        ("Why did it stop?\nBecause.\nLina Berg\nIt was late.", True),
        ("Lina Berg\nBecause the pier is closed.\nIt was late.", True),
        ("Ask Lina Berg.\nLina Berg\nThanks, Lina Berg.", True),
    ],
)
def test_stands_again(context: str, again: bool) -> None:
    assert BylineParser().stands_again("Lina Berg", context) is again


@pytest.mark.parametrize(
    ("context", "named"),
    [
        # the author's sign-off on the last line is no mention
        ("The ferry runs daily.\nJane Roe can be reached at jroe@example.com\n", False),
        ("The ferry runs daily.\nJane Roe can be reached at jroe@example.com", False),
        ("Jane Roe can be reached at jroe@example.com\n", False),
        # named twice, or not on the last line's start, or with no sign-off word
        ("The ferry runs daily.\nJane Roe said so.\nJane Roe can be reached at jroe@example.com\n", True),
        ("The ferry runs daily.\nTalk to Jane Roe, reporter\n", True),
        ("Jane Roe\n", True),
        ("The ferry runs daily.\n", False),
        ("The ferry runs daily.\nJane Roe is a reporter\n", False),
        ("\nJane Roe can be reached at jroe@example.com\n", False),
    ],
)
def test_named_in_story(context: str, named: bool) -> None:
    assert BylineParser().named_in_story("Jane Roe", context) is named


@pytest.mark.parametrize(
    ("text", "reference", "authors", "byline", "span", "stamps"),
    [
        # a stamp without a year takes it from the reference date
        (
            HEADLINE + "By Tess Bonn - Nov 19 06:56 AM EST",
            dt.date(2019, 11, 20),
            ("Tess Bonn",),
            "By Tess Bonn",
            (22, 34),
            [((37, 56), dt.datetime(2019, 11, 19, 6, 56))],
        ),
        (
            HEADLINE + "Monday November 18 7:45 am PST by Joe Rossignol",
            dt.date(2019, 11, 20),
            ("Joe Rossignol",),
            "by Joe Rossignol",
            (53, 69),
            [((22, 52), dt.datetime(2019, 11, 18, 7, 45))],
        ),
        # a byline that stops short of its line's end runs to the end when the rest is no stamp
        (
            HEADLINE + "By Amy Clarke Health Correspondent",
            None,
            ("Amy Clarke",),
            "By Amy Clarke Health Correspondent",
            (22, 56),
            [],
        ),
    ],
)
def test_parse_with_stamp_on_a_later_line(
    text: str,
    reference: dt.date | None,
    authors: tuple[str, ...],
    byline: str,
    span: tuple[int, int],
    stamps: list[tuple[tuple[int, int], dt.datetime]],
) -> None:
    found = BylineParser().parse_with_stamp(split_lines(text), 1, TimestampParser(), reference)
    assert found is not None
    read, read_stamps = found
    assert (read.authors, read.text, (read.span.start, read.span.end)) == (authors, byline, span)
    assert [((s.span.start, s.span.end), s.datetime.replace(tzinfo=None)) for s in read_stamps] == stamps


def test_parse_desk_after_other_parts() -> None:
    line = split_lines(HEADLINE + "Updated: Nov 3, New Delhi, News Nation Bureau")[1]
    found = BylineParser().parse_desk(line)
    assert found is not None
    assert (found.authors, found.span.start, found.span.end) == (("News Nation Bureau",), 49, 67)


def test_an_agency_below_a_later_byline() -> None:
    found = BylineParser().parse(split_lines(HEADLINE + "By Ana Lima\nAssociated Press"), 1)
    assert found is not None
    assert (found.authors, found.agency, found.span.start, found.span.end) == (("Ana Lima",), "Associated Press", 22, 50)


@pytest.mark.parametrize(
    ("text", "place"),
    [("Election Night Updates", True), ("Ana Lima Reyes", False), ("NEW DELHI", True), ("Key Takeaways", True)],
)
def test_names_place(text: str, place: bool) -> None:
    assert BylineParser().names_place(text) is place


def test_one_word_is_no_heading() -> None:
    parser = BylineParser()
    assert (parser.reads_as_heading("Lima", "the lima beans"), parser.reads_as_heading("Ana de Lima", "the ana de lima show")) == (
        False,
        True,
    )
