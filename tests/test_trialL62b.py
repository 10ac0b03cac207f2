"""Layouts a new user's pages showed (trialL62b), on texts written for the project: a section's
label joined to the issue's date by ``of`` (the section and the publication, not the headline),
a wire's beat before a role word after the names (the role, not a surname), a seat of government
that opens with ``The`` under an author's name (a place, not the author's paper), and a Spanish
wire's dateline that ends in a full stop after its agency's acronym; with the nearest shapes that
must read as before."""

from __future__ import annotations

import pytest

from articles import parse_held

STORY = (
    "The district assembly has called on the government to deploy soldiers to stop illegal mining on the river.\n\n"
    "Speaking at a durbar on Thursday, the chief said the pits had destroyed farmland and poisoned wells.\n"
)

#: (first line, section, headline, published date): a section's label, "of" and a date open the page.
SECTION_OF_DATE = [
    ("Regional News of Friday, 6 March 2026", ("Regional News",), "Chiefs demand action on river mining", "2026-03-06"),
    ("General News of Tuesday, 3 February 2026", ("General News",), "Chiefs demand action on river mining", "2026-02-03"),
    ("Business News of Monday, 2 March 2026", ("Business News",), "Chiefs demand action on river mining", "2026-03-02"),
    # must not change: a headline that holds "of" and a date (no section's noun before it) stays the headline
    ("Memories of March 2026", (), "Memories of March 2026", None),
    ("Jane Roe of 6 March 2026", (), "Jane Roe of 6 March 2026", None),
]


@pytest.mark.parametrize(("first", "section", "headline", "published"), SECTION_OF_DATE)
def test_section_of_date_line(first: str, section: tuple[str, ...], headline: str, published: str | None) -> None:
    title = "Chiefs demand action on river mining"
    text = f"{first}\n\n{title}\n\n{STORY}" if first != headline else f"{first}\n\n{STORY}"
    article = parse_held(text)
    assert article.section == section
    assert article.headline is not None and article.headline.text == headline
    got = article.published.datetime.date().isoformat() if article.published is not None else None
    assert got == published
    if section:
        assert article.section_span is not None and text[article.section_span.start : article.section_span.end] == section[0]


AUTO_STORY = "General Motors is recalling nearly 400,000 pickup trucks because the rear wheels can lock up.\n"

#: (byline, authors): a beat and a role word after the names is the role.
BEAT_ROLES = [
    ("By Tom Krane Auto Writer", ("Tom Krane",)),
    ("By Tom Krane Aviation Writer", ("Tom Krane",)),
    ("By Tom Krane Labor Correspondent", ("Tom Krane",)),
    ("By Tom Krane Staff Reporter", ("Tom Krane",)),
    ("By Tom Krane Senior Correspondent", ("Tom Krane",)),
    ("By Tom Krane, Television Critic", ("Tom Krane",)),
    # must not change: three names before a role word alone keep the third (no beat word there)
    ("By Julia Carrie Wong Writer", ("Julia Carrie Wong",)),
    ("By Tom Krane Writer", ("Tom Krane",)),
]


@pytest.mark.parametrize(("line", "authors"), BEAT_ROLES)
def test_beat_before_role_word(line: str, authors: tuple[str, ...]) -> None:
    article = parse_held(f"GM recalls pickups over wheel lockups\n\n{line}\n\n{AUTO_STORY}")
    assert article.byline is not None
    assert (article.byline.authors, article.byline.text) == (authors, line)


COURT_STORY = "The court ruled on Tuesday that the case against the former minister could proceed to trial.\n"


@pytest.mark.parametrize(
    ("below", "byline", "other"),
    [
        ("The Hague", "Ana Vidal", ["The Hague"]),
        # must not change: a paper's name under the author stays on the byline's line
        ("The Courier", "Ana Vidal The Courier", []),
    ],
)
def test_seat_of_government_under_author(below: str, byline: str, other: list[str]) -> None:
    article = parse_held(f"Tribunal lets case proceed\n\nAna Vidal\n{below}\nMarch 3, 2025\n\n{COURT_STORY}")
    assert article.byline is not None
    assert (article.byline.authors, article.byline.text) == (("Ana Vidal",), byline)
    assert [part.text for part in article.boilerplate if part.kind == "other"] == other


SPANISH_STORY = "La norma entra en vigor el próximo mes, según el texto aprobado por la comisión.\n"

#: (first line, place, agency, dateline text): a dated acronym in brackets and a full stop end the dateline.
WIRE_FULL_STOP = [
    ("Lima, mar. 5 (ANDINA). El pleno del Congreso aprobó la reforma.", "Lima", "ANDINA", "Lima, mar. 5 (ANDINA)."),
    ("Quito, 5 de marzo (ANDES). El pleno aprobó la reforma.", "Quito", "ANDES", "Quito, 5 de marzo (ANDES)."),
    ("Bogotá, 10 de marzo (EFE). El pleno aprobó la reforma.", "Bogotá", "EFE", "Bogotá, 10 de marzo (EFE)."),
    # must not change: no date, or a phrase in the brackets, before a full stop is no dateline
    ("Lima (ANDINA). El pleno del Congreso aprobó la reforma.", None, None, None),
    ("Lima, 5 de marzo (FUENTES POLICIALES). El pleno aprobó la reforma.", None, None, None),
]


@pytest.mark.parametrize(("first", "place", "agency", "text"), WIRE_FULL_STOP)
def test_wire_dateline_ending_in_full_stop(first: str, place: str | None, agency: str | None, text: str | None) -> None:
    article = parse_held(f"Congreso aprueba la reforma\n\n{first}\n\n{SPANISH_STORY}", language="es")
    found = article.dateline
    assert (found and found.place, found and found.agency, found and found.text) == (place, agency, text)


SPANISH_END = (
    "El pleno del Congreso aprobó este jueves la reforma constitucional.\n\n"
    "La norma entra en vigor el mes próximo, según el texto aprobado.\n\n"
)

#: (last lines, related boilerplate, last paragraph): a pack's tag label and its tags are ``related``.
SPANISH_TAGS = [
    ("Archivado En\nVivienda\nAlquiler", ["Archivado En", "Vivienda", "Alquiler"], "La norma entra en vigor el mes próximo, según el texto aprobado."),
    ("Etiquetas: Vivienda, Alquiler", ["Etiquetas: Vivienda, Alquiler"], "La norma entra en vigor el mes próximo, según el texto aprobado."),
    # must not change: a story's sentence that opens with the label's words stays the story's
    ("Archivado en la carpeta del juzgado quedó el expediente del caso.", [],
     "Archivado en la carpeta del juzgado quedó el expediente del caso."),
    ("Etiquetas de precios nuevas aparecieron en todas las tiendas del barrio.", [],
     "Etiquetas de precios nuevas aparecieron en todas las tiendas del barrio."),
]


@pytest.mark.parametrize(("tail", "related", "last"), SPANISH_TAGS)
def test_spanish_tag_label(tail: str, related: list[str], last: str) -> None:
    article = parse_held(f"Congreso aprueba la reforma\n\n{SPANISH_END}{tail}\n", language="es")
    assert [part.text for part in article.boilerplate if part.kind == "related"] == related
    assert article.paragraphs[-1].text == last
