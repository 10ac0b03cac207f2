"""Layouts a new user's pages showed (trialL63), on texts written for the project: a kicker in
title case over a headline in sentence case (the kicker is the section, the line under it the
headline); with the nearest shapes that must read as before."""

from __future__ import annotations

import pytest

from articles import parse_held, stamp_isoformats

STORY = "\nThe finance committee approved the measure on Tuesday after a long debate.\n"

#: (text, section, headline): a title-case kicker over a sentence-case headline and the header under it.
KICKERS = [
    # a byline right under the headline
    (f"Coastal Storm Watch\nHigh tides flood seafront homes in Westmere, residents say\nby Tomas Reyna\n"
     f"March 3, 2026 9:10 AM\n{STORY}", ("Coastal Storm Watch",), "High tides flood seafront homes in Westmere, residents say"),
    # a standfirst, then the author's name alone and a note about them
    ("Regional Council Reporting\nCity council votes to delay harbour dredging plan\n"
     "The council will revisit the $9m scheme in June after a packed public meeting.\nAroha Manu\n"
     "Aroha Manu covers local government for the paper\nUpdated 10:15 AM, Thu 5 Mar 2026\n" + STORY,
     ("Regional Council Reporting",), "City council votes to delay harbour dredging plan"),
    # an outlet's line between the headline and the byline with its role
    ("Pacific Affairs Desk\nIsland nations sign fisheries pact in Suva\nWire Service News\nTevita Lolo, Reporter\n"
     "Published: 4:02 pm Monday 2 March 2026\n" + STORY, ("Pacific Affairs Desk",), "Island nations sign fisheries pact in Suva"),
    # a label that names a kind of piece, the story right under the title, no byline
    ("Letters to the Editor\nBus cuts leave villages stranded\nSir, – Your report on the rural bus timetable did not go far "
     "enough.\n\nMy father is 90 and cannot drive.\n", ("Letters to the Editor",), "Bus cuts leave villages stranded"),
    # must not change: a short headline in title case over a standfirst that ends a sentence keeps its headline
    ("Markets Rally Again\nShares rose for a third day as investors bet on lower interest rates.\nBy Tomas Reyna\n"
     "March 3, 2026 9:10 AM\n" + STORY, (), "Markets Rally Again"),
    # must not change: a two-deck headline in title case (both lines title case) keeps its first deck
    ("Fed Holds Rates Steady\nCentral Bank Signals Two Cuts Later This Year\nBy Tomas Reyna\nMarch 3, 2026 9:10 AM\n"
     + STORY, (), "Fed Holds Rates Steady"),
    # must not change: a short headline in title case ending in a section or piece noun over its deck (trial63b)
    ("Council Approves Parking Policy\nThe decision follows months of complaints from residents about the service\n\n"
     "By Sian Merrow\n14 April 2026\n\n" + STORY, (), "Council Approves Parking Policy"),
    ("Club Plans Stadium Review\nThe board will report to members before the season starts in August\n\n"
     "By Sian Merrow\n14 April 2026\n\n" + STORY, (), "Club Plans Stadium Review"),
    ("Apple Delays Software Updates\nThe company says the new features need more testing before release\n\n"
     "By Sian Merrow\n14 April 2026\n\n" + STORY, (), "Apple Delays Software Updates"),
    # must not change: a person's name over the title is no kicker
    ("Maria Okafor\nCity council votes to delay harbour dredging plan\nMarch 3, 2026 9:10 AM\n" + STORY, (),
     "City council votes to delay harbour dredging plan"),
]


@pytest.mark.parametrize(("text", "section", "headline"), KICKERS)
def test_title_case_kicker_over_sentence_case_headline(text: str, section: tuple[str, ...], headline: str) -> None:
    article = parse_held(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline


#: (text, authors or None, captions as (text, credit, number of spans)): a name and a writer's role after a
#: slash is the byline; a caption printed twice over its credit line is one caption; a credit after a
#: spaced dash ends its caption; a date after a credit's name is no part of it.
CREDITS = [
    ("Council rows over road works\nPublished: Sunday | March 1, 2026 | 12:07 AM\nMarcia Dunkley/Staff Reporter\n\n"
     "The opposition has accused the Government of starving rural roads of money.\n", ("Marcia Dunkley",), []),
    ("Council rows over road works\nPublished: Sunday | March 1, 2026 | 12:07 AM\nMarcia Dunkley/Political Editor\n\n"
     "The opposition has accused the Government of starving rural roads of money.\n", ("Marcia Dunkley",), []),
    # must not change: a name and an outlet after a slash, or a photographer's role, stays a credit
    ("Council rows over road works\nBy Tomas Reyna\n\nVendors protest outside the market on Friday.\nMarcia Dunkley/Staff "
     "Photographer\n\nThe opposition has accused the Government of starving rural roads of money.\n", ("Tomas Reyna",),
     [("Vendors protest outside the market on Friday.", "Marcia Dunkley/Staff Photographer", 1)]),
    # a caption printed twice, then its credit alone
    ("Keeper backs himself after derby error\nBy Tomas Reyna\nMarch 3, 2026 9:10 AM\n"
     "Sam Lowe, 19, reacts after conceding the late equaliser.\nSam Lowe, 19, reacts after conceding the late equaliser.\n"
     "Ian Moss/Photosport\n\nThe coach has backed his young goalkeeper after a late error in the derby.\n", ("Tomas Reyna",),
     [("Sam Lowe, 19, reacts after conceding the late equaliser.", "Ian Moss/Photosport", 2)]),
    # a caption whose credit follows a spaced dash
    ("Council rows over road works\nBy Tomas Reyna\n\nVendors block a section of the main road on Friday to protest the "
     "state of the market. - Lena Hart/Photographer\n\nThe opposition has accused the Government of starving rural roads "
     "of money.\n", ("Tomas Reyna",),
     [("Vendors block a section of the main road on Friday to protest the state of the market.", "Lena Hart/Photographer", 1)]),
    # a date after the credit's name
    ("Coast guard shadows survey ship\nBy Tomas Reyna\n\nA patrol vessel shadows the survey ship on Wednesday. Photo courtesy "
     "of the Coast Guard Nov. 27, 2025\n\nThe coast guard said it had sent two vessels to shadow the ship.\n", ("Tomas Reyna",),
     [("A patrol vessel shadows the survey ship on Wednesday.", "the Coast Guard", 1)]),
]


@pytest.mark.parametrize(("text", "authors", "captions"), CREDITS)
def test_slash_roles_and_credits(text: str, authors: tuple[str, ...] | None, captions: list[tuple[str, str, int]]) -> None:
    article = parse_held(text)
    assert (article.byline.authors if article.byline else None) == authors
    assert [(c.text, c.credit, len(c.spans)) for c in article.captions] == captions


FOOT_STORY = "Ferry service resumes\n\nThe ferry resumed service on Monday after repairs, the operator said.\n"


@pytest.mark.parametrize(
    ("tail", "authors", "last_paragraph", "boilerplate"),
    [
        # a wire desk's byline in brackets and its end mark with initials at the foot
        ("\n(By Ana Lima and Tom Hale)\nEnditem/KW\n", ("Ana Lima", "Tom Hale"),
         "The ferry resumed service on Monday after repairs, the operator said.", [("sign-off", "Enditem/KW")]),
        # must not change: a bracket that holds no byline, or more than one
        ("\n(By the numbers)\n", None, "The ferry resumed service on Monday after repairs, the operator said.",
         [("other", "(By the numbers)")]),
        # a letter's closing and its signature
        ("\nYours, etc,\n\nJANE ROE-BARRY,\nKilbracken,\nCo Clare.\n", None,
         "The ferry resumed service on Monday after repairs, the operator said.",
         [("sign-off", "Yours, etc,"), ("sign-off", "JANE ROE-BARRY,"), ("sign-off", "Kilbracken,"), ("sign-off", "Co Clare.")]),
        # must not change: a sentence that opens with a closing's words stays the story's
        ("\nYours, etc, is how the letter ended.\n", None, "Yours, etc, is how the letter ended.", []),
    ],
)
def test_closing_debris(tail: str, authors: tuple[str, ...] | None, last_paragraph: str,
                        boilerplate: list[tuple[str, str]]) -> None:
    article = parse_held(FOOT_STORY + tail)
    assert (article.byline.authors if article.byline else None) == authors
    assert article.paragraphs[-1].text == last_paragraph
    assert [(b.kind, b.text) for b in article.boilerplate] == boilerplate


def test_byline_printed_again_at_the_foot_is_a_sign_off() -> None:
    text = ("Eliminan la licencia para importar neumáticos\nMartina Ruiz Lanús\n25 de noviembre de 2025\n\n"
            "El Ministerio de Economía eliminó este martes el requisito de licencia previa.\n\nPor Martina Ruiz Lanús\n")
    article = parse_held(text, "es")
    assert article.byline is not None and article.byline.authors == ("Martina Ruiz Lanús",)
    assert article.byline.text == "Martina Ruiz Lanús"
    assert [(b.kind, b.text) for b in article.boilerplate] == [("sign-off", "Por Martina Ruiz Lanús")]
    assert [p.text for p in article.paragraphs] == [
        "El Ministerio de Economía eliminó este martes el requisito de licencia previa."
    ]


@pytest.mark.parametrize(
    ("line", "authors", "agency"),
    [
        # a name, an outlet's acronym and its office's place: the person and the outlet
        ("Jelena Marković-Ilić BIRN Belgrade", ("Jelena Marković-Ilić",), "BIRN Belgrade"),
        ("By Ana Ortega AFP Madrid", ("Ana Ortega",), "AFP"),
        ("By Jo Roe and Tom Hale AFP Madrid", ("Jo Roe", "Tom Hale"), "AFP"),
        # must not change: an acronym and no place, a place after "in"
        ("By Jo Roe BBC News", ("Jo Roe",), "BBC News"),
        ("By Ana Ortega in Madrid", ("Ana Ortega",), None),
    ],
)
def test_name_before_an_outlets_office(line: str, authors: tuple[str, ...], agency: str | None) -> None:
    article = parse_held(f"Court jails former officers over beating\n{line}\nNovember 27, 2025 15:22\n{STORY}")
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (authors, agency)


@pytest.mark.parametrize(
    ("sentence", "published", "updated"),
    [
        # a date on the page that reads only day first: the stamps that read both ways are day first too
        ("The tender closed on 25/11/2025, the ministry said.", "2025-11-04T09:30:00", "2025-11-05T13:05:00"),
        # must not change: a date that reads only month first, both kinds, or none keeps the default
        ("The tender closed on 11/25/2025, the ministry said.", "2025-04-11T09:30:00", "2025-05-11T13:05:00"),
        ("The tender closed on 25/11/2025 and reopened on 12/14/2025.", "2025-04-11T09:30:00", "2025-05-11T13:05:00"),
        ("The tender closed on Monday, the ministry said.", "2025-04-11T09:30:00", "2025-05-11T13:05:00"),
    ],
)
def test_one_page_one_date_order(sentence: str, published: str, updated: str) -> None:
    text = f"Marina deal signed after long wait\nAndreas Loizou\n04/11/2025 09:30\nLast updated: 05/11/2025 13:05\n\n{sentence}\n"
    assert stamp_isoformats(text) == (published, updated)


def test_headline_in_capitals_with_an_acronym_and_a_place_is_no_byline() -> None:
    article = parse_held("OILCO PLANS TO OPEN OFFICE IN TOKYO\n\nOilco Corp said it would open an office in Tokyo next year.\n")
    assert article.byline is None
    assert article.headline is not None and article.headline.text == "OILCO PLANS TO OPEN OFFICE IN TOKYO"
