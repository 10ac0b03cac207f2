"""Datelines, stamps and scraper exports of two users' probes (try43, try44): the wires' datelines
of a place in title case and a hyphen (``Cape Town -``), a capital before a colon (``GEORGE TOWN:``),
a day with its ordinal and a comma before the year (``ABU DHABI, 11th February, 2025 (WAM) --``), a
state's name in brackets before the country (``Dehradun (Uttarakhand) [India], ... (ANI):``), a comma
between the date and the agency (``ACCRA, March 3, (GNA) -``) and agencies no list held (``HARARE
(New Ziana) -``) were missed; a zone's name in brackets after a clock (``10:15 (EAT)``) left the
stamp naive; a sign-off naming the first run under the page's only stamp left the later stamp as
the publication; an ``Updated`` label alone before a reading time (``Updated / 2 min read / 8 Oct
2024 17:31``) was lost and the stamp read as the publication; a field's escaped marks stayed in the
headline (``title: "Rail \\"fares\\" to rise"``); a CSV export's header row was the headline and its
record was not read (``title,author,date,body`` over one record).

Rows under ``# mutation-killing`` pass on the base too: each names the mutant of this change it
kills."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse import Article

STORY = (
    " Officials from both sides met on Monday to resume talks on a new trade deal, a government "
    "spokesman said.\n\nThe talks are expected to last three days.\n"
)


def parse(text: str) -> Article:
    article = newsparse.parse_article(text)
    assert article.span_mismatches() == []
    return article


def dateline_of(head: str) -> tuple[str | None, str | None, object, str] | None:
    article = parse("Ministers resume trade talks\n\n" + head + STORY)
    found = article.dateline
    if found is None:
        return None
    assert article.paragraphs[0].text.startswith("Officials from both sides")
    return found.place, found.agency, found.date, found.text


# -- 1. datelines the wires print ----------------------------------------------------------------

DATELINES = [
    # a capital or large city in title case and a hyphen, no agency (South African, Nigerian sites)
    ("Cape Town -", ("Cape Town", None, None, "Cape Town -")),
    ("Port Harcourt –", ("Port Harcourt", None, None, "Port Harcourt –")),
    ("Kano -", ("Kano", None, None, "Kano -")),
    # a capital in capitals before a bare colon (Malaysian and Caribbean papers)
    ("GEORGE TOWN:", ("GEORGE TOWN", None, None, "GEORGE TOWN:")),
    ("PORT OF SPAIN:", ("PORT OF SPAIN", None, None, "PORT OF SPAIN:")),
    # the day with its ordinal and a comma before the year (Gulf agencies)
    ("ABU DHABI, 11th February, 2025 (WAM) --", ("ABU DHABI", "WAM", dt.date(2025, 2, 11), "ABU DHABI, 11th February, 2025 (WAM) --")),
    ("KUWAIT, 2nd March, 2025 (KUNA) --", ("KUWAIT", "KUNA", dt.date(2025, 3, 2), "KUWAIT, 2nd March, 2025 (KUNA) --")),
    ("RIYADH, 23rd June 2024 (SPA) --", ("RIYADH", "SPA", dt.date(2024, 6, 23), "RIYADH, 23rd June 2024 (SPA) --")),
    # a state's name in brackets, of one word or more, before the country in square brackets (ANI)
    (
        "Dehradun (Uttarakhand) [India], April 20 (ANI):",
        ("Dehradun (Uttarakhand)", "ANI", newsparse.MonthDay(4, 20), "Dehradun (Uttarakhand) [India], April 20 (ANI):"),
    ),
    (
        "Shimla (Himachal Pradesh) [India], May 2 (ANI):",
        ("Shimla (Himachal Pradesh)", "ANI", newsparse.MonthDay(5, 2), "Shimla (Himachal Pradesh) [India], May 2 (ANI):"),
    ),
    # a comma between the date and the agency's bracket
    ("ACCRA, March 3, (GNA) -", ("ACCRA", "GNA", newsparse.MonthDay(3, 3), "ACCRA, March 3, (GNA) -")),
    ("Harare, July 14, (New Ziana) -", ("Harare", "New Ziana", newsparse.MonthDay(7, 14), "Harare, July 14, (New Ziana) -")),
    # national agencies of two words, or in title case, with no date
    ("HARARE (New Ziana) -", ("HARARE", "New Ziana", None, "HARARE (New Ziana) -")),
    ("Accra (GNA) -", ("Accra", "GNA", None, "Accra (GNA) -")),
    ("Lahore (APP):", ("Lahore", "APP", None, "Lahore (APP):")),
    # the agency first, then the place and a month the English vocabulary does not read: the place kept
    ("(ANSA) - BOLOGNA, 18 OTT -", ("BOLOGNA", "ANSA", newsparse.MonthDay(10, 18), "(ANSA) - BOLOGNA, 18 OTT -")),
    ("(ANSA) - NAPOLI, 7 DIC -", ("NAPOLI", "ANSA", newsparse.MonthDay(12, 7), "(ANSA) - NAPOLI, 7 DIC -")),
]


@pytest.mark.parametrize(("head", "want"), DATELINES)
def test_a_wire_dateline_is_read(head: str, want: tuple[str | None, str | None, object, str]) -> None:
    assert dateline_of(head) == want


# -- 2. a zone's name in brackets after a clock --------------------------------------------------

ZONED = [
    ("Published on: August 27, 2024 10:15 (EAT)", "published", "2024-08-27T10:15:00+03:00"),
    ("Published: 3 March 2025 09:30 (WAT)", "published", "2025-03-03T09:30:00+01:00"),
    ("Updated: March 3, 2025 14:05 (PKT)", "updated", "2025-03-03T14:05:00+05:00"),
    # (IST names Indian, Irish or Israel time: no offset on a page that names none of them, fixT59)
    ("Nov 23, 2024 10:12 (IST)", "published", "2024-11-23T10:12:00"),
    ("Posted 3 March 2025, 10:15 ( GST )", "published", "2025-03-03T10:15:00+04:00"),
    ("Modified: Jan 16, 2025 07:00 GST", "updated", "2025-01-16T07:00:00+04:00"),
    ("Published: 14 May 2024 16:20 (SAST)", "published", "2024-05-14T16:20:00+02:00"),
]


@pytest.mark.parametrize(("line", "kind", "want"), ZONED)
def test_a_zone_in_brackets_after_a_clock_gives_its_offset(line: str, kind: str, want: str) -> None:
    article = parse("Kenya Airways returns to profit\n" + line + "\n\n" + STORY.lstrip())
    stamp = getattr(article, kind)
    assert stamp is not None
    assert stamp.datetime.isoformat() == want
    assert stamp.text == line.split(": ", 1)[-1].removeprefix("Posted ")


# -- 3. the first run named under the page's only stamp ------------------------------------------


def test_a_sign_off_naming_an_earlier_first_run_makes_the_stamp_the_update() -> None:
    text = "Cycle lanes approved\n\n5 March 2025 16:42\n\nThis story first appeared on 5 March 2025 at 09:01.\n\n" + STORY.lstrip()
    article = parse(text)
    assert article.published is not None and article.updated is not None
    assert (article.published.datetime, article.updated.datetime) == (
        dt.datetime(2025, 3, 5, 9, 1),
        dt.datetime(2025, 3, 5, 16, 42),
    )
    # the header rule reads the sentence under the stamp (ArticleParser.first_run_under_stamp): the stamp
    # holds the label's last word, as the finder writes it, and the sentence's head is boilerplate
    assert article.published.text in ("5 March 2025 at 09:01", "on 5 March 2025 at 09:01")
    assert "appeared" not in article.published.text


def test_a_sign_off_naming_an_earlier_day_makes_the_stamp_above_the_update() -> None:
    text = "Harbour ferry fares frozen\nMarch 12, 2025\n\nThis article was originally published on March 4, 2025.\n\n" + STORY.lstrip()
    article = parse(text)
    assert article.published is not None and article.updated is not None
    assert (article.published.datetime, article.updated.datetime) == (dt.datetime(2025, 3, 4), dt.datetime(2025, 3, 12))


# mutation-killing: kills ``a.date() < b.date()`` -> ``<=`` in ``ArticleParser.first_run_before`` (a
# sign-off's date alone, on the stamp's own day, is no earlier run)
def test_a_sign_off_on_the_same_day_without_a_clock_keeps_the_stamp() -> None:
    text = "Harbour ferry fares frozen\nMarch 12, 2025 4:10 PM\n\nThis article was first published on March 12, 2025.\n\n" + STORY.lstrip()
    article = parse(text)
    assert article.published is not None and article.published.datetime == dt.datetime(2025, 3, 12, 16, 10)
    assert article.updated is None


# mutation-killing: kills dropping ``if not self.first_run_before(...): return`` in
# ``ArticleParser.published_from_footer`` (a later sign-off would displace the page's stamp)
def test_a_sign_off_later_than_the_stamp_keeps_the_stamp() -> None:
    text = "Harbour ferry fares frozen\nMarch 12, 2025\n\nThis article was first published on March 20, 2025.\n\n" + STORY.lstrip()
    article = parse(text)
    assert article.published is not None and article.published.datetime == dt.datetime(2025, 3, 12)
    assert article.updated is None


# -- 4. a stamp label alone, a reading time, then the stamp --------------------------------------

LABEL_PIECES = [
    ("Updated / 2 min read / 8 Oct 2024 17:31", "8 Oct 2024 17:31", dt.datetime(2024, 10, 8, 17, 31)),
    ("Updated / 5 mins read / Tuesday, 8 Oct 2024 17:31", "Tuesday, 8 Oct 2024 17:31", dt.datetime(2024, 10, 8, 17, 31)),
    ("Last updated / 3 minute read / 14 March 2025", "14 March 2025", dt.datetime(2025, 3, 14)),
]


@pytest.mark.parametrize(("line", "written", "want"), LABEL_PIECES)
def test_a_label_alone_reaches_past_the_reading_time(line: str, written: str, want: dt.datetime) -> None:
    article = parse("Gardai investigate fatal crash in Co Mayo\n" + line + "\n\n" + STORY.lstrip())
    assert article.published is None
    assert article.updated is not None
    assert (article.updated.text, article.updated.datetime) == (written, want)


# -- 5. a field's escaped marks, a CSV export's header row and record -----------------------------

ESCAPED_TITLES = [
    # a YAML or front-matter export: backslashes before the marks
    ('title: "Rail \\"fares\\" to rise"\nauthor: Anna Kerr\n', 'Rail "fares" to rise', 'Rail \\"fares\\" to rise'),
    # a JSON line, its key quoted and a comma after the value
    ('"title": "Union calls \\"final\\" strike",\n"author": "Tom Berg",\n', 'Union calls "final" strike', 'Union calls \\"final\\" strike'),
    # a YAML single-quoted value: the mark doubled
    ("title: 'Rovers'' new manager names his first team'\nauthor: Dan Whitaker\n",
     "Rovers' new manager names his first team", "Rovers'' new manager names his first team"),
]


@pytest.mark.parametrize(("head", "headline", "written"), ESCAPED_TITLES)
def test_a_fields_escaped_marks_are_written_as_marks(head: str, headline: str, written: str) -> None:
    text = head + "\n" + STORY.lstrip()
    article = parse(text)
    assert article.headline is not None
    assert article.headline.text == headline
    assert article.headline.span.slice(text) == written  # (the span: the value as written)


CSV_EXPORTS = [
    # a scraper's metadata row over the story: no title column, the title on its own line below
    (
        "id,source,published_at,author\n88213,coastal-times.example,2024-08-02 10:00:00,Neema Mushi\n\n"
        "Port bans single-use plastic bottles from January\n\n" + STORY.lstrip(),
        "Port bans single-use plastic bottles from January", ("Neema Mushi",), dt.datetime(2024, 8, 2, 10, 0),
        "Officials from both sides",
    ),
    # the whole story in one record: a quoted title with a comma and doubled marks, the body a cell
    (
        'title,author,date,body\n"Rail ""fares"" to rise, minister says",Anna Kerr,2025-03-04,'
        '"Fares will rise by five per cent in May, the transport minister said on Tuesday."\n',
        'Rail "fares" to rise, minister says', ("Anna Kerr",), dt.datetime(2025, 3, 4),
        "Fares will rise by five per cent in May",
    ),
    # a link column first, the body's cell then more story under a blank line
    (
        "url,headline,author,published\nhttps://news.example/ferries/4411,Harbour ferry fares frozen,Priya Raman,"
        "March 4 2025 09:15\n\nThe council has frozen harbour ferry fares until April next year.\n",
        "Harbour ferry fares frozen", ("Priya Raman",), dt.datetime(2025, 3, 4, 9, 15),
        "The council has frozen harbour ferry fares",
    ),
]


@pytest.mark.parametrize(("text", "headline", "authors", "published", "first"), CSV_EXPORTS)
def test_a_csv_export_is_read_by_its_columns(
    text: str, headline: str, authors: tuple[str, ...], published: dt.datetime, first: str
) -> None:
    article = parse(text)
    assert article.headline is not None and article.headline.text == headline
    assert article.byline is not None and article.byline.authors == authors
    assert article.published is not None and article.published.datetime == published
    assert article.paragraphs[0].text.startswith(first)
    assert text.split("\n", 1)[0] in [b.text for b in article.boilerplate]  # the header row: boilerplate



# -- 6. a live blog's first entry ----------------------------------------------------------------

LIVE = """Council election results LIVE: counting under way in 60 wards
{head}
14 May 2025 11:40 (SAST)
Opposition takes the lead in the northern wards
The opposition is ahead in 18 of the 24 northern wards, the electoral commission said.

14 May 2025 10:05 (SAST)
Turnout was the highest since 2011
Officials said turnout reached 64 per cent, the highest since 2011.

14 May 2025 08:30 (SAST)
Counting begins
Counting began in all 60 wards under heavy security.
"""


def test_a_live_blogs_first_entry_is_its_publication() -> None:
    article = parse(LIVE.format(head=""))
    assert article.published is not None and article.updated is not None
    assert (article.published.text, article.updated.text) == ("14 May 2025 08:30 (SAST)", "14 May 2025 11:40 (SAST)")
    assert article.published.datetime.isoformat() == "2025-05-14T08:30:00+02:00"
    assert [b.text for b in article.boilerplate if b.kind == "timestamp"] == ["14 May 2025 10:05 (SAST)"]


def test_a_live_blog_with_its_own_update_keeps_it() -> None:
    article = parse(LIVE.format(head="Updated: 14 May 2025 11:52 SAST\n"))
    assert article.published is not None and article.updated is not None
    assert (article.published.text, article.updated.text) == ("14 May 2025 08:30 (SAST)", "14 May 2025 11:52 SAST")
    assert [b.text for b in article.boilerplate if b.kind == "timestamp"] == [
        "14 May 2025 11:40 (SAST)",
        "14 May 2025 10:05 (SAST)",
    ]


# mutation-killing: kills dropping the ``MAX_LIVE_HOURS`` check in ``ArticleParser.published_from_entries``
# (a timeline of a week, each step under its date and clock, is no live blog)
def test_a_timeline_of_days_is_no_live_blog() -> None:
    text = (
        "Flood crisis: how the week unfolded\n\n12 March 2025 16:10\nThe river peaked at 6.2 metres on Wednesday "
        "afternoon, the highest level on record.\n\n9 March 2025 10:00\nThe weather service issued a red warning "
        "for the whole valley on Sunday morning.\n\n2 March 2025 08:15\nForecasters first warned of heavy rain "
        "across the region a week earlier.\n"
    )
    article = parse(text)
    assert article.published is not None and article.published.text == "12 March 2025 16:10"
    assert article.updated is None
