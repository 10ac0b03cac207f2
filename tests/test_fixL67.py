"""Layout leftovers from two users' trials (fixL67): a Gulf or South Asian lede that opens with its
city and a colon above the page's stamp; a desk's signature on a byline line of its own (``Web Desk``,
``Star Online Report``); people's names after a bar; a European wire's month in a dateline (``ROMA, 05
DIC -``) and a town in capitals before a full stop; numeric stamps under an outlet that writes the day
first; a kicker in capitals and a place beside a stamp.  Invented stories in the layouts the pages
print; each row is the text and exactly what must come out, the rows that must not fire beside the
ones that must."""

from __future__ import annotations

import datetime as dt

import pytest

from articles import parse_held
from newsparse import ArticleParser
from newsparse.byline import BylineParser
from newsparse.dateline import DatelineParser
from newsparse.spans import MonthDay, Span
from parts import texts

# -- 1. "Dubai: Police on Tuesday ..." above the stamp -------------------------------------------------


@pytest.mark.parametrize(
    ("place", "lede", "stamp"),
    [
        ("Dubai", "Police on Tuesday arrested five men accused of selling fake visit visas.", "Published: December 03, 2024 18:22"),
        ("Abu Dhabi", "The emirate will open two new public beaches next month, the municipality said.", "Last updated: December 03, 2024 09:10"),
        ("Karachi", "Residents of several neighbourhoods faced hours of outages as temperatures soared.", "Updated 05 Jun, 2024 09:41am"),
        ("Sharjah", "Schools will switch to remote learning on Friday because of heavy rain, officials said.", "Published: June 05, 2024 11:02"),
    ],
)
def test_city_colon_lede_above_stamp_is_first_paragraph(place: str, lede: str, stamp: str) -> None:
    text = "\n".join(["Officials announce new measures", f"{place}: {lede}", stamp, "", "More details will follow.", ""])
    article = parse_held(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.text) == (place, f"{place}:")
    assert texts(article) == [lede, "More details will follow."]
    assert not [item for item in article.boilerplate if item.kind == "standfirst"]
    assert (article.published or article.updated) is not None


def test_city_colon_lede_above_stamp_agrees_with_lede_below_stamp() -> None:
    lede = "Police on Tuesday arrested five men accused of selling fake visit visas to job seekers."
    above = parse_held(f"Gang arrested over visa scam\nDubai: {lede}\nPublished: December 03, 2024 18:22\n\nA court date is set.\n")
    below = parse_held(f"Gang arrested over visa scam\nPublished: December 03, 2024 18:22\n\nDubai: {lede}\n\nA court date is set.\n")
    for article in (above, below):
        assert article.dateline is not None and article.dateline.place == "Dubai"
        assert texts(article) == [lede, "A court date is set."]
        assert article.published is not None and article.published.datetime == dt.datetime(2024, 12, 3, 18, 22)


@pytest.mark.parametrize(
    "line",
    [
        "Watch: Police on Tuesday arrested five men accused of selling fake visit visas.",  # a label, no place
        "Explainer: What the new visa rules mean for residents and their families.",
        "DUBAI: POLICE ARREST FIVE OVER FAKE VISA SCHEME IN DAWN RAIDS ON TUESDAY.",  # no running text
        "Dubai: a city of records",  # no sentence
    ],
)
def test_colon_line_that_is_no_lede_stays_in_the_header(line: str) -> None:
    text = "\n".join(["Officials announce new measures", line, "Published: December 03, 2024 18:22", "", "Police said more arrests may follow.", ""])
    article = parse_held(text)
    assert article.dateline is None
    assert texts(article) == ["Police said more arrests may follow."]


# -- 2. a desk's signature on a byline line --------------------------------------------------------------


@pytest.mark.parametrize(
    "signature",
    ["Star Online Report", "Web Desk", "News Desk", "Staff Reporter", "Our Correspondent", "Monitoring Desk", "Dawn Web Desk"],
)
def test_desk_signature_beside_stamp_names_no_author(signature: str) -> None:
    text = "\n".join([
        "Floods cut off northern villages",
        signature,
        "Published: 10:30 AM, December 05, 2024",
        "",
        "Floodwaters cut off several villages in the north on Thursday, officials said.",
        "",
        "Rescue teams were deployed.",
        "",
    ])
    article = parse_held(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == ((), None, signature)
    assert texts(article)[0].startswith("Floodwaters cut off")


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Web Desk", ()),
        ("By Star Online Report", ()),
        ("Dawn Web Desk", ()),  # a paper named as a given name is: its desk still
        ("Jane Roe", None),
        ("Reuters Web Desk", None),  # a known agency's: not this rule's
    ],
)
def test_outlet_desk_rows(line: str, authors: tuple[str, ...] | None) -> None:
    parser = BylineParser()
    found = parser.parse_unsigned(
        *_line(line.removeprefix("By ")), prefixed=line.startswith("By ")
    )
    assert (found.authors if found is not None else None) == authors


def _line(text: str) -> tuple[object, str]:
    from newsparse.lines import Line

    return Line(text, Span(0, len(text)), 0, True), text


# -- 3. names after a bar ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Ikram Junaidi | Syed Irfan Raza", ("Ikram Junaidi", "Syed Irfan Raza")),
        ("Jane Roe | Tom Brandt and Ana Ortiz", ("Jane Roe", "Tom Brandt", "Ana Ortiz")),
        ("Maria Rossi | Paolo Bianchi", ("Maria Rossi", "Paolo Bianchi")),
        ("Jane Roe | Ann Arbor", ("Jane Roe",)),  # a city opened by a given name
        ("Jane Roe | Baton Rouge", ("Jane Roe",)),
        ("Jane Roe | The Daily Ledger", ("Jane Roe",)),  # an outlet
        ("Jane Roe | Reuters", ("Jane Roe",)),
    ],
)
def test_names_after_bar_beside_stamp(line: str, authors: tuple[str, ...]) -> None:
    text = f"Senate passes budget bill\n{line}\nPublished December 5, 2024\n\nThe Senate on Thursday passed the budget bill amid a walkout.\n"
    article = parse_held(text)
    assert article.byline is not None
    assert article.byline.authors == authors


@pytest.mark.parametrize(
    ("line", "authors", "text"),
    [
        ("By Jane Roe | Tom Brandt", ("Jane Roe", "Tom Brandt"), "By Jane Roe | Tom Brandt"),
        ("By Jane Roe | Tom Brandt | March 8, 2025", ("Jane Roe", "Tom Brandt"), "By Jane Roe | Tom Brandt"),
        ("By Jane Roe | Tom Brandt and Ana Ortiz | Updated 5 min ago", ("Jane Roe", "Tom Brandt", "Ana Ortiz"), "By Jane Roe | Tom Brandt and Ana Ortiz"),
        ("By Jane Roe | Ann Arbor", ("Jane Roe",), "By Jane Roe"),
        ("By Jane Roe | March 8, 2025", ("Jane Roe",), "By Jane Roe"),
        ("By Jane Roe | The Daily Ledger", ("Jane Roe",), "By Jane Roe"),
    ],
)
def test_by_names_after_bar(line: str, authors: tuple[str, ...], text: str) -> None:
    from newsparse.lines import Line

    found = BylineParser().parse((Line(line, Span(0, len(line)), 0, True),), 0)
    assert found is not None
    assert (found.authors, found.text) == (authors, text)


# -- 4. European wire months and full-stop places ---------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "place", "agency", "date", "dateline"),
    [
        ("ROMA, 05 DIC - Allerta rossa per il maltempo in Liguria e in Toscana.", "ROMA", None, MonthDay(12, 5), "ROMA, 05 DIC -"),
        ("MILANO, 12 GEN - La Borsa apre in rialzo dopo la pausa delle feste.", "MILANO", None, MonthDay(1, 12), "MILANO, 12 GEN -"),
        ("TORINO, 18 OTT (ANSA) - La Juventus ha battuto il Milan in casa.", "TORINO", "ANSA", MonthDay(10, 18), "TORINO, 18 OTT (ANSA) -"),
        ("LISBOA, 05 dez (Lusa) - O Governo aprovou hoje o orçamento do Estado.", "LISBOA", "Lusa", MonthDay(12, 5), "LISBOA, 05 dez (Lusa) -"),
        ("NAPOLI, 3 set - Il sindaco ha firmato l'ordinanza contro il rumore.", "NAPOLI", None, MonthDay(9, 3), "NAPOLI, 3 set -"),
    ],
)
def test_european_wire_month_dateline(lead: str, place: str, agency: str | None, date: MonthDay, dateline: str) -> None:
    found = DatelineParser().parse(lead, Span(0, len(lead)))
    assert found is not None
    assert (found.place, found.agency, found.date, found.text) == (place, agency, date, dateline)


def test_european_wire_month_in_article_with_reference_year() -> None:
    text = "Maltempo, allerta rossa in Liguria\n\nROMA, 05 DIC - Allerta rossa per il maltempo in Liguria e in Toscana.\n\nScuole chiuse a Genova.\n"
    article = ArticleParser().parse(text, reference_date=dt.date(2024, 12, 6))
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.date) == ("ROMA", dt.date(2024, 12, 5))
    assert texts(article)[0] == "Allerta rossa per il maltempo in Liguria e in Toscana."


@pytest.mark.parametrize(
    "lead",
    [
        "UPDATE, 18 OTT - La Juventus ha battuto il Milan in casa.",  # a label, no place
        "ROMA, 05 XYZ - Allerta rossa per il maltempo in Liguria e in Toscana.",  # no month of any wire
    ],
)
def test_no_wire_month_dateline(lead: str) -> None:
    found = DatelineParser().parse(lead, Span(0, len(lead)))
    assert found is None or found.date is None


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("HALIFAX. Heavy rain flooded streets in Halifax on Tuesday, officials said.", "HALIFAX"),
        ("SASKATOON. Police said on Tuesday they had arrested a man in Saskatoon after a long chase.", "SASKATOON"),
        ("BERLIN. The government approved the budget on Tuesday after a long debate.", "BERLIN"),
        ("ANCHORAGE. Snow closed the airport in Anchorage for most of Tuesday, the city said.", "ANCHORAGE"),
    ],
)
def test_full_stop_place_in_capitals(lead: str, place: str) -> None:
    article = parse_held(f"Storm hits the coast\n\n{lead}\n\nCrews worked overnight.\n")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.text) == (place, f"{place}.")
    assert texts(article)[0] == lead[len(place) + 2 :]


@pytest.mark.parametrize(
    "lead",
    [
        "BREAKING. The council voted on Tuesday to close the library for good.",
        "UPDATE. The council voted on Tuesday to close the library for good.",
        "NASA. The agency said on Tuesday it would delay the launch by a week.",
        "UNICEF. The agency said on Tuesday it would send more aid to the region.",
        "ADVERTISEMENT. The council voted on Tuesday to close the library for good.",
        "INTERPOL. The police agency said on Tuesday that INTERPOL had issued a notice.",  # written again
    ],
)
def test_full_stop_opener_is_no_place(lead: str) -> None:
    article = parse_held(f"Council news\n\n{lead}\n\nMore follows.\n")
    assert article.dateline is None
    assert texts(article)[0] == lead


# -- 5. numeric stamps under an outlet that writes the day first -------------------------------------------


@pytest.mark.parametrize(
    ("outlet_line", "stamp", "kind", "when"),
    [
        ("The Hindu", "Published: 05/12/2024", "published", dt.datetime(2024, 12, 5)),
        ("Hindustan Times", "Published on: 03/04/2025 10:12", "published", dt.datetime(2025, 4, 3, 10, 12)),
        ("Gulf News", "Published: 07/08/2024", "published", dt.datetime(2024, 8, 7)),
        ("Corriere della Sera", "Published: 02/03/2025", "published", dt.datetime(2025, 3, 2)),
    ],
)
def test_day_first_outlet(outlet_line: str, stamp: str, kind: str, when: dt.datetime) -> None:
    text = "\n".join([
        "Metro phase two work speeds up",
        outlet_line,
        stamp,
        "",
        "Work on the second phase of the metro rail project has picked up pace, officials said on Thursday.",
        "",
        "More tunnel boring machines are expected.",
        "",
    ])
    article = parse_held(text)
    found = article.published if kind == "published" else article.updated
    assert found is not None and found.datetime == when


def test_day_first_outlet_in_headline_bar() -> None:
    text = (
        "Monsoon session likely to be stormy | Times of India\nUpdated: 04/11/2024 10:12\n\n"
        "The opposition plans to raise the issue of price rise when Parliament meets next week, leaders said.\n"
    )
    article = parse_held(text)
    assert article.updated is not None and article.updated.datetime == dt.datetime(2024, 11, 4, 10, 12)


@pytest.mark.parametrize(
    ("outlet_line", "body"),
    [
        ("The Springfield Ledger", "The city council approved a new budget on Tuesday after a long debate."),
        ("The Daily Courier", "The city council approved a new budget on Tuesday, the Times of India reported."),  # named in the story
        ("Hindustan Business Review", "The city council approved a new budget on Tuesday after a long debate."),
    ],
)
def test_ambiguous_page_keeps_month_first(outlet_line: str, body: str) -> None:
    text = f"City council approves budget\n{outlet_line}\nPublished: 05/12/2024\n\n{body}\n"
    article = parse_held(text)
    assert article.published is not None and article.published.datetime == dt.datetime(2024, 5, 12)


# -- 6. a kicker in capitals and a place beside a stamp ----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["WORLD CUP Madrid", "PREMIER LEAGUE London", "SPORT Buenos Aires", "ELECTIONS 2024 Paris"],
)
def test_kicker_and_place_is_no_byline(line: str) -> None:
    text = f"Spain rout Italy in qualifier\n{line}\nPublished: December 05, 2024\n\nSpain beat Italy 4-0 on Thursday in a qualifier.\n"
    article = parse_held(text)
    assert article.byline is None
    assert texts(article) == ["Spain beat Italy 4-0 on Thursday in a qualifier."]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("MARÍA LÓPEZ Madrid", ("MARÍA LÓPEZ",)),  # a name in capitals and a city: the author
        ("Jane Roe", ("Jane Roe",)),
    ],
)
def test_name_beside_stamp_still_author(line: str, authors: tuple[str, ...]) -> None:
    text = f"Spain rout Italy in qualifier\n{line}\nPublished: December 05, 2024\n\nSpain beat Italy 4-0 on Thursday in a qualifier.\n"
    article = parse_held(text)
    assert article.byline is not None and article.byline.authors == authors


def test_subclass_turns_capitals_stop_places_off() -> None:
    class Strict(DatelineParser):
        CAPITALS_STOP_PLACES = False

    lead = "HALIFAX. Heavy rain flooded streets in Halifax on Tuesday, officials said."
    assert Strict().parse(lead, Span(0, len(lead))) is None
    assert DatelineParser().parse(lead, Span(0, len(lead))) is not None


def test_german_wire_month_is_read_before_two_agencies() -> None:
    # (the English vocabulary reads "Mai" through WIRE_MONTHS now; before fixL67 the date was left out)
    head = "BRÜSSEL, 12. Mai (dpa/AFP) - Die Kommission legt am Mittwoch ihren Plan vor."
    found = DatelineParser().parse(head, Span(0, len(head)))
    assert found is not None
    assert (found.place, found.agency, found.date) == ("BRÜSSEL", "dpa/AFP", MonthDay(5, 12))
