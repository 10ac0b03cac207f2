"""Round 61's layout leftovers (fixL61b): a lede broken at a comma across a blank line is the
story's, a feedback question before a call in the first person plural is a prompt, a caption
label and an agency run into the lede are cut from it, and a zone spelled out between a stamp's
clock and its date is read.  Invented stories in real layouts; each row is the text and exactly
what must come out."""

from __future__ import annotations

import datetime as dt

import pytest

from articles import parse_held, parts_of

HEAD = "Storm leaves valley without power\n\nBy Sam Carter\n\n"
STORY = ["Most roads reopened by noon.", "Schools stay shut until Wednesday."]


def story_after(top: str) -> str:
    """*top* under the headline and byline, then the story's last two paragraphs."""
    return HEAD + top + "\n\n" + "\n\n".join(STORY) + "\n"


# -- (1) a lede broken at a comma across a blank line ----------------------------------------

@pytest.mark.parametrize(
    ("top", "filed", "paragraphs"),
    [
        # a sentence broken at a comma, its rest in lower case after a blank: the story's first
        # paragraph, the blank line a paste's (one paragraph since fixL62)
        (
            "Crews worked through the night to clear fallen trees,\n\nthe county said on Monday.",
            [],
            ["Crews worked through the night to clear fallen trees, the county said on Monday."],
        ),
        (
            "Dozens of families spent the night in the school hall,\n\nafter the river burst its banks near Millbrook.",
            [],
            ["Dozens of families spent the night in the school hall, after the river burst its banks near Millbrook."],
        ),
        # (a dateline before it: read from the first half, the story's first paragraph)
        (
            "VALLEY CITY (Reuters) - Crews worked through the night to clear fallen trees,\n\nthe county said on Monday.",
            [],
            ["Crews worked through the night to clear fallen trees, the county said on Monday."],
        ),
        # (its rest hard-wrapped over two lines: one paragraph)
        (
            "Crews worked through the night to clear fallen trees,\n\nthe county said on Monday, as forecasters\nwarned of more rain.",
            [],
            ["Crews worked through the night to clear fallen trees, the county said on Monday, as forecasters warned of more rain."],
        ),
        # (must not change: the rest ends no sentence, a page's words in the header)
        (
            "Updates from the valley, the coast,\n\nand the hills",
            [("other", "Updates from the valley, the coast,"), ("other", "and the hills")],
            [],
        ),
        (
            "Follow us on Facebook, Instagram,\n\nand on our website for the latest updates.",
            [("share", "Follow us on Facebook, Instagram,")],
            ["and on our website for the latest updates."],
        ),
    ],
)
def test_lede_broken_at_comma(top: str, filed: list[tuple[str, str]], paragraphs: list[str]) -> None:
    article = parse_held(story_after(top))
    captions, found, texts = parts_of(article)
    assert article.headline is not None and article.headline.text == "Storm leaves valley without power"
    dateline = "VALLEY CITY (Reuters) -" if top.startswith("VALLEY") else None
    assert (article.dateline.text if article.dateline is not None else None) == dateline
    assert captions == []
    assert found == filed
    assert texts == [*paragraphs, *STORY]


def test_lede_broken_at_comma_french() -> None:
    text = (
        "La tempête paralyse la vallée\n\nDans la nuit, les pompiers ont travaillé sans relâche,\n\n"
        "a indiqué la préfecture lundi.\n\nLes routes ont rouvert à midi.\n"
    )
    captions, filed, paragraphs = parts_of(parse_held(text, "fr"))
    assert (captions, filed) == ([], [])
    assert paragraphs == [
        "Dans la nuit, les pompiers ont travaillé sans relâche, a indiqué la préfecture lundi.",
        "Les routes ont rouvert à midi.",
    ]


# -- (2) a feedback question before a call in the first person plural ------------------------

#: each language's story: (the text above the last line, its paragraphs)
ENDINGS = {
    "en": ("Storm leaves valley without power", ["Crews worked through the night.", "Most roads reopened by noon."]),
    "fr": ("La tempête paralyse la vallée", ["Les pompiers ont travaillé toute la nuit.", "Les routes ont rouvert à midi."]),
    "de": ("Sturm legt das Tal lahm", ["Die Feuerwehr war die ganze Nacht im Einsatz.", "Die Straßen waren wieder frei."]),
    "es": ("La tormenta paraliza el valle", ["Los bomberos trabajaron toda la noche.", "Las carreteras reabrieron al mediodía."]),
}


@pytest.mark.parametrize(
    ("language", "line", "prompt"),
    [
        # a question about a feedback's noun, then a call to write to the page: the page's prompt
        ("en", "Spotted an error in this story? Let us know.", True),
        ("en", "Found a typo? Write to us.", True),
        ("en", "Any errors in this story? Tell us.", True),
        ("fr", "Vous avez repéré une erreur ? Écrivez-nous.", True),
        ("fr", "Une erreur dans cet article ? Dites-le-nous.", True),
        ("de", "Fehler entdeckt? Schreiben Sie uns.", True),
        ("es", "¿Un error en esta noticia? Escríbenos.", True),
        # (must not change: the page's own answer, a verb before "us", the object word first, no feedback noun)
        ("en", "Did we make a mistake? We think not.", False),
        ("en", "Did we make a mistake? It cost us dearly.", False),
        ("en", "Was it a mistake? Let us see.", False),  # ("let" opens a call only in "let us know": reader61b)
        ("en", "Was the vote fair? Let us know.", False),
        ("fr", "Avons-nous commis une erreur ? Nous pensons que non.", False),
        ("de", "Haben wir einen Fehler gemacht? Wir glauben nicht.", False),
        ("de", "Ein Fehler? Uns wurde nichts gesagt.", False),
        ("es", "¿Cometimos un error? Nos equivocamos, admitió el alcalde.", False),
    ],
)
def test_feedback_call_to_page(language: str, line: str, prompt: bool) -> None:
    headline, story = ENDINGS[language]
    article = parse_held(f"{headline}\n\n" + "\n\n".join(story) + f"\n\n{line}\n", language)
    captions, filed, paragraphs = parts_of(article)
    assert captions == []
    assert filed == ([("other", line)] if prompt else [])
    assert paragraphs == [*story, *([] if prompt else [line])]


# -- (3) a caption label and an agency run into the lede --------------------------------------

@pytest.mark.parametrize(
    ("top", "captions", "paragraphs"),
    [
        # the label and the agency a caption (its credit alone), the lede the story's from its first word
        (
            "Photo: AAP Police said on Monday a man had been charged over the fire.",
            [("Photo: AAP", "AAP", "Photo: AAP")],
            ["Police said on Monday a man had been charged over the fire."],
        ),
        (
            "PHOTO: Reuters Officials said the bridge would reopen on Friday after repairs.",
            [("PHOTO: Reuters", "Reuters", "PHOTO: Reuters")],
            ["Officials said the bridge would reopen on Friday after repairs."],
        ),
        (
            "Photo: Getty Images The council voted on Tuesday to close the harbour road.",
            [("Photo: Getty Images", "Getty Images", "Photo: Getty Images")],
            ["The council voted on Tuesday to close the harbour road."],
        ),
        # (must not change: a caption's words after the agency, a photographer's name, no caption's label,
        # a credit with a slash)
        (
            "Photo: AAP Firefighters at the scene on Monday.",
            [("AAP Firefighters at the scene on Monday.", None, "AAP Firefighters at the scene on Monday.")],
            [],
        ),
        (
            "Photo: Jane Roe Police said on Monday a man had been charged over the fire.",
            [("Jane Roe Police said on Monday a man had been charged over the fire.", None,
              "Jane Roe Police said on Monday a man had been charged over the fire.")],
            [],
        ),
        (
            "Picture: AAP Police said on Monday a man had been charged over the fire.",
            [],
            ["Picture: AAP Police said on Monday a man had been charged over the fire."],
        ),
        (
            "Photo: Jo Roe/AAP Police said on Monday a man had been charged over the fire.",
            [],
            ["Photo: Jo Roe/AAP Police said on Monday a man had been charged over the fire."],
        ),
    ],
)
def test_agency_cut_from_lede(top: str, captions: list[tuple[str, str | None, str]], paragraphs: list[str]) -> None:
    text = story_after(top)
    article = parse_held(text)
    found = [(c.text, c.credit, text[c.spans[0].start : c.spans[0].end]) for c in article.captions]
    assert found == captions
    assert [p.text for p in article.paragraphs] == [*paragraphs, *STORY]
    assert [text[p.span.start : p.span.end] for p in article.paragraphs] == [*paragraphs, *STORY]
    assert list(article.boilerplate) == []


# -- (4) a zone spelled out between a stamp's clock and its date ------------------------------

CET = dt.timezone(dt.timedelta(hours=1))


@pytest.mark.parametrize(
    ("stamp", "when", "written"),
    [
        ("Published 14:05 Central European Time, 4 March 2025", dt.datetime(2025, 3, 4, 14, 5, tzinfo=CET),
         "14:05 Central European Time, 4 March 2025"),
        ("Published 14:05 CET, 4 March 2025", dt.datetime(2025, 3, 4, 14, 5, tzinfo=CET), "14:05 CET, 4 March 2025"),
        ("Updated 9:30 a.m. Pacific Time, Tuesday, March 4, 2025",
         dt.datetime(2025, 3, 4, 17, 30, tzinfo=dt.timezone.utc), "9:30 a.m. Pacific Time, Tuesday, March 4, 2025"),
        ("Published 10:15 Greenwich Mean Time 4 March 2025", dt.datetime(2025, 3, 4, 10, 15, tzinfo=dt.timezone.utc),
         "10:15 Greenwich Mean Time 4 March 2025"),
        # (must not change: a zone's name after the date; a name the list does not hold is left out)
        ("Published 4 March 2025, 14:05 Central European Time", dt.datetime(2025, 3, 4, 14, 5, tzinfo=CET),
         "4 March 2025, 14:05 Central European Time"),
        ("Published 14:05 Valley Standard Time, 4 March 2025", None, None),
    ],
)
def test_spelled_zone_before_date(stamp: str, when: dt.datetime | None, written: str | None) -> None:
    text = f"Storm leaves valley without power\n\nBy Sam Carter\n{stamp}\n\n" + "\n\n".join(STORY) + "\n"
    article = parse_held(text)
    stamps = [article.published, article.updated]
    found = next((s for s in stamps if s is not None), None)
    if when is None:
        assert found is None
        return
    assert found is not None
    assert found.datetime == when
    assert found.has_time
    assert found.text == written
    assert text[found.span.start : found.span.end] == written
    assert [p.text for p in article.paragraphs] == STORY
