"""Layout defects a new user's trial found (round 57): a story paragraph that ends in a news
agency's tag read as a photo caption, a contributor's note glued to a paragraph's last sentence
read into its quote.  Invented stories; each row is the text and exactly what must come out."""

from __future__ import annotations

from typing import Any

import pytest

import newsparse
from newsparse import CaptionParser

PARSER = newsparse.ArticleParser()


def parse(text: str) -> dict[str, Any]:
    return PARSER.parse(text).to_dict()


def paragraphs(article: dict[str, Any]) -> list[str]:
    return [paragraph["text"] for paragraph in article["paragraphs"]]


def captions(article: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(caption["text"], caption["credit"]) for caption in article["captions"]]


def boilerplate(article: dict[str, Any]) -> list[tuple[str, str]]:
    return [(item["kind"], item["text"]) for item in article["boilerplate"]]


def quotes(article: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(quote["text"], (quote["speaker"] or {}).get("name")) for quote in article["quotes"]]


HEAD = "Prices rise\n\nConsumer prices in the country rose faster than expected last month, driven by food and fuel costs.\n\n"
STATS = "Prices rose 3 percent in February, the statistics office said on Tuesday."
MORE = "\n\nThe central bank will meet next week to weigh a rate rise.\n"
LEAD = HEAD.split("\n\n")[1]

# a sentence that ends in an attribution clause, or reports what will happen, and a news agency in
# brackets: the story's paragraph, the agency its sign-off (the last line's cut off, a middle line's kept)
WIRE_TAGGED = [
    (HEAD + STATS + " (Reuters)\n", [], [LEAD, STATS], [("sign-off", "(Reuters)")]),
    (HEAD + STATS + " (AFP)" + MORE, [], [LEAD, STATS + " (AFP)", MORE.strip()], []),
    (HEAD + STATS + " (Xinhua)" + MORE, [], [LEAD, STATS + " (Xinhua)", MORE.strip()], []),
    (HEAD + STATS + " (PNA)" + MORE, [], [LEAD, STATS + " (PNA)", MORE.strip()], []),
    (HEAD + STATS + " (Philippine News Agency)" + MORE, [], [LEAD, STATS + " (Philippine News Agency)", MORE.strip()], []),
    (HEAD + STATS + " (KNA)" + MORE, [], [LEAD, STATS + " (KNA)", MORE.strip()], []),
    (HEAD + STATS + " (APP)" + MORE, [], [LEAD, STATS + " (APP)", MORE.strip()], []),
    # an agency of no vocabulary, an acronym in capitals, after an attribution clause
    (HEAD + STATS + " (ANA)" + MORE, [], [LEAD, STATS + " (ANA)", MORE.strip()], []),
    (HEAD + "The senator said she would file a resolution seeking a full audit. (PNA)" + MORE, [],
     [LEAD, "The senator said she would file a resolution seeking a full audit. (PNA)", MORE.strip()], []),
    # a figure's change stated as a fact; reported speech of what will happen after a bar and "via"
    (HEAD + "Prices rose 3 percent in February from a year earlier. (Reuters)" + MORE, [],
     [LEAD, "Prices rose 3 percent in February from a year earlier. (Reuters)", MORE.strip()], []),
    (HEAD + "The senator said she would file a resolution. | via Philippine News Agency" + MORE, [],
     [LEAD, "The senator said she would file a resolution. | via Philippine News Agency", MORE.strip()], []),
    # precision: a percentage on a sign the picture shows, no fact stated
    (HEAD + "A woman walks past a sign showing 50% off in a shop window in London. (Reuters)" + MORE,
     [("A woman walks past a sign showing 50% off in a shop window in London.", "Reuters")], [LEAD, MORE.strip()], []),
    # precision: one sentence describing a picture, or what its subject said, keeps its credit
    (HEAD + "Shoppers queue at a market stall in the capital on Tuesday. (Reuters)" + MORE,
     [("Shoppers queue at a market stall in the capital on Tuesday.", "Reuters")],
     [LEAD, MORE.strip()], []),
    (HEAD + "The finance minister has denied the claims and said prices were stable. (AFP)" + MORE,
     [("The finance minister has denied the claims and said prices were stable.", "AFP")],
     [LEAD, MORE.strip()], []),
    # precision: a photographer's name in brackets after an attribution clause is no acronym
    (HEAD + "Traders work on the floor of the exchange, where shares fell, brokers said. (Jane Roe)" + MORE,
     [("Traders work on the floor of the exchange, where shares fell, brokers said.", "Jane Roe")],
     [LEAD, MORE.strip()], []),
]


@pytest.mark.parametrize(("text", "expected_captions", "expected", "furniture"), WIRE_TAGGED)
def test_wire_tagged_story_paragraph(
    text: str, expected_captions: list[tuple[str, str]], expected: list[str], furniture: list[tuple[str, str]]
) -> None:
    article = parse(text)
    assert captions(article) == expected_captions
    assert paragraphs(article) == expected
    assert boilerplate(article) == furniture


def test_wire_tagged_story_keeps_its_quote() -> None:
    article = parse(HEAD + STATS + " (Reuters)\n")
    assert quotes(article) == [("Prices rose 3 percent in February", "the statistics office")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (STATS, True),
        ("Exports fell, according to customs data.", True),
        ("Shares fell, brokers said on the trading floor.", True),
        # precision: no comma, a comma before a long clause, a clause with no reporting word
        ("The minister said prices were stable.", False),
        ("Officials said, after a long meeting that ran into the night and past the deadline, that talks failed.", False),
        ("Shoppers queue at a stall, bags in hand.", False),
        # precision: a quotation's comma, its length weighed elsewhere
        ('"Prices will rise next month," said Jo Roe.', False),
        ("'Prices will rise next month', said Jo Roe.", False),
    ],
)
def test_ends_in_attribution(text: str, expected: bool) -> None:
    assert CaptionParser().ends_in_attribution(text) is expected


@pytest.mark.parametrize(
    ("credit", "expected"),
    [("ANA", True), ("PNA", True), ("Jane Roe", False), ("Getty Images", False), ("Reuters", False), ("EPA-EFE", False),
     ("A", False), ("ABCDEF", False)],
)
def test_is_acronym(credit: str, expected: bool) -> None:
    assert CaptionParser().is_acronym(credit) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (STATS, True),
        ("The senator said she would file a resolution.", True),
        ("Prices rose 3 percent in February from a year earlier.", True),
        ("Exports fell 2.5% in March.", True),
        # precision: what will happen said first, then who said it; a percentage and no fact; no percentage
        ('"Prices will rise next month," said Jo Roe.', False),
        ("A woman walks past a sign showing 50% off in a shop window.", False),
        ("Protesters gathered outside parliament on 3 March.", False),
    ],
)
def test_tells_story(text: str, expected: bool) -> None:
    assert CaptionParser().tells_story(text) is expected


AUDIT = "Senators seek audit\n\nSenators on Monday called for a review of the flood control budget.\n\n"
FILE = "Jo Cruz said she would file a resolution seeking a full audit."
NEXT = "\n\nThe budget will be debated in the Senate next week.\n"
QUOTE = [("she would file a resolution seeking a full audit", "Jo Cruz")]

# a contributor's note or an agency after a dash or a slash, glued to a paragraph's last sentence:
# boilerplate "sign-off", the paragraph and its quote end at the sentence
GLUED_CREDIT = [
    (AUDIT + FILE + " — With a report from PNA\n", [FILE], [("sign-off", "— With a report from PNA")], QUOTE),
    (AUDIT + FILE + " — With a report from PNA" + NEXT, [FILE, NEXT.strip()], [("sign-off", "— With a report from PNA")], QUOTE),
    (AUDIT + FILE + " —With reports from Inquirer Research" + NEXT, [FILE, NEXT.strip()],
     [("sign-off", "—With reports from Inquirer Research")], QUOTE),
    (AUDIT + FILE + " - with additional reporting by Jane Roe and Tom Poe\n", [FILE],
     [("sign-off", "- with additional reporting by Jane Roe and Tom Poe")], QUOTE),
    (AUDIT + FILE + " /PNA\n", [FILE], [("sign-off", "/PNA")], QUOTE),
    (AUDIT + FILE + " /PNA" + NEXT, [FILE, NEXT.strip()], [("sign-off", "/PNA")], QUOTE),
    (AUDIT + FILE + " — AFP" + NEXT, [FILE, NEXT.strip()], [("sign-off", "— AFP")], QUOTE),
    # precision: a dash and words that are no contributor's note, or no agency, stay the story's
    (AUDIT + FILE + " — With a vote due next week" + NEXT, [FILE + " — With a vote due next week", NEXT.strip()], [],
     [("she would file a resolution seeking a full audit. — With a vote due next week", "Jo Cruz")]),
    (AUDIT + "Senators met. — With reports from the field, they acted. More followed." + NEXT,
     ["Senators met. — With reports from the field, they acted. More followed.", NEXT.strip()], [], []),
    (AUDIT + FILE + " /Updates" + NEXT, [FILE + " /Updates", NEXT.strip()], [],
     [("she would file a resolution seeking a full audit. /Updates", "Jo Cruz")]),
]


@pytest.mark.parametrize(("text", "expected", "furniture", "expected_quotes"), GLUED_CREDIT)
def test_glued_credit_is_sign_off(
    text: str, expected: list[str], furniture: list[tuple[str, str]], expected_quotes: list[tuple[str, str]]
) -> None:
    article = parse(text)
    assert paragraphs(article) == ["Senators on Monday called for a review of the flood control budget.", *expected]
    assert boilerplate(article) == furniture
    assert quotes(article) == expected_quotes
    for item in article["boilerplate"]:
        start, end = item["span"]
        assert text[start:end] == item["text"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence about the year, no notice: the story's
        ("Copyright 2026 is the year the new warehouse was due to open.", None),
        ("Copyright 2024 was a record year for the festival, organisers said.", None),
        # notices stay copyright
        ("Copyright 2026 Harbour Media Ltd. All rights reserved.", "copyright"),
        ("Copyright 2026 The City Herald", "copyright"),
        ("© 2026 Harbour Media", "copyright"),
    ],
)
def test_copyright_year_sentence_kind(text: str, expected: str | None) -> None:
    assert newsparse.BoilerplateParser().kind(text) == expected


LIVE = (
    "Storm live: 700,000 without power as red warning extended\n\n"
    "18:42\nThe network operator says 700,000 homes remain without power.\n\n"
)
# a live blog's entry clock and a share button on one line, a label under the clock: page furniture
LIVE_FURNITURE = [
    (LIVE + "17:50 Share\nThe government will meet tomorrow morning, the minister said.\n",
     ["The network operator says 700,000 homes remain without power.",
      "The government will meet tomorrow morning, the minister said."],
     [("timestamp", "18:42"), ("timestamp", "17:50"), ("share", "Share")]),
    (LIVE + "17:50\nSummary\nThe government will meet tomorrow morning, the minister said.\n",
     ["The network operator says 700,000 homes remain without power.",
      "The government will meet tomorrow morning, the minister said."],
     [("timestamp", "18:42"), ("timestamp", "17:50"), ("navigation", "Summary")]),
    (LIVE + "4.45pm\nKey event\nThe government will meet tomorrow morning, the minister said.\n",
     ["The network operator says 700,000 homes remain without power.",
      "The government will meet tomorrow morning, the minister said."],
     [("timestamp", "18:42"), ("timestamp", "4.45pm"), ("navigation", "Key event")]),
    # precision: the word as a story's heading, under no clock, stays; a clock and a heading stays a heading
    (LIVE + "Summary\nThe government will meet tomorrow morning, the minister said.\n",
     ["The network operator says 700,000 homes remain without power.", "Summary",
      "The government will meet tomorrow morning, the minister said."],
     [("timestamp", "18:42")]),
    (LIVE + "17:50 Shares fall in early trade\n\nThe government will meet tomorrow morning, the minister said.\n",
     ["The network operator says 700,000 homes remain without power.", "Shares fall in early trade",
      "The government will meet tomorrow morning, the minister said."],
     [("timestamp", "18:42"), ("timestamp", "17:50")]),
]


@pytest.mark.parametrize(("text", "expected", "furniture"), LIVE_FURNITURE)
def test_live_entry_furniture(text: str, expected: list[str], furniture: list[tuple[str, str]]) -> None:
    article = parse(text)
    assert paragraphs(article) == expected
    assert boilerplate(article) == furniture
    for item in article["boilerplate"]:
        start, end = item["span"]
        assert text[start:end] == item["text"]


def stamp(article: dict[str, Any], key: str) -> tuple[str, str] | None:
    value = article[key]
    return None if value is None else (value["datetime"], value["text"])


BUDGET = "\n\nThe budget passed its final stage by 67 votes to 57 on Tuesday after a late deal.\n"
# an update's label and a clock alone in the header, a dated publication stamp: no date is given to the clock
# (it may fall on a later day: a wrong date is worse than none), the line a timestamp
CLOCK_UPDATES = [
    ("Budget passes after late deal\nUpdated at 18.02 GMT\nTue 24 Feb 2026 09.12 GMT" + BUDGET, None),
    ("Budget passes after late deal\nUpdated: 6.02pm GMT\nTue 24 Feb 2026 09.12 GMT" + BUDGET, None),
    ("Budget passes after late deal\nTue 24 Feb 2026 09.12 GMT\nUpdated at 18:02 GMT" + BUDGET, None),
    ("Budget passes after late deal\nUpdated at 08.02 GMT\nTue 24 Feb 2026 09.12 GMT" + BUDGET, None),
    ("Budget passes after late deal\nUpdated at 18.02 CET\nTue 24 Feb 2026 09.12 GMT" + BUDGET, None),
]


@pytest.mark.parametrize(("text", "expected"), CLOCK_UPDATES)
def test_clock_update_on_publication_day(text: str, expected: tuple[str, str] | None) -> None:
    article = parse(text)
    assert stamp(article, "published") == ("2026-02-24T09:12:00+00:00", "Tue 24 Feb 2026 09.12 GMT")
    assert stamp(article, "updated") == expected
    clock_line = next(line for line in text.splitlines() if line.startswith("Updated"))
    filed = [part for part in article["boilerplate"] if part["kind"] == "timestamp"]
    assert [text[slice(*part["span"])] for part in filed] == [clock_line]


STORY = "\n\nThe government has dropped its proposal to require public sector workers to report to the police.\n"
# a site's name over a kicker over the headline, one block over the stamp: the headline is the line
# over the stamp; a flag word alone is no headline
HEADLINES = [
    ("The Local Sweden\nNews\nGovernment scraps plan for informer law\nPublished: 9 March 2026 10:14 CET" + STORY,
     "Government scraps plan for informer law", ["News"], [("other", "The Local Sweden")]),
    ("Harbour Daily Times\nPolitics\nCouncil delays vote on new ferry terminal\nPublished: 9 March 2026 10:14 CET" + STORY,
     "Council delays vote on new ferry terminal", ["Politics"], [("other", "Harbour Daily Times")]),
    ("BREAKING\nMarch 12, 2026 at 3:14 pm EDT" + STORY, None, [], [("other", "BREAKING")]),
    ("Developing:\nMarch 12, 2026 at 3:14 pm EDT" + STORY, None, [], [("other", "Developing:")]),
    # precision: a person's name over the kicker is no site's name; a headline that opens with the flag stays
    ("BREAKING: Government scraps plan for informer law\nMarch 12, 2026 at 3:14 pm EDT" + STORY,
     "BREAKING: Government scraps plan for informer law", [], []),
    ("Breaking the silence on school funding\nMarch 12, 2026 at 3:14 pm EDT" + STORY,
     "Breaking the silence on school funding", [], []),
]


@pytest.mark.parametrize(("text", "headline", "section", "furniture"), HEADLINES)
def test_headline_under_masthead_and_flag(
    text: str, headline: str | None, section: list[str], furniture: list[tuple[str, str]]
) -> None:
    article = parse(text)
    assert (article["headline"] or {}).get("text") == headline
    assert article["section"] == section
    assert boilerplate(article) == furniture
    assert paragraphs(article) == [STORY.strip()]


REPORT = (
    "Hearts 2-1 Hibs\n\nShankland scored twice as Hearts came from behind to beat Hibs in the derby.\n\n"
    "Boyle put Hibs ahead after 12 minutes, sweeping home from a cut-back.\n\n"
    "Shankland levelled from the spot and then headed the winner late on.\n\n"
)
LATE = ["Boyle put Hibs ahead after 12 minutes, sweeping home from a cut-back.",
        "Shankland levelled from the spot and then headed the winner late on."]
# lines that each open with a label and a colon, in one block, are a paragraph each
LABELLED_LINES = [
    (REPORT + "Hearts: Gordon, Penrice, Kent; Devlin, Spittal; Shankland.\nHibs: Smith, Obita, Bushiri; Youan.\n"
     "Referee: Nick Walsh\nAttendance: 19,204\n",
     ["Hearts: Gordon, Penrice, Kent; Devlin, Spittal; Shankland.", "Hibs: Smith, Obita, Bushiri; Youan.",
      "Referee: Nick Walsh", "Attendance: 19,204"]),
    # precision: one label numbered, or two fields only, stay the paragraph the page's line breaks made
    (REPORT + "Path A: Iceland, Bulgaria, Hungary\nPath B: Bosnia, Slovakia, Ireland\nPath C: Scotland, Norway, Serbia\n",
     ["Path A: Iceland, Bulgaria, Hungary Path B: Bosnia, Slovakia, Ireland Path C: Scotland, Norway, Serbia"]),
    (REPORT + "Referee: Nick Walsh\nAttendance: 19,204\n", ["Referee: Nick Walsh Attendance: 19,204"]),
    # precision: a sentence wrapped under a labelled line carries on it; a clock is no label
    (REPORT + "Attendance: 19,204 fans, the biggest crowd at the ground\nsince the stand was rebuilt in 2017.\n",
     ["Attendance: 19,204 fans, the biggest crowd at the ground since the stand was rebuilt in 2017."]),
    (REPORT + "Kick-off: 12:30 at the stadium, with the gates open from\n11:00 for fans with tickets.\n",
     ["Kick-off: 12:30 at the stadium, with the gates open from 11:00 for fans with tickets."]),
]


@pytest.mark.parametrize(("text", "expected"), LABELLED_LINES)
def test_labelled_lines_are_paragraphs(text: str, expected: list[str]) -> None:
    article = parse(text)
    assert paragraphs(article) == ["Shankland scored twice as Hearts came from behind to beat Hibs in the derby.", *LATE, *expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Referee: Nick Walsh", True), ("Man of the match: Jo Roe", False), ("12:30 kick-off", False),
     ("https://example.com", False), ("Hibs:Smith", False), ("Hibs: ", False), ("referee: Nick Walsh", False)],
)
def test_opens_with_label(text: str, expected: bool) -> None:
    assert newsparse.BodyParser().opens_with_label(text) is expected


# a deck right under the headline and summary points under their label are the story's summary:
# boilerplate "standfirst", never "other"
SUMMARIES = [
    ("Acme Robotics Announces Record Fourth-Quarter Results\n\nRevenue up 42% year over year; company raises 2026 guidance\n\n"
     "NEWS PROVIDED BY\nAcme Robotics Inc.\nMar 10, 2026, 08:00 ET\n\n"
     "PITTSBURGH, March 10, 2026 /PRNewswire/ -- Acme Robotics today announced financial results for the fourth "
     "quarter ended December 31, 2025.\n",
     # (the wire's label over the issuer is boilerplate "press-release" since mendLT69: not among the kinds asked)
     [("standfirst", "Revenue up 42% year over year; company raises 2026 guidance")]),
    # on a page that is no press release, such a line under the headline, over a stamp, is read as its deck since
    # fixL63b (it was "other": it may be a related story's title; boilerplate either way, never the story's)
    ("Council approves new ferry terminal after long debate\n\nGovernment plans new rail link to the northern ports\n\n"
     "Published: 9 March 2026\n\nThe council approved the new ferry terminal on Monday after a debate that lasted all night.\n",
     [("standfirst", "Government plans new rail link to the northern ports")]),
    ("Storm live: 700,000 without power as red warning extended\nUpdated 2 minutes ago\n\n"
     "Key points\nThe network says restoration could take up to two weeks\nSchools closed nationwide on Monday\n\n"
     "18:42\nThe network operator says 700,000 homes remain without power across the country.\n",
     [("navigation", "Key points"), ("standfirst", "The network says restoration could take up to two weeks"),
      ("standfirst", "Schools closed nationwide on Monday")]),
    # precision: a menu in title case, a short line, a line under no label and no headline stay "other"
    ("Council approves new ferry terminal after long debate\n\nNews Sport Business Culture Travel\n\n"
     "Published: 9 March 2026\n\nThe council approved the new ferry terminal on Monday after a debate that lasted all night.\n",
     [("other", "News Sport Business Culture Travel")]),
    ("Storm live: 700,000 without power as red warning extended\nUpdated 2 minutes ago\n\n"
     "Watch now\nThe network says restoration could take up to two weeks\n\n"
     "18:42\nThe network operator says 700,000 homes remain without power across the country.\n",
     [("other", "Watch now"), ("other", "The network says restoration could take up to two weeks")]),
]


@pytest.mark.parametrize(("text", "expected"), SUMMARIES)
def test_summary_lines_are_standfirst(text: str, expected: list[tuple[str, str]]) -> None:
    article = parse(text)
    furniture = [item for item in boilerplate(article) if item[0] in ("standfirst", "other", "navigation")]
    assert furniture == expected


def test_kicker_over_columnist_is_no_masthead() -> None:
    article = parse("Opinion\nJane Roe\nHarbour pier to be rebuilt after storms\nMarch 3, 2025" + STORY)
    assert article["section"] == ["Opinion"]
    assert article["byline"]["authors"] == ["Jane Roe"]
    assert article["headline"]["text"] == "Harbour pier to be rebuilt after storms"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("— With a report from PNA", "sign-off"),
        ("With a report from Reuters", "sign-off"),
        # precision: a story's sentence that opens so
        ("With a report from the scene, she said the bridge had gone.", None),
    ],
)
def test_report_from_line_kind(text: str, expected: str | None) -> None:
    assert newsparse.BoilerplateParser().kind(text) == expected


def test_report_from_line_under_story() -> None:
    article = parse(AUDIT + FILE + "\n\n— With a report from PNA\n")
    assert paragraphs(article) == ["Senators on Monday called for a review of the flood control budget.", FILE]
    assert boilerplate(article) == [("sign-off", "— With a report from PNA")]
