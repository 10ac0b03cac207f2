"""Mutation pass mut63 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``2edd7aaf..40fc5785`` (round 62), made by ``dev/mutants.py`` on ``40fc5785``.  Each table pins
down a rule whose mutants no test of the range noticed: a text and what must come out of it (see
docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import pytest

from articles import parse_held, parts_of, stamp_isoformats
from newsparse.spans import QuoteKind
from parts import blocks, parse
from quote_cases import cued_quotes, mention_rows, sourced_rows, speaker_rows

STORY = "The finance committee approved the measure on Tuesday after a long debate.\n"

# ArticleParser.dotted_day_first, TimestampParser.is_dotted and has_full_day_clock: a dotted date of a
# two-digit year reads day first beside a clock past noon on the 24-hour dial (13:10, not 12:30, which
# a North American page writes too); a slashed one never does, whatever its clock
DOTTED_CLOCKS = [
    (f"Council caps rent rises\nPublished: 03.02.26, 13:10\n\n{STORY}", ("2026-02-03T13:10:00", None)),
    (f"Council caps rent rises\nPublished: 03.02.26, 12:30\n\n{STORY}", ("2026-03-02T12:30:00", None)),
    (f"Council caps rent rises\nPublished 03/02/26 17:48\n\n{STORY}", ("2026-03-02T17:48:00", None)),
    (f"Council caps rent rises\nPublished 03/02/26\n\n{STORY}", ("2026-03-02T00:00:00", None)),
]


@pytest.mark.parametrize(("text", "stamps"), DOTTED_CLOCKS)
def test_dotted_date_beside_a_clock(text: str, stamps: tuple[str | None, str | None]) -> None:
    assert stamp_isoformats(text) == stamps


HEADLINE = "Council approves new cycle lanes"
END = ["The scheme will cost £4m, the council said.", "Work starts in the spring."]

# BodyParser.broken_off and opens_lower (ArticleParser.is_split_lede): the last word of the line
# over the blank is read whole (``town's`` ends in a letter; ``eBay`` opens in lower case), and a
# capitalised last word breaks off nothing
SPLIT_LEDES = [
    (["Volunteers spent the weekend clearing litter from the town's", "main square before the festival opened."],
     ["Volunteers spent the weekend clearing litter from the town's main square before the festival opened."]),
    (["Shoppers queued overnight to sell their old phones on eBay", "after the council opened a recycling point."],
     ["Shoppers queued overnight to sell their old phones on eBay after the council opened a recycling point."]),
]


@pytest.mark.parametrize(("top", "paragraphs"), SPLIT_LEDES)
def test_split_lede_read_at_its_last_word(top: list[str], paragraphs: list[str]) -> None:
    captions, filed, texts = parts_of(parse_held(blocks(HEADLINE, *top, *END)))
    assert (captions, filed, texts) == ([], [], [*paragraphs, *END])


# further down the story: a word in lower case over a rest in lower case joins; a title's capital
# last, or a name's particles under the break, keep two paragraphs
LEDE = "The council on Tuesday approved twelve miles of cycle lanes across the city centre."
SPLIT_MIDDLES = [
    (["Opponents said the lanes would take space from buses in the old town",
      "and that the works would close the market for a month."],
     ["Opponents said the lanes would take space from buses in the old town and that the works would close "
      "the market for a month."]),
    (["The plan was drawn up over the winter by a panel of engineers",
      "van der Berg said the first lanes would open in May."],
     ["The plan was drawn up over the winter by a panel of engineers",
      "van der Berg said the first lanes would open in May."]),
    (["The plan was drawn up over the winter by a panel of engineers",
      "bin Salman said the first lanes would open in May."],
     ["The plan was drawn up over the winter by a panel of engineers",
      "bin Salman said the first lanes would open in May."]),
    (["Residents can read the plan and share it with friends and Family",
      "members at the library on Main Street."],
     ["Residents can read the plan and share it with friends and Family",
      "members at the library on Main Street."]),
]


@pytest.mark.parametrize(("middle", "paragraphs"), SPLIT_MIDDLES)
def test_split_sentence_in_the_body(middle: list[str], paragraphs: list[str]) -> None:
    captions, filed, texts = parts_of(parse_held(blocks(HEADLINE, LEDE, END[0], *middle, END[1])))
    assert (captions, filed) == ([], [])
    assert texts == [LEDE, END[0], *paragraphs, END[1]]


# BoilerplateParser.is_reader_thanks: a blog's thanks under the story is filed; thanks someone says is the story's
READER_THANKS = [
    ("Thanks for reading! If you enjoyed this, follow me for more.", [("share", "Thanks for reading! If you enjoyed this, follow me for more.")], []),
    ("Thank you for reading. See you next week.", [("share", "Thank you for reading. See you next week.")], []),
    ("Thanks for reading, the mayor told the club.", [], ["Thanks for reading, the mayor told the club."]),
    # BoilerplateParser.call_after_lead_in: a short lead-in, then a call
    ("Don't miss out on the latest news. Follow us on WhatsApp.", [("share", "Don't miss out on the latest news. Follow us on WhatsApp.")], []),
    ("Stay informed. Sign up to our newsletter.", [("subscribe", "Stay informed. Sign up to our newsletter.")], []),
    ("Don't panic. The river crested at noon.", [], ["Don't panic. The river crested at noon."]),
]


@pytest.mark.parametrize(("line", "filed", "last"), READER_THANKS)
def test_reader_thanks_under_the_story(line: str, filed: list[tuple[str, str]], last: list[str]) -> None:
    captions, found, texts = parts_of(parse_held(blocks(HEADLINE, LEDE, *END, line)))
    assert (captions, found, texts) == ([], filed, [LEDE, *END, *last])


WIRE_STORY = "Storm hits coast\n\n{}\n\nThe storm hit the coast on Monday, officials said.\n"

# BylineParser.is_wire_copy: a desk's signature joined by a comma to words that end in a wire word
# or name a news service signs no person; a person after "and" signs
STAFF_BYLINES = [
    ("By Herald Staff, Wire Services", (), None),
    ("By Gazette Staff, Gazette News Service", (), None),
    ("By Herald Staff and Ana Ruiz", ("Ana Ruiz",), None),
]


@pytest.mark.parametrize(("line", "authors", "agency"), STAFF_BYLINES)
def test_staff_joined_to_wire_copy(line: str, authors: tuple[str, ...], agency: str | None) -> None:
    byline = parse(WIRE_STORY.format(line)).byline
    assert byline is not None
    assert (byline.authors, byline.agency, byline.text) == (authors, agency, line)


SPANISH_STORY = "La norma entra en vigor el próximo mes, según el texto aprobado por la comisión.\n"

# DatelineParser.reads_titled_agency and is_bracketed_region: a known agency in a title-case
# dateline's brackets, before a dash or a full stop; a dated acronym; a phrase in capitals before a
# full stop is none; a country in the brackets is the place's, no agency
SPANISH_DATELINES = [
    ("Sevilla, 4 mar (EFE).- La Junta aprobó el plan de sequía.", ("Sevilla", "EFE", "Sevilla, 4 mar (EFE).-")),
    ("Sevilla, 4 mar (Europa Press). La Junta aprobó el plan.", ("Sevilla", "Europa Press", "Sevilla, 4 mar (Europa Press).")),
    ("Cusco, abr. 9 (ANDINA). La región declaró la emergencia.", ("Cusco", "ANDINA", "Cusco, abr. 9 (ANDINA).")),
    ("Cusco, 9 de abril (FUENTES OFICIALES). La región declaró la emergencia.", None),
    ("MURCIA (Spain) - La región aprobó el plan.", ("MURCIA", None, "MURCIA (Spain) -")),
    ("Sevilla (EFE) - La Junta aprobó el plan.", ("Sevilla", "EFE", "Sevilla (EFE) -")),
]


@pytest.mark.parametrize(("first", "dateline"), SPANISH_DATELINES)
def test_spanish_wire_dateline(first: str, dateline: tuple[str, str | None, str] | None) -> None:
    found = parse_held(f"Congreso aprueba la reforma\n\n{first}\n\n{SPANISH_STORY}", language="es").dateline
    assert (found and (found.place, found.agency, found.text)) == dateline


AGE_QUOTE = '"The depot must close," the 58-year-old councillor said.'

# SpeakerResolution.other_age_told, told_ages and age_before: a described age that contradicts the
# age the article gave the one person of that role (after the name, or right before the name and
# its role) leaves the mention; an age cut off by a verb or another word, or a possessive's, is no
# age of the name
TOLD_AGES = [
    ("Councillor Bryn Price spoke against the depot at the meeting.", "Bryn Price"),
    ("Councillor Bryn Price, 41, spoke against the depot at the meeting.", "the 58-year-old councillor"),
    ("41-year-old councillor Bryn Price spoke against the depot at the meeting.", "the 58-year-old councillor"),
    ("Councillor Bryn Price, 58, spoke against the depot at the meeting.", "Bryn Price"),
    ("The 41-year-old's councillor Bryn Price spoke against the depot.", "Bryn Price"),
    ("A 41-year-old met councillor Bryn Price outside the hall on Friday.", "Bryn Price"),
    ("Residents in Ward 41 backed Councillor Bryn Price at the meeting.", "Bryn Price"),
]


@pytest.mark.parametrize(("lead", "speaker"), TOLD_AGES)
def test_described_age_against_the_told_one(lead: str, speaker: str) -> None:
    assert speaker_rows(f"{lead}\n\n{AGE_QUOTE}") == [("The depot must close,", speaker, "the 58-year-old councillor")]



KOALA_HEADLINE = "Koala numbers rebound in hinterland"
KOALA = [
    "Koala numbers in the northern hinterland have climbed for the first time in a decade, according to a survey.",
    "The ranger said volunteers had walked more than 900km to complete the count.",
]

# ArticleParser.is_bare_agency_line, is_agency_sign_off_line and wire_mark_line: a known agency alone
# on the story's last line, bare (maybe with an ellipsis), in brackets or after a dash, is the wire's
# sign-off; with a full stop alone it is the story's; a word no agency, or an unclosed bracket, is debris
AGENCY_LAST_LINES = [
    ("AAP", [("sign-off", "AAP")], []),
    ("Australian Associated Press", [("sign-off", "Australian Associated Press")], []),
    ("REUTER...", [("sign-off", "REUTER...")], []),
    ("dpa-AFX", [("sign-off", "dpa-AFX")], []),
    ("AAP ...", [("sign-off", "AAP ...")], []),
    ("(ANSA).", [("sign-off", "(ANSA).")], []),
    ("— AAP", [("sign-off", "— AAP")], []),
    ("Reuters.", [], ["Reuters."]),
    ("Agencies", [("other", "Agencies")], []),
    ("(AAP", [("other", "(AAP")], []),
]


@pytest.mark.parametrize(("last", "filed", "paragraphs"), AGENCY_LAST_LINES)
def test_agency_alone_on_the_last_line(last: str, filed: list[tuple[str, str]], paragraphs: list[str]) -> None:
    assert parts_of(parse_held(blocks(KOALA_HEADLINE, *KOALA, last))) == ([], filed, [*KOALA, *paragraphs])


STRIKE = [
    "Sydney commuters face a day of chaos on Friday after talks between the state government and the rail union broke down.",
    "The union said its members would walk off the job for 24 hours from 4am.",
    "The minister said the offer on the table was fair and urged the union to take it.",
]
STRIKE_END = ["Trains will run to a reduced timetable, the operator said.", "Buses will replace some services."]
SIGNATURE = ["Jack Gramenz", "(Australian Associated Press)"]

# ArticleParser.name_over_agency_in_body: a name over a known agency and a stamp, under one or two
# blocks of the body, is the byline; under three it is the story's (a picture's credit deep in it)
NAME_OVER_AGENCY_BLOCKS = [
    (1, ("Jack Gramenz",), "Jack Gramenz (Australian Associated Press)", []),
    (2, ("Jack Gramenz",), "Jack Gramenz (Australian Associated Press)", []),
    (3, None, None, SIGNATURE),
]


@pytest.mark.parametrize(("above", "authors", "text", "kept"), NAME_OVER_AGENCY_BLOCKS)
def test_name_over_agency_blocks_down(above: int, authors: tuple[str, ...] | None, text: str | None, kept: list[str]) -> None:
    signature = "\n".join([*SIGNATURE, "Updated: 4:36pm, 12 Feb 2026"])
    article = parse_held(blocks("Sydney train strike to go ahead", *STRIKE[:above], signature, *STRIKE_END))
    byline = article.byline
    assert (byline and (byline.authors, byline.agency, byline.text)) == (
        authors and (authors, "Australian Associated Press", text)
    )
    assert parts_of(article) == ([], [], [*STRIKE[:above], *kept, *STRIKE_END])


HARBOUR = "BERGEN, Norway (AP) — The harbour board approved new berthing fees on Tuesday.\n\n"
FEES = "the fees would fund repairs"

# SpeakerResolution.fronted_other and acts_on_pronoun: a name in a phrase fronted before the pronoun
# that holds the pronoun's object form is someone else, in the paragraph's first sentence or a later one
FRONTED_OTHERS = [
    ("Ola Dahl chairs the board. He voted first.\n\nWith Kari Lunde beside him, he said ", "Ola Dahl"),
    ("Ola Dahl chairs the board.\n\nThe vote was close. With Kari Lunde beside him, he said ", "Ola Dahl"),
    ("Ola Dahl chairs the board.\n\nAfter Kari Lunde thanked him, he said ", "Ola Dahl"),
]


@pytest.mark.parametrize(("lead", "speaker"), FRONTED_OTHERS)
def test_name_fronted_before_the_pronoun(lead: str, speaker: str) -> None:
    assert mention_rows(f"{HARBOUR}{lead}{FEES}.") == [(FEES, QuoteKind.INDIRECT, speaker, "he")]


KOALA_TEXT = "\n\n".join(KOALA) + "\n"

# ArticleParser.header_bare_byline and outlet_line_agency: a name over a known agency's line and a
# stamp under the headline is the byline, the line under the name its agency
NAME_OVER_OUTLET = [
    ("Tessa Boyd", "AAP", (("Tessa Boyd",), "AAP", "Tessa Boyd AAP")),
    ("Tessa Boyd", "Reuters", (("Tessa Boyd",), "Reuters", "Tessa Boyd Reuters")),
    ("Tessa Boyd", "dpa-AFX", (("Tessa Boyd",), "dpa-AFX", "Tessa Boyd dpa-AFX")),  # (an agency's last letter an X)
]


@pytest.mark.parametrize(("name", "below", "byline"), NAME_OVER_OUTLET)
def test_name_over_agency_line_in_the_header(name: str, below: str, byline: tuple[tuple[str, ...], str, str]) -> None:
    found = parse_held(f"{KOALA_HEADLINE}: survey\n\n{name}\n{below}\nWed, 11 Feb 2026 4:05PM\n\n{KOALA_TEXT}").byline
    assert (found and (found.authors, found.agency, found.text)) == byline


# ArticleParser.read_section and section_of_stamp: a section's label, "of" and a stamp on the first
# line are the section and the publication, the next line the headline
SECTION_STAMPS = [
    ("Regional News of Friday, 6 March 2026", ("Regional News",), "2026-03-06T00:00:00"),
    ("Business News of Tuesday, 3 March 2026", ("Business News",), "2026-03-03T00:00:00"),
]


@pytest.mark.parametrize(("first", "section", "published"), SECTION_STAMPS)
def test_section_of_stamp(first: str, section: tuple[str, ...], published: str) -> None:
    article = parse_held(f"{first}\n{KOALA_HEADLINE}\n\n{KOALA_TEXT}")
    assert article.section == section
    assert (article.headline and article.headline.text) == KOALA_HEADLINE
    assert (article.published and article.published.datetime.isoformat()) == published
    assert parts_of(article) == ([], [], KOALA)


SPANISH_BRIDGE = "El alcalde Pablo Díaz inauguró el puente el viernes."
ENGLISH_BRIDGE = "Mayor Paul Ortega toured the building on Tuesday."
FRENCH_BRIDGE = "La maire de Lyon, Claire Dubois, a inauguré le pont vendredi."

# SpeakerGrammar.opening_adverb, SpeakerResolution.past_opening_adverb, ReportedSpeech.opens_without_subject,
# SpeakerGrammar.elided_back and object_pronoun_at: a connective of one word or several before the subject or
# a dropped one, and an object pronoun before an interjected inverted cue
CONNECTIVES = [
    ("es", SPANISH_BRIDGE, "Por su parte, la concejala Rosa Vidal afirmó que el puente costó demasiado.",
     [("el puente costó demasiado", "afirmó", "Rosa Vidal")]),
    ("es", SPANISH_BRIDGE, 'Por su parte, la concejala Rosa Vidal afirmó que el puente costó demasiado. "Es un despilfarro", declaró.',
     [("el puente costó demasiado", "afirmó", "Rosa Vidal"), ("Es un despilfarro", "declaró", "Rosa Vidal")]),
    ("es", SPANISH_BRIDGE, "Sin embargo, advirtió que las obras no han terminado.", [("las obras no han terminado", "advirtió", "Pablo Díaz")]),
    ("es", SPANISH_BRIDGE, "Por su parte, advirtió que las obras no han terminado.", [("las obras no han terminado", "advirtió", "Pablo Díaz")]),
    (None, ENGLISH_BRIDGE, "For her part, council leader Ana Ruiz said the repairs would wait.", [("the repairs would wait", "said", "Ana Ruiz")]),
    (None, ENGLISH_BRIDGE, "On the other hand, council leader Ana Ruiz said the repairs would wait.",
     [("the repairs would wait", "said", "Ana Ruiz")]),
    ("fr", FRENCH_BRIDGE, "De son côté, l'adjoint Marc Petit a assuré que le budget serait tenu.",
     [("le budget serait tenu", "a assuré", "Marc Petit")]),
    ("fr", FRENCH_BRIDGE, "Les habitants, nous a confié Marc Petit, attendaient ce pont.",
     [("Les habitants, nous a confié Marc Petit, attendaient ce pont", "a confié", "Marc Petit")]),
    ("fr", FRENCH_BRIDGE, "Les habitants, leur a-t-elle expliqué, attendaient ce pont depuis dix ans.",
     [("Les habitants, leur a-t-elle expliqué, attendaient ce pont depuis dix ans", "expliqué", "Claire Dubois")]),
]


@pytest.mark.parametrize(("language", "lead", "paragraph", "expected"), CONNECTIVES)
def test_connectives_and_interjected_cues(
    language: str | None, lead: str, paragraph: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert cued_quotes(blocks("Titre" if language else "Headline", lead, paragraph), language) == expected


# ReportedSpeech.quoting_agent_that: a passive quoting cue (its words however spaced), its agent word
# and an outlet, then "that": the reported words after "that", the outlet their source; no outlet, no source
QUOTED_BY_OUTLET = [
    ("Foreign Minister Lena Varga was quoted as saying by Reuters that the talks had stalled.", "Reuters"),
    ("Foreign Minister Lena Varga was  quoted as saying by the national news agency that the talks had stalled.",
     "the national news agency"),
    ("Foreign Minister Lena Varga was quoted as saying by MTI that the talks had stalled.", "MTI"),
    ("Foreign Minister Lena Varga was quoted as saying that the talks had stalled.", None),
]


@pytest.mark.parametrize(("text", "source"), QUOTED_BY_OUTLET)
def test_quoted_by_an_outlet(text: str, source: str | None) -> None:
    assert sourced_rows(text, None, "Talks") == [("the talks had stalled", "Lena Varga", source)]
