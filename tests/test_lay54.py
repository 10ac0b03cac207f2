"""Wire and foreign-language copy the layout parsers had not seen (lay54): a French dateline with
``le`` before its day, a dateline a copy broke over two lines, bylines with an agency in brackets
or a role held abroad, captions whose credit is a foreign label or a name and its agency, zones of
Latin America in capitals, and a clock with no date under a byline.  Invented stories; each row
is the text and exactly what must come out, and every line of the input stays in a part whose
span slices back to its text."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import Article
from newsparse.lines import split_lines
from parts import blocks, parse, sound, texts

BODY = "The council voted on Tuesday to rebuild the pier, officials said."




def dateline(article: Article) -> tuple[str | None, str | None, str | None, str] | None:
    found = article.to_dict()["dateline"]
    if found is None:
        return None
    return found["place"], found["agency"], found["date"], found["text"]


# -- 1. a French dateline with "le" before its day; other wires and languages --------------------

LE_DATELINES = [
    ("fr", "Paris, le 3 novembre (AFP) - Le gouvernement a annoncé lundi un plan pour le rail.",
     ("Paris", "AFP", "--11-03", "Paris, le 3 novembre (AFP) -"), "Le gouvernement a annoncé lundi un plan pour le rail."),
    ("fr", "LYON, le 12 mars 2026 (AFP) - Le maire a démissionné mardi soir.",
     ("LYON", "AFP", "2026-03-12", "LYON, le 12 mars 2026 (AFP) -"), "Le maire a démissionné mardi soir."),
    ("fr", "Bruxelles, le 5 mai (Reuters) - La Commission a proposé un budget.",
     ("Bruxelles", "Reuters", "--05-05", "Bruxelles, le 5 mai (Reuters) -"), "La Commission a proposé un budget."),
    ("fr", "Genève, le 2 juin (AFP) - Le canton a voté une loi.",
     ("Genève", "AFP", "--06-02", "Genève, le 2 juin (AFP) -"), "Le canton a voté une loi."),
    ("es", "Madrid, 3 nov (EFE).- El Gobierno aprobó el plan.",
     ("Madrid", "EFE", "--11-03", "Madrid, 3 nov (EFE).-"), "El Gobierno aprobó el plan."),
    (None, "ROME, Nov 3 (ANSA) - The government approved the budget.",
     ("ROME", "ANSA", "--11-03", "ROME, Nov 3 (ANSA) -"), "The government approved the budget."),
    (None, "BEIJING, Nov. 3 (Xinhua) -- China said on Tuesday it would cut tariffs.",
     ("BEIJING", "Xinhua", "--11-03", "BEIJING, Nov. 3 (Xinhua) --"), "China said on Tuesday it would cut tariffs."),
]


@pytest.mark.parametrize(("language", "first", "expected", "story"), LE_DATELINES)
def test_dateline_with_le_and_other_wires(
    language: str | None, first: str, expected: tuple[str, str, str, str], story: str
) -> None:
    article = parse(blocks("Le titre du jour", first, "Le plan sera voté en mars."), language)
    assert dateline(article) == expected
    assert texts(article) == [story, "Le plan sera voté en mars."]
    assert sound(article)


# the same words open a story sentence, with no agency: no dateline
LE_SENTENCES = [
    ("fr", "Paris, le 3 novembre, le gouvernement a annoncé un plan pour le rail, a-t-il dit."),
    ("fr", "Paris, le 3 novembre 2026, restera une date importante pour les cheminots du pays."),
    ("fr", "Lyon, le 12 mars, a accueilli le congrès des maires de France pendant trois jours."),
]


@pytest.mark.parametrize(("language", "first"), LE_SENTENCES)
def test_le_sentence_is_no_dateline(language: str, first: str) -> None:
    article = parse(blocks("Le titre du jour", first, "Le plan sera voté en mars."), language)
    assert article.dateline is None
    assert texts(article) == [first, "Le plan sera voté en mars."]
    assert sound(article)


# -- 2. a dateline broken over two lines by a copy ------------------------------------------------

SPLIT_DATELINES = [
    (None, "LONDON,\nNov 3 (Reuters) - The council voted on Tuesday to rebuild the pier.",
     ("LONDON", "Reuters", "--11-03", "LONDON,\nNov 3 (Reuters) -"), "The council voted on Tuesday to rebuild the pier."),
    (None, "WASHINGTON,\nMarch 4 (AP) — The Senate passed the bill late on Tuesday night.",
     ("WASHINGTON", "AP", "--03-04", "WASHINGTON,\nMarch 4 (AP) —"), "The Senate passed the bill late on Tuesday night."),
    ("fr", "Paris,\n3 nov (AFP) - Le gouvernement a annoncé lundi un plan.",
     ("Paris", "AFP", "--11-03", "Paris,\n3 nov (AFP) -"), "Le gouvernement a annoncé lundi un plan."),
    ("de", "BERLIN,\n3. November (dpa) - Der Streik ist beendet, teilte die Bahn mit.",
     ("BERLIN", "dpa", "--11-03", "BERLIN,\n3. November (dpa) -"), "Der Streik ist beendet, teilte die Bahn mit."),
]


@pytest.mark.parametrize(("language", "first", "expected", "story"), SPLIT_DATELINES)
def test_dateline_split_over_two_lines(
    language: str | None, first: str, expected: tuple[str, str, str, str], story: str
) -> None:
    text = blocks("Council votes on harbour plan", first, "The vote was close.")
    article = parse(text, language)
    assert dateline(article) == expected
    assert article.dateline is not None and article.dateline.span.slice(text) == expected[3]
    assert texts(article) == [story, "The vote was close."]
    assert article.boilerplate == ()
    assert sound(article)


# a line ending in a comma over a line that opens no wire date: no dateline (the two lines are the
# story's first sentence, hard-wrapped at the comma: one paragraph, fixD54)
SPLIT_NEGATIVES = [
    "Residents of Springfield,\nShelbyville and Ogdenville voted on Tuesday to rebuild the pier.",
    "LONDON,\nthe capital, voted on Tuesday to rebuild the pier, officials said on the day.",
]


@pytest.mark.parametrize("first", SPLIT_NEGATIVES)
def test_comma_line_over_no_dateline(first: str) -> None:
    article = parse(blocks("Council votes on harbour plan", first, "The vote was close."))
    assert article.dateline is None
    assert texts(article) == [first.replace("\n", " "), "The vote was close."]
    assert sound(article)


# -- 3. bylines: a role held abroad, an agency in brackets, "avec AFP" -----------------------------

BYLINES = [
    ("fr", "Claire Martin, correspondante à Bruxelles", ("Claire Martin",), None),
    ("fr", "Paul Durand, envoyé spécial à Kiev", ("Paul Durand",), None),
    (None, "Jane Roe, Europe correspondent", ("Jane Roe",), None),
    (None, "Jane Roe, correspondent in Brussels", ("Jane Roe",), None),
    ("de", "Anna Schmidt, Korrespondentin in Brüssel", ("Anna Schmidt",), None),
    ("es", "Juan Pérez, corresponsal en Bruselas", ("Juan Pérez",), None),
    ("de", "Anna Schmidt (dpa)", ("Anna Schmidt",), "dpa"),
    (None, "Jane Roe (AP)", ("Jane Roe",), "AP"),
    ("fr", "Claire Martin (AFP)", ("Claire Martin",), "AFP"),
    ("es", "Juan Pérez (EFE)", ("Juan Pérez",), "EFE"),
    (None, "Jane Roe and John Doe (Reuters)", ("Jane Roe", "John Doe"), "Reuters"),
    ("fr", "Par Claire Martin (avec AFP)", ("Claire Martin",), "AFP"),
    ("es", "Por Juan Pérez (con EFE)", ("Juan Pérez",), "EFE"),
    ("de", "Von Anna Schmidt (mit dpa)", ("Anna Schmidt",), "dpa"),
    (None, "By Jane Roe (with Reuters)", ("Jane Roe",), "Reuters"),
]


@pytest.mark.parametrize(("language", "line", "authors", "agency"), BYLINES)
def test_byline_under_headline(language: str | None, line: str, authors: tuple[str, ...], agency: str | None) -> None:
    text = blocks("Council votes on harbour plan", line, BODY)
    article = parse(text, language)
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, line)
    assert article.boilerplate == ()
    assert texts(article) == [BODY]
    assert sound(article)


# the same shapes inside the story: a sentence, no byline
BYLINE_NEGATIVES = [
    ("de", "Anna Schmidt (dpa) schrieb am Dienstag, der Streik sei beendet."),
    (None, "Jane Roe (AP) wrote on Tuesday that the strike was over."),
    ("fr", "Claire Martin (AFP) a écrit mardi que la grève était finie."),
    ("fr", "Claire Martin, correspondante à Bruxelles, a suivi les débats."),
]


@pytest.mark.parametrize(("language", "sentence"), BYLINE_NEGATIVES)
def test_byline_shape_in_story(language: str | None, sentence: str) -> None:
    article = parse(blocks("Council votes on harbour plan", BODY, sentence), language)
    assert article.byline is None
    assert texts(article) == [BODY, sentence]
    assert sound(article)


# -- 4. captions with a foreign credit label, or a name and its agency -----------------------------

CAPTIONS = [
    ("de", "Ein Zug im Hauptbahnhof. Quelle: dpa", "Ein Zug im Hauptbahnhof.", "dpa"),
    ("de", "Ein Zug im Hauptbahnhof. Quelle: dpa/AFP", "Ein Zug im Hauptbahnhof.", "dpa/AFP"),
    ("es", "El alcalde, en el pleno. Fuente: EFE", "El alcalde, en el pleno.", "EFE"),
    ("es", "El alcalde, en el pleno. Fotografía: Juan Pérez (EFE)", "El alcalde, en el pleno.", "Juan Pérez (EFE)"),
    (None, "The mayor at the council meeting. Photo: Jane Roe (AP)", "The mayor at the council meeting.", "Jane Roe (AP)"),
    ("fr", "Le maire au conseil municipal. Photo : Claire Martin (AFP)", "Le maire au conseil municipal.",
     "Claire Martin (AFP)"),
    ("fr", "Le maire au conseil municipal. Photo : AFP", "Le maire au conseil municipal.", "AFP"),
    ("fr", "Le maire au conseil municipal. Crédit photo : Claire Martin", "Le maire au conseil municipal.", "Claire Martin"),
    ("de", "Der Bürgermeister im Rathaus. Foto: Anna Schmidt", "Der Bürgermeister im Rathaus.", "Anna Schmidt"),
    ("de", "Der Bürgermeister im Rathaus. Bild: dpa", "Der Bürgermeister im Rathaus.", "dpa"),
    ("es", "El alcalde en el pleno. Foto: EFE", "El alcalde en el pleno.", "EFE"),
    ("es", "El alcalde en el pleno. Imagen: Juan Pérez", "El alcalde en el pleno.", "Juan Pérez"),
    (None, "The mayor at the council meeting. Picture: Jane Roe", "The mayor at the council meeting.", "Jane Roe"),
    (None, "Rescuers at the site. Source: Xinhua", "Rescuers at the site.", "Xinhua"),
]


@pytest.mark.parametrize(("language", "line", "caption", "credit"), CAPTIONS)
def test_caption_credit(language: str | None, line: str, caption: str, credit: str) -> None:
    text = blocks("Council votes on harbour plan", line, BODY, "The vote was close.")
    article = parse(text, language)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert article.boilerplate == ()
    assert texts(article) == [BODY, "The vote was close."]
    assert sound(article)


# a source label after a paragraph of the story cites its facts: the paragraph stays whole
CITATIONS = [
    ("de", "Die Arbeitslosigkeit stieg im Oktober auf 5,2 Prozent. Quelle: dpa"),
    ("de", "Die Bahn hat den Streik beendet. Die Züge fahren wieder. Quelle: dpa"),
    ("es", "El paro subió en octubre al 12 por ciento. Fuente: EFE"),
    (None, "Unemployment rose to 5.2 percent in October, the highest in three years. Source: Reuters"),
    (None, "The council voted on Tuesday to rebuild the pier, its spokesman said. Source: City Council"),
]


@pytest.mark.parametrize(("language", "sentence"), CITATIONS)
def test_source_label_in_story(language: str | None, sentence: str) -> None:
    article = parse(blocks("Council votes on harbour plan", BODY, sentence, "The vote was close."), language)
    assert article.captions == ()
    assert texts(article) == [BODY, sentence, "The vote was close."]
    assert sound(article)


# a caption line inside the body is still read as one
def test_caption_inside_body() -> None:
    text = blocks("Bahnstreik beendet", "BERLIN (dpa) - Der Streik ist beendet.", "Ein Zug im Hauptbahnhof. Quelle: dpa",
                  "Die Züge fahren wieder.")
    article = parse(text, "de")
    assert [(c.text, c.credit) for c in article.captions] == [("Ein Zug im Hauptbahnhof.", "dpa")]
    assert texts(article) == ["Der Streik ist beendet.", "Die Züge fahren wieder."]
    assert sound(article)


# -- 5. zones of Latin America and the Pacific -----------------------------------------------------

ZONED = [
    ("Published 9:00 AM ART, Tue November 3, 2026", "2026-11-03T09:00:00-03:00"),
    ("Published Tue November 3, 2026 9:00 AM ART", "2026-11-03T09:00:00-03:00"),
    ("Published November 3, 2026, 9:00 AM COT", "2026-11-03T09:00:00-05:00"),
    ("Published November 3, 2026, 9:00 AM PET", "2026-11-03T09:00:00-05:00"),
    ("Published November 3, 2026, 9:00 AM BOT", "2026-11-03T09:00:00-04:00"),
    ("Published November 3, 2026, 9:00 AM CLT", "2026-11-03T09:00:00-04:00"),
    ("Published November 3, 2026, 9:00 AM CLST", "2026-11-03T09:00:00-03:00"),
    ("Published November 3, 2026, 9:00 AM BRT", "2026-11-03T09:00:00-03:00"),
    ("Published November 3, 2026, 9:00 AM AEDT", "2026-11-03T09:00:00+11:00"),
    ("Published November 3, 2026, 9:00 AM NZDT", "2026-11-03T09:00:00+13:00"),
    ("Published 9:00 AM EST, Tue November 3, 2026", "2026-11-03T09:00:00-05:00"),
    # a zone the vocabulary does not know before the date: the date alone, no time
    ("Published 9:00 AM XYZ, Tue November 3, 2026", "2026-11-03T00:00:00"),
]


@pytest.mark.parametrize(("line", "expected"), ZONED)
def test_zoned_stamp(line: str, expected: str) -> None:
    article = parse(blocks("Council votes on harbour plan", line, BODY))
    assert article.published is not None
    assert article.published.datetime.isoformat() == expected
    assert article.boilerplate == ()
    assert sound(article)


# the zones that are English words are read in capitals only: in lower case no zone
def test_zone_word_in_lower_case_is_no_zone() -> None:
    parser = newsparse.ArticleParser().timestamps
    assert parser.is_date_token("ART") and parser.is_date_token("PET")
    assert not parser.is_date_token("art") and not parser.is_date_token("Pet")
    assert parser.is_date_token("gmt")  # (a zone no English word: any case)


# -- 6. a clock with no date under a byline -------------------------------------------------------

CLOCKS = [
    "Updated 11:45 PM CST",
    "Updated 9:30 AM ART",
    "Published 14:05 GMT",
]


@pytest.mark.parametrize("line", CLOCKS)
def test_clock_alone_is_a_stamp_without_date(line: str) -> None:
    text = "Council votes on harbour plan\n\nBy Jane Roe\n" + line + "\n\n" + BODY + "\n"
    article = parse(text)
    assert article.byline is not None and article.byline.authors == ("Jane Roe",)
    assert article.published is None and article.updated is None
    assert [(b.kind, b.text) for b in article.boilerplate] == [("timestamp", line)]
    assert texts(article) == [BODY]
    assert sound(article)


# a known zone of South America after a place and a dash (the Spanish pack): the stamp is read;
# an abbreviation two zones share (ECT: Ecuador, the Eastern Caribbean) stays unknown
PLACE_DASH_ZONES = [
    ("Valparaíso - 14 mar 2025 - 09:45 CLT", "14 mar 2025 - 09:45 CLT", "2025-03-14T09:45:00-04:00"),
    ("Buenos Aires - 14 mar 2025 - 09:45 ART", "14 mar 2025 - 09:45 ART", "2025-03-14T09:45:00-03:00"),
    ("Bogotá - 14 mar 2025 - 09:45 COT", "14 mar 2025 - 09:45 COT", "2025-03-14T09:45:00-05:00"),
    ("Guayaquil - 14 mar 2025 - 09:45 ECT", None, None),
]


@pytest.mark.parametrize(("line", "stamp", "expected"), PLACE_DASH_ZONES)
def test_place_dash_zone(line: str, stamp: str | None, expected: str | None) -> None:
    found = newsparse.ArticleParser(language="es").timestamps.parse(split_lines(line), 0)
    assert [(s.text, s.datetime.isoformat()) for s in found] == ([] if stamp is None else [(stamp, expected)])
