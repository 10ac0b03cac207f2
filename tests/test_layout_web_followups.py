"""Follow-ups of the web-page trial in French, German, Spanish and English (issue 5's trial), read
by the English default parser and by the language packs: a story's sentence over a bare credit
line, authors joined by another language's ``and`` after its opener, a credit label the
vocabulary does not know, a copyright line under a caption, and a language's advertisement,
related and published labels.

Each table gives the bad shape the trial met beside the good one, and near-misses that must not
change; every line of the input stays in a part, every span slices back to its text.
"""

from __future__ import annotations

import pytest

from newsparse import ArticleParser, BoilerplateParser, BylineParser, CaptionParser, parse_article
from newsparse.lines import Line
from newsparse.quotes.languages import language_pack
from newsparse.spans import Span
from parts import holds_every_line

HEAD = "Storm hits the south coast\n\nBy Jane Roe\n\n"
LEDE = "Forecasters said the winds would ease by Tuesday evening but warned of more rain later in the week."
MORE = "The council said repairs to the sea wall would take several weeks and cost more than it had planned."



# -- 1. a story's sentence over a bare credit line keeps its place in the body ------------------

ABOVE_CREDIT = [
    # (the line above "Credit: Jane Roe/Reuters", whether it is the credit's caption)
    # running prose: a verb in the past tense and a second clause after a comma
    ("A powerful storm battered the south coast on Monday, cutting power to thousands of homes and closing roads.", False),
    ("Police closed the coast road on Tuesday morning, and residents stayed indoors as the wind rose.", False),
    ("The storm flattened trees across the county overnight, while rivers burst their banks in three towns.", False),
    # a caption: no verb, a verb in the present, or a short sentence in the past of one clause
    ("Firefighters at the scene in Dover on Monday.", True),
    ("A man walks past the flooded shops in the town centre, as the water rises on Monday.", True),
    ("Protesters gathered outside the town hall on Monday.", True),
    ("People walk past houses damaged by the storm in Dover, England, on Monday, Dec. 1, 2026.", True),
    ("The injured man is helped into an ambulance in Dover, and his dog waits beside him.", True),
    # near-misses of the past-tense test: a short word in -ed, a present-tense description
    ("The sky over the harbour turns red at dusk, as the fishing boats come home for the night.", True),
    ("The flooded streets of the old town are closed to traffic, and boats carry residents to safety.", True),
    # a participle in a description, a present-tense verb after it: a picture described
    ("Tissue sampled after the infection is stained yellow, and the new cells appear at left.", True),
]


@pytest.mark.parametrize(("line", "caption"), ABOVE_CREDIT)
def test_a_story_sentence_over_a_credit_stays_a_paragraph(line: str, caption: bool) -> None:
    text = f"{HEAD}{LEDE}\n\n{line}\nCredit: Jane Roe/Reuters\n\n{MORE}\n"
    article = parse_article(text)
    if caption:
        assert [(c.text, c.credit) for c in article.captions] == [(line, "Jane Roe/Reuters")]
        assert [p.text for p in article.paragraphs] == [LEDE, MORE]
        assert [(b.text, b.kind) for b in article.boilerplate] == [("Credit: Jane Roe/Reuters", "credit")]
    else:  # the credit line is a picture's caption of its own, the sentence stays in the story
        assert [(c.text, c.credit) for c in article.captions] == [("Credit: Jane Roe/Reuters", "Jane Roe/Reuters")]
        assert [p.text for p in article.paragraphs] == [LEDE, line, MORE]
    assert holds_every_line(article)


@pytest.mark.parametrize(("line", "caption"), ABOVE_CREDIT)
def test_is_running_prose(line: str, caption: bool) -> None:
    parser = CaptionParser()
    assert parser.is_running_prose(line) is not caption
    credit = Line("Credit: Jane Roe/Reuters", Span(200, 224), 0, False)
    found = parser.caption_above(Line(line, Span(0, len(line)), 0, True), credit)
    assert (found is not None) is caption


def test_a_subclass_widens_the_present_tense() -> None:
    class Descriptive(CaptionParser):
        PRESENT_VERBS = ("is", "are", "stand")

    line = "Police closed the coast road on Tuesday, and the houses stand empty."
    assert CaptionParser().is_running_prose(line)
    assert not Descriptive().is_running_prose(line)


# -- 2. authors joined by another language's "and" after an opener -----------------------------

BYLINES = [
    # (byline line, authors with the English default, authors with the line's language pack)
    ("Von Anna Schmidt und Paul Weber", ("Anna Schmidt", "Paul Weber"), "de"),
    ("Von Anna Schmidt, Paul Weber und Jonas Vogel", ("Anna Schmidt", "Paul Weber", "Jonas Vogel"), "de"),
    ("Par Claire Martin et Paul Durand", ("Claire Martin", "Paul Durand"), "fr"),
    ("Por Ana García y Luis Pérez", ("Ana García", "Luis Pérez"), "es"),
    ("Por Ana López e Isabel Ruiz", ("Ana López", "Isabel Ruiz"), "es"),
    ("By Claire Martin et Paul Durand", ("Claire Martin", "Paul Durand"), "fr"),
    # a particle between two surnames joins no authors: each side must be a full name
    ("Por José Ortega y Gasset", ("José Ortega y Gasset",), "es"),
    ("By Jane Roe and Ana Lima", ("Jane Roe", "Ana Lima"), "en"),
]


@pytest.mark.parametrize(("line", "authors", "code"), BYLINES)
def test_every_author_after_an_opener(line: str, authors: tuple[str, ...], code: str) -> None:
    text = f"The mayor on the strike\n\n{line}\n\n{LEDE}\n\n{MORE}\n"
    for parser in (ArticleParser(), ArticleParser(language=code)):
        byline = parser.parse(text).byline
        assert byline is not None
        assert (byline.authors, byline.text) == (authors, line)


def test_another_languages_and_joins_no_names_without_an_opener() -> None:
    parser = BylineParser()
    assert parser.split_joined(["Anna Schmidt und Paul Weber"]) == ["Anna Schmidt", "Paul Weber"]
    assert parser.split_joined(["José Ortega y Gasset"]) == ["José Ortega y Gasset"]
    # no opener: a list of names needs an agency or a role, and "und" is no English "and"
    assert parser.read_names("Anna Schmidt und Paul Weber", has_prefix=False) == ((), None)
    assert parser.read_names("Anna Schmidt und Paul Weber", has_prefix=True) == (("Anna Schmidt", "Paul Weber"), None)


# -- 3. a credit label the vocabulary does not know belongs to neither caption nor credit ------

LABELLED = [
    # (caption line, caption text, credit)
    ("The king arrives at the palace in Madrid. Foto: EFE/Juan Pérez", "The king arrives at the palace in Madrid.", "EFE/Juan Pérez"),
    ("The king arrives at the palace in Madrid. Fotografía: EFE/Juan Pérez",
     "The king arrives at the palace in Madrid.", "EFE/Juan Pérez"),
    ("Travellers wait at the Gare de Lyon in Paris. Crédit photo : AFP/Claire Martin",
     "Travellers wait at the Gare de Lyon in Paris.", "AFP/Claire Martin"),
    # the vocabulary's own label, as before
    ("The king arrives at the palace in Madrid. Photo: EFE/Juan Pérez", "The king arrives at the palace in Madrid.", "EFE/Juan Pérez"),
    # near-miss: words before the colon with no sentence end before them are the caption's
    ("The king greets the new mayor: EFE/Juan Pérez", "The king greets the new mayor", "EFE/Juan Pérez"),
]


@pytest.mark.parametrize(("line", "caption", "credit"), LABELLED)
def test_a_label_before_a_credit_is_left_out(line: str, caption: str, credit: str) -> None:
    text = f"{HEAD}{LEDE}\n\n{line}\n\n{MORE}\n"
    for parser in (ArticleParser(), ArticleParser(language="es")):
        article = parser.parse(text)
        assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
        (span,) = article.captions[0].spans
        assert text[span.start : span.end] == caption
        assert [p.text for p in article.paragraphs] == [LEDE, MORE]
        assert holds_every_line(article)


# -- 4. a copyright line under a caption is that caption's credit -----------------------------

COPYRIGHTS = [
    # (the line above, the copyright line, caption and credit or None, the copyright line's kind)
    ("The king arrives at the palace in Madrid.", "© Jean Dupont / AFP", ("The king arrives at the palace in Madrid.", "Jean Dupont / AFP"), "credit"),
    ("Firefighters at the scene in Dover on Monday.", "© Jane Roe/Reuters", ("Firefighters at the scene in Dover on Monday.", "Jane Roe/Reuters"), "credit"),
    # a caption with a label above it takes the credit too
    ("Photo: Firefighters at the scene in Dover on Monday.", "© Jane Roe/Reuters",
     ("Firefighters at the scene in Dover on Monday.", "Jane Roe/Reuters"), "credit"),
    # an outlet's notice under a paragraph stays copyright: no photographer, or a year
    ("Firefighters at the scene in Dover on Monday.", "© AFP", None, "copyright"),
    ("Firefighters at the scene in Dover on Monday.", "© 2025 City Herald", None, "copyright"),
    # a story's sentence over it stays in the story
    ("A powerful storm battered the south coast on Monday, cutting power to thousands of homes and closing roads.",
     "© Jane Roe/Reuters", None, "copyright"),
]


@pytest.mark.parametrize(("above", "line", "caption", "kind"), COPYRIGHTS)
def test_a_copyright_line_under_a_caption(above: str, line: str, caption: tuple[str, str] | None, kind: str) -> None:
    text = f"{HEAD}{LEDE}\n\n{above}\n{line}\n\n{MORE}\n"
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == ([caption] if caption else [])
    assert [(b.text, b.kind) for b in article.boilerplate] == [(line, kind)]
    assert [p.text for p in article.paragraphs] == ([LEDE, MORE] if caption else [LEDE, above, MORE])
    assert holds_every_line(article)


def test_a_copyright_line_apart_from_the_line_above_credits_nothing() -> None:
    text = f"{HEAD}{LEDE}\n\nFirefighters at the scene in Dover on Monday.\n\n© Jane Roe/Reuters\n\n{MORE}\n"
    article = parse_article(text)
    assert article.captions == ()
    assert [(b.text, b.kind) for b in article.boilerplate] == [("© Jane Roe/Reuters", "copyright")]


@pytest.mark.parametrize(
    ("caption", "line", "credit", "kind"),
    [
        # the lead picture's caption in the header, a label before it: the copyright line is its credit
        ("Photo: The king arrives at the palace in Madrid.", "© Jean Dupont / AFP", "Jean Dupont / AFP", "credit"),
        ("Photo: The king arrives at the palace in Madrid.", "© AFP", "AFP", "credit"),
        # a year: a notice, not a credit
        ("Photo: The king arrives at the palace in Madrid.", "© 2025 City Herald", None, "copyright"),
    ],
)
def test_a_copyright_line_under_the_lead_pictures_caption(caption: str, line: str, credit: str | None, kind: str) -> None:
    text = f"King visits Madrid\n\nBy Anna Schmidt\nDecember 1, 2026\n\n{caption}\n{line}\n\n{LEDE}\n\n{MORE}\n"
    article = parse_article(text)
    assert [(c.text, c.credit) for c in article.captions] == [("The king arrives at the palace in Madrid.", credit)]
    assert [(b.text, b.kind) for b in article.boilerplate] == [(line, kind)]
    assert [p.text for p in article.paragraphs] == [LEDE, MORE]
    assert holds_every_line(article)


# -- 5. a language's advertisement, related and published labels --------------------------------

DEBRIS = [
    # (language, line, kind with the pack, kind with the English default)
    ("de", "Anzeige", "advertisement", None),
    ("de", "Werbung", "advertisement", None),
    ("fr", "Publicité", "advertisement", None),
    ("es", "Publicidad", "advertisement", None),
    ("en", "Advertisement", "advertisement", "advertisement"),
    ("es", "Noticias relacionadas", "related", None),
    ("es", "Noticias relacionadas: Qué deben saber los viajeros", "related", None),
    # near-misses: a sentence that opens with the label
    ("de", "Anzeige gegen Unbekannt wurde am Montag bei der Polizei in Köln erstattet.", None, None),
    ("es", "Publicidad engañosa es lo que denuncian los consumidores en el informe.", None, None),
]


@pytest.mark.parametrize(("code", "line", "kind", "english"), DEBRIS)
def test_a_languages_page_labels(code: str, line: str, kind: str | None, english: str | None) -> None:
    assert BoilerplateParser(language_pack(code).vocabulary()).kind(line) == kind
    assert BoilerplateParser().kind(line) == english


@pytest.mark.parametrize("code", ["de", "en"])
def test_erstellt_am_is_the_publication_day_first(code: str) -> None:
    text = (
        "Streik legt die Bahn lahm\n\nVon Anna Schmidt\nErstellt am 12.05.2025\n\n"
        "Die Lokführer haben am Montag den Fernverkehr in ganz Deutschland lahmgelegt, und viele Reisende warteten lange.\n"
    )
    article = ArticleParser(language=code).parse(text)
    assert article.published is not None
    assert (article.published.datetime.year, article.published.datetime.month, article.published.datetime.day) == (2025, 5, 12)
    assert article.published.text == "12.05.2025"
    assert holds_every_line(article)
