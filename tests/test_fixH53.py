"""fixH53: layout leftovers: editors' notes in other languages, wire sign-offs alone on a line,
and the header lines over a title (a kicker, a byline, a wire's stamp)."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser

BODY_EN = (
    "The county board voted on Tuesday to approve the plan after a debate that ran late into the evening.\n\n"
    "Supporters said the money would be spent on new buses and on repairs to the ferry terminal next year.\n\n"
    "Critics on the board said the spending left too little for road repairs and promised to revisit it.\n"
)
BODY_FR = (
    "Le conseil départemental a adopté mardi le plan après un débat qui s'est prolongé tard dans la soirée.\n\n"
    "Les partisans du projet ont assuré que l'argent servirait à acheter de nouveaux bus l'an prochain.\n"
)
BODY_DE = (
    "Der Kreistag hat am Dienstag den Plan nach einer langen Debatte am späten Abend verabschiedet.\n\n"
    "Befürworter sagten, das Geld solle im kommenden Jahr in neue Busse und in die Fähre fließen.\n"
)
BODY_ES = (
    "El consejo comarcal aprobó el martes el plan tras un debate que se prolongó hasta la noche.\n\n"
    "Los partidarios dijeron que el dinero se destinará a nuevos autobuses el próximo año.\n"
)
BODIES = {"en": BODY_EN, "fr": BODY_FR, "de": BODY_DE, "es": BODY_ES}
TITLES = {"en": "Board backs bus plan", "fr": "Le plan des bus adopté", "de": "Busplan beschlossen", "es": "Aprobado el plan de autobuses"}


def parse(text: str, language: str | None = None) -> dict:  # type: ignore[type-arg]
    parser = ArticleParser(language=language) if language else ArticleParser()
    return parser.parse(text).to_dict()


def kinds(d: dict) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(b["kind"], b["text"]) for b in d["boilerplate"]]


@pytest.mark.parametrize(
    ("language", "note"),
    [
        ("en", "Correction (Oct. 2, 2026): An earlier version of this story gave the wrong cost of the buses."),
        ("en", "[Correction: An earlier version of this story gave the wrong cost of the buses.]"),
        ("en", "[Editor's note: This story was updated with the board's final vote.]"),
        ("fr", "Rectificatif : une première version de cet article donnait un mauvais montant."),
        ("fr", "Erratum : le vote a eu lieu mardi et non lundi."),
        ("fr", "Note de la rédaction : cet article a été mis à jour après le vote."),
        ("de", "Korrektur: In einer früheren Fassung hieß es, der Kreistag habe am Montag getagt."),
        ("de", "Anmerkung der Redaktion: Der Text wurde nach der Abstimmung ergänzt."),
        ("de", "Hinweis der Redaktion: Der Autor ist Mitglied des Kreistags."),
        ("de", "Transparenzhinweis: Der Autor war früher Sprecher der Verkehrsbetriebe."),
        ("es", "Fe de errores: una versión anterior de esta noticia daba una cifra equivocada."),
        ("es", "Nota de la redacción: esta información se actualizó tras la votación."),
        ("es", "Corrección: el pleno se celebró el martes, no el lunes."),
    ],
)
def test_editors_note_at_the_end(language: str, note: str) -> None:
    d = parse(f"{TITLES[language]}\n\n{BODIES[language]}\n{note}\n", None if language == "en" else language)
    assert kinds(d) == [("editors-note", note)]
    assert note not in [p["text"] for p in d["paragraphs"]]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        # a label word opening a sentence with no colon after it stays the story's
        ("fr", "Rectificatif ou non, le montant voté reste le même selon la présidente du conseil."),
        ("de", "Korrektur der Zahlen erwartet die Opposition erst nach der Sommerpause, sagte ein Sprecher."),
        ("es", "Corrección de errores en el censo será la próxima tarea del consejo, dijo la portavoz."),
        # an English correction word not as a label
        ("en", "Correction officers at the county jail said they had not been consulted about the plan."),
        # a label in brackets of the wrong kind
        ("en", "[Update: the board will meet again on Friday to vote on the second part of the plan.]"),
    ],
)
def test_label_word_in_a_story_sentence_stays_a_paragraph(language: str, line: str) -> None:
    d = parse(f"{TITLES[language]}\n\n{BODIES[language]}\n{line}\n", None if language == "en" else language)
    assert [p["text"] for p in d["paragraphs"]][-1] == line
    assert not [k for k in kinds(d) if k[0] == "editors-note"]


@pytest.mark.parametrize(
    "line",
    ["jr/tp/ab", "burs-jr/tp", "==Kyodo", "(AFP)", "— AFP", "(With inputs from PTI)", "With inputs from agencies."],
)
def test_wire_sign_off_alone_at_the_end(line: str) -> None:
    d = parse(f"{TITLES['en']}\n\n{BODY_EN}\n{line}\n")
    assert kinds(d) == [("sign-off", line)]
    assert len(d["paragraphs"]) == 3


@pytest.mark.parametrize(
    "line",
    [
        "Buses/ferries",  # capitals: no desk's initials
        "(Jane Roe)",  # a name in brackets, no agency
        "[Reuters]",  # an outlet in square brackets: a citation under an excerpt
        "With inputs from residents, the board will draw up a second plan before the spring, the chair said.",
    ],
)
def test_no_wire_sign_off(line: str) -> None:
    d = parse(f"{TITLES['en']}\n\n{BODY_EN}\n{line}\n")
    assert ("sign-off", line) not in kinds(d)


def header(d: dict) -> tuple:  # type: ignore[type-arg]
    byline = d["byline"] and tuple(d["byline"]["authors"])
    return tuple(d["section"]), d["headline"] and d["headline"]["text"], byline


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # a kicker, a wire's name and a stamp, then the title alone in its block
        (
            "BUSINESS\nReuters\nOctober 2, 2026 9:40 AM GMT\n\nRail freight volumes fall for third month\n\n",
            (("BUSINESS",), "Rail freight volumes fall for third month", ("Reuters",)),
        ),
        (
            "Travel\nBy Ana Ortiz\n\nFerry fares to rise on island routes\n\n",
            (("Travel",), "Ferry fares to rise on island routes", ("Ana Ortiz",)),
        ),
        # (in one block, as before)
        (
            "BUSINESS\nReuters\nOctober 2, 2026 9:40 AM GMT\nRail freight volumes fall for third month\n\n",
            (("BUSINESS",), "Rail freight volumes fall for third month", ("Reuters",)),
        ),
        # a section's word that is also a share button, over the authors' names and the title
        (
            "Comment\nLena Marsh and David Okoro\nWhy the county must keep its bus routes\n\n",
            (("Comment",), "Why the county must keep its bus routes", ("Lena Marsh", "David Okoro")),
        ),
        (
            "Comment\nBy Lena Marsh\nWhy the county must keep its bus routes\n\n",
            (("Comment",), "Why the county must keep its bus routes", ("Lena Marsh",)),
        ),
        # an author's name alone over the title, the story not about her
        (
            "Lena Marsh\nRail freight volumes fall for third month\n\n",
            ((), "Rail freight volumes fall for third month", ("Lena Marsh",)),
        ),
    ],
)
def test_header_over_a_title(top: str, expected: tuple) -> None:  # type: ignore[type-arg]
    d = parse(top + BODY_EN)
    assert header(d) == expected
    assert not [b for b in d["boilerplate"] if b["text"] == expected[1]]


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # a button that names no section over a byline stays a button
        (
            "Share\nBy Lena Marsh\nWhy the county must keep its bus routes\n\n",
            ((), "Why the county must keep its bus routes", ("Lena Marsh",)),
        ),
        # "Comment" over a stamp alone, no byline: the button's reading stays
        (
            "Comment\nOctober 2, 2026\nWhy the county must keep its bus routes\n\n",
            ((), "Why the county must keep its bus routes", None),
        ),
        # a label that is no person's name over the title stays the kicker; a name in capitals too
        (
            "Island Life\nRail freight volumes fall for third month\n\n",
            (("Island Life",), "Rail freight volumes fall for third month", None),
        ),
        (
            "LENA MARSH\nRail freight volumes fall for third month\n\n",
            (("LENA MARSH",), "Rail freight volumes fall for third month", None),
        ),
        # "Comment" under the title is a button, as before
        (
            "Why the county must keep its bus routes\nComment\nBy Lena Marsh\n\n",
            ((), "Why the county must keep its bus routes", ("Lena Marsh",)),
        ),
        # a wire's signature under the kicker, then the story: no title to take (the story's first line
        # stays its first paragraph)
        (
            "BUSINESS\nReuters\nOctober 2, 2026 9:40 AM GMT\n\n",
            None,
        ),
    ],
)
def test_header_over_a_title_precision(top: str, expected: tuple) -> None:  # type: ignore[type-arg]
    d = parse(top + BODY_EN)
    if expected is not None:
        assert header(d) == expected
    assert d["paragraphs"][0]["text"].startswith("The county board voted")
    assert len(d["paragraphs"]) == 3


OBITUARY = (
    "Obituaries\nEdith Varga\nFerry captain who never missed a sailing in 40 years\n\n"
    "Edith Varga, who captained the island ferry for four decades, has died aged 84.\n\n"
    "She was the first woman to command the route and trained dozens of crews, her family said.\n\n"
    "Varga is survived by two sons and five grandchildren.\n"
)
PROFILE = (
    "Lena Marsh\nRail freight volumes fall for third month\n\n"
    "Lena Marsh, the rail authority's chief economist, said on Tuesday that freight volumes fell again.\n\n"
    "Marsh said the fall was smaller than in the summer.\n"
)


def test_a_name_under_a_kicker_that_the_story_is_about_is_a_label_not_the_headline() -> None:
    d = parse(OBITUARY)
    assert header(d) == (("Obituaries", "Edith Varga"), "Ferry captain who never missed a sailing in 40 years", None)
    assert d["boilerplate"] == []
    assert d["paragraphs"][0]["text"].startswith("Edith Varga, who captained")


def test_a_name_over_a_title_that_the_story_is_about_is_no_byline() -> None:
    d = parse(PROFILE)
    assert d["byline"] is None
    assert d["headline"]["text"] == "Rail freight volumes fall for third month"


@pytest.mark.parametrize(
    ("top", "agency"),
    [
        ("Board backs bus plan\n(AFP)\n\n", "AFP"),  # under the title: the dateline's agency, no sign-off
        ("Board backs bus plan\n\n(AFP)\n\n", "AFP"),
    ],
)
def test_an_agency_alone_under_the_title_is_no_sign_off(top: str, agency: str) -> None:
    d = parse(top + BODY_EN)
    assert d["dateline"]["agency"] == agency
    assert [k for k in kinds(d) if k[0] == "sign-off"] == []


def test_an_agency_alone_at_the_end_over_links_is_the_sign_off() -> None:
    d = parse(f"{TITLES['en']}\n\n{BODY_EN}\n(AFP)\n\nMore news\n")
    assert kinds(d) == [("sign-off", "(AFP)"), ("other", "More news")]
