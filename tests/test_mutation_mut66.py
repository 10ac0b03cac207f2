"""Mutation pass mut66 (issue 8): the mutants on the lines of ``src/newsparse`` changed in
``6785a5c3..2452a6b9`` (round 65), made by ``dev/mutants.py`` on ``2452a6b9`` and drawn with a seed
(``--sample 300 --seed 66``).  Each table pins down a rule whose mutants no reaching test noticed
within the run's budget: a text in a real layout and what must come out of it, the rows that must
not fire beside those that must (see docs/testing.md, "Mutation testing").  The rules read in a
parser's constructor are checked on a parser built in the test."""

from __future__ import annotations

import pytest

from articles import parse_held, parts_of
from newsparse import ArticleParser
from parts import blocks
from quote_cases import speaker_rows

FLOOD = [
    "The regional council voted on Tuesday to spend 12 million dollars on flood defences along the river.",
    "Work is due to start in the spring, the council said.",
]


def fresh(language: str | None = None) -> ArticleParser:
    """A parser built in the test, so that the patterns its constructors compile are read anew."""
    return ArticleParser(language=language) if language else ArticleParser()


# -- HeadlineParser.is_story_flag, is_turn: a flag of two words over a standfirst ("WORLD EXCLUSIVE:")
# -- under a headline with a label of its own is no transcript's turn: the headline and its standfirst
@pytest.mark.parametrize(
    ("headline", "standfirst"),
    [
        ("CURTAIN CALL: Theatre chain to SHUT nine venues", "WORLD EXCLUSIVE: Staff were told on a video call"),
        ("LAST ORDERS: Brewery to close after 150 years", "SPECIAL REPORT: How the town lost its biggest employer"),
        ("LAST ORDERS: Brewery to close after 150 years", "SPECIAL  REPORT: How the town lost its biggest employer"),
        ("PAY ROW: Nurses to vote on strike over offer", "INVESTIGATION: The wards running on agency staff"),
    ],
)
def test_headline_over_standfirst_with_flag(headline: str, standfirst: str) -> None:
    header = "\n".join(["News", headline, standfirst, "By Katie Hind", "Published: 22:01 BST, 12 July 2025"])
    article = parse_held(blocks(header, *FLOOD))
    assert article.headline is not None and article.headline.text == headline
    _, filed, paragraphs = parts_of(article)
    assert ("standfirst", standfirst) in filed
    assert paragraphs == FLOOD


# -- SectionParser.parse, without_site: a site's own name opening a breadcrumb (a known outlet, or a
# -- name with a number glued on) is no section; a section's label, or a short topic's, stays
@pytest.mark.parametrize(
    ("crumbs", "section"),
    [
        ("Metro24 | World | Asia", ("World", "Asia")),
        ("BBC | World | Asia", ("World", "Asia")),
        # must not change: labels only, a short topic with a number
        ("Politics | Europe", ("Politics", "Europe")),
        ("G20 | Summit", ("G20", "Summit")),
    ],
)
def test_site_name_opening_breadcrumb(crumbs: str, section: tuple[str, ...]) -> None:
    article = parse_held(blocks(f"{crumbs}\nCouncil backs flood wall", "By Tom Hale", *FLOOD))
    assert article.section == section
    assert article.headline is not None and article.headline.text == "Council backs flood wall"


# -- ArticleParser.header_dateline: a place before a dashed date and clock under the byline is the
# -- dateline, the clock the stamp
def test_place_before_dashed_stamp_in_english() -> None:
    header = "Cabinet backs shorter week\nManuel Gómez\nBerlin - 14 March 2025 - 08:05 CET"
    article = parse_held(blocks(header, "The government approved a bill on Tuesday that cuts the working week.", "Unions welcomed it."))
    assert article.dateline is not None and (article.dateline.place, article.dateline.text) == ("Berlin", "Berlin")
    assert article.published is not None and article.published.datetime.isoformat() == "2025-03-14T08:05:00+01:00"


# -- BoilerplateParser.language_patterns: a page's expand buttons alone on a header line, two joined
# -- by a slash or a bar, are boilerplate (a parser of the pack built in the test)
@pytest.mark.parametrize(
    ("language", "line", "heading", "story"),
    [
        ("fr", "Afficher plus / Afficher moins", "Le conseil vote le budget", "Le conseil municipal a voté mardi le budget de la ville."),
        ("fr", "Voir moins", "Le conseil vote le budget", "Le conseil municipal a voté mardi le budget de la ville."),
        ("es", "Mostrar más", "El pleno aprueba el presupuesto", "El pleno municipal aprobó el martes el presupuesto de la ciudad."),
        ("es", "Ver más | Ver menos", "El pleno aprueba el presupuesto", "El pleno municipal aprobó el martes el presupuesto de la ciudad."),
    ],
)
def test_expand_buttons_in_header(language: str, line: str, heading: str, story: str) -> None:
    byline = "Par Claire Martin" if language == "fr" else "Por Lucía Pérez"
    article = fresh(language).parse(blocks(heading, byline, line, story))
    _, filed, paragraphs = parts_of(article)
    assert ("other", line) in filed
    assert paragraphs == [story]


# -- ArticleParser.read_body: a wire's mark or a funding note under a story of one paragraph is
# -- boilerplate; the story's own last sentence stays
@pytest.mark.parametrize(
    ("last", "kind"),
    [
        ("==Kyodo", "sign-off"),
        ("(ANSA).", "sign-off"),
        ("This story was funded by the Local Democracy Reporting Service.", "disclaimer"),
        # must not change: the story's second paragraph
        ("Aftershocks were felt in Morioka, officials said.", None),
    ],
)
def test_mark_under_one_paragraph(last: str, kind: str | None) -> None:
    lead = "A magnitude 5.8 earthquake struck off the coast of Iwate prefecture on Tuesday, the weather agency said."
    _, filed, paragraphs = parts_of(parse_held(blocks("Quake jolts northern Japan", lead, last)))
    if kind is None:
        assert (filed, paragraphs) == ([], [lead, last])
    else:
        assert (filed, paragraphs) == ([(kind, last)], [lead])


# -- ArticleParser.pop_link_lines: other stories' headlines one a line under the story, no label
# -- over them, are related links
def test_headline_run_under_story() -> None:
    run = ["Hospital car park fees to go up in April", "Two charged after break-in at primary school",
           "Rail line reopens after weekend repairs"]
    _, filed, paragraphs = parts_of(parse_held(blocks("Council backs flood wall\nBy Ana Ruiz", *FLOOD, "\n".join(run))))
    assert paragraphs == FLOOD
    assert filed == [("related", line) for line in run]


# -- ArticleParser.signature_under_headline, name_with_outlet: a name and the paper after a comma,
# -- right under the headline over a blank line, is the byline
@pytest.mark.parametrize("line", ["Maria Lopez, Riverside Courier", "Sam Okafor, The Harbour Times"])
def test_name_and_paper_under_headline(line: str) -> None:
    article = parse_held(blocks("Council backs flood wall", line, *FLOOD))
    assert article.byline is not None
    assert (article.byline.authors[0], article.byline.agency, article.byline.text) == (line.split(",")[0], None, line)
    assert [p.text for p in article.paragraphs] == FLOOD


# -- BylineParser.name_before_bar: a middle dot between a name and a known outlet gives the outlet
# -- as the agency; a bar only a known agency
@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("Susan Reid · CBC News ·", "CBC News"),
        ("Susan Reid · Reuters", "Reuters"),
        ("Susan Reid | Reuters", "Reuters"),
        ("Susan Reid | CBC News", None),
        ("Susan Reid · The Valley Ledger ·", None),
    ],
)
def test_outlet_after_dot_or_bar(line: str, agency: str | None) -> None:
    header = "\n".join(["Council backs flood wall", line, "Posted: Jan 15, 2025 4:00 AM CST"])
    article = parse_held(blocks(header, *FLOOD))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (("Susan Reid",), agency)


# -- BylineParser.unbracketed: the agency's name in brackets under its author's name
@pytest.mark.parametrize("agency", ["(Australian Associated Press)", "(Press Association)"])
def test_bracketed_agency_under_author(agency: str) -> None:
    header = f"Council backs flood wall\nJosh Butler\n{agency}"
    article = parse_held(blocks(header, "CANBERRA, March 4 AAP - " + FLOOD[0], FLOOD[1]))
    assert article.byline is not None
    assert (article.byline.authors, article.byline.agency) == (("Josh Butler",), agency[1:-1])


# -- CaptionParser: a photographer's name and the paper in capitals after a slash is a caption's
# -- credit (a parser built in the test); a wire's name after the caption's full stop too
@pytest.mark.parametrize("credit", ["MARIA LOPEZ/THE HERALD", "PETER WILLIAMS / STUFF", "ANNA KOWALSKA/THE COURIER"])
def test_caption_over_capitals_credit(credit: str) -> None:
    caption = "Smoke rises over the ridge above the town on Friday."
    header = "\n".join(["Crews battle hill fire for second day", "Tom Hunt", "16:12, Feb 15 2025", caption, credit])
    captions, _, paragraphs = parts_of(fresh().parse(blocks(header, *FLOOD)))
    assert captions == [(caption, credit)]
    assert paragraphs == FLOOD


@pytest.mark.parametrize("wire", ["AFP", "Reuters"])
def test_caption_ending_in_wire(wire: str) -> None:
    caption = "People queue for sandbags in Riverside on March 3, 2025."
    captions, _, paragraphs = parts_of(parse_held(blocks(f"Council backs flood wall\nBy Ana Ruiz\n{caption} {wire}", *FLOOD)))
    assert captions == [(caption, wire)]
    assert paragraphs == FLOOD


# -- DatelineParser.match, _known_stop: a known place in title case and a full stop before the
# -- story's first sentence is the dateline (a parser built in the test)
@pytest.mark.parametrize(("place", "rest"), [("Nairobi", "The county government said"), ("Dar es Salaam", "The city council said")])
def test_known_place_and_full_stop(place: str, rest: str) -> None:
    lead = f"{place}. {rest} on Tuesday it would build a flood wall along the river."
    article = fresh().parse(blocks("Council backs flood wall\nBy Ana Ruiz", lead, FLOOD[1]))
    assert article.dateline is not None and article.dateline.place == place
    assert article.paragraphs[0].text.startswith(rest)


# -- ArticleParser.__init__ (support labels of several words, the pack's or English): an appeal
# -- under the story is boilerplate
@pytest.mark.parametrize(
    ("language", "heading", "call", "story"),
    [
        ("fr", "Soutenez le journalisme local", "Faites un don pour soutenir nos journalistes sur le terrain.",
         "Le conseil régional a voté mardi 12 millions d'euros pour des digues."),
        (None, "Support independent journalism", "Donate today to keep our reporters at every council meeting.", FLOOD[0]),
        # (between Spanish exclamation marks, or with a full stop after it: ArticleParser.foot_label_kind)
        ("es", "¡Apoye el periodismo local!", "Hágase socio desde 4 euros al mes.",
         "El pleno municipal aprobó el martes el presupuesto de la ciudad."),
        ("es", "Apoya nuestro periodismo.", "Hazte socio desde 4 euros al mes.",
         "El pleno municipal aprobó el martes el presupuesto de la ciudad."),
    ],
)
def test_appeal_of_several_words(language: str | None, heading: str, call: str, story: str) -> None:
    byline = {"fr": "Par Claire Martin", "es": "Por Lucía Pérez"}.get(language or "", "By Ana Ruiz")
    _, filed, paragraphs = parts_of(fresh(language).parse(blocks("Council backs flood wall", byline, story, heading, call)))
    assert filed == [("subscribe", heading), ("subscribe", call)]
    assert paragraphs == [story]


# -- ReportedSpeech.cut_naming_clause, naming_word: a second clause after ", while" that names a
# -- thing "as" words in marks is its own speaker's; the first speaker's words end before it
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ('Mayor Ana Ruiz said the budget was balanced, while councillor Tom Berg dismissed it as "a fantasy".',
         [("the budget was balanced", "Ana Ruiz"), ("a fantasy", "Tom Berg")]),
        ('The club said the fee was fair, while fans\' leader Eva Hall described the deal as "daylight robbery".',
         [("the fee was fair", "The club"), ("daylight robbery", "Eva Hall")]),
    ],
)
def test_while_clause_naming_as(text: str, rows: list[tuple[str, str]]) -> None:
    assert [(quoted, name) for quoted, name, _ in speaker_rows(text)] == rows


# -- ReportedSpeech.read_sentence (rating_object): a broker's rating in marks is no one's words
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ('Analysts at Numis kept their "hold" rating on the brewer.', []),
        ('Analysts at Jefferies maintained a "buy" rating on the shares.', []),
    ],
)
def test_rating_in_marks(text: str, rows: list[tuple[str, str]]) -> None:
    assert [(quoted, name) for quoted, name, _ in speaker_rows(text)] == rows


# -- ReportedSpeech.read_trailing (subject_before_aside_adverb): a plural group set off before an
# -- aside adverb speaks the clause after the cue
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Shopkeepers' groups, however, said the new parking charges would drive customers away.", "Shopkeepers' groups"),
        ("Farmers' unions, meanwhile, said the subsidy cut was unfair.", "Farmers' unions"),
    ],
)
def test_group_before_aside_adverb(text: str, speaker: str) -> None:
    assert [name for _, name, _ in speaker_rows(text)] == [speaker]


# -- NameModel.descriptor_lead: in German a city's adjective and a role noun after the article before
# -- a full name are no part of it
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Der Kölner Architekt Jan Wendl sagte, das Haus gehöre allen.", "Jan Wendl"),
        ("Die Hamburger Ärztin Eva Roth sagte, die Station sei überlastet.", "Eva Roth"),
        # (two role nouns joined by "und": NameModel.noun_joined_before)
        ("Die Ärztin und Autorin Eva Roth sagte, die Station sei überlastet.", "Eva Roth"),
        ("Der Kölner Architekt und Bauherr Jan Wendl sagte, das Haus gehöre allen.", "Jan Wendl"),
    ],
)
def test_german_adjective_and_noun_before_name(text: str, speaker: str) -> None:
    assert [name for _, name, _ in speaker_rows(text, "de")] == [speaker]


# -- ReportedSpeech.scoop_claim: a paper's own "can reveal" (adverbs between) is no one's report;
# -- a person who reveals something still speaks
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("The chairman will step down at the end of the season, the Evening Post can reveal.", []),
        ("The ferry firm has been sold to a Dutch group, the Courier can now exclusively reveal.", []),
        # must not change: a person's reveal
        ("The treasurer revealed the club had lost £3m last year.", [("the club had lost £3m last year", "The treasurer")]),
    ],
)
def test_paper_can_reveal(text: str, rows: list[tuple[str, str]]) -> None:
    assert [(quoted, name) for quoted, name, _ in speaker_rows(text)] == rows


# -- SpeakerGrammar.name_with_end_mark: a name ending in "?" or "!" right before the cue speaks
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Consumer champion Which? said the charges were unfair.", "Which?"),
        ("Yahoo! said it would close its office in Dublin.", "Yahoo!"),
    ],
)
def test_name_ending_in_mark(text: str, speaker: str) -> None:
    assert [name for _, name, _ in speaker_rows(text)] == [speaker]


# -- ArticleParser.is_agency_codes_line: a known wire's name and its editors' codes alone under the
# -- story is its sign-off; a sentence that names the wire stays the story's
@pytest.mark.parametrize(
    ("last", "kind"),
    [
        ("IANS SK KR", "sign-off"),
        ("dpa bg yyzz a3", "sign-off"),
        ("PTI RS", "sign-off"),
        # must not change: the wire in a sentence, a name and a word in capitals
        ("Reuters reported the figures on Monday", None),
        ("AP NEWS", None),
    ],
)
def test_wire_codes_under_story(last: str, kind: str | None) -> None:
    body = "Flood waters receded on Tuesday across the northern districts, officials said."
    tail = "Rescue teams were still searching for two missing fishermen."
    _, filed, paragraphs = parts_of(parse_held(blocks("Floods recede in north", body, f"{tail}\n{last}")))
    if kind is None:
        assert ("sign-off", last) not in filed
    else:
        assert (filed, paragraphs) == ([(kind, last)], [body, tail])


# -- ReportedSpeech.relative_after_told, that_after_relative: a relative clause on the ones told,
# -- with its own verb, before the report's "that": the report is what follows the later "that"
@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        ("Housing minister Ola Dahl told tenants who he said had been misled that rents would fall.", "rents would fall", "Ola Dahl"),
        ("Mayor Ana Ortiz told parents who had waited outside that the school would reopen.", "the school would reopen", "Ana Ortiz"),
        ("Ana Ruiz told a driver who said that he was lost that the bridge was shut.", "the bridge was shut", "Ana Ruiz"),
    ],
)
def test_relative_on_those_told(text: str, quoted: str, speaker: str) -> None:
    assert [(q, name) for q, name, _ in speaker_rows(text)] == [(quoted, speaker)]
