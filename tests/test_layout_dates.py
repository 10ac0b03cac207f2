"""Timestamps and datelines as wires and web pages print them: right, or not read at all."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest

import newsparse
from newsparse import TimestampParser
from newsparse.lines import split_lines


def _stamps(line: str) -> list[tuple[str, str, str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no dateutil warning may leak
        found = TimestampParser().parse(split_lines(line), 0)
    return [(s.kind.value, s.datetime.isoformat(), s.text) for s in found]


@pytest.mark.parametrize(
    ("line", "stamps"),
    [
        # offsets from Greenwich are east when positive
        ("Published: Mar 4, 2025 10:00 GMT+3", [("published", "2025-03-04T10:00:00+03:00", "Mar 4, 2025 10:00 GMT+3")]),
        ("Updated: Mar 4, 2025 10:00 UTC+05:30", [("updated", "2025-03-04T10:00:00+05:30", "Mar 4, 2025 10:00 UTC+05:30")]),
        ("Mar 4, 2025 10:00 GMT-5", [("published", "2025-03-04T10:00:00-05:00", "Mar 4, 2025 10:00 GMT-5")]),
        # regional zones follow summer time
        ("Mar 4, 2025 10:00 ET", [("published", "2025-03-04T10:00:00-05:00", "Mar 4, 2025 10:00 ET")]),
        ("Jul 4, 2025 10:00 ET", [("published", "2025-07-04T10:00:00-04:00", "Jul 4, 2025 10:00 ET")]),
        ("Jul 4, 2025 10:00 PT", [("published", "2025-07-04T10:00:00-07:00", "Jul 4, 2025 10:00 PT")]),
        # zone names newsrooms use
        ("Mar 4, 2025 10:00 WIB", [("published", "2025-03-04T10:00:00+07:00", "Mar 4, 2025 10:00 WIB")]),
        ("Mar 4, 2025 10:00 PKT", [("published", "2025-03-04T10:00:00+05:00", "Mar 4, 2025 10:00 PKT")]),
        ("Mar 4, 2025 10:00 EAT", [("published", "2025-03-04T10:00:00+03:00", "Mar 4, 2025 10:00 EAT")]),
        ("Mar 4, 2025 10:00 WAT", [("published", "2025-03-04T10:00:00+01:00", "Mar 4, 2025 10:00 WAT")]),
        ("Mar 4, 2025 10:00 BJT", [("published", "2025-03-04T10:00:00+08:00", "Mar 4, 2025 10:00 BJT")]),
        # no zone at all is not a wrong zone
        ("Mar 4, 2025 10:00 +2500", []),
        ("Mar 4, 2025 10:00 GMT+25", []),
        ("Mar 4, 2025 10:00 XYZT", []),
        # glued stamps: read right or not at all
        ("Nov 20 20194:29 AM", [("published", "2019-11-20T04:29:00", "Nov 20 20194:29 AM")]),
        # (the update's clock, later than the publication's on its line, falls on that day: update_later_on_day)
        ("10:45, 5 MAR 2025Updated12:10",
         [("published", "2025-03-05T10:45:00", "10:45, 5 MAR 2025"), ("updated", "2025-03-05T12:10:00", "12:10")]),
        # a label glued to the year before it, and a notice glued to the last stamp
        ("Published February 24, 2020Last updated July 21, 2022",
         [("published", "2020-02-24T00:00:00", "February 24, 2020"), ("updated", "2022-07-21T00:00:00", "July 21, 2022")]),
        ("Published February 24, 2020Last updated July 21, 2022This article is more than 2 years old.",
         [("published", "2020-02-24T00:00:00", "February 24, 2020"), ("updated", "2022-07-21T00:00:00", "July 21, 2022")]),
        ("Posted 3 March 2025Modified 4 March 2025Read the full story in our app today please",
         [("published", "2025-03-03T00:00:00", "3 March 2025"), ("updated", "2025-03-04T00:00:00", "4 March 2025")]),
        # years in other digits are read, a year out of the pattern's range is not guessed
        ("Published: Aug ١٣, ٢٠٢٤ ١١:١٤", [("published", "2024-08-13T11:14:00", "Aug ١٣, ٢٠٢٤ ١١:١٤")]),
        ("प्रकाशित: Aug १३, २०२४", []),
        ("Updated: Aug १३, २०२४ ११:१४ PM", [("updated", "2024-08-13T23:14:00", "Aug १३, २०२४ ११:१४ PM")]),
        ("Published: ２０２４-０８-１３ １１：１４", [("published", "2024-08-13T11:14:00", "２０２４-０８-１３ １１：１４")]),
        ("Published: 2150-01-02", [("published", "2150-01-02T00:00:00", "2150-01-02")]),
        ("Published: Jan 1, 0000", []),
        ("Published: Jan 1, 12345", []),
        # a dash after the date is no part of it
        ("Published: Oct 6, 2018 -", [("published", "2018-10-06T00:00:00", "Oct 6, 2018")]),
        # a sentence glued to no stamp is no stamp line
        ("In 2020The council voted to approve the budget after a long debate", []),
        # numeric dates with the order they imply
        ("21/06/2014", [("published", "2014-06-21T00:00:00", "21/06/2014")]),
        ("06/21/2014 10:00", [("published", "2014-06-21T10:00:00", "06/21/2014 10:00")]),
        ("2016.12.01", [("published", "2016-12-01T00:00:00", "2016.12.01")]),
        # a zone with no time is dropped, not the date
        ("Published: 28 Apr, 2020 CET. Updated: Tue 28 Apr 2020 08:11 CET",
         [("published", "2020-04-28T00:00:00", "28 Apr, 2020 CET"), ("updated", "2020-04-28T08:11:00+01:00", "Tue 28 Apr 2020 08:11 CET")]),
        # a month and a year make no date: the day would be made up
        ("September 2018", []),
        ("Sept 1, 2018", [("published", "2018-09-01T00:00:00", "Sept 1, 2018")]),
        # labels
        ("Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46",
         [("published", "2023-11-07T15:03:30", "2023-11-07 15:03:30"), ("updated", "2023-11-07T15:30:46", "2023-11-07 15:30:46")]),
        ("Original: Mar 3, 2025", [("published", "2025-03-03T00:00:00", "Mar 3, 2025")]),
        ("Modified: Mar 5, 2025", [("updated", "2025-03-05T00:00:00", "Mar 5, 2025")]),
        # the zone tells which way an ambiguous numeric date runs
        ("04/03/2025 14:32 CET", [("published", "2025-03-04T14:32:00+01:00", "04/03/2025 14:32 CET")]),
        ("04/03/2025 10:00 IST", [("published", "2025-03-04T10:00:00+05:30", "04/03/2025 10:00 IST")]),
        ("04/03/2025 10:00 EST", [("published", "2025-04-03T10:00:00-05:00", "04/03/2025 10:00 EST")]),
        ("04/03/2025 10:00 ET", [("published", "2025-04-03T10:00:00-04:00", "04/03/2025 10:00 ET")]),
        ("04/03/2025 10:00 GMT", [("published", "2025-04-03T10:00:00+00:00", "04/03/2025 10:00 GMT")]),
        # a date and its clock time in the next piece of the line
        ("04/03/2025 | 14:32 CET", [("published", "2025-03-04T14:32:00+01:00", "04/03/2025 | 14:32 CET")]),
        ("November 18, 2019 | 4:10pm", [("published", "2019-11-18T16:10:00", "November 18, 2019 | 4:10pm")]),
        ("Mar 4, 2025 · 3 min read", [("published", "2025-03-04T00:00:00", "Mar 4, 2025")]),
        ("March 4, 2025 — 5.00am", [("published", "2025-03-04T05:00:00", "March 4, 2025 — 5.00am")]),
        # two days joined by a slash make no date
        # dates in Chinese, Japanese and Korean
        ("2025年3月4日 14:30", [("published", "2025-03-04T14:30:00", "2025年3月4日 14:30")]),
        ("2025년 3월 4일 14:30", [("published", "2025-03-04T14:30:00", "2025년 3월 4일 14:30")]),
        ("2025年13月4日", []),
        ("Nov 19/20 2019", []),
        ("19/20 Nov 2019", []),
    ],
)
def test_timestamp_lines(line: str, stamps: list[tuple[str, str, str]]) -> None:
    assert _stamps(line) == stamps


def test_an_aware_stamp_goes_to_json() -> None:
    article = newsparse.parse_article("Quake hits coast\nPublished: Mar 4, 2025 10:00 GMT+3\n\nA strong earthquake hit the coast on Tuesday, officials said.")
    assert article.to_dict()["published"]["datetime"] == "2025-03-04T10:00:00+03:00"


def test_a_huge_header_line_is_read_in_part() -> None:
    parser = TimestampParser()
    text = "By Jane Roe " + "word " * 200_000 + "Mar 4, 2025"
    assert parser.find(text, 0, None) is None


@pytest.mark.parametrize(
    ("opening", "place", "agency", "date"),
    [
        ("NEW YORK, FEb 26 - Coca-Cola said it formed a venture.", "NEW YORK", None, dt.date(2025, 2, 26)),
        ("LONDON, MARCH 3 - Unilever reported higher margins.", "LONDON", None, dt.date(2025, 3, 3)),
        ("RENO, Nev., Mach 4 - Porsche said it sold 1,815 cars.", "RENO, Nev.", None, dt.date(2025, 3, 4)),
        ("PITTSBURGH, Narch 2 - Bayer said it had bought a company.", "PITTSBURGH", None, dt.date(2025, 3, 2)),
        ("FORT WAYNE, IND., Marchg 12 - The board voted a dividend.", "FORT WAYNE, IND.", None, dt.date(2025, 3, 12)),
        ("ATLANTA , March 3 - National Data said it signed a contract.", "ATLANTA", None, dt.date(2025, 3, 3)),
        ("OAKLAND , N.J., March 2 - The company said it would cut jobs.", "OAKLAND, N.J.", None, dt.date(2025, 3, 2)),
        ("DALLAS/FORT WORTH, Texas, March 3 - AMR will hold a press conference.", "DALLAS/FORT WORTH, Texas", None, dt.date(2025, 3, 3)),
        ("Bogota, march 4 - Colombia's cost of living index rose 2.03 pct.", "Bogota", None, dt.date(2025, 3, 4)),
        ("SAN FRANCISCO, March 3, 2025 /PRNewswire/ -- Acme today announced a product.", "SAN FRANCISCO", "PRNewswire", dt.date(2025, 3, 3)),
        ("PORTLAND, Maine (March 4, 2025) – Acme today announced a product.", "PORTLAND, Maine", None, dt.date(2025, 3, 4)),
        ("(CNN)The president said on Tuesday that the talks would continue.", None, "CNN", None),
        # no dash after the agency (PTI, IANS), or a full stop before it (EFE)
        ("Mumbai, Jul 8 (PTI) Heavy rain lashed the city overnight.", "Mumbai", "PTI", dt.date(2024, 7, 8)),
        ("NEW DELHI, Mar 8 (IANS) The Supreme Court on Friday stayed the order.", "NEW DELHI", "IANS", dt.date(2025, 3, 8)),
        ("Madrid, 12 mar (EFE).- El Consejo de Ministros ha aprobado la reforma.", "Madrid", "EFE", dt.date(2025, 3, 12)),
        ("March 4 (UPI) -- Qantas reported a record profit on Tuesday.", None, "UPI", dt.date(2025, 3, 4)),
    ],
)
def test_wire_datelines(opening: str, place: str | None, agency: str | None, date: dt.date | None) -> None:
    article = newsparse.parse_article(f"Company news\n\n{opening}", reference_date=dt.date(2025, 3, 20))
    dateline = article.dateline
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.date) == (place, agency, date)


@pytest.mark.parametrize(
    "opening",
    [
        "CANADIAN PACIFIC (CP) CONFIRMS EARNINGS",  # a headline in capitals: no sentence after the bracket
        "LONDON (Update) Prices rose on Monday as traders bought shares.",  # no agency in the bracket
    ],
)
def test_an_agency_bracket_without_a_dash_needs_a_sentence(opening: str) -> None:
    article = newsparse.parse_article(f"Company news\n\n{opening}\n\nThe company said profits rose.")
    assert article.dateline is None


def test_a_word_that_is_no_month_makes_no_dateline() -> None:
    article = newsparse.parse_article("Company news\n\nLONDON, Monday 4 - Porsche said it sold 1,815 cars in February.")
    assert article.dateline is None


def test_a_dateline_takes_the_year_of_the_published_stamp() -> None:
    text = "Cars sell\nPublished: March 10, 2023\n\nLONDON, March 8 (Reuters) - Porsche said it sold 1,815 cars in February."
    article = newsparse.parse_article(text)
    assert article.dateline is not None and article.dateline.date == dt.date(2023, 3, 8)


@pytest.mark.parametrize(
    "trailer",
    [
        # a list of other stories after the body, each with its date
        "Popular stories\n\nACROSS THE RIVER\nHow the old bridge got its name\nCity Weekly • July 23, 2021\n",
        "Most read\n\nFerry fares to rise in spring\nMarch 3, 2025 | 2 min read\n",
        "Related stories\n\nSchool board delays vote on new calendar\nPublished: 12 Jan 2024\n",
    ],
)
def test_a_stamp_in_a_list_of_other_stories_is_not_the_articles(trailer: str) -> None:
    text = (
        "Council approves new budget\n\nThe city council voted 7-2 on Tuesday to approve the budget after a "
        "long debate, officials said.\n\nThe mayor said the vote ended months of talks with the unions.\n\n" + trailer
    )
    article = newsparse.parse_article(text)
    assert article.published is None
    assert [p.text[:20] for p in article.paragraphs] == ["The city council vot", "The mayor said the v"]
    assert {b.kind for b in article.boilerplate} == {"related"}


@pytest.mark.parametrize(
    ("language", "line", "kind", "when"),
    [
        # labels and the words between a date's parts in the language packs
        ("fr", "Publié le 4 mars 2025 à 10:00", "published", dt.datetime(2025, 3, 4, 10, 0)),
        ("fr", "Mis à jour le 5 mars 2025 à 08:15", "updated", dt.datetime(2025, 3, 5, 8, 15)),
        ("es", "Publicado el 4 de marzo de 2025", "published", dt.datetime(2025, 3, 4)),
        ("es", "Actualizado: 4 de marzo de 2025 10:00", "updated", dt.datetime(2025, 3, 4, 10, 0)),
        ("de", "Veröffentlicht am 4. März 2025, 10:00 Uhr", "published", dt.datetime(2025, 3, 4, 10, 0)),
        ("de", "Aktualisiert am 5. März 2025", "updated", dt.datetime(2025, 3, 5)),
        ("en", "Updated on Mar 5, 2025 at 10:00 am", "updated", dt.datetime(2025, 3, 5, 10, 0)),
    ],
)
def test_stamps_in_the_language_packs(language: str, line: str, kind: str, when: dt.datetime) -> None:
    parser = newsparse.ArticleParser(language=language)
    article = parser.parse(f"Le budget\n\n{line}\n\nLe conseil municipal a voté mardi pour approuver le budget après un long débat.\n")
    stamp = article.published if kind == "published" else article.updated
    assert stamp is not None and stamp.datetime == when
    assert (article.updated if kind == "published" else article.published) is None


HINDI_STORY = "दिल्ली में बुधवार को भारी बारिश हुई और कई इलाकों में पानी भर गया।"


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        # a place in a script without capitals, a date, and a Hindi wire service in brackets
        (f"नई दिल्ली, 20 नवंबर (भाषा) {HINDI_STORY}", "नई दिल्ली", "भाषा"),
        (f"मुंबई, 3 मार्च (वार्ता) {HINDI_STORY}", "मुंबई", "वार्ता"),
        (f"नई दिल्ली, 20 नवंबर (भाषा) - {HINDI_STORY}", "नई दिल्ली", "भाषा"),
        # no date before the bracket: a sentence that explains a word, no dateline
        (f"संस्कृत (भाषा) {HINDI_STORY}", None, None),
        # no known agency in the bracket
        (f"नई दिल्ली, 20 नवंबर (संवाददाता) {HINDI_STORY}", None, None),
        # a digit of another script in the date
        (f"नई दिल्ली, २० नवंबर (भाषा) {HINDI_STORY}", "नई दिल्ली", "भाषा"),
        # no digit between the comma and the bracket: "भाषा" is the word "language" in a sentence
        ("हिंदी, हमारी मातृ (भाषा) है और इसे करोड़ों लोग बोलते हैं।", None, None),
        ("सरकार ने कहा, नई शिक्षा नीति (भाषा) के बारे में जानकारी जल्द दी जाएगी।", None, None),
        (f"नई दिल्ली, नवंबर (भाषा) {HINDI_STORY}", None, None),
    ],
)
def test_a_hindi_dateline(opening: str, place: str | None, agency: str | None) -> None:
    article = newsparse.parse_article(f"दिल्ली में भारी बारिश\n\n{opening}\n\nअधिकारियों ने लोगों से घरों में रहने की अपील की।\n")
    dateline = article.dateline
    found = (dateline.place, dateline.agency, dateline.date) if dateline is not None else (None, None, None)
    assert found == (place, agency, None)  # (a month the vocabulary does not know gives no date)
    first = article.paragraphs[0].text
    assert first == (HINDI_STORY if dateline is not None else opening)
