"""Layout readings left from stop 30 (layB): an acronym in capitals before a full stop that opens a
German story, a town in title case before one, a headline in capitals over a standfirst under a
section's label, section labels of other languages in sentence case over a headline, and a
photographer working for an outlet named at a caption's end.

Each shape is checked in whole short articles in the formats of papers and sites, beside
near-misses whose reading must not change.
"""

from __future__ import annotations

import pytest

from newsparse import ArticleParser, parse_article

GERMAN = ArticleParser(language="de")
FRENCH = ArticleParser(language="fr")
SPANISH = ArticleParser(language="es")

# -- 1. an acronym in capitals before a full stop is no dateline ---------------------------------

ACRONYM_OPENINGS = [
    # (text, first paragraph): the acronym is written in capitals again further on
    (
        "Kinderhilfswerk warnt vor Hungersnot im Sudan\nVon Anna Berger\n\n"
        "UNICEF. Das Kinderhilfswerk der Vereinten Nationen hat vor einer Hungersnot im Sudan gewarnt. Mehr als "
        "zwei Millionen Kinder seien betroffen.\n\n"
        "Die Lage verschlechtere sich jeden Tag, sagte eine UNICEF-Sprecherin in Genf.\n",
        "UNICEF. Das Kinderhilfswerk der Vereinten Nationen hat vor einer Hungersnot im Sudan gewarnt. Mehr als "
        "zwei Millionen Kinder seien betroffen.",
    ),
    (
        "Mehr Migranten über das Mittelmeer\n\n"
        "FRONTEX. Die Grenzschutzagentur der Europäischen Union zählt in diesem Jahr deutlich mehr Ankünfte über "
        "das zentrale Mittelmeer.\n\n"
        "Nach Angaben von FRONTEX kamen bis Ende Juni mehr als 40.000 Menschen in Italien an.\n",
        "FRONTEX. Die Grenzschutzagentur der Europäischen Union zählt in diesem Jahr deutlich mehr Ankünfte über "
        "das zentrale Mittelmeer.",
    ),
]


@pytest.mark.parametrize(("text", "first"), ACRONYM_OPENINGS)
def test_an_acronym_the_story_writes_in_capitals_again_is_no_dateline(text: str, first: str) -> None:
    article = GERMAN.parse(text)
    assert article.dateline is None
    assert article.paragraphs[0].text == first


def test_a_place_in_capitals_the_story_names_in_title_case_stays_the_dateline() -> None:
    text = (
        "Stadt beschließt neuen Haushalt\n\nKASSEL. Der Magistrat der Stadt hat am Montagabend einen Haushalt mit "
        "deutlich höheren Ausgaben für Schulen beschlossen.\n\nDie Opposition in Kassel stimmte dagegen.\n"
    )
    article = GERMAN.parse(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.text) == ("KASSEL", "KASSEL.")
    assert article.paragraphs[0].text.startswith("Der Magistrat der Stadt")


# -- 2. a town in title case before a full stop, in a German story --------------------------------

TITLED_DATELINES = [
    # (text, place, first paragraph's first words): the story names the town again after "in", "aus"
    (
        "Panorama\nHochwasser an der Mosel: Altstadt unter Wasser\nVon Peter Klein\nStand: 11.01.2026, 16:45 Uhr\n\n"
        "Cochem. Nach tagelangem Regen ist die Mosel über die Ufer getreten. Teile der Altstadt standen am Sonntag "
        "unter Wasser.\n\nDie Feuerwehr in Cochem rief die Anwohner auf, Keller nicht zu betreten.\n",
        "Cochem",
        "Nach tagelangem Regen",
    ),
    (
        "Weinfest zieht tausende Besucher an\n\n"
        "Bernkastel-Kues. Bei strahlendem Sonnenschein haben am Wochenende mehr als 20.000 Gäste das Weinfest "
        "besucht.\n\nViele Winzer aus Bernkastel-Kues waren zufrieden mit dem Verkauf.\n",
        "Bernkastel-Kues",
        "Bei strahlendem Sonnenschein",
    ),
]


@pytest.mark.parametrize(("text", "place", "opening"), TITLED_DATELINES)
def test_a_town_in_title_case_the_story_names_again_is_the_dateline(text: str, place: str, opening: str) -> None:
    article = GERMAN.parse(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.text, article.dateline.agency) == (place, f"{place}.", None)
    assert article.dateline.span.slice(text) == f"{place}."
    assert article.paragraphs[0].text.startswith(opening)
    assert article.span_mismatches() == []


NO_TITLED_DATELINE = [
    # (parser, text, first paragraph)
    (  # a word alone that opens a feature, not named as a place later
        GERMAN,
        "Neues Museum eröffnet\n\nEndlich. Nach drei Jahren Bauzeit hat das Museum am Samstag seine Türen für "
        "die Besucher geöffnet.\n\nEndlich sei es so weit, sagte die Direktorin.\n",
        "Endlich. Nach drei Jahren Bauzeit hat das Museum am Samstag seine Türen für die Besucher geöffnet.",
    ),
    (  # a town the story never names again: no evidence, no dateline
        GERMAN,
        "Hochwasser an der Mosel\n\nCochem. Die Mosel ist über Nacht um zwei Meter gestiegen. Die Uferstraße wurde "
        "gesperrt.\n\nDie Feuerwehr rechnet mit weiter steigenden Pegeln.\n",
        "Cochem. Die Mosel ist über Nacht um zwei Meter gestiegen. Die Uferstraße wurde gesperrt.",
    ),
    (  # English papers write no such dateline
        None,
        "River floods old town\n\nCochem. The Moselle rose by two metres overnight and closed the riverside road "
        "in Cochem.\n\nFirefighters expect the water to rise further.\n",
        "Cochem. The Moselle rose by two metres overnight and closed the riverside road in Cochem.",
    ),
]


@pytest.mark.parametrize(("parser", "text", "first"), NO_TITLED_DATELINE)
def test_no_dateline_from_a_title_case_word_without_a_second_mention_as_a_place(
    parser: ArticleParser | None, text: str, first: str
) -> None:
    article = parser.parse(text) if parser is not None else parse_article(text)
    assert article.dateline is None
    assert article.paragraphs[0].text == first


# -- 3. a headline in capitals over a standfirst, under the section's label -----------------------

CAPITALS_HEADLINES = [
    # (text, section, headline)
    (
        "ARTS\nTHE LONG GOODBYE\nWhy the last video shop in town is closing its doors after forty years\n"
        "By Mary Stone\nMarch 3, 2024\n\n"
        "The shop on Elm Street rented out its last tape on Saturday, and the owner handed out the rest for free.\n\n"
        '"It was time," said the owner, Bill Harris.\n',
        ("ARTS",),
        "THE LONG GOODBYE",
    ),
    (
        "Travel\nTHE LAST FERRY\nHow a small island lost its only link to the mainland this winter\n"
        "By Tom Hale\n\n"
        "The ferry to Inishmore made its last crossing on a grey Tuesday in January, with eleven passengers.\n\n"
        "Islanders say they were told a week before.\n",
        ("Travel",),
        "THE LAST FERRY",
    ),
]


@pytest.mark.parametrize(("text", "section", "headline"), CAPITALS_HEADLINES)
def test_a_headline_in_capitals_under_a_section_label_is_the_headline(
    text: str, section: tuple[str, ...], headline: str
) -> None:
    article = parse_article(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert article.byline is not None and len(article.byline.authors) == 1
    assert article.paragraphs[0].text.startswith("The ")


def test_a_columns_name_in_capitals_alone_over_the_title_stays_the_section() -> None:
    text = (
        "THE GREEN LEDGER\nWhy the council's budget leaves the bike lanes unpaid\nBy Tom Hale\n\n"
        "The city council approved its spending plan on Monday night, and the cycling budget was cut by half.\n\n"
        "Members said the savings would go to road repairs.\n"
    )
    article = parse_article(text)
    assert article.section == ("THE GREEN LEDGER",)
    assert article.headline is not None
    assert article.headline.text == "Why the council's budget leaves the bike lanes unpaid"


# -- 4. section labels of other languages in sentence case -----------------------------------------

LANGUAGE_KICKERS = [
    # (parser, text, section, headline)
    (
        FRENCH,
        "Faits divers\nUn incendie ravage un entrepôt de la banlieue lyonnaise\nPar Marie Dupont\n\n"
        "Un incendie a détruit dans la nuit de lundi à mardi un entrepôt de Vénissieux, près de Lyon.\n\n"
        "Aucune victime n'est à déplorer, selon les pompiers.\n",
        ("Faits divers",),
        "Un incendie ravage un entrepôt de la banlieue lyonnaise",
    ),
    (
        FRENCH,
        "Vie locale\nLa médiathèque de Quimper rouvre après deux ans de travaux\nPar Yann Le Goff\n"
        "Publié le 3 mars 2026 à 08h15\n\n"
        "La médiathèque a rouvert ses portes samedi après deux ans de travaux, avec un espace pour les enfants.\n\n"
        "Les lecteurs étaient nombreux dès l'ouverture.\n",
        ("Vie locale",),
        "La médiathèque de Quimper rouvre après deux ans de travaux",
    ),
    (
        SPANISH,
        "Vida y sociedad\nUn pueblo de Teruel recupera su escuela tras veinte años\nPor Lucía Martín\n\n"
        "La escuela de Villarluengo volvió a abrir sus puertas el lunes con seis alumnos y una maestra.\n\n"
        "El alcalde celebró la noticia.\n",
        ("Vida y sociedad",),
        "Un pueblo de Teruel recupera su escuela tras veinte años",
    ),
]


@pytest.mark.parametrize(("parser", "text", "section", "headline"), LANGUAGE_KICKERS)
def test_a_section_label_in_sentence_case_of_another_language_is_the_kicker(
    parser: ArticleParser, text: str, section: tuple[str, ...], headline: str
) -> None:
    article = parser.parse(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    assert article.boilerplate == ()


def test_a_short_headline_in_sentence_case_over_a_standfirst_stays_the_headline() -> None:
    text = (
        "Storms hit region\nHeavy rain and gales closed roads and schools across the north on Monday\nBy Jane Roe\n\n"
        "More than 200 schools closed across the north on Monday as heavy rain and gales swept in.\n\n"
        "Forecasters expect the storms to ease by Wednesday.\n"
    )
    article = parse_article(text)
    assert article.section == ()
    assert article.headline is not None and article.headline.text == "Storms hit region"


# -- 5. a photographer working for an outlet at a caption's end -------------------------------------

FOR_OUTLET_CAPTIONS = [
    # (caption line, caption, credit)
    (
        "Volunteers fill sandbags outside the library on Monday. Tomás Reyes for the Metro Gazette",
        "Volunteers fill sandbags outside the library on Monday.",
        "Tomás Reyes for the Metro Gazette",
    ),
    (
        "Musicians rehearse in the bus depot on Saturday morning. Ana Ruiz for The Evening Chronicle",
        "Musicians rehearse in the bus depot on Saturday morning.",
        "Ana Ruiz for The Evening Chronicle",
    ),
    (
        "The mayor, Linda Park, speaks to reporters at City Hall. Daniel Okafor for the Guardian",
        "The mayor, Linda Park, speaks to reporters at City Hall.",
        "Daniel Okafor for the Guardian",
    ),
]


@pytest.mark.parametrize(("line", "caption", "credit"), FOR_OUTLET_CAPTIONS)
def test_a_photographer_for_an_outlet_at_a_captions_end_is_its_credit(line: str, caption: str, credit: str) -> None:
    text = (
        "Flooding closes river road\nBy Jane Roe\n\n"
        f"{line}\n\n"
        "The river rose two feet overnight, officials said, and the road along it was closed before dawn.\n\n"
        "The road will stay closed until Thursday.\n"
    )
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert article.captions[0].spans[0].slice(text) == caption
    assert [p.text[:9] for p in article.paragraphs] == ["The river", "The road "]


NO_FOR_OUTLET_CREDIT = [
    # (line): no person's name before "for", or no outlet after it
    "The hall opens again on Friday after a long repair. Tickets for the Spring Gala",
    "Children play in the new park on Sunday. Plans for the Riverside Quarter",
]


@pytest.mark.parametrize("line", NO_FOR_OUTLET_CREDIT)
def test_no_credit_without_a_person_and_an_outlet(line: str) -> None:
    text = (
        "Town hall reopens\nBy Jane Roe\n\n"
        f"{line}\n\n"
        "The town hall reopened on Friday after a repair that took two years and cost $3 million.\n\n"
        "The mayor said she was pleased.\n"
    )
    article = parse_article(text)
    assert article.captions == ()


# -- 6. the lines under a web story's last paragraph --------------------------------------------

STORY_HEAD = (
    "Harbour ferries return after a week of storms\nBy Jane Roe\n\n"
    "Ferries to the outer islands sailed again on Tuesday after a week of gales kept the fleet in port, "
    "the operator said.\n\n"
    "Islanders said food and fuel had run low, and the council promised to review its storm plans.\n\n"
)
STORY_PARAGRAPHS = [
    "Ferries to the outer islands sailed again on Tuesday after a week of gales kept the fleet in port, the operator said.",
    "Islanders said food and fuel had run low, and the council promised to review its storm plans.",
]

TRAILING_LINES = [
    # (line under the story, its kind)
    ("Mei Lin contributed reporting from Taipei.", "sign-off"),
    ("Tom Hale and Ana Lima contributed reporting from Hong Kong.", "sign-off"),
    ("Have a tip? Jane Roe can be reached at jroe@cityherald.example.", "sign-off"),
    ("View Comments", "share"),
    ("Leave Comments", "share"),
    ("Like this story? Share it with a friend!", "share"),
    ("Enjoyed this article?", "share"),
    ("Follow the Herald's opinion desk on Facebook, Twitter (@heraldopinion) and Instagram.", "share"),
    ("You may also like...", "related"),
    ("More Great Harbour Stories", "related"),
    ("Next Up In Science", "related"),
    ("Related coverage from Money Guides:", "related"),
    ("Harbour Media may earn an affiliate commission if you buy something through links in this article.", "disclaimer"),
    ("If you click on one of our links and make a purchase, we may receive a small commission.", "disclaimer"),
]


@pytest.mark.parametrize(("line", "kind"), TRAILING_LINES)
def test_a_line_of_page_furniture_under_the_story_is_boilerplate(line: str, kind: str) -> None:
    text = f"{STORY_HEAD}{line}\n"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == STORY_PARAGRAPHS
    assert [(b.kind, b.text) for b in article.boilerplate] == [(kind, line)]


STORY_LINES = [
    # lines of the story that share words with such furniture
    "Estate agents may earn a commission of 3 percent on each sale, the report found.",
    '"If you book through us, we may earn a commission," said Tom Berg, who runs the agency on the quay.',
    "More about the new timetable is on the operator's website, with maps of every route.",
    "The harbour staff contributed reporting from the quays to the council's storm review.",
]


@pytest.mark.parametrize("line", STORY_LINES)
def test_a_story_sentence_with_such_words_stays_a_paragraph(line: str) -> None:
    text = f"{STORY_HEAD}{line}\n\nThe first boat leaves at seven.\n"
    article = parse_article(text)
    assert [p.text for p in article.paragraphs] == [*STORY_PARAGRAPHS, line, "The first boat leaves at seven."]
    assert article.boilerplate == ()


# -- 7. a wire's end mark after a web story's first sentence -----------------------------------------

END_MARK_LEDES = [
    # (first paragraph as printed): a short lede that a wire's mark closes, the story going on under it
    "The town opened its new library on Saturday after two years of building work. (MORE)",
    "The town opened its new library on Saturday after two years of building work. (more)",
]


@pytest.mark.parametrize("lede", END_MARK_LEDES)
def test_a_short_lede_closed_by_an_end_mark_stays_the_first_paragraph(lede: str) -> None:
    text = (
        "Town opens new library\nBy Jane Roe\nMarch 3, 2024\n\n"
        f"{lede}\n\nThe mayor said she was proud of it.\n\nThe building has a cafe and a reading garden.\n"
    )
    article = parse_article(text)
    # (the lede stays the first paragraph; since lay57 its wire mark is cut off as a sign-off of its own span)
    sentence, mark = lede.rsplit(" ", 1)
    assert [p.text for p in article.paragraphs] == [
        sentence,
        "The mayor said she was proud of it.",
        "The building has a cafe and a reading garden.",
    ]
    assert [(part.text, part.kind) for part in article.boilerplate] == [(mark, "sign-off")]
