"""Mutation pass mut67 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``2452a6b9..1d6e9f22`` (round 66), made by ``dev/mutants.py`` on ``1d6e9f22`` and drawn with a seed
(``--sample 200 --seed 67``).  Each table pins down a rule whose mutants no reaching test noticed
within the run's budget: a text in a real layout and what must come out of it, the rows that must
not fire beside those that must (see docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser
from newsparse.body import BodyParser
from newsparse.lines import Line
from newsparse.spans import Span

PARSER = ArticleParser()
SPANISH = ArticleParser(language="es")

STRIKE = (
    "Train drivers voted to accept the offer on Monday, the union said.\n\n"
    "Services will return to normal by the weekend.\n"
)


def speakers(text: str, parser: ArticleParser = PARSER) -> list[tuple[str, str | None]]:
    """The (text, speaker's name) of every quote of the article *text*."""
    return [(q.text, q.speaker.name if q.speaker is not None else None) for q in parser.parse(text).quotes]


def speaker_of(text: str, words: str, parser: ArticleParser = PARSER) -> str | None:
    """The speaker's name of the one quote of *text* whose text holds *words*."""
    found = [name for quoted, name in speakers(text, parser) if words in quoted]
    assert len(found) == 1, speakers(text, parser)
    return found[0]


# -- ArticleParser.read_day_first, header_region_writes_day_first: a numeric update over the story
# -- reads day first when the page's header names only regions that write so by a place's word; a
# -- people's word in a headline ("British rival") is the story's subject, not the site's region
@pytest.mark.parametrize(
    ("header", "stamp", "day"),
    [
        ("UK News / London\nRail strike ends after talks\nBy Jo Reed\nUpdated 10/12/2024", "updated", "2024-12-10"),
        ("Rail strike ends after talks\nBy Jo Reed, Sydney\nUpdated 04/05/2024", "updated", "2024-05-04"),
        # must not change: an American page, a people's word in the headline, no region at all
        ("U.S. News\nRail strike ends after talks in Chicago\nBy Jo Reed\nUpdated 10/12/2024", "updated", "2024-10-12"),
        ("Bakery chain buys British rival\nBy Jo Reed\nUpdated 04/05/2024", "updated", "2024-04-05"),
        ("Carmaker teams up with Australian rival on batteries\nBy Ana Ruiz\nPublished 03/11/2025", "published", "2025-03-11"),
        ("Rail strike ends after talks\nBy Jo Reed\nUpdated 04/05/2024", "updated", "2024-04-05"),
    ],
)
def test_numeric_stamp_by_the_header_region(header: str, stamp: str, day: str) -> None:
    article = PARSER.parse(f"{header}\n\n{STRIKE}")
    found = getattr(article, stamp)
    assert found is not None and found.datetime.date().isoformat() == day


# -- BodyParser.ends_in_bare_credit: a photo agency's name ends a caption only after a sentence's
# -- end; a line that ends "told Reuters" goes on with the day on the next line
@pytest.mark.parametrize(
    ("above", "below", "joined"),
    [
        ("The trade minister told Reuters", "Tuesday that talks would resume next week.", True),
        ("A spokesman for the airline told AFP", "Monday that no flights had been cancelled.", True),
        # must not change: the credit after a caption's full stop closes it
        ("Officials inspect the site on Monday. Reuters", "Officials said the blast was huge.", False),
        ("Rescuers search the rubble in Antakya. Getty Images", "The death toll rose to 40 overnight.", False),
    ],
)
def test_credit_without_a_stop_carries_on(above: str, below: str, joined: bool) -> None:
    first = Line(above, Span(0, len(above)), 0, False)
    second = Line(below, Span(len(above) + 1, len(above) + 1 + len(below)), 0, False)
    assert BodyParser().continues(first, second) is joined


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("The trade minister told Reuters", False),
        ("The general told Getty Images", False),
        ("Officials inspect the site on Monday. Reuters", True),
        ("Police at the scene in Leeds on Sunday. PA", True),
    ],
)
def test_bare_credit_only_after_a_full_stop(line: str, credit: bool) -> None:
    assert BodyParser().ends_in_bare_credit(line) is credit


# -- BylineParser.parse_dotted: a name and an outlet apart by a dot are a byline only with the mark
# -- again at the end after a blank
FLOOD_HEADLINE = "Flood waters rise in KwaZulu-Natal as rivers burst their banks"
FLOOD = (
    "Heavy rain pushed rivers over their banks on Monday, officials said.\n\n"
    "No one was hurt, the provincial disaster management centre said.\n"
)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Jo Reed · News24 ·", ("Jo Reed",)),
        ("Thandi Mokoena • Daily Maverick •", ("Thandi Mokoena",)),
        # must not change: no closing mark, or a closing mark glued to the outlet
        ("Jo Reed · Channel 4", None),
        ("Jo Reed · News24·", None),
        ("Thandi Mokoena • Daily Maverick•", None),
    ],
)
def test_dotted_credits_need_a_closing_mark(line: str, authors: tuple[str, ...] | None) -> None:
    article = PARSER.parse(f"{FLOOD_HEADLINE}\n{line}\n\n{FLOOD}")
    assert (article.byline.authors if article.byline else None) == authors


# -- BylineParser.parse_name_alone: a name in capitals and its city in title case on a line of its
# -- own between blank lines (a Spanish paper's signature) gives the name alone
@pytest.mark.parametrize(
    ("signature", "authors"),
    [
        ("JUAN PÉREZ Sevilla", ("JUAN PÉREZ",)),
        ("ANA RUIZ Barcelona", ("ANA RUIZ",)),
    ],
)
def test_capitals_signature_between_blank_lines(signature: str, authors: tuple[str, ...]) -> None:
    text = (
        "Incendio en el puerto obliga a evacuar a cientos de vecinos\n\n"
        f"{signature}\n\n"
        "Un incendio en una nave del puerto obligó el lunes a evacuar a cientos de vecinos, según los bomberos.\n\n"
        "No hubo heridos, dijo la policía.\n"
    )
    article = SPANISH.parse(text)
    assert article.byline is not None and article.byline.authors == authors


# -- SpeakerResolution.party_named_after, party_of_mention: "the Democrat" is the one person tied to
# -- the party unless the party's word stands again after the tie (a curly possessive too), and "a
# -- Democrat" is someone new
SENATE = "Senate fight\n\nWASHINGTON - Sen. Ana Ortiz (D-Ariz.) criticized the bill on Tuesday."
HOUSE = "House fight\n\nWASHINGTON - Rep. Tom Berg (R-Ohio) criticized the bill on Tuesday."


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (f'{SENATE}\n\n"This bill is a giveaway," the Democrat said.\n', "giveaway", "Ana Ortiz"),
        (f'{HOUSE}\n\n"This bill is a giveaway," the Republican said.\n', "giveaway", "Tom Berg"),
        # the party's word again after the tie, with a curly or a straight possessive: as written
        (
            f'{SENATE} A Democrat’s amendment to it failed by two votes.\n\n"This bill is a giveaway," the Democrat said.\n',
            "giveaway",
            "the Democrat",
        ),
        (
            f'{HOUSE} A Republican’s motion to delay it failed.\n\n"This bill is a giveaway," the Republican said.\n',
            "giveaway",
            "the Republican",
        ),
        (
            f"{HOUSE} A Republican's motion to delay it failed.\n\n\"This bill is a giveaway,\" the Republican said.\n",
            "giveaway",
            "the Republican",
        ),
    ],
)
def test_party_word_again_after_the_tie(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (f'{SENATE}\n\n"This bill is a giveaway," a Democrat said.\n', "giveaway"),
        (f'{HOUSE}\n\n"We cannot keep borrowing," a Republican said.\n', "borrowing"),
    ],
)
def test_indefinite_party_mention_is_someone_new(text: str, words: str) -> None:
    assert speaker_of(text, words) not in ("Ana Ortiz", "Tom Berg")


# -- DatelineParser.dated_after_stop: a place closed by a full stop, then its date and its agency in
# -- brackets, is one dateline (the date and the agency kept, the story after the dash)
@pytest.mark.parametrize(
    ("line", "place", "agency", "first"),
    [
        (
            "KYIV. Dec 5 (Interfax-Ukraine) - Ukraine's parliament passed the energy bill in a first reading on Thursday.",
            "KYIV",
            "Interfax-Ukraine",
            "Ukraine's parliament passed the energy bill in a first reading on Thursday.",
        ),
        (
            "ODESA. Nov 14 (Interfax-Ukraine) - The port resumed grain shipments on Friday, the regional governor said.",
            "ODESA",
            "Interfax-Ukraine",
            "The port resumed grain shipments on Friday, the regional governor said.",
        ),
        (
            "MOSCOW. 5 December (Interfax) - The State Duma passed the budget in a third reading on Thursday.",
            "MOSCOW",
            "Interfax",
            "The State Duma passed the budget in a third reading on Thursday.",
        ),
    ],
)
def test_place_with_full_stop_then_date_and_agency(line: str, place: str, agency: str, first: str) -> None:
    article = PARSER.parse(f"Parliament backs energy bill\n\n{line}\n\nThe vote was 260 in favour.\n")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency, article.dateline.date is not None) == (place, agency, True)
    assert article.paragraphs[0].text == first


# -- SpeakerResolution.kind_organisation, kind_names, owned_firm_name: "the budget carrier", "the
# -- German carmaker" name the one firm of the kind the article named (by its name's word, or set off
# -- as ", the carmaker,"); a firm's name with a possessive inside it loses only its article
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Airline results\n\nDUBLIN - SkyBlue Airways reported a record profit on Monday.\n\n"
            '"Demand for summer travel is strong," the budget carrier said.\n',
            "summer travel",
            "SkyBlue Airways",
        ),
        (
            "Carmaker cuts jobs\n\nFRANKFURT - Acme Motors reported lower sales on Monday.\n\n"
            '"We must lower our costs," the German carmaker said.\n',
            "lower our costs",
            "Acme Motors",
        ),
        (
            "Carmaker cuts jobs\n\nSTOCKHOLM - Volvo, the carmaker, said on Monday it would cut 1,000 office jobs.\n\n"
            '"We must lower our costs," the carmaker said.\n',
            "lower our costs",
            "Volvo",
        ),
        (
            "Brewer sold\n\nPRAGUE - Budvar, the brewer, agreed to a sale on Monday.\n\n"
            '"The deal secures jobs in the town," the brewer said.\n',
            "secures jobs",
            "Budvar",
        ),
        # must not change: two firms of the kind, either may speak: as written
        (
            "Airline results\n\nDUBLIN - SkyBlue Airways and Jet Coast Airlines reported record profits on Monday.\n\n"
            '"Demand for summer travel is strong," the budget carrier said.\n',
            "summer travel",
            "the budget carrier",
        ),
        (
            "Charity warning\n\nLONDON - Child poverty rose for a third year, figures showed on Monday.\n\n"
            "\"Families are being pushed to the brink,\" said The Children's Society.\n",
            "brink",
            "Children's Society",
        ),
        (
            "Ice cream sales\n\nOAKLAND - Summer sales rose by a fifth, figures showed on Monday.\n\n"
            "\"It was our best July,\" said Dreyer's Grand Ice Cream.\n",
            "best July",
            "Dreyer's Grand Ice Cream",
        ),
    ],
)
def test_firm_of_the_kind_speaks(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


# -- DirectQuotes.told_apposed_object: the one told, named after a comma with up to four capitalised
# -- words, is no part of the quotation after the colon: a direct quote of the teller
@pytest.mark.parametrize(
    ("line", "quoted", "kind"),
    [
        (
            'Foreign Minister Ana Ruiz told her Mexican counterpart, Andrés Manuel López Obrador: "We need a deal this week."',
            "We need a deal this week.",
            "direct",
        ),
        (
            'Coach Dan Pryor told the visiting minister, Sara Quist: "Our pitch needs a roof."',
            "Our pitch needs a roof.",
            "direct",
        ),
        ('Ana Ruiz told her French counterpart: "We need a deal this week."', "We need a deal this week.", "direct"),
        # must not change: a clause told, the quotation inside it
        ('Ana Ruiz told her staff the plan was "dead in the water."', 'the plan was "dead in the water."', "mixed"),
    ],
)
def test_one_told_before_a_colon(line: str, quoted: str, kind: str) -> None:
    quotes = PARSER.parse(f"Border talks\n\nBy Tom Hale\n\n{line}\n").quotes
    assert [(q.text, q.kind.value) for q in quotes] == [(quoted, kind)]
