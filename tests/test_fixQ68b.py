"""Issue 5, round 68: what a headline gives as quotes, and a reporter's question.

A headline's summary of what someone said (``Trump says he will sign bill``) is the desk's, not
the speaker's words: by default a headline gives only the words it holds in quotation marks, each
with the speaker the headline names (``QuoteParser.HEADLINE_REPORTS`` keeps the summaries, as
PolNeAR annotates them).  A reporter's question that no asker is named for (``Asked whether he
would resign, Kelly said: "No."``) is nobody's quote by default (``REPORTER_QUESTIONS`` keeps it,
with no speaker); it is never the words of the one asked.

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


class WithHeadlineReports(QuoteParser):
    HEADLINE_REPORTS = True


class WithReporterQuestions(QuoteParser):
    REPORTER_QUESTIONS = True


BODY = (
    "By Jane Roe\n\n"
    "Talks between the union and the port authority broke down on Tuesday after nine hours.\n\n"
    "Ana Ortiz, the labour minister, said the two sides would meet again on Friday.\n"
)
BODY_QUOTE = ("the two sides would meet again on Friday", "indirect", "Ana Ortiz", 1)


# --- a headline's summary of reported speech, no quotation marks: no quote by default ------------
SUMMARIES = [
    ("Workers vow to continue strike", ("to continue strike", "Workers")),
    ("Minister says talks will go on", ("talks will go on", "Ana Ortiz")),  # (the role's holder the body names)
    ("Union chief says members will reject offer", ("members will reject offer", "Union chief")),
    ("PORT AUTHORITY SAYS NO DEAL BEFORE FRIDAY", ("NO DEAL BEFORE FRIDAY", "PORT AUTHORITY")),
    ("Dock talks will resume on Friday, union says", ("Dock talks will resume on Friday", "union")),
]


@pytest.mark.parametrize(("headline", "summary"), SUMMARIES, ids=["vow-to", "says", "role-says", "wire-capitals", "says-after"])
def test_a_headline_summary_is_no_quote_by_default(headline: str, summary: tuple[str, str]) -> None:
    assert _quotes(f"{headline}\n\n{BODY}") == [BODY_QUOTE]


@pytest.mark.parametrize(("headline", "summary"), SUMMARIES, ids=["vow-to", "says", "role-says", "wire-capitals", "says-after"])
def test_headline_reports_keeps_the_summary_with_the_headlines_speaker(headline: str, summary: tuple[str, str]) -> None:
    found = _quotes(f"{headline}\n\n{BODY}", ArticleParser(quotes=WithHeadlineReports()))
    assert found == [(summary[0], "indirect", summary[1], None), BODY_QUOTE]


def test_a_headline_label_claim_is_no_quote_by_default() -> None:
    text = (
        "Graham: Trump's rhetoric is destroying the party\n\n"
        'Senator Lindsey Graham spoke on Sunday. "We cannot win like this," Graham said.\n'
    )
    assert _quotes(text) == [("We cannot win like this,", "direct", "Lindsey Graham", 0)]
    found = _quotes(text, ArticleParser(quotes=WithHeadlineReports()))
    assert found[0] == ("Trump's rhetoric is destroying the party", "indirect", "Lindsey Graham", None)


# --- words in quotation marks in a headline: a quote, with the speaker the headline names ---------
MARKED = [
    ("'We will not yield': PM vows to fight on", ("We will not yield", "PM")),
    ('"No retreat": Union chief vows to stay out', ("No retreat", "Union chief")),
    ("‘Enough is enough’: Teachers vow to strike on Monday", ("Enough is enough", "Teachers")),
    ("'We will rebuild,' mayor says after floods", ("We will rebuild,", "mayor")),
    ("'The port cannot wait,' says union chief", ("The port cannot wait,", "union chief")),
    ("Mayor: 'We will rebuild'", ("We will rebuild", "Mayor")),
]


@pytest.mark.parametrize(
    ("headline", "expected"), MARKED, ids=["colon-single", "colon-double", "colon-curly", "comma-says", "says-inverted", "label"]
)
def test_a_headline_quotation_has_the_speaker_the_headline_names(headline: str, expected: tuple[str, str]) -> None:
    found = _quotes(f"{headline}\n\n{BODY}")
    assert found == [(expected[0], "direct", expected[1], None), BODY_QUOTE]


@pytest.mark.parametrize(
    "headline",
    [
        "'Go home': protesters march on parliament",
        "'Go home': Thousands march on parliament",
        "\"We will not yield\"",
    ],
    ids=["lower-case-act", "title-case-act", "quotation-alone"],
)
def test_a_headline_quotation_with_no_speaker_named_keeps_none(headline: str) -> None:
    # (never a body speaker's: the body's Ana Ortiz says the same words)
    text = f'{headline}\n\nBy Jane Roe\n\n"We will not yield," said Ana Ortiz, the prime minister.\n'
    found = _quotes(text)
    assert found[0][2:] == (None, None)
    assert found[1:] == [("We will not yield,", "direct", "Ana Ortiz", 0)]


def test_reported_words_holding_a_quotation_stay_a_quote() -> None:
    text = (
        "Warren says Trump is a 'proven failure' in business\n\n"
        "Senator Elizabeth Warren spoke in Boston on Monday.\n"
    )
    found = _quotes(text)
    assert found == [("Trump is a 'proven failure' in business", "mixed", "Elizabeth Warren", None)]


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
def test_a_labels_quotation_stays_the_labelled_persons(headline: str, body: str, expected: tuple[str, str, str, None]) -> None:
    found = _quotes(f"{headline}\n\n{body}\n")
    assert found[0] == expected
    assert found[1][1:] == ("direct", expected[2], 1)


def test_a_standfirst_gives_no_quote() -> None:
    text = (
        "Storm batters coast\n\nResidents say they were not warned in time\n\nBy Jane Roe\n\n"
        "The storm hit on Monday. Officials said 12 people were hurt.\n"
    )
    assert _quotes(text) == [("12 people were hurt", "indirect", "Officials", 0)]


# --- a reporter's question, no asker named: nobody's quote by default, never the answer's speaker -
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


@pytest.mark.parametrize(
    ("paragraph", "question", "answers"), QUESTIONS, ids=["asked-whether", "asked-if", "when-asked-why", "said-when-asked", "was-asked"]
)
def test_a_reporters_question_is_no_quote_by_default(paragraph: str, question: str, answers: Found) -> None:
    assert _quotes(_story(paragraph)) == answers


@pytest.mark.parametrize(
    ("paragraph", "question", "answers"), QUESTIONS, ids=["asked-whether", "asked-if", "when-asked-why", "said-when-asked", "was-asked"]
)
def test_reporter_questions_keeps_the_question_with_no_speaker(paragraph: str, question: str, answers: Found) -> None:
    found = _quotes(_story(paragraph), ArticleParser(quotes=WithReporterQuestions()))
    assert (question, "indirect", None, 0) in found
    assert [q for q in found if q[0] != question] == answers


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
def test_questions_with_an_asker_and_requests_stay(paragraph: str, expected: Found) -> None:
    assert _quotes(_story(paragraph)) == expected
