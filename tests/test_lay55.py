"""Layout the parsers had not seen (lay55): captions credited with a photographer and an agency
after a source label, datelines split over two lines, a byline glued to ``BY``, and the other rows
below.  Invented stories; each row is the text and exactly what must come out, and every line of
the input stays in a part whose span slices back to its text."""

from __future__ import annotations

import pytest

from parts import blocks, parse, sound, texts

# -- 1. a caption credited "label: photographer/agency" -----------------------------------------

NAMED_WIRE_CAPTIONS = [
    ("de", "Ein Zug im Hauptbahnhof. Quelle: Markus Scholz/dpa", ("Ein Zug im Hauptbahnhof.", "Markus Scholz/dpa")),
    ("de", "Demonstranten vor dem Rathaus. Quelle: Anna Weber/AFP", ("Demonstranten vor dem Rathaus.", "Anna Weber/AFP")),
    ("es", "El alcalde, en el pleno. Fuente: Manuel Bruque/EFE", ("El alcalde, en el pleno.", "Manuel Bruque/EFE")),
    ("es", "Vecinos en la plaza mayor. Fuente: Lucía Gómez/Reuters", ("Vecinos en la plaza mayor.", "Lucía Gómez/Reuters")),
    ("fr", "Le maire à Lyon. Source : Jean Martin/AFP", ("Le maire à Lyon.", "Jean Martin/AFP")),
    ("fr", "Des manifestants devant la gare. Source : Claire Petit/Reuters", ("Des manifestants devant la gare.", "Claire Petit/Reuters")),
    # (the agency alone, as read before)
    ("de", "Ein Zug im Hauptbahnhof. Quelle: dpa", ("Ein Zug im Hauptbahnhof.", "dpa")),
]
HEADS = {"de": "Bahnstreik beendet", "es": "Valencia aprueba el plan", "fr": "Le maire annonce un plan"}
BODIES = {
    "de": "Der Streik ist beendet, teilte die Bahn am Dienstag mit.",
    "es": "El pleno aprobó el plan el martes, según el ayuntamiento.",
    "fr": "Le maire a annoncé mardi un plan pour le rail.",
}


@pytest.mark.parametrize(("language", "line", "expected"), NAMED_WIRE_CAPTIONS)
def test_named_wire_credit_after_source_label(language: str, line: str, expected: tuple[str, str]) -> None:
    article = parse(blocks(HEADS[language], line, BODIES[language]), language)
    assert [(c.text, c.credit) for c in article.captions] == [expected]
    assert texts(article) == [BODIES[language]]
    assert sound(article)


SOURCED_SENTENCES = [
    # (a figure's source: a sentence that states a fact keeps its citation, with a name or without)
    ("de", "Die Arbeitslosigkeit stieg auf 5,2 Prozent. Quelle: Markus Scholz/dpa"),
    ("de", "Die Preise stiegen im Oktober deutlich. Quelle: Anna Weber/dpa"),
    # (not a name before the slash: a ministry and an agency)
    ("es", "El paro bajó en octubre. Fuente: Ministerio de Trabajo/EFE"),
    # (a name before something that is no agency)
    ("fr", "Le maire à Lyon. Source : Jean Martin/Mairie de Lyon"),
]


@pytest.mark.parametrize(("language", "line"), SOURCED_SENTENCES)
def test_cited_sentence_keeps_its_source(language: str, line: str) -> None:
    article = parse(blocks(HEADS[language], BODIES[language], line, BODIES[language]), language)
    assert article.captions == ()
    assert line in texts(article) or line in [b.text for b in article.boilerplate]
    assert sound(article)


# -- 5. "BY" glued to a name in capitals ----------------------------------------------------------

HEAD = "Council votes on harbour plan"
BODY = "The council voted on Tuesday to rebuild the pier, officials said."

GLUED_CAPITAL_BYLINES = [
    ("BYJANE ROE", ("JANE ROE",)),
    ("BYMARIA LOPEZ AND JOHN SMITH", ("MARIA LOPEZ", "JOHN SMITH")),
    ("BYDAVID KIM", ("DAVID KIM",)),
    # (the same as with a space)
    ("BY JANE ROE", ("JANE ROE",)),
    # (a field's label that opens with the same letters is read as the label, as before)
    ("BYLINE: JANE ROE", ("JANE ROE",)),
    ("BYLINE: Jane Roe", ("Jane Roe",)),
]


@pytest.mark.parametrize(("line", "authors"), GLUED_CAPITAL_BYLINES)
def test_by_glued_to_a_name_in_capitals(line: str, authors: tuple[str, ...]) -> None:
    article = parse(blocks(HEAD, line, BODY))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.text) == (authors, line)
    assert texts(article) == [BODY]
    assert sound(article)


NOT_GLUED_BYLINES = [
    "BYLAWS",  # (a word: "LAWS" is no given name)
    "BYGONE DAYS",
    "BYRON SMITH",  # ("RON" too short to tell a prefix glued to it from a name's letters)
    "BYTOM HALL",
]


@pytest.mark.parametrize("line", NOT_GLUED_BYLINES)
def test_words_opening_with_by_are_no_byline(line: str) -> None:
    article = parse(blocks(HEAD, line, BODY))
    assert article.byline is None
    assert sound(article)


def test_glued_capitals_need_a_line_in_capitals() -> None:
    # a line with lower-case letters after "BY" and a given name is no glued byline
    article = parse(blocks(HEAD, "BYJANE Roe writes", BODY))
    assert article.byline is None


# -- 2. a dateline split over two lines ---------------------------------------------------------

SPLIT_DATELINES = [
    (
        "de", "Bahnstreik beendet", "BERLIN\n(dpa) - Die Regierung hat den Streik beendet.",
        ("BERLIN", "dpa", "BERLIN\n(dpa) -"), "Die Regierung hat den Streik beendet.",
    ),
    (
        "fr", "Le plan du gouvernement", "PARIS\n(AFP) - Le gouvernement a annoncé mardi un plan.",
        ("PARIS", "AFP", "PARIS\n(AFP) -"), "Le gouvernement a annoncé mardi un plan.",
    ),
    (
        "es", "El plan del Gobierno", "MADRID\n(EFE).- El Gobierno aprobó el martes un plan.",
        ("MADRID", "EFE", "MADRID\n(EFE).-"), "El Gobierno aprobó el martes un plan.",
    ),
    (
        None, "Council votes", "BERLIN\nNov 3 (Reuters) - The council voted on Tuesday to rebuild the pier.",
        ("BERLIN", "Reuters", "BERLIN\nNov 3 (Reuters) -"), "The council voted on Tuesday to rebuild the pier.",
    ),
    (
        None, "Quake hits capital", "WASHINGTON —\nA quake shook the capital on Tuesday.",
        ("WASHINGTON", None, "WASHINGTON —"), "A quake shook the capital on Tuesday.",
    ),
    (
        None, "Council votes", "NAIROBI, Kenya —\nThe council voted on Tuesday to rebuild the pier.",
        ("NAIROBI, Kenya", None, "NAIROBI, Kenya —"), "The council voted on Tuesday to rebuild the pier.",
    ),
    # (the comma form, as read before)
    (
        None, "Council votes", "LONDON,\nNov 3 (Reuters) - The council voted on Tuesday to rebuild the pier.",
        ("LONDON", "Reuters", "LONDON,\nNov 3 (Reuters) -"), "The council voted on Tuesday to rebuild the pier.",
    ),
]


@pytest.mark.parametrize(("language", "head", "lead", "expected", "first"), SPLIT_DATELINES)
def test_dateline_split_over_two_lines(
    language: str | None, head: str, lead: str, expected: tuple[str, str | None, str], first: str
) -> None:
    text = blocks(head, lead, "The rest of the story follows here.")
    article = parse(text, language)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency, article.dateline.text) == expected
    assert article.dateline.span.slice(text) == expected[2]
    assert texts(article) == [first, "The rest of the story follows here."]
    assert sound(article)


SPLIT_PRECISION = [
    # (a place in capitals over a story line: the place alone, as before, the line the story's)
    ("BERLIN\nThe council voted on Tuesday to rebuild the pier.", ("BERLIN", None, "BERLIN")),
    # (a blank line under the dash: the dateline still, since lay56; a section's label there is none, test_lay56.py)
    ("WASHINGTON —\n\nThe council voted on Tuesday to rebuild the pier.", ("WASHINGTON", None, "WASHINGTON —")),
]


@pytest.mark.parametrize(("lead", "expected"), SPLIT_PRECISION)
def test_split_dateline_precision(lead: str, expected: tuple[str, str | None, str] | None) -> None:
    article = parse(blocks("Council votes", lead, "The rest of the story follows here."))
    found = article.dateline
    assert (None if found is None else (found.place, found.agency, found.text)) == expected
    assert "The council voted on Tuesday to rebuild the pier." in texts(article)
    assert sound(article)


@pytest.mark.parametrize(
    "para",
    [
        "BERLIN\nis a city of bridges, the mayor said on Tuesday.",
        "BERLIN —\nThe council there voted on Tuesday too.",
    ],
)
def test_place_line_inside_the_story_is_no_dateline(para: str) -> None:
    article = parse(blocks("Council votes", "The council voted on Tuesday to rebuild the pier.", para))
    assert article.dateline is None
    assert texts(article)[0] == "The council voted on Tuesday to rebuild the pier."
    assert sound(article)


# -- 3. a live blog's entry clock and heading on one line ----------------------------------------

LIVE_BLOGS = [
    (
        None,
        "Election night live: results as they come in",
        [
            ("10:58 p.m.", "Turnout high, officials say", "Turnout was high across the state, election officials said."),
            ("10:41 p.m.", "Polls close in the west", "Polls closed at 10 p.m. in the western counties."),
            ("9:15 p.m. ET", "Governor casts his ballot", "The governor voted in his home town on Tuesday."),
        ],
    ),
    (
        None,
        "Storm live: trains cancelled across the north",
        [
            ("14:05", "Rail services suspended, operator says", "Trains will not run north of the city until Friday."),
            ("13:40", "Schools closed", "Every school in the district closed for the day."),
        ],
    ),
    (
        "de",
        "Unwetter im Liveticker",
        [
            ("12:30 Uhr", "Bahn stellt Verkehr ein", "Die Bahn hat den Verkehr im Norden eingestellt."),
            ("11:55 Uhr", "Schulen bleiben zu", "Alle Schulen der Stadt bleiben am Dienstag geschlossen."),
        ],
    ),
]


@pytest.mark.parametrize(("language", "head", "entries"), LIVE_BLOGS)
def test_live_blog_clock_glued_to_entry_heading(
    language: str | None, head: str, entries: list[tuple[str, str, str]]
) -> None:
    pieces = [head]
    for clock, heading, entry in entries:
        pieces += [f"{clock} {heading}", entry]
    text = blocks(*pieces)
    article = parse(text, language)
    stamps = [b.text for b in article.boilerplate if b.kind == "timestamp"]
    assert stamps == [clock for clock, _, _ in entries]
    assert texts(article) == [piece for _, heading, entry in entries for piece in (heading, entry)]
    assert all(not any(ch.isdigit() for ch in quote.text[:6]) for quote in article.quotes)
    assert sound(article)


LIVE_PRECISION = [
    # (one line alone of that form, no entry's running text under it, is no live blog: the text stays as it
    # was read; over running text it heads its entry, fixL56: tests/test_fixL56.py)
    ["Turnout high", "10:58 p.m. Turnout high, officials say"],
    # (a story sentence that opens with a clock ends as a sentence does)
    [
        "Council votes on harbour plan",
        "The council voted on Tuesday to rebuild the pier.",
        "10:58 p.m. was when the vote was finally taken.",
        "9:15 p.m. saw the first councillors leave the chamber.",
    ],
    # (a clock inside a story sentence)
    ["Council votes on harbour plan", "At 10:58 p.m. the council voted to rebuild the pier.", "The vote was close."],
]


@pytest.mark.parametrize("pieces", LIVE_PRECISION)
def test_clock_lines_that_are_no_glued_entry(pieces: list[str]) -> None:
    plain = parse(blocks(*pieces))
    assert not any(b.kind == "timestamp" and b.text.endswith(("p.m.", "a.m.")) for b in plain.boilerplate)
    assert sound(plain)


@pytest.mark.parametrize(
    "pieces",
    [
        ["Council votes on harbour plan", "The council voted on Tuesday to rebuild the pier.",
         "10:58 p.m. was when the vote was finally taken.", "9:15 p.m. saw the first councillors leave the chamber."],
        ["Council votes on harbour plan", "At 10:58 p.m. the council voted to rebuild the pier.", "The vote was close."],
    ],
)
def test_story_sentences_with_clocks_stay_paragraphs(pieces: list[str]) -> None:
    article = parse(blocks(*pieces))
    assert texts(article) == pieces[1:]


# -- 4. a newsletter's name over the post's title, subtitle, author and date ------------------------

POST_BODY = (
    "Bond yields rose again this week as traders bet that rates would stay high, analysts said.",
    "The ten-year yield closed at its highest level since June.",
)

NEWSLETTER_HEADERS = [
    (
        "The Rate Sheet\nWhy bond yields are rising again\nNotes on money and markets\nJane Roe\nNov 3, 2026",
        ("The Rate Sheet", "Why bond yields are rising again", "Jane Roe", "Notes on money and markets"),
    ),
    (
        "The Morning Brief\nThe week the markets turned\nWhat the jobs report means for rates\nMaria Lopez\nOct 12, 2026",
        ("The Morning Brief", "The week the markets turned", "Maria Lopez", "What the jobs report means for rates"),
    ),
]


@pytest.mark.parametrize(("header", "expected"), NEWSLETTER_HEADERS)
def test_newsletter_name_over_post_title(header: str, expected: tuple[str, str, str, str]) -> None:
    article = parse(blocks(header, *POST_BODY))
    name, title, author, subtitle = expected
    assert article.section == (name,)
    assert article.headline is not None and article.headline.text == title
    assert article.byline is not None and article.byline.authors == (author,)
    assert article.published is not None
    assert [b.text for b in article.boilerplate] == [subtitle]
    assert texts(article) == list(POST_BODY)
    assert sound(article)


NOT_NEWSLETTER_HEADERS = [
    # (no author and date in the block: the first line stays the headline)
    ("The Rate Sheet\nWhy bond yields are rising again\nNotes on money and markets", "The Rate Sheet"),
    # (a headline in title case over a standfirst, a byline after a blank line)
    ("The Quiet Cartel\nHow three firms set the price of sand\n\nBy Jane Roe", "The Quiet Cartel"),
]


@pytest.mark.parametrize(("header", "headline"), NOT_NEWSLETTER_HEADERS)
def test_title_case_headline_stays(header: str, headline: str) -> None:
    article = parse(blocks(header, *POST_BODY))
    assert article.headline is not None and article.headline.text == headline
    assert sound(article)


# -- 6. a labelled stamp with a clock in a zone no vocabulary knows; a caption and its credit on one line --

ZONED_STAMPS = [
    # (the clock and its unknown zone are the stamp's words, its datetime the date alone)
    ("Published 9:00 AM XYZ, Tue November 3, 2026", "9:00 AM XYZ, Tue November 3, 2026", "2026-11-03T00:00:00", "published"),
    ("Updated 14:05 QRT, 3 November 2026", "14:05 QRT, 3 November 2026", "2026-11-03T00:00:00", "updated"),
    ("Published: 9:00 AM XYZ Tue November 3, 2026", "9:00 AM XYZ Tue November 3, 2026", "2026-11-03T00:00:00", "published"),
    ("Published Tue November 3, 2026 at 9:00 AM XYZ", "Tue November 3, 2026 at 9:00 AM XYZ", "2026-11-03T00:00:00", "published"),
    ("Updated 3 November 2026, 14:05 QRT", "3 November 2026, 14:05 QRT", "2026-11-03T00:00:00", "updated"),
    # (a known zone, as before)
    ("Published 9:00 AM EST, Tue November 3, 2026", "9:00 AM EST, Tue November 3, 2026", "2026-11-03T09:00:00-05:00", "published"),
    # (an agency after the clock is no zone: the date alone, as before)
    ("Published 9:00 AM AFP, Tue November 3, 2026", "Tue November 3, 2026", "2026-11-03T00:00:00", "published"),
]


@pytest.mark.parametrize(("line", "stamp_text", "when", "kind"), ZONED_STAMPS)
def test_unknown_zone_clock_is_in_the_stamp_text(line: str, stamp_text: str, when: str, kind: str) -> None:
    text = blocks(HEAD, line, BODY)
    article = parse(text)
    stamp = article.to_dict()[kind]
    assert (stamp["text"], stamp["datetime"]) == (stamp_text, when)
    assert text[stamp["span"][0] : stamp["span"][1]] == stamp_text
    assert sound(article)


ONE_LINE_CAPTIONS = [
    ("The mayor at the council meeting on Tuesday. Jane Roe (AP)", ("The mayor at the council meeting on Tuesday.", "Jane Roe (AP)")),
    ("Firefighters at the pier on Monday. Maria Lopez (Reuters)", ("Firefighters at the pier on Monday.", "Maria Lopez (Reuters)")),
    ("Supporters outside the court. JANE ROE (AFP)", ("Supporters outside the court.", "JANE ROE (AFP)")),
]


@pytest.mark.parametrize(("line", "expected"), ONE_LINE_CAPTIONS)
def test_caption_and_name_agency_credit_on_one_line(line: str, expected: tuple[str, str]) -> None:
    article = parse(blocks(HEAD, line, BODY))
    assert [(c.text, c.credit) for c in article.captions] == [expected]
    assert texts(article) == [BODY]
    assert sound(article)


@pytest.mark.parametrize(
    "line",
    [
        "The council voted on Tuesday. Jane Roe (AP)",  # (a sentence that states a fact, then a sign-off)
        "The mayor said the pier would reopen on Friday. Jane Roe (AP)",  # (reported speech)
        "The pier closed in May. It reopens in June. Jane Roe (AP)",  # (two sentences)
    ],
)
def test_story_sentence_and_sign_off_is_no_caption(line: str) -> None:
    article = parse(blocks(HEAD, BODY, line))
    assert article.captions == ()
    # (the story's last line and its sign-off, read as before: the sign-off's line is no caption)
    assert texts(article)[0] == BODY
    assert line in texts(article) + [b.text for b in article.boilerplate]
    assert sound(article)
