"""Round 61's layout fixes (fixL61): a story's sentence in French, German or Spanish with an agency's
copyright sign glued on states its fact by the language's own past verbs, and a line of control
characters alone is its own part, never glued to a paragraph.  Invented stories in real layouts;
each row is the text and exactly what must come out."""

from __future__ import annotations

import pytest

from articles import parse_held
from newsparse import Article, ArticleParser

#: (headline, the story's two paragraphs after the lede) of each language
STORIES = {
    "de": (
        "Sturm legt das Tal lahm",
        ["Die Feuerwehr war die ganze Nacht im Einsatz.", "Die meisten Straßen waren am Mittag wieder frei."],
    ),
    "fr": (
        "La tempête paralyse la vallée",
        ["Les pompiers ont travaillé toute la nuit.", "La plupart des routes ont rouvert à midi."],
    ),
    "es": (
        "La tormenta paraliza el valle",
        ["Los bomberos trabajaron toda la noche.", "La mayoría de las carreteras reabrieron al mediodía."],
    ),
}


def parts_of(article: Article) -> tuple[list[tuple[str, str | None]], list[tuple[str, str]], list[str]]:
    """The article's captions (text, credit), boilerplate (kind, text) and paragraphs, in order."""
    captions = [(caption.text, caption.credit) for caption in article.captions]
    filed = [(item.kind, item.text) for item in article.boilerplate]
    return captions, filed, [paragraph.text for paragraph in article.paragraphs]


# -- (1) a story's first sentence before an agency's sign states a fact in the pack's own words ---

@pytest.mark.parametrize(
    ("language", "lede", "credit"),
    [
        # a finite verb of the past, the language's own: the story's first paragraph
        ("de", "Die Feuerwehr zog zwei Männer aus dem Fluss. © dpa", None),
        ("de", "Zwei Männer wurden am Sonntag aus dem Fluss gerettet. © dpa", None),
        ("fr", "Les pompiers ont sorti deux hommes de la rivière dimanche. © AFP", None),
        ("fr", "Un camion avait perdu son chargement sur l'A7. © AFP", None),
        ("es", "Los bomberos rescataron a dos hombres del río el domingo. © EFE", None),
        ("es", "Un camión volcó el domingo en la autopista A-7. © EFE", None),
        ("es", "Dos hombres fueron rescatados del río el domingo. © EFE", None),
        # (must not change: a picture described, with no verb or in the present, keeps caption and credit)
        ("de", "Ein Zug im Hauptbahnhof am Montag. © dpa", "dpa"),
        ("de", "Feuerwehrleute löschen am Montag einen Brand in Hamburg. © dpa", "dpa"),
        ("fr", "Des pompiers sur les lieux de l'incendie lundi. © AFP", "AFP"),
        ("fr", "A Paris, des manifestants défilent lundi. © AFP", "AFP"),
        ("fr", "Le président est accueilli à l'Élysée lundi. © AFP", "AFP"),
        ("es", "Bomberos trabajan en el lugar del incendio el domingo. © EFE", "EFE"),
        ("es", "Un niño junto al dominó gigante en la plaza de Madrid. © EFE", "EFE"),
    ],
)
def test_pack_sentence_before_sign(language: str, lede: str, credit: str | None) -> None:
    headline, story = STORIES[language]
    article = parse_held(f"{headline}\n\n{lede}\n\n" + "\n\n".join(story) + "\n", language)
    captions, filed, paragraphs = parts_of(article)
    assert article.headline is not None and article.headline.text == headline
    assert filed == []
    if credit is None:
        assert (captions, paragraphs) == ([], [lede, *story])
    else:
        assert (captions, paragraphs) == ([(lede.rpartition(" ©")[0], credit)], story)


@pytest.mark.parametrize(
    ("language", "sentence", "past"),
    [
        ("de", "Verletzt wurde niemand.", True),
        ("de", "Der Kanzler hat den Plan verteidigt.", True),
        ("fr", "Le maire a défendu le projet.", True),
        ("es", "El alcalde anunció el plan.", True),
        ("es", "Los vecinos protestaron el lunes.", True),
        # (no past: a noun phrase, the present, a noun in -ó after its article, a capital "A")
        ("de", "Die rote Fahne am Rathaus.", False),
        ("fr", "A Lyon, des manifestants.", False),
        ("es", "El dominó de la plaza.", False),
        ("es", "Un vecino en la plaza.", False),
        ("en", "Firefighters at the pier on Monday.", False),
    ],
)
def test_states_fact_in_pack_words(language: str, sentence: str, past: bool) -> None:
    assert ArticleParser(language=language).captions.states_fact(sentence) is past


# -- (4) a line of control characters alone is its own part --------------------------------------

HEAD = "Storm leaves valley without power\n\n"


@pytest.mark.parametrize("controls", ["\x00", "\x1b\x1b", "\x07", "\x00 \x01"])
def test_control_line_after_paragraph(controls: str) -> None:
    text = f"{HEAD}Crews worked through the night to clear fallen trees.\n\nMost roads reopened by noon.\n{controls}\n\nSchools stay shut.\n"
    captions, filed, paragraphs = parts_of(parse_held(text))
    assert captions == []
    assert filed == [("other", controls)]
    assert paragraphs == ["Crews worked through the night to clear fallen trees.", "Most roads reopened by noon.", "Schools stay shut."]


@pytest.mark.parametrize(
    ("line", "filed"),
    [
        ("\x00", True),
        ("\x00\x00\x00", True),
        # (must not change: a control character inside words keeps its line the story's)
        ("Most\x00 roads reopened by noon.", False),
    ],
)
def test_control_line_between_paragraphs(line: str, filed: bool) -> None:
    text = f"{HEAD}Crews worked through the night to clear fallen trees.\n{line}\nSchools stay shut.\n"
    captions, found, paragraphs = parts_of(parse_held(text))
    assert captions == []
    assert found == ([("other", line)] if filed else [])
    middle = [] if filed else [line]
    assert paragraphs == ["Crews worked through the night to clear fallen trees.", *middle, "Schools stay shut."]


# -- (3) a prompt for the reader's feedback and a product's promotion over its button -----------

ENGLISH_STORY = ["Crews worked through the night to clear fallen trees, the county said.", "Most roads reopened by noon."]
#: each language's story: (the text above the last line, its paragraphs)
ENDINGS = {
    "en": (HEAD + "\n\n".join(ENGLISH_STORY) + "\n\n", ENGLISH_STORY),
    **{code: (f"{headline}\n\n" + "\n\n".join(story) + "\n\n", story) for code, (headline, story) in STORIES.items()},
}


@pytest.mark.parametrize(
    ("language", "line", "prompt"),
    [
        # a question to the reader about a feedback's noun, maybe with a call or an address after it
        ("en", "Do you have an opinion on this story? To send us a letter, click here.", True),
        ("en", "Have you spotted a typo? Email corrections@valleygazette.example.", True),
        ("fr", "Vous avez repéré une erreur ?", True),
        ("de", "Haben Sie einen Fehler entdeckt?", True),
        ("de", "Ist Ihnen ein Fehler aufgefallen? Schreiben Sie uns.", True),
        ("es", "¿Has visto un error?", True),
        # (must not change: the story's question, someone's quoted one, a question and the story's answer)
        ("en", "Have you ever made an error at work? Most people have, the survey found.", False),
        ("en", '"Do you see an error?" she asked the clerk.', False),
        ("en", "Did the council make an error? The auditor thinks so.", False),
        ("en", "Did we make a mistake? We think not.", False),
        ("en", "Have you spotted an error? Let us know.", True),
        ("fr", "Le maire a-t-il commis une erreur ?", False),
        ("de", "Hat sie einen Fehler gemacht?", False),
        ("de", "Sie hat einen Fehler gemacht?", False),
        ("es", "¿Cometió el alcalde un error?", False),
    ],
)
def test_feedback_prompt(language: str, line: str, prompt: bool) -> None:
    top, story = ENDINGS[language]
    captions, filed, paragraphs = parts_of(parse_held(f"{top}{line}\n", language))
    assert captions == []
    assert filed == ([("other", line)] if prompt else [])
    assert paragraphs == [*story, *([] if prompt else [line])]


@pytest.mark.parametrize(
    ("line", "button", "promo"),
    [
        # a short line of the outlet's product, no fact nor prose, over a promotion's button
        ("Before it's here, it's on the Harbour Data Terminal.", "LEARN MORE", True),
        ("Before it's here, it's on the Harbour Data Terminal.", "Find out more", True),
        # (must not change: the story's last sentence over the button, a fact, prose, a day, a figure)
        ("The museum reopened to visitors last week.", "Learn more", False),
        ("The exhibition ran until March 3.", "Learn more", False),
        ("Volunteers are welcome, the council says.", "Learn more", False),
        ("Never miss a forecast with the Valley Weather app.", "Find out more", False),
        # (a link to another story's button is no promotion's)
        ("Before it's here, it's on the Harbour Data Terminal.", "Read more", False),
    ],
)
def test_promo_over_button(line: str, button: str, promo: bool) -> None:
    top, story = ENDINGS["en"]
    captions, filed, paragraphs = parts_of(parse_held(f"{top}{line}\n\n{button}\n"))
    assert captions == []
    kind = "related" if button == "Read more" else "other"
    assert filed == [*([("other", line)] if promo else []), (kind, button)]
    assert paragraphs == [*story, *([] if promo else [line])]


# -- (2) an agency's credit with no slash run into the lede: the line is the story's -------------

RUN_IN_STORY = ["Crews worked through the night, the council said.", "Roads were closed across the valley."]


@pytest.mark.parametrize(
    ("lede", "captions", "paragraphs"),
    [
        # a label and an agency alone, the line end lost over the lede: the credit a caption, the lede
        # the story's from its first word (fixL61b)
        (
            "Photo: AAP Police said on Monday a man had been charged over the fire.",
            [("Photo: AAP", "AAP")],
            ["Police said on Monday a man had been charged over the fire."],
        ),
        (
            "Photo: Getty Images Officials said the bridge would reopen on Friday.",
            [("Photo: Getty Images", "Getty Images")],
            ["Officials said the bridge would reopen on Friday."],
        ),
        # (must not change: the credit on its own line, and a caption's own words after an agency)
        (
            "Photo: AAP\n\nPolice said on Monday a man had been charged over the fire.",
            [("Photo: AAP", "AAP")],
            ["Police said on Monday a man had been charged over the fire."],
        ),
        ("Photo: AAP Firefighters at the scene on Monday.", [("AAP Firefighters at the scene on Monday.", None)], []),
        ("Photo: Crowds gather at the pier on Monday", [("Crowds gather at the pier on Monday", None)], []),
    ],
)
def test_agency_run_into_lede(lede: str, captions: list[tuple[str, str | None]], paragraphs: list[str]) -> None:
    text = f"{HEAD}By Sam Carter\n\n{lede}\n\n" + "\n\n".join(RUN_IN_STORY) + "\n"
    found, _, texts = parts_of(parse_held(text))
    assert found == captions
    assert texts == [*paragraphs, *RUN_IN_STORY]
