"""fixT55b (stop 48): layout defects a new user met on pages from sites not tried before.

Each rule has rows that it must read and precision rows: story sentences that look like its shape
and must stay body.  Every non-blank line stays in exactly one part and every span slices back."""

from __future__ import annotations

import pytest

from newsparse import Article, ArticleParser


def _parse(text: str, language: str | None = None) -> Article:
    parser = ArticleParser(language=language) if language else ArticleParser()
    return parser.parse(text)


def _check_cover(text: str, article: Article) -> None:
    """Every non-blank line lies in exactly one part, every span slices back its text."""
    data = article.to_dict()
    spans: list[tuple[int, int]] = []
    for key in ("headline", "byline", "dateline", "published", "updated"):
        if data[key]:
            spans.append(tuple(data[key]["span"]))
    if data["section_span"]:
        spans.append(tuple(data["section_span"]))
    for caption in data["captions"]:
        spans += [tuple(span) for span in caption["spans"]]
    for part in data["paragraphs"] + data["boilerplate"]:
        spans.append(tuple(part["span"]))
        start, end = part["span"]
        assert " ".join(text[start:end].split()) == " ".join(part["text"].split())
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            start, end = offset, offset + len(line)
            assert any(a < end and b > start for a, b in spans), line
        offset += len(line) + 1


FR_HEAD = "Legault annonce un remaniement\nPar Anne Gagnon\n"
FR_STORY = "Le gouvernement a annoncé mardi un remaniement.\nL'opposition a dénoncé la décision.\n"
EN_HEAD = "Storm hits the coast\nBy Anne Gagnon\n"
EN_STORY = "The storm hit the island on Tuesday.\nOfficials said the roads were closed.\n"
ES_HEAD = "Milei anunció un recorte\nPor Martín Rodríguez\n"
ES_STORY = "El presidente anunció este martes un recorte.\nLos gobernadores rechazaron la medida.\n"


@pytest.mark.parametrize(
    ("head", "stamp", "story", "language", "published", "updated", "first"),
    [
        # Canada's zones as French pages name them, with their offsets
        (FR_HEAD, "Publié le 14 octobre 2025 à 13 h 45 HAE", FR_STORY, "fr", "2025-10-14T13:45:00-04:00", None, FR_STORY),
        (FR_HEAD, "Publié le 14 janvier 2025 à 9 h 05 HNE", FR_STORY, "fr", "2025-01-14T09:05:00-05:00", None, FR_STORY),
        (FR_HEAD, "Publié le 14 octobre 2025 à 10 h 45 HAP", FR_STORY, "fr", "2025-10-14T10:45:00-07:00", None, FR_STORY),
        (FR_HEAD, "Publié le 14 janvier 2025 à 10 h 45 HNP", FR_STORY, "fr", "2025-01-14T10:45:00-08:00", None, FR_STORY),
        (FR_HEAD, "Mis à jour le 14 octobre 2025 à 16 h 02 HAE", FR_STORY, "fr", None, "2025-10-14T16:02:00-04:00", FR_STORY),
        # Newfoundland's half-hour zones
        (EN_HEAD, "Published October 14, 2025 1:45 p.m. NST", EN_STORY, None, "2025-10-14T13:45:00-03:30", None, EN_STORY),
        (EN_HEAD, "Published July 14, 2025 1:45 p.m. NDT", EN_STORY, None, "2025-07-14T13:45:00-02:30", None, EN_STORY),
        # a zone no list knows: the date alone, the clock in no zone is left out, the line no sentence's
        (EN_HEAD, "Published October 14, 2025 1:45 p.m. XYZ", EN_STORY, None, "2025-10-14T00:00:00", None, EN_STORY),
        (FR_HEAD, "Publié le 14 octobre 2025 à 13 h 45 XYZ", FR_STORY, "fr", "2025-10-14T00:00:00", None, FR_STORY),
        # a place's local time with no brackets: the clock, no zone read from the place
        (ES_HEAD, "Publicado el 14 de octubre de 2025 a las 18:32 hora de Buenos Aires", ES_STORY, "es",
         "2025-10-14T18:32:00", None, ES_STORY),
    ],
)
def test_stamp_zone(
    head: str, stamp: str, story: str, language: str | None, published: str | None, updated: str | None, first: str
) -> None:
    text = head + stamp + "\n" + story
    article = _parse(text, language)
    assert (article.published.datetime.isoformat() if article.published else None) == published
    assert (article.updated.datetime.isoformat() if article.updated else None) == updated
    assert [p.text for p in article.paragraphs] == first.splitlines()
    _check_cover(text, article)


@pytest.mark.parametrize(
    ("text", "language", "first"),
    [
        # a story sentence that opens with a label and a date goes on over the line under it
        (
            EN_HEAD + "Published October 14, 2025, the report found that the council had ignored\n"
            "the warnings of its own engineers for years.\nOfficials said so.\n",
            None,
            "Published October 14, 2025, the report found that the council had ignored the warnings of its own"
            " engineers for years.",
        ),
        # a time word after no clock is no local-time remark: "Eastern time" names a zone
        (
            EN_HEAD + "Published October 14, 2025 10:00 a.m. Eastern time\n" + EN_STORY,
            None,
            "The storm hit the island on Tuesday.",
        ),
    ],
)
def test_stamp_zone_precision(text: str, language: str | None, first: str) -> None:
    article = _parse(text, language)
    assert article.paragraphs[0].text == first
    _check_cover(text, article)


SIGNED = "Ciarán Ó Briain\nTue 14 Oct 2025 at 06:30\n"
LIMERICK = "More than 400 council tenants in Limerick are waiting for repairs, figures show.\nThe council said it had hired more contractors.\n"


@pytest.mark.parametrize(
    ("text", "section", "headline"),
    [
        # two kickers over the headline and a standfirst over the signature
        (
            "News\nIreland\nCouncil tenants in Limerick face 18-month wait for repairs\n"
            "Tenants say damp and mould have gone unaddressed for years\n" + SIGNED + LIMERICK,
            ["News", "Ireland"],
            "Council tenants in Limerick face 18-month wait for repairs",
        ),
        (
            "Sport\nFootball\nRovers sack manager after fifth straight defeat\n"
            "The club said the decision was taken with regret\nTom Hale\n14 October 2025\n"
            "Rovers have sacked their manager after a fifth straight defeat.\nThe club said so.\n",
            ["Sport", "Football"],
            "Rovers sack manager after fifth straight defeat",
        ),
        # no standfirst: as before
        (
            "News\nIreland\nCouncil tenants in Limerick face 18-month wait for repairs\n" + SIGNED + LIMERICK,
            ["News", "Ireland"],
            "Council tenants in Limerick face 18-month wait for repairs",
        ),
        # precision: one kicker over a short headline and a standfirst; the headline is no kicker
        (
            "Politics\nBudget row deepens\nMinisters say the plan will cost thousands of jobs in the north\n"
            "Jane Roe\nTue 14 Oct 2025 at 06:30\nThe budget was published on Tuesday, officials said.\nThe council met on Monday.\n",
            ["Politics"],
            "Budget row deepens",
        ),
        (
            "Politics\nBudget row\nMinisters say the plan will cost jobs\n"
            "Jane Roe\nTue 14 Oct 2025 at 06:30\nThe budget was published on Tuesday, officials said.\nThe council met on Monday.\n",
            ["Politics"],
            "Budget row",
        ),
    ],
)
def test_kicker_stack_over_standfirst(text: str, section: list[str], headline: str) -> None:
    article = _parse(text)
    assert list(article.section) == section
    assert article.headline is not None and article.headline.text == headline
    _check_cover(text, article)


@pytest.mark.parametrize(
    ("text", "language", "published"),
    [
        # a date, a bar and a clock written with "h": one stamp
        (FR_HEAD + "14 octobre 2025 | 13 h 45\n" + FR_STORY, "fr", "2025-10-14T13:45:00"),
        (FR_HEAD + "14 octobre 2025 | 9h05\n" + FR_STORY, "fr", "2025-10-14T09:05:00"),
        # precision: a number of hours that is no clock stays out of the stamp
        (FR_HEAD + "14 octobre 2025 | 13 h\n" + FR_STORY, "fr", "2025-10-14T00:00:00"),
    ],
)
def test_date_bar_h_clock(text: str, language: str, published: str) -> None:
    article = _parse(text, language)
    assert article.published is not None and article.published.datetime.isoformat() == published
    assert [p.text for p in article.paragraphs] == FR_STORY.splitlines()
    _check_cover(text, article)


@pytest.mark.parametrize(
    ("first", "language", "place", "agency", "story"),
    [
        # a place in capitals, a full stop and a hyphen, as Mexican papers print it
        ("CIUDAD DE MÉXICO.- La presidenta presentó este miércoles un plan.", "es", "CIUDAD DE MÉXICO", None,
         "La presidenta presentó este miércoles un plan."),
        ("MONTERREY.- El gobernador presentó este miércoles un plan.", "es", "MONTERREY", None,
         "El gobernador presentó este miércoles un plan."),
        ("BOSTON- The city council met on Monday to vote.", None, "BOSTON", None, "The city council met on Monday to vote."),
        # the Swiss wires in lower case, one or two
        ("Bern (sda) - Der Bundesrat will die Ausgaben erhöhen.", "de", "Bern", "sda", "Der Bundesrat will die Ausgaben erhöhen."),
        ("Zürich (awp/sda) - Die Börse hat am Dienstag zugelegt.", "de", "Zürich", "awp/sda", "Die Börse hat am Dienstag zugelegt."),
        ("Lausanne (ats) - Le Conseil fédéral veut augmenter le budget.", "fr", "Lausanne", "ats",
         "Le Conseil fédéral veut augmenter le budget."),
        # the Canadian Press in French
        ("MONTRÉAL (La Presse Canadienne) — Le gouvernement a annoncé mardi un remaniement.", "fr", "MONTRÉAL",
         "La Presse Canadienne", "Le gouvernement a annoncé mardi un remaniement."),
        ("Montréal, le 14 octobre 2025 (La Presse Canadienne) — Le gouvernement a annoncé mardi un remaniement.", "fr",
         "Montréal", "La Presse Canadienne", "Le gouvernement a annoncé mardi un remaniement."),
        # precision: a hyphenated word in capitals opens the story, no dateline
        ("NATO-led forces entered the town on Monday.", None, None, None, "NATO-led forces entered the town on Monday."),
        ("COVID-19 cases rose again this week.", None, None, None, "COVID-19 cases rose again this week."),
        ("US-China talks resumed on Monday.", None, None, None, "US-China talks resumed on Monday."),
    ],
)
def test_wire_datelines(first: str, language: str | None, place: str | None, agency: str | None, story: str) -> None:
    text = "Talks stall in the capital\n" + first + "\nThe council met again on Monday.\n"
    article = _parse(text, language)
    if place is None:
        assert article.dateline is None
    else:
        assert article.dateline is not None
        assert (article.dateline.place, article.dateline.agency) == (place, agency)
    assert article.paragraphs[0].text == story
    _check_cover(text, article)


MIAMI = "Messi scores twice as Inter Miami beat Orlando 3-1\n"
MIAMI_STORY = "Lionel Messi scored twice on Sunday night.\nLuis Suárez also scored for Miami.\n"


@pytest.mark.parametrize(
    ("text", "language", "authors", "agency", "filed"),
    [
        # an agency alone on its line over a dateline: the agency's byline
        (MIAMI + "The Associated Press\nFORT LAUDERDALE, Fla. (AP) — " + MIAMI_STORY, None,
         ["The Associated Press"], "The Associated Press", []),
        (MIAMI + "Reuters\nMIAMI, Oct 12 (Reuters) - " + MIAMI_STORY, None, ["Reuters"], "Reuters", []),
        ("Legault annonce un remaniement\nLa Presse Canadienne\nQUÉBEC — " + FR_STORY, "fr",
         ["La Presse Canadienne"], "La Presse Canadienne", []),
        # precision: an agency over the story with no dateline is left as before (filed)
        (MIAMI + "The Associated Press\n" + MIAMI_STORY, None, None, None, ["The Associated Press"]),
    ],
)
def test_agency_alone_under_headline(
    text: str, language: str | None, authors: list[str] | None, agency: str | None, filed: list[str]
) -> None:
    article = _parse(text, language)
    if authors is None:
        assert article.byline is None
    else:
        assert article.byline is not None
        assert (list(article.byline.authors), article.byline.agency) == (authors, agency)
    assert [b.text for b in article.boilerplate] == filed
    _check_cover(text, article)


@pytest.mark.parametrize(
    ("signature", "authors"),
    [
        # an outlet's name alone under the headline: no person
        ("RADIO NEW ZEALAND", []),
        ("TELEGRAPH SPORT", []),
        # precision: a person's name and a paper's after it keeps its author (as read before)
        ("Dorian Pettibone Gulf Today", ["Dorian Pettibone Gulf Today"]),
        # precision: a person's name, even with a word an outlet's name may end with
        ("Jane Roe", ["Jane Roe"]),
        ("Tom Press", ["Tom Press"]),
    ],
)
def test_outlet_signature(signature: str, authors: list[str]) -> None:
    text = (
        "Transcript: Interview with Reserve Bank Governor\n" + signature + "\nMorning Report, 15 October 2025\n"
        "The governor said inflation was back in the target band.\nRates may fall again.\n"
    )
    article = _parse(text)
    assert article.byline is not None and list(article.byline.authors) == authors
    assert article.byline.text == signature
    _check_cover(text, article)


COUNCIL = "Council approves budget\n\nThe council approved the budget on Monday.\nThe mayor said the plan would cut waste.\n"


@pytest.mark.parametrize(
    ("tail", "language", "kind"),
    [
        # a call to join or follow a channel, a comment prompt
        ("Join ST's Telegram channel and get the latest breaking news delivered to you.", None, "share"),
        ("Follow our WhatsApp channel for the latest updates.", None, "share"),
        ("Share or comment on this article:", None, "share"),
        ("Share and comment", None, "share"),
        # a link to another story after READ:
        ("READ: Senate panel to summon DPWH officials", None, "related"),
        ("Read: Council delays vote on housing plan", None, "related"),
        # a reports-from credit and where a column first ran
        ("— With reports from Jun Reyes, GMA News", None, "sign-off"),
        ("With reports from Jun Reyes and Ana Cruz", None, "sign-off"),
        ("Published in Dawn, October 15th, 2025", None, "sign-off"),
        ("Published in The Island Times, 15 October 2025", None, "sign-off"),
        # a wire's desk initials after its name or an end mark
        ("EFE mar/jfu", "es", "sign-off"),
        ("(Schluss) mkb/tsc", "de", "sign-off"),
        ("AFP jr/tp", None, "sign-off"),
    ],
)
def test_closing_boilerplate(tail: str, language: str | None, kind: str) -> None:
    text = COUNCIL + tail + "\n"
    article = _parse(text, language)
    assert [p.text for p in article.paragraphs] == COUNCIL.split("\n\n")[1].splitlines()
    assert [(b.text, str(b.kind)) for b in article.boilerplate] == [(tail, kind)]
    _check_cover(text, article)


@pytest.mark.parametrize(
    "tail",
    [
        # story sentences of the same shapes stay body
        "Join the Telegram channel, the group's leader urged supporters on Monday.",
        "Follow-up talks on the Facebook group were held on Tuesday.",
        "With reports from the front suggesting heavy losses, the ministry declined to comment.",
        "Published in Nature, the study found that the reef had shrunk by a third.",
        "Read the full report before the vote, the mayor told councillors.",
        "AFP said the talks had stalled.",
        "Reuters reported the figure on Monday.",
    ],
)
def test_closing_boilerplate_precision(tail: str) -> None:
    text = COUNCIL + tail + "\n"
    article = _parse(text)
    assert [p.text for p in article.paragraphs][-1] == tail
    _check_cover(text, article)
