"""Mutation pass mut64 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``c0e93778..53fdb925`` (round 63), made by ``dev/mutants.py`` on ``53fdb925``.  Each table pins
down a rule whose mutants no test of the range noticed: a text and what must come out of it (see
docs/testing.md, "Mutation testing")."""

from __future__ import annotations

import pytest

import newsparse
from articles import parse_held, parts_of, stamp_isoformats
from newsparse.spans import QuoteKind
from parts import blocks
from quote_cases import MentionRow, mention_rows

STORY = "The finance committee approved the measure on Tuesday after a long debate."
MORE = "Work on the new depot starts in the spring, the council said."


def section_and_headline(text: str) -> tuple[tuple[str, ...], str | None]:
    article = parse_held(text)
    return tuple(article.section or ()), article.headline.text if article.headline else None


# ArticleParser.story_under_title: under a label that names a kind of piece, the title is the headline
# when the story stands under it after a blank line; a title that ends a sentence is no title
PIECE_TITLES = [
    ("Match report\nRovers hold on for a late win at home\n\nThe home side scored twice in the last ten minutes to "
     f"beat United.\n\n{MORE}\n", ("Match report",), "Rovers hold on for a late win at home"),
    ("Restaurant review\nThe Anchor, Whitstable: a pub that serves fish so fresh it still argues back\n\nThe Anchor has "
     "stood on the harbour for a century.\n", ("Restaurant review",),
     "The Anchor, Whitstable: a pub that serves fish so fresh it still argues back"),
    # must not change: a title that ends a sentence
    ("Match report\nRovers hold on for a late win at home.\n\nThe home side scored twice in the last ten minutes to "
     f"beat United.\n\n{MORE}\n", (), "Match report"),
]


@pytest.mark.parametrize(("text", "section", "headline"), PIECE_TITLES)
def test_title_under_a_piece_label(text: str, section: tuple[str, ...], headline: str) -> None:
    assert section_and_headline(text) == (section, headline)


# SectionParser.in_sentence_case (ArticleParser.kicker_over_title): a kicker over a title in sentence
# case, its first lower-case word of four letters or more the second word or a later one; a title in
# title case, whose lower-case words are prepositions, keeps the label as its headline
KICKER_TITLES = [
    ("Zelensky visits Kherson", ("Ukraine War Latest",), "Zelensky visits Kherson"),
    ("Troops pull back at dawn", ("Ukraine War Latest",), "Troops pull back at dawn"),
    ("Kyiv braces for a hard winter", ("Ukraine War Latest",), "Kyiv braces for a hard winter"),
    # must not change: title case
    ("Troops Pull Back from Front", (), "Ukraine War Latest"),
    ("Fed Holds Rates Steady", (), "Ukraine War Latest"),
]


@pytest.mark.parametrize(("title", "section", "headline"), KICKER_TITLES)
def test_kicker_over_a_title_in_sentence_case(title: str, section: tuple[str, ...], headline: str) -> None:
    text = f"Ukraine War Latest\n{title}\nBy Ana Ruiz\nMarch 3, 2026 9:10 AM\n\n{STORY}\n\n{MORE}\n"
    assert section_and_headline(text) == (section, headline)


# ArticleParser.read_day_first and numeric_dates_day_first: a stamp that reads both ways is read day
# first when the page writes a slashed date that reads only day first, month first when it writes one
# that reads only month first, and as written with neither
NUMERIC_DATES = [
    ("Applications close on 25/11/2025, the council said.", "2025-11-04T00:00:00"),
    ("Applications close on 11/25/2025, the council said.", "2025-04-11T00:00:00"),
    ("Applications close at the end of the month, the council said.", "2025-04-11T00:00:00"),
]


@pytest.mark.parametrize(("line", "published"), NUMERIC_DATES)
def test_stamp_read_in_the_pages_order(line: str, published: str) -> None:
    text = blocks("Council caps rent rises", "Published 04/11/2025", STORY, line)
    assert stamp_isoformats(text) == (published, None)


# the patterns and tables built with a parser (BylineParser.__init__'s source label,
# DatelineParser.__init__'s place in brackets, ArticleParser.__init__'s letter closings of two words,
# QuoteWords.__init__'s passive quoting cues, BoilerplateParser.language_patterns' related outlet
# label, ReportedSpeech.__init__'s setting after a speaker), on parsers built here: "Source: Reuters"
# under the headline signs the story, "(London) -" opens it, "Yours sincerely" and its signature close
# a letter, "was quoted as saying by Reuters that" names its source, "said the mayor amid growing
# anger" ends the mayor's words, "Lire aussi sur Le Monde :" leads related links
def test_rules_of_a_new_parser() -> None:
    parser = newsparse.ArticleParser()
    article = parser.parse(blocks("Council caps rent rises", "Source: Reuters", STORY, MORE))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (("Reuters",), "Reuters", "Source: Reuters")
    lede = "The council said it would meet on Thursday to decide on the plan."
    article = parser.parse(blocks("Council caps rent rises", f"(London) - {lede}", STORY))
    assert article.dateline is not None and (article.dateline.text, article.dateline.place) == ("(London) -", "London")
    assert parts_of(article) == ([], [], [lede, STORY])
    article = parser.parse(blocks("Council rejects plea", STORY, MORE, "Yours sincerely,", "JANE ROE,\nKilbracken."))
    assert parts_of(article) == (
        [], [("sign-off", "Yours sincerely,"), ("sign-off", "JANE ROE,"), ("sign-off", "Kilbracken.")], [STORY, MORE]
    )
    article = parser.parse(blocks("Talks stall", "The foreign minister was quoted as saying by Reuters that the talks had stalled."))
    assert [(q.text, q.speaker and q.speaker.name, q.source) for q in article.quotes] == [
        ("the talks had stalled", "The foreign minister", "Reuters")
    ]
    article = parser.parse(blocks("Harbour news", "The budget is fair, said the mayor amid growing anger."))
    assert [(q.text, q.speaker and q.speaker.name) for q in article.quotes] == [("The budget is fair", "the mayor")]
    items = ["La grève des dockers s'étend", "Le gouvernement convoque les syndicats"]
    phrases = ["Le port du Havre est bloqué depuis lundi, a indiqué la direction.", "Les syndicats réclament une hausse des salaires."]
    article = newsparse.ArticleParser(language="fr").parse(
        blocks("Grève au port du Havre", *phrases, "\n".join(["Lire aussi sur Le Monde :", *items]))
    )
    assert parts_of(article) == ([], [("related", line) for line in ["Lire aussi sur Le Monde :", *items]], phrases)


FERRY_LEDE = "The ferry resumed service on Monday after repairs, the operator said."
FERRY_NOTE = "Timetables are posted at the harbour office."
FERRY = f"Ferry service resumes\n\n{FERRY_LEDE}\n"
FERRY_MORE = f"{FERRY}\n{FERRY_NOTE}\n"

# ArticleParser.is_end_mark_line (read_body): a wire's end mark alone under the story, with one to four
# initials in capitals after a slash, is its sign-off; more initials, initials in lower case or with a
# digit, or none after the slash, leave a line the rules file as "other"; an agency's sign-off under a
# story of one paragraph too
FOOT_MARKS = [
    (FERRY_MORE + "\nEnditem/KW\n", [("sign-off", "Enditem/KW")]),
    (FERRY_MORE + "\nEnditem/K\n", [("sign-off", "Enditem/K")]),
    (FERRY_MORE + "\nEnditem/ABCD\n", [("sign-off", "Enditem/ABCD")]),
    (FERRY_MORE + "\nENDITEM\n", [("sign-off", "ENDITEM")]),
    (FERRY + "\nEnditem/KW\n", [("sign-off", "Enditem/KW")]),
    (FERRY + "\n(ANSA).\n", [("sign-off", "(ANSA).")]),
    (FERRY_MORE + "\n(ANSA).\n", [("sign-off", "(ANSA).")]),
    # must not change: no end mark
    (FERRY_MORE + "\nEnditem/ABCDE\n", [("other", "Enditem/ABCDE")]),
    (FERRY_MORE + "\nEnditem/kw\n", [("other", "Enditem/kw")]),
    (FERRY_MORE + "\nEnditem/\n", [("other", "Enditem/")]),
    (FERRY_MORE + "\nEnditem/K2\n", [("other", "Enditem/K2")]),
]


@pytest.mark.parametrize(("text", "filed"), FOOT_MARKS)
def test_end_mark_alone_under_the_story(text: str, filed: list[tuple[str, str]]) -> None:
    story = [FERRY_LEDE, FERRY_NOTE] if text.startswith(FERRY_MORE) else [FERRY_LEDE]
    assert parts_of(parse_held(text)) == ([], filed, story)


# ArticleParser.body_late_byline and only_end_marks_after: a byline in brackets at the text's foot, under
# it nothing or at most two end marks; over a paragraph of the story it signs nothing
FOOT_BYLINES = [
    ("\n(By Ana Lima and Tom Hale)\n", ("Ana Lima", "Tom Hale"), [], []),
    ("\n(By Ana Lima and Tom Hale)\nEnditem/KW\n(more)\n", ("Ana Lima", "Tom Hale"),
     [("other", "Enditem/KW"), ("sign-off", "(more)")], []),
    # must not change: a paragraph under the bracket (the next item's byline on a news-in-brief page)
    ("\n(By Ana Lima and Tom Hale)\n\nBuses replace the ferry on Sundays.\n", None, [],
     ["(By Ana Lima and Tom Hale)", "Buses replace the ferry on Sundays."]),
]


@pytest.mark.parametrize(("tail", "authors", "filed", "after"), FOOT_BYLINES)
def test_byline_in_brackets_at_the_foot(
    tail: str, authors: tuple[str, ...] | None, filed: list[tuple[str, str]], after: list[str]
) -> None:
    article = parse_held(FERRY_MORE + tail)
    assert (article.byline.authors if article.byline else None) == authors
    assert parts_of(article) == ([], filed, [FERRY_LEDE, FERRY_NOTE, *after])


D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT
APPEAL = '"We will appeal the ruling as soon as the court reopens," said '
APPEALED = "We will appeal the ruling as soon as the court reopens,"

# DirectQuotes.plural_role and name_after_role: two full names set off after a plural role after an
# inverted cue speak; after a role of one person, the first name alone; after a plural noun that is
# no role of a person, or a role with a link, neither
PLURAL_ROLES = [
    (APPEAL + "the family's lawyers, Ana Ruiz and Tom Berg.", [(APPEALED, D, "Ana Ruiz and Tom Berg", "Ana Ruiz and Tom Berg")]),
    (APPEAL + "the family's lawyer, Ana Ruiz and Tom Berg.", [(APPEALED, D, "Ana Ruiz", "the family's lawyer")]),
    # must not change
    (APPEAL + "the families, Ana Ruiz and Tom Berg.", [(APPEALED, D, "the families", "the families")]),
    (APPEAL + "lawyers for the couple, Tom Berg and Ana Ruiz.", [(APPEALED, D, None, None)]),
]

MARKET = "NEW YORK (AP) — Shares in retailers rose on Tuesday.\n\n"
HIRE = "it would hire 500 workers"
# SpeakerResolution.body_spoken_before: "it" after a person spoke is the body that spoke before, unless
# the sentence before opens with another body whose name goes on (no one sure: "It" as written)
BODIES_BEFORE = [
    (MARKET + "Acme Corp said profits rose. Tom Berg said demand was weak. The Organisation for Economic "
     f"Co-operation and Development cut its forecast.\n\nIt said {HIRE}.",
     [("profits rose", R, "Acme Corp", "Acme Corp"), ("demand was weak", R, "Tom Berg", "Tom Berg"), (HIRE, R, "It", "It")]),
    # (a body the vocabulary knows as one that opens the sentence before: that body, the nearest subject, since fixQ65)
    (MARKET + "Acme Corp said profits rose. Tom Berg said demand was weak. The Bank of England cut its forecast.\n\n"
     f"It said {HIRE}.",
     [("profits rose", R, "Acme Corp", "Acme Corp"), ("demand was weak", R, "Tom Berg", "Tom Berg"),
      (HIRE, R, "Bank of England", "It")]),
]

CAPITAL = "LONDON (AP) — Ambulance crews were stretched across the capital on Tuesday.\n\n"
SHARES = "NEW YORK (AP) — Shares fell on Tuesday.\n\n"
FEARED = "the guidance cut was bigger than feared"
CREWS = "crews were working through the night"
# SpeakerResolution.owner_before_person: a possessive owns the person named after it (a surname alone,
# a given name first); after a given name's possessive, or three words with no given name, a body's name
OWNERS = [
    (SHARES + f"Morgan Stanley's Ian Whitlock said {FEARED}.", [(FEARED, R, "Ian Whitlock", "Morgan Stanley's Ian Whitlock")]),
    (SHARES + f"Oxfam's Smith said {FEARED}.", [(FEARED, R, "Smith", "Oxfam's Smith")]),
    (SHARES + f"Fox's Chris Wallace said {FEARED}.", [(FEARED, R, "Chris Wallace", "Fox's Chris Wallace")]),
    # must not change: a body's own name
    (CAPITAL + f"St John's Ambulance Service said {CREWS}.",
     [(CREWS, R, "St John's Ambulance Service", "St John's Ambulance Service")]),
    (CAPITAL + f"St John's Ambulance said {CREWS}.", [(CREWS, R, "St John Ambulance", "St John's Ambulance")]),
    (SHARES + f"Dreyer's Grand Ice Cream said {FEARED}.", [(FEARED, R, "Dreyer's Grand Ice Cream", "Dreyer's Grand Ice Cream")]),
    (SHARES + f"the trade paper Ward's Automotive Reports said {FEARED}.",
     [(FEARED, R, "Ward Automotive Reports", "the trade paper Ward's Automotive Reports")]),
]

SOLD_OUT = "tickets for the closing night had sold out"
# Vocabulary.is_org_word: a capitalised event word ends a body's name, its article left out of the name
EVENTS = [
    (f"The Oslo Freedom Forum said {SOLD_OUT}.", [(SOLD_OUT, R, "Oslo Freedom Forum", "The Oslo Freedom Forum")]),
    (f"Bergen Jazz Festival said {SOLD_OUT}.", [(SOLD_OUT, R, "Bergen Jazz Festival", "Bergen Jazz Festival")]),
]


@pytest.mark.parametrize(("text", "expected"), PLURAL_ROLES + BODIES_BEFORE + OWNERS + EVENTS)
def test_speakers(text: str, expected: list[MentionRow]) -> None:
    assert mention_rows(text) == expected


CYCLE = "Council approves new cycle lanes"
CYCLE_LEDE = "The council on Tuesday approved twelve miles of cycle lanes across the city centre."
CYCLE_END = ["The scheme will cost £4m, the council said.", "Work starts in the spring."]
MAYOR_ANA = "The plan was drawn up over the winter and backed by Mayor Ana"

# BodyParser.runs_on and name_carried_on: a line of running text (a comma or a sentence's end before its
# last word) broken before a capital after a word that cannot end a sentence, or a name broken before
# its particles, joins the line under the blank; a line with neither keeps two paragraphs
BROKEN_SENTENCES = [
    (["After a long debate, the council said it would meet again on", "Thursday to decide how to pay for the lanes."],
     ["After a long debate, the council said it would meet again on Thursday to decide how to pay for the lanes."]),
    (["The council met on Monday. It said the panel would meet again on", "Thursday to decide how to pay for the lanes."],
     ["The council met on Monday. It said the panel would meet again on Thursday to decide how to pay for the lanes."]),
    (["The panel said it would report to the full council in the autumn, on", "Thursday 4 September, before the budget."],
     ["The panel said it would report to the full council in the autumn, on Thursday 4 September, before the budget."]),
    ([MAYOR_ANA, "van der Berg, who said the first lanes would open in May."],
     [f"{MAYOR_ANA} van der Berg, who said the first lanes would open in May."]),
    ([MAYOR_ANA, "van der Berg said the first lanes would open in May."],
     [f"{MAYOR_ANA} van der Berg said the first lanes would open in May."]),
    ([MAYOR_ANA.replace("Ana", "ANA"), "van der Berg, who said the first lanes would open in May."],
     [f"{MAYOR_ANA.replace('Ana', 'ANA')} van der Berg, who said the first lanes would open in May."]),
    # must not change: no comma or sentence end before the last word; more particles than a name holds
    (["The council said it would meet again on", "Thursday to decide how to pay for the lanes."],
     ["The council said it would meet again on", "Thursday to decide how to pay for the lanes."]),
    ([MAYOR_ANA, "de la Cruz van der Berg, who said the first lanes would open in May."],
     [MAYOR_ANA, "de la Cruz van der Berg, who said the first lanes would open in May."]),
]


@pytest.mark.parametrize(("middle", "paragraphs"), BROKEN_SENTENCES)
def test_sentence_broken_over_a_blank(middle: list[str], paragraphs: list[str]) -> None:
    article = parse_held(blocks(CYCLE, CYCLE_LEDE, CYCLE_END[0], *middle, CYCLE_END[1]))
    assert parts_of(article) == ([], [], [CYCLE_LEDE, CYCLE_END[0], *paragraphs, CYCLE_END[1]])


# ArticleParser.body_boilerplate: two agencies alone on the story's last line sign it off
def test_agencies_alone_under_the_story() -> None:
    article = parse_held(blocks("Council caps rent rises", STORY, MORE, "dpa/AFP"))
    assert parts_of(article) == ([], [("sign-off", "dpa/AFP")], [STORY, MORE])


# ArticleParser.reads_as_sentence (cut_letter_close): under a letter's closing, a short line that ends a
# sentence in a word in lower case is the story's, a capitalised word before it or not
LETTER_ENDS = [
    "That was all the note said.",
    "Then I met Ana again.",
]


@pytest.mark.parametrize("last", LETTER_ENDS)
def test_line_under_a_letters_closing(last: str) -> None:
    lines = [STORY, MORE, "Her letter to the council ended:", "Sincerely", last]
    assert parts_of(parse_held(blocks("Council rejects plea", *lines))) == ([], [], lines)


# ArticleParser.lede_words_ending_sentence (is_split_lede): the story's first sentence broken over a blank
# line joins when its two lines hold six words or more; six exactly are no header debris either
SPLIT_LEDES = [
    (["Volunteers cleared litter from the town's", "main square before the festival opened."],
     ["Volunteers cleared litter from the town's main square before the festival opened."]),
    (["Shoppers queued for hours at the", "Town Hall after the council opened a recycling point."],
     ["Shoppers queued for hours at the Town Hall after the council opened a recycling point."]),
    (["Volunteers cleared the town's", "main square."], ["Volunteers cleared the town's", "main square."]),
]


@pytest.mark.parametrize(("top", "paragraphs"), SPLIT_LEDES)
def test_split_lede_of_few_words(top: list[str], paragraphs: list[str]) -> None:
    article = parse_held(blocks(CYCLE, *top, *CYCLE_END))
    assert parts_of(article) == ([], [], [*paragraphs, *CYCLE_END])


# BylineParser.read_names: after "By", an agency's office after the name is the agency, and an outlet
# after a comma is cut (no second author); without "By" an agency after a comma signs
BYLINES = [
    ("By Ana Ruiz AFP Madrid", ("Ana Ruiz",), "AFP"),
    ("By Tom Hale, Sky News", ("Tom Hale",), None),
    ("By Jane Roe and Tom Hale, Sky News", ("Jane Roe", "Tom Hale"), None),
    ("By Tom Hale, BBC News", ("Tom Hale",), "BBC News"),
    ("Ana Ruiz, Reuters", ("Ana Ruiz",), "Reuters"),
]


@pytest.mark.parametrize(("line", "authors", "agency"), BYLINES)
def test_byline_with_an_outlet(line: str, authors: tuple[str, ...], agency: str | None) -> None:
    article = parse_held(blocks("Council caps rent rises", line, STORY, MORE))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency, article.byline.text) == (authors, agency, line)
    assert parts_of(article) == ([], [], [STORY, MORE])


BUS_STRIKE = [
    "Melbourne bus drivers will walk off the job on Monday after pay talks with the operator collapsed overnight.",
    "The union said the stoppage would last four hours and affect most routes in the city's east.",
    "The operator said it was disappointed and would keep talking.",
]
BUS_END = ["Trams and trains will run as normal, the transport department said.", "Talks resume on Wednesday."]

# ArticleParser.agency_line_name and name_over_agency_in_body: a name over a known agency alone (with a
# full stop after it, or in brackets) and a stamp, two blocks down the body, signs the story; three
# blocks down it is the story's
AGENCY_SIGNATURES = [
    (2, "Australian Associated Press.", ("Rhys Tanner",), "Rhys Tanner Australian Associated Press.", []),
    (2, "(Australian Associated Press)", ("Rhys Tanner",), "Rhys Tanner (Australian Associated Press)", []),
    # must not change: deeper in the story
    (3, "(Australian Associated Press)", None, None, ["Rhys Tanner", "(Australian Associated Press)"]),
]


@pytest.mark.parametrize(("above", "agency_line", "authors", "text", "kept"), AGENCY_SIGNATURES)
def test_name_over_agency_in_the_body(
    above: int, agency_line: str, authors: tuple[str, ...] | None, text: str | None, kept: list[str]
) -> None:
    signature = "\n".join(["Rhys Tanner", agency_line, "Updated: 9:15am, 2 Mar 2026"])
    article = parse_held(blocks("Melbourne bus strike to go ahead", *BUS_STRIKE[:above], signature, *BUS_END))
    byline = article.byline
    assert (byline and (byline.authors, byline.agency, byline.text)) == (authors and (authors, "Australian Associated Press", text))
    assert parts_of(article) == ([], [], [*BUS_STRIKE[:above], *kept, *BUS_END])
