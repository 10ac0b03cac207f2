"""Regressions of round 61's layout rules, narrowed (mendL61): a reader's question and the story's
advice to the reader is no feedback prompt, a caption in the language's own past keeps a picture
desk's form, a business over a Follow button is no author, a series' label between the author and
the stamp is no outlet, and a news agency right after a credit label is no part of a speaker.
Invented stories in real layouts; each row is the text and exactly what must come out, the rows
that must not fire beside the ones that must."""

from __future__ import annotations

import pytest

from articles import parse_held, parts_of
from parts import blocks

# -- (1) a feedback prompt is about the page; a question and the story's advice are the story's ---

#: each language's headline and the story's two paragraphs above the line read
STORIES = {
    "en": (
        "Pension forms: what changes in April",
        [
            "Savers will be able to fill in their pension forms online from April, the pensions office said on Monday.",
            "The paper form will be withdrawn at the end of the year.",
        ],
    ),
    "fr": (
        "Retraites : les formulaires passent en ligne",
        [
            "Les assurés pourront remplir leur dossier de retraite en ligne dès le mois d'avril, a annoncé lundi la caisse nationale.",
            "Le formulaire papier sera supprimé à la fin de l'année.",
        ],
    ),
    "de": (
        "Rentenanträge künftig online",
        [
            "Versicherte können ihren Rentenantrag ab April online stellen, teilte die Rentenkasse am Montag mit.",
            "Das Papierformular wird Ende des Jahres abgeschafft.",
        ],
    ),
    "es": (
        "Las solicitudes de pensión pasan a internet",
        [
            "Los afiliados podrán presentar su solicitud de pensión por internet desde abril, anunció el lunes la Seguridad Social.",
            "El formulario en papel desaparecerá a final de año.",
        ],
    ),
}


@pytest.mark.parametrize(
    ("language", "line", "prompt"),
    [
        # the page named, a call to write to the page, or an error named in nothing else: the page's prompt
        ("en", "Have you spotted an error in this story? Let us know.", True),
        ("en", "Did you find a mistake? Contact us at the news desk.", True),
        ("fr", "Vous avez relevé une erreur dans cet article ?", True),
        ("fr", "Vous avez repéré une coquille ? Signalez-la.", True),
        ("de", "Haben Sie einen Fehler in diesem Artikel gefunden? Schreiben Sie uns.", True),
        ("es", "¿Has encontrado un error? Escríbenos.", True),
        # (must not fire: an error in the reader's own form or bill and the story's advice after it)
        ("en", "Made an error on your pension form? You can send a corrected form until June 1.", False),
        ("en", "Spotted a mistake on your energy bill? Your supplier has 14 days to fix it.", False),
        ("en", "Have you found an error? Report it to your bank within a week.", False),
        ("fr", "Vous avez commis une erreur sur votre dossier ? Vous pouvez le modifier en ligne.", False),
        ("de", "Haben Sie einen Fehler in Ihrem Antrag entdeckt? Sie können ihn bis Ende Juli korrigieren.", False),
        ("es", "¿Has cometido un error en tu solicitud? Puedes corregirlo hasta el 30 de junio.", False),
    ],
)
def test_feedback_prompt_is_the_pages(language: str, line: str, prompt: bool) -> None:
    headline, story = STORIES[language]
    article = parse_held(blocks(headline, *story, line), language)
    captions, filed, paragraphs = parts_of(article)
    assert article.headline is not None and article.headline.text == headline
    assert captions == []
    assert filed == ([("other", line)] if prompt else [])
    assert paragraphs == [*story, *([] if prompt else [line])]


# -- (2) a caption in the pack's own past keeps a picture desk's form -------------------------------

CAPTIONED = {
    "fr": ("Le tramway de Rennes prend du retard", "Le chantier du tramway aura six mois de retard, a reconnu mardi la métropole."),
    "de": ("Kanzlerin trifft Präsidenten", "Die Gespräche drehten sich vor allem um die Energiepreise, hieß es aus Regierungskreisen."),
    "es": ("Protesta vecinal en Valencia", "Cientos de vecinos se concentraron para pedir más autobuses, según la policía local."),
}


@pytest.mark.parametrize(
    ("language", "line", "caption"),
    [
        # a closing date with its year, or a photographer's slash credit: the picture's caption and credit
        (
            "fr",
            "La ministre a visité le chantier du tramway à Rennes, le 9 février 2026. © AFP",
            ("La ministre a visité le chantier du tramway à Rennes, le 9 février 2026.", "AFP"),
        ),
        (
            "fr",
            "Des agriculteurs ont bloqué l'autoroute près de Toulouse. © LUC MARTIN / AFP",
            ("Des agriculteurs ont bloqué l'autoroute près de Toulouse.", "LUC MARTIN / AFP"),
        ),
        (
            "de",
            "Die Kanzlerin traf den Präsidenten in Berlin am 9. Februar 2026. © dpa",
            ("Die Kanzlerin traf den Präsidenten in Berlin am 9. Februar 2026.", "dpa"),
        ),
        (
            "es",
            "Los vecinos protestaron frente al ayuntamiento de Valencia, el 9 de febrero de 2026. © EFE",
            ("Los vecinos protestaron frente al ayuntamiento de Valencia, el 9 de febrero de 2026.", "EFE"),
        ),
        # (must not fire: the pack's past and a weekday only, or reported speech: the story's first paragraph)
        ("fr", "Des agriculteurs ont bloqué l'autoroute près de Toulouse lundi. © AFP", None),
        ("de", "Die Polizei nahm am Montag zwei Verdächtige in Berlin fest. © dpa", None),
        ("es", "Los agricultores cortaron la autopista el lunes. © EFE", None),
        ("fr", "Le maire a annoncé sa démission, a déclaré le préfet le 9 février 2026. © AFP", None),
    ],
)
def test_pack_past_caption_form(language: str, line: str, caption: tuple[str, str] | None) -> None:
    headline, story = CAPTIONED[language]
    article = parse_held(blocks(headline, line, story), language)
    captions, filed, paragraphs = parts_of(article)
    assert filed == []
    if caption is None:
        assert (captions, paragraphs) == ([], [line, story])
    else:
        assert (captions, paragraphs) == ([caption], [story])


# -- (3) a business's name over a Follow button is no author; (4) a series' label is no outlet -----

ESSAY_TITLE = "What a year of four-day weeks did to our team"
FIRST_PERSON = "When we moved to a four-day week in 2025, I expected the backlog to grow; it shrank instead."


@pytest.mark.parametrize(
    ("header", "authors", "filed"),
    [
        # a person's name over the button and a reading time: the author
        ("Tiernan Oakhurst\nFollow\n4 min read", ("Tiernan Oakhurst",), ["Follow", "4 min read"]),
        # (must not fire: a firm's page, its trade word ending the name, over the button)
        ("Westbrook Logistics\nFollow\n4 min read", None, ["Westbrook Logistics", "Follow", "4 min read"]),
        ("Halden Robotics\nFollow\n4 min read\n·\nMar 3, 2026", None, ["Halden Robotics", "Follow", "4 min read", "·"]),
        ("Pinecrest Software\nFollow\n4 min read", None, ["Pinecrest Software", "Follow", "4 min read"]),
    ],
)
def test_business_over_follow_button(header: str, authors: tuple[str, ...] | None, filed: list[str]) -> None:
    article = parse_held(blocks(ESSAY_TITLE, header, FIRST_PERSON))
    assert (article.byline.authors if article.byline else None) == authors
    assert [item.text for item in article.boilerplate] == filed


REPORT_TITLE = "Island ferry fleet to be replaced by 2030"
REPORT = "The island's ageing ferries will be replaced by four electric vessels by 2030, the transport board said on Monday."


@pytest.mark.parametrize(
    ("middle", "text", "filed"),
    [
        # an outlet between the author and the stamp: the byline's text
        ("The Harbour Gazette", "Iona Baxter The Harbour Gazette", []),
        ("The Scotsman", "Iona Baxter The Scotsman", []),
        # (must not fire: a series' or a section's label there is boilerplate, the byline the name alone)
        ("The Weekend Essay", "Iona Baxter", ["The Weekend Essay"]),
        ("The Big Picture", "Iona Baxter", ["The Big Picture"]),
        ("The Explainer", "Iona Baxter", ["The Explainer"]),
    ],
)
def test_series_label_over_stamp(middle: str, text: str, filed: list[str]) -> None:
    article = parse_held(blocks(REPORT_TITLE, f"Iona Baxter\n{middle}\nMarch 9, 2026", REPORT))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (("Iona Baxter",), None, text)
    assert [item.text for item in article.boilerplate] == filed
    assert article.published is not None and article.published.text == "March 9, 2026"


# -- (5) a news agency right after a credit label is no part of the speaker --------------------------


@pytest.mark.parametrize(
    ("line", "lede", "quote", "speaker"),
    [
        # the credit's agency run into the lede: the speaker is the subject after it (a credit label and an
        # agency alone opening the line are cut off as a caption since fixL61b: the lede opens after them)
        ("Photo: AFP Firefighters said on Tuesday the blaze had been contained.", "Firefighters said on Tuesday the blaze had been contained.", "the blaze had been contained", "Firefighters"),
        ("The depot was shut. Image: Reuters Officials said on Tuesday it would reopen.", None, "it would reopen", "Officials"),
        ("Pictures: AP Rescuers said on Tuesday two workers had been found.", None, "two workers had been found", "Rescuers"),
        # (must not fire: the agency's own outlet, or a label that credits no picture)
        ("Photo: Reuters Television said on Tuesday the blaze had been contained.", None, "the blaze had been contained", "Reuters Television"),
        ("Bulletin: BBC Radio Scotland said on Tuesday the blaze had been contained.", None, "the blaze had been contained", "BBC Radio Scotland"),
    ],
)
def test_agency_after_credit_label(line: str, lede: str | None, quote: str, speaker: str) -> None:
    article = parse_held(blocks("Blaze at bus depot", "By Sam Carter", line, "Crews stayed at the site overnight."))
    assert [paragraph.text for paragraph in article.paragraphs] == [lede or line, "Crews stayed at the site overnight."]
    assert [(found.text, found.speaker.name if found.speaker else None) for found in article.quotes] == [(quote, speaker)]
