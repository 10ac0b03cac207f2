"""A new user's trial (stop 17): the CLI's --language, BCP 47 language tags, datelines, header
misfilings, a speaker-cue line, sign-offs and notes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from newsparse import ArticleParser, MonthDay
from newsparse.cli import main
from newsparse.quotes.languages import language_pack

FRENCH = (
    "Le ministre défend sa réforme\n\n"
    "PARIS, 3 mai (AFP) - Le ministre a défendu mardi sa réforme devant l'Assemblée.\n\n"
    "« Nous irons jusqu'au bout », a déclaré Jean Dupont devant les députés.\n"
)
GERMAN = (
    "Ministerin verteidigt Reform\n\n"
    "BERLIN (dpa) - Die Ministerin hat am Dienstag ihre Reform verteidigt.\n\n"
    "„Wir gehen den Weg zu Ende“, sagte Anna Schmidt vor dem Bundestag.\n"
)


def quote_rows(out: str) -> list[tuple[str, str]]:
    return [(row["speaker"], row["text"]) for row in csv.DictReader(io.StringIO(out))]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        # without a pack the French quotation is found (every vocabulary reads guillemets) but
        # no French verb names its speaker
        ([], [("", "Nous irons jusqu'au bout")]),
        (["--language", "fr"], [("Jean Dupont", "Nous irons jusqu'au bout")]),
        (["--language", "fr-FR"], [("Jean Dupont", "Nous irons jusqu'au bout")]),
        (["--language", "FR_fr", "--jobs", "2"], [("Jean Dupont", "Nous irons jusqu'au bout")] * 2),
    ],
)
def test_cli_language_reads_a_french_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], expected: list[tuple[str, str]]
) -> None:
    path = tmp_path / "fr01.txt"
    path.write_text(FRENCH, encoding="utf-8")
    files = [str(path)] * (2 if "--jobs" in args else 1)
    assert main(["--format", "csv", "--no-progress", *args, *files]) == 0
    assert quote_rows(capsys.readouterr().out) == expected


@pytest.mark.parametrize(("jobs", "count"), [("1", 1), ("2", 3)])
def test_cli_language_with_jsonl_input(tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str, count: int) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": i, "text": GERMAN}) + "\n" for i in range(count)), encoding="utf-8")
    assert main(["--jsonl", "--no-progress", "--language", "de-AT", "--jobs", jobs, "--input-jsonl", "text", str(feed)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    speakers = [[q["speaker"]["name"] for q in r["article"]["quotes"]] for r in records]
    assert speakers == [["Anna Schmidt"]] * count


def test_cli_unknown_language_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(FRENCH, encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        main(["--language", "xx", str(path)])
    assert stop.value.code == 2
    assert "no language pack for 'xx'; known: en, en-GB, fr, de, es" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("de-DE", "de"),
        ("de-AT", "de"),
        ("DE_ch", "de"),
        ("fr-FR", "fr"),
        ("fr_CA", "fr"),
        ("es-MX", "es"),
        ("en", "en"),
        ("en-US", "en"),
        ("en_GB", "en-GB"),
        ("EN-gb", "en-GB"),
    ],
)
def test_language_tags_fall_back_to_their_language(tag: str, code: str) -> None:
    assert language_pack(tag).code == code
    parser = ArticleParser(language=tag)
    assert type(parser.vocabulary) is language_pack(code).vocabulary
    assert type(parser.quotes) is language_pack(code).quotes


@pytest.mark.parametrize("tag", ["xx", "xx-DE", "", "d", "deu", "-de", "gb-en"])
def test_unknown_language_tags_raise(tag: str) -> None:
    with pytest.raises(ValueError, match=r"no language pack for .*; known: en, en-GB, fr, de, es"):
        ArticleParser(language=tag)


DATELINES = [
    # (language, first paragraph, (place, agency, date) or None)
    ("de", "FRANKFURT/MAIN (dpa) - Die Börse hat am Montag nachgegeben.", ("FRANKFURT/MAIN", "dpa", None)),
    ("de", "Frankfurt/Main (dpa) - Die Börse hat am Montag nachgegeben.", ("Frankfurt/Main", "dpa", None)),
    ("en", "FRANKFURT/MAIN (dpa) - Die Börse hat am Montag nachgegeben.", ("FRANKFURT/MAIN", "dpa", None)),
    ("de", "HALLE (SAALE) (dpa) - Die Stadt hat einen neuen Haushalt.", ("HALLE (SAALE)", "dpa", None)),
    ("de", "Halle (Saale) (dpa) - Die Stadt hat einen neuen Haushalt.", ("Halle (Saale)", "dpa", None)),
    ("de", "BRÜSSEL (dpa/AFP) - Die Kommission hat neue Regeln.", ("BRÜSSEL", "dpa/AFP", None)),
    ("fr", "BRUXELLES (AFP/Reuters) - La Commission a proposé des règles.", ("BRUXELLES", "AFP/Reuters", None)),
    ("de", "MÜNCHEN, 12. Mai (Reuters) - Siemens hat die Prognose gesenkt.", ("MÜNCHEN", "Reuters", MonthDay(5, 12))),
    # an English parser cannot read "Mai": the dateline without its date, not none
    ("en", "MÜNCHEN, 12. Mai (Reuters) - Siemens hat die Prognose gesenkt.", ("MÜNCHEN", "Reuters", MonthDay(5, 12))),  # (fixL67)
    ("en", "ÖSTERSUND (TT) - Polisen larmades under natten.", ("ÖSTERSUND", "TT", None)),
    ("en", "New York CNN — A storm swept across the city on Monday.", ("New York", "CNN", None)),
    ("en", "NEW YORK (CNN) — A storm swept across the city on Monday.", ("NEW YORK", "CNN", None)),
    ("en", "Atlanta CNN — A storm swept across the city on Monday.", ("Atlanta", "CNN", None)),
    ("de", "WASHINGTON, May 3 (Xinhua) -- The economy added jobs in April.", ("WASHINGTON", "Xinhua", MonthDay(5, 3))),
    ("fr", "WASHINGTON, May 3 (Xinhua) -- The economy added jobs in April.", ("WASHINGTON", "Xinhua", MonthDay(5, 3))),
    ("es", "WASHINGTON, May 3 (Xinhua) -- The economy added jobs in April.", ("WASHINGTON", "Xinhua", MonthDay(5, 3))),
    ("fr", "PARIS, 3 mai (AFP) - Le ministre a défendu sa réforme.", ("PARIS", "AFP", MonthDay(5, 3))),
    # near misses: a sentence, an unknown body in brackets after an unreadable month, no dash after the agency
    ("de", "Frankfurt/Main ist die Stadt der Banken, sagte der Sprecher.", None),
    ("en", "MÜNCHEN, 12. Mai (Polizei) - Ein Unfall auf der Autobahn.", None),
    ("en", "New York CNN reported on Monday that a storm swept the city.", None),
    ("en", "New York Times — A storm swept across the city on Monday.", None),
]


@pytest.mark.parametrize(("language", "paragraph", "expected"), DATELINES)
def test_trial_datelines(language: str, paragraph: str, expected: tuple[str, str, object] | None) -> None:
    text = "Eine Überschrift\n\n" + paragraph + "\n\nNoch ein Absatz."
    article = ArticleParser(language=language).parse(text)
    dateline = article.dateline
    if expected is None:
        assert dateline is None
        assert article.paragraphs[0].text == paragraph
        return
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.date) == expected
    assert text[dateline.span.start : dateline.span.end] == dateline.text
    assert paragraph.startswith(dateline.text)
    assert article.paragraphs[0].text == paragraph[len(dateline.text) :].lstrip()


STORY = "The council voted on Monday to close the old bridge, officials said.\n\nThe mayor urged residents to stay home."

HEADERS = [
    # (header lines, headline, section, boilerplate (kind, text))
    ("Tom Berg", "Tom Berg", (), []),  # a name over the story: a headline, not a kicker over none
    ("Tom Berg\n\nJane Roe | Reuters", "Tom Berg", (), []),  # over a byline without "By"
    ("Tom Berg\n\nBy Jane Roe", "Tom Berg", (), []),
    ("WORLD", None, ("WORLD",), []),  # a kicker in capitals over the story stays one
    ("Politics\n\nCouncil closes old bridge", "Council closes old bridge", ("Politics",), []),
    ("Tom Berg\n\nCouncil closes old bridge", "Council closes old bridge", ("Tom Berg",), []),
    # an impossible date: still a stamp line, never the headline nor under a kicker
    ("Bad\n\nPublished: February 30, 2025", "Bad", (), [("timestamp", "Published: February 30, 2025")]),
    ("Published: February 30, 2025", None, (), [("timestamp", "Published: February 30, 2025")]),
    ("Council closes old bridge\n\nUpdated: 31/02/2025", "Council closes old bridge", (), [("timestamp", "Updated: 31/02/2025")]),
]


@pytest.mark.parametrize(("header", "headline", "section", "boilerplate"), HEADERS)
def test_trial_header_misfilings(header: str, headline: str | None, section: tuple[str, ...], boilerplate: list[tuple[str, str]]) -> None:
    text = header + "\n\n" + STORY
    article = ArticleParser().parse(text)
    assert (article.headline.text if article.headline else None, article.section) == (headline, section)
    assert [(b.kind, b.text) for b in article.boilerplate] == boilerplate
    assert [p.text for p in article.paragraphs] == STORY.split("\n\n")


@pytest.mark.parametrize(
    "opening",
    ["New York CNN — A storm swept the city.", "New York CNN —\nA storm swept the city.", "New York CNN —\n\nA storm swept the city."],
)
def test_web_dateline_on_its_own_line(opening: str) -> None:
    text = "Storm floods lower Manhattan\n\n" + opening + "\n\nThe mayor urged residents to stay home."
    article = ArticleParser().parse(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency, article.dateline.text) == ("New York", "CNN", "New York CNN —")
    assert article.boilerplate == ()
    assert [p.text for p in article.paragraphs] == ["A storm swept the city.", "The mayor urged residents to stay home."]


QUOTATION = '"We will rebuild the bridge before winter, whatever it costs the city."'

CUE_LINES = [
    # (language, line over the quotation, the quotation's speaker, the line is a paragraph)
    ("en", "Ana Ortiz said:", "Ana Ortiz", True),
    ("en", "The minister told reporters:", "The minister", True),
    ("en", "Ana Ortiz said on Monday:", "Ana Ortiz", True),
    ("fr", "Jean Dupont a déclaré :", "Jean Dupont", True),
    # near misses: a label over a quotation is no speech cue
    ("en", "Key facts:", None, False),
    ("en", "Ana Ortiz:", None, False),
]


@pytest.mark.parametrize(("language", "cue", "speaker", "paragraph"), CUE_LINES)
@pytest.mark.parametrize("before", ["", "By Jane Roe\n\n", "The council voted on Monday to close the old bridge.\n\n"])
def test_a_speech_cue_line_introduces_its_quotation(
    language: str, cue: str, speaker: str | None, paragraph: bool, before: str
) -> None:
    text = f"Council closes old bridge\n\n{before}{cue}\n\n{QUOTATION}\n\nThe mayor urged residents to stay home."
    article = ArticleParser(language=language).parse(text)
    first = article.quotes[0]
    assert first.text == QUOTATION.strip('"')
    if paragraph or before.startswith("The council"):
        assert cue in [p.text for p in article.paragraphs]
        assert cue not in [b.text for b in article.boilerplate]
    if paragraph:
        assert (first.speaker.name if first.speaker else None) == speaker
    else:
        assert first.speaker is None


LEAD = "BEIJING, May 3 (Xinhua) -- China opened a new rail line on Monday, officials said.\n\n"

ENDINGS = [
    # (the text's end, the last paragraph, boilerplate (kind, text))
    ("The line links two provinces. Enditem", "The line links two provinces.", [("sign-off", "Enditem")]),
    ("The line links two provinces.\n\nEnditem", "The line links two provinces.", [("sign-off", "Enditem")]),
    ("The line links two provinces. ENDITEM", "The line links two provinces.", [("sign-off", "ENDITEM")]),
    ("The line links two provinces. -30-", "The line links two provinces.", [("sign-off", "-30-")]),
    # near misses: the words inside a sentence, or with no sentence end before them
    ("The line links two provinces, officials said, and the talks will never end.", "The line links two provinces, officials said, and the talks will never end.", []),
    ("The line links two provinces, the enditem said.", "The line links two provinces, the enditem said.", []),
    (
        "The line links two provinces.\n\nOur Standards: The Harbour News Trust Principles.",
        "The line links two provinces.",
        [("other", "Our Standards: The Harbour News Trust Principles.")],
    ),
    (
        "The line links two provinces.\n\nThis interview has been edited for length and clarity.",
        "The line links two provinces.",
        [("editors-note", "This interview has been edited for length and clarity.")],
    ),
    (
        "The line links two provinces.\n\nThis conversation has been lightly edited and condensed.",
        "The line links two provinces.",
        [("editors-note", "This conversation has been lightly edited and condensed.")],
    ),
    ("Our standards of service have risen: the line links two provinces.", "Our standards of service have risen: the line links two provinces.", []),
    # a sign-off in brackets after the story's last sentence, on the same line
    (
        "The line links two provinces. (Reporting by Jane Roe; Editing by Tom Poe)",
        "The line links two provinces.",
        [("sign-off", "(Reporting by Jane Roe; Editing by Tom Poe)")],
    ),
    (
        "Trains will run hourly, the operator said. (Writing by Li Wei in Beijing; Editing by Ana Ortiz)  ",
        "Trains will run hourly, the operator said.",
        [("sign-off", "(Writing by Li Wei in Beijing; Editing by Ana Ortiz)")],
    ),
    (
        "The line links two provinces.\u201d (Additional reporting by Omar Haddad)",
        "The line links two provinces.\u201d",
        [("sign-off", "(Additional reporting by Omar Haddad)")],
    ),
    # near misses: a remark in brackets that is the story's, or a sign-off word inside a sentence
    (
        "The line links two provinces. (The operator plans a third track by 2030.)",
        "The line links two provinces. (The operator plans a third track by 2030.)",
        [],
    ),
    (
        "The line links two provinces (reporting by state media could not be confirmed).",
        "The line links two provinces (reporting by state media could not be confirmed).",
        [],
    ),
]


@pytest.mark.parametrize(("ending", "last", "boilerplate"), ENDINGS)
def test_trial_sign_offs_and_notes(ending: str, last: str, boilerplate: list[tuple[str, str]]) -> None:
    text = "China opens new rail line\n\n" + LEAD + ending
    article = ArticleParser().parse(text)
    assert article.paragraphs[-1].text == last
    assert [(b.kind, b.text) for b in article.boilerplate] == boilerplate
    for piece in (*article.paragraphs, *article.boilerplate):
        assert text[piece.span.start : piece.span.end] == piece.text
