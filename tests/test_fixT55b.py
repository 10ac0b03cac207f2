"""fixT55b (stop 48): layout defects a new user met on pages from sites not tried before.

Each rule has rows that it must read and precision rows: story sentences that look like its shape
and must stay body.  Every non-blank line stays in exactly one part and every span slices back."""

from __future__ import annotations

import pytest

from newsparse import Article, ArticleParser


def _parse(text: str, language: str | None = None) -> Article:
    parser = ArticleParser(language=language) if language else ArticleParser()
    return parser.parse(text)


def _check_cover(text: str, article: Article) -> None:
    """Every non-blank line lies in exactly one part, every span slices back its text."""
    data = article.to_dict()
    spans: list[tuple[int, int]] = []
    for key in ("headline", "byline", "dateline", "published", "updated"):
        if data[key]:
            spans.append(tuple(data[key]["span"]))
    if data["section_span"]:
        spans.append(tuple(data["section_span"]))
    for caption in data["captions"]:
        spans += [tuple(span) for span in caption["spans"]]
    for part in data["paragraphs"] + data["boilerplate"]:
        spans.append(tuple(part["span"]))
        start, end = part["span"]
        assert " ".join(text[start:end].split()) == " ".join(part["text"].split())
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            start, end = offset, offset + len(line)
            assert any(a < end and b > start for a, b in spans), line
        offset += len(line) + 1


FR_HEAD = "Legault annonce un remaniement\nPar Anne Gagnon\n"
FR_STORY = "Le gouvernement a annoncé mardi un remaniement.\nL'opposition a dénoncé la décision.\n"
EN_HEAD = "Storm hits the coast\nBy Anne Gagnon\n"
EN_STORY = "The storm hit the island on Tuesday.\nOfficials said the roads were closed.\n"
ES_HEAD = "Milei anunció un recorte\nPor Martín Rodríguez\n"
ES_STORY = "El presidente anunció este martes un recorte.\nLos gobernadores rechazaron la medida.\n"


@pytest.mark.parametrize(
    ("head", "stamp", "story", "language", "published", "updated", "first"),
    [
        # Canada's zones as French pages name them, with their offsets
        (FR_HEAD, "Publié le 14 octobre 2025 à 13 h 45 HAE", FR_STORY, "fr", "2025-10-14T13:45:00-04:00", None, FR_STORY),
        (FR_HEAD, "Publié le 14 janvier 2025 à 9 h 05 HNE", FR_STORY, "fr", "2025-01-14T09:05:00-05:00", None, FR_STORY),
        (FR_HEAD, "Publié le 14 octobre 2025 à 10 h 45 HAP", FR_STORY, "fr", "2025-10-14T10:45:00-07:00", None, FR_STORY),
        (FR_HEAD, "Publié le 14 janvier 2025 à 10 h 45 HNP", FR_STORY, "fr", "2025-01-14T10:45:00-08:00", None, FR_STORY),
        (FR_HEAD, "Mis à jour le 14 octobre 2025 à 16 h 02 HAE", FR_STORY, "fr", None, "2025-10-14T16:02:00-04:00", FR_STORY),
        # Newfoundland's half-hour zones
        (EN_HEAD, "Published October 14, 2025 1:45 p.m. NST", EN_STORY, None, "2025-10-14T13:45:00-03:30", None, EN_STORY),
        (EN_HEAD, "Published July 14, 2025 1:45 p.m. NDT", EN_STORY, None, "2025-07-14T13:45:00-02:30", None, EN_STORY),
        # a zone no list knows: the date alone, the clock in no zone is left out, the line no sentence's
        (EN_HEAD, "Published October 14, 2025 1:45 p.m. XYZ", EN_STORY, None, "2025-10-14T00:00:00", None, EN_STORY),
        (FR_HEAD, "Publié le 14 octobre 2025 à 13 h 45 XYZ", FR_STORY, "fr", "2025-10-14T00:00:00", None, FR_STORY),
        # a place's local time with no brackets: the clock, no zone read from the place
        (ES_HEAD, "Publicado el 14 de octubre de 2025 a las 18:32 hora de Buenos Aires", ES_STORY, "es",
         "2025-10-14T18:32:00", None, ES_STORY),
    ],
)
def test_stamp_zone(
    head: str, stamp: str, story: str, language: str | None, published: str | None, updated: str | None, first: str
) -> None:
    text = head + stamp + "\n" + story
    article = _parse(text, language)
    assert (article.published.datetime.isoformat() if article.published else None) == published
    assert (article.updated.datetime.isoformat() if article.updated else None) == updated
    assert [p.text for p in article.paragraphs] == first.splitlines()
    _check_cover(text, article)


@pytest.mark.parametrize(
    ("text", "language", "first"),
    [
        # a story sentence that opens with a label and a date goes on over the line under it
        (
            EN_HEAD + "Published October 14, 2025, the report found that the council had ignored\n"
            "the warnings of its own engineers for years.\nOfficials said so.\n",
            None,
            "Published October 14, 2025, the report found that the council had ignored the warnings of its own"
            " engineers for years.",
        ),
        # a time word after no clock is no local-time remark: "Eastern time" names a zone
        (
            EN_HEAD + "Published October 14, 2025 10:00 a.m. Eastern time\n" + EN_STORY,
            None,
            "The storm hit the island on Tuesday.",
        ),
    ],
)
def test_stamp_zone_precision(text: str, language: str | None, first: str) -> None:
    article = _parse(text, language)
    assert article.paragraphs[0].text == first
    _check_cover(text, article)
