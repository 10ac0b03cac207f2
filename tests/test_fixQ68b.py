"""Issue 5, round 68: what a headline gives as quotes, and a reporter's question.

By default (as PolNeAR annotates them) a headline's summary of what someone said (``Trump says he
will sign bill``) is a quote, the headline's speaker's, and a reporter's question that no asker is
named for (``Asked whether he would resign, Kelly said: "No."``) is a quote with no speaker, never
the words of the one asked.  Two documented opt-outs leave them out:
``QuoteParser.HEADLINE_REPORTS = False`` keeps only the words a headline holds in quotation marks,
``REPORTER_QUESTIONS = False`` drops the question.  Each row below names the flag it tests: the
default rows expect the default behaviour, the opt-out rows a subclass with the flag ``False``.
Under both, a headline's quotation before a colon takes the speaker of the clause after it
(``'We will not yield': PM vows to fight on``: the PM's; ``headline_clause_speaker``).

The texts are web page copies and wire stories written for these tests.
"""

from __future__ import annotations

import pytest

from newsparse import ArticleParser, QuoteParser

Found = list[tuple[str, str, str | None, int | None]]


def _quotes(text: str, parser: ArticleParser | None = None) -> Found:
    article = (parser or ArticleParser()).parse(text)
    for quote in article.quotes:
        assert quote.span.slice(text).split() == quote.text.split()
    return [(q.text, q.kind.value, q.speaker.name if q.speaker else None, q.paragraph) for q in article.quotes]


class WithoutHeadlineReports(QuoteParser):
    HEADLINE_REPORTS = False  # (the opt-out: only a headline's words in quotation marks)


class WithoutReporterQuestions(QuoteParser):
    REPORTER_QUESTIONS = False  # (the opt-out: a question no asker is named for is no quote)


def test_the_defaults_keep_summaries_and_questions() -> None:
    assert QuoteParser.HEADLINE_REPORTS is True
    assert QuoteParser.REPORTER_QUESTIONS is True


def _opted_out(flag: str) -> ArticleParser:
    return ArticleParser(quotes=WithoutHeadlineReports() if flag == "HEADLINE_REPORTS" else WithoutReporterQuestions())


BODY = (
    "By Jane Roe\n\n"
    "Talks between the union and the port authority broke down on Tuesday after nine hours.\n\n"
    "Ana Ortiz, the labour minister, said the two sides would meet again on Friday.\n"
)
BODY_QUOTE = ("the two sides would meet again on Friday", "indirect", "Ana Ortiz", 1)


# --- a headline's summary of reported speech, no quotation marks ----------------------------------
# HEADLINE_REPORTS (default True): a quote, the headline's speaker's; False: no quote
SUMMARIES = [
    ("Workers vow to continue strike", ("to continue strike", "Workers")),
    ("Minister says talks will go on", ("talks will go on", "Ana Ortiz")),  # (the role's holder the body names)
    ("Union chief says members will reject offer", ("members will reject offer", "Union chief")),
    ("PORT AUTHORITY SAYS NO DEAL BEFORE FRIDAY", ("NO DEAL BEFORE FRIDAY", "PORT AUTHORITY")),
    ("Dock talks will resume on Friday, union says", ("Dock talks will resume on Friday", "union")),
]
SUMMARY_IDS = ["vow-to", "says", "role-says", "wire-capitals", "says-after"]


@pytest.mark.parametrize(("headline", "summary"), SUMMARIES, ids=SUMMARY_IDS)
def test_headline_reports_default_keeps_the_summary_with_the_headlines_speaker(headline: str, summary: tuple[str, str]) -> None:
    found = _quotes(f"{headline}\n\n{BODY}")
    assert found == [(summary[0], "indirect", summary[1], None), BODY_QUOTE]


@pytest.mark.parametrize(("headline", "summary"), SUMMARIES, ids=SUMMARY_IDS)
def test_headline_reports_off_gives_no_summary(headline: str, summary: tuple[str, str]) -> None:
    assert _quotes(f"{headline}\n\n{BODY}", _opted_out("HEADLINE_REPORTS")) == [BODY_QUOTE]


GRAHAM = (
    "Graham: Trump's rhetoric is destroying the party\n\n"
    'Senator Lindsey Graham spoke on Sunday. "We cannot win like this," Graham said.\n'
)
GRAHAM_BODY = ("We cannot win like this,", "direct", "Lindsey Graham", 0)


def test_headline_reports_default_keeps_a_labels_claim() -> None:
    found = _quotes(GRAHAM)
    assert found == [("Trump's rhetoric is destroying the party", "indirect", "Lindsey Graham", None), GRAHAM_BODY]


def test_headline_reports_off_reads_no_labels_claim() -> None:
    assert _quotes(GRAHAM, _opted_out("HEADLINE_REPORTS")) == [GRAHAM_BODY]


# --- words in quotation marks in a headline: a quote, with the speaker the headline names ---------
# (both HEADLINE_REPORTS settings; with the default the clause after a colon is a summary as well)
BOTH = [None, "HEADLINE_REPORTS"]
BOTH_IDS = ["default", "HEADLINE_REPORTS-off"]
MARKED = [
    ("'We will not yield': PM vows to fight on", ("We will not yield", "PM"), "to fight on"),
    ('"No retreat": Union chief vows to stay out', ("No retreat", "Union chief"), "to stay out"),
    ("‘Enough is enough’: Teachers vow to strike on Monday", ("Enough is enough", "Teachers"), "to strike on Monday"),
    ("'We are ready': Minister says talks will resume", ("We are ready", "Ana Ortiz"), "talks will resume"),
    ("'We will rebuild,' mayor says after floods", ("We will rebuild,", "mayor"), None),
    ("'The port cannot wait,' says union chief", ("The port cannot wait,", "union chief"), None),
    ("Mayor: 'We will rebuild'", ("We will rebuild", "Mayor"), None),
]


@pytest.mark.parametrize("flag", BOTH, ids=BOTH_IDS)
@pytest.mark.parametrize(
    ("headline", "expected", "clause"), MARKED,
    ids=["colon-single", "colon-double", "colon-curly", "colon-role-says", "comma-says", "says-inverted", "label"],
)
def test_a_headline_quotation_has_the_speaker_the_headline_names(
    flag: str | None, headline: str, expected: tuple[str, str], clause: str | None
) -> None:
    found = _quotes(f"{headline}\n\n{BODY}", _opted_out(flag) if flag else None)
    summary = [(clause, "indirect", expected[1], None)] if clause is not None and flag is None else []
    assert found == [(expected[0], "direct", expected[1], None), *summary, BODY_QUOTE]


@pytest.mark.parametrize("flag", BOTH, ids=BOTH_IDS)
@pytest.mark.parametrize(
    "headline",
    [
        "'Go home': protesters march on parliament",
        "'Go home': Thousands march on parliament",
        "'No surrender': rally fills the square",
        "\"We will not yield\"",
    ],
    ids=["lower-case-act", "title-case-act", "no-speech-verb", "quotation-alone"],
)
def test_a_headline_quotation_with_no_speaker_named_keeps_none(flag: str | None, headline: str) -> None:
    # (never a body speaker's: the body's Ana Ortiz says the same words)
    text = f'{headline}\n\nBy Jane Roe\n\n"We will not yield," said Ana Ortiz, the prime minister.\n'
    found = _quotes(text, _opted_out(flag) if flag else None)
    assert found[0][2:] == (None, None)
    assert found[1:] == [("We will not yield,", "direct", "Ana Ortiz", 0)]


@pytest.mark.parametrize("flag", BOTH, ids=BOTH_IDS)
def test_reported_words_holding_a_quotation_stay_a_quote(flag: str | None) -> None:
    text = (
        "Warren says Trump is a 'proven failure' in business\n\n"
        "Senator Elizabeth Warren spoke in Boston on Monday.\n"
    )
    found = _quotes(text, _opted_out(flag) if flag else None)
    assert found == [("Trump is a 'proven failure' in business", "mixed", "Elizabeth Warren", None)]


@pytest.mark.parametrize("flag", BOTH, ids=BOTH_IDS)
@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("Rubio: 'You don't win the nomination by counting states'",
         "Senator Marco Rubio spoke in Miami on Monday.\n\n\"We will win Florida,\" Rubio said.",
         ("You don't win the nomination by counting states", "direct", "Marco Rubio", None)),
        ("Kasich: ‘We Are Going All The Way To Cleveland.’",
         "Ohio Governor John Kasich spoke on Tuesday.\n\n\"We will fight on,\" Kasich said.",
         ("We Are Going All The Way To Cleveland.", "direct", "John Kasich", None)),
        ("Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Is Destroying The Party",
         "Senator Lindsey Graham spoke on Sunday.\n\n\"We cannot win like this,\" Graham said.",
         ("Trump’s ‘Incredibly Hateful Rhetoric’ Is Destroying The Party", "indirect", "Lindsey Graham", None)),
    ],
    ids=["label-sentence-case", "label-title-case-curly", "label-claim-holding-marks"],
)
def test_a_labels_quotation_stays_the_labelled_persons(
    flag: str | None, headline: str, body: str, expected: tuple[str, str, str, None]
) -> None:
    found = _quotes(f"{headline}\n\n{body}\n", _opted_out(flag) if flag else None)
    assert found[0] == expected
    assert found[1][1:] == ("direct", expected[2], 1)


@pytest.mark.parametrize("flag", BOTH, ids=BOTH_IDS)
def test_a_standfirst_gives_no_quote(flag: str | None) -> None:
    text = (
        "Storm batters coast\n\nResidents say they were not warned in time\n\nBy Jane Roe\n\n"
        "The storm hit on Monday. Officials said 12 people were hurt.\n"
    )
    assert _quotes(text, _opted_out(flag) if flag else None) == [("12 people were hurt", "indirect", "Officials", 0)]


# --- a reporter's question, no asker named: REPORTER_QUESTIONS (default True) keeps it with no
# speaker; False leaves it out; never the answer's speaker ----------------------------------------
def _story(*paragraphs: str) -> str:
    return "Council vote delayed again\n\n" + "\n\n".join(paragraphs) + "\n"


QUESTIONS = [
    ('Asked whether he would resign, Kelly said: "No."', "whether he would resign", [("No.", "direct", "Kelly", 0)]),
    ("Asked if the plant would close, the company said it had no plans to do so.", "if the plant would close",
     [("it had no plans to do so", "indirect", "the company", 0)]),
    ("When asked why she had voted against the bill, Senator Ana Ortiz told reporters it was too costly.",
     "why she had voted against the bill", [("it was too costly", "indirect", "Ana Ortiz", 0)]),
    ('"No," Kelly said when asked whether he would resign.', "whether he would resign", [("No,", "direct", "Kelly", 0)]),
    ('Tom Kelly was asked whether he would resign. "No," he said.', "whether he would resign",
     [("No,", "direct", "Tom Kelly", 0)]),
]


QUESTION_IDS = ["asked-whether", "asked-if", "when-asked-why", "said-when-asked", "was-asked"]


@pytest.mark.parametrize(("paragraph", "question", "answers"), QUESTIONS, ids=QUESTION_IDS)
def test_reporter_questions_default_keeps_the_question_with_no_speaker(paragraph: str, question: str, answers: Found) -> None:
    found = _quotes(_story(paragraph))
    assert (question, "indirect", None, 0) in found
    assert [q for q in found if q[0] != question] == answers


@pytest.mark.parametrize(("paragraph", "question", "answers"), QUESTIONS, ids=QUESTION_IDS)
def test_reporter_questions_off_leaves_the_question_out(paragraph: str, question: str, answers: Found) -> None:
    assert _quotes(_story(paragraph), _opted_out("REPORTER_QUESTIONS")) == answers


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Asked about the audit, Smith said the figures were wrong.", [("the figures were wrong", "indirect", "Smith", 0)]),
        ("Asked by host Tom Berg whether he would run, Ortiz said he had not decided.",
         [("whether he would run", "indirect", "Tom Berg", 0), ("he had not decided", "indirect", "Ortiz", 0)]),
        ("Councillor Ana Ruiz asked whether the vote would be delayed again.",
         [("whether the vote would be delayed again", "indirect", "Ana Ruiz", 0)]),
        ("Residents were asked to leave their homes by Friday, the council said.",
         [("Residents were asked to leave their homes by Friday", "indirect", "the council", 0)]),
    ],
    ids=["topic-only", "asker-named", "active-asker", "request-not-question"],
)
@pytest.mark.parametrize("flag", [None, "REPORTER_QUESTIONS"], ids=["default", "REPORTER_QUESTIONS-off"])
def test_questions_with_an_asker_and_requests_stay(flag: str | None, paragraph: str, expected: Found) -> None:
    assert _quotes(_story(paragraph), _opted_out(flag) if flag else None) == expected


# --- a headline's speaker that would be a fragment gives no quote (headline_fragment_speaker, mendQ68b;
# both HEADLINE_REPORTS settings) ---------------------------------------------------------------------
WIRE_BODY = (
    "    LIMA, March 11 - The government will seek a larger share of the regional fishing quota,\n"
    "officials said.\n"
)
WIRE_QUOTE = ("The government will seek a larger share of the regional fishing quota", "indirect", "officials", 0)
FRAGMENTS = [
    "PERU TO ASK FAO TO RAISE FISHING QUOTA",  # (the wire's future: "PERU TO" is no name)
    "CHILE TO URGE PARTNERS TO CUT TARIFFS",
    "Drivers Stunned By Words On Billboard Warning Sign They Stop To Film It",  # (the object of "On")
    "Viewers Shocked By Words On Station Billboard Warning Drivers To Slow Down",
    "Ports reopen after storm, residents urged to stay indoors",  # (a passive after the words)
    "Fares to rise in May, commuters warned to expect delays",
    "Bridge to close for repairs, drivers told to use the ferry",
]


@pytest.mark.parametrize("flag", BOTH, ids=BOTH_IDS)
@pytest.mark.parametrize("headline", FRAGMENTS)
def test_a_headline_speaker_that_is_a_fragment_gives_no_quote(flag: str | None, headline: str) -> None:
    assert _quotes(f"{headline}\n\n{WIRE_BODY}", _opted_out(flag) if flag else None) == [WIRE_QUOTE]


# negative rows: a whole speaker, a closing attribution with an addressee, a speaker in marks' clause
WHOLE_SPEAKERS = [
    ("BOLIVIA SAYS TIN OUTPUT WILL FALL", ("TIN OUTPUT WILL FALL", "BOLIVIA")),
    ("PERU TRADE MINISTER SAYS QUOTA IS TOO LOW", ("QUOTA IS TOO LOW", "PERU TRADE MINISTER")),
    ("Mayor Of Lima Says Quota Is Too Low", ("Quota Is Too Low", "Mayor Of Lima")),  # (a preposition inside the name)
    ("In Lima, Minister Says Quota Is Too Low", ("Quota Is Too Low", "Minister")),  # (one before a comma)
    ("Fishing quota is too low, minister says to reporters", ("Fishing quota is too low", "minister")),
    ("Fishing quota is too low, minister tells reporters", ("Fishing quota is too low", "minister")),
]


@pytest.mark.parametrize(("headline", "expected"), WHOLE_SPEAKERS)
def test_a_whole_headline_speaker_keeps_its_summary(headline: str, expected: tuple[str, str]) -> None:
    found = _quotes(f"{headline}\n\n{WIRE_BODY}")
    assert found == [(expected[0], "indirect", expected[1], None), WIRE_QUOTE]
