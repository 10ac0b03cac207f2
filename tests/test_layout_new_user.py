"""Whole articles as a new user pastes them from sites the other tests do not cover: local papers,
magazines, live blogs, wires from many agencies, press releases and pages in other languages.

Each row gives the parts a reader sees; every part is checked exactly.
"""

from __future__ import annotations

import pytest

import newsparse

ARTICLES = [
    # a desk reporter's role in lower case between "By" and the name; two stamps on one line
    (
        "Man charged over Adelaide stabbing\n\n"
        "By court reporter Meagan Dillon\n\n"
        "Posted Tue 4 Mar 2025 at 3:32pm, updated Tue 4 Mar 2025 at 5:10pm\n\n"
        "A man has been charged with attempted murder after a stabbing in Adelaide's CBD on Monday night.\n\n"
        "Police allege the man attacked a 34-year-old outside a bar on Hindley Street.\n",
        {
            "headline": "Man charged over Adelaide stabbing",
            "authors": ("Meagan Dillon",),
            "agency": None,
            "published": "2025-03-04T15:32:00",
            "updated": "2025-03-04T17:10:00",
            "place": None,
            "first": "A man has been charged with attempted murder after a stabbing in Adelaide's CBD on Monday night.",
        },
    ),
    # the agency signs the story with its staff
    (
        "Kenya's central bank holds rate at 10.75%\n\n"
        "By Reuters Staff\n"
        "3 MIN READ\n\n"
        "NAIROBI, Feb 11 (Reuters) - Kenya's central bank held its benchmark lending rate at 10.75% on Tuesday, "
        "saying inflation was within the target range.\n\n"
        "The bank said economic growth was expected to remain strong this year.\n\n"
        "Reporting by Duncan Miriri; Editing by Alex Richardson\n",
        {
            "headline": "Kenya's central bank holds rate at 10.75%",
            "authors": ("Reuters",),
            "agency": "Reuters",
            "published": None,
            "updated": None,
            "place": "NAIROBI",
            "first": "Kenya's central bank held its benchmark lending rate at 10.75% on Tuesday, "
            "saying inflation was within the target range.",
        },
    ),
    # a name and the city the reporter files from, over a stamp with a dotted time
    (
        "Sport\n\n"
        "Matildas thrash Philippines 8-0 in Olympic qualifier\n\n"
        "Emma Kemp in Perth\n"
        "Mon 3 Mar 2025 21.45 GMT\n\n"
        "The Matildas cruised into the next round of Olympic qualifying with an 8-0 win over the Philippines "
        "in front of a sellout crowd in Perth.\n\n"
        "The coach said the team would rest several players for the second leg.\n",
        {
            "headline": "Matildas thrash Philippines 8-0 in Olympic qualifier",
            "authors": ("Emma Kemp",),
            "agency": None,
            "published": "2025-03-03T21:45:00+00:00",
            "updated": None,
            "place": None,
            "first": "The Matildas cruised into the next round of Olympic qualifying with an 8-0 win over the "
            "Philippines in front of a sellout crowd in Perth.",
        },
    ),
    # a columnist's bare name over a date and a time joined by a dash
    (
        "Opinion\n\n"
        "Why the four-day week is here to stay\n\n"
        "Sarah Lin\n"
        "March 4, 2025 — 5.00am\n\n"
        "Every revolution in working life looks obvious in hindsight.\n\n"
        "When the weekend was invented, employers warned it would ruin the economy.\n\n"
        "Sarah Lin is a columnist and the author of Work Less.\n",
        {
            "headline": "Why the four-day week is here to stay",
            "authors": ("Sarah Lin",),
            "agency": None,
            "published": "2025-03-04T05:00:00",
            "updated": None,
            "place": None,
            "first": "Every revolution in working life looks obvious in hindsight.",
        },
    ),
    # a stamp that opens with a weekday and a dash above the headline is no dateline
    (
        "Tuesday, 4 March 2025 - 10:12 AEDT\n\n"
        "Sydney trains strike called off\n\n"
        "By Jordan Baker\n"
        "Education editor\n\n"
        "Rail workers have called off a strike planned for Wednesday after the union reached a deal with the "
        "government.\n\n"
        "Commuters had been warned to expect major delays.\n",
        {
            "headline": "Sydney trains strike called off",
            "authors": ("Jordan Baker",),
            "agency": None,
            "published": "2025-03-04T10:12:00+11:00",
            "updated": None,
            "place": None,
            "first": "Rail workers have called off a strike planned for Wednesday after the union reached a deal "
            "with the government.",
        },
    ),
    # a name over its role and outlet, under buttons and a relative stamp
    (
        "Minister resigns over expenses row\n\n"
        "2 hours ago\n\n"
        "Share\n"
        "Save\n\n"
        "Jane Doe\n"
        "Political reporter, City News\n\n"
        "The minister has resigned after an inquiry found she broke the rules on expenses.\n\n"
        'She said she had made "an honest mistake".\n',
        {
            "headline": "Minister resigns over expenses row",
            "authors": ("Jane Doe",),
            "agency": None,
            "published": None,
            "updated": None,
            "place": None,
            "first": "The minister has resigned after an inquiry found she broke the rules on expenses.",
        },
    ),
    # a date and its time in two pieces of one line; a zone outside North America puts the day first
    (
        "Tech giant fined €500m over data breach\n\n"
        "04/03/2025 | 14:32 CET\n\n"
        "Brussels — The European Commission fined a technology company €500 million on Tuesday for breaking "
        "data protection rules.\n\n"
        "The company said it would appeal.\n\n"
        "Share on Facebook Share on Twitter Share on LinkedIn\n",
        {
            "headline": "Tech giant fined €500m over data breach",
            "authors": None,
            "agency": None,
            "published": "2025-03-04T14:32:00+01:00",
            "updated": None,
            "place": "Brussels",  # a known place in title case before a dash: the dateline's (stop 27)
            "first": "The European Commission fined a technology company €500 million on Tuesday for "
            "breaking data protection rules.",
        },
    ),
    # a headline that ends in a full stop, over a stamp with no year: the header goes on
    (
        "South Dakota doubles down on its slogan. They just might be.\n\n"
        "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM\n\n"
        "By Amy Kuperinsky | City Media for City.com\n\n"
        "Remember the state's long quest to find a slogan that everyone in the capital could agree on?\n\n"
        "We never did settle on one, unlike our towns, which are packed with them.\n",
        {
            "headline": "South Dakota doubles down on its slogan. They just might be.",
            "authors": ("Amy Kuperinsky",),
            "agency": None,
            "published": None,
            "updated": None,
            "place": None,
            "first": "Remember the state's long quest to find a slogan that everyone in the capital could agree on?",
        },
    ),
    # a name in capitals over an agency glued to the date
    (
        "Space ship breaks up over Siberia\n\n"
        "NATALIYA VASILYEVA\n\n"
        "Associated PressDecember 2, 2016\n\n"
        "11 Comments\n\n"
        "A Russian space ship carrying supplies to the space station broke up over Siberia on Thursday, "
        "officials said.\n\n"
        "The launch was the third failure in two years.\n",
        {
            "headline": "Space ship breaks up over Siberia",
            "authors": ("NATALIYA VASILYEVA",),
            "agency": None,
            "published": "2016-12-02T00:00:00",
            "updated": None,
            "place": None,
            "first": "A Russian space ship carrying supplies to the space station broke up over Siberia on "
            "Thursday, officials said.",
        },
    ),
    # French, German and Spanish bylines
    (
        "Le gouvernement annonce un plan pour le logement\n\n"
        "Par Claire Dubois\n\n"
        "PARIS (AFP) - Le gouvernement a présenté mercredi un plan de 5 milliards d'euros pour relancer la "
        "construction de logements.\n\n"
        "Le Premier ministre a promis des mesures rapides pour les ménages modestes.\n",
        {
            "headline": "Le gouvernement annonce un plan pour le logement",
            "authors": ("Claire Dubois",),
            "agency": None,
            "published": None,
            "updated": None,
            "place": "PARIS",
            "first": "Le gouvernement a présenté mercredi un plan de 5 milliards d'euros pour relancer la "
            "construction de logements.",
        },
    ),
    (
        "Bundesregierung beschließt neues Klimapaket\n\n"
        "Von Jan Müller\n"
        "Stand: 14.03.2025 17:45 Uhr\n\n"
        "Berlin (dpa) - Die Bundesregierung hat am Mittwoch ein neues Klimapaket beschlossen.\n\n"
        "Das Paket soll bis 2030 rund 20 Milliarden Euro kosten, wie das Finanzministerium mitteilte.\n",
        {
            "headline": "Bundesregierung beschließt neues Klimapaket",
            "authors": ("Jan Müller",),
            "agency": None,
            "published": "2025-03-14T17:45:00",
            "updated": None,
            "place": "Berlin",
            "first": "Die Bundesregierung hat am Mittwoch ein neues Klimapaket beschlossen.",
        },
    ),
    (
        "El Gobierno aprueba la reforma de las pensiones\n\n"
        "Por María García\n\n"
        "El Consejo de Ministros ha aprobado este martes la reforma del sistema de pensiones, que entrará en "
        "vigor en enero.\n\n"
        "La ministra aseguró que la reforma garantiza la sostenibilidad del sistema.\n",
        {
            "headline": "El Gobierno aprueba la reforma de las pensiones",
            "authors": ("María García",),
            "agency": None,
            "published": None,
            "updated": None,
            "place": None,
            "first": "El Consejo de Ministros ha aprobado este martes la reforma del sistema de pensiones, que "
            "entrará en vigor en enero.",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLES)
def test_articles_from_unseen_sites(text: str, expected: dict[str, object]) -> None:
    article = newsparse.parse_article(text)
    assert article.headline is not None
    byline = article.byline
    found = {
        "headline": article.headline.text,
        "authors": byline.authors if byline is not None else None,
        "agency": byline.agency if byline is not None else None,
        "published": article.published.datetime.isoformat() if article.published is not None else None,
        "updated": article.updated.datetime.isoformat() if article.updated is not None else None,
        "place": article.dateline.place if article.dateline is not None else None,
        "first": article.paragraphs[0].text,
    }
    assert found == expected


@pytest.mark.parametrize(
    "line",
    [
        "Par for the course, the coach said.",
        "Von Miller signed a new contract.",
        "By court order, the road stays closed.",
    ],
)
def test_byline_prefixes_in_sentences_make_no_byline(line: str) -> None:
    text = f"Council approves new budget\n\n{line}\n\nThe city council voted 7-2 on Tuesday to approve the budget.\n"
    article = newsparse.parse_article(text)
    assert article.byline is None
    assert article.paragraphs[0].text == line


@pytest.mark.parametrize("line", ["14:32 CET", "Updated 10:15", "Updated Nov 19, 9:41 AM", "10 p.m."])
def test_a_time_line_under_the_first_paragraph_leaves_it_a_paragraph(line: str) -> None:
    first = "The city council voted 7-2 on Tuesday to approve the budget after a long debate."
    text = f"Council approves new budget\n\n{first}\n\n{line}\n\nThe budget takes effect in July, officials said.\n"
    article = newsparse.parse_article(text)
    assert article.headline is not None
    assert article.headline.text == "Council approves new budget"
    assert article.paragraphs[0].text == first


def test_a_blog_meta_line_gives_its_date() -> None:
    text = (
        "More reviews from our visitors!\n\n"
        "October 12, 2018/0 Comments/in Theatre News /by siteadmin\n\n"
        "Visitors who booked their tickets online came to the theatre to watch the show and left reviews.\n\n"
        "We have brought some of these reviews here.\n"
    )
    article = newsparse.parse_article(text)
    assert article.published is not None
    assert (article.published.datetime.isoformat(), article.published.text) == ("2018-10-12T00:00:00", "October 12, 2018")
