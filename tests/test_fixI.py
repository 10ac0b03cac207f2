"""Bylines, stamps, captions and page furniture: the new-user layout trial's findings (stop 20, fixI).

Each table puts the bad shape the trial found beside the good shape and near misses that must
not change (other roles, other sites, other languages)."""

from __future__ import annotations

import pytest

from newsparse import ArticleParser, BylineParser, CaptionParser

BODY = (
    "\n\nThe city council voted on Tuesday to close the riverside car park for repairs.\n\n"
    "Traders said the closure would cost them customers over the summer.\n"
)


def byline_of(line: str, language: str | None = None) -> tuple[tuple[str, ...], str | None] | None:
    parser = ArticleParser(language=language) if language else ArticleParser()
    article = parser.parse("Council closes riverside car park\n" + line + BODY)
    assert not article.span_mismatches()
    if article.byline is None:
        return None
    return article.byline.authors, article.byline.agency


# (byline line, language, (authors, agency))
BYLINES = [
    # the place a correspondent or a bureau chief works in, before the role with no mark: the role's
    ("By Jane Roe Moscow Correspondent", None, (("Jane Roe",), None)),
    ("Jane Roe Moscow Correspondent", None, (("Jane Roe",), None)),
    ("By Ade Okafor Lagos Correspondent", None, (("Ade Okafor",), None)),
    ("By Tom Hale Westminster Correspondent", None, (("Tom Hale",), None)),
    ("Marie Kabila Kinshasa Correspondent", None, (("Marie Kabila",), None)),
    ("By Jane Roe Moscow Bureau Chief", None, (("Jane Roe",), None)),
    ("By Ana de la Fuente Lima Correspondent", None, (("Ana de la Fuente",), None)),
    # a region of two words, beats joined by "and" or "&"
    ("By Jane Roe East Africa Correspondent", None, (("Jane Roe",), None)),
    ("By Jane Roe Health and Science Correspondent", None, (("Jane Roe",), None)),
    ("By Tom Hale Arts and Culture Writer", None, (("Tom Hale",), None)),
    ("By Tom Hale Arts & Culture Writer", None, (("Tom Hale",), None)),
    # an agency and up to three words of a role before the role word
    ("By JOSH BOAK AP Chief White House Correspondent", None, (("JOSH BOAK",), "AP")),
    ("By JOSH BOAK AP White House Correspondent", None, (("JOSH BOAK",), "AP")),
    # near misses: a third word before a role no place is held in stays in the name; a surname that
    # is a region word stays; a region already read leaves the name whole
    ("By Julia Carrie Wong Reporter", None, (("Julia Carrie Wong",), None)),
    ("Julia Carrie Wong Reporter", None, (("Julia Carrie Wong",), None)),
    ("By Jane East Health Correspondent", None, (("Jane East",), None)),
    ("By Mary Ann Smith Europe Correspondent", None, (("Mary Ann Smith",), None)),
    ("By Jane Roe Staff Writer", None, (("Jane Roe",), None)),
    ("By Jane Roe, Moscow Correspondent", None, (("Jane Roe",), None)),
    # an outlet after the names with no mark, or in capitals after a comma: no part of a name, no author
    ("By Jane Roe The Washington Post", None, (("Jane Roe",), None)),
    ("By Jane Roe and Tom Hale The Daily Ledger", None, (("Jane Roe", "Tom Hale"), None)),
    ("By Jane Roe The Associated Press", None, (("Jane Roe",), "The Associated Press")),
    ("By Jane Roe USA TODAY", None, (("Jane Roe",), None)),
    ("By Jane Roe, USA TODAY", None, (("Jane Roe",), None)),
    # near misses: names in capitals stay names; a surname that is an outlet word stays
    ("By JANE ROE, TOM HALE", None, (("JANE ROE", "TOM HALE"), None)),
    ("By Tom Daily", None, (("Tom Daily",), None)),
    ("By Emily Post", None, (("Emily Post",), None)),
    ("By Jean DUPONT", None, (("Jean DUPONT",), None)),
    # near misses: a determiner that opens a surname or stands for an initial opens no outlet
    ("Par Anne Marie Le Pen", "fr", (("Anne Marie Le Pen",), None)),
    ("By Mary Ann A Smith", None, (("Mary Ann A Smith",), None)),
    # "With" capitalised joins two authors as "with" does
    ("By Jane Roe With Tom Hale", None, (("Jane Roe", "Tom Hale"), None)),
    ("By Jane Roe with Tom Hale", None, (("Jane Roe", "Tom Hale"), None)),
    ("Von Anna Schmidt und Jan Vogel", "de", (("Anna Schmidt", "Jan Vogel"), None)),
]


def test_no_duplicate_bylines() -> None:
    assert len({(line, language) for line, language, _ in BYLINES}) == len(BYLINES)


@pytest.mark.parametrize(("line", "language", "expected"), BYLINES)
def test_byline(line: str, language: str | None, expected: tuple[tuple[str, ...], str | None] | None) -> None:
    assert byline_of(line, language) == expected


DE_BODY = (
    "\n\nDer Bundestag hat am Montag das Rentenpaket mit knapper Mehrheit beschlossen.\n\n"
    "Die Opposition kritisierte die Kosten des Entwurfs.\n"
)

# (stamp lines, (published, updated) as ISO times)
STAMPS = [
    # "Stand:" (as of) over the publication stamp: the stamp above is the update
    ("Stand: 12.05.2025 16:40 Uhr\nVeröffentlicht am 12.05.2025 um 14:05 Uhr", ("2025-05-12T14:05:00", "2025-05-12T16:40:00")),
    # the reverse order, and each stamp alone
    ("Veröffentlicht am 12.05.2025 um 14:05 Uhr\nStand: 12.05.2025 16:40 Uhr", ("2025-05-12T14:05:00", "2025-05-12T16:40:00")),
    ("Stand: 12.05.2025 16:40 Uhr", ("2025-05-12T16:40:00", None)),
    ("Veröffentlicht am 12.05.2025 um 14:05 Uhr", ("2025-05-12T14:05:00", None)),
    # near miss: a publication after the "as of" time is no publication under an update; the first stays
    ("Stand: 12.05.2025 14:05 Uhr\nVeröffentlicht am 12.05.2025 um 16:40 Uhr", ("2025-05-12T14:05:00", None)),
]


@pytest.mark.parametrize(("stamps", "expected"), STAMPS)
def test_as_of_stamp(stamps: str, expected: tuple[str, str | None]) -> None:
    article = ArticleParser(language="de").parse("Bundestag beschließt Rentenpaket\n" + stamps + DE_BODY)
    assert not article.span_mismatches()
    published = article.published.datetime.isoformat() if article.published else None
    updated = article.updated.datetime.isoformat() if article.updated else None
    assert (published, updated) == expected


WIRE_STORY = (
    "\n\nLONDON, May 12 (Reuters) - Britain's top court ruled on Monday that the government acted lawfully"
    " when it cut the winter fuel payment.\n\nThe ruling ends a two-year case brought by pensioners' groups.\n"
)
PICTURE = "Police officers stand outside the Supreme Court in London, Britain, May 12, 2025. REUTERS/Jo Roe"

# (caption line over a wire story, (caption text, credit))
LINKED_CAPTIONS = [
    # the links a page prints after a credit are neither the caption's nor the credit's
    (PICTURE + " Purchase Licensing Rights, opens new tab", (PICTURE[: -len(" REUTERS/Jo Roe")], "REUTERS/Jo Roe")),
    (PICTURE + " Purchase Licensing Rights", (PICTURE[: -len(" REUTERS/Jo Roe")], "REUTERS/Jo Roe")),
    (PICTURE + " Buy Photo", (PICTURE[: -len(" REUTERS/Jo Roe")], "REUTERS/Jo Roe")),
    (PICTURE + ", opens new tab", (PICTURE[: -len(" REUTERS/Jo Roe")], "REUTERS/Jo Roe")),
    # near miss: no link after the credit
    (PICTURE, (PICTURE[: -len(" REUTERS/Jo Roe")], "REUTERS/Jo Roe")),
]


@pytest.mark.parametrize(("line", "expected"), LINKED_CAPTIONS)
def test_caption_links(line: str, expected: tuple[str, str]) -> None:
    article = ArticleParser().parse("Court backs fuel payment cut\n" + line + WIRE_STORY)
    assert not article.span_mismatches()
    assert [(caption.text, caption.credit) for caption in article.captions] == [expected]
    assert article.dateline is not None and article.dateline.text == "LONDON, May 12 (Reuters) -"
    assert article.paragraphs[0].text.startswith("Britain's top court")


# (caption line, (caption text, credit))
SLASHED_LABELS = [
    # a credit label and a slash between spaces: the label is no part of the credit
    ("A parking meter on Main Street. Photo / Ana Lima", ("A parking meter on Main Street.", "Ana Lima")),
    ("A parking meter on Main Street. Picture / Ana Lima", ("A parking meter on Main Street.", "Ana Lima")),
    # near misses: a colon, and an agency's slash with no spaces
    ("A parking meter on Main Street. Photo: Ana Lima", ("A parking meter on Main Street.", "Ana Lima")),
    ("A parking meter on Main Street. AP Photo/Evan Roe", ("A parking meter on Main Street.", "AP Photo/Evan Roe")),
]


@pytest.mark.parametrize(("line", "expected"), SLASHED_LABELS)
def test_slashed_label(line: str, expected: tuple[str, str]) -> None:
    article = ArticleParser().parse("Council closes riverside car park\nBy Jane Roe\n\n" + line + BODY)
    assert not article.span_mismatches()
    assert [(caption.text, caption.credit) for caption in article.captions] == [expected]


FR_STORY = "\n\nLe Conseil fédéral a adopté mercredi le budget de la Confédération.\n\nLe déficit atteint 800 millions.\n"

# (dateline line opening the story, language, (place, agency))
AGENCY_DATELINES = [
    ("Genève (ATS) -", "fr", ("Genève", "ATS")),
    ("Genève (Keystone-ATS) -", "fr", ("Genève", "Keystone-ATS")),
    ("Bern (SDA) -", "de", ("Bern", "SDA")),
    # near miss: an agency known before
    ("Paris (AFP) -", "fr", ("Paris", "AFP")),
]


@pytest.mark.parametrize(("head", "language", "expected"), AGENCY_DATELINES)
def test_agency_dateline(head: str, language: str, expected: tuple[str, str]) -> None:
    article = ArticleParser(language=language).parse("Le budget adopté" + FR_STORY.replace("\n\nLe Conseil", "\n\n" + head + " Le Conseil", 1))
    assert not article.span_mismatches()
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == expected


# (line in the story, boilerplate kind or None for a paragraph)
FURNITURE = [
    ("Continue reading", "related"),
    ("Keep reading", "related"),
    ("Continue reading the main story", "related"),
    ("Reporting from Elkhart, Ind.", "other"),
    ("Reporting from Kyiv and Lviv", "other"),
    # near misses: sentences that open so stay the story's
    ("Keep reading the small print before you sign, the regulator said.", None),
    ("Reporting from the front line has become more dangerous, the group said.", None),
]


@pytest.mark.parametrize(("line", "kind"), FURNITURE)
def test_page_furniture(line: str, kind: str | None) -> None:
    text = "Council closes riverside car park\nBy Jane Roe" + BODY + "\n" + line + "\n\nThe mayor said more closures would follow.\n"
    article = ArticleParser().parse(text)
    assert not article.span_mismatches()
    kinds = {item.text: item.kind for item in article.boilerplate}
    paragraphs = [paragraph.text for paragraph in article.paragraphs]
    if kind is None:
        assert line in paragraphs and line not in kinds
    else:
        assert kinds.get(line) == kind and line not in paragraphs


def test_placed_roles_subclass() -> None:
    """A subclass that holds an editor's post in a place too reads the place before ``Editor``."""

    class EditorsPlaced(BylineParser):
        PLACED_ROLE_WORDS = (*BylineParser.PLACED_ROLE_WORDS, "Editor")

    line = "By Jane Roe Moscow Editor"
    assert byline_of(line) == (("Jane Roe",), None)  # (a word before "Editor" after a known given name's name: mendLT69)
    article = ArticleParser(byline=EditorsPlaced()).parse("Council closes riverside car park\n" + line + BODY)
    assert article.byline is not None and article.byline.authors == ("Jane Roe",)


def test_credit_links_subclass() -> None:
    """A subclass that knows another link after a credit leaves it out of the credit."""

    class MoreLinks(CaptionParser):
        CREDIT_LINKS = (*CaptionParser.CREDIT_LINKS, "Get the picture")

    line = "A parking meter on Main Street. Photo: Ana Lima Get the picture"
    text = "Council closes riverside car park\nBy Jane Roe\n\n" + line + BODY
    assert [c.credit for c in ArticleParser().parse(text).captions] == ["Ana Lima Get the picture"]
    assert [c.credit for c in ArticleParser(captions=MoreLinks()).parse(text).captions] == ["Ana Lima"]
