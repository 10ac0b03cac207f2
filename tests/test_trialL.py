"""Layout readings a new user found wrong (trial 28): a story's last paragraph in German, French
or Spanish over a closing photo credit, taken for that picture's caption."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

# -- 1. a story sentence over a closing credit line is no caption --------------------------------

CLOSING_CREDITS = [
    (
        "de",
        "Seilbahn über den Neckar gestoppt\n\n"
        "Die geplante Seilbahn über den Neckar wird vorerst nicht gebaut. Das hat der Gemeinderat am"
        " Montagabend beschlossen.\n\n"
        "Laut Stadtverwaltung waren bereits 2,4 Millionen Euro für Gutachten ausgegeben worden.\n\n"
        "Foto: Lena Vogt/dpa\n",
        "Laut Stadtverwaltung waren bereits 2,4 Millionen Euro für Gutachten ausgegeben worden.",
    ),
    (
        "de",
        "Neue Rheinbrücke freigegeben\n\n"
        "Die neue Rheinbrücke in Duisburg ist seit Montag für den Verkehr freigegeben.\n\n"
        "Der zweite Bauabschnitt wird nach Angaben der Stadt erst im Herbst beginnen.\n\n"
        "Bild: Jonas Weber/dpa\n",
        "Der zweite Bauabschnitt wird nach Angaben der Stadt erst im Herbst beginnen.",
    ),
    (
        "fr",
        "Lyon : des milliers de manifestants contre la réforme\n\n"
        "Des milliers de personnes ont défilé samedi dans le centre de Lyon contre la réforme.\n\n"
        "Selon la préfecture, 12 000 manifestants ont pris part au cortège entre Bellecour et Perrache.\n\n"
        "Photo : Claire Martin/AFP\n",
        "Selon la préfecture, 12 000 manifestants ont pris part au cortège entre Bellecour et Perrache.",
    ),
    (
        "es",
        "El puerto de Cartagena amplía su terminal\n\n"
        "Las obras de la nueva terminal de contenedores comenzarán en otoño.\n\n"
        "La ampliación costará 450 millones de euros y deberá estar terminada en 2029.\n\n"
        "Foto: Ana Ruiz/EFE\n",
        "La ampliación costará 450 millones de euros y deberá estar terminada en 2029.",
    ),
]


@pytest.mark.parametrize(("language", "text", "last"), CLOSING_CREDITS)
def test_story_sentence_over_closing_credit_stays_a_paragraph(language: str, text: str, last: str) -> None:
    article = ArticleParser(language=language).parse(text)
    assert [p.text for p in article.paragraphs][-1] == last
    assert len(article.paragraphs) == 2
    credit = text.rstrip("\n").rsplit("\n", 1)[1]
    assert [(c.text, c.credit) for c in article.captions] == [(credit, credit.split(":", 1)[1].strip())]


def test_german_caption_over_its_credit_is_still_a_caption() -> None:
    text = (
        "Hochwasser am Rhein\n\n"
        "Der Pegel in Köln stieg am Montag auf über acht Meter.\n\n"
        "Feuerwehrleute sichern am Montag das Rheinufer in der Kölner Altstadt mit Sandsäcken.\n"
        "Foto: Jonas Weber/dpa\n\n"
        "Die Stadt rechnet mit weiter steigenden Pegeln.\n"
    )
    article = ArticleParser(language="de").parse(text)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Feuerwehrleute sichern am Montag das Rheinufer in der Kölner Altstadt mit Sandsäcken.", "Jonas Weber/dpa")
    ]
    assert [p.text for p in article.paragraphs] == [
        "Der Pegel in Köln stieg am Montag auf über acht Meter.",
        "Die Stadt rechnet mit weiter steigenden Pegeln.",
    ]


# -- 2. a live blog entry's heading is no line of a hard-wrapped paragraph -----------------------

LIVE_ENTRIES = [
    (
        "en-GB",
        "LIVE: Ferry strike – sailings cancelled across the islands\n"
        "Last updated: 11 June 2026, 16:05 BST\n\n"
        "16:05\n"
        "Crews vote to stay out until Monday\n"
        "The island branch of the seafarers' union said its members had voted to extend the walkout by three days.\n\n"
        "15:20\n"
        "Queues at the harbour\n"
        "Dozens of cars are waiting at the harbour in the hope of a relief sailing this evening.\n",
        "Crews vote to stay out until Monday",
    ),
    (
        "en",
        "Live updates: Storm batters the Gulf Coast\n\n"
        "4:12 p.m. CDT\n"
        "Power restored to parts of Mobile\n"
        "Utility crews have restored electricity to about 40,000 customers, the company said in a statement.\n\n"
        "3:40 p.m. CDT\n"
        "Shelters open across the county\n"
        "Six schools are serving as emergency shelters for families who left low-lying neighbourhoods.\n",
        "Power restored to parts of Mobile",
    ),
    (
        "en",
        "Election night live: results from every county\n\n"
        "21:48\n"
        "Turnout highest since 1992 in Ohio\n"
        "Officials in several counties reported lines of voters still waiting outside polling places at closing time.\n\n"
        "21:15\n"
        "Polls close in the east\n"
        "Voting has ended in most of the eastern states, and the first counts are coming in.\n",
        "Turnout highest since 1992 in Ohio",
    ),
]


@pytest.mark.parametrize(("language", "text", "heading"), LIVE_ENTRIES)
def test_entry_heading_ending_in_a_name_is_its_own_paragraph(language: str, text: str, heading: str) -> None:
    article = ArticleParser(language=language).parse(text)
    texts = [p.text for p in article.paragraphs]
    assert texts[0] == heading
    assert texts[1].split()[0] == text.split(heading + "\n", 1)[1].split()[0]


def test_wrapped_line_ending_in_a_name_still_carries_on() -> None:
    text = (
        "Dike repairs finished early\n\n"
        "The repairs to the sea dike near the harbour were finished a week early, said Henk\n"
        "Bosman, a spokesman for the water board, on Tuesday. The work cost 4 million euros.\n"
    )
    article = ArticleParser().parse(text)
    assert [p.text for p in article.paragraphs] == [
        "The repairs to the sea dike near the harbour were finished a week early, said Henk Bosman, a spokesman"
        " for the water board, on Tuesday. The work cost 4 million euros."
    ]


# -- 3. datelines: an agency in brackets before a one-letter word; a known place alone --------------

AGENCY_BEFORE_ONE_LETTER = [
    (
        "Court grants bail to activist\n\nKOLKATA, Mar 3 (PTI) A sessions court on Tuesday granted bail to a"
        " student activist held since January.\n",
        ("KOLKATA", "PTI", "KOLKATA, Mar 3 (PTI)"),
        "A sessions court on Tuesday granted bail to a student activist held since January.",
    ),
    (
        "Talks open in Hanoi\n\nHANOI, May 5 (Xinhua) A Lao delegation arrived on Monday for two days of"
        " talks on the railway link.\n",
        ("HANOI", "Xinhua", "HANOI, May 5 (Xinhua)"),
        "A Lao delegation arrived on Monday for two days of talks on the railway link.",
    ),
    (
        "Red alert for the coast\n\nMumbai, Jul 8 (PTI) A red alert was issued for the city on Monday as"
        " heavy rain lashed the coast.\n",
        ("Mumbai", "PTI", "Mumbai, Jul 8 (PTI)"),
        "A red alert was issued for the city on Monday as heavy rain lashed the coast.",
    ),
]


@pytest.mark.parametrize(("text", "dateline", "first"), AGENCY_BEFORE_ONE_LETTER)
def test_agency_in_brackets_before_a_one_letter_word(text: str, dateline: tuple[str, str, str], first: str) -> None:
    article = ArticleParser().parse(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency, article.dateline.text) == dateline
    assert article.paragraphs[0].text == first


PLACE_ALONE = [
    (
        "Kenya and Ethiopia sign power deal\n\nDawit Bekele   |04.05.2026\n\nNAIROBI\n\n"
        "Kenya and Ethiopia on Monday signed an agreement to double the power sold over their border line.\n",
        "NAIROBI",
    ),
    (
        "Grain exports resume\n\nBUENOS AIRES\n\nArgentina's grain exports resumed on Tuesday after a"
        " three-day strike by port workers ended.\n",
        "BUENOS AIRES",
    ),
    (
        "Heatwave closes schools\n\nCAIRO\nSchools across the country will close early this week as"
        " temperatures climb above 45 degrees.\n",
        "CAIRO",
    ),
]


@pytest.mark.parametrize(("text", "place"), PLACE_ALONE)
def test_known_place_alone_over_the_story_is_its_dateline(text: str, place: str) -> None:
    article = ArticleParser().parse(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency, article.dateline.text) == (place, None, place)
    assert article.paragraphs[0].text.startswith(text.split(place + "\n", 1)[1].strip()[:30])
    assert place not in [b.text for b in article.boilerplate]


def test_label_in_capitals_over_the_story_is_no_dateline() -> None:
    text = (
        "Grain exports resume\n\nECONOMY\n\nArgentina's grain exports resumed on Tuesday after a three-day"
        " strike by port workers ended.\n"
    )
    article = ArticleParser().parse(text)
    assert article.dateline is None


# -- 4. a role between "By" and the author's name ------------------------------------------------

ROLE_BEFORE_NAME = [
    (
        "Ice storm to hit the valley overnight\nBy Chief Meteorologist Karen Dietz\n"
        "Published: Jan. 12, 2026 at 4:10 PM CST\n\n"
        "Freezing rain will spread across the valley after midnight, glazing roads before the morning commute.\n\n"
        '"Stay off the roads if you can," Dietz said.\n',
        ("Karen Dietz",),
        "Chief Meteorologist",
    ),
    (
        "Port strike enters second week\nBy Senior Business Correspondent David Okafor\n\n"
        "Dock workers in Lagos extended their strike on Monday, leaving dozens of ships waiting offshore.\n\n"
        '"The backlog will take months to clear," Okafor said.\n',
        ("David Okafor",),
        "Senior Business Correspondent",
    ),
    (
        "Flood warnings for the river towns\nBy Meteorologist Sarah Lund and Tom Hale\n\n"
        "The river is expected to peak on Thursday, two feet above flood stage at the lock.\n\n"
        '"This is a slow-moving flood," Lund said.\n',
        ("Sarah Lund", "Tom Hale"),
        "Meteorologist",
    ),
]


@pytest.mark.parametrize(("text", "authors", "role"), ROLE_BEFORE_NAME)
def test_role_before_the_name_is_no_part_of_it(text: str, authors: tuple[str, ...], role: str) -> None:
    article = ArticleParser().parse(text)
    assert article.byline is not None
    assert article.byline.authors == authors
    assert article.byline.text == "By " + role + " " + " and ".join(authors)
    assert article.byline.text not in [b.text for b in article.boilerplate]
