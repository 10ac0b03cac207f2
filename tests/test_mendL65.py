"""Layout shapes a new user's trial found on the parser (mendL65): an author's name over the agency's
line in brackets over a wire dateline; a caption over a credit of a name and an outlet in capitals; a
headline with a kicker over a flagged standfirst; a wire's trailer of editors' codes and a line on how
to reach the reporter at a story's foot; a ``Name · Outlet ·`` byline and a news service's initials;
a zone shared by the United States and Canada, and British Summer Time; a stamp of how long ago beside
a stamp; a place before a dashed stamp; a caption with a bare agency after its sentence; a site's
own name opening the breadcrumb.  Invented stories in real layouts; each row is the text and exactly
what must come out, the rows that must not fire beside the ones that must."""

from __future__ import annotations

import pytest

from articles import parse_held, parts_of
from parts import blocks, texts

# -- 1. an author's name over the agency's line over the dateline ----------------------------------------


@pytest.mark.parametrize(
    ("name", "agency_line", "dateline", "agency", "place"),
    [
        ("Poppy Johnston", "(Australian Associated Press)", "SYDNEY, July 8 AAP -", "Australian Associated Press", "SYDNEY"),
        ("Colin Brinsden", "Australian Associated Press", "CANBERRA, July 8 AAP -", "Australian Associated Press", "CANBERRA"),
        ("Jo Reed", "(Press Association)", "LONDON, July 8 (PA) -", "Press Association", "LONDON"),
        ("Maria Lopez", "(AAP)", "MELBOURNE, July 8 AAP -", "AAP", "MELBOURNE"),
    ],
)
def test_name_over_agency_line_over_dateline(name: str, agency_line: str, dateline: str, agency: str, place: str) -> None:
    lead = f"{dateline} The central bank has left its cash rate on hold at 3.85 per cent, surprising markets."
    text = "\n".join(["Central bank holds cash rate steady", name, agency_line, lead, "Traders said the move was unexpected."])
    article = parse_held(text + "\n")
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == ((name,), agency)
    assert article.dateline is not None
    assert article.dateline.place == place
    assert texts(article)[0].startswith("The central bank has left")


def test_by_name_over_bracketed_agency_takes_the_agency() -> None:
    text = "\n".join([
        "Central bank holds cash rate steady",
        "By Poppy Johnston",
        "(Australian Associated Press)",
        "SYDNEY, July 8 AAP - The central bank has left its cash rate on hold at 3.85 per cent.",
        "Traders said the move was unexpected.",
    ])
    article = parse_held(text + "\n")
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (("Poppy Johnston",), "Australian Associated Press")
    assert article.dateline is not None and article.dateline.place == "SYDNEY"


def test_agency_line_alone_over_dateline_stays_the_agency_byline() -> None:
    # (no name over it: the agency's line is the byline, the dateline the story's)
    text = "\n".join([
        "Central bank holds cash rate steady",
        "The Associated Press",
        "WASHINGTON (AP) — The central bank has left its key rate on hold, surprising markets.",
        "Traders said the move was unexpected.",
    ])
    article = parse_held(text + "\n")
    assert article.byline is not None and article.byline.authors == ("The Associated Press",)
    assert article.dateline is not None and article.dateline.place == "WASHINGTON"


# -- 2. a caption over a credit of a name and an outlet in capitals ---------------------------------------


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Smoke rises over the Port Hills on Friday afternoon.", "GEORGE HEARD/THE PRESS"),
        ("Firefighters work the ridge above Cashmere on Saturday.", "DAVID WHITE / STUFF"),
        ("A helicopter drops water on the fire near Worsleys Rd.", "JOHN KIRK-ANDERSON/WAIKATO TIMES"),
    ],
)
def test_caption_over_capitals_credit(caption: str, credit: str) -> None:
    text = "\n".join(["Crews battle hill fire for second day", "Tom Hunt", "16:12, Feb 15 2025", caption, credit])
    article = parse_held(blocks(text, "Fire crews are battling a large vegetation fire for a second day.", "Residents were told to leave."))
    captions, _, paragraphs = parts_of(article)
    assert captions == [(caption, credit)]
    assert paragraphs[0].startswith("Fire crews are battling")


@pytest.mark.parametrize(
    "crumbs",
    [
        "NEW ZEALAND/WORLD",
        "SOUTH AFRICA/POLITICS",
        "HOME/NEWS",
        # a wire's headline in capitals with a slash in it
        "MITSUBISHI MOTOR/AMERICA FEBRUARY SALES RISE",
        "USDA WINTER/SPRING POTATO ESTIMATES",
    ],
)
def test_capitals_path_is_no_credit(crumbs: str) -> None:
    from newsparse.caption import CaptionParser
    from newsparse.lines import Line
    from newsparse.spans import Span

    assert CaptionParser().credit_of(Line(crumbs, Span(0, len(crumbs)), 0, False)) is None


# -- 3. a headline with a kicker over a flagged standfirst ------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "standfirst"),
    [
        ("SOAP SHOCK: Corrie legend QUITS after 20 years as bosses 'devastated'", "EXCLUSIVE: The star has already filmed final scenes"),
        ("ROYAL RIFT: Palace aides clash over summer tour plans", "REVEALED: The row that split the household"),
        ("PITCH BATTLE: Club owner SLAMS council over stadium delay", "EXCLUSIVE: Fans fear move to another town"),
    ],
)
def test_kicker_headline_over_flagged_standfirst(headline: str, standfirst: str) -> None:
    header = "\n".join(["TV & Showbiz", headline, standfirst, "By Katie Hind", "Published: 22:01 BST, 12 July 2025"])
    article = parse_held(blocks(header, "A long-serving star has quit the show after two decades, sources said.", "Bosses are said to be devastated."))
    assert article.headline is not None and article.headline.text == headline
    _, filed, paragraphs = parts_of(article)
    assert ("standfirst", standfirst) in filed
    assert paragraphs[0].startswith("A long-serving star")


def test_transcript_turns_stay_turns() -> None:
    from newsparse.headline import HeadlineParser
    from newsparse.lines import Line
    from newsparse.spans import Span

    turns = ["HOST: Good morning and welcome.", "MARIA LOPEZ: Thank you for having me."]
    lines = [Line(t, Span(0, len(t)), 0, False) for t in turns]
    assert HeadlineParser().is_turn(lines, 0)


# -- 4. wire trailers and contact lines at the story's foot -----------------------------------------------

WIRE_STORY = (
    "The chancellor on Tuesday promised to halve the time it takes to approve new wind farms.",
    "The Greens accused the coalition of empty promises.",
)


@pytest.mark.parametrize(
    "trailer",
    ["dpa kr yyzz a3 jap", "dpa ab cd", "==Kyodo", "PTI KK NP", "PTI ABC DEF", "IANS RS"],
)
def test_wire_trailer_under_the_last_line_is_sign_off(trailer: str) -> None:
    last = f'{WIRE_STORY[1]} "Words are cheap," said Green parliamentary group leader Katharina Dröge.\n{trailer}'
    article = parse_held(blocks("Berlin pledges faster permits for wind farms", WIRE_STORY[0], last))
    _, filed, paragraphs = parts_of(article)
    assert ("sign-off", trailer) in filed
    assert paragraphs[-1].endswith("Katharina Dröge.")


@pytest.mark.parametrize("last", ["AP said so.", "Reuters reported it on Monday.", "dpa reported the figures on Monday.", "AP NEWS"])
def test_sentence_opening_with_agency_stays_body(last: str) -> None:
    article = parse_held(blocks("Berlin pledges faster permits for wind farms", WIRE_STORY[0], f"{WIRE_STORY[1]}\n{last}"))
    assert texts(article)[-1] == last
    assert all(item.kind != "sign-off" for item in article.boilerplate)


def test_trailer_in_one_line_a_paragraph_wire() -> None:
    text = "\n".join([
        "Monsoon rains lash Mumbai, train services hit",
        "Mumbai, Aug 19 (PTI) Heavy rains lashed Mumbai and its suburbs for a second day on Tuesday.",
        "The weather office has issued a red alert for Mumbai, Thane and Raigad districts.",
        "PTI KK NP",
    ])
    article = parse_held(text + "\n")
    _, filed, paragraphs = parts_of(article)
    assert ("sign-off", "PTI KK NP") in filed
    assert paragraphs[-1].startswith("The weather office")


@pytest.mark.parametrize(
    "line",
    [
        "Contact this reporter at jane.roe@example.com.",
        "Contact the reporter at 555-201-3344.",
        "Email the writer at tom.berg@example.org",
    ],
)
def test_contact_the_reporter_is_sign_off(line: str) -> None:
    article = parse_held(blocks("Commissioners approve street repaving", *WIRE_STORY, line))
    _, filed, paragraphs = parts_of(article)
    assert ("sign-off", line) in filed
    assert paragraphs[-1] == WIRE_STORY[1]


@pytest.mark.parametrize(
    "line",
    [
        "Do you have a story for The Sun news team? Email us at tips@example.co.uk",
        "Do you have a story for our newsroom? Email us at news@example.com",
    ],
)
def test_story_tip_call_is_boilerplate(line: str) -> None:
    article = parse_held(blocks("Council hikes parking charges", *WIRE_STORY, line))
    assert texts(article)[-1] == WIRE_STORY[1]
    assert line in [item.text for item in article.boilerplate]


@pytest.mark.parametrize(
    "line",
    [
        "Residents who want to contact the council can call its office.",
        '"Do you have a story to tell?" she asked the crowd.',
    ],
)
def test_story_sentences_like_contact_lines_stay_body(line: str) -> None:
    article = parse_held(blocks("Council hikes parking charges", *WIRE_STORY, line))
    assert texts(article)[-1] == line


# -- 5./6. a "Name · Outlet ·" byline, a news service's initials ------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "agency"),
    [
        ("Bartley Kives · CBC News ·", ("Bartley Kives",), "CBC News"),
        ("Bartley Kives · CBC News", ("Bartley Kives",), "CBC News"),
        ("Jane Roe · The Daily Ledger ·", ("Jane Roe",), None),
        ("TNN / Updated: Sep 2, 2025, 23:51 IST", ("TNN",), None),
    ],
)
def test_dotted_and_service_bylines(line: str, authors: tuple[str, ...], agency: str | None) -> None:
    header = "\n".join(["Transit drivers vote to strike as talks stall", line, "Posted: Jan 15, 2025 4:00 AM CST"])
    article = parse_held(blocks(header, "Transit drivers have voted in favour of a strike mandate, their union says.", "Talks resume next week."))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (authors, agency)


def test_section_labels_with_dots_are_no_byline() -> None:
    from newsparse.byline import BylineParser
    from newsparse.lines import Line
    from newsparse.spans import Span

    for text in ("Politics · Canada ·", "Winnipeg · Manitoba"):
        assert BylineParser().parse_bare(Line(text, Span(0, len(text)), 0, False)) is None


# -- 7./8. zones shared by the United States and Canada; British Summer Time ------------------------------


@pytest.mark.parametrize(
    ("stamp", "lead", "published"),
    [
        ("Posted: Jan 15, 2025 4:00 AM CST", "Winnipeg Transit drivers voted to strike, their union says.", "2025-01-15T04:00:00-06:00"),
        ("Posted: Jan 15, 2025 4:00 AM CST", "Regina city workers voted to strike, their union says.", "2025-01-15T04:00:00-06:00"),
        ("Posted: Jan 15, 2025 4:00 AM PST", "Vancouver port workers voted to strike, their union says.", "2025-01-15T04:00:00-08:00"),
        # the United States and Canada both named: one offset, read
        ("Posted: Jan 15, 2025 4:00 AM CST", "Winnipeg and Chicago rail workers voted to strike, their union says.", "2025-01-15T04:00:00-06:00"),
        # no region named: no offset for CST (none is its default)
        ("Posted: Jan 15, 2025 4:00 AM CST", "Transit drivers voted to strike, their union says.", "2025-01-15T04:00:00"),
    ],
)
def test_canadian_zone(stamp: str, lead: str, published: str) -> None:
    article = parse_held(blocks("Workers vote to strike as talks stall", stamp, lead, "Talks resume next week."))
    assert article.published is not None
    assert article.published.datetime.isoformat() == published


@pytest.mark.parametrize(
    ("stamp", "lead", "published"),
    [
        ("Published: 22:01 BST, 12 July 2025", "The ITV soap has lost one of its longest-serving stars.", "2025-07-12T22:01:00+01:00"),
        ("Published: 22:01 BST, 12 July 2025", "NHS waiting lists rose again in June, figures show.", "2025-07-12T22:01:00+01:00"),
        # British Summer Time in January is no reading: no offset
        ("Published: 22:01 BST, 12 January 2025", "NHS waiting lists rose again in December, figures show.", "2025-01-12T22:01:00"),
        # Bangladesh named: its Standard Time
        ("Published: 22:01 BST, 12 July 2025", "Garment workers in Dhaka walked out on Saturday.", "2025-07-12T22:01:00+06:00"),
        # no region named: no offset
        ("Published: 22:01 BST, 12 July 2025", "A long-serving star has quit the show.", "2025-07-12T22:01:00"),
    ],
)
def test_british_summer_time(stamp: str, lead: str, published: str) -> None:
    article = parse_held(blocks("Star quits after two decades", stamp, lead, "More details are expected."))
    assert article.published is not None
    assert article.published.datetime.isoformat() == published


# -- 9. a stamp of how long ago beside a stamp ------------------------------------------------------------


@pytest.mark.parametrize("rest", ["Updated 3 hours ago", "Updated 2 days ago"])
def test_relative_update_beside_stamp_is_timestamp(rest: str) -> None:
    header = "\n".join(["Carmaker to cut 20,000 jobs", "By Jane Roe and Tom Berg", f"May 13, 2025 8:35 AM GMT+9 {rest}"])
    article = parse_held(blocks(header, "TOKYO, May 13 (Reuters) - The carmaker will cut about 20,000 jobs, it said on Tuesday.", "Its shares rose."))
    _, filed, _ = parts_of(article)
    assert ("timestamp", rest) in filed


# -- 10. a place before a dashed stamp --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "language", "place", "published"),
    [
        ("Madrid - 06 may 2025 - 14:37 CEST", "es", "Madrid", "2025-05-06T14:37:00+02:00"),
        ("Sevilla - 06 may 2025 - 09:10 CEST", "es", "Sevilla", "2025-05-06T09:10:00+02:00"),
        ("London - 06 May 2025 - 14:37 BST", None, "London", "2025-05-06T14:37:00+01:00"),
    ],
)
def test_place_before_dashed_stamp(line: str, language: str | None, place: str, published: str) -> None:
    lead = (
        "El Consejo de Ministros ha aprobado este martes el proyecto de ley que reduce la jornada laboral."
        if language
        else "The government approved a bill on Tuesday that cuts the working week."
    )
    header = "\n".join(["El Gobierno aprueba la reducción de la jornada" if language else "Cabinet backs shorter week", "Manuel Gómez", line])
    article = parse_held(blocks(header, lead, "Unions welcomed it." if not language else "Los sindicatos lo celebraron."), language)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.text) == (place, place)
    assert article.published is not None and article.published.datetime.isoformat() == published


def test_unknown_words_before_a_dash_are_no_place() -> None:
    header = "\n".join(["Cabinet backs shorter week", "Manuel Gómez", "Latest - 06 May 2025 - 14:37 BST"])
    article = parse_held(blocks(header, "The government approved a bill on Tuesday that cuts the working week.", "Unions welcomed it."))
    assert article.dateline is None


# -- 11. a caption with a bare agency after its sentence --------------------------------------------------


@pytest.mark.parametrize(
    ("line", "language", "caption", "credit"),
    [
        ("Des déplacés dans un camp près de Tawila, le 3 août 2025. AFP", "fr", "Des déplacés dans un camp près de Tawila, le 3 août 2025.", "AFP"),
        ("Displaced people in a camp near Tawila on August 3, 2025. AFP", None, "Displaced people in a camp near Tawila on August 3, 2025.", "AFP"),
        ("Rescuers search the rubble of a building on Tuesday. Reuters", None, "Rescuers search the rubble of a building on Tuesday.", "Reuters"),
        ("A voter casts her ballot in a school gym on Sunday. AP", None, "A voter casts her ballot in a school gym on Sunday.", "AP"),
    ],
)
def test_caption_with_bare_agency(line: str, language: str | None, caption: str, credit: str) -> None:
    header = "\n".join(["Famine spreads to besieged city", "By Jane Roe", "Published August 12, 2025", line])
    lead = "La famine s'étend dans la ville assiégée, a alerté mardi l'ONU." if language else "Famine has spread in the besieged city, the United Nations said on Tuesday."
    article = parse_held(blocks(header, lead, "Aid convoys are blocked." if not language else "Les convois sont bloqués."), language)
    captions, _, _ = parts_of(article)
    assert captions == [(caption, credit)]


def test_sentence_ending_told_agency_stays_body() -> None:
    line = "The minister said the aid would arrive within days, an official told AFP."
    article = parse_held(blocks("Famine spreads to besieged city", "By Jane Roe", "Famine has spread in the besieged city.", line))
    assert texts(article)[-1] == line
    assert article.captions == ()


# -- 12. a site's own name opening the breadcrumb ---------------------------------------------------------


@pytest.mark.parametrize(
    ("crumbs", "section"),
    [
        ("News24 | South Africa | Politics", ("South Africa", "Politics")),
        ("France24 | Europe", ("Europe",)),
        ("BBC > World > Africa", ("World", "Africa")),
        # a short topic with a number, or a year: a section's label
        ("G20 | Summit", ("G20", "Summit")),
        ("Politics | Election 2024", ("Politics", "Election 2024")),
    ],
)
def test_site_name_is_no_section(crumbs: str, section: tuple[str, ...]) -> None:
    article = parse_held(blocks(f"{crumbs}\nPresident suspends police minister", "The president has suspended the police minister, his office said.", "Parties reacted."))
    assert article.section == section
