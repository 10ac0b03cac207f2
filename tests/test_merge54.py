"""Merge fixes of stop 47: a quotation before a cue is kept when no speaker is read after the
cue, and a pronoun resolved before carries its name on to the same pronoun."""

from __future__ import annotations

import pytest

import newsparse

HEAD = "Council votes on harbour plan\n\n"


def quotes_of(body: str) -> list[tuple[str, str | None]]:
    article = newsparse.parse_article(HEAD + body)
    return [(q.text, q.speaker.name if q.speaker is not None else None) for q in article.quotes]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a cue right after the quotation: the words are someone's even when no speaker is read
        ('"It is over," said officials in the city.\n', [("It is over,", None)]),
        ('"It is over," said residents in Bonn on Monday.\n', [("It is over,", None)]),
        ('"Is it over?" asked residents in the city.\n', [("Is it over?", None)]),
        ('"It is over," said the mayor in the city.\n', [("It is over,", "the mayor")]),
        ('"It is over," said officials.\n', [("It is over,", "officials")]),
        # no cue after the closing mark: a title or scare quote stays no quote
        ('The show "Meet the Press" aired on Sunday.\n', []),
        ('The "experts" were wrong about the pier.\n', []),
        ('The "It Is Over" tour sold out in a day.\n', []),
    ],
)
def test_quotation_before_a_cue_is_kept(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(body) == expected


TRADER = "The Hong Kong trader said imports would rise this year.\n\nHe said the mills were sold to the state.\n\n"


@pytest.mark.parametrize(
    ("body", "last"),
    [
        (TRADER + '"Most of the mills are old," he said.\n', "The Hong Kong trader"),
        (
            'A nurse at the clinic said the ward was full.\n\nShe said the staff were tired.\n\n"We cannot go on," she said.\n',
            "A nurse at the clinic",
        ),
        # the other pronoun is someone else
        (TRADER + '"The harvest was poor," she said.\n', "she"),
        # someone named in between: not carried
        (TRADER + 'Ana Ruiz, a banker, disagreed.\n\n"The mills are fine," she said.\n', "Ana Ruiz"),
    ],
)
def test_resolved_pronoun_carries_on(body: str, last: str) -> None:
    assert quotes_of(body)[-1][1] == last


@pytest.mark.parametrize(
    "body",
    [
        # a title in quotation marks inside a phrase, then a cue: the cue is the phrase's
        'Jo Hale, host of "Morning Talk," suggested the mayor would resign.\n',
        'Perry, in a cape bearing the words "Vote Ruiz," shouted at the crowd.\n',
        'As Amy Lee, author of "The Quiet Harbour," put it, the pier is gone.\n',
    ],
)
def test_title_inside_a_phrase_before_a_cue_is_no_quote(body: str) -> None:
    assert all(text not in ("Morning Talk,", "Vote Ruiz,", "The Quiet Harbour,") for text, _ in quotes_of(body))


def header_of(text: str) -> tuple[tuple[str, ...], str | None]:
    article = newsparse.parse_article(text)
    return article.section, article.headline.text if article.headline is not None else None


@pytest.mark.parametrize(
    ("text", "section", "headline"),
    [
        # a headline's passive or a feature's title with a full stop stays the headline
        (
            "Ministers told to cut spending.\nBy Jane Roe\n\nThe Treasury wrote to every department on Monday.\n",
            (),
            "Ministers told to cut spending.",
        ),
        (
            "Minister said to be weighing her future.\nBy Jane Roe\n\nThe minister is considering her position.\n",
            (),
            "Minister said to be weighing her future.",
        ),
        (
            "OPINION\nWhat my father told me about money.\nBy Jane Roe\n\nI was ten when he sat me down.\n",
            ("OPINION",),
            "What my father told me about money.",
        ),
        # a story's first sentence of reported speech under a kicker: the kicker a section over no headline
        ("Sport\n\nThe coach said the team would train on Sunday.\n\nThe match is on Monday.\n", ("Sport",), None),
        # a title-case headline over a dek, repeated in a related link: no masthead
        (
            "Budget Vote Tonight\nCouncil approves new budget after a long fight over spending\nBy Jane Roe\n\n"
            "The council voted 7-2 on Tuesday to approve the budget.\n\nRead more: Budget Vote Tonight - what you need to know\n",
            (),
            "Budget Vote Tonight",
        ),
        # named again in a subscribe line: the newsletter's masthead
        (
            "The Harbour Letter\nWhy the ferry fares will rise in spring\nJane Kessler\nFeb 9, 2025\n\n"
            "Last week, the harbour board said fares would rise by a tenth.\n\n"
            "Thanks for reading The Harbour Letter! Subscribe for free to receive new posts.\n",
            ("The Harbour Letter",),
            "Why the ferry fares will rise in spring",
        ),
    ],
)
def test_headline_idioms_and_mastheads(text: str, section: tuple[str, ...], headline: str | None) -> None:
    assert header_of(text) == (section, headline)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a straight pair around a quotation that opens with a curly-quoted word: one quotation
        (
            '"“Freedom” is a word we use too lightly in this city and in this country," Ward said.\n',
            ("direct", "Ward", "“Freedom” is a word we use too lightly in this city and in this country,"),
        ),
        # a stray straight mark before a curly pair: the curly pair quotes
        ('"“We sail at dawn,” Ward said.\n', ("direct", "Ward", "We sail at dawn,")),
        # a generation word after a noun phrase's capitalised word is the noun: a student
        ("“We want change,” a Yale senior said.\n", ("direct", "a Yale senior", "We want change,")),
        ("“We want change,” the Oxford junior said.\n", ("direct", "the Oxford junior", "We want change,")),
        (
            "Mr Hale senior said the club would never leave the town.\n",
            ("indirect", "Mr Hale", "the club would never leave the town"),
        ),
    ],
)
def test_marks_and_generation_words(body: str, expected: tuple[str, str, str]) -> None:
    quote = newsparse.parse_article(HEAD + body).quotes[0]
    assert (quote.kind.value, quote.speaker.name if quote.speaker else None, quote.text) == expected


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a longer list is never cut to two of it
        ("The mayor and the governor and the sheriff toured the pier, saying it would reopen.\n", "The mayor"),
        (
            "On Monday, the mayor and the harbour master toured the pier and said it would reopen.\n",
            "the mayor and the harbour master",
        ),
    ],
)
def test_joined_subjects(body: str, speaker: str) -> None:
    quote = newsparse.parse_article(HEAD + body).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        ("SYDNEY, AAP - The rental vacancy rate hit a record low.\n\nIt was close.\n", "SYDNEY", "AAP"),
        # an agency in title case after the comma: the agency, as in capitals
        ("SEOUL, Yonhap - The pier reopened on Monday after repairs.\n\nResidents cheered.\n", "SEOUL", "Yonhap"),
    ],
)
def test_agency_after_comma(text: str, place: str, agency: str | None) -> None:
    dateline = newsparse.parse_article(text).dateline
    assert dateline is not None and (dateline.place, dateline.agency) == (place, agency)


@pytest.mark.parametrize(
    "title",
    ["Markets Rally amid Hopes of Rate Cut", "Tourists Flock Back onto Beaches", "Prices Fall Faster than Forecast"],
)
def test_title_over_a_credit_is_no_caption(title: str) -> None:
    text = (
        "Storm hits coast\nBy Jane Roe\n\nThe storm hit the coast on Monday.\n\n"
        f"{title}\nPhoto: Jane Roe/Reuters\n\nRoads were closed on Tuesday.\n"
    )
    article = newsparse.parse_article(text)
    assert title in [p.text for p in article.paragraphs]
    assert all(caption.text != title for caption in article.captions)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a country after a role's place with "of": the place's region, never the speaker
        ("The mayor of Lyon, France, said the city would help.\n", "The mayor of Lyon, France"),
        ('"We will help," the governor of Bavaria, Germany, said.\n', "the governor of Bavaria, Germany"),
        # a name after the role's comma still speaks
        ("The mayor of Lyon, Anne Roux, said the city would help.\n", "Anne Roux"),
        ("The governor of the central bank, Ade Bello, said inflation would ease.\n", "Ade Bello"),
    ],
)
def test_region_after_a_role_of_a_place(body: str, speaker: str) -> None:
    quote = newsparse.parse_article(HEAD + body).quotes[0]
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("body", "words"),
    [
        # a phrase that ends in a name, then a determiner: the clause opens later, not at the phrase
        ("He told reporters aboard Air Force One the tariffs would stay.\n", []),
        (
            "Ortiz said states like California and Colorado will clarify the rules.\n",
            ["states like California and Colorado will clarify the rules"],
        ),
    ],
)
def test_long_subject_clause(body: str, words: list[str]) -> None:
    assert [text for text, _ in quotes_of(body)] == words


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a place set off before an inverted cue is never the speaker, even when no subject is read after the cue
        ('"The talks are over," Bonn, said officials in the union\'s headquarters.\n', None),
        ('"The pier is lost," Bonn, said officials.\n', "officials"),
        ('"The pier is lost," London Bridge, said a commuter.\n', "a commuter"),
        # a person's whole name stays the speaker
        ('"The pier is lost," Tom Berg, said a commuter.\n', "Tom Berg"),
    ],
)
def test_place_before_an_inverted_cue(body: str, speaker: str | None) -> None:
    quote = newsparse.parse_article(HEAD + body).quotes[0]
    assert (quote.speaker.name if quote.speaker else None) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a relative clause's infinitive cue: the clause's own, nobody's report
        ("Lena Brandt, who refused to say how she would vote, had one message for the council.\n", None),
        # a thing's relative clause whose subject is a noun for people: they speak
        ("The plan, which residents across the town said would ruin the harbour, was dropped.\n", "residents across the town"),
        ("The report, which cites ten sources said the plan was dead.\n", "The report"),
    ],
)
def test_relative_clause_cues(body: str, speaker: str | None) -> None:
    quotes = newsparse.parse_article(HEAD + body).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ([] if speaker is None else [speaker])


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a state or country after an opening word with no quotation before it is the subject
        ("Elsewhere, Texas said it would sue the agency.\n", "Texas"),
        ("Unlike Ohio, Texas said it would sue the agency.\n", "Texas"),
        # after a quotation, a place and its region: no speaker
        ('"The heat is brutal," Tucson, Ariz. said.\n', None),
        # a recording noun as a job title's modifier: the person speaks
        ('Photo editor Tom Hale depicted the scene as "a triumph of hope."\n', "Tom Hale"),
        ('State television footage showed the talks "were constructive."\n', None),
        # a time phrase with a determiner before joined subjects: both speak
        (
            "The next day, the mayor and the harbour master toured the pier and said it would reopen.\n",
            "the mayor and the harbour master",
        ),
    ],
)
def test_second_reader_late_speakers(body: str, speaker: str | None) -> None:
    quote = newsparse.parse_article(HEAD + body).quotes[0]
    assert (quote.speaker.name if quote.speaker else None) == speaker


def test_stray_mark_then_a_second_quotation() -> None:
    quotes = newsparse.parse_article(HEAD + '"“We sail,” Ward said. "We always have."\n').quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [("We sail,", "Ward"), ("We always have.", "Ward")]


@pytest.mark.parametrize(
    ("line", "when"),
    [
        # a credit or an outlet after the clock is no zone: the clock stays
        ("November 3, 2026 9:00 AM AFP", "2026-11-03T09:00:00"),
        ("3 November 2026 14:05 BBC", "2026-11-03T14:05:00"),
        ("November 3, 2026 9:00 AM AP PHOTO", "2026-11-03T09:00:00"),
        # a zone no list knows: the date alone
        ("November 3, 2026 9:00 AM XYZ", "2026-11-03T00:00:00"),
    ],
)
def test_word_after_a_clock(line: str, when: str) -> None:
    article = newsparse.parse_article(f"Pier reopens\n{line}\n\nThe pier reopened on Monday after repairs.\n")
    assert article.published is not None and article.published.datetime.isoformat() == when


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Residents wade through flooded streets in Houston. Source: Reuters", True),
        ("Prices rose sharply. Source: Reuters", False),
    ],
)
def test_fact_or_caption_before_a_source(line: str, caption: bool) -> None:
    text = f"Floods hit Houston\nBy Jane Roe\n\nHeavy rain caused floods across the city on Monday, officials said.\n\n{line}\n\nSchools were closed.\n"
    article = newsparse.parse_article(text)
    assert bool(article.captions) is caption
    assert (line in [p.text for p in article.paragraphs]) is not caption


def test_capitals_over_a_new_sentence_are_not_one_lede() -> None:
    article = newsparse.parse_article(
        "Senate passes bill\n\nWASHINGTON,\nThe Senate voted on Tuesday to pass the bill.\n\nThe House will vote next week.\n"
    )
    assert article.paragraphs[0].text == "The Senate voted on Tuesday to pass the bill."


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        ("„Wir sperren die Brücke“, sagte der Kanzler der Zeit.", "der Kanzler"),
        ("„Wir sperren die Brücke“, sagte die Ministerin der ARD.", "die Ministerin"),
        ("„Wir sperren die Brücke“, sagte eine Sprecherin der Polizei.", "eine Sprecherin der Polizei"),
        ("„Wir sperren die Brücke“, sagte der Sprecher der Stadt.", "der Sprecher der Stadt"),
    ],
)
def test_german_dative_masthead_or_genitive(quote: str, speaker: str) -> None:
    article = newsparse.ArticleParser(language="de").parse("Brücke gesperrt\n\n" + quote + "\n")
    assert article.quotes[0].speaker is not None and article.quotes[0].speaker.name == speaker


def test_said_at_the_end_is_reported() -> None:
    from newsparse.headline import HeadlineParser

    assert HeadlineParser().is_reported_sentence("The pier will close next spring, officials said.") is True
    assert HeadlineParser().is_reported_sentence("Ministers told to cut spending.") is False


def test_comma_agency_dateline_over_a_short_sentence() -> None:
    dateline = newsparse.parse_article(
        "Bushfire threat eases\n\nSYDNEY, AAP - Firefighters contained the blaze overnight.\n"
    ).dateline
    assert dateline is not None and (dateline.place, dateline.agency) == ("SYDNEY", "AAP")
