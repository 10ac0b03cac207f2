"""Mutation pass mut69 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``95b5ba7b..b8393e33`` (round 68), made by ``dev/mutants.py`` on ``b8393e33`` and drawn with a seed
(``--sample 200 --seed 69``).  Each table pins down a rule whose mutants no reaching test noticed
within the run's budget: a text in a real layout and what must come out of it, the rows that must
not fire beside those that must (see docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import pytest

from articles import parse_held
from newsparse import ArticleParser
from parts import texts

PARSER = ArticleParser()

STORY = (
    "\n\nThe city council voted on Tuesday to raise fares on all routes from January, officials said.\n\n"
    "The increase is the first in six years.\n"
)


def speakers(text: str, parser: ArticleParser = PARSER) -> list[tuple[str, str | None]]:
    """The (text, speaker's name) of every quote of the article *text*."""
    return [(q.text, q.speaker.name if q.speaker is not None else None) for q in parser.parse(text).quotes]


# -- ArticleParser.names_story_words (slogan_over_title): a title-case line over a headline and its
# -- deck that shares a word of four letters or more with them (a plural's "s" aside) is the
# -- headline itself; a masthead's slogan that shares none is boilerplate over the page's headline
@pytest.mark.parametrize(
    ("first", "title", "deck", "headline"),
    [
        # a shared word of exactly four letters ("fare" / "fares", "toll" / "tolls"): the headline
        ("Bus Fare Row", "Commuters face higher fares from January",
         "Ticket prices on city routes will climb by 4 percent, the transport authority said on Monday", "Bus Fare Row"),
        ("Port Toll Hike Looms", "Shipping firms brace for higher tolls at the harbour",
         "The port authority said on Monday that charges on container ships would climb next year",
         "Port Toll Hike Looms"),
        ("River Ferry Plan Sinks", "Councillors reject the new ferry link",
         "The vote ends a three-year campaign by residents on both banks of the river for a faster crossing",
         "River Ferry Plan Sinks"),
        # must not change: a slogan that shares no word with them is no headline
        ("Democracy Dies in Darkness", "Commuters face higher fares from January",
         "Ticket prices on city routes will climb by 4 percent, the transport authority said on Monday",
         "Commuters face higher fares from January"),
    ],
)
def test_title_case_line_sharing_a_word_is_the_headline(first: str, title: str, deck: str, headline: str) -> None:
    article = parse_held(f"{first}\n{title}\n{deck}\nBy Jo Reed{STORY}")
    assert article.headline is not None and article.headline.text == headline


# -- ArticleParser.show_line: "Heard on ..." / "As seen on ..." over a broadcaster's headline is
# -- boilerplate, and the headline is the line under it
@pytest.mark.parametrize(
    "show",
    ["Heard on All Things Considered", "As seen on Newsnight", "Listen on Morning Edition", "Aired on Channel 4 News"],
)
def test_show_line_over_the_headline(show: str) -> None:
    headline = "City council raises bus fares for first time in six years"
    article = parse_held(f"{show}\n{headline}\nBy Jo Reed{STORY}")
    assert article.headline is not None and article.headline.text == headline
    assert show in [b.text for b in article.boilerplate]


# -- ArticleParser.topic_over_headline: a topic's label and a year (two or three words) in one block
# -- over a longer sentence-case headline and its byline or stamp is the section
@pytest.mark.parametrize(
    ("first", "title", "under", "section", "headline"),
    [
        ("Budget 2026", "City council raises bus fares for first time in six years", "By Jo Reed",
         ("Budget 2026",), "City council raises bus fares for first time in six years"),
        ("Election 2026", "Voters in the capital face long queues at polling stations", "Published: December 3, 2025",
         ("Election 2026",), "Voters in the capital face long queues at polling stations"),
        ("Census 2031", "Statistics office hires 30,000 field workers for the count", "By Ana Ortiz\nMarch 2, 2031",
         ("Census 2031",), "Statistics office hires 30,000 field workers for the count"),
        ("World Cup 2026", "Host cities scramble to finish stadium works before the opening match", "By Jo Reed",
         ("World Cup 2026",), "Host cities scramble to finish stadium works before the opening match"),
        # must not change: no label of capitalised words before the year
        ("Best of 2026", "City council raises bus fares for first time in six years", "By Jo Reed", (), "Best of 2026"),
    ],
)
def test_topic_and_year_over_the_headline(
    first: str, title: str, under: str, section: tuple[str, ...], headline: str
) -> None:
    article = parse_held(f"{first}\n{title}\n{under}{STORY}")
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline


# -- QuoteParser.headline_fragment_speaker: a headline's "X urged to ..." / "X told to ..." after its
# -- words is a passive (people urged or told to act say nothing): no quote; "X says" stays one
RAIN = "\nBy Jo Reed\n\nHeavy rain flooded roads across the province on Tuesday, the weather service said.\n"


@pytest.mark.parametrize(
    ("headline", "quote"),
    [
        ("Storms escalate in Gauteng, residents urged to avoid flood risks", None),
        ("Storms escalate in Gauteng, residents urged to stay indoors", None),
        ("Floods hit Durban, drivers told to avoid the N2 highway", None),
        ("Bridge shut in Kent, motorists warned to expect long delays", None),
        # must not change: a closing attribution with its cue is the speaker's
        ("Talks will resume next week, union says", ("Talks will resume next week", "union")),
    ],
)
def test_headline_passive_after_a_comma_is_no_speech(headline: str, quote: tuple[str, str] | None) -> None:
    found = [pair for pair in speakers(headline + RAIN) if pair[1] != "the weather service"]
    assert found == ([] if quote is None else [quote])


# -- SpeakerResolution.role_at_owned_firm: a role at a firm named by its founder's possessive and a
# -- place ("the Lloyd's of London chairman") is the speaker as written, or the name after the role;
# -- never the founder's name cut at its "'s"
INSURERS = (
    "Insurers brace for storm claims\n\nLONDON (Reuters) - Insurers expect claims of up to $5 billion from "
    "the storm, brokers said on Monday.\n\n"
)


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("the Lloyd's of London chairman said.", "the Lloyd's of London chairman"),
        ("a Lloyd's of London spokeswoman said.", "a Lloyd's of London spokeswoman"),
        ("Lloyd's of London chairman John Nelson said.", "John Nelson"),
        ("Lloyd's of London chief executive Bruce Carnegie-Brown said.", "Bruce Carnegie-Brown"),
        # must not change: a plain name's attribution
        ("John Nelson, the chairman of Lloyd's, said.", "John Nelson"),
    ],
)
def test_role_at_a_founders_firm_of_a_place(attribution: str, speaker: str) -> None:
    text = INSURERS + f"“We will pay every valid claim,” {attribution}"
    assert dict(speakers(text))["We will pay every valid claim,"] == speaker


# -- SpeakerGrammar.acronym_inside_name: a body's initials in brackets inside its name ("the National
# -- Health Service (NHS) Confederation said") keep the whole name the speaker, never its last word
NURSES = (
    "Nurses warn of winter crisis\n\nLONDON (Reuters) - Hospitals in England face their hardest winter yet, "
    "health leaders said on Monday.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ("The National Health Service (NHS) Confederation said waiting lists would grow.", "waiting lists would grow",
         "National Health Service Confederation"),
        ("“Beds are full,” the National Health Service (NHS) Confederation said.", "Beds are full,",
         "National Health Service Confederation"),
        ("The British Medical Association (BMA) Scotland said doctors would strike.", "doctors would strike",
         "British Medical Association Scotland"),
        ("Britain's National Farmers Union (NFU) Cymru said prices would rise.", "prices would rise",
         "Britain's National Farmers Union Cymru"),
        # two capitalised words after the brackets
        ("The Royal College of Nursing (RCN) Northern Ireland said nurses would strike again.",
         "nurses would strike again", "Royal College of Nursing Northern Ireland"),
    ],
)
def test_initials_in_brackets_inside_a_body_name(sentence: str, words: str, speaker: str) -> None:
    assert dict(speakers(NURSES + sentence))[words] == speaker


# -- DatelineParser.is_outlet_domain: a site's address after the place (a name of two letters or
# -- more, a dot, a domain's suffix) is the outlet's, no part of the place
CPI = (
    "Inflation slows again\n\n{line} - Inflation slowed for a third month in November, the statistics office "
    "said on Tuesday.\n\nPrices rose 2.1 percent from a year earlier.\n"
)


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("JAKARTA, RM.id", "JAKARTA"),
        ("JAKARTA, KOMPAS.com", "JAKARTA"),
        ("MANILA, GMA.news", "MANILA"),
        ("KUALA LUMPUR, Bernama.my", "KUALA LUMPUR"),
        # must not change: a place's own abbreviation stays the place's
        ("WASHINGTON, D.C.", "WASHINGTON, D.C."),
    ],
)
def test_site_address_after_the_place(line: str, place: str) -> None:
    article = parse_held(CPI.format(line=line))
    assert article.dateline is not None and article.dateline.place == place
    assert texts(article)[0].startswith("Inflation slowed")


# -- ArticleParser.section_before_stamp: a section's label of one or two words and a stamp that ends
# -- the first line: the label is the section, the stamp the publication, the next line the headline
FARES = "City council raises bus fares for first time in six years"


@pytest.mark.parametrize(
    ("line", "section", "year"),
    [
        ("Politics Dec 3, 2026 6:45 PM EST", ("Politics",), 2026),
        ("Health Mar 4, 2025 9:10 AM EDT", ("Health",), 2025),
        ("Local News Mar 4, 2025 9:10 AM EDT", ("Local News",), 2025),
        ("Business Nov 18, 2024 7:02 AM CST", ("Business",), 2024),
    ],
)
def test_section_then_stamp_on_the_first_line(line: str, section: tuple[str, ...], year: int) -> None:
    article = parse_held(f"{line}\n{FARES}\nBy Jo Reed{STORY}")
    assert article.section == section
    assert article.headline is not None and article.headline.text == FARES
    assert article.published is not None and article.published.datetime.year == year


# -- ArticleParser.is_entry_heading_line: a live blog copied as plain text up to a last clock line (the
# -- next entry not loaded) still reads: the entries' headings stay paragraphs of their own
E_POWER = "The ESB said 700,000 homes and businesses were without power on Friday morning as gusts reached 180 km/h."
E_SCHOOLS = "All schools in the red warning counties will stay closed on Friday, the education minister said."
E_TRAINS = "Irish Rail suspended all services until midday while crews cleared fallen trees from the tracks."


@pytest.mark.parametrize("last", ["08:30", "08:05", "07:55"])
def test_live_blog_cut_after_a_clock(last: str) -> None:
    text = (
        "Live: Storm Eowyn hits Ireland\n\nKey events\n10:42\nPower cut to 700,000 homes\n"
        f"{E_POWER}\n10:15\nSchools closed\n{E_SCHOOLS}\n09:50\nTrains halted\n{E_TRAINS}\n{last}"
    )
    found = texts(parse_held(text))
    assert found[:5] == ["Power cut to 700,000 homes", E_POWER, "Schools closed", E_SCHOOLS, "Trains halted"]


# -- SpeakerResolution.names_compiler: figures compiled by someone are the source as written, never
# -- the compiler, also when the compiler's name of one word ends the sentence
FLOWS = "Fund flows slow\n\nNEW YORK (Reuters) - Investors pulled money from bond funds for a third week.\n\n"


@pytest.mark.parametrize(
    ("sentence", "words", "source"),
    [
        ("Euro zone wages rose 4.4% in the third quarter, according to figures compiled by Eurostat.",
         "Euro zone wages rose 4.4% in the third quarter", "figures compiled by Eurostat"),
        ("Analysts expect earnings to grow 12% next year, according to data compiled by FactSet.",
         "Analysts expect earnings to grow 12% next year", "data compiled by FactSet"),
        # must not change: the body itself as the source
        ("Euro zone wages rose 4.4% in the third quarter, according to Eurostat.",
         "Euro zone wages rose 4.4% in the third quarter", "Eurostat"),
    ],
)
def test_compiled_figures_are_the_source(sentence: str, words: str, source: str) -> None:
    assert dict(speakers(FLOWS + sentence))[words] == source


# -- SpeakerResolution.defined_acronym: an acronym defined in brackets after a body's name stands for
# -- that name when it speaks later in the story
@pytest.mark.parametrize(
    ("first", "later", "words", "speaker"),
    [
        ("The United Nations Command (UNC) said it had informed the North.",
         "“The talks continue,” the UNC said in a statement.", "The talks continue,", "United Nations Command"),
        ("The International Atomic Energy Agency (IAEA) said its inspectors had left the plant.",
         "“Inspectors will return next week,” the IAEA said.", "Inspectors will return next week,",
         "International Atomic Energy Agency"),
    ],
)
def test_bracketed_acronym_speaks_later(first: str, later: str, words: str, speaker: str) -> None:
    text = f"Missile launch\n\nSEOUL (Reuters) - {first}\n\n{later}"
    assert dict(speakers(text))[words] == speaker


# -- SpeakerResolution.opening_person: "It said ..." after a sentence that opens with one new person
# -- ("A judge ruled ...") is no one the story named: the pronoun stays as written, never the body
# -- that spoke last
APPEAL = (
    "Council loses ban appeal\n\nLONDON (Reuters) - The city council lost its appeal against a ruling on its "
    "traffic ban, the court said.\n\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "A judge ruled on Tuesday that the ban was unlawful.",
        "A coroner found on Tuesday that the ban had delayed ambulances.",
        "A magistrate ruled last month that the fines were void.",
    ],
)
def test_it_after_a_new_person_stays_as_written(opening: str) -> None:
    text = APPEAL + f"{opening} It said the council had failed to consult residents."
    assert dict(speakers(text))["the council had failed to consult residents"] == "It"


# -- ArticleParser.slogan_over_title: a masthead's slogan of three words over a sentence-case headline
# -- and its deck is boilerplate; a kicker's label there ("Ukraine War Latest") is the section
COMMUTERS = (
    "\nCommuters face higher fares from January\nTicket prices on city routes will climb by 4 percent, the "
    "transport authority said on Monday\nBy Jo Reed" + STORY
)


@pytest.mark.parametrize(
    ("first", "section"),
    [
        ("Truth Without Fear", ()),
        ("Stories Worth Telling", ()),
        ("Ukraine War Latest", ("Ukraine War Latest",)),
        ("Local Democracy Reporting", ("Local Democracy Reporting",)),
    ],
)
def test_three_word_line_over_headline_and_deck(first: str, section: tuple[str, ...]) -> None:
    article = parse_held(first + COMMUTERS)
    assert article.headline is not None and article.headline.text == "Commuters face higher fares from January"
    assert article.section == section
