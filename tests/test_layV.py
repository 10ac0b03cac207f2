"""Layout shapes a new user's trial read wrong or missed: a broadcaster's media label over the
dateline, a Spanish clock with ``a. m.``, a kicker split by a spaced dash and an outlet before
its author, an outlet's credit in brackets under a caption, and a dateline printed on the stamp's line.

Each shape is a whole short article, the bad shape beside near-misses whose reading must not
change.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse import ArticleParser, parse_article
from newsparse.caption import CaptionParser
from newsparse.dateline import DatelineParser
from newsparse.lines import Line
from newsparse.section import SectionParser
from newsparse.spans import Span

HEAD = "Bridge closure snarls commute across the river\nBy Ana Ruiz\nPublished: 7:10 AM CST Mar 4, 2026\n"
STORY = (
    "DAVENPORT, Iowa — The Centennial Bridge closed without warning on Wednesday morning, sending thousands "
    "of drivers onto detours through the city.\n\nOfficials said the closure would last a week.\n"
)
CAPTION = "Drivers wait in a long line of traffic near the bridge on Wednesday."


def line(text: str) -> Line:
    return Line(text, Span(0, len(text)), 0, False)


# -- 1. a media label over the dateline --------------------------------------------------------


@pytest.mark.parametrize("label", ["VIDEO:", "PHOTO:", "PHOTOS:", "WATCH:", "LISTEN:", "GALLERY:", "AUDIO:", "Video:"])
def test_a_labelled_media_caption_leaves_the_dateline_to_the_story(label: str) -> None:
    article = parse_article(f"{HEAD}{label} {CAPTION}\n\n{STORY}")
    assert [(c.text, c.credit) for c in article.captions] == [(CAPTION, None)]
    assert article.dateline is not None and article.dateline.place == "DAVENPORT, Iowa"
    assert article.paragraphs[0].text.startswith("The Centennial Bridge closed")


@pytest.mark.parametrize(
    ("label", "paragraph"),
    [
        ("", CAPTION),  # no label: the line is the story's, and the dateline stays in the second paragraph
        ("Watch:", f"Watch: {CAPTION}"),  # an order in sentence case, no label
        ("Listen:", f"Listen: {CAPTION}"),
        ("Gallery:", f"Gallery: {CAPTION}"),  # a gallery's link in sentence case
    ],
)
def test_near_misses_of_a_media_label_stay_paragraphs(label: str, paragraph: str) -> None:
    article = parse_article(f"{HEAD}{paragraph}\n\n{STORY}")
    assert article.captions == ()
    assert article.paragraphs[0].text == paragraph


def test_a_media_label_before_a_few_words_is_no_caption() -> None:
    # too short for a caption (a credit's shape): a header line no part claims
    article = parse_article(f"{HEAD}VIDEO: Crews at work\n\n{STORY}")
    assert article.captions == ()
    assert [(b.text, b.kind) for b in article.boilerplate] == [("VIDEO: Crews at work", "other")]
    assert article.dateline is not None and article.dateline.place == "DAVENPORT, Iowa"


def test_a_media_label_on_the_first_line_is_the_headline() -> None:
    title = "VIDEO: Mayor and council members say the budget was settled last week"
    article = parse_article(f"{title}\n\nBy Ana Ruiz\n\n{STORY}")
    assert article.headline is not None and article.headline.text == title
    assert article.captions == ()
    # under the headline the same line is a caption
    article = parse_article(f"Council passes budget\n{title}\n\n{STORY}")
    assert article.headline is not None and article.headline.text == "Council passes budget"
    assert [c.text for c in article.captions] == [title.removeprefix("VIDEO: ")]


# -- 2. a Spanish clock with "a. m." --------------------------------------------------------------

ES_HEAD = "Gobierno anuncia nuevas rutas de transporte para el sur de la ciudad\n"
ES_STORY = (
    "\nLa Secretaría de Movilidad anunció este martes la apertura de cuatro rutas nuevas para los barrios del "
    "sur de la ciudad.\n\nLas rutas comenzarán a operar el próximo lunes, según el comunicado oficial.\n"
)


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("3 de marzo de 2026, 07:20 a. m.", dt.datetime(2026, 3, 3, 7, 20)),
        ("3 de marzo de 2026, 07:20 p. m.", dt.datetime(2026, 3, 3, 19, 20)),
        ("3 de marzo de 2026 - 12:05 p. m.", dt.datetime(2026, 3, 3, 12, 5)),
        ("3 de marzo de 2026, 07:20 a.m.", dt.datetime(2026, 3, 3, 7, 20)),  # the near-miss, read before too
        ("3 de marzo de 2026, 19:20", dt.datetime(2026, 3, 3, 19, 20)),
    ],
)
def test_a_spanish_stamp_with_a_spaced_half_of_the_day(stamp: str, published: dt.datetime) -> None:
    article = ArticleParser(language="es").parse(f"{ES_HEAD}{stamp}\n{ES_STORY}")
    assert article.published is not None and article.published.datetime == published
    assert article.paragraphs[0].text.startswith("La Secretaría de Movilidad")


def test_a_spanish_update_with_a_spaced_half_of_the_day() -> None:
    text = f"{ES_HEAD}3 de marzo de 2026, 07:20 a. m.\nActualizado: 3 de marzo de 2026, 09:05 p. m.\n{ES_STORY}"
    article = ArticleParser(language="es").parse(text)
    assert article.published is not None and article.published.datetime == dt.datetime(2026, 3, 3, 7, 20)
    assert article.updated is not None and article.updated.datetime == dt.datetime(2026, 3, 3, 21, 5)
    assert article.published.span.slice(text) == "3 de marzo de 2026, 07:20 a. m."


def test_an_english_stamp_with_a_spaced_half_of_the_day() -> None:
    text = "Ferry fares rise again\nPublished March 3, 2026 at 7:20 p. m. ET\n\n" + STORY
    article = parse_article(text)
    assert article.published is not None
    assert article.published.datetime.replace(tzinfo=None) == dt.datetime(2026, 3, 3, 19, 20)


# -- 3. a kicker split by a spaced dash; an outlet before its author ------------------------------

FR_STORY = (
    "\nLa médiathèque de Caen rouvrira ses portes samedi après six mois de travaux de rénovation de la "
    "toiture.\n\nLes horaires d'ouverture restent inchangés, selon la mairie.\n"
)
FR_TITLE = "Caen : la médiathèque rouvre après six mois de travaux"


@pytest.mark.parametrize(
    ("kicker", "section"),
    [
        ("Normandie - Caen", ("Normandie", "Caen")),
        ("Bretagne – Saint-Brieuc", ("Bretagne", "Saint-Brieuc")),
        ("Normandie - Caen | Culture", ("Normandie", "Caen", "Culture")),
        ("Normandie", ("Normandie",)),
    ],
)
def test_a_kicker_split_by_a_spaced_dash(kicker: str, section: tuple[str, ...]) -> None:
    text = f"{kicker}\n{FR_TITLE}\nPar Paul Lefèvre\nPublié le 03/10/2026 à 08h20\n{FR_STORY}"
    article = ArticleParser(language="fr").parse(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == FR_TITLE
    assert article.byline is not None and article.byline.authors == ("Paul Lefèvre",)


@pytest.mark.parametrize(
    ("label", "labels"),
    [
        ("Scotland - Highlands", ("Scotland", "Highlands")),
        ("Saint-Brieuc", ("Saint-Brieuc",)),  # a dash inside a word cuts nothing
        ("Brexit - what next", ("Brexit - what next",)),  # a piece in lower case: no two labels
        ("Live - Ukraine war latest news", ("Live - Ukraine war latest news",)),
    ],
)
def test_split_dashes(label: str, labels: tuple[str, ...]) -> None:
    assert SectionParser().split_dashes(label) == labels


def test_a_headline_with_a_spaced_dash_stays_the_headline() -> None:
    title = "Brexit - what next for the fishing fleet"
    article = parse_article(f"{title}\nBy Ana Ruiz\nPublished: 7:10 AM CST Mar 4, 2026\n\n{STORY}")
    assert article.section == ()
    assert article.headline is not None and article.headline.text == title


@pytest.mark.parametrize(
    ("byline", "credit", "authors", "agency"),
    [
        ("Ouest-Courrier Marion Le Goff", "Ouest-Courrier", ("Marion Le Goff",), "Ouest-Courrier"),
        # no such credit: the given name tells where the name starts (layW, BylineParser.outlet_before_name)
        ("Ouest-Courrier Marion Le Goff", "Jean Roux", ("Marion Le Goff",), "Ouest-Courrier"),
        ("Marion Le Goff", "Ouest-Courrier", ("Marion Le Goff",), None),
        ("Par Marion Le Goff", "Ouest-Courrier", ("Marion Le Goff",), None),
    ],
)
def test_an_outlet_before_its_author_that_a_caption_credits(
    byline: str, credit: str, authors: tuple[str, ...], agency: str | None
) -> None:
    text = (
        f"Normandie - Caen\n{FR_TITLE}\n{byline}\nPublié le 03/10/2026 à 08h20\n\n"
        f"La médiathèque de Caen, le 2 octobre 2026. Photo : {credit}\n{FR_STORY}"
    )
    article = ArticleParser(language="fr").parse(text)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (authors, agency)
    assert [c.credit for c in article.captions] == [credit]


# -- 4. an outlet's credit in brackets under the caption ------------------------------------------

AU_HEAD = "Graziers count the cost of the storm\nBy Jack Doyle\nPosted Tue 10 Feb 2026 at 6:20am\n\n"
AU_STORY = (
    "\n\nGraziers in the north west say the storm that swept through on Monday flattened fences across "
    "dozens of properties.\n\nThe shire council said roads would reopen on Wednesday.\n"
)
SHEEP = "Sheep graze on a paddock near Winton after the storm."


@pytest.mark.parametrize("credit", ["ABC North West: Jack Doyle", "Reuters: Jo Li", "City Herald: Mara Quint"])
def test_a_bracketed_credit_under_its_caption(credit: str) -> None:
    article = parse_article(f"{AU_HEAD}{SHEEP}\n({credit}){AU_STORY}")
    assert [(c.text, c.credit) for c in article.captions] == [(SHEEP, credit)]
    assert [(b.text, b.kind) for b in article.boilerplate] == [(f"({credit})", "credit")]
    assert article.paragraphs[0].text.startswith("Graziers in the north west")


def test_a_bracketed_credit_under_a_caption_in_the_story() -> None:
    text = (
        "Graziers count the cost of the storm\n\nGraziers in the north west say the storm that swept through on "
        "Monday flattened fences across dozens of properties.\n\n"
        f"{SHEEP}\n(ABC North West: Jack Doyle)\n\nThe shire council said roads would reopen on Wednesday.\n"
    )
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [(SHEEP, "ABC North West: Jack Doyle")]
    assert [p.text for p in article.paragraphs][-1] == "The shire council said roads would reopen on Wednesday."


def test_a_bracketed_credit_under_reported_speech_leaves_the_paragraph() -> None:
    said = "The mayor said the bridge would reopen in the spring."
    text = (
        "Council votes to close bridge\n\nThe council voted on Tuesday to close the old harbour bridge to lorries."
        f"\n\n{said}\n(ABC News: Jane Roe)\n\nResidents feared the extra traffic would make the high street unsafe.\n"
    )
    article = parse_article(text)
    assert [p.text for p in article.paragraphs][1] == said
    assert said not in [c.text for c in article.captions]


def test_a_bracketed_credit_ending_a_header_line_no_rule_claims() -> None:
    article = parse_article(f"{AU_HEAD}{SHEEP} (ABC North West: Jack Doyle){AU_STORY}")
    assert [(c.text, c.credit) for c in article.captions] == [(SHEEP, "ABC North West: Jack Doyle")]
    assert article.boilerplate == ()
    assert article.paragraphs[0].text.startswith("Graziers in the north west")


@pytest.mark.parametrize(
    "ending",
    [
        "(Supplied: Winton Shire Council)",  # no person's name: the header line stays boilerplate
        "(Reporting: Jack Doyle)",  # the story's credit
    ],
)
def test_near_misses_of_a_bracketed_credit_ending_a_header_line(ending: str) -> None:
    article = parse_article(f"{AU_HEAD}{SHEEP} {ending}{AU_STORY}")
    assert article.captions == ()
    assert [(b.text, b.kind) for b in article.boilerplate] == [(f"{SHEEP} {ending}", "other")]


def test_a_story_line_ending_in_a_bracketed_credit_stays_a_paragraph() -> None:
    story_line = "The shire council said roads would reopen on Wednesday. (ABC North West: Jack Doyle)"
    text = (
        "Graziers count the cost of the storm\n\nGraziers in the north west say the storm that swept through on "
        f"Monday flattened fences across dozens of properties.\n\n{story_line}\n\n"
        "Forecasters expect more rain across the region later in the week.\n"
    )
    article = parse_article(text)
    assert article.captions == ()
    assert [p.text for p in article.paragraphs][1] == story_line


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("(ABC North West: Jack Doyle)", "ABC North West: Jack Doyle"),
        ("( City Herald: Mara Quint )", "City Herald: Mara Quint"),
        ("(Reporting: Jack Doyle)", None),  # the story's credit, no picture's
        ("(Editing: Jack Doyle)", None),
        ("(Supplied: Winton Shire Council)", None),  # no person's name after the colon
        ("(ABC North West: more to come)", None),
        ("ABC North West: Jack Doyle", None),  # no brackets
    ],
)
def test_bracketed_credit(text: str, credit: str | None) -> None:
    assert CaptionParser().bracketed_credit(text) == credit


# -- 5. the dateline on the stamp's line -----------------------------------------------------------

IN_HEAD = "Monsoon rains flood low-lying areas of the city\n"
IN_STORY = (
    "\nHeavy rain lashed the city for a second straight day on Wednesday, flooding roads and halting "
    "suburban trains.\n\nOfficials said schools would stay shut on Thursday.\n"
)


@pytest.mark.parametrize(
    ("stamp", "place", "date"),
    [
        ("MUMBAI,  JUNE 3, 2026 09:12 IST", "MUMBAI", dt.date(2026, 6, 3)),
        ("NEW DELHI, June 3, 2026 22:40 IST", "NEW DELHI", dt.date(2026, 6, 3)),
        ("KARACHI, JUNE 3, 2026", "KARACHI", dt.date(2026, 6, 3)),
        ("SPRINGFIELD, Ill., June 3, 2026 9:12 AM CDT", "SPRINGFIELD, Ill.", dt.date(2026, 6, 3)),
    ],
)
def test_a_place_in_capitals_before_the_stamp_is_the_dateline(stamp: str, place: str, date: dt.date) -> None:
    text = f"{IN_HEAD}{stamp}\n{IN_STORY}"
    article = parse_article(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.date, article.dateline.agency) == (place, date, None)
    assert article.dateline.span.slice(text) == article.dateline.text == stamp[: stamp.index(place) + len(place) + 1]
    assert article.published is not None and article.published.datetime.date() == date
    assert article.boilerplate == ()
    assert article.paragraphs[0].text.startswith("Heavy rain lashed")


@pytest.mark.parametrize(
    ("stamp", "filed"),
    [
        ("Hong Kong • June 3, 2026", "Hong Kong"),  # a piece mark, no comma: no dateline
        ("City Herald June 3, 2026", "City Herald"),  # a site's name
        ("BREAKING, June 3, 2026", "BREAKING"),  # a label in capitals (an update's labels the stamp: test_layA29)
        ("WEDNESDAY, June 3, 2026", None),  # a weekday: the stamp's
        ("AFP, June 3, 2026", None),  # an agency: the byline beside the stamp
    ],
)
def test_near_misses_of_a_place_before_the_stamp(stamp: str, filed: str | None) -> None:
    article = parse_article(f"{IN_HEAD}{stamp}\n{IN_STORY}")
    assert article.dateline is None
    assert article.published is not None and article.published.datetime.date() == dt.date(2026, 6, 3)
    if filed is not None:
        assert [b.text for b in article.boilerplate] == [filed]


def test_the_story_s_own_dateline_wins_over_the_stamp_s_place() -> None:
    story = "\nPUNE, June 2 (Reuters) - Heavy rain lashed the city for a second straight day on Wednesday.\n"
    text = f"{IN_HEAD}MUMBAI, JUNE 3, 2026 09:12 IST\n{story}"
    article = parse_article(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("PUNE", "Reuters")
    assert [(b.text, b.kind) for b in article.boilerplate] == [("MUMBAI", "other")]


def test_a_stamp_line_in_the_story_gives_no_dateline() -> None:
    text = f"{IN_HEAD}{IN_STORY}\nMUMBAI, JUNE 3, 2026 09:12 IST\n\nMore rain is expected on Friday across the state.\n"
    article = parse_article(text)
    assert article.dateline is None


@pytest.mark.parametrize(
    ("head", "place"),
    [
        ("NEW DELHI,  ", "NEW DELHI"),
        ("SPRINGFIELD, Ill., ", "SPRINGFIELD, Ill."),
        ("NEW DELHI ", None),  # no comma
        ("New Delhi, ", None),  # not in capitals
        ("THE HAGUE, ", None),  # a first word that opens a phrase, no place: left out
        ("REUTERS, ", None),
        ("ONE TWO THREE FOUR FIVE, ", None),  # too many words
    ],
)
def test_place_before_stamp(head: str, place: str | None) -> None:
    assert DatelineParser().place_before_stamp(head) == place
