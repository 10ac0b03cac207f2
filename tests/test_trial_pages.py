"""Pages a demanding new user copies from sites of many kinds: each row is a page written for
this file, and each test checks exactly what a reader sees on it.
"""

from __future__ import annotations

import pytest

import newsparse


class StandfirstParser(newsparse.ArticleParser):
    """A parser for sites that set a standfirst above the lead picture."""

    STANDFIRST_OVER_PICTURE = True

# A photo agency's name alone on the line right under a caption, in the same block, credits it
# (sports and national pages print ``PA``, ``AFP`` or ``Reuters`` there); the same name set apart
# by a blank line is a wire's sign-off, and a line of the story over it stays a paragraph.
AGENCY_UNDER = [
    ("Joel Ranger celebrates his equaliser.\nPA", [("Joel Ranger celebrates his equaliser.", "PA")], ["PA"]),
    ("Fans wave flags outside the ground before kick-off.\nAFP", [("Fans wave flags outside the ground before kick-off.", "AFP")], ["AFP"]),
    ("Rescue teams search the rubble in Antakya, Turkey\nReuters", [("Rescue teams search the rubble in Antakya, Turkey", "Reuters")], ["Reuters"]),
    ("Dancers perform during the opening ceremony in Lagos.\nAP", [("Dancers perform during the opening ceremony in Lagos.", "AP")], ["AP"]),
    # a blank line between them: the name is no credit of the line above
    ("Ranger's goal was his first for the club.\n\nPA", [], []),
    # story text over the name: reported speech, a pronoun of the writer
    ("The club said the striker would be fit for Saturday.\nPA", [], []),
    ("I have never seen a finish like it in my life.\nAFP", [], []),
]


@pytest.mark.parametrize(("block", "captions", "credits"), AGENCY_UNDER)
def test_an_agency_under_a_caption_credits_it(
    block: str, captions: list[tuple[str, str]], credits: list[str]
) -> None:
    text = (
        "Premier League\n\n"
        "Late header earns Leeds a draw at Villa Park\n\n"
        "By Chris Dunmore\n"
        "Sunday 9 February 2025 18:02 GMT\n\n"
        "Leeds United came from behind to draw 2-2 at Aston Villa on Sunday, rescuing a point late on.\n\n"
        f"{block}\n\n"
        "Villa had led through goals from Ollie Watkins and a penalty from Douglas Luiz.\n"
    )
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == captions
    assert [b.text for b in article.boilerplate if b.kind == "credit"] == credits
    story = [p.text for p in article.paragraphs]
    assert story[0].startswith("Leeds United came from behind")
    assert story[-1].startswith("Villa had led")
    if not captions:  # the line over the name stays in the story
        assert any(paragraph.startswith(block.split("\n")[0]) for paragraph in story)


# A line beside the stamp that reads as a name but names a place (an Indian or Pakistani paper
# prints the place under the author's title) is no byline, in any case: a place as the byline is
# worse than none.  A person's name there still is one, in capitals too.
PLACE_BESIDE_STAMP = [
    ("Special Correspondent\nNEW DELHI", ()),  # a desk that names no person (UNSIGNED_DESKS, stop 42)
    ("Special Correspondent\nNew Delhi", ()),
    ("Staff Reporter\nSOUTH AFRICA", ()),  # a desk that names no person: a byline with no authors (layW)
    ("Our Correspondent\nLOS ANGELES", ()),  # a desk that names no person: a byline with no authors (layW)
    ("Staff Reporter\nSan Francisco", ()),  # a desk that names no person: a byline with no authors (layW)
    ("Priya Raman\nNEW DELHI", ("Priya Raman",)),
    ("NATALIA VOSS", ("NATALIA VOSS",)),
    ("Newton Mwangi", ("Newton Mwangi",)),
]


@pytest.mark.parametrize(("lines", "authors"), PLACE_BESIDE_STAMP)
def test_a_place_beside_the_stamp_is_no_byline(lines: str, authors: tuple[str, ...] | None) -> None:
    text = (
        "NATIONAL\n\n"
        "Parliament passes farm bill after long debate\n\n"
        f"{lines}\n"
        "April 3, 2025 01:15 am | Updated 08:22 am IST\n\n"
        "The Lok Sabha passed the farm bill late on Wednesday after a debate of more than 12 hours.\n\n"
        "The Rajya Sabha will take it up on Thursday.\n"
    )
    article = newsparse.parse_article(text)
    assert (article.byline.authors if article.byline else None) == authors
    assert article.published is not None and article.published.text == "April 3, 2025 01:15 am"
    assert [p.text[:20] for p in article.paragraphs] == ["The Lok Sabha passed", "The Rajya Sabha will"]
    # (a known place alone on its line under the byline is the dateline's place since stop 51, fixT58: The Hindu's
    # "BENGALURU" over its stamp; a place the vocabulary does not know stays the byline's or debris)
    if article.dateline is not None:
        assert article.dateline.place == lines.split("\n")[-1]
    for line in lines.split("\n"):  # no line is lost
        start = text.index(line)
        kept = [b.span for b in article.boilerplate] + ([article.byline.span] if article.byline else [])
        kept += [article.dateline.span] if article.dateline else []
        assert any(span.start <= start < span.end for span in kept)


# A photographer's name and an agency last, slashes between them and no brackets, after the
# caption's last sentence credit it (``... on Sunday. Jordan Roe/Invision/AP``), in a gallery and
# in the story; a sentence with no name before the agency keeps it.
SLASHED_AGENCY = [
    (
        "Singer Tomás Ruiz wore a velvet suit. Jordan Strauss/Invision/AP",
        [("Singer Tomás Ruiz wore a velvet suit.", "Jordan Strauss/Invision/AP")],
    ),
    (
        "Actress Lena Ward arrives at the awards on Sunday. Amy Sussman/Reuters",
        [("Actress Lena Ward arrives at the awards on Sunday.", "Amy Sussman/Reuters")],
    ),
    (
        "Fans queue outside the arena on Sunday. Chris Pizzello/AP",
        [("Fans queue outside the arena on Sunday.", "Chris Pizzello/AP")],
    ),
    ("The ceremony ran for more than four hours on Sunday night.", []),
]


@pytest.mark.parametrize("counter", ["Image 2 of 3\n\n", ""])
@pytest.mark.parametrize(("line", "captions"), SLASHED_AGENCY)
def test_a_slashed_credit_ending_in_an_agency(counter: str, line: str, captions: list[tuple[str, str]]) -> None:
    text = (
        "Entertainment\n\n"
        "Red carpet looks from the awards\n\n"
        "By Mia Torres\n"
        "March 3, 2025\n\n"
        "The stars turned out on Sunday night for the awards, held for the first time at the new arena.\n\n"
        f"{counter}{line}\n\n"
        "Here are some of the best looks from the night, chosen by our fashion desk.\n"
    )
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == captions
    story = [p.text for p in article.paragraphs]
    assert story[0].startswith("The stars turned out")
    assert story[-1].startswith("Here are some")
    assert (line in story) == (not captions)


# A beat written before the role after the author's name (British and Australian papers) is part
# of the role, not the author's surname; a name of three words before a role keeps them all.
BEAT_BYLINES = [
    ("By Amy Clarke Health Correspondent", ("Amy Clarke",)),
    ("By Tom Ellis Sports Reporter", ("Tom Ellis",)),
    ("By Nadia Rahman Science Editor", ("Nadia Rahman",)),
    ("Amy Clarke Health Correspondent", ("Amy Clarke",)),
    ("By Amy Clarke, Health Correspondent", ("Amy Clarke",)),
    ("By Julia Carrie Wong Reporter", ("Julia Carrie Wong",)),
    ("By Amy Clarke Senior Reporter", ("Amy Clarke",)),
]


@pytest.mark.parametrize(("line", "authors"), BEAT_BYLINES)
def test_a_beat_before_the_role_is_no_surname(line: str, authors: tuple[str, ...]) -> None:
    text = (
        "Health\n\n"
        "New vaccine rollout begins for the over-75s\n\n"
        "Published: 09:00 BST, 12 September 2024\n\n"
        f"{line}\n\n"
        "A new vaccine rollout began on Thursday for people over 75, the health service said.\n\n"
        "Appointments can be booked online.\n"
    )
    article = newsparse.parse_article(text)
    assert article.byline is not None and article.byline.authors == authors
    assert [p.text[:20] for p in article.paragraphs] == ["A new vaccine rollou", "Appointments can be "]


# With STANDFIRST_OVER_PICTURE on: a short first paragraph with the lead picture under it is the
# story's lede, not a standfirst, when it says the day of the news with a date (as it does with a weekday): an obituary's
# ``... died on Jan. 2.``.  A line that names no day stays a standfirst over the picture.
DATED_LEDES = [
    ("Harold Beck, the town's last blacksmith, died on Jan. 2. He was 88.", True),
    ("The bridge will reopen to traffic on March 14 after two years of repairs.", True),
    ("Voters go to the polls on 3 May to choose a new mayor.", True),
    ("The festival returns for its 21st year with a bigger stage.", False),
    ("May brings the first strawberries of the season to the market.", False),
    ("A town that never forgot its blacksmith.", False),
]


@pytest.mark.parametrize(("lede", "is_story"), DATED_LEDES)
def test_a_dated_short_lede_over_the_picture_is_the_story(lede: str, is_story: bool) -> None:
    text = (
        "Local News\n\n"
        "Harold Beck, town's last blacksmith, remembered\n\n"
        "By Joan Miles\n"
        "Jan. 5, 2025\n\n"
        f"{lede}\n\n"
        "Harold Beck at his forge in 1979.\n"
        "Courtesy of the Beck family\n\n"
        "He learned the trade from his father and kept the forge open until he was 80 years old.\n\n"
        "He is survived by his wife, Edna, and three sons.\n"
    )
    assert newsparse.parse_article(text).paragraphs[0].text == lede  # by default the lede stays, always
    article = StandfirstParser().parse(text)
    assert [(c.text, c.credit) for c in article.captions] == [("Harold Beck at his forge in 1979.", "the Beck family")]
    paragraphs = [p.text for p in article.paragraphs]
    assert paragraphs[-2].startswith("He learned the trade")
    assert (paragraphs[0] == lede) == is_story
    standfirsts = [b.text for b in article.boilerplate if b.kind == "standfirst"]
    assert standfirsts == ([] if is_story else [lede])


# A sentence of the story that ends by citing its source (a business page's figures) stays in
# the paragraphs; a caption's picture credit after its sentence still makes it a caption.
CITED_LINES = [
    ("Unemployment rose to 4.2% in February, the highest in three years. (Source: Bureau of Labor Statistics)", None),
    ("Unemployment rose to 4.2% in February. Source: Bureau of Labor Statistics", None),
    ("Exports fell for a fourth month in a row. Sources: customs office, central bank", None),
    ("Shoppers queue outside a job centre in Ohio. Photo: Jane Roe", ("Shoppers queue outside a job centre in Ohio.", "Jane Roe")),
]


@pytest.mark.parametrize(("line", "caption"), CITED_LINES)
def test_a_sentence_citing_its_source_is_story(line: str, caption: tuple[str, str] | None) -> None:
    text = (
        "Business\n\n"
        "Jobless rate hits three-year high\n\n"
        "By Sam Wood\n"
        "March 7, 2025\n\n"
        "The jobless rate rose again in February, the third monthly rise in a row, the government said on Friday.\n\n"
        f"{line}\n\n"
        "Economists had expected the rate to hold steady at 4.1%.\n"
    )
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == ([caption] if caption else [])
    story = [p.text for p in article.paragraphs]
    assert (line in story) == (caption is None)
    assert story[0].startswith("The jobless rate") and story[-1].startswith("Economists had")


# A stamp labelled as an update with the word "date" in its label is the page's update time,
# never its publication time (a wrong published date is worse than none).
DATE_LABELS = [
    ("Modified date: March 5, 2025", None, "March 5, 2025"),
    ("Updated date: March 5, 2025", None, "March 5, 2025"),
    ("Last updated date: March 5, 2025 10:00 IST", None, "March 5, 2025 10:00 IST"),
    ("Published date: March 4, 2025 | Updated date: March 5, 2025", "March 4, 2025", "March 5, 2025"),
    ("Date: March 4, 2025", "March 4, 2025", None),
]


@pytest.mark.parametrize(("stamp", "published", "updated"), DATE_LABELS)
def test_an_update_label_with_date_in_it(stamp: str, published: str | None, updated: str | None) -> None:
    text = (
        "News\n\n"
        "Council approves new budget for schools\n\n"
        "By Karen Whitfield\n"
        f"{stamp}\n\n"
        "The city council approved a new budget for schools on Tuesday night after a long debate.\n\n"
        "The vote was 6-1.\n"
    )
    article = newsparse.parse_article(text)
    assert (article.published.text if article.published else None) == published
    assert (article.updated.text if article.updated else None) == updated
    assert article.paragraphs[0].text.startswith("The city council approved")


# With STANDFIRST_OVER_PICTURE on: a short first line with a paragraph of the story and then a credit line under it: the credit is
# a picture's of its own, and the short line is the lede, when the paragraph reads as story text to
# the caption rules (a reader's pronoun, reported speech); a line that reads as a caption there
# still makes the short line a standfirst over the lead picture.
LEDE_OVER_CREDIT = [
    ("Spend your first morning along the Ribeira, where the old merchants' houses lean over the river.", True),
    ("The old town is busiest in August, the tourist board said.", True),
    ("Old merchants' houses along the Ribeira, the city's riverfront.", False),
]


@pytest.mark.parametrize(("paragraph", "is_lede"), LEDE_OVER_CREDIT)
def test_a_short_line_over_story_and_a_credit(paragraph: str, is_lede: bool) -> None:
    text = (
        "Travel\n\n"
        "A weekend in Porto, slowly\n\n"
        "By Nina Hart\n"
        "April 10, 2025\n\n"
        "Porto rewards slow travellers.\n\n"
        f"{paragraph}\n\n"
        "Photo: Nina Hart\n\n"
        "In the afternoon, cross the Dom Luís I bridge to the port lodges of Vila Nova de Gaia.\n"
    )
    assert newsparse.parse_article(text).paragraphs[0].text == "Porto rewards slow travellers."  # by default, always
    article = StandfirstParser().parse(text)
    story = [p.text for p in article.paragraphs]
    assert (story[0] == "Porto rewards slow travellers.") == is_lede
    assert [b.text for b in article.boilerplate if b.kind == "standfirst"] == (
        [] if is_lede else ["Porto rewards slow travellers."]
    )
    assert story[-1].startswith("In the afternoon")


# A credit that names only an agency, printed above its caption in the story: the caption under
# it is credited to the agency even when the agency's name alone had read as a picture with a
# credit only; a sentence under it (story text) leaves the name a picture of its own.
CREDIT_OVER_CAPTION = [
    (
        "Getty Images\nCars piled up in a street in Paiporta, near Valencia, after the floods",
        [("Cars piled up in a street in Paiporta, near Valencia, after the floods", "Getty Images")],
    ),
    (
        "EPA\nVolunteers clear mud from a shop in Paiporta on Thursday",
        [("Volunteers clear mud from a shop in Paiporta on Thursday", "EPA")],
    ),
    (
        "Getty Images\nThe regional government said the warning had come too late.",
        [("Getty Images", "Getty Images")],
    ),
]


@pytest.mark.parametrize(("block", "captions"), CREDIT_OVER_CAPTION)
def test_an_agency_credit_over_its_caption(block: str, captions: list[tuple[str, str]]) -> None:
    text = (
        "World\n\n"
        "Flooding forces thousands from homes in Spain\n\n"
        "By Laura Ruiz\n"
        "Oct 30, 2024\n\n"
        "Flash floods in eastern Spain have killed at least 60 people, officials said on Wednesday.\n\n"
        f"{block}\n\n"
        "Rescue teams were still searching for missing people on Wednesday night.\n"
    )
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == captions
    story = [p.text for p in article.paragraphs]
    assert story[0].startswith("Flash floods") and story[-1].startswith("Rescue teams")
    second = block.split("\n")[1]
    assert (second in story) == (captions[0][0] != second)


# A BBC page copied as text prints the picture's source over its caption, both labelled with a
# comma: the source line is a credit, never a paragraph of the story, and it credits the caption under it.
BBC_PICTURES = [
    ("Image source, Getty Images", "Tractors blocked the A12 near The Hague on Wednesday"),
    ("Image source, EPA", "Farmers say the rules will ruin them"),
    ("Image source, Jan de Vries", "A protester at the Malieveld in The Hague"),
]


@pytest.mark.parametrize(("source", "caption"), BBC_PICTURES)
def test_an_image_source_line_over_its_caption(source: str, caption: str) -> None:
    text = (
        "Europe\n\n"
        "Dutch farmers block motorways in protest\n\n"
        "3 hours ago\n\n"
        "Thousands of Dutch farmers have blocked motorways with tractors in protest at plans to cut emissions.\n\n"
        f"{source}\n"
        f"Image caption, {caption}\n\n"
        "Police said queues stretched for more than 1,000km at the peak of the morning rush hour.\n"
    )
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, source.removeprefix("Image source, "))]
    assert [p.text[:20] for p in article.paragraphs] == ["Thousands of Dutch f", "Police said queues s"]
    assert [b.text for b in article.boilerplate if b.kind == "credit"] == [source]


# A photographer's credit right under the byline (a magazine's or a lifestyle page's header)
# credits the story's pictures: boilerplate ``credit``, never a caption of its own.  Set apart by
# a blank line, a credit alone is still a picture printed with a credit only.
PHOTOGRAPHER_UNDER_BYLINE = [
    ("Words by Elena Sokolova\nPhotographs by Marcus Bell", []),
    ("By Lucy Grant\nPhotography by Jess Moreau", []),
    ("By Lucy Grant\nPhoto: Jess Moreau", []),
    ("By Lucy Grant\n\nPhoto: Jess Moreau", [("Photo: Jess Moreau", "Jess Moreau")]),
]


@pytest.mark.parametrize(("lines", "captions"), PHOTOGRAPHER_UNDER_BYLINE)
def test_a_photographer_under_the_byline(lines: str, captions: list[tuple[str, str]]) -> None:
    text = (
        "CULTURE\n\n"
        "The quiet revolution in small-town theaters\n\n"
        f"{lines}\n\n"
        "On a cold Thursday in February, the Rialto in Decorah, Iowa, sold out for the first time in decades.\n\n"
        "It was not a blockbuster that filled the 240 seats but a 1954 musical.\n"
    )
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == captions
    credit = lines.split("\n")[-1]
    assert [b.text for b in article.boilerplate if b.kind == "credit"] == ([] if captions else [credit])
    assert article.paragraphs[0].text.startswith("On a cold Thursday")


# An obituary credits the family for the portrait it prints: ``Family photo`` under the caption,
# or after its sentence, is the credit; a sentence of the story about a family photo keeps it.
FAMILY_PHOTOS = [
    ("Jack Peters in 2015.\nFamily photo", [("Jack Peters in 2015.", "Family photo")]),
    ("Jack Peters at his store in 1990. Family photo", [("Jack Peters at his store in 1990.", "Family photo")]),
    ("Jack Peters with his wife, Ruth, in 1962.\nFamily handout", [("Jack Peters with his wife, Ruth, in 1962.", "Family handout")]),
    ("He kept every family photo in a shoebox under the counter.", []),
]


@pytest.mark.parametrize(("block", "captions"), FAMILY_PHOTOS)
def test_a_family_photo_credit(block: str, captions: list[tuple[str, str]]) -> None:
    text = (
        "Obituaries\n\n"
        "John Peters, hardware merchant, dies at 86\n\n"
        "Posted Feb 3, 2025\n\n"
        "John Peters, known to everyone as Jack, died on Jan. 30 at his home in Marlow. He was 86.\n\n"
        f"{block}\n\n"
        "He ran the hardware store on Main Street for 40 years, and never missed a day.\n"
    )
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == captions
    story = [p.text for p in article.paragraphs]
    assert story[0].startswith("John Peters, known") and story[-1].startswith("He ran the hardware")
    assert len(story) == (2 if captions else 3)


# A live blog heads each entry with a clock time over the entry's heading, in one block: the
# clock is no header line that makes the entry's first sentence above it a standfirst, and in the
# body it is boilerplate ``timestamp``, the heading a line of its own, not one paragraph with it.
# The first entry's heading is the body's first line when another entry's clock follows (layX);
# with no clock after it, its clock and heading stay header lines.
LIVE_BLOG_CLOCKS = [
    ("3:52pm\nTrains cancelled", ["3:52pm"], ["Trains cancelled"]),
    ("3:52 p.m.\nTrains cancelled", ["3:52 p.m."], ["Trains cancelled"]),
    ("15:52\nTrains cancelled", ["15:52"], ["Trains cancelled"]),
    ("3:52pm", ["3:52pm"], []),
    # no clock: the heading alone is a paragraph line, as before
    ("Trains cancelled", [], ["Trains cancelled"]),
]


@pytest.mark.parametrize(("entry", "clocks", "headings"), LIVE_BLOG_CLOCKS)
def test_a_live_blog_entry_clock(entry: str, clocks: list[str], headings: list[str]) -> None:
    text = (
        "Live: Storm Bert batters the west coast\n\n"
        "Key events\n\n"
        "4:15pm\n"
        "Power cut to 20,000 homes\n\n"
        "About 20,000 homes in Cornwall have lost power, the network operator says.\n\n"
        f"{entry}\n\n"
        "All trains between Exeter and Plymouth have been cancelled for the rest of the day.\n"
    )
    article = newsparse.parse_article(text)
    story = [p.text for p in article.paragraphs]
    first = ["Power cut to 20,000 homes"] if clocks else []  # (the first entry's, with an entry after it)
    assert story == [
        *first,
        "About 20,000 homes in Cornwall have lost power, the network operator says.",
        *headings,
        "All trains between Exeter and Plymouth have been cancelled for the rest of the day.",
    ]
    assert [b.text for b in article.boilerplate if b.kind == "timestamp"] == (["4:15pm", *clocks] if clocks else [])
    assert article.published is None and article.updated is None


# A stamp line that runs into the next words (``3:45 pmIn News``) keeps the clock's ``pm``: the
# time is the afternoon's, never 3:45 in the morning; a word glued to a date with no clock
# changes nothing.
GLUED_HALVES = [
    ("On November 21, 20263:45 pmIn NewsComments", "2026-11-21T15:45:00"),
    ("November 21, 2026 3:45 PMIn Business", "2026-11-21T15:45:00"),
    ("November 21, 2026 9:05 a.m.Leave a comment", "2026-11-21T09:05:00"),
    ("November 21, 2026 11:30 pmShare", "2026-11-21T23:30:00"),
    ("November 21, 2026 3:45 pm In News", "2026-11-21T15:45:00"),
    ("November 21, 2026In News", "2026-11-21T00:00:00"),
]


@pytest.mark.parametrize(("stamp", "published"), GLUED_HALVES)
def test_a_glued_am_or_pm_stays_with_its_clock(stamp: str, published: str) -> None:
    text = (
        "News\n\n"
        "FG approves new minimum wage for civil servants\n\n"
        "By Chinedu Okafor, Abuja\n"
        f"{stamp}\n\n"
        "The Federal Government has approved a new minimum wage for federal civil servants.\n\n"
        "He said the new wage would take effect in January.\n"
    )
    article = newsparse.parse_article(text)
    assert article.published is not None
    assert article.published.datetime.isoformat() == published
    assert article.byline is not None and article.byline.authors == ("Chinedu Okafor",)
    assert article.paragraphs[0].text.startswith("The Federal Government")


# A bare credit line that opens a block printed over the picture's caption, in that block
# (``Getty Images`` / ``Lava flows from ...``), credits the caption under it: the paragraph above
# it, across the blank line, stays in the story, and the credit is no caption of its own.  Under
# the header the same holds.  A line of story text under the credit stays a paragraph.
CREDIT_OVER_CAPTION = [
    ("Getty Images", "Lava flows from a fissure near Grindavik on Thursday night", True),
    ("AFP via Getty Images", "Lava flows from a fissure near Grindavik on Thursday night", True),
    ("Photo: Jane Roe/Reuters", "Lava flows from a fissure near Grindavik on Thursday night", True),
    ("Shutterstock", "The Blue Lagoon spa, closed since the eruption began", True),
    ("Getty Images", "The town of Vogar lies ten kilometres from the fissure and was not evacuated on Thursday.", False),
]


@pytest.mark.parametrize("closing", ["The town of Grindavik was evacuated as a precaution.", "Flights were not affected."])
@pytest.mark.parametrize("in_header", [False, True])
@pytest.mark.parametrize(("credit_line", "under", "is_caption"), CREDIT_OVER_CAPTION)
def test_a_credit_over_its_caption(credit_line: str, under: str, is_caption: bool, in_header: bool, closing: str) -> None:
    lede = "A volcano on Iceland's Reykjanes peninsula has erupted for the fifth time this year."
    picture = f"{credit_line}\n{under}\n\n"
    text = (
        "World\n\n"
        "Volcano erupts in Iceland for the fifth time this year\n\n"
        "By Sigrid Olafsdottir\n"
        "Nov 21, 2026\n\n"
        + (picture if in_header else "")
        + f"{lede}\n\n"
        + ("" if in_header else picture)
        + f"{closing}\n"
    )
    article = newsparse.parse_article(text)
    story = [p.text for p in article.paragraphs]
    assert lede in story and story[-1] == closing
    if is_caption:
        credit = credit_line.removeprefix("Photo: ")
        assert [(c.text, c.credit) for c in article.captions] == [(under, credit)]
        assert [b.text for b in article.boilerplate if b.kind == "credit"] == [credit_line]
        assert len(story) == 2
    else:
        assert under in story and len(story) == 3
        assert [c.text for c in article.captions] == [credit_line]


# A gallery's counter with the picture's word before it (``Photo 1/5``, ``Picture 2 of 9``,
# ``Slide 3 of 12``) is boilerplate ``navigation`` like ``Image 1 of 5``: the story's first
# paragraph above it is no standfirst, and a caption without a credit under it is a caption.
PHOTO_COUNTERS = [
    ("Photo 1/5", "The view from the Miradouro da Graça", True),
    ("Photo 12/40", "The view from the Miradouro da Graça", True),
    ("Photo 1 of 5", "The view from the Miradouro da Graça", True),
    ("Picture 2 of 9", "The view from the Miradouro da Graça", True),
    ("Slide 3 of 12", "The view from the Miradouro da Graça", True),
    ("Image 1 of 5", "The view from the Miradouro da Graça", True),
    # two sentences under the counter: no caption, the line stays in the story
    ("Photo 1/5", "The view from the Miradouro da Graça. Ana Costa", False),
]


@pytest.mark.parametrize(("counter", "under", "is_caption"), PHOTO_COUNTERS)
def test_a_photo_counter_is_navigation(counter: str, under: str, is_caption: bool) -> None:
    lede = "Lisbon is a city of hills, and the best way to see them is from a tram."
    text = (
        "Travel\n\n"
        "A weekend in Lisbon\n\n"
        "By Ana Costa\n"
        "Jun 2, 2026\n\n"
        f"{lede}\n\n"
        f"{counter}\n{under}\n\n"
        "Start your morning at the Graça viewpoint, before the crowds arrive.\n"
    )
    article = newsparse.parse_article(text)
    story = [p.text for p in article.paragraphs]
    assert story[0] == lede
    assert story[-1] == "Start your morning at the Graça viewpoint, before the crowds arrive."
    assert [(b.kind, b.text) for b in article.boilerplate] == [("navigation", counter)]
    assert [(c.text, c.credit) for c in article.captions] == ([(under, None)] if is_caption else [])
    assert (under in story) is not is_caption


# A date that ends a sentence is the story's, never the page's stamp: a one-line paragraph that
# is a date with a full stop (``February 9, 1895.``) opens the story once the page has given its
# stamp, and a date that carries on a hard-wrapped sentence (``... between Feb 26, 1988 and`` /
# ``Feb 26, 1992.``) stays in its paragraph; neither dates the article.  With no stamp before it,
# a date alone with a full stop under the byline is the page's stamp (``May 12, 2025.``), as is a
# stamp line without the full stop.
DATE_SENTENCES = [
    ("By Helen Marsh\nJanuary 12, 2026", "February 9, 1895.", "2026-01-12", True),
    ("By Helen Marsh\nJanuary 12, 2026", "Saturday, 9 February 1895.", "2026-01-12", True),
    ("By Helen Marsh", "February 9, 1895.", "1895-02-09", False),
    ("By Helen Marsh", "Saturday, 9 February 1895.", "1895-02-09", False),
    ("By Helen Marsh", "February 9, 1895", "1895-02-09", False),
    ("By Helen Marsh", "Published February 9, 2026.", "2026-02-09", False),
]


@pytest.mark.parametrize(("header", "line", "published", "in_story"), DATE_SENTENCES)
def test_a_date_that_ends_a_sentence(header: str, line: str, published: str | None, in_story: bool) -> None:
    text = (
        "History\n\n"
        "The night the river froze\n\n"
        f"{header}\n\n"
        f"{line}\n\n"
        "That was the night the Thames froze solid at Richmond, and the whole town went skating.\n\n"
        "Records show it was the coldest night of the century.\n"
    )
    article = newsparse.parse_article(text)
    got = article.published.datetime.date().isoformat() if article.published else None
    assert got == published
    story = [p.text for p in article.paragraphs]
    assert story[0] == (line if in_story else "That was the night the Thames froze solid at Richmond, and the whole town went skating.")
    assert len(story) == (3 if in_story else 2)


WRAPPED_DATES = [
    "additional common share for six dlrs between Feb 26, 1988 and\nFeb 26, 1992.",
    "the four months ended April 30. The deal closed on\nApril 29, 1986.",
    "the company's 5-1/2 pct convertible subordinated debentures due\nJune 15, 2017.",
    # no full stop: the line carries on the sentence above it
    "entitles the holder to buy an additional share until it expires on\nMarch 31, 1988",
]


@pytest.mark.parametrize("wrapped", WRAPPED_DATES)
def test_a_wrapped_date_stays_in_its_paragraph(wrapped: str) -> None:
    text = (
        "PARLUX FRAGRANCES COMPLETES OFFERING\n\n"
        "    NEW YORK, March 3 - Parlux Fragrances Inc said it completed\n"
        "the offering of 420,000 units at 10 dlrs each.\n"
        "    Each unit consists of two shares and one warrant, which\n"
        "entitles the holder to buy an\n"
        f"{wrapped}\n"
        "    The company markets fragrances and beauty products.\n"
        " Reuter\n"
    )
    article = newsparse.parse_article(text)
    assert article.published is None and article.updated is None
    assert not [b for b in article.boilerplate if b.kind == "timestamp"]
    last_line = wrapped.split("\n")[-1]
    assert any(p.text.endswith(last_line) for p in article.paragraphs)


# Photo credits as Spanish and Canadian pages print them after a caption's sentence: the
# agencies ``EFE`` (beside ``EPA-EFE``) and ``THE CANADIAN PRESS`` (beside ``Canadian Press``)
# before a slash and the photographer's name; the caption leaves the story, the paragraphs
# around it stay.  (A ``Foto:`` label or ``ANSA`` is a language's, for a subclass:
# docs/extending.md.)
EUROPEAN_CREDITS = [
    ("La ministra de Trabajo, en rueda de prensa en Madrid. EFE/ Chema Moya", "La ministra de Trabajo, en rueda de prensa en Madrid.", "EFE/ Chema Moya"),
    ("Health Minister Mark Holland speaks in Ottawa on Sunday. THE CANADIAN PRESS/Justin Tang", "Health Minister Mark Holland speaks in Ottawa on Sunday.", "THE CANADIAN PRESS/Justin Tang"),
]


@pytest.mark.parametrize(("line", "caption", "credit"), EUROPEAN_CREDITS)
def test_a_european_photo_credit(line: str, caption: str, credit: str) -> None:
    text = (
        "Politik\n\n"
        "Bundestag beschließt neues Heizungsgesetz\n\n"
        "Von Jonas Weber\n"
        "22.11.2026, 14:05 Uhr\n\n"
        "Der Bundestag hat am Freitag das neue Heizungsgesetz beschlossen.\n\n"
        f"{line}\n\n"
        "Das Gesetz soll im Januar in Kraft treten.\n"
    )
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert [p.text for p in article.paragraphs] == [
        "Der Bundestag hat am Freitag das neue Heizungsgesetz beschlossen.",
        "Das Gesetz soll im Januar in Kraft treten.",
    ]


# A breadcrumb over the headline (``Home » Recipes » Baking``) is the section, whatever the
# headline's length: a path of ``»``, ``>`` or ``›`` is never a headline.  Without such a mark
# the kicker still needs a longer line under it.
BREADCRUMBS = [
    ("Home » Recipes » Baking", ("Recipes", "Baking")),
    ("Home > Recipes > Baking", ("Recipes", "Baking")),
    ("Home › Recipes › Baking › Bread", ("Recipes", "Baking", "Bread")),
    ("Recipes » Baking", ("Recipes", "Baking")),
]


@pytest.mark.parametrize(("crumb", "section"), BREADCRUMBS)
def test_a_breadcrumb_is_the_section(crumb: str, section: tuple[str, ...]) -> None:
    text = (
        f"{crumb}\n\n"
        "Easy sourdough focaccia\n\n"
        "By Lena Fischer | Published: 02/14/2026\n\n"
        "This focaccia is the easiest bread I make.\n\n"
        "You need only four ingredients, and a bowl.\n"
    )
    article = newsparse.parse_article(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == "Easy sourdough focaccia"
    assert article.byline is not None and article.byline.authors == ("Lena Fischer",)
    assert article.paragraphs[0].text == "This focaccia is the easiest bread I make."
    assert not article.boilerplate


# A story may open with one word for effect, in a block of its own over the first paragraph
# (``Why?``, ``“No.”``): it is the first paragraph, no header debris.  A word with a full stop or
# ``!`` reads as a kicker too (``Exclusive!``), so it stays header debris; a button's word with a
# stop (``Share.``), or a word with more header under it, is not a lede either.
ONE_WORD_LEDES = [
    ("Stop.", ["That was the message from residents on Monday."], ["Stop."]),
    ("Gone!", ["That was the message from residents on Monday."], ["Gone!"]),
    ("Why?", ["Why?", "That was the message from residents on Monday."], []),
    ("\u201cNo.\u201d", ["\u201cNo.\u201d", "That was the message from residents on Monday."], []),
    ("Share.", ["That was the message from residents on Monday."], ["Share."]),
    ("Stop.\nNow", ["That was the message from residents on Monday."], ["Stop.", "Now"]),
]


@pytest.mark.parametrize(("lede", "opening", "debris"), ONE_WORD_LEDES)
@pytest.mark.parametrize(
    "header",
    [
        "Library closures spark row at town hall\n\nBy Jane Roe\nNovember 18, 2019\n\n",
        "Local\n\nLibrary closures spark row at town hall\n\nJane Roe\nNov. 18, 2019 9:12 a.m. ET\n\n",
        "Library closures spark row at town hall\n\n",
    ],
)
def test_a_one_word_lede_opens_the_story(header: str, lede: str, opening: list[str], debris: list[str]) -> None:
    text = (
        f"{header}{lede}\n\n"
        "That was the message from residents on Monday.\n\n"
        "The council meets again on Tuesday to vote on the closures.\n"
    )
    article = newsparse.parse_article(text)
    assert article.headline is not None and article.headline.text == "Library closures spark row at town hall"
    assert [p.text for p in article.paragraphs] == [*opening, "The council meets again on Tuesday to vote on the closures."]
    assert [b.text for b in article.boilerplate] == debris


# A caption label alone on its line (``Image caption``, ``Video caption``, ``Caption:``), as a
# page copied from its markup prints it, labels the line right under it in its block: that line
# is the caption (its credit split off), the label boilerplate ``navigation``.  A credit line
# under the label is no caption; a label over a blank line labels nothing.
LABEL_ALONE = [
    ("Image caption\nTeachers marched in London on Saturday", [("Teachers marched in London on Saturday", None)], ["Image caption"]),
    ("Video caption\nResidents were evacuated from their homes in Doncaster", [("Residents were evacuated from their homes in Doncaster", None)], ["Video caption"]),
    ("Image caption,\nTeachers marched in London. Photo: Jane Roe/AP", [("Teachers marched in London.", "Jane Roe/AP")], ["Image caption,"]),
    ("Caption:\nPupils wait for buses outside a closed school in Leeds.", [("Pupils wait for buses outside a closed school in Leeds.", None)], ["Caption:"]),
]


@pytest.mark.parametrize(("block", "captions", "labels"), LABEL_ALONE)
def test_a_caption_label_alone_labels_the_line_under_it(
    block: str, captions: list[tuple[str, str | None]], labels: list[str]
) -> None:
    text = (
        "POLITICS\n\n"
        "Ministers back down over school funding row\n\n"
        "By Jane Roe\n"
        "Published 18 November 2019, 09:12 GMT\n\n"
        "The government has abandoned plans to cut school budgets after a backlash from MPs.\n\n"
        f"{block}\n\n"
        "It comes after weeks of pressure from head teachers.\n"
    )
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == captions
    assert [b.text for b in article.boilerplate if b.kind == "navigation"] == labels
    assert [p.text for p in article.paragraphs] == [
        "The government has abandoned plans to cut school budgets after a backlash from MPs.",
        "It comes after weeks of pressure from head teachers.",
    ]


def test_a_caption_label_over_a_blank_line_labels_nothing() -> None:
    text = (
        "Ministers back down over school funding row\n\n"
        "By Jane Roe\n"
        "Published 18 November 2019, 09:12 GMT\n\n"
        "The government has abandoned plans to cut school budgets after a backlash from MPs.\n\n"
        "Image caption\n\n"
        "It comes after weeks of pressure from head teachers.\n"
    )
    article = newsparse.parse_article(text)
    assert not article.captions
    assert article.paragraphs[-1].text == "It comes after weeks of pressure from head teachers."


# After a caption label (``Photo:``, ``Image caption``) the line is a caption, so a credit in
# brackets is split off it even when the caption reads as a sentence of a story (``... were told
# to leave early. (ABC News: Jane Roe)``); without the label such a line stays story text.
LABELLED_PROSE_CREDIT = [
    ("Photo: Residents were told to leave early. (ABC News: Jane Roe)", [("Residents were told to leave early.", "ABC News: Jane Roe")]),
    ("Image caption Residents were told to leave early. (ABC News: Jane Roe)", [("Residents were told to leave early.", "ABC News: Jane Roe")]),
    ("Residents were told to leave early. (ABC News: Jane Roe)", []),
]


@pytest.mark.parametrize(("line", "captions"), LABELLED_PROSE_CREDIT)
def test_a_labelled_caption_gives_up_its_credit(line: str, captions: list[tuple[str, str]]) -> None:
    text = (
        "Bushfire threatens homes near Sydney\n\n"
        "By Emma Clarke\n"
        "Posted 18 Nov 2019, 9:12am\n\n"
        "Firefighters are battling a bushfire that is threatening homes in the Blue Mountains west of Sydney.\n\n"
        f"{line}\n\n"
        "The Rural Fire Service has issued an emergency warning.\n"
    )
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == captions
    assert article.paragraphs[0].text.startswith("Firefighters are battling")
    assert article.paragraphs[-1].text == "The Rural Fire Service has issued an emergency warning."


# A byline with ``By`` that shares its line with a stamp after a bar or a dot (``By Jane Roe,
# Associated Press | Posted - Nov. 18, 2019``) is read from the piece before the mark: names with
# the agency after a comma were lost with the rest of the line.  A piece of no names is still
# no byline.
BYLINE_PIECES = [
    ("By Jane Roe, Associated Press | Posted - Nov. 18, 2019 at 9:12 a.m.", ("Jane Roe",), "Associated Press", "By Jane Roe, Associated Press"),
    ("By Jane Roe, Associated Press · Nov. 18, 2019", ("Jane Roe",), "Associated Press", "By Jane Roe, Associated Press"),
    ("By Jane Roe, The Associated Press • Nov. 18, 2019", ("Jane Roe",), "The Associated Press", "By Jane Roe, The Associated Press"),
    ("By Jane Roe and John Smith | Nov. 18, 2019", ("Jane Roe", "John Smith"), None, "By Jane Roe and John Smith"),
    ("By Jane Roe | Posted - Nov. 18, 2019", ("Jane Roe",), None, "By Jane Roe"),
    ("By the numbers | Nov. 18, 2019", None, None, None),
]


@pytest.mark.parametrize(("line", "authors", "agency", "byline"), BYLINE_PIECES)
def test_a_byline_beside_a_stamp_is_read_from_its_piece(
    line: str, authors: tuple[str, ...] | None, agency: str | None, byline: str | None
) -> None:
    text = (
        "Council votes to close three libraries\n\n"
        f"{line}\n\n"
        "The council voted on Monday to close three branch libraries by the end of the year.\n\n"
        "The closures will save about $2 million a year, officials said.\n"
    )
    article = newsparse.parse_article(text)
    if authors is None:
        assert article.byline is None
    else:
        assert article.byline is not None
        assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, byline)
        assert text[article.byline.span.start : article.byline.span.end] == byline
    assert article.published is not None and article.published.datetime is not None
    assert article.published.datetime.date().isoformat() == "2019-11-18"
    assert len(article.paragraphs) == 2


# A credit in brackets after a caption may name a kind of picture in lower case after the
# agency or outlet (``(PTI photo)``, ``(Reuters file)``), as Indian and Pakistani papers print it:
# the line is a caption with that credit, as with ``(PTI Photo)``.  A lower-case word of
# another kind there keeps the line story text.
LOWER_KIND_CREDITS = [
    ("Vehicles ply on a road amid heavy smog in New Delhi on Monday. (PTI photo)", [("Vehicles ply on a road amid heavy smog in New Delhi on Monday.", "PTI photo")]),
    ("Vehicles ply on a road amid heavy smog in New Delhi on Monday. (PTI Photo)", [("Vehicles ply on a road amid heavy smog in New Delhi on Monday.", "PTI Photo")]),
    ("A protester holds a placard at India Gate. (Reuters file)", [("A protester holds a placard at India Gate.", "Reuters file")]),
    ("Commuters wait for a bus at ITO on Monday. (Reuters file photo)", [("Commuters wait for a bus at ITO on Monday.", "Reuters file photo")]),
    ("Commuters wait for a bus at ITO on Monday. (PTI stock)", []),
]


@pytest.mark.parametrize(("line", "captions"), LOWER_KIND_CREDITS)
def test_a_kind_of_picture_in_lower_case_ends_a_credit(line: str, captions: list[tuple[str, str]]) -> None:
    text = (
        "India News\n\n"
        "Delhi air quality turns severe again; schools shut\n\n"
        "TNN | Updated: Nov 18, 2019, 09:12 IST\n\n"
        "NEW DELHI: Delhi's air quality slipped back into the severe category on Monday, forcing the government to shut schools.\n\n"
        f"{line}\n\n"
        "The AQI touched 460 at 9 am.\n"
    )
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == captions
    story = [p.text for p in article.paragraphs]
    assert article.dateline is not None and article.dateline.text == "NEW DELHI:"  # (a known place: test_layX28)
    assert story[0].startswith("Delhi's air quality")
    assert story[-1] == "The AQI touched 460 at 9 am."
    assert len(story) == (2 if captions else 3)


# A section path printed one label a line in the page's first block (``National`` / ``NSW`` /
# ``Bushfires``) over the headline, then a byline or a stamp, is the kicker: the headline is the
# line under the block.  Page furniture (``Menu`` / ``Search``) is no section, and a block over a
# headline with no byline or stamp after it is left as it was.
STACKED_SECTIONS = [
    ("National\nNSW\nBushfires", ("National", "NSW", "Bushfires"), "By Jane Roe\nNovember 18, 2019 — 9.12am"),
    ("News\nWorld\nEurope", ("News", "World", "Europe"), "November 18, 2019"),
    ("Sport\nFootball", ("Sport", "Football"), "By Jane Roe"),
    ("Menu\nSearch", (), "By Jane Roe\nNovember 18, 2019 — 9.12am"),
]


@pytest.mark.parametrize(("block", "section", "header"), STACKED_SECTIONS)
def test_a_section_path_one_label_a_line_is_the_kicker(block: str, section: tuple[str, ...], header: str) -> None:
    text = (
        f"{block}\n\n"
        "Firefighters brace for catastrophic conditions\n\n"
        f"{header}\n\n"
        "Firefighters are preparing for catastrophic fire conditions across NSW on Tuesday.\n\n"
        "The Rural Fire Service said more than 50 fires were burning.\n"
    )
    article = newsparse.parse_article(text)
    assert article.headline is not None and article.headline.text == "Firefighters brace for catastrophic conditions"
    assert article.section == section
    if section:
        assert article.section_span is not None and article.section_span.slice(text) == block
        assert not article.boilerplate
    assert not article.span_mismatches()
    assert [p.text for p in article.paragraphs] == [
        "Firefighters are preparing for catastrophic fire conditions across NSW on Tuesday.",
        "The Rural Fire Service said more than 50 fires were burning.",
    ]


def test_a_block_of_labels_over_a_bare_headline_is_left_alone() -> None:
    text = "National\nNSW\n\nFirefighters brace for catastrophic conditions\n\nThe Rural Fire Service said more than 50 fires were burning on Monday.\n"
    article = newsparse.parse_article(text)
    assert article.section == ()


# A name over a line that only says how long ago (``2 hours ago``, ``5 mins ago``), where a
# stamp stands on news pages, is the byline, as it is over ``Updated 2 hours ago``; a place there
# is not, and no date is read from the line without a reference date.
NAME_OVER_RELATIVE = [
    ("Jane Roe\n2 hours ago", ("Jane Roe",), ["2 hours ago"]),
    ("Jane Roe\n5 mins ago", ("Jane Roe",), ["5 mins ago"]),
    ("Jane Roe\n1 day ago", ("Jane Roe",), ["1 day ago"]),
    ("Jane Roe\nUpdated 2 hours ago", ("Jane Roe",), ["Updated 2 hours ago"]),
    ("Saudi Arabia\n2 hours ago", None, ["Saudi Arabia", "2 hours ago"]),
]


@pytest.mark.parametrize(("lines", "authors", "debris"), NAME_OVER_RELATIVE)
def test_a_name_over_a_relative_stamp_is_the_byline(lines: str, authors: tuple[str, ...] | None, debris: list[str]) -> None:
    text = (
        "Markets\n\n"
        "Stocks slide as oil prices jump\n\n"
        f"{lines}\n\n"
        "Stocks fell sharply on Monday as oil prices jumped after the attack on Saudi facilities.\n\n"
        "The Dow lost 500 points.\n"
    )
    article = newsparse.parse_article(text)
    assert (article.byline.authors if article.byline is not None else None) == authors
    assert [b.text for b in article.boilerplate] == debris
    assert article.published is None
    assert article.paragraphs[0].text.startswith("Stocks fell sharply")


# Under a gallery's counter (``Photo 2 of 3``, ``2 of 12``) a caption may end in a photo agency's
# name alone after its full stop (``... on Sunday night. AFP``): the caption with that credit,
# no longer boilerplate.  Without the counter such a line is left as it was read before.
GALLERY_AGENCY = [
    ("Photo 2 of 3\nFireworks burst over Mumbai on Sunday night. AFP", [("Fireworks burst over Mumbai on Sunday night.", "AFP")]),
    ("2 of 12\nDevotees light lamps at the Golden Temple in Amritsar. Reuters", [("Devotees light lamps at the Golden Temple in Amritsar.", "Reuters")]),
    ("Image 4 of 9\nA girl holds a sparkler in Kolkata. Getty Images", [("A girl holds a sparkler in Kolkata.", "Getty Images")]),
    ("Image 4 of 9\nA girl holds a sparkler in Kolkata", [("A girl holds a sparkler in Kolkata", None)]),
]


@pytest.mark.parametrize(("block", "captions"), GALLERY_AGENCY)
def test_an_agency_after_a_gallery_caption_credits_it(block: str, captions: list[tuple[str, str | None]]) -> None:
    text = (
        "In pictures: Diwali across India\n\n"
        "Millions of people celebrated Diwali across India on Sunday, lighting lamps and fireworks.\n\n"
        f"{block}\n\n"
        "The festival marks the victory of light over darkness.\n"
    )
    article = newsparse.parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == captions
    assert [b.kind for b in article.boilerplate] == ["navigation"]
    assert [p.text for p in article.paragraphs] == [
        "Millions of people celebrated Diwali across India on Sunday, lighting lamps and fireworks.",
        "The festival marks the victory of light over darkness.",
    ]


# A page copied with its masthead (``City Herald``, ``The Hindu``) in a block of its own over the
# kicker and the headline, a byline or a stamp under that: the masthead is boilerplate, the
# kicker the section, and the headline the line under it (the masthead was the headline).
MASTHEADS = [
    ("City Herald", "Local", ("Local",)),
    ("The Hindu", "NATIONAL", ("NATIONAL",)),
    ("City Herald", "WORLD / EUROPE", ("WORLD", "EUROPE")),
]


@pytest.mark.parametrize(("masthead", "kicker", "section"), MASTHEADS)
def test_a_masthead_over_the_kicker_is_no_headline(masthead: str, kicker: str, section: tuple[str, ...]) -> None:
    text = (
        f"{masthead}\n\n{kicker}\n\n"
        "Council votes to close three libraries\n\n"
        "By Jane Roe\nNovember 18, 2019\n\n"
        "The council voted on Monday to close three branch libraries by the end of the year.\n\n"
        "The closures will save about $2 million a year, officials said.\n"
    )
    article = newsparse.parse_article(text)
    assert article.headline is not None and article.headline.text == "Council votes to close three libraries"
    assert article.section == section
    assert [(b.kind, b.text) for b in article.boilerplate] == [("other", masthead)]
    assert article.byline is not None and article.byline.authors == ("Jane Roe",)
    assert len(article.paragraphs) == 2
