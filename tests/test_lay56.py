"""Layout the parsers had not seen (lay56): short story sentences of reported speech lost to a
headline or to teaser debris, a dateline under its headline, stamps with a weekday, brackets or a
spelled-out US zone, and debris lines kept as paragraphs.  Invented stories; each row is the text
and exactly what must come out, and every line of the input stays in a part whose span slices
back to its text."""

from __future__ import annotations

import pytest

from newsparse import Article
from parts import parse, sound, texts


def headline(article: Article) -> str | None:
    return article.headline.text if article.headline is not None else None


# -- 1. a short sentence of reported speech is the story's, never a headline or a teaser ----------

STORY_SENTENCES = [
    # (text, headline, paragraphs)
    ("Headline\n\n" + "Mr Smith said so.\n" * 5, None, ["Mr Smith said so."] * 5),
    ("Briefs\n\nThe mayor said so.\n\nThe council met on Monday.\n", None, ["The mayor said so.", "The council met on Monday."]),
    ("News\n\nMrs Ortiz told reporters.\nMrs Ortiz told reporters.\n", None, ["Mrs Ortiz told reporters."] * 2),
    ("Rates rise\n\nThe governor said so.\n\nThe bank met on Monday.\n", "Rates rise", ["The governor said so.", "The bank met on Monday."]),
]


@pytest.mark.parametrize(("text", "title", "paragraphs"), STORY_SENTENCES)
def test_short_reported_sentence_is_story(text: str, title: str | None, paragraphs: list[str]) -> None:
    article = parse(text)
    assert headline(article) == title
    assert texts(article) == paragraphs
    assert sound(article)


HEADLINES_KEPT = [
    # a headline's passive, a question, a title with no speech: still the headline
    ("Ministers told to wait.\n\nThe council met on Monday to discuss the budget and the pier.\n", "Ministers told to wait."),
    ("Mayor says pier reopens\n\nThe council met on Monday to discuss the budget and the pier.\n", "Mayor says pier reopens"),
    ("What she told me.\n\nThe council met on Monday to discuss the budget and the pier.\n", "What she told me."),
    ("The pier is saved.\n\nThe council met on Monday to discuss the budget and the pier.\n", "The pier is saved."),
]


@pytest.mark.parametrize(("text", "title"), HEADLINES_KEPT)
def test_headline_without_reported_speech_kept(text: str, title: str) -> None:
    article = parse(text)
    assert headline(article) == title
    assert texts(article) == ["The council met on Monday to discuss the budget and the pier."]
    assert sound(article)


def test_button_printed_twice_stays_debris() -> None:
    text = "Save this story for later.\nSave this story for later.\n\nThe council met on Monday to vote on the pier, and it voted to rebuild it.\n"
    article = parse(text)
    assert texts(article) == ["The council met on Monday to vote on the pier, and it voted to rebuild it."]
    assert sound(article)


# -- 2. a dateline alone over a blank line, a place broken off its agency's bracket --------------

STORY = "The Senate passed the bill on Tuesday after a long debate.\n\nIt now goes to the House.\n"
STORY_PARAGRAPHS = ["The Senate passed the bill on Tuesday after a long debate.", "It now goes to the House."]

DATELINES_OVER_BLANK = [
    # (text, headline, place, agency, dateline text)
    ("Senate passes bill\n\nWASHINGTON —\n\n" + STORY, "Senate passes bill", "WASHINGTON", None, "WASHINGTON —"),
    ("Senate passes bill\n\nBRUSSELS -\n\n" + STORY, "Senate passes bill", "BRUSSELS", None, "BRUSSELS -"),
    ("Senate passes bill\n\nNEW YORK (Reuters) –\n\n" + STORY, "Senate passes bill", "NEW YORK", "Reuters", "NEW YORK (Reuters) –"),
    ("Senate passes bill\n\nWashington\n(AP) - " + STORY, "Senate passes bill", "Washington", "AP", "Washington\n(AP) -"),
    ("Senate passes bill\n\nNew York\n(Reuters) - " + STORY, "Senate passes bill", "New York", "Reuters", "New York\n(Reuters) -"),
    ("Washington\n(AP) - " + STORY, None, "Washington", "AP", "Washington\n(AP) -"),
    ("Parlament stimmt zu\n\nBerlin\n(dpa) - " + STORY, "Parlament stimmt zu", "Berlin", "dpa", "Berlin\n(dpa) -"),
]


@pytest.mark.parametrize(("text", "title", "place", "agency", "raw"), DATELINES_OVER_BLANK)
def test_dateline_over_blank_or_broken_before_agency(text: str, title: str | None, place: str, agency: str | None, raw: str) -> None:
    article = parse(text)
    assert headline(article) == title
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency, article.dateline.text) == (place, agency, raw)
    assert texts(article) == STORY_PARAGRAPHS
    assert article.boilerplate == ()
    assert sound(article)


NO_DATELINE_OVER_BLANK = [
    # a section's label with a dash over a blank line; a word that is no place over the agency; a
    # one-word headline a blank line over the agency; a kicker over the headline
    ("Senate passes bill\n\nPOLITICS —\n\n" + STORY, "Senate passes bill", None, None),
    ("Senate passes bill\n\nCNN —\n\n" + STORY, "Senate passes bill", None, None),
    ("Senate passes bill\n\nAnalysis\n(AP) - " + STORY, "Senate passes bill", None, "AP"),
    ("Washington\n\n(AP) - " + STORY, "Washington", None, "AP"),
    ("Washington\nSenate passes bill\n\nWASHINGTON (AP) - " + STORY, "Senate passes bill", "WASHINGTON", "AP"),
]


@pytest.mark.parametrize(("text", "title", "place", "agency"), NO_DATELINE_OVER_BLANK)
def test_no_dateline_from_label_or_headline(text: str, title: str, place: str | None, agency: str | None) -> None:
    article = parse(text)
    assert headline(article) == title
    found = (article.dateline.place, article.dateline.agency) if article.dateline is not None else (None, None)
    assert found == (place, agency)
    assert texts(article) == STORY_PARAGRAPHS
    assert sound(article)


# -- 3. a stamp's weekday abbreviation, its brackets and a spelled-out US zone -------------------

LEDE = "The Senate passed the bill on Tuesday after a long debate in the chamber."

STAMP_LINES = [
    # (language, stamp line, stamp text, ISO datetime)
    ("de", "Di 14.10.2025 - 15:20 Uhr", "Di 14.10.2025 - 15:20 Uhr", "2025-10-14T15:20:00"),
    ("de", "Mi., 15.10.2025, 09:05 Uhr", "Mi., 15.10.2025, 09:05 Uhr", "2025-10-15T09:05:00"),
    ("fr", "mar. 14.10.2025 - 15:20", "mar. 14.10.2025 - 15:20", "2025-10-14T15:20:00"),
    ("es", "mié 15/10/2025 - 08:30", "mié 15/10/2025 - 08:30", "2025-10-15T08:30:00"),
    (None, "Published (October 14, 2025 10:00 GMT)", "(October 14, 2025 10:00 GMT)", "2025-10-14T10:00:00+00:00"),
    (None, "Updated (14 October 2025)", "(14 October 2025)", "2025-10-14T00:00:00"),
    (None, "Published October 14, 2025 10:00 a.m. Eastern time", "October 14, 2025 10:00 a.m. Eastern time", "2025-10-14T10:00:00-04:00"),
    (None, "Published January 14, 2025 3:15 p.m. Pacific Time", "January 14, 2025 3:15 p.m. Pacific Time", "2025-01-14T15:15:00-08:00"),
    (None, "Posted March 3, 2025 9:00 a.m. Central time", "March 3, 2025 9:00 a.m. Central time", "2025-03-03T09:00:00-06:00"),
]


@pytest.mark.parametrize(("language", "line", "written", "when"), STAMP_LINES)
def test_stamp_takes_its_line_marks(language: str | None, line: str, written: str, when: str) -> None:
    article = parse("Senate passes bill\n\n" + line + "\n\n" + LEDE + "\n", language)
    stamp = article.updated if line.startswith("Updated") else article.published
    assert stamp is not None
    assert (stamp.text, stamp.datetime.isoformat()) == (written, when)
    assert article.boilerplate == ()
    assert texts(article) == [LEDE]
    assert sound(article)


STAMP_LINES_KEPT_APART = [
    # a weekday the date contradicts stays out of the stamp (14 October 2025 is a Tuesday); a
    # zone that is no spelled-out US zone is not read; one bracket alone is no pair
    ("de", "Mi 14.10.2025 - 15:20 Uhr", "14.10.2025 - 15:20 Uhr", "2025-10-14T15:20:00", ["Mi"]),
    (None, "Published October 14, 2025 10:00 a.m. Eastern Shore", "October 14, 2025 10:00 a.m.", "2025-10-14T10:00:00", ["Eastern Shore"]),
]


@pytest.mark.parametrize(("language", "line", "written", "when", "debris"), STAMP_LINES_KEPT_APART)
def test_stamp_leaves_what_is_not_its(language: str | None, line: str, written: str, when: str, debris: list[str]) -> None:
    article = parse("Senate passes bill\n\n" + line + "\n\n" + LEDE + "\n", language)
    assert article.published is not None
    assert (article.published.text, article.published.datetime.isoformat()) == (written, when)
    assert [item.text for item in article.boilerplate] == debris
    assert sound(article)


STORY_SENTENCES_WITH_STAMP_WORDS = [
    (None, "Published in October 2025, the report found that the pier had been neglected for years."),
    (None, "Tue Nguyen, who chairs the committee, said on Tuesday that the vote would be held on October 14."),
    ("de", "Di Lorenzo sagte am Dienstag, die Abstimmung finde am 14.10.2025 statt, wie geplant."),
]


@pytest.mark.parametrize(("language", "sentence"), STORY_SENTENCES_WITH_STAMP_WORDS)
def test_story_sentence_with_stamp_words_stays_story(language: str | None, sentence: str) -> None:
    article = parse("Senate passes bill\n\n" + sentence + "\n\n" + LEDE + "\n", language)
    assert texts(article) == [sentence, LEDE]
    assert article.published is None
    assert sound(article)


# -- 4. debris kept as paragraphs: read-on buttons, desk codes, a channel's call with a list -----

DEBRIS_LINES = [
    # (language, lede, debris line, last paragraph)
    ("es", "La tormenta golpeó la costa el lunes y miles de hogares se quedaron sin luz.", "Seguí leyendo",
     "Más lluvias llegan el viernes, dijo el servicio meteorológico."),
    ("es", "La tormenta golpeó la costa el lunes y miles de hogares se quedaron sin luz.", "Sigue leyendo »",
     "Más lluvias llegan el viernes, dijo el servicio meteorológico."),
    ("fr", "La tempête a frappé la côte lundi et des milliers de foyers sont privés de courant.", "Lire la suite",
     "De nouvelles pluies sont attendues vendredi, selon Météo-France."),
    ("fr", "La tempête a frappé la côte lundi et des milliers de foyers sont privés de courant.", "Lire aussi",
     "De nouvelles pluies sont attendues vendredi, selon Météo-France."),
    ("de", "Der Sturm traf am Montag die Küste, und Tausende Haushalte waren ohne Strom.", "Weiterlesen",
     "Weitere Regenfälle werden am Freitag erwartet, sagte der Wetterdienst."),
    ("de", "Der Sturm traf am Montag die Küste, und Tausende Haushalte waren ohne Strom.", "dpa hme yydd n1 kre", None),
    ("de", "Der Sturm traf am Montag die Küste, und Tausende Haushalte waren ohne Strom.", "dpa lni yyni z2 mmm", None),
    (None, "The storm hit the coast on Monday, and thousands of homes lost power overnight.",
     "Follow us on our Telegram channel for the latest news, videos and photos.", "More rain is due on Friday."),
    (None, "The storm hit the coast on Monday, and thousands of homes lost power overnight.",
     "Follow our YouTube channel for interviews, documentaries or live shows!", "More rain is due on Friday."),
]


@pytest.mark.parametrize(("language", "lede", "debris", "last"), DEBRIS_LINES)
def test_debris_line_is_boilerplate(language: str | None, lede: str, debris: str, last: str | None) -> None:
    text = "Storm hits the coast\n\n" + lede + "\n\n" + debris + "\n" + ("\n" + last + "\n" if last else "")
    article = parse(text, language)
    assert texts(article) == [lede] + ([last] if last else [])
    assert debris in [item.text for item in article.boilerplate]
    assert sound(article)


STORY_LINES_KEPT = [
    (None, "Follow the council's debate on our website, the mayor said."),
    (None, "Join the Facebook group for survivors, the charity said, and share your story."),
    (None, "Join the Telegram channel for alerts, officials said, and share news."),
    (None, "Follow the official WhatsApp channel for updates, officials urged residents on Monday."),
    ("es", "Sigue leyendo la prensa local cada mañana, dijo la alcaldesa, y nada más."),
    ("de", "Weiterlesen wollte er nicht, sagte der Bürgermeister am Montag."),
]


@pytest.mark.parametrize(("language", "line"), STORY_LINES_KEPT)
def test_story_line_with_debris_words_stays(language: str | None, line: str) -> None:
    lede = "The storm hit the coast on Monday, and thousands of homes lost power overnight."
    text = "Storm hits the coast\n\n" + lede + "\n\n" + line + "\n\nMore rain is due on Friday.\n"
    article = parse(text, language)
    assert texts(article) == [lede, line, "More rain is due on Friday."]
    assert sound(article)


# -- 1b. a story's only line of running text is never lost to the headline -----------------------

ONLY_LINE_ROWS = [
    # (language, text, headline, paragraphs)
    ("de", "Storm\n\nDer Sturm traf am Montag die Küste, und Tausende Haushalte waren ohne Strom.\n\ndpa hme yydd n1 kre\n",
     None, ["Der Sturm traf am Montag die Küste, und Tausende Haushalte waren ohne Strom."]),
    (None, "Weather\n\nThe storm hit the coast on Monday and thousands of homes lost power overnight.\n\nShare\n",
     None, ["The storm hit the coast on Monday and thousands of homes lost power overnight."]),
    # (a short headline with a full stop, or one without, over nothing stays the headline)
    (None, "The pier is saved.\n\nShare\n", "The pier is saved.", []),
    (None, "Storm hits the coast on Monday and thousands of homes lose power overnight\n\nShare\n",
     "Storm hits the coast on Monday and thousands of homes lose power overnight", []),
]


@pytest.mark.parametrize(("language", "text", "title", "paragraphs"), ONLY_LINE_ROWS)
def test_only_story_line_is_a_paragraph(language: str | None, text: str, title: str | None, paragraphs: list[str]) -> None:
    article = parse(text, language)
    assert headline(article) == title
    assert texts(article) == paragraphs
    assert sound(article)
