"""Rows from the round of stop 51's merge: behaviour the round's branches left unpinned."""

from __future__ import annotations

import pytest

from newsparse import QuoteKind
from newsparse.quotes.model import TitledSurnames
from quote_cases import mention_rows

D, R = QuoteKind.DIRECT, QuoteKind.INDIRECT

Row = tuple[str, QuoteKind, "str | None", "str | None"]


def quotes_of(paragraph: str) -> list[Row]:
    return mention_rows(paragraph)


# A pronoun's surname after honorifics is read from what the paragraph wrote BEFORE it: the honorifics are
# read once per paragraph (they were read again from the paragraph's start for every pronoun, a paragraph
# of many pronouns taking time in the square of its length), and each pronoun sees only those before it.
TITLED_BY_POSITION = [
    ('Ms Khan said she would raise the issue. "We are fine," he said. Mr Patel said the operator should lose '
     'its franchise. He added: "Enough is enough." She added: "No."',
     [("she would raise the issue", R, "Khan", "Ms Khan"), ("We are fine,", D, "he", "he"),
      ("the operator should lose its franchise", R, "Patel", "Mr Patel"), ("Enough is enough.", D, "Patel", "He"),
      ("No.", D, "Khan", "She")]),
]


@pytest.mark.parametrize(("paragraph", "expected"), TITLED_BY_POSITION)
def test_titled_surname_by_position(paragraph: str, expected: list[Row]) -> None:
    assert quotes_of(paragraph) == expected


@pytest.mark.parametrize(
    ("ends", "dead", "windows", "pronoun", "end", "surname"),
    [
        ([10, 40], -1, {"he": (2, 99, "Patel")}, "he", 45, "Patel"),
        ([10, 40], -1, {"he": (2, 99, "Patel")}, "he", 40, "Patel"),  # (a surname ending right at the pronoun counts)
        ([10, 40], -1, {"he": (2, 99, "Patel")}, "he", 39, None),  # (only one honorific before: no rival shown)
        ([10, 40], -1, {"he": (2, 99, "Patel")}, "she", 45, None),
        ([10, 40, 70], -1, {"he": (2, 3, "Patel")}, "he", 80, None),  # (a second man by then)
        ([10, 40], 1, {"he": (2, 99, "Patel")}, "he", 45, None),  # (the second left no one sure)
        ([], -1, {}, "he", 45, None),
    ],
)
def test_titled_surnames_prefix(ends: list[int], dead: int, windows: dict[str, tuple[int, int, str]], pronoun: str,
                                end: int, surname: str | None) -> None:
    from array import array

    read = TitledSurnames(array("q", ends), dead, windows)
    assert read.surname_for(pronoun, end) == surname


# A numeric date with dashes reads both ways and is read only when something decides its order; a zone in
# the clock's piece after a bar does, as it does written beside the date (was: no stamp, the line debris).
DASHED_DATE_ZONE_AFTER_BAR = [
    # (the zone decides the order; IST, Indian, Irish or Israel time, gives no offset on a page naming none: fixT59)
    ("Published: 03-07-2026 | 11:52 AM IST", "2026-07-03T11:52:00", "03-07-2026 | 11:52 AM IST"),
    ("Updated: 04-06-2026 · 09:15 AEST", "2026-06-04T09:15:00+10:00", "04-06-2026 · 09:15 AEST"),
    # (7 March 2026 is before the United States' summer time: the date as read, no zone; fixL59)
    ("Published: 03-07-2026 | 11:52 AM EDT", "2026-03-07T11:52:00", "03-07-2026 | 11:52 AM EDT"),
    ("Published: 03-10-2026 | 11:52 AM EDT", "2026-03-10T11:52:00-04:00", "03-10-2026 | 11:52 AM EDT"),
    # precision: no zone, or one that says nothing of the order, still decides nothing
    ("Published: 03-07-2026 | 11:52 AM", None, None),
    ("Published: 03-07-2026 | 11:52 GMT", None, None),
    # a date that reads one way only is read as before
    ("Published: 13-07-2026 | 11:52 AM", "2026-07-13T11:52:00", "13-07-2026 | 11:52 AM"),
]


@pytest.mark.parametrize(("line", "when", "text"), DASHED_DATE_ZONE_AFTER_BAR)
def test_dashed_date_zone_after_bar(line: str, when: str | None, text: str | None) -> None:
    import newsparse

    article = newsparse.parse_article(f"Water tanker rates capped\n\n{line}\n\nThe state government on Thursday capped the price of water.")
    stamp = article.updated if line.startswith("Updated") else article.published
    assert (stamp.datetime.isoformat() if stamp else None) == when
    assert (stamp.text if stamp else None) == text


# Regression trial of the merged round (layout): what layB58 and lay58 read too widely.
def _parts(text: str, language: str | None = None) -> tuple[object, object, list[str]]:
    import newsparse

    article = newsparse.ArticleParser(language=language).parse(text) if language else newsparse.parse_article(text)
    byline = tuple(article.byline.authors) if article.byline else None
    dateline = article.dateline.place if article.dateline else None
    return byline, dateline, [str(item.kind) for item in article.boilerplate]


@pytest.mark.parametrize(
    ("text", "language", "byline", "dateline"),
    [
        # a writer over a broadcaster in capitals the vocabulary does not list is the byline again (was none)
        ("Flu cases rise\n\nSarah Cole\nNPR\n\nFlu cases rose 20% last week, the ministry said.", None, ("Sarah Cole",), None),
        ("Grippe breitet sich aus\n\nAnna Müller\nZDF\n\nDie Zahl der Fälle stieg um 20 Prozent, teilte das Ministerium mit.",
         "de", ("Anna Müller",), None),
        # an opinion writer over her affiliation, never named in the piece, is its author
        ("Opinion\n\nWhy the climate bill fails\n\nAnn Lee\nAmnesty International\n\nMarch 3, 2025\n\n"
         "The climate bill fails the poorest, and I will explain why.", None, ("Ann Lee",), None),
        # precision: a person the story names, over the body they speak for, is no author
        ("Flu cases rise\n\nTom Berg\nWWF\n\nFlu cases rose 20% last week, Berg said.", None, None, None),
        ("Flu cases rise\n\nTom Berg\nGreenpeace Ireland\nMarch 3, 2025\n\nFlu cases rose 20% last week, Berg said.",
         None, None, None),
        # a country or a continent in brackets before a full name is a tag, no dateline; a known city is one
        ("Budget\n\n(Europe) Emmanuel Macron a annoncé mardi un plan de relance.", "fr", None, None),
        ("Ski\n\n(France) Marco Odermatt a gagné dimanche à Adelboden.", "fr", None, None),
        ("Budget\n\n(Ottawa) Justin Trudeau a annoncé mardi un plan de relance.", "fr", None, "Ottawa"),
    ],
)
def test_regression_trial_layout(text: str, language: str | None, byline: object, dateline: object) -> None:
    found_byline, found_dateline, _ = _parts(text, language)
    assert found_byline == byline
    assert found_dateline == dateline


@pytest.mark.parametrize(
    ("text", "headline", "paragraphs", "section"),
    [
        # a table under a lede is no reason to file the lede as debris (fixT58's table rule: only right under
        # the header's parts)
        ('Scores tonight\n"We are thrilled," the coach said after the win.\nScores:\nUnited\t2\nCity\t1', "Scores tonight",
         ['"We are thrilled," the coach said after the win.', "Scores:", "United\t2", "City\t1"], ()),
        ("Clinic opens in town\nThe new clinic opened on Monday, the health board said.\nOpening hours:\n"
         "Mon-Fri\t9am\t5pm\nSat\t10am\t2pm", "Clinic opens in town",
         ["The new clinic opened on Monday, the health board said.", "Opening hours:", "Mon-Fri\t9am\t5pm", "Sat\t10am\t2pm"], ()),
        # a results table right under the headline opens the story (fixT58, kept)
        ("Labour retains Auckland Central\n\nPreliminary results, Auckland Central:\nCandidate\tParty\tVotes\nHelen White\t"
         "Labour\t14,212\nChloe Swarbrick\tGreen\t13,870\n\nThe count resumes on Monday, officials said.",
         "Labour retains Auckland Central",
         ["Preliminary results, Auckland Central:", "Candidate\tParty\tVotes", "Helen White\tLabour\t14,212",
          "Chloe Swarbrick\tGreen\t13,870", "The count resumes on Monday, officials said."], ()),
        # a place over a credit or a person's name under a picture is a credit, never the headline
        ("Washington / Getty Images\n\nSenate stalls on aid\n\nSenators said talks would resume Monday.", "Senate stalls on aid",
         ["Senators said talks would resume Monday."], ()),
        ("Hong Kong / Jimmy Lai\n\nLai trial resumes\n\nThe trial resumed on Monday, his lawyers said.", "Lai trial resumes",
         ["The trial resumed on Monday, his lawyers said."], ()),
        ("Hong Kong / Politics\n\nSenate stalls on aid\n\nSenators said talks would resume Monday.", "Senate stalls on aid",
         ["Senators said talks would resume Monday."], ()),
        ("Hong Kong / Politics\n\nWater tanker rates capped\n\nThe state government on Thursday capped the price of water.",
         "Water tanker rates capped", ["The state government on Thursday capped the price of water."], ("Hong Kong", "Politics")),
        # a story's sentence quoting a newsletter's footer, with its attribution after a comma, is the story's
        ("Phishing warning\n\nBy Tim Wells\n\nYou are receiving this email because you signed up for a prize, the scam "
         "message reads, police said.", "Phishing warning",
         ["You are receiving this email because you signed up for a prize, the scam message reads, police said."], ()),
    ],
)
def test_regression_trial_layout_lines(text: str, headline: str, paragraphs: list[str], section: tuple[str, ...]) -> None:
    import newsparse

    article = newsparse.parse_article(text)
    assert article.headline is not None and article.headline.text == headline
    assert [p.text for p in article.paragraphs] == [text.replace("\t", " ") for text in paragraphs]  # (a paragraph's text: spaces)
    assert tuple(article.section) == section


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a disclaimer of views is tried by its two words, whatever white space stands between them (merge58)
        ("The views expressed in this article are those of the author and do not necessarily reflect ours.", "disclaimer"),
        ("The views\u00a0 expressed here are the author's own.", "disclaimer"),
        ("Views and opinions expressed by guest columnists are their own.", "disclaimer"),
        # precision: a story's line with "expressed" alone is not tried (nor claimed)
        ("Anchor Expressed Fear About Future Prejudice Against Her Daughter.", None),
        ("The council expressed its thanks to the divers who cleared the harbour.", None),
    ],
)
def test_disclaimer_keys(line: str, kind: str | None) -> None:
    from newsparse.boilerplate import BoilerplateParser

    assert BoilerplateParser().kind(line) == kind


# A second reader of the merged round's source: what its new rules read too widely.
@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        # a style of address: the holder only through capitalised titles, never over a verb or a sentence's end,
        # never a lower-case phrase ("in his honour") nor a word's tail ("this highness")
        ('His Highness the Emir met Tom Berg on Monday.\n\n"We will build a new port," His Highness said.', None,
         [("We will build a new port,", "His Highness")]),
        ('The club named a stand in his honour. Tom Berg opened it.\n\n"It was a hard case," His Honour said.', None,
         [("It was a hard case,", "His Honour")]),
        ("His Majesty King Abdullah II received the envoy.\n\nHis Majesty said Jordan would host the talks.", None,
         [("Jordan would host the talks", "Abdullah II")]),
        # "As" opening a preposition's phrase is no subordinate clause: the words run on to the sentence's end
        ("As a result the ministry said schools would close, exams would be delayed and buses would stop.", None,
         [("schools would close, exams would be delayed and buses would stop", "the ministry")]),
        ("As the mayor said the plan would pass, the council voted it down.", None, [("the plan would pass", "the mayor")]),
        # a post after a publishing verb is its words, a short title is none
        ("Le président a publié « Une belle journée pour la France » sur X après le vote.", "fr",
         [("Une belle journée pour la France", "Le président")]),
        ("Le journal a publié « Les Misérables » en 1862.", "fr", []),
    ],
)
def test_second_reader_quotes(body: str, language: str | None, expected: list[tuple[str, str]]) -> None:
    import newsparse

    parser = newsparse.ArticleParser(language=language) if language else newsparse.ArticleParser()
    article = parser.parse(f"Town news\n\n{body}")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == expected


@pytest.mark.parametrize(
    ("text", "language", "paragraph"),
    [
        # a footer with a form of "to be" is no story's last clause (PAST_CLAUSE_VERBS: the speech verbs only)
        ("La ciudad aprueba el plan\n\nEl pleno aprobó el plan el martes.\n\nEste artículo fue publicado originalmente en El País",
         "es", False),
        ("Le budget adopté\n\nLe conseil a adopté le budget mardi.\n\nCet article était publié sur notre site partenaire", "fr", False),
        ("Haushalt beschlossen\n\nDer Rat hat den Haushalt am Dienstag beschlossen.\n\n"
         "Dieser Artikel war zuerst im Tagesspiegel erschienen", "de", False),
    ],
)
def test_second_reader_last_lines(text: str, language: str, paragraph: bool) -> None:
    import newsparse

    article = newsparse.ArticleParser(language=language).parse(text)
    last = text.rsplit("\n\n", 1)[1]
    assert any(last.rstrip(" ■") in p.text for p in article.paragraphs) is paragraph
