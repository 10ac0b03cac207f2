"""Stop 42 (lead): a new user's trial on pages from sites the tests had not seen."""

from __future__ import annotations

import pytest

import newsparse

STORY = "Rail fares rose by 4.6 per cent on Tuesday, the operator said.\n"

# -- a numeric date with a year of two digits: the label's language or the page decides -------------

SHORT_YEARS = [
    # (the stamp line under the headline, a sentence of the story, the published datetime read)
    # a label of a language that writes the day first: read day first (before: left unread)
    ("Veröffentlicht am 12.05.25 um 14:05 Uhr", STORY, "2025-05-12T14:05:00"),
    ("Pubblicato il 04/03/25", STORY, "2025-03-04T00:00:00"),
    ("Publié le 04.03.25 à 09h12", STORY, "2025-03-04T09:12:00"),
    # a page written where the day comes first (pounds, "colour"): day first
    ("Published 08.03.25", "Fares rose by £4 a week, a colour-coded rise, the operator said.\n", "2025-03-08T00:00:00"),
    # a dotted date on a page with a day-first sign ("per cent") and no month-first one: day first (trialL62)
    ("Published 11.03.17", STORY, "2017-03-11T00:00:00"),
    # no sign at all: the vocabulary's order, month first, as American pages write it (11.03.17; mendR62)
    ("Published 11.03.17", "The school board voted on Monday to close two schools.\n", "2017-11-03T00:00:00"),
    # a page with its dollars: month first, as American pages write it (11.03.17)
    ("Published 11.03.17", "Tickets cost $40 a head, the organisers said.\n", "2017-11-03T00:00:00"),
    # a day over 12: one reading only
    ("Published 18.03.25", STORY, "2025-03-18T00:00:00"),
]


@pytest.mark.parametrize(("line", "story", "published"), SHORT_YEARS)
def test_a_short_year_is_read_in_the_order_the_page_shows(line: str, story: str, published: str) -> None:
    article = newsparse.parse_article(f"Fares rise again on commuter lines\n{line}\n\n{story}")
    assert article.published is not None
    assert article.published.datetime.replace(tzinfo=None).isoformat() == published


# -- a kicker over the byline or the stamp over the headline ------------------------------------

BODY = "The treasurer has ruled out any change to the goods and services tax before the budget.\n"
SIGNED = [
    # (the lines over the story, the section, the headline, the authors, the published date)
    ("Politics\nBy Hannah Wootton\nTreasurer rules out GST rise in budget week",
     ("Politics",), "Treasurer rules out GST rise in budget week", ("Hannah Wootton",), None),
    ("World\nPosted Mon 3 Mar 2025 at 5:12am\nFrench foreign minister flies to Kyiv for talks",
     ("World",), "French foreign minister flies to Kyiv for talks", (), "2025-03-03T05:12:00"),
    ("ABC News\nPosted Mon 3 Mar 2025 at 5:12am\nBy political reporter Jake Evans\nSenate passes housing bill after late deal",
     (), "Senate passes housing bill after late deal", ("Jake Evans",), "2025-03-03T05:12:00"),  # (the outlet's own name: the masthead, no section; mendLT69)
    ("Sport | Cricket\nBy Priya Nair\nUpdated: 14 March 2025\nIndia name unchanged squad for the final Test",
     ("Sport", "Cricket"), "India name unchanged squad for the final Test", ("Priya Nair",), None),
    # near-misses: a sentence under the byline is the story's (the short line stays the headline); a byline
    # alone in its block under the first line leaves the first line the headline
    ("Rates rise\nBy Jane Roe\nThe central bank lifted borrowing costs for a fifth time.",
     (), "Rates rise", ("Jane Roe",), None),
    ("Rates rise\nBy Jane Roe", (), "Rates rise", ("Jane Roe",), None),
]


#: The rows of SIGNED whose first line is the outlet's own name, boilerplate "other" (mendLT69's masthead_kicker).
MASTHEADS = {SIGNED[2][0]: ["ABC News"]}


@pytest.mark.parametrize(("header", "section", "headline", "authors", "published"), SIGNED)
def test_a_kicker_over_the_signature_is_the_section(
    header: str, section: tuple[str, ...], headline: str, authors: tuple[str, ...], published: str | None
) -> None:
    article = newsparse.parse_article(f"{header}\n\n{BODY}")
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert (article.byline.authors if article.byline is not None else ()) == authors
    assert (article.published.datetime.isoformat() if article.published is not None else None) == published
    # (nothing filed as "other" but the outlet's own name over the stamp, its masthead: mendLT69)
    assert [item.text for item in article.boilerplate if item.kind == "other"] == MASTHEADS.get(header, [])


# -- an agency's name with "of" signs whole ---------------------------------------------------------

AGENCY_BYLINES = [
    ("By Press Trust of India | March 8, 2025", "Press Trust of India", "By Press Trust of India"),
    ("By United News of India · March 8, 2025", "United News of India", "By United News of India"),
    ("By Associated Press of Pakistan | March 8, 2025", "Associated Press of Pakistan", "By Associated Press of Pakistan"),
    ("By Press Trust of India", "Press Trust of India", "By Press Trust of India"),
]


@pytest.mark.parametrize(("line", "agency", "text"), AGENCY_BYLINES)
def test_an_agency_named_with_of_signs_the_story_whole(line: str, agency: str, text: str) -> None:
    article = newsparse.parse_article(f"Rail fares rise again\n{line}\n\n{STORY}")
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == ((agency,), agency, text)


def test_a_person_of_an_outlet_keeps_the_person() -> None:
    article = newsparse.parse_article(f"Rail fares rise again\nBy Jane Roe of India Today | March 8, 2025\n\n{STORY}")
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (("Jane Roe",), None)


# -- correction notices are editors' notes ------------------------------------------------------------

CORRECTIONS = [
    ("Correction: An earlier version of this article misstated the size of the tax increase.", True),
    ("CORRECTION - This story has been corrected to show the fee rises in May.", True),
    ("Clarification: This article has been updated to make clear that the vote was 6-3.", True),
    ("This article was amended on 5 March 2025 to correct the name of a council member.", True),
    ("An earlier version of this story said the vote was unanimous.", True),
    # the story's own sentences about corrections or earlier versions
    ("The correction came after a week of heavy losses on the markets.", False),
    ("An earlier version of the bill would have raised fees by a third.", False),
    ("The report was amended after the hearing, the clerk said.", False),
]


@pytest.mark.parametrize(("line", "filed"), CORRECTIONS)
def test_a_correction_notice_is_an_editors_note(line: str, filed: bool) -> None:
    text = f"Council raises parking fees\n\n{STORY}\n{line}\n"
    article = newsparse.parse_article(text)
    notes = [item.text for item in article.boilerplate if item.kind == "editors-note"]
    paragraphs = [paragraph.text for paragraph in article.paragraphs]
    assert (notes, paragraphs) == (([line], [STORY.strip()]) if filed else ([], [STORY.strip(), line]))


# -- desk signatures in title case, an agency before a labelled stamp ---------------------------------

DESKS = [
    ("By Politics Desk", (), None),
    ("By News Desk", (), None),
    ("By The Newsroom", (), None),
    ("By Reuters Staff", ("Reuters",), "Reuters"),
    ("By Jane Team", ("Jane Team",), None),  # a given name opens it: a person
]


@pytest.mark.parametrize(("line", "authors", "agency"), DESKS)
def test_a_desk_in_title_case_signs_with_no_author(line: str, authors: tuple[str, ...], agency: str | None) -> None:
    article = newsparse.parse_article(f"Rail fares rise again\n{line}\n\n{STORY}")
    assert article.byline is not None
    assert (article.byline.text, article.byline.authors, article.byline.agency) == (line, authors, agency)


AGENCY_STAMPS = [
    # (the line under the headline, the byline's agency or None, the updated datetime)
    ("PTI | Updated: May 28, 2025 14:05 IST", "PTI", "2025-05-28T14:05:00+05:30"),
    ("IANS - Updated: May 28, 2025 14:05 IST", "IANS", "2025-05-28T14:05:00+05:30"),
    ("Kyodo News | Last updated: May 28, 2025 14:05", "Kyodo News", "2025-05-28T14:05:00"),
    # one word in title case may be a name or a word: no byline, as without the label
    ("Petra | Updated: May 28, 2025 14:05", None, "2025-05-28T14:05:00"),
]


@pytest.mark.parametrize(("line", "agency", "updated"), AGENCY_STAMPS)
def test_an_agency_before_a_labelled_stamp_signs(line: str, agency: str | None, updated: str) -> None:
    article = newsparse.parse_article(f"Rail fares rise again\n{line}\n\n{STORY}")
    assert (article.byline.agency if article.byline is not None else None) == agency
    assert article.updated is not None and article.updated.datetime.isoformat() == updated


# -- a wire's credits and a feed's notice at the end ---------------------------------------------------

ENDINGS = [
    # (the lines after the story, their kinds)
    ("--With assistance from Grant Smith and Ann Lee.", ["sign-off"]),
    ("To contact the reporter on this story:\nJane Roe in London at jroe@example.com",
     ["sign-off", "sign-off"]),
    ("To contact the editors responsible for this story:\nTom Poe at tpoe@example.com, Ann Lee at alee@example.com, Bob Chu",
     ["sign-off", "sign-off"]),
    ("(This story has not been edited by our staff and is auto-generated from a syndicated feed.)", ["disclaimer"]),
    ("(This article has not been edited by NDTV staff and is published from a syndicated feed.)", ["disclaimer"]),
]


@pytest.mark.parametrize(("ending", "kinds"), ENDINGS)
def test_a_wire_credit_or_feed_notice_is_boilerplate(ending: str, kinds: list[str]) -> None:
    article = newsparse.parse_article(f"Rail fares rise again\n\n{STORY}\n{ending}\n")
    assert [item.kind for item in article.boilerplate] == kinds
    assert [paragraph.text for paragraph in article.paragraphs] == [STORY.strip()]


STORY_SENTENCES = [
    "With assistance from the army, the town rebuilt its bridge within a month.",
    "Complaints can be sent to Mayor Ortiz at mayor@example.gov, officials said.",
    "The report has not been edited by the board, the clerk said.",
]


@pytest.mark.parametrize("sentence", STORY_SENTENCES)
def test_a_story_sentence_like_them_stays_a_paragraph(sentence: str) -> None:
    article = newsparse.parse_article(f"Rail fares rise again\n\n{STORY}\n{sentence}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [STORY.strip(), sentence]


NEWSPAPER_CORRECTIONS = [
    ("An article on Thursday about a drop in the value of drug makers' shares misstated the year the fund was set up.", True),
    ("A picture caption on Monday with an article about the storm misidentified the town shown.", True),
    ("This article has been revised to reflect the following correction: An earlier version misstated the cost.", True),
    ("A report on Tuesday by the auditor said the city had incorrectly billed residents.", False),
    ("A story about her childhood was incorrectly attributed to her sister, she said.", False),
]


@pytest.mark.parametrize(("line", "filed"), NEWSPAPER_CORRECTIONS)
def test_a_newspapers_correction_of_its_own_piece(line: str, filed: bool) -> None:
    article = newsparse.parse_article(f"Council raises parking fees\n\n{STORY}\n{line}\n")
    notes = [item.text for item in article.boilerplate if item.kind == "editors-note"]
    assert notes == ([line] if filed else [])


# -- wire datelines: no dash before an acronym and a name, a release's date after its wire, a city-state --------

WIRES = [
    # (the story's first line, the dateline's place, agency, date and text, the paragraph's first words)
    ("Washington, Feb 10 (IANS) US President Donald Trump on Monday said he would raise tariffs on steel.",
     ("Washington", "IANS", "--02-10", "Washington, Feb 10 (IANS)"), "US President Donald Trump"),
    ("New Delhi, Jul 8 (PTI) BJP MP Ravi Kumar on Tuesday urged the state to cut fuel taxes.",
     ("New Delhi", "PTI", "--07-08", "New Delhi, Jul 8 (PTI)"), "BJP MP Ravi Kumar"),
    ("BERLIN--(BUSINESS WIRE)--Nov. 3, 2025--Helio GmbH today launched a solar inverter for homes.",
     ("BERLIN", "BUSINESS WIRE", "2025-11-03", "BERLIN--(BUSINESS WIRE)--Nov. 3, 2025--"), "Helio GmbH today"),
    ("BOSTON--(BUSINESS WIRE)--Acme Robotics Inc. today reported record sales for the quarter.",
     ("BOSTON", "BUSINESS WIRE", None, "BOSTON--(BUSINESS WIRE)--"), "Acme Robotics Inc."),
    ("SINGAPORE: Singapore's core inflation eased to 0.6 per cent in January, the central bank said.",
     ("SINGAPORE", None, None, "SINGAPORE:"), "Singapore's core inflation"),
]


@pytest.mark.parametrize(("line", "dateline", "opening"), WIRES)
def test_a_wire_dateline_is_read(line: str, dateline: tuple[str, str | None, str | None, str], opening: str) -> None:
    article = newsparse.parse_article(f"Headline of the wire story\n\n{line}\n")
    got = article.to_dict()["dateline"]
    assert (got["place"], got["agency"], got["date"], got["text"]) == dateline
    assert article.paragraphs[0].text.startswith(opening)


def test_an_acronym_after_an_unknown_bracket_is_no_dateline() -> None:
    article = newsparse.parse_article("Headline of the wire story\n\nWashington, Feb 10 (Capitol Hill) US lawmakers voted.\n")
    assert article.dateline is None


# -- a press release's trailer ----------------------------------------------------------------------

RELEASE = """Helio launches home solar inverter

BERLIN--(BUSINESS WIRE)--Nov. 3, 2025--Helio GmbH today launched a solar inverter for homes.

"We built it for families," said Anna Berg, chief executive of Helio.

Forward-Looking Statements

This press release contains forward-looking statements within the meaning of the Private Securities Litigation \
Reform Act of 1995. Actual results may differ materially from those expected.

{contacts}
Helio GmbH
Anna Berg, +49 30 1234 5678
press@helio.example
"""


@pytest.mark.parametrize("heading", ["Contacts", "Media Contacts", "Media Contact", "Investor Enquiries", "Media contact:"])
def test_a_release_trailer_is_boilerplate(heading: str) -> None:
    article = newsparse.parse_article(RELEASE.format(contacts=heading))
    assert [paragraph.text[:20] for paragraph in article.paragraphs] == ["Helio GmbH today lau", '"We built it for fam']
    kinds = [(item.kind, item.text[:25]) for item in article.boilerplate]
    assert kinds == [
        ("disclaimer", "Forward-Looking Statement"),
        ("disclaimer", "This press release contai"),
        ("press-release", heading[:25]),
        ("press-release", "Helio GmbH"),
        ("press-release", "Anna Berg, +49 30 1234 56"),
        ("press-release", "press@helio.example"),
    ]


def test_a_story_sentence_on_forecasts_stays_a_paragraph() -> None:
    line = "Analysts said forward-looking statements from the company had been too rosy for years."
    article = newsparse.parse_article(f"Helio shares fall\n\n{STORY}\n{line}\n")
    assert [paragraph.text for paragraph in article.paragraphs] == [STORY.strip(), line]


# -- an unknown codec -------------------------------------------------------------------------------


@pytest.mark.parametrize(("kwargs", "option", "name"), [({"encoding": "nope"}, "encoding", "nope"), ({"errors": "nope"}, "errors", "nope")])
def test_an_unknown_codec_is_a_parse_error_and_a_lookup_error(kwargs: dict[str, str], option: str, name: str) -> None:
    with pytest.raises(newsparse.UnknownCodec) as caught:
        newsparse.parse_bytes(b"Headline\n\nBody text here.", **kwargs)
    assert isinstance(caught.value, newsparse.ParseError) and isinstance(caught.value, LookupError)
    assert (caught.value.option, caught.value.name) == (option, name)
    assert f"{option}={name!r}" in str(caught.value)


# -- a day counted from the reference date ----------------------------------------------------------

RELATIVE = [
    # (the stamp line, the kind read, its datetime with the reference date 4 March 2025, the stamp's text)
    ("Published: today at 10:05", "published", "2025-03-04T10:05:00", "today at 10:05"),
    ("Published: Today, 10:05 GMT", "published", "2025-03-04T10:05:00+00:00", "Today, 10:05 GMT"),
    ("Updated: yesterday at 18:30", "updated", "2025-03-03T18:30:00", "yesterday at 18:30"),
    ("Aktualisiert: gestern, 18:30 Uhr", "updated", "2025-03-03T18:30:00", "gestern, 18:30 Uhr"),
    ("Publié aujourd'hui à 10h05", "published", "2025-03-04T10:05:00", "aujourd'hui à 10h05"),
]


@pytest.mark.parametrize(("line", "kind", "when", "written"), RELATIVE)
def test_a_day_counted_from_the_reference_date(line: str, kind: str, when: str, written: str) -> None:
    import datetime as dt

    text = f"Rail fares rise again\n{line}\n\n{STORY}"
    article = newsparse.parse_article(text, reference_date=dt.date(2025, 3, 4))
    stamp = article.published if kind == "published" else article.updated
    assert stamp is not None and stamp.datetime.isoformat() == when
    assert (stamp.text, text[stamp.span.start : stamp.span.end]) == (written, written)
    # without a reference date the day is unknown: no stamp
    plain = newsparse.parse_article(text)
    assert (plain.published, plain.updated) == (None, None)


# -- a byline with no prefix beside the stamp: a name and its role, a desk, a service and its city -------

BESIDE = [
    # (the line under the headline, the byline's text and authors)
    ("Thandeka Nkosi, Staff Writer | 8 March 2025", ("Thandeka Nkosi, Staff Writer", ("Thandeka Nkosi",))),
    ("Sipho Dlamini, Political Correspondent · 8 March 2025", ("Sipho Dlamini, Political Correspondent", ("Sipho Dlamini",))),
    ("By Our Special Correspondent | Mumbai | Published: March 8, 2025", ("By Our Special Correspondent", ())),
    ("Express News Service, Chennai | Published: March 8, 2025 10:05 IST",
     ("Express News Service, Chennai", ("Express News Service",))),
    # a place and a stamp, a name after a service: no byline
    ("New Delhi | Updated: March 8, 2025", None),
    ("Express News Service, Jane Roe | March 8, 2025", None),
]


@pytest.mark.parametrize(("line", "byline"), BESIDE)
def test_a_byline_beside_the_stamp(line: str, byline: tuple[str, tuple[str, ...]] | None) -> None:
    article = newsparse.parse_article(f"Rail fares rise again\n{line}\n\n{STORY}")
    assert (None if article.byline is None else (article.byline.text, article.byline.authors)) == byline
    assert article.published is not None or article.updated is not None


def test_a_sites_contact_link_is_no_contact_heading() -> None:
    footer = "Contact\nHelp\nCareers\nAdvertise"
    article = newsparse.parse_article(f"Rail fares rise again\n\n{STORY}\n{footer}\n")
    assert [item.kind for item in article.boilerplate if item.kind == "press-release"] == []
