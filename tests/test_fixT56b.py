"""A new user's layouts (fixT56b): datelines left in the first paragraph, captions missed, and
closing boilerplate kept as story.  Each row is a short article in our own words and the parts it
must give, near-misses beside the fixes; every span slices back to its text."""

from __future__ import annotations

import datetime as dt
import functools

import pytest

import newsparse


@functools.cache
def _parser(language: str | None) -> newsparse.ArticleParser:
    return newsparse.ArticleParser() if language is None else newsparse.ArticleParser(language=language)


def parse(text: str, language: str | None = None) -> newsparse.Article:
    article = _parser(language).parse(text)
    for part in (article.headline, article.dateline, *article.paragraphs, *article.boilerplate):
        if part is not None:
            assert text[part.span.start : part.span.end] == part.text
    for caption in article.captions:
        assert all(text[span.start : span.end] == caption.text for span in caption.spans)
    return article


def dateline_of(text: str, language: str | None = None) -> tuple[str | None, str | None, str | None] | None:
    article = parse(text, language)
    line = article.dateline
    if line is None:
        return None
    return line.place, line.agency, None if line.date is None else line.date.isoformat()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # an agency with no brackets after the date's comma, title-case place
        ("Parliament approves budget\n\nAccra, Dec. 3, GNA - Parliament on Tuesday approved the 2025 budget "
         "statement after a heated debate.\n", None, ("Accra", "GNA", "--12-03")),
        ("Port reopens after strike\n\nMombasa, March 4, Xinhua - The port reopened on Monday after a week-long "
         "strike by dock workers.\n", None, ("Mombasa", "Xinhua", "--03-04")),
        ("Parliament approves budget\n\nACCRA, Dec 3 (GNA) - Parliament on Tuesday approved the 2025 budget "
         "statement after a heated debate.\n", None, ("ACCRA", "GNA", "--12-03")),
        # a known agency in brackets, a full stop after it, the story in sentence case
        ("Petro suspende diálogos\n\nBogotá, 10 de marzo de 2025 (Colprensa). El presidente anunció este lunes "
         "la suspensión de las negociaciones.\n", "es", ("Bogotá", "Colprensa", "2025-03-10")),
        ("Lluvias en la capital\n\nLima, 4 de abril de 2025 (EFE). Las lluvias de este viernes dejaron tres "
         "barrios sin luz durante horas.\n", "es", ("Lima", "EFE", "2025-04-04")),
        # a known place in title case, a colon, a short lede that is a whole sentence
        ("Hospital fire kills four\n\nKolkata: A fire broke out at a hospital on Tuesday, officials said.\n",
         None, ("Kolkata", None, None)),
        ("Metro line opens\n\nNew Delhi: The new metro line opened to the public on Monday.\n",
         None, ("New Delhi", None, None)),
        # a day alone takes the month and year of the article's stamp
        ("Titular de prueba aquí\n\nPublicado: 14/10/2025 12:31\n\nMADRID, 14 (EUROPA PRESS) El Gobierno ha "
         "aprobado este martes el proyecto de ley.\n", "es", ("MADRID", "EUROPA PRESS", "2025-10-14")),
        ("Titular de prueba aquí\n\nPublicado: 14/10/2025 12:31\n\nSEVILLA, 13 (EUROPA PRESS) La Junta ha "
         "aprobado este lunes el decreto de ayudas.\n", "es", ("SEVILLA", "EUROPA PRESS", "2025-10-13")),
        # precision: a later day than the stamp's is a guess, left out
        ("Titular de prueba aquí\n\nPublicado: 01/11/2025 00:31\n\nMADRID, 31 (EUROPA PRESS) El Gobierno ha "
         "aprobado este viernes el proyecto de ley.\n", "es", ("MADRID", "EUROPA PRESS", None)),
        # precision: a story's sentence that opens with a place and a comma
        ("Parliament approves budget\n\nAccra, the capital, hosted a heated debate on Tuesday - the first in "
         "years - as Parliament approved the budget.\n", None, None),
        # precision: a colon after a known place before a headline's words, no sentence's end
        ("Hospital fire kills four\n\nKolkata: Fire at city hospital kills four patients overnight\n\n"
         "The fire broke out on Tuesday.\n", None, None),
        # precision: too short for a sentence
        ("Hospital fire kills four\n\nKolkata: City of joy.\n\nThe fire broke out on Tuesday.\n", None, None),
        # precision: a word in brackets no agency, a full stop after it
        ("Petro suspende diálogos\n\nBogotá, 10 de marzo de 2025 (lunes). El presidente anunció este lunes "
         "la suspensión de las negociaciones.\n", "es", None),
    ],
)
def test_datelines(text: str, language: str | None, expected: tuple[str | None, str | None, str | None] | None) -> None:
    assert dateline_of(text, language) == expected


def test_day_alone_with_a_reference_date() -> None:
    text = "Titular de prueba aquí\n\nMADRID, 14 (EUROPA PRESS) El Gobierno ha aprobado este martes el proyecto.\n"
    article = _parser("es").parse(text, reference_date=dt.date(2025, 10, 20))
    assert article.dateline is not None
    assert article.dateline.date == dt.date(2025, 10, 14)


def test_section_over_headline() -> None:
    article = parse(
        "GNA\n\nParliament approves budget\n\nAccra, Dec. 3, GNA - Parliament on Tuesday approved the 2025 budget "
        "statement after a heated debate.\n"
    )
    assert article.section == ("GNA",)
    assert article.dateline is not None and article.dateline.place == "Accra"
    assert article.paragraphs[0].text.startswith("Parliament on Tuesday")


STORY = "Tax plan unveiled\n\nBy Jane Roe\n\nThe government unveiled a new tax plan on Monday, promising relief for families.\n\n"
AFTER = "\n\nThe plan will cost billions over five years, officials said.\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a credit after a bar that ends the caption's sentence: an agency or a photographer
        ("Prime Minister Shigeru Ishiba speaks in Tokyo on Sunday. | Kyodo",
         ("Prime Minister Shigeru Ishiba speaks in Tokyo on Sunday.", "Kyodo")),
        ("Rescue workers search the rubble in Gaziantep. | Reuters", ("Rescue workers search the rubble in Gaziantep.", "Reuters")),
        ("Farmers harvest rice near Hanoi on Friday. | Jane Roe", ("Farmers harvest rice near Hanoi on Friday.", "Jane Roe")),
        # a copyright sign with no full stop before it, or one
        ("Bernard Looney, the former chief executive, left in 2023 © Chris Ratcliffe/Bloomberg",
         ("Bernard Looney, the former chief executive, left in 2023", "Chris Ratcliffe/Bloomberg")),
        ("Bernard Looney, the former chief executive, left in 2023. © Chris Ratcliffe/Bloomberg",
         ("Bernard Looney, the former chief executive, left in 2023.", "Chris Ratcliffe/Bloomberg")),
        ("The old harbour wall at dawn © Jane Roe/AFP", ("The old harbour wall at dawn", "Jane Roe/AFP")),
        # a use notice in brackets between the caption and its agency
        ("This photo, released by a state news agency, shows a missile launch. (For Use Only in the Republic of Korea. "
         "No Redistribution) (Yonhap)", ("This photo, released by a state news agency, shows a missile launch.", "Yonhap")),
        ("Fans gather outside the stadium in Madrid on Sunday. (Editorial Use Only) (EFE)",
         ("Fans gather outside the stadium in Madrid on Sunday.", "EFE")),
        # precision: a story's sentence with a pipe, a section's label after a bar, reported speech
        ("Shares in the company | which makes chips | rose 4 percent on Monday.", None),
        ("Prime Minister Shigeru Ishiba speaks in Tokyo on Sunday. | Politics", None),
        ("The index rose 2 percent on Monday, traders said. | Jane Roe", None),
        ("The council will vote on the plan next week, the mayor said. | Reuters", None),
        # precision: a copyright sign in running text; a story's bracket and a wire's sign-off
        ("The label carries a small © sign beside the brand name, the company said.", None),
        ("The council voted on Tuesday. (The first vote in years) (AP)", None),
    ],
)
def test_captions(line: str, expected: tuple[str, str] | None) -> None:
    text = STORY + line + AFTER
    article = parse(text)
    found = [(c.text, c.credit) for c in article.captions]
    if expected is None:
        assert found == []
        assert line in [p.text for p in article.paragraphs]
    else:
        assert found == [expected]
        assert all(line not in p.text for p in article.paragraphs)


def test_bar_caption_twice_under_headline() -> None:
    line = "Prime Minister Shigeru Ishiba speaks in Tokyo on Sunday. | Kyodo"
    article = parse("Ishiba vows tax relief\n\n" + line + "\n\n" + line + "\n\n" + STORY.split("\n\n", 2)[2] + "More to come." + AFTER)
    assert [(c.text, c.credit, len(c.spans)) for c in article.captions] == [(line[:-8], "Kyodo", 2)]
    assert article.boilerplate == ()


CLOSING = (
    "Tax plan unveiled\n\nBy Jane Roe\n\nThe government unveiled a new tax plan on Monday, promising relief for families.\n\n"
    "The plan will cost billions over five years, officials said.\n\n"
)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["The views expressed are the author's own."], ["disclaimer"]),
        (["Views expressed are the writer's own and do not reflect those of the publication."], ["disclaimer"]),
        (["Copyright PUNCH.", "All rights reserved. This material, and other digital content on this website, may not be "
          "reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written "
          "permission from PUNCH."], ["copyright", "copyright"]),
        (["Copyright Harbour Media Ltd."], ["copyright"]),
        (["This article, and the pictures with it, may not be reproduced or republished without written permission."],
         ["copyright"]),
        (["(Only the headline and picture of this report may have been reworked by the City Daily staff; the rest of the "
          "content is auto-generated from a syndicated feed.)"], ["disclaimer"]),
        (["(Except for the headline, this story has not been edited by City TV staff and is published from a syndicated "
          "feed.)"], ["disclaimer"]),
        (["(Except for the headline and picture, this story has not been edited by our staff and is published from a "
          "syndicated feed.)"], ["disclaimer"]),
        (["— With files from Jane Roe in Ottawa"], ["sign-off"]),
        (["With files from Reuters and AFP."], ["sign-off"]),
        # precision: the same words in a story's sentence
        (["The views expressed are the author's own, she said, but the party disagrees."], []),
        (["The views expressed do not reflect those of the ministry, a spokesman said."], []),
        (["This report, the court said, may not be published until the trial ends, the judge ruled."], []),
        (["Only the headline of this report was changed by the council after the vote, officials said."], []),
        (["The team came with files from the old archive."], []),
        (["Copyright lawyers say the ruling will be appealed by the studio."], []),
    ],
)
def test_closing_boilerplate(lines: list[str], expected: list[str]) -> None:
    text = CLOSING + "\n\n".join(lines) + "\n"
    article = parse(text)
    assert [str(b.kind) for b in article.boilerplate] == expected
    kept = [p.text for p in article.paragraphs]
    assert len(kept) == 2 + len(lines) - len(expected)
